"""The desktop app (PySide6): presents and edits roadmaps through ``planner``."""

import os

# The app uses no pydantic plugins; looking for them reads the metadata of every
# installed package (about 20 ms of every start, command or window). Set before
# anything of planner (and so pydantic) is imported: this package is the entry point.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
