"""planner.edit."""
