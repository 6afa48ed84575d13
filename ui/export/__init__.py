"""Exports out of the window: the child process that writes every export file, and
the timeline picture (PDF/PNG) it draws for ``pilot-planner export timeline``."""
