"""Row-level security: restricted rows hidden from logins that are not members

Revision ID: 0007_row_security
Revises: 0006_server_security
Create Date: 2026-12-04 19:00:00

On PostgreSQL, the rows of restricted instances and the rows marked restricted by hand are
visible only to the logins that may read the instance, whatever client they use, ``psql``
included: the database's coordinators (they administer every instance), the logins granted the
instance (``instance_login``) and those whose ``app_user`` contact sits in it; a row marked by
hand with no séance is for coordinators only.
Which séances, points, actions and minutes are closed to the current login is computed once
per statement by SECURITY DEFINER functions, and each table's policy tests its ids with
``NOT IN (SELECT unnest(…))``: an uncorrelated sub-select, which PostgreSQL runs once and
hashes, so 100 000 rows are checked against thousands of closed ids in a few milliseconds
(an ``= ANY (array)`` test would compare each row with the whole list). The
tables' owner bypasses row-level security, as PostgreSQL always lets it.
"""

from __future__ import annotations

from alembic import op

revision = "0007_row_security"
down_revision = "0006_server_security"
branch_labels = None
depends_on = None

_HEADER = "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public"

FUNCTIONS = [
    f"""
CREATE OR REPLACE FUNCTION gusp_coordinator() RETURNS boolean {_HEADER} AS $$
BEGIN
    RETURN coalesce((
        SELECT pg_has_role(session_user, r.oid, 'MEMBER')
        FROM app_setting s JOIN pg_roles r ON r.rolname = s.value || '_coordinateur'
        WHERE s.key = 'database.role_prefix'), false);
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_member_instances() RETURNS integer[] {_HEADER} AS $$
BEGIN
    IF gusp_coordinator() THEN
        RETURN coalesce((SELECT array_agg(id) FROM instance), '{{}}');
    END IF;
    RETURN coalesce((
        SELECT array_agg(instance_id) FROM (
            SELECT instance_id FROM instance_login WHERE login = session_user::text
            UNION
            SELECT m.instance_id FROM membership m
            JOIN app_user u ON u.contact_id = m.contact_id
            WHERE u.username = session_user::text AND u.active) AS readable), '{{}}');
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_closed_instances() RETURNS integer[] {_HEADER} AS $$
DECLARE
    v_member integer[] := gusp_member_instances();
BEGIN
    RETURN coalesce((SELECT array_agg(id) FROM instance
                     WHERE restricted AND NOT id = ANY (v_member)), '{{}}');
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_closed_seances() RETURNS integer[] {_HEADER} AS $$
DECLARE
    v_closed integer[] := gusp_closed_instances();
BEGIN
    RETURN coalesce((SELECT array_agg(id) FROM seance
                     WHERE instance_id = ANY (v_closed)), '{{}}');
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_member_seances() RETURNS integer[] {_HEADER} AS $$
DECLARE
    v_member integer[] := gusp_member_instances();
BEGIN
    RETURN coalesce((SELECT array_agg(id) FROM seance
                     WHERE instance_id = ANY (v_member)), '{{}}');
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_closed_items() RETURNS integer[] {_HEADER} AS $$
DECLARE
    v_member integer[] := gusp_member_instances();
    v_closed integer[] := gusp_closed_instances();
BEGIN
    RETURN coalesce((
        SELECT array_agg(a.id) FROM agenda_item a JOIN seance s ON s.id = a.seance_id
        WHERE s.instance_id = ANY (v_closed)
           OR (a.restricted AND NOT s.instance_id = ANY (v_member))), '{{}}');
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_closed_decisions() RETURNS integer[] {_HEADER} AS $$
DECLARE
    v_items integer[] := gusp_closed_items();
BEGIN
    RETURN coalesce((SELECT array_agg(id) FROM decision
                     WHERE agenda_item_id = ANY (v_items)), '{{}}');
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_closed_actions() RETURNS integer[] {_HEADER} AS $$
DECLARE
    v_member integer[] := gusp_member_instances();
    v_closed integer[] := gusp_closed_instances();
    v_coordinator boolean := gusp_coordinator();
BEGIN
    RETURN coalesce((
        SELECT array_agg(a.id) FROM action a LEFT JOIN seance s ON s.id = a.origin_seance_id
        WHERE (s.id IS NULL AND a.restricted AND NOT v_coordinator)
           OR s.instance_id = ANY (v_closed)
           OR (a.restricted AND s.id IS NOT NULL AND NOT s.instance_id = ANY (v_member))),
        '{{}}');
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_closed_updates() RETURNS integer[] {_HEADER} AS $$
DECLARE
    v_actions integer[] := gusp_closed_actions();
BEGIN
    RETURN coalesce((SELECT array_agg(id) FROM action_update
                     WHERE action_id = ANY (v_actions)), '{{}}');
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_closed_in(p_table text) RETURNS integer[] {_HEADER} AS $$
DECLARE
    v_seances integer[] := gusp_closed_seances();
    v_found integer[];
BEGIN
    EXECUTE 'SELECT array_agg(id) FROM ' || quote_ident(p_table)
            || ' WHERE seance_id = ANY ($1)'
        INTO v_found USING v_seances;
    RETURN coalesce(v_found, '{{}}');
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION gusp_closed_minutes() RETURNS integer[] {_HEADER} AS $$
DECLARE
    v_seances integer[] := gusp_closed_seances();
BEGIN
    RETURN coalesce((SELECT array_agg(id) FROM minutes_version
                     WHERE seance_id = ANY (v_seances)), '{{}}');
END
$$""",
]
FUNCTION_NAMES = [
    "gusp_coordinator",
    "gusp_member_instances",
    "gusp_closed_instances",
    "gusp_closed_seances",
    "gusp_member_seances",
    "gusp_closed_items",
    "gusp_closed_decisions",
    "gusp_closed_actions",
    "gusp_closed_updates",
    "gusp_closed_minutes",
]


