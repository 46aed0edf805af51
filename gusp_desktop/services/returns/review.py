"""Comparing a returned file with the database: one ReturnRow per line, nothing written.

Each line is matched to the stamp of its action number. A line without a stamp (added, or the
file lost its hidden sheet), with a forged stamp or naming an action that no longer exists is
*unknown*; a stamped row whose locked cells no longer match their MACs is
*locked_cell_changed*; a value that cannot be read or applied (an état outside the list, an
avancement outside 0–100, a formula, a date that does not parse, a row present twice) is
*invalid*; a field the partner changed while the application changed it too since the export
(the version moved and the field's value with it) is a *conflict*. Exported rows missing from
the file are listed too, so a deleted row is never silently ignored.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Action
from gusp_desktop.documents.returns_reader import ReadCell, ReadLine, ReturnedFile, parse_stamp
from gusp_desktop.documents.returns_workbook import ReturnColumns
from gusp_desktop.domain import rules
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.returns import (
    EDITABLE_COLUMNS,
    NUMBER_COLUMN,
    FieldChange,
    ReturnRow,
    ReturnStatus,
    RowStamp,
    canonical,
    changed_locked_columns,
    manifest_ids,
    parse_date,
    parse_progress,
    parse_status,
    stamp_is_genuine,
)
from gusp_desktop.services.actions.checks import COMMENT_MAX
from gusp_desktop.services.actions.editing import created_on

EMPTY = "—"
FORMULA = "Formule saisie dans la cellule : seules des valeurs sont acceptées."


@dataclass(frozen=True)
class Baseline:
    """What the review compares against: the key, the file's columns and the actions."""

    key: bytes
    columns: ReturnColumns
    actions: dict[int, Action]


def load_actions(session: Session, ids: Iterable[int]) -> dict[int, Action]:
    """The stamped actions still in the database (and visible to this login)."""
    wanted = sorted(set(ids))
    found: dict[int, Action] = {}
    for start in range(0, len(wanted), 900):
        query = select(Action).where(Action.id.in_(wanted[start : start + 900]))
        found.update((action.id, action) for action in session.scalars(query))
    return found


def file_stamps(returned: ReturnedFile) -> list[RowStamp]:
    """Every stamp of the file: the hidden sheet's, or each CSV line's own."""
    return list(returned.stamps or ())


def review_rows(returned: ReturnedFile, base: Baseline) -> list[ReturnRow]:
    """One row per line of the file, then one per exported row the file no longer has."""
    stamps = {stamp.number: stamp for stamp in reversed(file_stamps(returned))}
    numbers = Counter(_number(line) for line in returned.lines)
    rows = [_line_row(returned, line, stamps, numbers, base) for line in returned.lines]
    present = set(numbers)
    for stamp in file_stamps(returned):
        if stamp.number not in present and stamp_is_genuine(base.key, stamp):
            present.add(stamp.number)
            rows.append(_deleted(stamp))
    returned_ids = {s.action_id for s in file_stamps(returned) if stamp_is_genuine(base.key, s)}
    for action_id in listed_ids(returned, base.key) or ():
        action = base.actions.get(action_id)
        if action_id not in returned_ids and action is not None:
            rows.append(_deleted(RowStamp(action_id, action.number, 0, "", 0, None)))
    return rows


def listed_ids(returned: ReturnedFile, key: bytes) -> tuple[int, ...] | None:
    """The exported rows a CSV's signed last line lists (None without a genuine one)."""
    return manifest_ids(key, returned.manifest) if returned.manifest else None


def _number(line: ReadLine) -> str:
    cell = line.cells.get(NUMBER_COLUMN)
    return canonical(cell.value, "text") if cell is not None else ""


def _unknown(line: ReadLine, number: str, message: str) -> ReturnRow:
    return ReturnRow(line.line, number, (), "unknown", message)


def _deleted(stamp: RowStamp) -> ReturnRow:
    return ReturnRow(
        0,
        stamp.number,
        (),
        "invalid",
        "Ligne supprimée du fichier : l'action figurait dans le tableau exporté mais n'a pas "
        "été renvoyée ; rien n'est mis à jour pour elle.",
        action_id=stamp.action_id,
        exported_version=stamp.version or None,
    )


