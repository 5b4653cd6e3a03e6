"""First release: profiles, settings, facts with history, sessions, attempts, review state.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False, unique=True),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("call_at", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "fact",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.String, nullable=False),
        sa.Column("category", sa.String, nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("attribute", sa.String, nullable=False),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("derived", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("retired_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("profile_id", "key", name="uq_fact_profile_key"),
    )
    op.create_index("ix_fact_profile_active", "fact", ["profile_id", "active"])
    op.create_table(
        "study_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False),
        sa.Column("mode", sa.String, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime, nullable=True),
        sa.Column("asked", sa.Integer, nullable=False, server_default="0"),
        sa.Column("correct", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_session_profile_started", "study_session", ["profile_id", "started_at"])
    op.create_table(
        "attempt",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "session_id", sa.Integer, sa.ForeignKey("study_session.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False),
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("fact.id", ondelete="CASCADE"), nullable=False),
        sa.Column("question_id", sa.String, nullable=False),
        sa.Column("form", sa.String, nullable=False),
        sa.Column("prompt", sa.Text, nullable=False),
        sa.Column("fact_keys", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("expected", sa.Text, nullable=False),
        sa.Column("correct", sa.Boolean, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("feedback", sa.Text, nullable=False, server_default=""),
        sa.Column("latency_ms", sa.Integer, nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("scheduled", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_attempt_profile_created", "attempt", ["profile_id", "created_at"])
    op.create_index("ix_attempt_fact_created", "attempt", ["fact_id", "created_at"])
    op.create_index("ix_attempt_session", "attempt", ["session_id"])
    op.create_table(
        "review_state",
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("fact.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("card", sa.Text, nullable=False),
        sa.Column("due", sa.DateTime, nullable=True),
        sa.Column("stability", sa.Float, nullable=True),
        sa.Column("last_review", sa.DateTime, nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("correct", sa.Integer, nullable=False, server_default="0"),
        sa.Column("lapses", sa.Integer, nullable=False, server_default="0"),
        sa.Column("unexpected_misses", sa.Integer, nullable=False, server_default="0"),
        sa.Column("recent", sa.Text, nullable=False, server_default="[]"),
        sa.Column("last_seen", sa.DateTime, nullable=True),
    )


def downgrade() -> None:
    for table in ("review_state", "attempt", "study_session", "fact", "setting", "profile"):
        op.drop_table(table)
