"""Editors for entity fields (table cells and the detail panel) and the table delegate."""
