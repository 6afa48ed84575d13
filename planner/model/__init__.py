"""planner.model.entities."""
