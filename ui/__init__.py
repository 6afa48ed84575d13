"""The desktop app (PySide6): presents and edits roadmaps through ``planner``."""