def _outside(column: str, closed: str) -> str:
    """``column`` is not among the ids closed to the login (NULL: not attached, so open)."""
    return f"({column} IS NULL OR {column} NOT IN (SELECT unnest(gusp_closed_{closed}())))"


# Audited entity → the function listing its rows closed to the login.
AUDITED_ROWS = {
    "action": "gusp_closed_actions()",
    "action_update": "gusp_closed_updates()",
    "seance": "gusp_closed_seances()",
    "agenda_item": "gusp_closed_items()",
    "decision": "gusp_closed_decisions()",
    "minutes_version": "gusp_closed_minutes()",
    "attendance": "gusp_closed_in('attendance')",
    "seance_recipient": "gusp_closed_in('seance_recipient')",
    "minutes_reviewer": "gusp_closed_in('minutes_reviewer')",
    "constat": "gusp_closed_in('constat')",
}


def _marked(seance: str) -> str:
    """A row under a séance (``seance`` column, may be NULL) that can also be marked by hand:
    never under a closed séance; when marked, under a séance of an instance the login may read,
    or (no séance) for coordinators."""
    return (
        f"({_outside(seance, 'seances')} AND (NOT restricted"
        f" OR ({seance} IS NULL AND (SELECT gusp_coordinator()))"
        f" OR {seance} IN (SELECT unnest(gusp_member_seances()))))"
    )


SEANCE_CHILDREN = ("attendance", "seance_recipient", "minutes_reviewer", "minutes_version")
# Table → (rows visible, rows that may be written: never inside a closed parent).
POLICIES = {
    "seance": (_outside("id", "seances"), _outside("instance_id", "instances")),
    # The two tables read most test their own columns, against short lists.
    "agenda_item": (_marked("seance_id"), _outside("seance_id", "seances")),
    "decision": (_outside("agenda_item_id", "items"), _outside("agenda_item_id", "items")),
    "action": (_marked("origin_seance_id"), _outside("origin_seance_id", "seances")),
    "action_update": (_outside("action_id", "actions"), _outside("action_id", "actions")),
    "action_partner": (_outside("action_id", "actions"), _outside("action_id", "actions")),
    "constat": (_outside("seance_id", "seances"), _outside("seance_id", "seances")),
    "signed_file": (
        _outside("minutes_version_id", "minutes"),
        _outside("minutes_version_id", "minutes"),
    ),
    **{
        t: (_outside("seance_id", "seances"), _outside("seance_id", "seances"))
        for t in SEANCE_CHILDREN
    },
    # A document follows the rows it shows (whatever its own flag says); a restricted one is
    # also for the members of its instance, or goes with its action.
    "search_document": (
        " AND ".join(
            [
                _outside("action_id", "actions"),
                _outside("agenda_item_id", "items"),
                _outside("seance_id", "seances"),
                "(NOT restricted OR action_id IS NOT NULL"
                " OR instance_id IN (SELECT unnest(gusp_member_instances()))"
                " OR (instance_id IS NULL AND (SELECT gusp_coordinator())))",
            ]
        ),
        "true",
    ),
    # What was done to a closed row is closed too (rows since deleted cannot be told).
    "audit_event": (
        "NOT ("
        + " OR ".join(
            f"(entity = '{entity}' AND entity_id IN (SELECT unnest({closed})))"
            for entity, closed in AUDITED_ROWS.items()
        )
        + ")",
        "true",
    ),
}
# Instances stay listed (their names are not secret), but a restricted one can only be changed
# or deleted by those who may read it: nobody else may lift the restriction.
_MEMBER = "id IN (SELECT unnest(gusp_member_instances()))"
INSTANCE_POLICIES = [
    "CREATE POLICY gusp_read ON instance FOR SELECT USING (true)",
    "CREATE POLICY gusp_create ON instance FOR INSERT WITH CHECK (true)",
    f"CREATE POLICY gusp_change ON instance FOR UPDATE USING (NOT restricted OR {_MEMBER})"
    " WITH CHECK (true)",
    f"CREATE POLICY gusp_remove ON instance FOR DELETE USING (NOT restricted OR {_MEMBER})",
]


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for statement in FUNCTIONS:
        conn.exec_driver_sql(statement)
    for table, (visible, writable) in POLICIES.items():
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        conn.exec_driver_sql(
            f'CREATE POLICY gusp_restricted ON "{table}" USING ({visible}) WITH CHECK ({writable})'
        )
    conn.exec_driver_sql("ALTER TABLE instance ENABLE ROW LEVEL SECURITY")
    for statement in INSTANCE_POLICIES:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for name in ("gusp_read", "gusp_create", "gusp_change", "gusp_remove"):
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON instance")
    conn.exec_driver_sql("ALTER TABLE instance DISABLE ROW LEVEL SECURITY")
    for table in POLICIES:
        conn.exec_driver_sql(f'DROP POLICY IF EXISTS gusp_restricted ON "{table}"')
        conn.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS gusp_closed_in(text)")
    for name in reversed(FUNCTION_NAMES):
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")
