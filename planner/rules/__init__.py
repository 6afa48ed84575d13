"""planner.rules."""
