"""The program's one garbage-collector policy, applied once when a process starts.

The planner's data are large trees of small immutable objects with no
reference cycles: they are freed by reference counting, and the cyclic
collector has nothing to find in them. With CPython's default thresholds it
still scans them — every 700 new objects, and the older generations again and
again while a roadmap is read, a workbook written or a timeline laid out
(hundreds of thousands of objects each: a 2-4x slow-down measured).

So, once, at start (the command line's entry point and the app's start-up call
:func:`apply`, after their imports):

* everything alive then (modules, classes, constants: never garbage) is moved
  out of the collector's sight (``gc.freeze``);
* the young generation is collected every :data:`YOUNG` new objects instead of
  700, and the middle one every :data:`MIDDLE` young collections: an object
  made by a large read is scanned once or twice in all, not over and over;
  a full collection still runs when the long-lived objects have grown by a
  quarter (CPython's own rule), so real garbage cycles are still reclaimed.

The price, measured at 10,000 use cases (CPU time, the machine shared): a
workbook export and a 100,000-row timeline layout take what they took with the
collector switched off around them (within 5 %; CPython's default thresholds
cost +15 % and +100 %); opening a file costs about 20 % more than with the
collector off during the read (each object it makes is scanned once young and
once in the middle generation, ~30 ms), the price of having no switch in it.

The app also keeps what an open made out of later full collections
(:func:`settle`, then :func:`sweep` at idle time, see ``ui.files.loading``).
Nothing else in the program touches the collector.
"""

from __future__ import annotations

import gc

YOUNG = 50_000
MIDDLE = 20
OLD = 10


def apply() -> None:
    """Freeze what is alive and raise the thresholds (once per process; later calls do nothing)."""
    if applied():
        return
    gc.collect()  # whatever the imports left as garbage is not kept forever
    gc.freeze()
    gc.set_threshold(YOUNG, MIDDLE, OLD)
    gc.enable()


def applied() -> bool:
    """Whether :func:`apply` ran in this process."""
    return gc.get_threshold() == (YOUNG, MIDDLE, OLD)


def settle() -> None:
    """What is alive now lives long (a roadmap just opened): keep it out of later full
    collections, which would otherwise scan it all again (0.3 s at 100,000 use cases)."""
    gc.freeze()


def sweep() -> None:
    """Give what :func:`settle` kept back to the collector, collect once (any garbage
    cycle among it is reclaimed), and keep the rest out again. For idle time."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
