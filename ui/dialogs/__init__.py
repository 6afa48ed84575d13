"""The dialogs the window opens: gate review, decisions, baselines, compare, merge,
the imports, export and picture options, the guide and preferences."""
