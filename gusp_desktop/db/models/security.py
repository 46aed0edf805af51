"""Settings of a database, who may read each restricted instance, and retention rules.

``app_setting`` holds values that belong to one database rather than to one computer (its
identifier, which names its server group roles). ``instance_login`` lists, per instance, the
server logins allowed to read its restricted content: a login name and an instance id, nothing
else, so any layer (the server's row-level security, the application's redaction) can read it
with one plain query. ``retention_rule`` says how long the notes of each type of instance are
kept before being purged or anonymised.
"""

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gusp_desktop.db import tables
from gusp_desktop.db.base import Base, EnumText, Tracked
from gusp_desktop.domain.enums import InstanceType
from gusp_desktop.domain.vocabularies import RetentionMethod

# Settings that name this very database (its server group roles): never copied to another one.
DATABASE_OWN_KEYS = frozenset({"database.role_prefix"})


class AppSetting(Base):
    """One named value kept in the database itself."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class InstanceLogin(Base):
    """A server login allowed to read the restricted content of one instance."""

    __table__ = tables.instance_login
    __tablename__ = tables.instance_login.name

    login: Mapped[str]
    instance_id: Mapped[int]
    granted_at: Mapped[dt.datetime]
    granted_by: Mapped[str]


class RetentionRule(Tracked, Base):
    """How long the notes of one type of instance are kept, and what happens after."""

    __tablename__ = "retention_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    instance_type: Mapped[InstanceType] = mapped_column(EnumText(InstanceType), unique=True)
    years: Mapped[int] = mapped_column(Integer)
    method: Mapped[RetentionMethod] = mapped_column(EnumText(RetentionMethod))
