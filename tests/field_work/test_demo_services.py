"""The demo's field work is written by the services the Terrain tab and ``constats`` use.

So a demo constat carries the history a typed one carries, its photo went through the import's
checks, and its links to actions are the ones the seeds name. Each test runs on SQLite and on
PostgreSQL, where the demo is loaded for real.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import Engine, and_, or_, select

from gusp_desktop.db.models import AuditEvent, ConstatPhoto
from gusp_desktop.demo import field_seed
from gusp_desktop.demo.actions import ACTIONS
from gusp_desktop.demo.clock import DemoClock, shift_for
from gusp_desktop.demo.field_seed import CONSTATS
from gusp_desktop.demo.seed_file import SeedFileError
from gusp_desktop.domain.field_work import ConstatRow, ConstatStatus
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.main import main
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.field_work import ConstatService
from gusp_desktop.services.registry import Services
from tests.field_work.photos import write_jpeg
from tests.fixtures.databases import FIXED_NOW, make_services
from tests.fixtures.demo import FreshDemo


def _by_key(service: ConstatService) -> dict[str, ConstatRow]:
    """The demo's constats by their seed's key (each seed's text is its own)."""
    rows = {r.description: r for r in service.list_constats()}
    return {seed.key: rows[seed.description] for seed in CONSTATS}


def _events(ctx: ServiceContext, constat_id: int) -> list[AuditEvent]:
    """The audit trail of a constat and of its photos, in the order it was written."""
    with ctx.read() as session:
        photos = list(
            session.scalars(select(ConstatPhoto.id).where(ConstatPhoto.constat_id == constat_id))
        )
        query = select(AuditEvent).where(
            or_(
                and_(AuditEvent.entity == "constat", AuditEvent.entity_id == constat_id),
                and_(AuditEvent.entity == "constat_photo", AuditEvent.entity_id.in_(photos)),
            )
        )
        return list(session.scalars(query.order_by(AuditEvent.id)))


def _shape(events: list[AuditEvent]) -> list[tuple[Any, ...]]:
    """What a trail says apart from its values, dates and author: what was done to which
    fields (on a shared server the author is the database login, whatever the tool)."""
    return [(e.entity, e.operation, sorted(json.loads(e.after or "{}"))) for e in events]


def _cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str, *args: str) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    assert main(["--db", url, *args]) == 0


def _typed(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    url: str,
    demo: ConstatRow,
) -> int:
    """The same constat typed with ``constats add``, with a photo file; its id."""
    photo = write_jpeg(tmp_path / f"typed-{demo.id}.jpg", size=(480, 360))
    capsys.readouterr()
    _cli(
        monkeypatch,
        tmp_path,
        url,
        *("constats", "add", "--seance", str(demo.seance_id), "--halte", demo.halte_name),
        *("--text", f"{demo.description} (saisi)", "--theme", demo.theme.value),
        *("--site", demo.site_name, "--place", demo.place, "--photo", str(photo)),
        *("--gravity", demo.gravity.value if demo.gravity else "faible", "--format", "json"),
    )
    return int(json.loads(capsys.readouterr().out)["id"])


def test_a_demo_constat_has_the_history_of_one_typed_with_the_constats_command(
    ctx: ServiceContext,
    db_url: str,
    engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fresh_demo: FreshDemo,
) -> None:
    fresh_demo(engine)
    constats = ConstatService(ctx, make_services(engine, tmp_path, ctx).actions)
    demo = _by_key(constats)
    handled, linked = demo["dem_banc"], demo["dem_ecole"]  # qualified; made into an action
    assert handled.status is ConstatStatus.TRAITE and len(linked.action_numbers) == 1

    typed_handled = _typed(monkeypatch, capsys, tmp_path, db_url, handled)
    _cli(monkeypatch, tmp_path, db_url, "constats", "status", str(typed_handled), "traite",
         "--reason", handled.status_reason)  # fmt: skip
    typed_linked = _typed(monkeypatch, capsys, tmp_path, db_url, linked)
    _cli(monkeypatch, tmp_path, db_url, "constats", "link", str(typed_linked),
         linked.action_numbers[0])  # fmt: skip

    for demo_row, typed_id in ((handled, typed_handled), (linked, typed_linked)):
        written = _events(ctx, demo_row.id)
        assert _shape(written) == _shape(_events(ctx, typed_id))
        assert [e.operation for e in written] == ["create", "create", "update"]
        assert {e.author for e in written} == {"claire"}  # the secretary of the walk's instance
        # …dated when the walk's secretary wrote them, on the evening of the walk and later.
        assert written[0].at.astimezone(PARIS).date() == demo_row.observed_on
        assert [e.at for e in written] == sorted(e.at for e in written)
        assert written[-1].at < FIXED_NOW
    typed = constats.get(typed_linked)
    assert typed.action_numbers == linked.action_numbers
    assert typed.status is linked.status is ConstatStatus.TRANSFORME