def _line_row(
    returned: ReturnedFile,
    line: ReadLine,
    stamps: dict[str, RowStamp],
    numbers: Counter[str],
    base: Baseline,
) -> ReturnRow:
    number = _number(line)
    if returned.stamps is None:
        return _unknown(
            line,
            number,
            "Le fichier ne porte pas les informations de contrôle du tableau exporté "
            "(feuille masquée ou colonne « Contrôle » absente) : exportez le plan en .xlsx "
            "et faites compléter ce fichier-là.",
        )
    stamp = _stamp_of(returned, line, number, stamps)
    if stamp is None:
        what = f"l'action « {number} »" if number else "cette ligne sans numéro"
        return _unknown(
            line, number, f"Ligne ajoutée : {what} ne figurait pas dans le tableau exporté."
        )
    if not stamp_is_genuine(base.key, stamp):
        return _unknown(
            line,
            number,
            "Contrôle invalide : les informations cachées de cette ligne ont été modifiées ou "
            "ne viennent pas de cette base de données.",
        )
    action = base.actions.get(stamp.action_id)
    if action is None:
        return _unknown(line, number, f"L'action « {number} » n'existe plus dans l'application.")
    if numbers[number] > 1:
        return ReturnRow(
            line.line,
            number,
            (),
            "invalid",
            f"Ligne en double : l'action « {number} » figure {numbers[number]} fois dans le "
            "fichier ; aucune de ses lignes n'est appliquée.",
            action_id=action.id,
            exported_version=stamp.version,
            current_version=action.version,
        )
    return _compared(line, number, stamp, action, base)


def _stamp_of(
    returned: ReturnedFile, line: ReadLine, number: str, stamps: dict[str, RowStamp]
) -> RowStamp | None:
    """A CSV line carries its own stamp; an XLSX line takes the stamp of its number."""
    if returned.file_format == "csv":
        return parse_stamp(tuple(line.control.split("|"))) if line.control else None
    return stamps.get(number)


def _compared(
    line: ReadLine, number: str, stamp: RowStamp, action: Action, base: Baseline
) -> ReturnRow:
    locked = base.columns.locked
    read = {column.title: canonical(_value(line, column.title), column.kind) for column in locked}
    changed = changed_locked_columns(base.key, stamp, [c.title for c in locked], read)
    moved = stamp.version != action.version
    changes = [
        change
        for change in (
            _status(line, stamp, action, moved),
            _progress(line, stamp, action, moved),
            _comment(line),
            _deadline(line, stamp, action, moved),
        )
        if change is not None
    ]
    status, message = _verdict(changes, changed, moved)
    return ReturnRow(
        line.line,
        number,
        tuple(changes),
        status,
        message,
        action_id=action.id,
        exported_version=stamp.version,
        current_version=action.version,
        organisation=stamp.organisation,
        acceptable=True,
    )


def _verdict(
    changes: list[FieldChange], locked: list[str], moved: bool
) -> tuple[ReturnStatus, str]:
    invalid = [c for c in changes if c.status == "invalid"]
    conflicts = [c for c in changes if c.status == "conflict"]
    if invalid:
        return "invalid", " ".join(f"{c.label} : {c.message}" for c in invalid)
    if locked:
        columns = ", ".join(f"« {title} »" for title in locked)
        return (
            "locked_cell_changed",
            f"Cellules verrouillées modifiées (colonnes {columns}) : ces modifications ne sont "
            "jamais reprises ; acceptez au besoin les colonnes à compléter une à une.",
        )
    if conflicts:
        fields = ", ".join(c.label for c in conflicts)
        return (
            "conflict",
            f"L'action a été modifiée dans l'application depuis l'export ({fields}) : "
            "choisissez la valeur à garder.",
        )
    pending = [c for c in changes if not c.already_recorded]
    if not changes:
        return "ok", "Aucun changement."
    if not pending:
        return "ok", "Déjà à jour dans l'application."
    return "ok", f"{len(pending)} changement{'s' if len(pending) > 1 else ''} à appliquer."


def _value(line: ReadLine, title: str) -> object:
    cell = line.cells.get(title)
    return cell.value if cell is not None else None


def _cell(line: ReadLine, field: str) -> ReadCell:
    return line.cells.get(EDITABLE_COLUMNS[field], ReadCell())


def _blank(cell: ReadCell) -> bool:
    return cell.value is None or (isinstance(cell.value, str) and not cell.value.strip())


def _shown(cell: ReadCell) -> str:
    if isinstance(cell.value, dt.datetime | dt.date):
        return _date_text(parse_date(cell.value))
    return EMPTY if _blank(cell) else str(cell.value).strip()


