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
  700, and the middle one every :data:`MIDDLE` young collections; a full
  collection still runs when the long-lived objects have grown by a quarter
  (CPython's own rule), so real garbage cycles are still reclaimed.

:data:`YOUNG` is set by the largest file the app opens: reading a roadmap of
20 MiB (the size cap, ~17,000 use cases) makes ~160,000 objects the collector
tracks, so a read completes before the first young collection, and the app
then moves what it made out of later collections (:func:`settle`): the objects
of an open are never scanned at all. Each object that lives on is scanned once
as young whatever the threshold, so a larger one costs no more work in total;
what it changes is the size of one collection (at most ~60 ms of pause, at
points where that many objects were just made: an open, an export) and how
much cyclic garbage can wait for it (at most :data:`YOUNG` objects, a few tens
of MB in the worst case; the program makes few cycles).

Measured (CPU time, each in a fresh process, back to back, the machine
shared): opening 10,000 use cases takes 181 ms, against 217 ms with a young
threshold of 50,000 and 190 ms for the version that switched the collector
off around the read (before this single policy). 100,000 use cases (over the
cap, opened with a raised limit) take ~2.0 s: three young collections, 120 ms
together, the longest 44 ms (CPU time; five and 310 ms, the longest 75 ms,
before the models shared their sets of field names and the whole-roadmap rules
stopped making a tuple per entity: fewer objects to scan) with this policy; in the
desktop app's mode (:func:`collect_on_main_thread_only`) a read collects nothing,
and :func:`settle` empties the young generation before a collection is due. With
50,000, a workbook export and a 100,000-row timeline layout took what they took
with the collector switched off around them; a larger threshold makes fewer
and larger collections of the same objects, not more work.

The app also keeps what an open made out of later full collections
(:func:`settle`, then :func:`sweep` at idle time, see ``ui.files.loading``).
The desktop app also keeps every collection on its main thread
(:func:`collect_on_main_thread_only`, :func:`collect_due`): the automatic ones
would otherwise run in its worker threads too, and free Qt objects there.
Nothing else in the program touches the collector.
"""

from __future__ import annotations

import gc
import threading

YOUNG = 250_000
MIDDLE = 20
OLD = 10


def pause() -> None:
    """No collection until :func:`apply`: called by the program's entry before it loads
    its modules, which make only long-lived objects (classes, functions, constants) and
    next to no garbage; with CPython's default thresholds the collector scanned them
    ~120 times over while they loaded (~20-30 ms of every app start, measured). ``apply``
    then freezes them and switches the collector on. Nothing if ``apply`` already ran."""
    if not applied():
        gc.disable()


def apply() -> None:
    """Freeze what is alive and raise the thresholds (once per process; later calls do nothing)."""
    if applied():
        return
    # No collection first: after the imports it finds no garbage or next to none
    # (0-10 objects measured) for ~10 ms of CPU (command line) to ~18 ms (app) on
    # every start. What there is stays frozen (the app's idle-time sweep reclaims it).
    gc.freeze()
    gc.set_threshold(YOUNG, MIDDLE, OLD)
    gc.enable()


def collect_on_main_thread_only() -> None:
    """:func:`apply`, with the automatic collections off: the caller runs
    :func:`collect_due` from its main thread, at moments it chooses.

    For the desktop app. CPython runs an automatic collection in whichever thread
    happens to allocate when a threshold is crossed — in the app, often the worker
    thread reading a file or a usage export, which makes the most objects. Such a
    collection frees every garbage cycle there and then, Qt objects of the window
    among them, and Qt deletes a widget from another thread unsafely (a segfault of
    PySide6 6.11 within a few rounds, measured with widgets holding themselves and a
    collection in a ``threading.Thread``). Applied after the first call of :func:`apply`
    it only switches the automatic collections off."""
    apply()
    gc.disable()


def collect_due() -> int | None:
    """The collection CPython would run now by the policy's thresholds, if one is due
    (the generation collected, else None). Main thread only, see
    :func:`collect_on_main_thread_only`. The oldest generation whose count passed its
    threshold is collected, as CPython does (a full collection here does not wait for
    the long-lived objects to grow by a quarter: what :func:`settle` froze is not
    scanned anyway)."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("gc_policy.collect_due() runs on the main thread only")
    young, middle, old = gc.get_count()
    if young <= YOUNG:
        return None
    generation = 2 if old > OLD else 1 if middle > MIDDLE else 0
    gc.collect(generation)
    return generation


def applied() -> bool:
    """Whether :func:`apply` ran in this process."""
    return gc.get_threshold() == (YOUNG, MIDDLE, OLD)


def settle() -> None:
    """What is alive now lives long (a roadmap just opened): keep it out of later full
    collections, which would otherwise scan it all again (0.3 s at 100,000 use cases)."""
    gc.freeze()


def sweep() -> None:
    """Give what :func:`settle` kept back to the collector, collect once (any garbage
    cycle among it is reclaimed), and keep the rest out again. For idle time.

    The collection frees whatever garbage cycles hold, Qt objects of the app included,
    there and then: only from the main thread (Qt deletes its objects in the thread
    that owns them), and in the app only when no other event handler is running
    (``ui.files.loading.collect_frozen_garbage_when_idle``)."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("gc_policy.sweep() runs on the main thread only")
    gc.unfreeze()
    gc.collect()
    gc.freeze()
