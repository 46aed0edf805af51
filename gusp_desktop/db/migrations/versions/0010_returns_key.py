"""Key signing the rows of exported tableaux de suivi, created on first use

Revision ID: 0010_returns_key
Revises: 0009_field_work
Create Date: 2026-12-04 20:00:00

The key lives in ``app_setting``, which only the tables' owner writes. On PostgreSQL
``gusp_returns_key(candidate)`` runs as the owner: it keeps the candidate (64 hex digits drawn
by the client) when the database has no key yet, and returns the stored key. EXECUTE is taken
from PUBLIC here and given to the database's application groups by ``db/grants.py``. SQLite
files are their owner's: the application writes the setting itself.
"""

from __future__ import annotations

from alembic import op

revision = "0010_returns_key"
down_revision = "0009_field_work"
branch_labels = None
depends_on = None

FUNCTION = """
CREATE OR REPLACE FUNCTION gusp_returns_key(candidate text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_key text;
BEGIN
    IF candidate !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'invalid key candidate';
    END IF;
    INSERT INTO app_setting (key, value) VALUES ('returns.hmac_key', candidate)
    ON CONFLICT (key) DO NOTHING;
    SELECT value INTO v_key FROM app_setting WHERE key = 'returns.hmac_key';
    RETURN v_key;
END
$$
"""


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(FUNCTION)
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION gusp_returns_key(text) FROM PUBLIC")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS gusp_returns_key(text)")
