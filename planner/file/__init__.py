"""planner.file."""
