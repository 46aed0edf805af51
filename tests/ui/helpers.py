"""Helpers for driving real widgets in pytest-qt tests."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.settings import AppSettings
from gusp_desktop.ui.tasks import TaskRunner
from gusp_desktop.ui.widgets.record_panel import RecordAdapter, RecordPanel

A = TypeVar("A", bound=RecordAdapter)


def adapter_of(panel: RecordPanel, kind: type[A]) -> A:
    """The panel's adapter as the concrete kind the test drives (its fields by name)."""
    assert isinstance(panel.adapter, kind), type(panel.adapter)
    return panel.adapter


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one key event per character.

    ``qtbot.keyClicks`` aborts the whole process on non-ASCII characters such as « è »
    (qasciikey.cpp assertion), so accented text is sent as raw key events.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def page_context(
    services: Services, tasks: TaskRunner, prompts: Prompts, settings_file: Path
) -> PageContext:
    """What a page or panel is built from, with preferences kept in ``settings_file``."""
    return PageContext(services, tasks, prompts, AppSettings(settings_file))
