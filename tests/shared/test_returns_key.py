"""The key signing exported tableaux de suivi on a shared server: created on first use by any
application role through the owner's function, never written nor read by other logins."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import Engine

from gusp_desktop.domain.enums import UserRole
from gusp_desktop.services.returns.key import returns_key
from tests.fixtures.databases import PG_ADMIN_DSN
from tests.shared.conftest import Roles
from tests.shared.helpers import Seed
from tests.shared.test_roles import as_login, context_for, grant, raw

pytestmark = pytest.mark.postgres
__all__ = ["as_login"]  # the fixture, shared with the role tests


@pytest.fixture
def outsider(roles: Roles) -> str:
    """A login of the server that belongs to none of this database's groups."""
    name = f"{roles.prefix}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN')
    roles.logins.append(name)
    return name


def test_a_lecteur_creates_the_key_others_cannot_read_it(
    admin_engine: Engine, seed: Seed, roles: Roles, as_login: list[Engine], outsider: str
) -> None:
    lecteur = grant(admin_engine, roles, "lea", UserRole.LECTEUR)
    coordinator = grant(admin_engine, roles, "claire", UserRole.COORDINATEUR)
    key = returns_key(context_for(roles, lecteur, as_login))
    assert len(key) == 32
    assert returns_key(context_for(roles, coordinator, as_login)) == key
    with raw(roles, lecteur) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE app_setting SET value = 'x' WHERE key = 'returns.hmac_key'")
        with pytest.raises(psycopg.errors.RaiseException):
            conn.execute("SELECT gusp_returns_key('pas-une-cle')")
    with raw(roles, outsider) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT value FROM app_setting")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT gusp_returns_key(%s)", ("0" * 64,))
