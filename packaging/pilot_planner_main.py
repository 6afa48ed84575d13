"""The bundle's program: ``pilot-planner`` as the wheel's entry point runs it."""

from ui.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
