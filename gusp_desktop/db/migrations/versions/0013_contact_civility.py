"""Civility of contacts: « Présidente » or « Président » de séance on the documents

Revision ID: 0013_contact_civility
Revises: 0012_quartier_plan
Create Date: 2026-12-04 22:30:00

``contact.civility`` holds « madame », « monsieur » or "" (not known): the documents agree
the president's and the secretary's titles with it and say « Présidence de séance » when it is
empty, which is what every existing contact gets. It identifies a person, so on PostgreSQL the
owner's ``gusp_anonymise_contact_audit`` also blanks it in the events of an anonymised
contact's card (the audit trigger of ``0006_server_security`` already records every column,
and grants are per table).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_contact_civility"
down_revision = "0012_quartier_plan"
branch_labels = None
depends_on = None

ANONYMISE = """
CREATE OR REPLACE FUNCTION gusp_anonymise_contact_audit(p_contact integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_keys text[] := ARRAY[{keys}];
    v_count integer;
BEGIN
    UPDATE audit_event SET
        before = CASE WHEN before = '' THEN before ELSE (
            SELECT jsonb_object_agg(key, CASE WHEN key = ANY (v_keys)
                                         THEN to_jsonb('[anonymisé]'::text) ELSE value END)
            FROM jsonb_each(before::jsonb))::text END,
        after = CASE WHEN after = '' THEN after ELSE (
            SELECT jsonb_object_agg(key, CASE WHEN key = ANY (v_keys)
                                         THEN to_jsonb('[anonymisé]'::text) ELSE value END)
            FROM jsonb_each(after::jsonb))::text END
    WHERE entity = 'contact' AND entity_id = p_contact
      AND (CASE WHEN before = '' THEN false ELSE before::jsonb ?| v_keys END
           OR CASE WHEN after = '' THEN false ELSE after::jsonb ?| v_keys END);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$
"""
KEYS_BEFORE = ("first_name", "last_name", "function", "email", "phone")
KEYS_AFTER = (*KEYS_BEFORE, "civility")


def _anonymise_function(keys: tuple[str, ...]) -> None:
    """(Re)define the function in place: its owner, grants and revocations are kept."""
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(ANONYMISE.replace("{keys}", ", ".join(f"'{k}'" for k in keys)))


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("civility", sa.String(length=16), nullable=False, server_default="")
        )
    # The server default only filled the existing rows: the application always gives a value.
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.alter_column("civility", server_default=None)
    _anonymise_function(KEYS_AFTER)


def downgrade() -> None:
    _anonymise_function(KEYS_BEFORE)
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("civility")
