"""planner.evidence."""
