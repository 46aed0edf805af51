"""No restricted content reaches a wider audience: every document and export format, read back.

For a secretary who is not a member of the cellule de veille (Yannick Forestier), every
document type of a séance of every instance she may see and every plan d'actions a partner
receives is exported and read back (see ``confidentiality_demo``), as are the walk reports,
the signalements reports, the residents' summary and the relances; a coordinator's documents
for partners leave the restricted content out too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Parcours,
    SignalementReporter,
)
from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import SeanceStatus, UserRole
from gusp_desktop.domain.redaction import OCCULTED
from gusp_desktop.services.exports import CALENDAR_KINDS, SEANCE_KINDS
from gusp_desktop.services.registry import Services
from tests.e2e import confidentiality_demo
from tests.e2e.confidentiality_demo import (
    CANARY_NUMBER,
    PARTNERS,
    REPORTER,
    Demo,
    leaks,
    text_of,
)

demo = confidentiality_demo.demo


def _one_seance_per_instance(services: Services) -> list[int]:
    """The most advanced séance of each instance the user sees, and a planned one."""
    chosen: dict[str, int] = {}
    planned: int | None = None
    for seance in services.meetings.list_seances():
        if seance.status is SeanceStatus.PLANIFIEE:
            planned = planned or seance.id
        elif seance.status is not SeanceStatus.ANNULEE:
            chosen[seance.instance_code] = seance.id
    return [*chosen.values(), *([planned] if planned else [])]


def test_a_non_member_sees_nothing_restricted_in_any_document(demo: Demo) -> None:
    services = demo.services_for("yannick", UserRole.SECRETAIRE)
    seances = _one_seance_per_instance(services)
    assert demo.cotech_id in seances and not set(seances) & set(demo.cellule_ids)
    out = demo.directory / "yannick"
    out.mkdir()
    written: list[Path] = []
    for seance_id in seances:
        for kind in SEANCE_KINDS:
            if kind == "cancellation":
                continue
            formats = ("pdf", "docx", "ics") if kind in CALENDAR_KINDS else ("pdf", "docx")
            for fmt in formats:
                path = out / f"{seance_id}-{kind}.{fmt}"
                written.append(services.exports.export_seance_document(kind, seance_id, path, fmt))
    for code in (*PARTNERS, None):
        for fmt in ("pdf", "docx", "xlsx", "csv"):
            path = out / f"plan-{code or 'tout'}.{fmt}"
            query = ActionQuery(involving_code=code)
            written.append(services.exports.export_action_plan(query, path, fmt))
    atfpb = services.atfpb.bilans
    for convention in services.atfpb.conventions.list_conventions():
        for fmt in ("pdf", "docx", "xlsx"):
            path = out / f"bilan-{convention.id}.{fmt}"
            written.append(atfpb.export_bilan(convention.id, 2024, path, fmt))
    for fmt in ("pdf", "xlsx"):
        written.append(atfpb.export_consolidation(2024, out / f"consolidation.{fmt}", fmt))
    assert len(written) >= len(seances) * 11 + 6 * 4 + 2 * 3 + 2
    later = _later_outputs(demo, services, out)
    found = {path.name: leaks(text_of(path)) for path in [*written, *later]}
    assert {name: canaries for name, canaries in found.items() if canaries} == {}
    assert not leaks(_review_text(services, out / "plan-DP.xlsx"))
    assert not leaks(_relance_texts(services, out))
    walk_reports = [p for p in later if p.name.startswith(("diagnostic", "restitution"))]
    assert any(OCCULTED in text_of(p) for p in walk_reports if p.name.startswith("diag"))
    # The marked spans were there, and read « [occulté] » in a wider audience's documents.
    assert OCCULTED in text_of(out / f"{demo.cotech_id}-minutes.pdf")
    assert OCCULTED in text_of(out / "plan-MH.xlsx")


def _later_outputs(demo: Demo, services: Services, out: Path) -> list[Path]:
    """The walk's documents, the signalements reports and the residents' summary."""

    with Session(demo.engine) as session:
        walks = sorted(set(session.scalars(select(Parcours.seance_id))))
        routed = session.scalar(
            select(func.count())
            .select_from(SignalementReporter)
            .where(SignalementReporter.name == REPORTER)
        )
    assert walks and routed  # the canaries are where these documents read
    written: list[Path] = []
    for seance_id in walks:
        for kind in ("diagnostic", "restitution"):
            for fmt in ("pdf", "docx"):
                path = out / f"{kind}-{seance_id}.{fmt}"
                written.append(services.field_work.reports.export(kind, seance_id, path))
    for code in PARTNERS:
        for fmt in ("pdf", "docx", "xlsx"):
            path = out / f"signalements-{code}.{fmt}"
            written.append(services.signalements.reports.export(code, path, fmt))
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    for fmt in ("pdf", "docx", "html"):
        path = out / f"synthese-HM.{fmt}"
        written.append(services.resident_summary.export("HM", start, end, path))
    return written


def _relance_texts(services: Services, out: Path) -> str:
    """The relances of today's batch: each message's text and its attached plans."""
    relances = services.relances
    batch = relances.batch(on=services.context.today())
    assert batch.recipients
    parts: list[str] = []
    for recipient in batch.recipients:
        message = relances.message(batch, recipient, sender="gusp@example.org", draft=True)
        body = message.get_body(("plain",))
        assert body is not None
        parts += [str(message["Subject"]), body.get_content()]
        for attachment in relances.attachments(recipient):
            path = out / f"relance-{recipient.organisation_code}-{attachment.filename}"
            path.write_bytes(attachment.data)
            parts.append(text_of(path))
    return "\n".join(parts)


def _review_text(services: Services, path: Path) -> str:
    """What the review of a returned tableau de suivi shows (the file as it was sent)."""
    review = services.returns.review(path)
    parts = [review.seance_label, review.organisation_name, *review.problems]
    for row in review.rows:
        parts += [row.action_number, row.message, *(str(c) for c in row.changes)]
    return "\n".join(parts)


def test_the_coordinators_documents_for_partners_leave_restricted_content_out(
    demo: Demo,
) -> None:
    """A coordinator reads everything, but what she sends partners does not carry it."""
    services = demo.services_for("claire", UserRole.COORDINATEUR)
    out = demo.directory / "claire"
    out.mkdir()
    written = [
        services.exports.export_seance_document(
            "minutes", demo.cotech_id, out / "cotech.pdf", "pdf"
        ),
        services.exports.export_action_plan(
            ActionQuery(involving_code="DP"), out / "plan-DP.csv", "csv"
        ),
        services.exports.export_action_plan(ActionQuery(), out / "plan.docx", "docx"),
    ]
    assert {p.name: leaks(text_of(p)) for p in written if leaks(text_of(p))} == {}
    assert any(r.number == CANARY_NUMBER for r in services.actions.list_actions())
