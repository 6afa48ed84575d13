"""Pages of the main window (the table pages are listed in ``registry``)."""