def _date_text(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value is not None else EMPTY


def _invalid(field: str, old: str, cell: ReadCell, message: str, current: str) -> FieldChange:
    return FieldChange(field, old, _shown(cell), "invalid", message, current)


def _status(line: ReadLine, stamp: RowStamp, action: Action, moved: bool) -> FieldChange | None:
    cell = _cell(line, "status")
    old = ActionStatus(stamp.status).label
    current = action.status.label
    if cell.formula:
        return _invalid("status", old, cell, FORMULA, current)
    if _blank(cell):
        return _invalid("status", old, cell, "l'état ne peut pas être vide.", current)
    new = parse_status(cell.value)
    if new is None:
        choices = ", ".join(status.label for status in ActionStatus)
        return _invalid(
            "status", old, cell, f"« {_shown(cell)} » n'est pas un état ({choices}).", current
        )
    if new.value == stamp.status:
        return None
    return _judged(
        "status",
        old,
        new.label,
        current,
        new,
        moved,
        action.status.value != stamp.status,
        action.status == new,
        _transition_problem(action.status, new),
    )


def _transition_problem(current: ActionStatus, new: ActionStatus) -> str:
    if rules.can_change_action_status(current, new):
        return ""
    return rules.action_status_error(current, new)


def _judged(
    field: str,
    old: str,
    new: str,
    current: str,
    value: object,
    moved: bool,
    changed_in_app: bool,
    already: bool,
    problem: str = "",
) -> FieldChange:
    """The verdict on one changed field: already recorded, conflict, impossible or fine."""
    if already:
        return FieldChange(
            field,
            old,
            new,
            "ok",
            "Déjà à jour dans l'application.",
            current,
            value,
            already_recorded=True,
        )
    if problem:
        return FieldChange(field, old, new, "invalid", problem, current, value)
    if moved and changed_in_app:
        return FieldChange(
            field,
            old,
            new,
            "conflict",
            f"modifié dans l'application depuis l'export (valeur actuelle : {current}).",
            current,
            value,
        )
    return FieldChange(field, old, new, "ok", "", current, value)


def _progress(line: ReadLine, stamp: RowStamp, action: Action, moved: bool) -> FieldChange | None:
    cell = _cell(line, "progress")
    old, current = f"{stamp.progress} %", f"{action.progress} %"
    if cell.formula:
        return _invalid("progress", old, cell, FORMULA, current)
    if _blank(cell):
        return _invalid("progress", old, cell, "l'avancement ne peut pas être vide.", current)
    number = parse_progress(cell.value, percent_format=cell.percent)
    if number is None:
        return _invalid("progress", old, cell, f"« {_shown(cell)} » n'est pas un nombre.", current)
    if number != number.to_integral_value() or not 0 <= number <= 100:
        return _invalid(
            "progress",
            old,
            cell,
            f"{_shown(cell)} : l'avancement est un nombre entier entre 0 et 100.",
            current,
        )
    value = int(number)
    if value == stamp.progress:
        return None
    return _judged(
        "progress",
        old,
        f"{value} %",
        current,
        value,
        moved,
        action.progress != stamp.progress,
        action.progress == value,
    )


def _comment(line: ReadLine) -> FieldChange | None:
    cell = _cell(line, "comment")
    if cell.formula:
        return _invalid("comment", EMPTY, cell, FORMULA, "")
    if _blank(cell):
        return None
    text = canonical(cell.value, "text")
    if len(text) > COMMENT_MAX:
        return _invalid(
            "comment", EMPTY, cell, f"texte trop long (maximum {COMMENT_MAX} caractères).", ""
        )
    return FieldChange("comment", EMPTY, text, "ok", "", "", text)


def _deadline(line: ReadLine, stamp: RowStamp, action: Action, moved: bool) -> FieldChange | None:
    cell = _cell(line, "proposed_deadline")
    old, current = _date_text(stamp.revised_deadline), _date_text(action.revised_deadline)
    if cell.formula:
        return _invalid("proposed_deadline", old, cell, FORMULA, current)
    if _blank(cell):
        return None
    value = parse_date(cell.value)
    if value is None:
        return _invalid(
            "proposed_deadline",
            old,
            cell,
            f"« {_shown(cell)} » n'est pas une date lisible (attendu : JJ/MM/AAAA).",
            current,
        )
    if value == stamp.revised_deadline:
        return None
    problem = ""
    if value < created_on(action):
        problem = (
            f"l'échéance ({value:%d/%m/%Y}) ne peut pas précéder la création de "
            f"l'action ({created_on(action):%d/%m/%Y})."
        )
    return _judged(
        "proposed_deadline",
        old,
        _date_text(value),
        current,
        value,
        moved,
        action.revised_deadline != stamp.revised_deadline,
        action.revised_deadline == value,
        problem,
    )
