"""An action's history as a readable timeline: every line in full, wrapped, never cut.

A table of columns truncated comments and hid who changed what; here each entry is a short
paragraph: when, who and in which séance, then the field changed (old → new) or the state
and progress of a follow-up point, the reason of a postponed deadline or the outcome of a
closed action, and the comment, whole.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QTextBrowser, QWidget

from gusp_desktop.domain.actions import HistoryEntry
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.i18n import NBSP, clock_time, short_date
from gusp_desktop.ui.labels import tr_label

MUTED = "color: #5f6368;"
ARROW = "\u2192"


class ActionHistoryView(QTextBrowser):
    """Read-only timeline of :class:`HistoryEntry` values, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_history")
        self.setOpenLinks(False)
        self._entries: tuple[HistoryEntry, ...] = ()
        self._follow_end = True
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.actionTriggered.connect(self._on_scrolled_by_reader)

    def show_history(self, entries: Sequence[HistoryEntry]) -> None:
        """Show ``entries`` and scroll to the latest."""
        self._entries = tuple(entries)
        blocks = [self._entry_html(e) for e in self._entries]
        empty = f"<p style='{MUTED}'>{html.escape(self.tr('Aucun historique.'))}</p>"
        # The latest entry is what a reader looks for: the view follows the end as the text
        # is laid out, until the reader scrolls.
        self._follow_end = True
        self.setHtml("".join(blocks) or empty)
        self._on_range_changed()

    def _on_range_changed(self, *_args: int) -> None:
        if self._follow_end:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _on_scrolled_by_reader(self, _action: int) -> None:
        self._follow_end = False

    def entry_count(self) -> int:
        """How many entries are shown."""
        return len(self._entries)

    def entry_texts(self) -> list[str]:
        """Each entry as plain text, as a reader sees it (tests, copy)."""
        return [self._entry_text(e) for e in self._entries]

    # -- rendering -------------------------------------------------------------------------

    def _heading(self, entry: HistoryEntry) -> str:
        local = entry.at.astimezone(PARIS)
        parts = [f"{short_date(local.date())} {clock_time(local)}", entry.author]
        if entry.seance_label:
            parts.append(self.tr("en séance {seance}").format(seance=entry.seance_label))
        return " · ".join(p for p in parts if p)

    def _lines(self, entry: HistoryEntry) -> list[str]:
        """The change itself: « Pilote : A → B », or the state of a follow-up point."""
        if entry.is_event:
            return [f"{entry.field_label} : {entry.new_value}"]
        if entry.field:
            return [
                self.tr("{field} : {old} → {new}").format(
                    field=entry.field_label, old=entry.old_value, new=entry.new_value
                )
            ]
        state = tr_label(entry.status)
        if entry.progress is not None:
            state += f" — {entry.progress}{NBSP}%"
        if entry.deadline is not None:
            state += self.tr(" — échéance {date}").format(date=short_date(entry.deadline))
        return [state]

    def _reason(self, entry: HistoryEntry) -> str:
        if not entry.reason:
            return ""
        if entry.field == "status":
            return self.tr("Résultat : {outcome}").format(outcome=entry.reason)
        return self.tr("Motif : {reason}").format(reason=entry.reason)

    def _entry_html(self, entry: HistoryEntry) -> str:
        heading = html.escape(self._heading(entry))
        body = "<br>".join(html.escape(line) for line in self._lines(entry))
        notes = [self._reason(entry), entry.comment]
        text = "<br>".join(html.escape(n).replace("\n", "<br>") for n in notes if n)
        return (
            f"<p style='margin-bottom: 10px'><span style='{MUTED}'>{heading}</span><br>"
            f"<b>{body}</b>" + (f"<br>{text}" if text else "") + "</p>"
        )

    def _entry_text(self, entry: HistoryEntry) -> str:
        parts = [self._heading(entry), *self._lines(entry), self._reason(entry), entry.comment]
        return "\n".join(p for p in parts if p)
