"""The database's key for signing exported rows (HMAC), created on first use.

It lives in ``app_setting`` so every computer working on the same database signs and checks
with the same key, and a file exported from one can be imported on another. On PostgreSQL
only the tables' owner writes ``app_setting``: ``gusp_returns_key(candidate)`` (SECURITY
DEFINER, executable by the application roles only) stores the candidate if no key exists yet
and returns the stored one, so two first uses at once still agree on one key.
"""

from __future__ import annotations

import secrets

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from gusp_desktop.db.models import AppSetting
from gusp_desktop.services.base import ServiceContext

KEY_SETTING = "returns.hmac_key"
_KEY_BYTES = 32


def returns_key(context: ServiceContext) -> bytes:
    """The key, created (and committed at once, whoever asks) if this database has none."""
    candidate = secrets.token_hex(_KEY_BYTES)
    for _attempt in range(2):
        try:
            with context.session_factory() as session, session.begin():
                if session.get_bind().dialect.name == "postgresql":
                    stored = session.scalar(
                        text("SELECT gusp_returns_key(:candidate)"), {"candidate": candidate}
                    )
                else:
                    stored = session.scalar(
                        select(AppSetting.value).where(AppSetting.key == KEY_SETTING)
                    )
                    if not stored:
                        session.add(AppSetting(key=KEY_SETTING, value=candidate))
                        stored = candidate
            return bytes.fromhex(str(stored))
        except IntegrityError:  # another client created it meanwhile (SQLite): read theirs
            continue
    raise RuntimeError("returns key could not be read")
