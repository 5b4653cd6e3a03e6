"""Explain answers: the self-rating of a "be ready to explain" question (an audit finding), kept apart
from the fact attempts so it never counts in the fact statistics.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "explain_answer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False),
        sa.Column("finding_key", sa.String, nullable=False),  # core.audit.Finding.key
        sa.Column("check", sa.String, nullable=False),  # the audit check (timeline.overlap)
        sa.Column("rating", sa.String, nullable=False),  # good | okay | poor
        sa.Column("answered_at", sa.DateTime, nullable=False),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("study_session.id", ondelete="SET NULL"), nullable=True),
    )
    op.create_index("ix_explain_answer_profile_key", "explain_answer", ["profile_id", "finding_key"])


def downgrade() -> None:
    op.drop_index("ix_explain_answer_profile_key", table_name="explain_answer")
    op.drop_table("explain_answer")
