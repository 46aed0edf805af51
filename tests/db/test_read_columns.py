"""Reads of plain columns: a connection of the engine, or a session of a factory bound elsewhere.

A list reads through ``ServiceContext.read_columns()``: with the engine's own sessions it is a
connection (no ORM session, so a command that only lists never imports the ORM); inside the
demo's load, whose sessions share one transaction, it must be a session of that transaction,
or the list would not see what the load wrote.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from gusp_desktop.db.models import Quartier
from gusp_desktop.db.tables import quartier
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.databases import make_context


def _count(reader: Connection | Session) -> int:
    return int(reader.scalar(select(func.count()).select_from(quartier)) or 0)


def test_the_engine_s_context_reads_columns_through_a_connection(engine: Engine) -> None:
    ctx = make_context(engine)
    with ctx.session_factory.begin() as session:
        session.add(Quartier(code="HM", name="Les Hauts-de-Marve"))
    with ctx.read_columns() as reader:
        assert isinstance(reader, Connection)
        assert reader.scalar(select(quartier.c.name).where(quartier.c.code == "HM")) == (
            "Les Hauts-de-Marve"
        )


def test_a_context_inside_one_transaction_reads_what_it_wrote(engine: Engine) -> None:
    with engine.connect() as connection:
        transaction = connection.begin()
        factory = sessionmaker(
            bind=connection, expire_on_commit=False, join_transaction_mode="rollback_only"
        )
        ctx = ServiceContext(session_factory=factory, user=make_context(engine).user)
        with factory.begin() as session:
            session.add(Quartier(code="PR", name="Le Pré-Rolland"))
        with ctx.read_columns() as reader:
            assert isinstance(reader, Session)
            assert _count(reader) == 1
        transaction.rollback()
    with make_context(engine).read_columns() as reader:
        assert _count(reader) == 0
