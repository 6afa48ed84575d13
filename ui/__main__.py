"""``python -m ui``: the same as the ``pilot-planner`` program."""

from ui.launcher import main

raise SystemExit(main())
