"""Server-enforced security: database settings, instance access, retention, audit triggers

Revision ID: 0006_server_security
Revises: 0005_atfpb
Create Date: 2026-12-04 18:00:00

``app_setting`` keeps the database's own identifier (it names its server group roles, so a
grant in one database never gives rights in another); ``instance_login`` lists the logins
allowed to read each restricted instance; ``retention_rule`` holds the retention period of each
type of instance; ``audit_event.transaction_id`` records the transaction that wrote an event.

On PostgreSQL the audit trail no longer depends on the client: a deferred trigger on every
audited table writes an event, authored by ``session_user``, for each row change that the
transaction did not describe itself through ``gusp_audit()``; events written through it get
the server's login and time whatever the client claims (the tables' owner excepted). The
privileges (who may call ``gusp_audit``, nobody but the owner writing ``audit_event``) are
set by ``gusp_desktop.db.grants``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_server_security"
down_revision = "0005_atfpb"
branch_labels = None
depends_on = None

# Table → (parent entity, parent key, when the parent's event also describes the row).
# « always »: the row is part of its parent (history, links); « delete »: only the cascade of
# the parent's deletion is described by the parent's event.
AUDITED = {
    "quartier": ("", "", ""),
    "site": ("quartier", "quartier_id", "delete"),
    "organisation": ("", "", ""),
    "contact": ("", "", ""),
    "instance": ("", "", ""),
    "instance_quartier": ("instance", "instance_id", "always"),
    "instance_login": ("instance", "instance_id", "always"),
    "membership": ("instance", "instance_id", "delete"),
    "seance": ("", "", ""),
    "agenda_item": ("seance", "seance_id", "delete"),
    "decision": ("agenda_item", "agenda_item_id", "delete"),
    "attendance": ("seance", "seance_id", "delete"),
    "seance_recipient": ("seance", "seance_id", "delete"),
    "minutes_reviewer": ("seance", "seance_id", "delete"),
    "minutes_version": ("seance", "seance_id", "delete"),
    "signed_file": ("minutes_version", "minutes_version_id", "delete"),
    "constat": ("", "", ""),
    "action": ("", "", ""),
    "action_update": ("action", "action_id", "always"),
    "action_partner": ("action", "action_id", "always"),
    "app_user": ("", "", ""),
    "retention_rule": ("", "", ""),
    "atfpb_convention": ("", "", ""),
    "atfpb_signatory": ("atfpb_convention", "convention_id", "always"),
    "atfpb_year": ("atfpb_convention", "convention_id", "delete"),
    "atfpb_line": ("", "", ""),
    "atfpb_line_action": ("atfpb_line", "line_id", "always"),
}

IS_OWNER = """
CREATE OR REPLACE FUNCTION gusp_is_owner() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR pg_has_role(session_user,
                       (SELECT relowner FROM pg_class WHERE oid = 'public.audit_event'::regclass),
                       'MEMBER')
$$
"""

STAMP = """
CREATE OR REPLACE FUNCTION gusp_audit_event_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF gusp_is_owner() THEN
        IF current_setting('gusp.bulk_copy', true) = 'on' THEN
            RETURN NEW;
        END IF;
        NEW.transaction_id := coalesce(NEW.transaction_id, txid_current());
        RETURN NEW;
    END IF;
    NEW.author := left(session_user::text, 80);
    NEW.at := now() AT TIME ZONE 'UTC';
    NEW.transaction_id := txid_current();
    RETURN NEW;
