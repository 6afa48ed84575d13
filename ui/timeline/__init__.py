"""The timeline: the painted Gantt widget and its PDF/PNG export (see :mod:`planner.timeline`)."""
