"""Files and their safety: which file is open, its lock, its identity on disk, autosave."""
