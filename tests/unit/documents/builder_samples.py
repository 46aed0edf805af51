"""Hand-made service values for the builder tests (no database): a COTECH séance like the demo's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, TypeVar

from gusp_desktop.domain.actions import ActionRow
from gusp_desktop.domain.agenda import AgendaItemDTO, DecisionDTO
from gusp_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AtfpbAxis,
    InstanceType,
    Priority,
    SeanceStatus,
    Theme,
)
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.minutes import (
    ActionLine,
    MinutesContent,
    MinutesItem,
    NextSeance,
    PersonLine,
)

T = TypeVar("T")
START = dt.datetime(2025, 6, 12, 7, 30, tzinfo=dt.UTC)  # 9 h 30 in Paris
CAMA = "Marvelin Agglomération"
CLAIRE = PersonLine(1, "Claire Demarquette", "CAMA", CAMA, "claire.demarquette@example.fr")
YANNICK = PersonLine(2, "Yannick Forestier", "CAMA", CAMA, "yannick.forestier@example.fr")
JULIEN = PersonLine(8, "Julien Cappelaere", "MH", "Marve Habitat (OPH)", "julien@example.fr")
INES = PersonLine(9, "Inès Taleb", "MH", "Marve Habitat (OPH)", "")
LEA = PersonLine(13, "Léa Dufossé", "TUM", "Trait d'Union Médiation", "lea@example.fr")
KARIM = PersonLine(6, "Karim Ouédraogo", "VH", "Ville de Hautcourt-les-Forges", "karim@example.fr")


def action_line(number: str, *, overdue: bool = False, comment: str = "") -> ActionLine:
    return ActionLine(
        number=number,
        title=f"Action {number} : remplacer les bornes « enterrées »",
        pilot_code="MH",
        pilot_contact_name="Julien Cappelaere",
        deadline=dt.date(2025, 4, 30),
        status="en_cours",
        status_label="En cours",
        overdue=overdue,
        comment=comment,
    )


def item(position: int, title: str, kind: str = "information", **values: Any) -> MinutesItem:
    fields: dict[str, Any] = {
        "presenter_name": "Claire Demarquette",
        "description": "",
        "notes": "",
        "decisions": (),
        **values,
    }
    return MinutesItem(position, title, kind, kind.capitalize(), **fields)


def make_content(**overrides: Any) -> MinutesContent:
    values: dict[str, Any] = {
        "seance_id": 4,
        "seance_number": 4,
        "instance_code": "COTECH-IQ",
        "instance_name": "COTECH GUSP inter-quartiers",
        "instance_type": "cotech",
        "instance_type_label": "Comité technique",
        "confidential": False,
        "quartiers": ("HM – Les Hauts-de-Marve",),
        "starts_at": START,
        "local_date": dt.date(2025, 6, 12),
        "local_time": "09:30",
        "duration_minutes": 150,
        "place": "Mairie annexe des Coteaux, Saint-Aubrin",
        "status": "cr_redaction",
        "status_label": "Compte rendu en rédaction",
        "president": YANNICK,
        "secretary": CLAIRE,
        "summary": "Sept actions en retard examinées.",
        "present": (CLAIRE, YANNICK, JULIEN, INES),
        "excused": (LEA,),
        "absent": (KARIM,),
        "represented": (),
        "unrecorded": (),
        "agenda": (
            item(1, "Validation du compte rendu du 24/04", "decision", decisions=("Approuvé.",)),
            item(
                2,
                "Suivi du plan d'actions : retards d'abord",
                "suivi",
                notes="Les bornes (HM-25-002) sont en retard.\n\nLe reste avance.",
                decisions=("Nouvelle échéance au 30/09.",),
            ),
            item(3, "Retours des diagnostics en marchant", "suivi", notes="Restitution faite."),
            item(4, "Questions diverses", presenter_name=""),
        ),
        "followed_actions": (
            action_line("HM-25-002", overdue=True, comment="Livraison repoussée."),
            action_line("HM-25-010", comment="Plombier programmé."),
        ),
        "new_actions": (action_line("HM-25-061"),),
        "follow_up": (action_line("HM-25-002", overdue=True), action_line("HM-25-010")),
        "next_meeting_note": "",
        "next_seance": NextSeance(
            5, dt.datetime(2025, 9, 11, 7, 30, tzinfo=dt.UTC), dt.date(2025, 9, 11), "Hôtel"
        ),
        "distribution": (CLAIRE, YANNICK, JULIEN, INES, LEA, KARIM),
        "as_of": dt.date(2025, 6, 15),
    }
    values.update(overrides)
    return MinutesContent(**values)


def agenda_item(position: int, title: str, minutes: int, presenter: str = "") -> AgendaItemDTO:
    return AgendaItemDTO(
        id=position,
        version=1,
        seance_id=4,
        position=position,
        title=title,
        kind=AgendaItemKind.INFORMATION,
        presenter_id=None,
        presenter_name=presenter,
        planned_minutes=minutes,
        description="",
        notes="",
        decisions=(DecisionDTO(1, 1, 1, "d"),) if position == 1 else (),
    )


def make_detail(
    agenda: tuple[AgendaItemDTO, ...] | None = None,
    version: int = 3,
    *,
    ics_sequence: int = 0,
    cancellation_reason: str = "",
) -> SeanceDetail:
    if agenda is None:
        agenda = (
            agenda_item(1, "Validation du compte rendu", 10, "Claire Demarquette"),
            agenda_item(2, "Suivi du plan d'actions", 45, "Claire Demarquette"),
            agenda_item(3, "Questions diverses", 15),
        )
    return SeanceDetail(
        id=4,
        version=version,
        instance_id=1,
        instance_code="COTECH-IQ",
        instance_name="COTECH GUSP inter-quartiers",
        instance_type=InstanceType.COTECH,
        number=4,
        starts_at=START,
        local_date=dt.date(2025, 6, 12),
        duration_minutes=150,
        place="Mairie annexe des Coteaux, Saint-Aubrin",
        status=SeanceStatus.CONVOQUEE,
        president_id=2,
        president_name="Yannick Forestier",
        secretary_id=1,
        secretary_name="Claire Demarquette",
        summary="",
        next_meeting_note="",
        agenda=agenda,
        attendance=(),
        ics_sequence=ics_sequence,
        cancellation_reason=cancellation_reason,
    )


def action_row(index: int, **overrides: Any) -> ActionRow:
    values: dict[str, Any] = {
        "id": index,
        "version": 1,
        "number": f"HM-25-{index:03d}",
        "title": f"Action n° {index} : nettoyer les halls",
        "description": "",
        "theme": Theme.PROPRETE,
        "quartier_id": 1,
        "quartier_code": "HM",
        "site_id": None,
        "site_name": "Tour C",
        "pilot_organisation_id": 7,
        "pilot_organisation_code": "MH",
        "pilot_organisation_name": "Marve Habitat (OPH)",
        "pilot_contact_id": 8,
        "pilot_contact_name": "Julien Cappelaere",
        "initial_deadline": dt.date(2025, 3, 31),
        "revised_deadline": None,
        "deadline": dt.date(2025, 3, 31),
        "deadline_note": "",
        "priority": Priority.NORMALE,
        "status": ActionStatus.EN_COURS,
        "progress": 40,
        "atfpb_axis": AtfpbAxis.SUR_ENTRETIEN,
        "cost": None,
        "origin_seance_id": None,
        "origin_constat_id": None,
        "overdue": index % 3 == 0,
        "updated_at": START,
        "partner_codes": ("RQ", "VM"),
    }
    values.update(overrides)
    return ActionRow(**values)


def replace(value: T, **changes: Any) -> T:
    """A copy of a frozen service value with some fields changed."""
    return dataclasses.replace(value, **changes)  # type: ignore[type-var]
