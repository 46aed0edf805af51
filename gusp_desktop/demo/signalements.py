"""Demo signalements: thirty dysfunctions reported from January to June, routed and followed.

The last ones arrive a few days before the demo's today (15/06), so that the week-rounded
shift of the calendar never puts a reception in the future.

Mixed channels (a gardien's call, an e-mail, the city's application, the police's main
courante), every status, some late, some that became or joined an action of the demo plan.
They go through the signalements services, at their own moments, in the demo's transaction;
reporters are fictional residents (or Rose Delattre, conseillère citoyenne, from the directory).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gusp_desktop.demo.clock import Refs
from gusp_desktop.demo.site_positions import position_near
from gusp_desktop.demo.steps import Steps
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.signalements import (
    SOURCE_MANUAL,
    SOURCE_OPEN311,
    Channel,
    ReporterData,
    RouteData,
    SignalementData,
)
from gusp_desktop.domain.signalements import SignalementStatus as St
from gusp_desktop.services.signalements.settings import DEFAULT_CATEGORIES

# (category code or None, theme or None, gestionnaire or None) → responsible organisation.
ROUTES = (
    ("EPAVE", None, None, "PM"),
    ("STATIONNEMENT", None, None, "PM"),
    ("TRANQUILLITE", None, None, "PM"),
    ("TRANQUILLITE", None, "MH", "TUM"),
    ("ENCOMBRANTS", None, "VM", "SD"),
    ("ENCOMBRANTS", None, "VH", "SD"),
    ("ENCOMBRANTS", None, "VSA", "SD"),
    (None, Theme.ESPACES_VERTS, "CAMA", "CAMA"),
)
# The city of Marvelin's citizen-request application (Open311 service codes).
SERVICE_CODES = (("MRV-ENC", "ENCOMBRANTS"), ("MRV-ECL", "ECLAIRAGE"), ("MRV-VOI", "VOIRIE"))
_C = Channel
_T = _C.TELEPHONE
_G = _C.GARDIEN
_A = _C.APPLICATION
_M = _C.COURRIEL


@dataclass(frozen=True)
class Step:
    """A status reached on a day (« dd/mm » of the demo year, 10:00)."""

    status: St
    day: str
    reason: str = ""


@dataclass(frozen=True)
class SignalementSeed:
    """One demo signalement; ``action`` is the n° of a demo plan line (quartier, n)."""

    day: str
    time: str
    channel: Channel
    category: str
    site: str
    text: str
    steps: tuple[Step, ...] = ()
    action: tuple[str, int] | None = None
    reporter: str = ""
    contact: str = ""
    external: str = ""


def _s(status: St, day: str, reason: str = "") -> Step:
    return Step(status, day, reason)


# fmt: off
SIGNALEMENTS: tuple[SignalementSeed, ...] = (
    SignalementSeed("08/01", "08:40", _G, "ENCOMBRANTS", "tour_c",
                    "Canapé et matelas au pied de la tour C.",
                    (_s(St.TRANSMIS, "08/01"), _s(St.TRAITE, "13/01")), ("HM", 1)),
    SignalementSeed("14/01", "17:10", _T, "ASCENSEUR", "tour_a",
                    "Ascenseur de la tour A bloqué, une locataire âgée coincée au 9e.",
                    (_s(St.TRANSMIS, "14/01"), _s(St.PRIS_EN_CHARGE, "14/01"),
                     _s(St.TRAITE, "15/01")), ("HM", 37), reporter="Mme Josiane Carpentier"),
    SignalementSeed("21/01", "10:05", _A, "ECLAIRAGE", "filatures",
                    "Trois candélabres éteints rue des Filatures.",
                    (_s(St.TRANSMIS, "22/01"), _s(St.TRAITE, "19/02")), ("HM", 21),
                    external="MRV-2025-00112"),
    SignalementSeed("29/01", "09:30", _M, "TAGS", "aubepines",
                    "Tags injurieux dans le hall de la tour B.",
                    (_s(St.TRANSMIS, "29/01"), _s(St.TRAITE, "31/01")), ("HM", 39)),
    SignalementSeed("05/02", "14:00", _C.MAIN_COURANTE, "TRANQUILLITE", "parking_nord",
                    "Rodéos de motos sur le parking nord, plusieurs soirs de suite.",
                    (_s(St.TRANSMIS, "05/02"), _s(St.PRIS_EN_CHARGE, "06/02"),
                     _s(St.TRAITE, "20/02")), ("HM", 15)),
    SignalementSeed("12/02", "11:20", _T, "EPAVE", "parking_nord",
                    "Véhicule sans plaques depuis un mois.",
                    (_s(St.TRANSMIS, "12/02"), _s(St.PRIS_EN_CHARGE, "20/02"),
                     _s(St.TRAITE, "25/03")), ("HM", 25)),
    SignalementSeed("19/02", "16:45", _G, "PARTIES-COMMUNES", "barre_b",
                    "Boîtes aux lettres forcées, barre B.",
                    (_s(St.TRANSMIS, "19/02"), _s(St.PRIS_EN_CHARGE, "03/03"),
                     _s(St.TRAITE, "28/03")), ("PR", 40)),
    SignalementSeed("26/02", "08:15", _A, "ENCOMBRANTS", "tisserands",
                    "Sacs et cartons autour des bornes du square.",
                    (_s(St.TRANSMIS, "26/02"), _s(St.TRAITE, "28/02")), ("HM", 2),
                    external="MRV-2025-00187"),
    SignalementSeed("04/03", "10:00", _C.REUNION, "VOIRIE", "beffroi",
                    "Nids-de-poule dangereux devant les tours C et D (COTECH).",
                    (_s(St.TRANSMIS, "06/03"), _s(St.PRIS_EN_CHARGE, "20/03")), ("HM", 28)),
    SignalementSeed("11/03", "18:30", _T, "TRANQUILLITE", "barre_a",
                    "Musique forte toutes les nuits au 2e étage.",
                    (_s(St.TRANSMIS, "12/03"), _s(St.TRAITE, "02/04")), ("PR", 16),
                    reporter="M. Ahmed Benali"),
    SignalementSeed("18/03", "09:10", _M, "ESPACES-VERTS", "tisserands",
                    "Jeu à ressort cassé, arête coupante.",
                    (_s(St.TRANSMIS, "18/03"), _s(St.PRIS_EN_CHARGE, "25/03")), ("HM", 31),
                    contact="delattre"),
    SignalementSeed("25/03", "15:00", _A, "ECLAIRAGE", "parking_sud",
                    "Parking sud plongé dans le noir.",
                    (_s(St.TRANSMIS, "26/03"), _s(St.TRAITE, "09/04")), ("HM", 24),
                    external="MRV-2025-00301"),
    SignalementSeed("02/04", "07:50", _G, "ENCOMBRANTS", "tour_c",
                    "Nouveau dépôt d'encombrants, pied de tour C.",
                    (_s(St.TRANSMIS, "02/04"), _s(St.TRAITE, "04/04")), ("HM", 1)),
    SignalementSeed("08/04", "13:30", _T, "PROPRETE", "place",
                    "Corbeilles de la place centrale pleines le lundi.",
                    (_s(St.TRANSMIS, "08/04"), _s(St.TRAITE, "22/04")), ("CO", 8)),
    SignalementSeed("15/04", "10:40", _M, "STATIONNEMENT", "rue_forges",
                    "Voitures garées sur le trottoir devant l'école.",
                    (_s(St.TRANSMIS, "16/04"),), ("PR", 29)),
    SignalementSeed("22/04", "19:05", _A, "VOIRIE", "vignes",
                    "Gravats sur le chemin des Vignes.",
                    (_s(St.REJETE, "24/04", "Doublon du signalement du conseil citoyen, déjà "
                      "traité par l'action CO-009."),), external="MRV-2025-00388"),
    SignalementSeed("29/04", "08:20", _G, "ASCENSEUR", "tour_a",
                    "Ascenseur tour A en panne (3e fois du mois).",
                    (_s(St.TRANSMIS, "29/04"), _s(St.PRIS_EN_CHARGE, "29/04"),
                     _s(St.TRAITE, "02/05")), ("HM", 37)),
    SignalementSeed("06/05", "16:00", _T, "PARTIES-COMMUNES", "barre_c",
                    "Infiltration d'eau dans la cage d'escalier, barre C.",
                    (_s(St.TRANSMIS, "06/05"), _s(St.PRIS_EN_CHARGE, "15/05")), ("PR", 41),
                    reporter="Mme Sylvie Wattrelot"),
    SignalementSeed("13/05", "11:00", _C.MAIN_COURANTE, "TRANQUILLITE", "tour_d",
                    "Occupation du hall de la tour D le soir.",
                    (_s(St.TRANSMIS, "13/05"), _s(St.PRIS_EN_CHARGE, "14/05"))),
    SignalementSeed("20/05", "09:45", _A, "ENCOMBRANTS", "rue_forges",
                    "Dépôt sauvage de pneus rue des Forges.",
                    (_s(St.TRANSMIS, "21/05"),), external="MRV-2025-00455"),
    SignalementSeed("26/05", "14:10", _M, "ESPACES-VERTS", "talus",
                    "Herbes hautes sur le talus, vue masquée au carrefour.",
                    (_s(St.TRANSMIS, "27/05"),), ("CO", 34)),
    SignalementSeed("28/05", "10:30", _T, "TAGS", "res_coteaux",
                    "Tags dans la cage d'escalier n° 4.",
                    (_s(St.TRANSMIS, "28/05"), _s(St.TRAITE, "06/06"))),
    SignalementSeed("02/06", "08:00", _G, "ECLAIRAGE", "barre_c",
                    "Coursive du 3e sans lumière, barre C.", (_s(St.TRANSMIS, "02/06"),),
                    ("PR", 23)),
    SignalementSeed("03/06", "17:20", _T, "STATIONNEMENT", "mairie_annexe",
                    "Place PMR de la mairie annexe occupée en permanence.",
                    (_s(St.REJETE, "05/06", "Relève du pouvoir de police du maire : transmis "
                      "au service concerné hors GUSP."),)),
    SignalementSeed("05/06", "12:00", _A, "ECLAIRAGE", "cheminement",
                    "Cheminement piéton du chantier non éclairé.", (),
                    external="MRV-2025-00512"),
    SignalementSeed("09/06", "09:00", _G, "ASCENSEUR", "tour_b",
                    "Ascenseur tour B arrêté, porte palière bloquée.",
                    (_s(St.TRANSMIS, "09/06"),)),
    SignalementSeed("10/06", "15:30", _M, "EPAVE", "parking_sud",
                    "Camionnette ventouse au parking sud.", ()),
    SignalementSeed("07/06", "18:00", _C.REUNION, "PROPRETE", "coeur_cite",
                    "Déchets verts abandonnés près des jardins (réunion de l'amicale).",
                    (), reporter="Amicale des locataires du Pré-Rolland"),
    SignalementSeed("08/06", "10:15", _T, "ENCOMBRANTS", "res_filatures",
                    "Électroménager devant le local poubelles, 27 rue des Filatures.", ()),
    SignalementSeed("11/06", "11:40", _A, "VOIRIE", "rue_haute",
                    "Affaissement de chaussée devant l'aire de jeux.", (),
                    external="MRV-2025-00540"),
)
# fmt: on


def load_signalements(refs: Refs, steps: Steps, setup: dt.datetime) -> int:
    """Categories, routes and Open311 codes set up at ``setup``, then each signalement received,
    moved along and tied to its action at its own moment, through the signalements services;
    returns how many."""
    steps.at(setup, steps.loading_user)
    settings = steps.signalement_settings
    categories = {d.code: settings.save_category(d).value.id for d in DEFAULT_CATEGORIES}
    for category_code, theme, gestionnaire, organisation in ROUTES:
        settings.add_route(
            RouteData(
                organisation_id=refs.orgs[organisation].id,
                category_id=categories[category_code] if category_code else None,
                theme=theme,
                gestionnaire_id=refs.orgs[gestionnaire].id if gestionnaire else None,
            )
        )
    for code, category_code in SERVICE_CODES:
        settings.map_service_code(code, category_code)
    for index, seed in enumerate(SIGNALEMENTS):
        _signalement(refs, steps, seed, categories[seed.category], index)
    return len(SIGNALEMENTS)


def _signalement(
    refs: Refs, steps: Steps, seed: SignalementSeed, category_id: int, index: int
) -> None:
    """One signalement as the window records it, then its later moves on their own days."""
    clock, service = refs.clock, steps.signalements
    site = refs.sites[seed.site]
    latitude, longitude = position_near(seed.site, index)
    reporter = ReporterData(name=seed.reporter)
    if seed.contact:
        reporter = ReporterData(contact_id=refs.contacts[seed.contact].id)
    received = min(clock.at(clock.day(seed.day), seed.time), steps.started)
    steps.at(received)
    row = service.add(
        SignalementData(
            received_at=received,
            channel=seed.channel,
            category_id=category_id,
            quartier_id=site.quartier_id,
            site_id=site.id,
            address=site.address,
            latitude=latitude,
            longitude=longitude,
            description=seed.text,
            reporter=reporter,
        ),
        source=SOURCE_OPEN311 if seed.external else SOURCE_MANUAL,
        external_id=seed.external,
    ).value
    for step in seed.steps:
        steps.at(min(max(clock.at(clock.day(step.day), "10:00"), received), steps.started))
        service.change_status(row.id, step.status, step.reason)
    if seed.action is not None:
        service.attach_action(row.id, clock.number(*seed.action))
