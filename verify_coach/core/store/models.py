"""Tables. The schema is created and changed only by the Alembic migrations next to this file;
``tests/core/test_store.py`` checks that the migrations and these models agree."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from .schema import as_utc, utcnow  # noqa: F401  (re-exported)


class ProfileRow(SQLModel, table=True):
    __tablename__ = "profile"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=sa.Column(sa.String, nullable=False, unique=True))
    data: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    call_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime, nullable=True))
    call_type: str | None = Field(default=None, sa_column=sa.Column(sa.String, nullable=True))  # None: upwork
    created_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))


class Setting(SQLModel, table=True):
    __tablename__ = "setting"
    key: str = Field(sa_column=sa.Column(sa.String, primary_key=True))
    value: str = Field(sa_column=sa.Column(sa.Text, nullable=False))


class FactRow(SQLModel, table=True):
    __tablename__ = "fact"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", "key", name="uq_fact_profile_key"),
        sa.Index("ix_fact_profile_active", "profile_id", "active"),
    )
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False)
    )
    key: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    category: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    label: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    value: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    kind: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    entity: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    attribute: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    subject: str = Field(default="", sa_column=sa.Column(sa.Text, nullable=False, server_default=""))
    derived: bool = Field(default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default="0"))
    position: int = Field(default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0"))
    active: bool = Field(default=True, sa_column=sa.Column(sa.Boolean, nullable=False, server_default="1"))
    first_seen: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))
    retired_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime, nullable=True))
    placed_at: str | None = Field(default=None, sa_column=sa.Column(sa.String, nullable=True))  # the entry's date


class StudySession(SQLModel, table=True):
    __tablename__ = "study_session"
    __table_args__ = (sa.Index("ix_session_profile_started", "profile_id", "started_at"),)
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False)
    )
    mode: str = Field(sa_column=sa.Column(sa.String, nullable=False))  # practice, weak, cram, review, call
    started_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))
    ended_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime, nullable=True))
    asked: int = Field(default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0"))
    correct: int = Field(default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0"))


class Attempt(SQLModel, table=True):
    __tablename__ = "attempt"
    __table_args__ = (
        sa.Index("ix_attempt_profile_created", "profile_id", "created_at"),
        sa.Index("ix_attempt_fact_created", "fact_id", "created_at"),
        sa.Index("ix_attempt_session", "session_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("study_session.id", ondelete="CASCADE"), nullable=False)
    )
    profile_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False)
    )
    fact_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("fact.id", ondelete="CASCADE"), nullable=False)
    )
    question_id: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    form: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    prompt: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    fact_keys: str = Field(sa_column=sa.Column(sa.Text, nullable=False))  # space-separated
    answer: str = Field(sa_column=sa.Column(sa.Text, nullable=False))  # as typed
    expected: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    correct: bool = Field(sa_column=sa.Column(sa.Boolean, nullable=False))
    score: float = Field(sa_column=sa.Column(sa.Float, nullable=False))
    feedback: str = Field(default="", sa_column=sa.Column(sa.Text, nullable=False, server_default=""))
    latency_ms: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
    hesitation_ms: int | None = Field(default=None, sa_column=sa.Column(sa.Integer, nullable=True))
    rating: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))  # fsrs Rating 1..4
    scheduled: bool = Field(default=True, sa_column=sa.Column(sa.Boolean, nullable=False, server_default="1"))
    created_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))
    # "I was right": the user overrode a wrong verdict; the attempt then counts as right (rated Hard).
    overridden: bool = Field(default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default="0"))
    # Answered aloud ("Answer aloud"): ``answer`` is then "" and the verdict is the user's own rating.
    spoken: bool = Field(default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default="0"))
    self_rating: str | None = Field(default=None, sa_column=sa.Column(sa.String, nullable=True))  # right|close|wrong


class AnswerRecording(SQLModel, table=True):
    """A spoken answer kept as a compressed audio file (only when the user turned that on).
    ``file`` is relative to the data dir: ``answer-recordings/<profile_id>/<attempt_id>.ogg``."""

    __tablename__ = "answer_recording"
    __table_args__ = (sa.Index("ix_answer_recording_profile", "profile_id"),)
    id: int | None = Field(default=None, primary_key=True)
    attempt_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("attempt.id", ondelete="CASCADE"), nullable=False, unique=True)
    )
    profile_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False)
    )
    file: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    bytes: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
    duration_ms: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))


class AcceptedAnswer(SQLModel, table=True):
    """An answer the user marked right for a fact ("I was right"): accepted for that fact from then on."""

    __tablename__ = "accepted_answer"
    __table_args__ = (sa.UniqueConstraint("profile_id", "fact_key", "text", name="uq_accepted_profile_fact_text"),)
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False)
    )
    fact_key: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    text: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    attempt_id: int | None = Field(default=None, sa_column=sa.Column(sa.Integer, nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))


class ReviewState(SQLModel, table=True):
    """Per-fact state: the fsrs card plus running aggregates, so statistics never scan all attempts.
    It is a function of the fact's attempts and can be rebuilt from them (see ``repo.rebuild_state``)."""

    __tablename__ = "review_state"
    fact_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("fact.id", ondelete="CASCADE"), primary_key=True)
    )
    card: str = Field(sa_column=sa.Column(sa.Text, nullable=False))  # fsrs Card.to_json()
    due: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime, nullable=True))
    stability: float | None = Field(default=None, sa_column=sa.Column(sa.Float, nullable=True))
    last_review: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime, nullable=True))
    attempts: int = Field(default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0"))
    correct: int = Field(default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0"))
    lapses: int = Field(default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0"))
    unexpected_misses: int = Field(default=0, sa_column=sa.Column(sa.Integer, nullable=False, server_default="0"))
    recent: str = Field(default="[]", sa_column=sa.Column(sa.Text, nullable=False, server_default="[]"))
    last_seen: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime, nullable=True))


class ChecklistTick(SQLModel, table=True):
    """A ticked item of the pre-call checklist (``core/checklist.py``), for one call date of a profile.
    ``ticked_at`` is None once it is unticked again. Ticks of an earlier call date stay, unshown."""

    __tablename__ = "checklist_tick"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", "call_at", "item", name="uq_checklist_tick_profile_call_item"),
    )
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False)
    )
    call_at: datetime = Field(sa_column=sa.Column(sa.DateTime, nullable=False))  # naive UTC, as profile.call_at
    item: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    ticked_at: datetime | None = Field(default=None, sa_column=sa.Column(sa.DateTime, nullable=True))


class ExplainAnswer(SQLModel, table=True):
    """The self-rating of a "be ready to explain" question (an audit finding, ``core/explain.py``), kept
    apart from the fact attempts: it never counts in the fact statistics."""

    __tablename__ = "explain_answer"
    __table_args__ = (sa.Index("ix_explain_answer_profile_key", "profile_id", "finding_key"),)
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("profile.id", ondelete="CASCADE"), nullable=False)
    )
    finding_key: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    check: str = Field(sa_column=sa.Column(sa.String, nullable=False))
    rating: str = Field(sa_column=sa.Column(sa.String, nullable=False))  # good | okay | poor
    answered_at: datetime = Field(default_factory=utcnow, sa_column=sa.Column(sa.DateTime, nullable=False))
    session_id: int | None = Field(
        default=None,
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("study_session.id", ondelete="SET NULL"), nullable=True),
    )
