"""Loader step for field work: the walks' routes, their constats with a photo each, and what
became of the constats handled without an action.

Everything goes through the services the Terrain tab and the ``constats`` command use, at the
demo's moments and by the secretary of the walk's instance: the route ten days before the
walk, the constats on the evening of the walk, their qualification the week after. The actions
made from constats link them later, with the plan (:mod:`gusp_desktop.demo.plan_loader`).

The photos are drawn here (a coloured scene), small, so loading the demo stays quick while
every screen and report has pictures to show. Each is saved as the JPEG a phone would leave,
with the time and position of its halte, in a temporary folder removed afterwards, and
imported with its constat as the form imports a chosen file, every check included.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import select

from gusp_desktop.db.models import Constat, Membership, Seance, User
from gusp_desktop.demo.clock import Refs
from gusp_desktop.demo.field_seed import CONSTATS, WALKS, ConstatSeed, WalkSeed
from gusp_desktop.demo.steps import Steps
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.enums import MemberRole, Theme
from gusp_desktop.domain.field_work import ConstatDraft, ConstatStatus, HalteDraft, HalteRow
from gusp_desktop.domain.timezone import PARIS

_PREPARED = dt.timedelta(days=10)  # the route, before the walk
_WRITTEN_UP = dt.timedelta(hours=3)  # the constats, after the start of the walk
_QUALIFIED = dt.timedelta(days=7)  # the constats handled without an action
_SIZE = (480, 360)
_QUALITY = 80
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATETIME_ORIGINAL = 36867
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


@dataclass(frozen=True)
class _Walk:
    """A walk as its constats need it: the séance, who keeps it, its haltes in route order."""

    seance: Seance
    secretary: CurrentUser
    haltes: list[HalteRow]


def load_field_work(refs: Refs, steps: Steps) -> None:
    """Routes, then constats with their photo, then the qualified ones; ``refs.constats`` is
    filled for the plan, whose actions name the constats they were made from."""
    walks = {seed.seance: _route(refs, steps, seed) for seed in WALKS}
    ids: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="gusp-demo-") as folder:
        for number, seed in enumerate(CONSTATS, start=1):
            photo = Path(folder) / f"IMG_{number:04d}.jpg"
            ids[seed.key] = _constat(refs, steps, seed, walks[seed.seance], photo, number)
    for seed in CONSTATS:
        if seed.status is not ConstatStatus.A_QUALIFIER:
            walk = walks[seed.seance]
            steps.at(min(walk.seance.starts_at + _QUALIFIED, steps.started), walk.secretary)
            steps.constats.set_status(ids[seed.key], seed.status, seed.status_reason)
    rows = refs.session.scalars(select(Constat).where(Constat.id.in_(ids.values())))
    by_id = {row.id: row for row in rows}
    refs.constats.update({key: by_id[constat_id] for key, constat_id in ids.items()})


def _secretary(refs: Refs, steps: Steps, seance: Seance) -> CurrentUser:
    """The account of the walk's instance's secretary, who keeps its route and constats
    (the loading user when the secretary has none)."""
    user = refs.session.scalar(
        select(User)
        .join(Membership, Membership.contact_id == User.contact_id)
        .where(
            Membership.instance_id == seance.instance_id,
            Membership.role == MemberRole.SECRETAIRE,
            User.active.is_(True),
        )
        .order_by(User.id)
        .limit(1)
    )
    if user is None:
        return steps.loading_user
    return CurrentUser(user.username, user.display_name, user.role)


def _route(refs: Refs, steps: Steps, seed: WalkSeed) -> _Walk:
    """The walk's objectives and haltes, as the route editor writes them."""
    seance = refs.seances[seed.seance]
    walk = _Walk(seance, _secretary(refs, steps, seance), [])
    steps.at(seance.starts_at - _PREPARED, walk.secretary)
    steps.parcours.set_objectives(seance.id, seed.objectives)
    for halte in seed.haltes:
        site = refs.sites[halte.site] if halte.site else None
        draft = HalteDraft(
            name=halte.name,
            site_id=site.id if site else None,
            address=site.address if site else "",
            latitude=halte.latitude,
            longitude=halte.longitude,
            arrives_at=seance.starts_at + dt.timedelta(minutes=halte.minutes),
        )
        walk.haltes.append(steps.parcours.add_halte(seance.id, draft).value)
    return walk


def _constat(
    refs: Refs, steps: Steps, seed: ConstatSeed, walk: _Walk, photo: Path, number: int
) -> int:
    """One constat at its halte with its photo, as ``constats add --photo`` records it."""
    halte = walk.haltes[seed.halte - 1]
    taken_at = (halte.arrives_at or walk.seance.starts_at) + dt.timedelta(minutes=5 + number % 10)
    _drawing(seed.theme, number).save(
        photo, "JPEG", quality=_QUALITY, exif=_exif(taken_at, halte.latitude, halte.longitude)
    )
    site = refs.sites[seed.site] if seed.site else None
    draft = ConstatDraft(
        quartier_id=refs.quartiers[seed.quartier].id,
        theme=seed.theme,
        description=seed.description,
        seance_id=walk.seance.id,
        halte_id=halte.id,
        site_id=site.id if site else None,
        place=seed.place,
        latitude=halte.latitude,
        longitude=halte.longitude,
        positive=seed.positive,
        gravity=seed.gravity,
        gestionnaire_id=site.gestionnaire_id if site else None,
        preconisation=seed.preconisation,
        resident_words=seed.resident_words,
    )
    steps.at(walk.seance.starts_at + _WRITTEN_UP, walk.secretary)
    created = steps.constats.create(draft, photos=[photo]).value
    if site is not None and site.gestionnaire_id is None and created.gestionnaire_id is not None:
        # Nobody admits to managing the site: the secretary takes the proposed one off.
        steps.constats.update(created.id, draft, created.version)
    return created.id


def _exif(taken_at: dt.datetime, latitude: float | None, longitude: float | None) -> Image.Exif:
    """What a phone writes that the import reads: the local time and the position."""
    exif = Image.Exif()
    local = taken_at.astimezone(PARIS)
    exif.get_ifd(_EXIF_IFD)[_DATETIME_ORIGINAL] = local.strftime("%Y:%m:%d %H:%M:%S")
    if latitude is not None and longitude is not None:
        gps = exif.get_ifd(_GPS_IFD)
        gps[1], gps[2] = "N" if latitude >= 0 else "S", _dms(latitude)
        gps[3], gps[4] = "E" if longitude >= 0 else "W", _dms(longitude)
    return exif


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    """Degrees, minutes and seconds (to the ten-thousandth) as EXIF keeps a coordinate."""
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = Fraction(round(((value - degrees) * 60 - minutes) * 60 * 10_000), 10_000)
    return Fraction(degrees), Fraction(minutes), seconds


def _drawing(theme: Theme, number: int) -> Image.Image:
    """A small picture: sky, ground, a building or a tree."""
    colour = _COLOURS.get(theme, (100, 100, 100))
    width, height = _SIZE
    image = Image.new("RGB", _SIZE, (150 + number % 60, 185, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 5 // 8, width, height], fill=colour)
    left = 40 + (number * 37) % (width // 2)
    if theme is Theme.ESPACES_VERTS:
        draw.ellipse([left, 90, left + 140, 230], fill=(40, 110, 50))
    else:
        draw.rectangle([left, 70, left + 150, 225], fill=(205, 195, 180), outline=(60, 60, 60))
        for row in range(4):
            for col in range(3):
                x, y = left + 15 + col * 45, 85 + row * 34
                draw.rectangle([x, y, x + 26, y + 19], fill=(90, 110, 140))
    return image
