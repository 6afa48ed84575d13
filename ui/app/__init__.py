"""ui.app.start."""
