"""Canary for PySide6 6.12.0 on CPython 3.11: void Qt calls stole a reference from None.

The process aborts after a few thousand such calls (research/performance.md §0).
The dependency pin keeps us below 6.12 on Python < 3.12; this test is what
makes lifting that pin safe: it fails on any build that still has the bug.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_void_qt_calls_keep_none_refcount(qapp: QApplication) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for i in range(500):
        widget.setEnabled(i % 2 == 0)
        widget.setObjectName("canary")
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; 3.11 must not drift down.
    assert after >= before - 50, f"None lost {before - after} references in 1000 Qt calls"
