"""RGPD on both engines: a contact's export lists every row naming them; anonymising keeps
links, counts and history while the name disappears everywhere it can."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from gusp_desktop.db.models import AgendaItem, Contact
from gusp_desktop.domain.errors import NotFoundError, ValidationError
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.personal_data.files import write_dossier
from gusp_desktop.services.personal_data.service import PersonalDataService
from gusp_desktop.services.search import SearchService
from tests.fixtures.demo import FreshDemo

# Every foreign key to contact, as the schema declares it (read from the metadata, not from
# the code under test).
CONTACT_KEYS = [
    (table.name, column.name)
    for table in Contact.metadata.sorted_tables
    for column in table.columns
    for key in column.foreign_keys
    if key.column.table.name == "contact" and table.name != "search_document"
]


def most_linked(engine: Engine) -> tuple[int, str, str]:
    """The demo contact named by the most rows."""
    parts = " UNION ALL ".join(f"SELECT {c} AS contact_id FROM {t}" for t, c in CONTACT_KEYS)
    with engine.connect() as conn:
        contact_id = conn.execute(
            text(f"SELECT contact_id FROM ({parts}) AS links WHERE contact_id IS NOT NULL "
                 "GROUP BY contact_id ORDER BY count(*) DESC, contact_id LIMIT 1")
        ).scalar_one()  # fmt: skip
        first, last = conn.execute(
            text("SELECT first_name, last_name FROM contact WHERE id = :c"), {"c": contact_id}
        ).one()
    return int(contact_id), str(first), str(last)


def linked(engine: Engine, contact_id: int) -> set[tuple[str, int]]:
    found: set[tuple[str, int]] = set()
    with engine.connect() as conn:
        for table, column in CONTACT_KEYS:
            rows = conn.execute(
                text(f"SELECT id FROM {table} WHERE {column} = :c"), {"c": contact_id}
            )
            found |= {(table, int(r[0])) for r in rows}
    return found


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in ("attendance", "membership", "action", "action_update", "seance")
        }


@pytest.fixture
def demo(ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo) -> ServiceContext:
    fresh_demo(engine)
    return ctx


def test_export_lists_every_row_naming_the_contact(
    demo: ServiceContext, engine: Engine, tmp_path: Path
) -> None:
    contact_id, first, last = most_linked(engine)
    with demo.session_factory.begin() as session:
        item = session.query(AgendaItem).order_by(AgendaItem.id).first()
        assert item is not None
        item.notes += f"\nPoint fait par {first} {last.upper()} en séance."
        item_id = item.id
    service = PersonalDataService(demo)
    assert service.find_contact(f"{last.lower()} {first}") == contact_id
    dossier = service.export(contact_id)
    rows = {(r.table, r.row_id) for r in dossier.rows}
    expected = linked(engine, contact_id)
    assert len(expected) >= 5 and expected <= rows
    assert ("agenda_item", item_id) in rows  # named in a text, whatever the case
    assert any(r.table == "audit_event" for r in dossier.rows) or engine.dialect.name == "sqlite"
    assert dossier.identity["last_name"] == last
    out = write_dossier(dossier, tmp_path / "export.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {(r["table"], r["id"]) for r in data["lignes"]} == rows
    assert (out.stat().st_mode & 0o077) == 0  # everything about a person: owner only
    write_dossier(dossier, tmp_path / "export.pdf")
    assert (tmp_path / "export.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(ValidationError):
        write_dossier(dossier, tmp_path / "export.docx")
    with pytest.raises(NotFoundError):
        service.find_contact("Personne Inconnue")


def test_anonymising_keeps_links_counts_and_history(demo: ServiceContext, engine: Engine) -> None:
    contact_id, first, last = most_linked(engine)
    with demo.session_factory.begin() as session:
        item = session.query(AgendaItem).order_by(AgendaItem.id).first()
        assert item is not None
        item.notes += f"\nÀ rappeler : {first} {last}."
    before_links, before_counts = linked(engine, contact_id), counts(engine)
    service = PersonalDataService(demo)
    report = service.anonymise(contact_id).value
    assert linked(engine, contact_id) == before_links  # every link kept
    assert counts(engine) == before_counts
    assert sum(report.links_kept.values()) == len(before_links)
    assert report.texts_occulted >= 1
    with engine.connect() as conn:
        card = conn.execute(
            text("SELECT first_name, last_name, email, phone, active FROM contact WHERE id = :c"),
            {"c": contact_id},
        ).one()
        named = conn.execute(
            text("SELECT count(*) FROM audit_event WHERE entity = 'contact' AND entity_id = :c "
                 "AND (before LIKE :n OR after LIKE :n)"),
            {"c": contact_id, "n": f"%{last}%"},
        ).scalar_one()  # fmt: skip
        notes = conn.execute(text("SELECT notes FROM agenda_item ORDER BY id LIMIT 1")).scalar_one()
    assert (card.first_name, card.email, card.phone, bool(card.active)) == (
        "Personne",
        "",
        "",
        False,
    )
    assert last not in card.last_name and named == 0
    assert f"{first} {last}" not in notes and "[occulté]" in notes
    assert not [h for h in SearchService(demo).search(last) if h.kind.value == "contact"]
