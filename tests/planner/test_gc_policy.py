"""One collector policy for the program: applied once at start, nowhere else."""

from __future__ import annotations

import gc
import re
from pathlib import Path

from planner import gc_policy

ROOT = Path(__file__).resolve().parents[2]


def test_the_policy_is_applied_in_this_process_and_applying_it_again_changes_nothing() -> None:
    assert gc_policy.applied()  # tests/conftest.py applies it, as the program's entry points do
    frozen = gc.get_freeze_count()
    gc_policy.apply()
    assert gc.get_threshold() == (gc_policy.YOUNG, gc_policy.MIDDLE, gc_policy.OLD)
    assert gc.get_freeze_count() == frozen
    assert gc.isenabled()


def test_only_the_policy_module_touches_the_collector() -> None:
    call = re.compile(r"\bgc\.(disable|enable|freeze|unfreeze|set_threshold|collect)\(")
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("planner", "ui")
        for path in sorted((ROOT / package).rglob("*.py"))
        if path.name != "gc_policy.py" and call.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_entry_points_apply_it() -> None:
    for module in ("ui/launcher.py", "ui/window/start.py", "planner/cli.py"):
        assert "gc_policy.apply()" in (ROOT / module).read_text(encoding="utf-8"), module


def test_pausing_for_the_imports_waits_for_the_policy() -> None:
    """The entry pauses the collector while the modules load; apply() freezes what they
    made and switches it on. Once applied, a pause changes nothing."""
    import subprocess
    import sys

    code = (
        "import gc\n"
        "from planner import gc_policy\n"
        "gc_policy.pause()\n"
        "paused = not gc.isenabled()\n"
        "import planner.model.entities\n"
        "gc_policy.apply()\n"
        "frozen = gc.get_freeze_count()\n"
        "gc_policy.pause()\n"
        "print(paused, gc.isenabled(), frozen > 10000, gc_policy.applied())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.split() == ["True", "True", "True", "True"]
    gc_policy.pause()  # in this process, where the policy is applied: nothing
    assert gc.isenabled()


class _Node:
    other: object


def test_the_sweep_refuses_to_run_off_the_main_thread() -> None:
    """Its collection frees Qt objects caught in cycles: never from a worker thread."""
    import threading
    import weakref

    a, b = _Node(), _Node()
    a.other, b.other = b, a  # a cycle only the collector frees
    alive = weakref.ref(a)
    del a, b
    gc_policy.settle()
    found: list[BaseException] = []

    def worker() -> None:
        try:
            gc_policy.sweep()
        except RuntimeError as exc:
            found.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(found) == 1
    assert alive() is not None  # nothing was collected there
    gc_policy.sweep()  # on the main thread it runs
    assert alive() is None


def test_collections_on_the_main_thread_only_follow_the_policys_thresholds() -> None:
    """The app's mode: no automatic collection (a worker thread allocating past the
    threshold runs none); collect_due() runs the one CPython would, on the main thread."""
    import subprocess
    import sys

    code = (
        "import gc, threading\n"
        "from planner import gc_policy\n"
        "gc_policy.collect_on_main_thread_only()\n"
        "kept = []\n"
        "worker = threading.Thread(target=lambda: kept.extend([i] for i in"
        " range(gc_policy.YOUNG + 1000)))\n"
        "worker.start(); worker.join()\n"
        "print(gc.isenabled(), gc_policy.applied(), gc.get_count()[0] > gc_policy.YOUNG)\n"
        "print(gc_policy.collect_due(), gc_policy.collect_due(), gc.get_count()[1])\n"
        "found = []\n"
        "def off():\n"
        "    try:\n"
        "        gc_policy.collect_due()\n"
        "    except RuntimeError:\n"
        "        found.append(True)\n"
        "other = threading.Thread(target=off); other.start(); other.join()\n"
        "print(found)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.splitlines() == ["False True True", "0 None 1", "[True]"]
