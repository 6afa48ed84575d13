"""The Overview dashboard: gate readiness, adoption charts, people, friction, findings."""
