"""Pilot-to-Scale Planner core: the roadmap model and everything done to it.

This package never imports Qt; the desktop app in ``ui`` presents and edits
roadmaps only through the functions here.
"""

__version__ = "0.1.0"
