"""Regression guard for the PySide6 release the project pins.

PySide6 6.12.0 on Python 3.11 returns ``None`` from void methods and ``True`` from
``signal.emit()`` without taking a reference (it relies on 3.12's immortal objects), and the
process aborts after a few thousand calls. 6.11.3 does not; this test fails if a release with
that bug is ever installed on a Python that needs the references.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_and_emits_keep_singleton_references(qapp: object) -> None:
    edit, emitter = QLineEdit(), _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        edit.setText("x")
        emitter.fired.emit()
    assert abs(none_before - sys.getrefcount(None)) < 20
    assert abs(true_before - sys.getrefcount(True)) < 20
