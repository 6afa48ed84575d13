"""Widgets over one kind of entity: the table browser, its detail panel, row edits
and clipboard, and the roadmap properties form."""
