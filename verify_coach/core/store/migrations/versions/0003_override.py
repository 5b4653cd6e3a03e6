""""I was right": an attempt the user overrode, and the answers accepted for a fact from then on.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attempt") as batch:
        batch.add_column(sa.Column("overridden", sa.Boolean, nullable=False, server_default="0"))
    op.create_table(
        "accepted_answer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False),
        sa.Column("fact_key", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("attempt_id", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("profile_id", "fact_key", "text", name="uq_accepted_profile_fact_text"),
    )


def downgrade() -> None:
    op.drop_table("accepted_answer")
    with op.batch_alter_table("attempt") as batch:
        batch.drop_column("overridden")
