"""Who is working: a registered person, or a system account the window must not pass off as one."""

from __future__ import annotations

from sqlalchemy import Engine

from gusp_desktop.db.engine import make_session_factory
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.services.accounts import resolve_user
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.demo import FreshDemo


def test_local_login_is_a_person_only_when_registered(
    engine: Engine, ctx: ServiceContext, fresh_demo: FreshDemo
) -> None:
    factory = make_session_factory(engine)
    assert resolve_user(factory, "root", shared=False) == CurrentUser(
        "root", "root", UserRole.COORDINATEUR, registered=False
    )
    fresh_demo(engine)
    claire = resolve_user(factory, "claire", shared=False)
    assert claire.registered and claire.display_name != "claire"
    assert not resolve_user(factory, "root", shared=False).registered
