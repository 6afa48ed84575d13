"""planner.file: reading, checking and writing roadmap files."""

SUFFIX = ".pilotplan"
"""The roadmap file's extension (here, where the program's entry can read it cheaply)."""
