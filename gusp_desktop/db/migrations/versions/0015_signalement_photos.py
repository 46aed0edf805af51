"""Photos of signalements: described in one table, their bytes in another

Revision ID: 0015_signalement_photos
Revises: 0014_search_without_marks
Create Date: 2026-12-04 23:10:00

``signalement_photo`` describes a photo sent with a signalement (file name, SHA-256, time
taken, size; never where it was taken) and ``signalement_photo_data`` holds the downscaled JPEG
without EXIF and its thumbnail, so lists and the audit trail never carry the bytes. Deleting a
signalement deletes its photos. On PostgreSQL both tables get the audit trigger of
``0006_server_security`` (the bytes' changes are described by their photo's events, a
signalement's deletion describes its photos' cascade); grants follow from the tables' list
(secrétaires write them as they write signalements, everyone reads them as they read
signalements). No row-level policy: signalements have none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_signalement_photos"
down_revision = "0014_search_without_marks"
branch_labels = None
depends_on = None

# Table → (parent entity, parent key, when the parent's event also describes the row).
AUDITED = {
    "signalement_photo": ("signalement", "signalement_id", "delete"),
    "signalement_photo_data": ("signalement_photo", "photo_id", "always"),
}


def upgrade() -> None:
    op.create_table(
        "signalement_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signalement_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["signalement_id"],
            ["signalement.id"],
            name=op.f("fk_signalement_photo_signalement_id_signalement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signalement_photo")),
    )
    with op.batch_alter_table("signalement_photo", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signalement_photo_signalement_id"), ["signalement_id"], unique=False
        )
    op.create_table(
        "signalement_photo_data",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["signalement_photo.id"],
            name=op.f("fk_signalement_photo_data_photo_id_signalement_photo"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_signalement_photo_data")),
    )
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for table, (parent, key, covers) in AUDITED.items():
        conn.exec_driver_sql(
            f'CREATE CONSTRAINT TRIGGER gusp_audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            f"EXECUTE FUNCTION gusp_audit_row('{table}', '{parent}', '{key}', '{covers}')"
        )


def downgrade() -> None:
    op.drop_table("signalement_photo_data")
    with op.batch_alter_table("signalement_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signalement_photo_signalement_id"))
    op.drop_table("signalement_photo")