def _decoded(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return image.copy()


def _services(engine: Engine, tmp_path: Path, ctx: ServiceContext) -> Services:
    return make_services(engine, tmp_path, ctx)


def test_every_demo_photo_decodes_and_is_attached_to_its_constat_at_its_halte(
    engine: Engine, ctx: ServiceContext, tmp_path: Path, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    field = _services(engine, tmp_path, ctx).field_work
    constats = _by_key(field.constats)
    assert len(field.photos.list_photos()) == len(CONSTATS)
    thumbnails = field.photos.thumbnails([p.id for p in field.photos.list_photos()])
    for key, row in constats.items():
        (photo,) = field.photos.list_photos(constat_id=row.id)
        assert (photo.seance_id, photo.halte_id) == (row.seance_id, row.halte_id), key
        # The position and time were read from the file's EXIF, as from a phone's photo.
        assert photo.latitude == pytest.approx(row.latitude, abs=1e-6), key
        assert photo.longitude == pytest.approx(row.longitude, abs=1e-6), key
        arrived = field.parcours.halte(row.halte_id or 0).arrives_at
        assert arrived is not None and photo.taken_at is not None
        assert arrived < photo.taken_at < arrived + dt.timedelta(minutes=15), key
        image = _decoded(field.photos.image(photo.id))
        assert image.size == (photo.width, photo.height) == (480, 360), key
        assert not image.getexif(), key  # the import kept the pixels only
        assert max(_decoded(thumbnails[photo.id]).size) <= 320, key


def test_demo_constats_are_linked_to_the_actions_their_seeds_name(
    engine: Engine, ctx: ServiceContext, tmp_path: Path, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    services = _services(engine, tmp_path, ctx)
    clock = DemoClock(shift_for(FIXED_NOW.date()))
    expected: dict[str, set[str]] = {seed.key: set() for seed in CONSTATS}
    for seed in ACTIONS:
        if seed.origin.startswith("constat:"):
            expected[seed.origin.removeprefix("constat:")].add(clock.number(seed.quartier, seed.n))
    assert sum(len(numbers) for numbers in expected.values()) == 10

    statuses = {seed.key: seed.status for seed in CONSTATS}
    demo = _by_key(services.field_work.constats)
    # No one admits to managing the butte: the gestionnaire the form proposed was taken off.
    assert demo["dem_butte"].gestionnaire_id is None
    assert demo["dem_ecole"].gestionnaire_id is not None
    for key, row in demo.items():
        assert set(row.action_numbers) == expected[key], key
        wanted = ConstatStatus.TRANSFORME if expected[key] else statuses[key]
        assert row.status is wanted, key
        for number in expected[key]:
            action = services.actions.get_by_number(number)
            assert [o.id for o in action.origin_constats] == [row.id], number


def test_a_misspelt_field_work_entry_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The walks and constats are data (``field.json``): a typo names itself."""
    walk = {"seance": "w", "objectives": "", "haltes": [
        {"name": "A", "site": None, "latitude": 50.0, "longitude": 3.0, "minutes": 0}
    ]}  # fmt: skip
    constat = {"key": "c", "seance": "w", "halte": 1, "quartier": "HM", "site": None,
               "place": "", "theme": "proprete", "description": "Sacs au sol."}  # fmt: skip
    monkeypatch.setattr("importlib.resources.files", lambda _package: tmp_path)
    for wrong, why in (
        ({**constat, "gravite": "forte"}, "clé inconnue « gravite »"),
        ({**constat, "theme": "proprété"}, "valeur inconnue « proprété »"),
        ({**constat, "site": "tisserand"}, "« tisserand » ne désigne rien"),
        ({**constat, "halte": 2}, "pas de halte 2"),
    ):
        data = {"walks": [walk], "constats": [constat, {**wrong, "key": "d"}]}
        (tmp_path / "field.json").write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(SeedFileError, match=f"field.json, « constats » n° 2.*{why}"):
            field_seed._read()
    (tmp_path / "field.json").write_text(
        json.dumps({"walks": [walk], "constats": [constat]}), encoding="utf-8"
    )
    assert field_seed._read()[1][0].key == "c"
