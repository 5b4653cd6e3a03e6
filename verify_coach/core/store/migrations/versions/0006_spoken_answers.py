"""Spoken answers: an attempt answered aloud and rated by the user, and its recording (kept only if asked).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attempt") as batch:
        batch.add_column(sa.Column("spoken", sa.Boolean, nullable=False, server_default="0"))
        batch.add_column(sa.Column("self_rating", sa.String, nullable=True))  # right | close | wrong
    op.create_table(
        "answer_recording",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("attempt.id", ondelete="CASCADE"), nullable=False,
                  unique=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False),
        sa.Column("file", sa.String, nullable=False),  # relative to the data dir
        sa.Column("bytes", sa.Integer, nullable=False),
        sa.Column("duration_ms", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_answer_recording_profile", "answer_recording", ["profile_id"])


def downgrade() -> None:
    op.drop_index("ix_answer_recording_profile", table_name="answer_recording")
    op.drop_table("answer_recording")
    with op.batch_alter_table("attempt") as batch:
        batch.drop_column("self_rating")
        batch.drop_column("spoken")
