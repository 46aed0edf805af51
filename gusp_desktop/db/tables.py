"""The tables the lists read, declared in SQLAlchemy Core; their model classes map them.

A read-only command (``actions list``, ``meetings list``) and the user's look-up at opening
select plain columns of these tables: declared here, they cost a few milliseconds to build,
where importing ``db.models`` maps and configures some forty classes (about a third of such
a command's run). Each table is declared once, here; its class in ``db.models`` maps it
(``__table__``) and adds the relationships, so the ORM, Alembic's comparisons and
``create_all`` see exactly the tables they saw when the classes declared them. Column order
follows the classes' former declarations (the tracked columns last), so the DDL is unchanged.
"""

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)

from gusp_desktop.db.columns import METADATA, EnumText, UtcDateTime, tracked_columns, utcnow
from gusp_desktop.domain.enums import (
    ActionStatus,
    AtfpbAxis,
    ConstatSource,
    InstanceType,
    MemberKind,
    MemberRole,
    OrganisationType,
    Priority,
    SeanceStatus,
    Theme,
    UserRole,
)
from gusp_desktop.domain.vocabularies import (
    Channel,
    ConstatStatus,
    Gravity,
    SignalementStatus,
)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _fk(
    name: str, target: str, ondelete: str, *, nullable: bool = False, index: bool | None = None
) -> Column[int]:
    return Column(name, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


# -- directory, territory, users -------------------------------------------------------------

organisation = Table(
    "organisation",
    METADATA,
    _id(),
    Column("code", String(16), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("type", EnumText(OrganisationType), nullable=False),
    Column("address", String(300), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    *tracked_columns(),
)

contact = Table(
    "contact",
    METADATA,
    _id(),
    _fk("organisation_id", "organisation.id", "RESTRICT", index=True),
    Column("first_name", String(100), nullable=False),
    Column("last_name", String(100), nullable=False),
    Column("function", String(200), nullable=False, default=""),
    Column("email", String(200), nullable=False, default=""),
    Column("phone", String(40), nullable=False, default=""),
    # « madame », « monsieur » or "" (not known): documents write « Présidente de séance ».
    Column("civility", String(16), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    *tracked_columns(),
)

quartier = Table(
    "quartier",
    METADATA,
    _id(),
    Column("code", String(16), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("communes", String(300), nullable=False, default=""),
    Column("population", Integer),
    Column("npnru", Boolean, nullable=False, default=False),
    Column("description", Text, nullable=False, default=""),
    *tracked_columns(),
)

site = Table(
    "site",
    METADATA,
    _id(),
    _fk("quartier_id", "quartier.id", "RESTRICT", index=True),
    Column("name", String(200), nullable=False),
    Column("address", String(300), nullable=False, default=""),
    _fk("gestionnaire_id", "organisation.id", "RESTRICT", nullable=True, index=True),
    Column("logements", Integer),
    *tracked_columns(),
)

app_user = Table(
    "app_user",
    METADATA,
    _id(),
    Column("username", String(80), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("role", EnumText(UserRole), nullable=False),
    _fk("contact_id", "contact.id", "SET NULL", nullable=True),
    Column("active", Boolean, nullable=False, default=True),
    *tracked_columns(),
)

# -- instances and séances -------------------------------------------------------------------

instance_quartier = Table(
    "instance_quartier",
    METADATA,
    Column("instance_id", ForeignKey("instance.id", ondelete="CASCADE"), primary_key=True),
    Column("quartier_id", ForeignKey("quartier.id", ondelete="RESTRICT"), primary_key=True),
)

# A ``restricted`` instance (a cellule de veille) keeps everything born in it for its members.
instance = Table(
    "instance",
    METADATA,
    _id(),
    Column("code", String(24), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("type", EnumText(InstanceType), nullable=False),
    Column("periodicity", String(100), nullable=False, default=""),
    Column("restricted", Boolean, nullable=False, default=False),
    Column("default_place", String(300), nullable=False, default=""),
    Column("default_duration_minutes", Integer, nullable=False, default=120),
    *tracked_columns(),
)

membership = Table(
    "membership",
    METADATA,
    _id(),
    _fk("instance_id", "instance.id", "CASCADE"),
    _fk("contact_id", "contact.id", "RESTRICT", index=True),
    Column("role", EnumText(MemberRole), nullable=False),
    Column("kind", EnumText(MemberKind), nullable=False, default=MemberKind.TITULAIRE),
    *tracked_columns(),
    UniqueConstraint("instance_id", "contact_id"),
)

# Numbered per instance and per year (``number_year``, the Paris year of the date the number
# was given for); ``ics_sequence`` is the SEQUENCE of the calendar invitation.
seance = Table(
    "seance",
    METADATA,
    _id(),
    _fk("instance_id", "instance.id", "RESTRICT", index=True),
    Column("number", Integer, nullable=False),
    Column("number_year", Integer, nullable=False),
    Column("starts_at", UtcDateTime(), nullable=False, index=True),
    Column("duration_minutes", Integer, nullable=False, default=120),
    Column("place", String(300), nullable=False, default=""),
    Column("status", EnumText(SeanceStatus), nullable=False, default=SeanceStatus.PLANIFIEE),
    _fk("president_id", "contact.id", "RESTRICT", nullable=True),
    _fk("secretary_id", "contact.id", "RESTRICT", nullable=True),
    Column("summary", Text, nullable=False, default=""),
    Column("next_meeting_note", Text, nullable=False, default=""),
    Column("distribution_note", Text, nullable=False, default=""),
    Column("convened_at", UtcDateTime()),
    Column("ics_sequence", Integer, nullable=False, default=0),
    Column("cancelled_at", UtcDateTime()),
    Column("cancelled_by", String(80), nullable=False, default=""),
    Column("cancellation_reason", Text, nullable=False, default=""),
    *tracked_columns(),
    UniqueConstraint("instance_id", "number_year", "number"),
)

# A server login allowed to read the restricted content of one instance (see db.models.security).
instance_login = Table(
    "instance_login",
    METADATA,
    Column("login", String(63), primary_key=True),
    Column(
        "instance_id",
        ForeignKey("instance.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("granted_at", UtcDateTime(), nullable=False, default=utcnow),
    Column("granted_by", String(80), nullable=False, default=""),
)

# -- the plan d'actions ----------------------------------------------------------------------

action_partner = Table(
    "action_partner",
    METADATA,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="RESTRICT"), primary_key=True),
)

# A finding from a walk, a marche exploratoire or a signalement: ``description`` is what the
# professionals observed, ``resident_words`` what residents said.
constat = Table(
    "constat",
    METADATA,
    _id(),
    _fk("quartier_id", "quartier.id", "RESTRICT"),
    _fk("site_id", "site.id", "RESTRICT", nullable=True),
    _fk("seance_id", "seance.id", "RESTRICT", nullable=True),
    Column("source", EnumText(ConstatSource), nullable=False),
    Column("observed_on", Date, nullable=False),
    Column("place", String(300), nullable=False, default=""),
    Column("theme", EnumText(Theme), nullable=False),
    Column("description", Text, nullable=False),
    Column("photo_path", String(500), nullable=False, default=""),
    _fk("halte_id", "halte.id", "SET NULL", nullable=True, index=True),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("positive", Boolean, nullable=False, default=False),
    Column("gravity", EnumText(Gravity)),
    _fk("gestionnaire_id", "organisation.id", "RESTRICT", nullable=True),
    Column("preconisation", Text, nullable=False, default=""),
    Column("resident_words", Text, nullable=False, default=""),
    Column("status", EnumText(ConstatStatus), nullable=False, default=ConstatStatus.A_QUALIFIER),
    Column("status_reason", Text, nullable=False, default=""),
    *tracked_columns(),
)

action = Table(
    "action",
    METADATA,
    _id(),
    Column("number", String(24), nullable=False, unique=True),
    Column("title", String(300), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("theme", EnumText(Theme), nullable=False),
    _fk("quartier_id", "quartier.id", "RESTRICT", index=True),
    _fk("site_id", "site.id", "RESTRICT", nullable=True, index=True),
    _fk("pilot_organisation_id", "organisation.id", "RESTRICT", index=True),
    _fk("pilot_contact_id", "contact.id", "RESTRICT", nullable=True),
    Column("initial_deadline", Date),
    Column("revised_deadline", Date),
    Column("deadline_note", String(100), nullable=False, default=""),
    Column("priority", EnumText(Priority), nullable=False, default=Priority.NORMALE),
    Column("status", EnumText(ActionStatus), nullable=False, default=ActionStatus.A_ENGAGER),
    Column("progress", Integer, nullable=False, default=0),
    Column("atfpb_axis", EnumText(AtfpbAxis)),
    Column("cost", Numeric(12, 2)),
    _fk("origin_seance_id", "seance.id", "RESTRICT", nullable=True, index=True),
    _fk("origin_constat_id", "constat.id", "RESTRICT", nullable=True),
    Column("origin_note", Text, nullable=False, default=""),
    Column("indicator", Text, nullable=False, default=""),
    Column("restricted", Boolean, nullable=False, default=False),
    # What came of a closed action (réalisée or abandonnée), required to close it.
    Column("outcome", Text, nullable=False, default=""),
    # Accent- and case-free copy of the searchable text (see domain.text.search_key),
    # matched with LIKE by the plan's per-keystroke filter.
    Column("search_text", Text, nullable=False, default=""),
    *tracked_columns(),
)

# The plan's sorts: each index gives the first page of one column's order (then the number,
# the tie-break of ``services.actions.query.apply_order``) without sorting 100 000 rows; the
# theme and status ones also serve their filters. Migration 0016_plan_sort_indexes.
PLAN_SORT_INDEXES = (
    Index(
        "ix_action_effective_deadline",
        func.coalesce(action.c.revised_deadline, action.c.initial_deadline),
        action.c.number,
    ),
    Index("ix_action_title_number", action.c.title, action.c.number),
    Index("ix_action_theme_number", action.c.theme, action.c.number),
    Index("ix_action_status_number", action.c.status, action.c.number),
    Index("ix_action_priority_number", action.c.priority, action.c.number),
    Index("ix_action_progress_number", action.c.progress, action.c.number),
    Index("ix_action_updated_number", action.c.updated_at, action.c.number),
)

# -- the search index ------------------------------------------------------------------------

# Searchable text of one row, with where it lives for opening it from a result. Each engine
# adds its own full-text structure on top (``db.search.schema``); the foreign keys cascade,
# so a deleted source row never leaves a stale result behind.
search_document = Table(
    "search_document",
    METADATA,
    _id(),
    Column("kind", String(16), nullable=False),
    Column("entity_id", Integer, nullable=False),
    # What a result is called where it is shown (« HM-25-002 – Remplacer… »), not searched.
    Column("label", Text, nullable=False),
    # Searched text: the title weighs more than the body in the ranking. Marked personal data
    # is emptied (« ⟪⟫ ») except in a restricted instance's texts (db.search.documents).
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    # Folded and stemmed words of title and body (what FTS5 indexes on SQLite).
    Column("title_terms", Text, nullable=False),
    Column("body_terms", Text, nullable=False),
    Column("restricted", Boolean, nullable=False, default=False),
    Column("action_number", String(24)),
    _fk("action_id", "action.id", "CASCADE", nullable=True, index=True),
    _fk("instance_id", "instance.id", "CASCADE", nullable=True, index=True),
    _fk("seance_id", "seance.id", "CASCADE", nullable=True, index=True),
    _fk("agenda_item_id", "agenda_item.id", "CASCADE", nullable=True, index=True),
    _fk("contact_id", "contact.id", "CASCADE", nullable=True, index=True),
    _fk("organisation_id", "organisation.id", "CASCADE", nullable=True, index=True),
    UniqueConstraint("kind", "entity_id"),
)

# -- what the dashboard reads besides the plan and the séances -------------------------------
# The constats still to qualify (with the walk's halte, their photos and the actions they
# fed) and the signalements per organisation: the window's first page reads them through a
# connection, so it is filled before the model is imported.

constat_action = Table(
    "constat_action",
    METADATA,
    Column("constat_id", ForeignKey("constat.id", ondelete="CASCADE"), primary_key=True),
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True, index=True),
)

# One stop of a walk, in route order.
halte = Table(
    "halte",
    METADATA,
    _id(),
    _fk("seance_id", "seance.id", "CASCADE", index=True),
    Column("position", Integer, nullable=False),
    Column("name", String(200), nullable=False),
    _fk("site_id", "site.id", "RESTRICT", nullable=True),
    Column("address", String(300), nullable=False, default=""),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("arrives_at", UtcDateTime()),
    Column("notes", Text, nullable=False, default=""),
    *tracked_columns(),
)

# A photo taken on a walk; ``seance_id`` is set before it is grouped into a constat, so the
# walk's confidentiality covers it. Its bytes are in ``constat_photo_data`` (db.models).
constat_photo = Table(
    "constat_photo",
    METADATA,
    _id(),
    _fk("seance_id", "seance.id", "RESTRICT", nullable=True, index=True),
    _fk("constat_id", "constat.id", "CASCADE", nullable=True, index=True),
    _fk("halte_id", "halte.id", "SET NULL", nullable=True),
    Column("filename", String(255), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("taken_at", UtcDateTime()),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("width", Integer, nullable=False),
    Column("height", Integer, nullable=False),
    Column("byte_size", Integer, nullable=False),
    *tracked_columns(),
)

# What a signalement is about, and the délai (days) its responsible has to deal with it.
signalement_category = Table(
    "signalement_category",
    METADATA,
    _id(),
    Column("code", String(32), nullable=False, unique=True),
    Column("label", String(200), nullable=False),
    Column("theme", EnumText(Theme), nullable=False),
    Column("delay_days", Integer, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    *tracked_columns(),
)

# ``source`` and ``external_id`` name the row in the file it was imported from (NULL for
# signalements typed in); who reported it is kept apart (``signalement_reporter``).
signalement = Table(
    "signalement",
    METADATA,
    _id(),
    Column("source", String(32), nullable=False),
    Column("external_id", String(160)),
    Column("received_at", UtcDateTime(), nullable=False, index=True),
    Column("channel", EnumText(Channel), nullable=False),
    _fk("category_id", "signalement_category.id", "RESTRICT", index=True),
    _fk("quartier_id", "quartier.id", "RESTRICT", index=True),
    _fk("site_id", "site.id", "RESTRICT", nullable=True),
    Column("address", String(300), nullable=False, default=""),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("description", Text, nullable=False, default=""),
    _fk("organisation_id", "organisation.id", "RESTRICT", nullable=True, index=True),
    Column("status", EnumText(SignalementStatus), nullable=False, index=True),
    Column("status_reason", Text, nullable=False, default=""),
    Column("due_date", Date, nullable=False),
    Column("transmitted_at", UtcDateTime()),
    Column("taken_at", UtcDateTime()),
    Column("closed_at", UtcDateTime()),
    _fk("action_id", "action.id", "SET NULL", nullable=True, index=True),
    *tracked_columns(),
    UniqueConstraint("source", "external_id"),
)
