"""Where a fact's entry sits on the timeline (its start or completion date), for the weight of recent entries.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fact") as batch:
        batch.add_column(sa.Column("placed_at", sa.String, nullable=True))
    _backfill(op.get_bind())


def _backfill(conn: sa.Connection) -> None:
    """Fill in the dates of the facts already stored, from each profile as it is saved. A profile that no
    longer reads is skipped: its facts weigh as before (no recency) until it is saved again."""
    from verify_coach.core.facts import extract_facts
    from verify_coach.core.profile import Profile
    from verify_coach.core.relevance import entry_dates

    for pid, data in conn.execute(sa.text("SELECT id, data FROM profile")).fetchall():
        try:
            dates = entry_dates(extract_facts(Profile.model_validate_json(data)))
        except Exception:  # noqa: BLE001 - an old or broken profile keeps NULL dates, nothing else changes
            continue
        for entity, when in dates.items():
            conn.execute(sa.text("UPDATE fact SET placed_at = :w WHERE profile_id = :p AND entity = :e"),
                         {"w": when, "p": pid, "e": entity})


def downgrade() -> None:
    with op.batch_alter_table("fact") as batch:
        batch.drop_column("placed_at")
