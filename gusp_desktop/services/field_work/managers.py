"""Who to propose as a constat's gestionnaire: the site's, unless the theme says otherwise."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Organisation, Quartier, Site
from gusp_desktop.domain.enums import OrganisationType, Theme
from gusp_desktop.domain.field_work import manager_type


def proposed_manager(
    session: Session, quartier_id: int, site_id: int | None, theme: Theme
) -> int | None:
    """The site's gestionnaire, unless the theme points at another kind of organisation."""
    site = session.get(Site, site_id) if site_id else None
    site_manager = (
        session.get(Organisation, site.gestionnaire_id) if site and site.gestionnaire_id else None
    )
    wanted = manager_type(theme, site_manager.type if site_manager else None)
    if wanted is None:
        return site_manager.id if site_manager else None
    if site_manager is not None and site_manager.type is wanted:
        return site_manager.id
    return _organisation_of_type(session, quartier_id, wanted)


def _organisation_of_type(
    session: Session, quartier_id: int, wanted: OrganisationType
) -> int | None:
    """An organisation of that type, the quartier's commune first (its name is in theirs)."""
    quartier = session.get(Quartier, quartier_id)
    candidates = list(
        session.scalars(
            select(Organisation).where(Organisation.type == wanted).order_by(Organisation.id)
        )
    )
    communes = [c.strip().casefold() for c in (quartier.communes if quartier else "").split(",")]
    for organisation in candidates:
        if any(c and c in organisation.name.casefold() for c in communes):
            return organisation.id
    return candidates[0].id if candidates else None
