"""The panel beside the signalements list: what, where, the steps so far, the photos sent
with it, who reported it.

Who reported appears only when the service gave it (coordinators and secrétaires), under a
heading that says it is personal data. Photos are thumbnails registered as the document's
resources (``photo:ID``), read with the detail in the background.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from gusp_desktop.domain.signalements import SignalementDetail
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP
from gusp_desktop.ui.labels import tr_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("SignalementDetail", text)


THUMB_HEIGHT = 96


def read_detail(records: Any, signalement_id: int) -> tuple[SignalementDetail, dict[int, bytes]]:
    """The detail and its photos' thumbnails (run in the background)."""
    detail: SignalementDetail = records.get(signalement_id)
    return detail, records.thumbnails([p.id for p in detail.photos])


def show_detail(
    view: QTextBrowser, detail: SignalementDetail, thumbnails: Mapping[int, bytes]
) -> None:
    """Fill ``view`` with the detail, its photos as thumbnails."""
    document = view.document()
    for photo_id, data in thumbnails.items():
        image = QImage()
        image.loadFromData(data)
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"photo:{photo_id}"), image
        )
    view.setHtml(detail_html(detail))


def detail_html(detail: SignalementDetail) -> str:
    """The detail as simple HTML (every user text escaped)."""
    row = detail.row
    place = ", ".join(p for p in (row.site_name, row.address) if p) or "—"
    coordinates = ""
    if row.latitude is not None and row.longitude is not None:
        coordinates = f" ({row.latitude:.5f}, {row.longitude:.5f})"
    parts = [
        f"<h3>{escape(_tr('Signalement n°'))} {row.id} — {escape(row.category_label)}</h3>",
        f"<p><b>{escape(_tr('Lieu'))} :</b> {escape(place)}{coordinates}</p>",
        f"<p><b>{escape(_tr('Organisation'))} :</b> "
        f"{escape(row.organisation_code or _tr('à orienter'))}</p>",
        f"<p><b>{escape(_tr('Échéance'))} :</b> {row.due_date:%d/%m/%Y}"
        + (f" — <b>{escape(_tr('en retard'))}</b>" if row.overdue else "")
        + "</p>",
    ]
    if row.action_number:
        parts.append(f"<p><b>{escape(_tr('Action'))} :</b> {escape(row.action_number)}</p>")
    parts.append(f"<p>{escape(row.description).replace(chr(10), '<br>')}</p>")
    parts.append(f"<h4>{escape(_tr('Historique'))}</h4><ul>")
    for step in detail.history:
        when = step.at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M")
        reason = f" — {escape(step.reason)}" if step.reason else ""
        parts.append(f"<li>{when} : {escape(tr_label(step.status))}{reason}</li>")
    parts.append("</ul>")
    if detail.photos:
        parts.append(f"<h4>{escape(_tr('Photos'))} ({len(detail.photos)})</h4><p>")
        parts.extend(
            f'<img src="photo:{p.id}" height="{THUMB_HEIGHT}" title="{escape(p.filename)}"> '
            for p in detail.photos
        )
        parts.append("</p>")
    reporter = detail.reporter
    if reporter is not None and not reporter.empty:
        who = detail.reporter_contact_name or reporter.name
        means = " · ".join(m for m in (reporter.phone, reporter.email) if m)
        parts.append(
            f"<h4>{escape(_tr('Signalé par (donnée personnelle)'))}</h4>"
            f"<p>{escape(who)}" + (f"<br>{escape(means)}" if means else "") + "</p>"
        )
    return "".join(parts)


#: The texts above, for lupdate (they are looked up in this context by ``_tr``).
_TEXTS = (
    QT_TRANSLATE_NOOP("SignalementDetail", "Signalement n°"),
    QT_TRANSLATE_NOOP("SignalementDetail", "Lieu"),
    QT_TRANSLATE_NOOP("SignalementDetail", "Organisation"),
    QT_TRANSLATE_NOOP("SignalementDetail", "à orienter"),
    QT_TRANSLATE_NOOP("SignalementDetail", "Échéance"),
    QT_TRANSLATE_NOOP("SignalementDetail", "en retard"),
    QT_TRANSLATE_NOOP("SignalementDetail", "Action"),
    QT_TRANSLATE_NOOP("SignalementDetail", "Historique"),
    QT_TRANSLATE_NOOP("SignalementDetail", "Photos"),
    QT_TRANSLATE_NOOP("SignalementDetail", "Signalé par (donnée personnelle)"),
)