END
$$
"""

APPEND = """
CREATE OR REPLACE FUNCTION gusp_audit(events jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    INSERT INTO public.audit_event (at, author, entity, entity_id, operation, before, after)
    SELECT (e ->> 'at')::timestamp, e ->> 'author', e ->> 'entity',
           (e ->> 'entity_id')::integer, e ->> 'operation',
           coalesce(e ->> 'before', ''), coalesce(e ->> 'after', '')
    FROM jsonb_array_elements(events) AS e
$$
"""

# Anonymising a contact (RGPD) also blanks their name, e-mail, phone and function in the
# events that recorded their card: the only change anyone but the owner may make to the trail,
# allowed to coordinators (``db/grants.py``) and limited to those fields of that contact.
ANONYMISE = """
CREATE OR REPLACE FUNCTION gusp_anonymise_contact_audit(p_contact integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_keys text[] := ARRAY['first_name', 'last_name', 'function', 'email', 'phone'];
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

ROW = r"""
CREATE OR REPLACE FUNCTION gusp_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_entity text := TG_ARGV[0];
    v_parent text := TG_ARGV[1];
    v_parent_key text := TG_ARGV[2];
    v_parent_covers text := TG_ARGV[3];
    v_skipped text[] := ARRAY['version', 'created_at', 'updated_at', 'created_by',
                              'updated_by', 'search_text'];
    v_old jsonb;
    v_new jsonb;
    v_row jsonb;
    v_id bigint;
    v_parent_id bigint;
    v_before jsonb := '{}';
    v_after jsonb := '{}';
    v_key text;
BEGIN
    IF current_setting('gusp.bulk_copy', true) = 'on' AND gusp_is_owner() THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        v_old := to_jsonb(OLD) - v_skipped;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_new := to_jsonb(NEW) - v_skipped;
    END IF;
    v_row := coalesce(v_new, v_old);
    v_id := (v_row ->> 'id')::bigint;
    IF v_parent <> '' THEN
        v_parent_id := (v_row ->> v_parent_key)::bigint;
    END IF;
    IF v_id IS NULL THEN
        v_entity := v_parent;
        v_id := v_parent_id;
    END IF;
    IF EXISTS (
        SELECT 1 FROM audit_event a
        WHERE a.transaction_id = txid_current() AND left(a.operation, 4) <> 'sql_'
          AND ((a.entity = v_entity AND a.entity_id = v_id)
               OR (v_parent_id IS NOT NULL AND a.entity = v_parent AND a.entity_id = v_parent_id
                   AND (v_parent_covers = 'always' OR TG_OP = 'DELETE')))
    ) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        FOR v_key IN SELECT jsonb_object_keys(v_new) LOOP
            IF v_new -> v_key IS DISTINCT FROM v_old -> v_key THEN
                v_before := v_before || jsonb_build_object(v_key, v_old -> v_key);
                v_after := v_after || jsonb_build_object(v_key, v_new -> v_key);
            END IF;
        END LOOP;
        IF v_after = '{}'::jsonb THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        v_after := v_new;
    ELSE
        v_before := v_old;
    END IF;
    INSERT INTO audit_event (at, author, entity, entity_id, operation, before, after)
    VALUES (now() AT TIME ZONE 'UTC', left(session_user::text, 80), v_entity, v_id,
            'sql_' || lower(TG_OP),
            CASE WHEN v_before = '{}'::jsonb THEN '' ELSE v_before::text END,
            CASE WHEN v_after = '{}'::jsonb THEN '' ELSE v_after::text END);
    RETURN NULL;
END
$$
"""


def _create_tables() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "instance_login",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("instance_id", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("granted_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["instance_id"],
            ["instance.id"],
            name=op.f("fk_instance_login_instance_id_instance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("login", "instance_id", name=op.f("pk_instance_login")),
    )
    with op.batch_alter_table("instance_login", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_instance_login_instance_id"), ["instance_id"], unique=False
        )
    op.create_table(
        "retention_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instance_type", sa.String(length=32), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rule")),
        sa.UniqueConstraint("instance_type", name=op.f("uq_retention_rule_instance_type")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("transaction_id", sa.BigInteger(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_audit_event_transaction_id"), ["transaction_id"], unique=False
        )


def _audit_triggers(conn: sa.Connection) -> None:
    for statement in (IS_OWNER, STAMP, APPEND, ANONYMISE, ROW):
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION gusp_audit(jsonb) FROM PUBLIC")
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION gusp_anonymise_contact_audit(integer) FROM PUBLIC")
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION gusp_audit_row() FROM PUBLIC")
    conn.exec_driver_sql(
        "CREATE TRIGGER gusp_audit_event_stamp BEFORE INSERT ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION gusp_audit_event_stamp()"
    )
    for table, (parent, key, covers) in AUDITED.items():
        conn.exec_driver_sql(
            f'CREATE CONSTRAINT TRIGGER gusp_audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            f"EXECUTE FUNCTION gusp_audit_row('{table}', '{parent}', '{key}', '{covers}')"
        )


def upgrade() -> None:
    _create_tables()
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _audit_triggers(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for table in AUDITED:
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS gusp_audit ON "{table}"')
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS gusp_audit_event_stamp ON audit_event")
        for name in (
            "gusp_audit_row()",
            "gusp_audit(jsonb)",
            "gusp_audit_event_stamp()",
            "gusp_anonymise_contact_audit(integer)",
        ):
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS gusp_is_owner()")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_transaction_id"))
        batch_op.drop_column("transaction_id")
    op.drop_table("retention_rule")
    with op.batch_alter_table("instance_login", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instance_login_instance_id"))
    op.drop_table("instance_login")
    op.drop_table("app_setting")
