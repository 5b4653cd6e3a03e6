"""Before the call: the type of call a profile rehearses for, and the checklist's ticks kept per call date.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place (ALTER TABLE ADD COLUMN), never copy-and-move: see downgrade().
    op.add_column("profile", sa.Column("call_type", sa.String, nullable=True))  # NULL: the default (upwork)
    op.create_table(
        "checklist_tick",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False),
        sa.Column("call_at", sa.DateTime, nullable=False),
        sa.Column("item", sa.Text, nullable=False),
        sa.Column("ticked_at", sa.DateTime, nullable=True),  # NULL: unticked again
        sa.UniqueConstraint("profile_id", "call_at", "item", name="uq_checklist_tick_profile_call_item"),
    )


def downgrade() -> None:
    op.drop_table("checklist_tick")
    # Not a batch (copy-and-move) operation: dropping the old profile table would cascade to every fact and
    # answer, since foreign keys are on. SQLite drops a column in place (3.35+).
    op.execute("ALTER TABLE profile DROP COLUMN call_type")
