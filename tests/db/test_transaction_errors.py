"""A database failure that is not a user error leaves the service call as it was raised."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from gusp_desktop.db.engine import make_engine
from tests.fixtures.databases import make_context


@pytest.mark.postgres
def test_an_unknown_database_error_keeps_its_own_traceback(pg_database: str) -> None:
    engine = make_engine(pg_database)
    context = make_context(engine)
    try:
        with pytest.raises(DBAPIError) as raised, context.write() as uow:
            uow.session.execute(text("SELECT 1 / 0"))
        with pytest.raises(DBAPIError) as read, context.read() as session:
            session.execute(text("SELECT 1 / 0"))
    finally:
        engine.dispose()
    for error in (raised.value, read.value):
        assert error.__cause__ is not error  # never chained to itself
        assert "division by zero" in str(error.orig)
