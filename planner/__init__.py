"""Pilot-to-Scale Planner core: the roadmap model and everything done to it.

This package never imports Qt; the desktop app in ``ui`` presents and edits
roadmaps only through the functions here.
"""

__version__ = "0.1.0"
APP_NAME = "Pilot-to-Scale Planner"
"""The product's name, as the window title, file checks and workbook properties say it."""
