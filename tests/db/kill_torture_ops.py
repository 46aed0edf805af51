"""The writes of the kill torture, and how their result is read back from the database.

An operation is a plain dict drawn by Hypothesis in the test (``kind`` plus indexes into what
the database holds when it runs), so it survives the trip to the child as JSON. The child
resolves it against the database, announces the *effects* the write will have (``key`` →
value), runs it through the real service and, once committed, acknowledges the effects it
observed. The parent then reads the same keys with :func:`read_state` after the kill and
compares them with the acknowledged log.

Keys: ``created:TOKEN`` (an action created with that title), ``action:NUMBER:FIELD``,
``follow:TOKEN`` (a follow-up point with that comment, valued by its action number),
``notes:SEANCE:ITEM``, ``order:SEANCE`` (the agenda's item ids in order),
``attendance:SEANCE:LINE`` and ``signed:SEANCE`` (the secretary's signature, registered
*and* archived).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from gusp_desktop.db.models import Action, ActionUpdate
from gusp_desktop.domain import rules
from gusp_desktop.domain.actions import ActionDraft, ActionEdit, ActionRow, StatusChange
from gusp_desktop.domain.enums import ActionStatus, AttendanceStatus, Priority, SeanceStatus
from gusp_desktop.domain.signed_minutes import SignerRole
from gusp_desktop.services.registry import Services

Effects = dict[str, Any]

# The secretary recorded for every séance of the demonstration territory, and her identity.
SIGNER = "Claire Demarquette"
SIGNER_EMAIL = "claire.demarquette@marvelin-agglo.fr"
SIGNER_PASSPHRASE = "coupure-secretaire-2025"
AUTHORITY = "Autorité d'essai"
AUTHORITY_PASSPHRASE = "coupure-autorite-2025"

TITLE = "Essai de coupure {}"
COMMENT = "Suivi {}"
EDITED_FIELDS = ("description", "deadline_note", "priority")
# Séances whose agenda and émargement are still open (a validated one is locked).
OPEN_SEANCES = frozenset(
    {
        SeanceStatus.PLANIFIEE,
        SeanceStatus.CONVOQUEE,
        SeanceStatus.TENUE,
        SeanceStatus.CR_REDACTION,
        SeanceStatus.CR_RELECTURE,
    }
)


@dataclasses.dataclass(frozen=True)
class Planned:
    """A write resolved against the database: what it will change, and how to run it.

    ``before`` holds the same keys as read just before the write, so that a write in flight
    at the kill can be told apart from a lost or half-applied one.
    """

    before: Effects
    intent: Effects
    run: Callable[[], Effects]


def plan(services: Services, op: dict[str, Any], out_dir: Path) -> Planned | None:
    """The write ``op`` stands for, or None when the database offers nothing to apply it to."""
    planners: dict[str, Callable[[Services, dict[str, Any], Path], Planned | None]] = {
        "create": _create,
        "edit": _edit,
        "follow": _follow,
        "notes": _notes,
        "move": _move,
        "attend": _attend,
        "sign": _sign,
    }
    return planners[op["kind"]](services, op, out_dir)


def _pick(items: list[Any], index: int) -> Any:
    return items[index % len(items)] if items else None


def _actions(services: Services) -> list[ActionRow]:
    return sorted(services.actions.list_actions(), key=lambda r: r.id)


def _create(services: Services, op: dict[str, Any], _out: Path) -> Planned | None:
    model = _pick(_actions(services), op["like"])
    title = TITLE.format(op["token"])
    draft = ActionDraft(
        title=title,
        quartier_id=model.quartier_id,
        theme=model.theme,
        pilot_organisation_id=model.pilot_organisation_id,
        description=op["text"],
    )

    def run() -> Effects:
        row = services.actions.create(draft).value
        return {f"created:{op['token']}": row.title == title or row.title}

    return Planned({f"created:{op['token']}": None}, {f"created:{op['token']}": True}, run)


def _field_value(row: ActionRow, name: str) -> Any:
    value = getattr(row, name)
    return value.value if isinstance(value, ActionStatus | Priority) else value


def _edit(services: Services, op: dict[str, Any], _out: Path) -> Planned | None:
    row = _pick(_actions(services), op["action"])
    name = EDITED_FIELDS[op["field"] % len(EDITED_FIELDS)]
    value: Any = _pick(list(Priority), op["value"]) if name == "priority" else op["text"]
    detail = services.actions.get(row.id)
    edit = dataclasses.replace(ActionEdit.from_detail(detail), **{name: value})
    key = f"action:{row.number}:{name}"
    expected = value.value if isinstance(value, Priority) else value

    def run() -> Effects:
        done = services.actions.update(row.id, detail.row.version, edit).value
        return {key: _field_value(done, name)}

    return Planned({key: _field_value(row, name)}, {key: expected}, run)


def _follow(services: Services, op: dict[str, Any], _out: Path) -> Planned | None:
    row = _pick(_actions(services), op["action"])
    wanted = _pick(list(ActionStatus), op["status"]) if op["status"] is not None else None
    if wanted is not None and not rules.can_change_action_status(row.status, wanted):
        wanted = None
    final = wanted or row.status
    if final is ActionStatus.REALISEE:  # closing sets 100 %; a closed action keeps its figure
        progress = 100 if row.status is not ActionStatus.REALISEE else row.progress
    else:
        progress = op["progress"]
    comment = COMMENT.format(op["token"])
    change = StatusChange(status=wanted, comment=comment, progress=op["progress"])
    prefix = f"action:{row.number}"
    intent = {
        f"follow:{op['token']}": row.number,
        f"{prefix}:status": final.value,
        f"{prefix}:progress": progress,
    }

    def run() -> Effects:
        done = services.actions.follow_up(row.id, row.version, change).value
        return {
            f"follow:{op['token']}": done.number,
            f"{prefix}:status": done.status.value,
            f"{prefix}:progress": done.progress,
        }

    before = {
        f"follow:{op['token']}": None,
        f"{prefix}:status": row.status.value,
        f"{prefix}:progress": row.progress,
    }
    return Planned(before, intent, run)


def _seances(services: Services, statuses: Iterable[SeanceStatus]) -> list[int]:
    wanted = frozenset(statuses)
    return [s.id for s in services.meetings.list_seances() if s.status in wanted]


def _notes(services: Services, op: dict[str, Any], _out: Path) -> Planned | None:
    seances = _seances(services, rules.MINUTES_EDITABLE)
    items = [i for s in seances for i in services.agenda.list_items(s)]
    item = _pick(items, op["item"])
    if item is None:
        return None
    key = f"notes:{item.seance_id}:{item.id}"

    def run() -> Effects:
        services.minutes.save_notes(item.id, item.version, op["text"])
        return {key: op["text"]}

    return Planned({key: item.notes}, {key: op["text"]}, run)


def _move(services: Services, op: dict[str, Any], _out: Path) -> Planned | None:
    items = [i for s in _seances(services, OPEN_SEANCES) for i in services.agenda.list_items(s)]
    item = _pick(items, op["item"])
    if item is None:
        return None
    others = [i.id for i in items if i.seance_id == item.seance_id and i.id != item.id]
    index = min(max(op["position"], 1) - 1, len(others))
    key = f"order:{item.seance_id}"

    def run() -> Effects:
        moved = services.agenda.move_item(item.id, op["position"]).value
        return {key: [i.id for i in moved]}

    current = [i.id for i in items if i.seance_id == item.seance_id]
    return Planned({key: current}, {key: [*others[:index], item.id, *others[index:]]}, run)


def _attend(services: Services, op: dict[str, Any], _out: Path) -> Planned | None:
    seances = _seances(services, OPEN_SEANCES)
    lines = [a for s in seances for a in services.attendance.list_attendance(s)]
    line = _pick(lines, op["line"])
    if line is None:
        return None
    choices = [AttendanceStatus.PRESENT, AttendanceStatus.EXCUSE, AttendanceStatus.ABSENT, None]
    status = _pick(choices, op["status"])
    key = f"attendance:{line.seance_id}:{line.id}"

    def run() -> Effects:
        done = services.attendance.set_status(line.id, line.version, status).value
        return {key: done.status.value if done.status else None}

    before = line.status.value if line.status else None
    return Planned({key: before}, {key: status.value if status else None}, run)


def _secretary_signed(services: Services, seance_id: int) -> bool:
    current = services.signed_minutes.current_version(seance_id)
    roles = {f.signer_role for f in current.signed_files} if current else set()
    return SignerRole.SECRETAIRE.value in roles


def _sign(services: Services, op: dict[str, Any], out_dir: Path) -> Planned | None:
    validated = _seances(services, [SeanceStatus.CR_VALIDE])
    unsigned = [s for s in validated if not _secretary_signed(services, s)]
    seance = _pick(unsigned, op["seance"])
    if seance is None:
        return None
    key = f"signed:{seance}"

    def run() -> Effects:
        services.signed_minutes.sign(
            seance, SIGNER, SignerRole.SECRETAIRE, SIGNER_PASSPHRASE, out_dir / f"cr-{seance}.pdf"
        )
        return {key: True}

    return Planned({key: None}, {key: True}, run)


# -- reading back (the parent, after each kill) ------------------------------------------------


def read_state(services: Services, keys: Iterable[str]) -> Effects:
    """The value every key has in the database now (None: the write is absent)."""
    by_kind: dict[str, list[list[str]]] = defaultdict(list)
    for key in keys:
        kind, *rest = key.split(":")
        by_kind[kind].append(rest)
    state: Effects = {}
    if by_kind["created"] or by_kind["action"]:
        state |= _read_actions(services, by_kind["created"], by_kind["action"])
    state |= _read_follow_ups(services, [token for (token,) in by_kind["follow"]])
    state |= _read_agenda(services, by_kind["notes"], by_kind["order"])
    for seance, line in by_kind["attendance"]:
        sheet = {a.id: a for a in services.attendance.list_attendance(int(seance))}
        status = sheet[int(line)].status if int(line) in sheet else "ligne disparue"
        state[f"attendance:{seance}:{line}"] = getattr(status, "value", status)
    for (seance,) in by_kind["signed"]:
        state[f"signed:{seance}"] = _read_signature(services, int(seance))
    return state


def _read_actions(services: Services, created: list[list[str]], fields: list[list[str]]) -> Effects:
    rows = services.actions.list_actions()
    titles: dict[str, int] = defaultdict(int)
    for row in rows:
        titles[row.title] += 1
    by_number = {row.number: row for row in rows}
    state: Effects = {}
    for (token,) in created:
        count = titles[TITLE.format(token)]
        state[f"created:{token}"] = {0: None, 1: True}.get(count, f"{count} actions")
    for number, name in fields:
        found = by_number.get(number)
        value = _field_value(found, name) if found else "action disparue"
        state[f"action:{number}:{name}"] = value
    return state


def _read_follow_ups(services: Services, tokens: list[str]) -> Effects:
    if not tokens:
        return {}
    comments = {COMMENT.format(t): t for t in tokens}
    query = (
        select(ActionUpdate.comment, Action.number)
        .join(Action, Action.id == ActionUpdate.action_id)
        .where(ActionUpdate.comment.in_(list(comments)))
    )
    state: Effects = {f"follow:{t}": None for t in tokens}
    with services.context.read() as session:
        for comment, number in session.execute(query):
            key = f"follow:{comments[comment]}"
            state[key] = number if state[key] is None else "point de suivi en double"
    return state


def _read_agenda(services: Services, notes: list[list[str]], orders: list[list[str]]) -> Effects:
    seances = {int(s) for s, _item in notes} | {int(s) for (s,) in orders}
    agendas = {s: services.agenda.list_items(s) for s in seances}
    state: Effects = {}
    for seance, item in notes:
        texts = {i.id: i.notes for i in agendas[int(seance)]}
        state[f"notes:{seance}:{item}"] = texts.get(int(item), "point disparu")
    for (seance,) in orders:
        state[f"order:{seance}"] = [i.id for i in agendas[int(seance)]]
    return state


def _read_signature(services: Services, seance_id: int) -> Any:
    """True when the signature is registered and its archived file is the registered one."""
    current = services.signed_minutes.current_version(seance_id)
    files = [f for f in (current.signed_files if current else ()) if f.signer_role == "secretaire"]
    if not files:
        return None
    archive = services.signed_minutes.archive
    if archive.read_registered(files[-1].path, files[-1].sha256) is None:
        return "signature enregistrée sans son fichier"
    return True
