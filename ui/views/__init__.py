"""ui.views."""
