"""Loader step for field work: routes, haltes, constats with generated photos, action links.

The photos are drawn here (a coloured scene), small, so loading the demo stays quick while
every screen and report has pictures to show.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io

from PIL import Image, ImageDraw
from sqlalchemy import insert, select

from gusp_desktop.db.models import (
    Action,
    Constat,
    ConstatPhoto,
    ConstatPhotoData,
    Halte,
    Parcours,
    Seance,
    constat_action,
)
from gusp_desktop.demo.clock import Refs, stamp
from gusp_desktop.demo.field_seed import EARLIER, EXTRA, HALTES, OBJECTIVES
from gusp_desktop.domain.enums import ConstatSource, InstanceType, Theme
from gusp_desktop.domain.field_work import ConstatStatus
from gusp_desktop.domain.timezone import PARIS

_SIZE = (480, 360)
_COLOURS = {
    Theme.PROPRETE: (112, 128, 90),
    Theme.TRANQUILLITE: (70, 80, 120),
    Theme.ECLAIRAGE: (40, 40, 70),
    Theme.STATIONNEMENT: (120, 120, 125),
    Theme.ESPACES_VERTS: (60, 140, 70),
    Theme.BATI: (150, 110, 90),
    Theme.ACCESSIBILITE: (170, 150, 110),
    Theme.EQUIPEMENTS: (130, 100, 140),
}


def load_field_work(refs: Refs) -> int:
    """Everything the walks recorded; returns the number of constats of the demo."""
    haltes = _routes(refs)
    for key, constat in refs.constats.items():
        position, gravity, preconisation = EARLIER[key]
        halte = haltes[(_seance_key(refs, constat.seance_id), position)]
        constat.halte_id = halte.id
        constat.latitude, constat.longitude = halte.latitude, halte.longitude
        constat.gravity = gravity
        constat.preconisation = preconisation
        constat.gestionnaire_id = _manager(refs, constat.site_id)
    _extra_constats(refs, haltes)
    refs.session.flush()
    _link_actions(refs)
    photos = [(_photo(refs, c, haltes), c) for c in refs.constats.values()]
    refs.session.add_all(p for (p, _data), _c in photos)
    refs.session.flush()
    refs.session.add_all(
        ConstatPhotoData(photo_id=photo.id, image=data, thumbnail=_thumbnail(data))
        for (photo, data), _c in photos
    )
    refs.session.flush()
    return len(refs.constats)


def _seance_key(refs: Refs, seance_id: int | None) -> str:
    return next(k for k, s in refs.seances.items() if s.id == seance_id)


def _manager(refs: Refs, site_id: int | None) -> int | None:
    site = next((s for s in refs.sites.values() if s.id == site_id), None)
    return site.gestionnaire_id if site else None


def _routes(refs: Refs) -> dict[tuple[str, int], Halte]:
    haltes: dict[tuple[str, int], Halte] = {}
    for key, objectives in OBJECTIVES.items():
        seance = refs.seances[key]
        parcours = Parcours(seance_id=seance.id, objectives=objectives)
        stamp(refs.uow, parcours, seance.starts_at - dt.timedelta(days=10))
        refs.session.add(parcours)
    for seed in HALTES:
        seance = refs.seances[seed.seance]
        position = 1 + sum(1 for k in haltes if k[0] == seed.seance)
        halte = Halte(
            seance_id=seance.id,
            position=position,
            name=seed.name,
            site_id=refs.sites[seed.site].id if seed.site else None,
            address=refs.sites[seed.site].address if seed.site else "",
            latitude=seed.latitude,
            longitude=seed.longitude,
            arrives_at=seance.starts_at + dt.timedelta(minutes=seed.minutes),
            notes="",
        )
        stamp(refs.uow, halte, seance.starts_at - dt.timedelta(days=10))
        refs.session.add(halte)
        haltes[(seed.seance, position)] = halte
    refs.session.flush()
    return haltes


def _extra_constats(refs: Refs, haltes: dict[tuple[str, int], Halte]) -> None:
    for seed in EXTRA:
        seance: Seance = refs.seances[seed.seance]
        halte = haltes[(seed.seance, seed.halte)]
        site = refs.sites[seed.site] if seed.site else None
        walk = seance.instance.type is InstanceType.DEM
        constat = Constat(
            quartier_id=site.quartier_id if site else refs.quartiers["HM"].id,
            site_id=site.id if site else None,
            seance_id=seance.id,
            source=ConstatSource.DEM if walk else ConstatSource.MARCHE,
            observed_on=seance.starts_at.astimezone(PARIS).date(),
            place=halte.name,
            theme=seed.theme,
            description=seed.description,
            halte_id=halte.id,
            latitude=halte.latitude,
            longitude=halte.longitude,
            positive=seed.positive,
            gravity=seed.gravity,
            gestionnaire_id=site.gestionnaire_id if site else None,
            preconisation=seed.preconisation,
            resident_words=seed.residents,
            status=seed.status,
            status_reason=seed.reason,
        )
        stamp(refs.uow, constat, seance.starts_at + dt.timedelta(hours=3))
        refs.session.add(constat)
        refs.constats[seed.key] = constat


def _link_actions(refs: Refs) -> None:
    """Actions born from a constat are linked to it, and the constat marked transformed."""
    by_id = {c.id: c for c in refs.constats.values()}
    rows = refs.session.execute(
        select(Action.id, Action.origin_constat_id).where(Action.origin_constat_id.is_not(None))
    )
    for action_id, constat_id in rows:
        assert constat_id is not None
        refs.session.execute(
            insert(constat_action).values(constat_id=constat_id, action_id=action_id)
        )
        by_id[constat_id].status = ConstatStatus.TRANSFORME


def _photo(
    refs: Refs, constat: Constat, haltes: dict[tuple[str, int], Halte]
) -> tuple[ConstatPhoto, bytes]:
    data = _jpeg(_drawing(constat))
    seance = next(s for s in refs.seances.values() if s.id == constat.seance_id)
    halte = next((h for h in haltes.values() if h.id == constat.halte_id), None)
    taken_at = (halte.arrives_at if halte and halte.arrives_at else seance.starts_at) + (
        dt.timedelta(minutes=5 + constat.id % 10)
    )
    photo = ConstatPhoto(
        seance_id=constat.seance_id,
        constat_id=constat.id,
        halte_id=constat.halte_id,
        filename=f"IMG_{constat.id:04d}.jpg",
        sha256=hashlib.sha256(data).hexdigest(),
        taken_at=taken_at,
        latitude=constat.latitude,
        longitude=constat.longitude,
        width=_SIZE[0],
        height=_SIZE[1],
        byte_size=len(data),
    )
    stamp(refs.uow, photo, seance.starts_at + dt.timedelta(hours=3))
    return photo, data


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _thumbnail(data: bytes) -> bytes:
    """Half size: the decoder's own reduction, the quickest there is."""
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (_SIZE[0] // 2, _SIZE[1] // 2))
        return _jpeg(image.convert("RGB"))


def _drawing(constat: Constat) -> Image.Image:
    """A small picture: sky, ground, a building or a tree, and the constat as caption."""
    colour = _COLOURS.get(constat.theme, (100, 100, 100))
    width, height = _SIZE
    image = Image.new("RGB", _SIZE, (150 + constat.id % 60, 185, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 5 // 8, width, height], fill=colour)
    left = 40 + (constat.id * 37) % (width // 2)
    if constat.theme is Theme.ESPACES_VERTS:
        draw.ellipse([left, 90, left + 140, 230], fill=(40, 110, 50))
    else:
        draw.rectangle([left, 70, left + 150, 225], fill=(205, 195, 180), outline=(60, 60, 60))
        for row in range(4):
            for col in range(3):
                x, y = left + 15 + col * 45, 85 + row * 34
                draw.rectangle([x, y, x + 26, y + 19], fill=(90, 110, 140))
    return image
