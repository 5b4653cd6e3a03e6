"""The service layer: every operation the CLI and the desktop app perform, on plain Python objects.

Each method opens one SQLModel session, does its work in one transaction and returns plain data,
so the Qt layer can run it on its worker thread and the CLI can call it directly.
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from . import recordings, relevance, scheduling, stats
from .answering import grade_question
from .belief import Belief
from .calltypes import CALL_TYPES, DEFAULT_CALL_TYPE
from .checklist import Checklist, items_for, known_call_type
from .errors import UserError
from .explain import ExplainQuestion
from .facts import Fact, extract_facts, spoken_value
from .grading import Verdict
from .privacy import forget_these, identity_values
from .profile import Profile, ProfileError
from .scheduling import FactState, Timing
from .speech.rating import self_rated, shown_answer
from .stats import ACTIVE_PROFILE, FactStat, ProfileInfo, ProfileRef, ProfileStats
from .store import Store
from .store.models import (
    AcceptedAnswer,
    AnswerRecording,
    Attempt,
    ChecklistTick,
    ExplainAnswer,
    FactRow,
    ProfileRow,
    ReviewState,
    Setting,
    StudySession,
    as_utc,
    utcnow,
)

log = logging.getLogger(__name__)

SESSION_MODES = ("practice", "weak", "cram", "review", "call", "all", "explain")


NO_PROFILE = "There is no profile yet. Create one with 'verify-coach demo' or 'verify-coach import FILE'."


def damaged_profile(name: str, detail: str) -> ProfileError:
    """The error for a profile whose stored record no longer reads (damage inside the database file)."""
    return ProfileError(
        f"The profile {name!r} is damaged in the database and cannot be read ({detail}). Your other profiles "
        "are fine. A backup still keeps it exactly as stored; then delete this profile and import it again."
    )


def _unreadable(exc: Exception, name: str) -> Exception:
    """A row that SQLite hands back undecodable (invalid UTF-8) is a damaged profile; anything else is raised."""
    text = str(getattr(exc, "orig", exc))
    if "decode" in text.lower():
        return damaged_profile(name, "its text is not valid UTF-8")
    return exc


class CoachError(UserError, ValueError):
    """A request that cannot be done (unknown profile, no active profile...). ``str()`` is for the user."""


@dataclass(frozen=True)
class SyncResult:
    profile_id: int
    added: int
    kept: int
    retired: int


@dataclass
class SessionPlan:
    id: int
    profile_id: int
    mode: str
    questions: list[Any]  # core.questions.Question
    facts: dict[str, Fact] = field(default_factory=dict)
    explain: list[ExplainQuestion] = field(default_factory=list)  # asked after the questions (core/explain.py)


@dataclass(frozen=True)
class AnswerResult:
    attempt_id: int
    verdict: Verdict
    expected: str
    fact: Fact | None
    latency_ms: int
    rating: int
    spoken: bool = False
    self_rating: str | None = None  # right | close | wrong (spoken answers), None for typed ones


@dataclass(frozen=True)
class SessionSummary:
    id: int
    mode: str
    asked: int
    correct: int
    missed: list[dict[str, Any]]
    slowest: list[dict[str, Any]]
    explain: tuple[Any, ...] = ()  # core.explain.ExplainRecord: the explain questions rated (the session adds them)


def _utc(dt: datetime | None) -> datetime | None:
    return as_utc(dt)


def _display(fact: Fact | None) -> str:
    """A fact's value as a person says it ("March 2021"); "" without a fact."""
    return spoken_value(fact.value, fact.kind) if fact is not None else ""


def _naive(dt: datetime) -> datetime:
    return dt.astimezone(UTC).replace(tzinfo=None) if dt.tzinfo else dt


TIMING_SETTING = "timing"  # what counts as fast and slow, as the app was last told (JSON of Timing)


class Coach:
    def __init__(self, store: Store, *, timing: Timing | None = None):
        """``timing``: what counts as slow; by default the one the desktop app last saved
        (``save_timing``), so the CLI and the app count the same weak facts."""
        self.store = store
        self.timing = timing or self.saved_timing()

    def saved_timing(self) -> Timing:
        """The timing stored by ``save_timing`` (the default one if none is)."""
        try:
            data = json.loads(self.get_setting(TIMING_SETTING) or "{}")
            return Timing(fast_ms=int(data["fast_ms"]), slow_ms=int(data["slow_ms"]))
        except (ValueError, KeyError, TypeError):
            return Timing()

    def save_timing(self) -> None:
        """Store ``self.timing`` (the app's "slow answers" setting) for the CLI and the next start."""
        text = json.dumps({"fast_ms": self.timing.fast_ms, "slow_ms": self.timing.slow_ms})
        if self.get_setting(TIMING_SETTING) != text:
            self.set_setting(TIMING_SETTING, text)

    # ------------------------------------------------------------------ profiles
    def profiles(self) -> list[ProfileInfo]:
        with self.store.reader() as con:
            return stats.profile_list(con)

    def active_profile_id(self, name: str | None = None) -> int:
        with self.store.session() as s:
            return self._resolve(s, name).id or 0

    def load_profile(self, name: str | None = None) -> tuple[str, Profile]:
        with self.store.session() as s:
            row = self._resolve(s, name)
            try:
                profile = Profile.model_validate_json(row.data)
            except ValueError as exc:  # pydantic's ValidationError: stored, then damaged or changed on disk
                raise damaged_profile(row.name, str(exc).splitlines()[0]) from None
        forget_these(identity_values(profile))  # never in a log line or an error report (core.privacy)
        return row.name, profile

    def set_active(self, name: str) -> None:
        with self.store.session(write=True) as s:
            row = self._by_name(s, name)
            self._set_setting(s, ACTIVE_PROFILE, str(row.id))
            s.commit()

    def save_profile(self, name: str, profile: Profile, *, make_active: bool = True) -> SyncResult:
        """Create or replace a profile and re-extract its facts in one transaction.

        Facts whose key is unchanged keep their history; changed facts start a new one; facts no
        longer in the profile are retired (kept with their history, hidden from practice)."""
        name = name.strip()
        forget_these(identity_values(profile))  # never in a log line or an error report (core.privacy)
        if not name:
            raise CoachError("A profile needs a name.")
        problems = profile.problems()
        if problems:
            where, message = problems[0]
            raise ProfileError(message, where=where)
        facts = extract_facts(profile)
        now = utcnow()
        with self.store.session(write=True) as s:
            row = s.exec(select(ProfileRow).where(ProfileRow.name == name)).first()
            if row is None:
                row = ProfileRow(name=name, data=profile.model_dump_json(), created_at=now, updated_at=now)
                s.add(row)
                s.flush()
            else:
                row.data = profile.model_dump_json()
                row.updated_at = now
                s.add(row)
            result = self._sync_facts(s, row.id or 0, facts, now)
            if make_active:
                self._set_setting(s, ACTIVE_PROFILE, str(row.id))
            s.commit()
            return result

    def rename_profile(self, old: str, new: str) -> None:
        new = new.strip()
        if not new:
            raise CoachError("A profile needs a name.")
        with self.store.session(write=True) as s:
            row = self._by_name(s, old)
            if s.exec(select(ProfileRow).where(ProfileRow.name == new)).first():
                raise CoachError(f"There is already a profile named {new!r}.")
            row.name = new
            s.add(row)
            s.commit()

    def delete_profile(self, name: str) -> None:
        """Delete a profile with its facts, answers and recordings (its folder of recordings too)."""
        with self.store.session(write=True) as s:
            # by id only, never loading the record: a damaged profile (one that no longer reads) can be deleted
            pid = s.exec(select(ProfileRow.id).where(ProfileRow.name == name)).first()
            if pid is None:
                self._by_name(s, name)  # raises, listing the profiles
            s.execute(sa.delete(ProfileRow).where(col(ProfileRow.id) == pid))  # the foreign keys cascade
            days = s.get(Setting, stats.days_key(pid or 0))
            if days is not None:
                s.delete(days)
            if self._setting(s, ACTIVE_PROFILE) == str(pid):
                other = s.exec(select(ProfileRow.id).where(ProfileRow.id != pid)).first()
                self._set_setting(s, ACTIVE_PROFILE, str(other) if other else "")
            s.commit()
        if pid is not None:
            recordings.remove_tree(self.store.data_dir / recordings.RECORDINGS_DIR / str(int(pid)))

    def facts(self, name: str | None = None) -> list[Fact]:
        _, profile = self.load_profile(name)
        return extract_facts(profile)

    def _sync_facts(self, s: Session, profile_id: int, facts: list[Fact], now: datetime) -> SyncResult:
        existing = {r.key: r for r in s.exec(select(FactRow).where(FactRow.profile_id == profile_id)).all()}
        placed = relevance.entry_dates(facts)
        wanted = {f.key for f in facts}
        added = kept = retired = 0
        for pos, f in enumerate(facts):
            row = existing.get(f.key)
            if row is None:
                s.add(
                    FactRow(
                        profile_id=profile_id, key=f.key, category=f.category, label=f.label, value=f.value,
                        kind=f.kind, entity=f.entity, attribute=f.attribute, subject=f.subject,
                        derived=f.derived, position=pos, active=True, first_seen=now, placed_at=placed.get(f.entity),
                    )
                )
                added += 1
            else:
                kept += 1
                row.label, row.category, row.subject, row.position = f.label, f.category, f.subject, pos
                row.value, row.kind, row.entity, row.placed_at = f.value, f.kind, f.entity, placed.get(f.entity)
                row.active, row.retired_at = True, None
                s.add(row)
        for key, row in existing.items():
            if key not in wanted and row.active:
                row.active, row.retired_at = False, now
                s.add(row)
                retired += 1
        s.flush()
        return SyncResult(profile_id, added, kept, retired)

    # ------------------------------------------------------------------ call date
    def call_at(self, name: str | None = None) -> datetime | None:
        with self.store.session() as s:
            return _utc(self._resolve(s, name).call_at)

    def set_call_at(self, when: datetime | None, name: str | None = None) -> None:
        with self.store.session(write=True) as s:
            row = self._resolve(s, name)
            row.call_at = _naive(when.replace(second=0, microsecond=0)) if when else None  # to the minute
            s.add(row)
            s.commit()

    def call_type(self, name: str | None = None) -> str:
        """The id of the type of call the profile rehearses for (``core/calltypes.py``); "upwork" unless set."""
        with self.store.session() as s:
            stored = self._resolve(s, name).call_type
        return stored if stored and known_call_type(stored) else DEFAULT_CALL_TYPE

    def set_call_type(self, type_id: str, name: str | None = None) -> None:
        if not known_call_type(type_id):
            raise CoachError(f"Unknown type of call {type_id!r}; use one of {', '.join(CALL_TYPES)}.")
        with self.store.session(write=True) as s:
            row = self._resolve(s, name)
            row.call_type = type_id
            s.add(row)
            s.commit()

    # ------------------------------------------------------------------ the checklist before the call
    def checklist(self, name: str | None = None) -> Checklist | None:
        """The checklist for the profile's call date, with its ticks; None when no call date is set."""
        with self.store.session() as s:
            row = self._resolve(s, name)
            if row.call_at is None:
                return None
            ticked = set(s.exec(
                select(ChecklistTick.item).where(
                    ChecklistTick.profile_id == row.id, ChecklistTick.call_at == row.call_at,
                    col(ChecklistTick.ticked_at).is_not(None),
                )
            ).all())
            return Checklist.build(_utc(row.call_at) or row.call_at, row.call_type, ticked)

    def tick(self, item_id: str, ticked: bool = True, name: str | None = None, *, now: datetime | None = None) -> None:
        """Tick (or untick) an item of the checklist for the profile's current call date."""
        with self.store.session(write=True) as s:
            row = self._resolve(s, name)
            if row.call_at is None:
                raise CoachError("There is no call date yet: the checklist is for the day of your call. "
                                 "Set the date first.")
            items = items_for(row.call_type)
            if item_id not in {i.id for i in items}:
                raise CoachError(f"{item_id!r} is not on the checklist for this call; "
                                 f"the items are {', '.join(i.id for i in items)}.")
            tick = s.exec(select(ChecklistTick).where(
                ChecklistTick.profile_id == row.id, ChecklistTick.call_at == row.call_at, ChecklistTick.item == item_id,
            )).first()
            if tick is None:
                tick = ChecklistTick(profile_id=row.id or 0, call_at=row.call_at, item=item_id)
            tick.ticked_at = _naive(now or datetime.now(UTC)) if ticked else None
            s.add(tick)
            s.commit()

    # ------------------------------------------------------------------ sessions
    def start_session(
        self,
        mode: str = "practice",
        count: int = 20,
        *,
        seed: int | None = None,
        fact_keys: list[str] | None = None,
        name: str | None = None,
        now: datetime | None = None,
    ) -> SessionPlan:
        """Choose facts and build their questions; records an (empty) session.

        ``mode``: practice | weak | cram | review (``fact_keys`` given: drill these) | call | explain.

        A ``practice`` session ends with up to ``explain.PER_SESSION`` "be ready to explain" questions
        (``plan.explain``: the profile's explain findings, those not rated good and least recently
        answered first); an ``explain`` session has only those (up to ``count``) and no fact question."""
        from . import explain as explaining
        from .questions import question_for_fact
        from .questions.build import fair_forms, rewording, session_order

        if mode not in SESSION_MODES:
            raise CoachError(f"Unknown session mode {mode!r}; use one of {', '.join(SESSION_MODES)}.")
        if count < 1:
            raise CoachError("A session needs at least one question.")
        now = now or datetime.now(UTC)
        seed = random.randrange(1 << 30) if seed is None else seed
        pname, profile = self.load_profile(name)
        facts = extract_facts(profile)
        by_key = {f.key: f for f in facts}
        if not facts:
            raise CoachError("This profile has no facts yet: fill in the profile first.")
        explain: list[ExplainQuestion] = []
        if mode in ("practice", "explain") and not fact_keys:
            n_explain = count if mode == "explain" else explaining.PER_SESSION
            explain = explaining.choose(explaining.explain_questions(profile, facts), self.explain_history(pname),
                                        n_explain, seed)
        if mode == "explain":
            keys: list[str] = []
        elif fact_keys:
            keys = [k for k in fact_keys if k in by_key][:count]
            if not keys:
                raise CoachError("None of the chosen facts is in the profile any more.")
        else:
            cands = self._candidates(pname, now)
            if mode != "all":  # trivia (counts, ratings, budgets, issuers…) only in the "all facts" drill
                cands = [c for c in cands if relevance.matters(c.fact_key.split(".")[0], c.fact_key)] or cands
            pick_mode = {"practice": "normal", "review": "normal", "call": "normal", "all": "normal"}.get(mode, mode)
            keys = scheduling.pick(cands, count, pick_mode, seed)
        with self.store.session(write=True) as s:
            prow = self._by_name(s, pname)
            past = dict(
                s.exec(
                    select(FactRow.key, ReviewState.attempts)
                    .join(ReviewState, col(ReviewState.fact_id) == col(FactRow.id))
                    .where(FactRow.profile_id == prow.id, col(FactRow.key).in_(keys))
                ).all()
            )
            row = StudySession(profile_id=prow.id or 0, mode=mode, started_at=_naive(now))
            s.add(row)
            s.commit()
            session_id = row.id or 0
        seeds = [seed + i + past.get(k, 0) * 7919 for i, k in enumerate(keys)]
        questions = [question_for_fact(profile, facts, k, seed=sd) for k, sd in zip(keys, seeds, strict=True)]
        # at most 10 % true-or-false, none about identity; no prompt names an answer asked later
        questions = session_order(fair_forms(questions, profile, facts, seeds), by_key, rewording(profile, facts))
        return SessionPlan(session_id, prow.id or 0, mode, questions, by_key, explain)

    # ------------------------------------------------------------------ "be ready to explain"
    def explain_questions(self, name: str | None = None) -> list[ExplainQuestion]:
        """The profile's "be ready to explain" questions (its explain findings), in the audit's order."""
        from .explain import explain_questions

        _, profile = self.load_profile(name)
        return explain_questions(profile)

    def record_explain(self, plan: SessionPlan | None, question: ExplainQuestion, rating: str, *,
                       name: str | None = None, now: datetime | None = None) -> int:
        """Keep the user's rating (good | okay | poor) of their answer to an explain question, committed
        before returning; the row's id. Not a fact attempt: the fact statistics never see it."""
        from .explain import RATINGS

        if rating not in RATINGS:
            raise CoachError(f"Unknown rating {rating!r}; use one of {', '.join(RATINGS)}.")
        now = now or datetime.now(UTC)
        with self.store.session(write=True) as s:
            pid = plan.profile_id if plan is not None else self._resolve(s, name).id or 0
            row = ExplainAnswer(profile_id=pid, finding_key=question.key, check=question.check, rating=rating,
                                answered_at=_naive(now), session_id=plan.id if plan is not None else None)
            s.add(row)
            s.commit()
            return row.id or 0

    def undo_explain(self, answer_id: int) -> bool:
        """Take back one explain rating (the session's undo); False if it was not there."""
        with self.store.session(write=True) as s:
            row = s.get(ExplainAnswer, answer_id)
            if row is None:
                return False
            s.delete(row)
            s.commit()
            return True

    def explain_history(self, name: str | None = None) -> dict[str, tuple[str, datetime | None]]:
        """finding key -> (the last rating, when it was given, UTC)."""
        with self.store.reader() as con:
            pid = self._ref(con, name).id
            rows = con.execute(
                "SELECT finding_key, rating, answered_at FROM explain_answer WHERE profile_id = ?"
                " ORDER BY answered_at, id", (pid,)).fetchall()
        out: dict[str, tuple[str, datetime | None]] = {}
        for key, rating, at in rows:
            when = _utc(datetime.fromisoformat(at)) if isinstance(at, str) else _utc(at)
            out[key] = (rating, when)
        return out

    def explain_answers(self, name: str | None = None) -> dict[str, str]:
        """finding key -> the last rating the user gave their answer (good | okay | poor)."""
        return {k: r for k, (r, _) in self.explain_history(name).items()}

    def answer(
        self,
        plan: SessionPlan,
        question: Any,
        answer: str,
        latency_ms: int,
        *,
        hesitation_ms: int | None = None,
        verdict: Verdict | None = None,
        spoken: bool = False,
        self_rating: str | None = None,
        now: datetime | None = None,
    ) -> AnswerResult:
        """Grade, schedule and record one answer, committed before returning.

        ``verdict`` may be given for self-rated (spoken) answers in a mock call. ``spoken``: answered aloud
        ("Answer aloud"; ``answer`` is then ""). ``self_rating`` (right | close | wrong): the user's own
        rating of a spoken answer, which then makes the verdict (``speech.rating.self_rated``: close counts
        as right, rated Hard); a self-rated answer is a spoken one. Raises CoachError for another rating."""
        now = now or datetime.now(UTC)
        latency_ms = max(0, int(latency_ms))
        spoken = bool(spoken or self_rating is not None)
        if self_rating is not None:
            try:
                rated = self_rated(self_rating)
            except ValueError as exc:
                raise CoachError(str(exc)) from None
            verdict = rated.verdict
            rating = rated.rating(latency_ms, self.timing)
        else:
            if verdict is None:
                verdict = self._grade(plan, question, answer)
            rating = scheduling.rating_for(verdict.correct, latency_ms, self.timing)
        scheduled = plan.mode != "cram"
        primary = question.fact_keys[0]
        with self.store.session(write=True) as s:
            fact_row = s.exec(
                select(FactRow).where(FactRow.profile_id == plan.profile_id, FactRow.key == primary)
            ).first()
            if fact_row is None:
                raise CoachError("This question's fact is no longer in the profile.")
            state_row = s.get(ReviewState, fact_row.id)
            state = self._state_of(state_row)
            state.apply(verdict.correct, latency_ms, rating, now, scheduled=scheduled)
            self._store_state(s, fact_row.id or 0, state, state_row)
            att = Attempt(
                session_id=plan.id, profile_id=plan.profile_id, fact_id=fact_row.id or 0,
                question_id=question.id, form=question.form, prompt=question.prompt,
                fact_keys=" ".join(question.fact_keys), answer=answer, expected=question.answer,
                correct=verdict.correct, score=float(verdict.score), feedback=verdict.feedback,
                latency_ms=latency_ms, hesitation_ms=hesitation_ms, rating=int(rating),
                scheduled=scheduled, created_at=_naive(now), spoken=bool(spoken), self_rating=self_rating,
            )
            s.add(att)
            s.exec(  # type: ignore[call-overload]
                sa.update(StudySession)
                .where(col(StudySession.id) == plan.id)
                .values(asked=StudySession.asked + 1, correct=StudySession.correct + int(verdict.correct))
            )
            s.commit()
            return AnswerResult(
                att.id or 0, verdict, question.answer, plan.facts.get(primary), latency_ms, int(rating),
                bool(spoken), self_rating,
            )

    def _grade(self, plan: SessionPlan, question: Any, answer: str) -> Verdict:
        """Grade with the fact's other accepted forms: its name in another script, and answers the user
        marked right before ("I was right")."""
        primary = question.fact_keys[0]
        fact = plan.facts.get(primary)
        verdict = grade_question(question, answer, accept=tuple(getattr(fact, "aliases", ()) or ()))
        if verdict.correct or question.answer_kind in ("choice", "order"):
            return verdict
        with self.store.session() as s:
            forms = list(s.exec(
                select(AcceptedAnswer.text).where(
                    AcceptedAnswer.profile_id == plan.profile_id, AcceptedAnswer.fact_key == primary
                )
            ).all())
        if forms and grade_question(question, answer, accept=tuple(forms)).correct:
            return Verdict(True, 1.0, "Right \u2014 you marked this answer right before.")
        return verdict

    def override(self, plan: SessionPlan, attempt_id: int | None = None) -> AnswerResult:
        """"I was right": the (last, by default) wrong answer of the session counts as right, rated Hard.

        The attempt is kept and marked overridden; the fact's schedule is replayed; the answer is
        accepted for that fact from then on. ``undo_last`` takes the override back first."""
        with self.store.session(write=True) as s:
            query = select(Attempt).where(Attempt.session_id == plan.id)
            if attempt_id is not None:
                query = query.where(Attempt.id == attempt_id)
            att = s.exec(query.order_by(Attempt.id.desc())).first()  # type: ignore[union-attr]
            if att is None:
                raise CoachError("There is no answer to mark as right.")
            if att.correct:
                raise CoachError("That answer was already counted as right.")
            if att.form in ("choice", "truefalse", "timeline") and att.expected != att.answer and not att.answer.strip():
                raise CoachError("An empty answer cannot be marked as right.")
            att.correct, att.overridden, att.rating = True, True, int(scheduling.Rating.Hard)
            s.add(att)
            primary = att.fact_keys.split()[0]
            if att.answer.strip() and att.form not in ("choice", "truefalse", "timeline"):
                exists = s.exec(select(AcceptedAnswer).where(
                    AcceptedAnswer.profile_id == att.profile_id, AcceptedAnswer.fact_key == primary,
                    AcceptedAnswer.text == att.answer.strip(),
                )).first()
                if exists is None:
                    s.add(AcceptedAnswer(profile_id=att.profile_id, fact_key=primary, text=att.answer.strip(),
                                         attempt_id=att.id))
            s.flush()
            self._rebuild_state(s, att.fact_id)
            s.exec(  # type: ignore[call-overload]
                sa.update(StudySession).where(col(StudySession.id) == att.session_id)
                .values(correct=StudySession.correct + 1)
            )
            s.commit()
            verdict = Verdict(True, 1.0, "Marked right by you.")
            return AnswerResult(att.id or 0, verdict, att.expected, plan.facts.get(primary), att.latency_ms, att.rating)

    def undo_override(self, plan: SessionPlan, attempt_id: int) -> None:
        """Take back an "I was right" on a given answer of the session (the call report's Undo)."""
        with self.store.session(write=True) as s:
            att = s.exec(select(Attempt).where(Attempt.session_id == plan.id, Attempt.id == attempt_id)).first()
            if att is None or not att.overridden:
                raise CoachError("That answer was not marked as right by you.")
            self._take_back_override(s, att)
            s.commit()

    def _take_back_override(self, s: Session, att: Attempt) -> None:
        att.correct, att.overridden, att.rating = False, False, int(scheduling.Rating.Again)
        s.add(att)
        for row in s.exec(select(AcceptedAnswer).where(AcceptedAnswer.attempt_id == att.id)).all():
            s.delete(row)
        s.flush()
        self._rebuild_state(s, att.fact_id)
        s.exec(  # type: ignore[call-overload]
            sa.update(StudySession).where(col(StudySession.id) == att.session_id).values(correct=StudySession.correct - 1)
        )

    def override_counts(self, name: str | None = None) -> dict[str, Any]:
        """How often the user said "I was right": in all, and by the fact's kind and category."""
        with self.store.reader() as con:
            return stats.override_counts(con, self._ref(con, name).id)

    def undo_last(self, plan: SessionPlan) -> int | None:
        """Take back the session's last action: an "I was right" override first, else the last answer
        (rebuilding that fact's state as if it was never given).
        Returns the attempt's id (None if there was nothing to undo)."""
        with self.store.session(write=True) as s:
            att = s.exec(
                select(Attempt).where(Attempt.session_id == plan.id).order_by(Attempt.id.desc())  # type: ignore[union-attr]
            ).first()
            if att is None:
                return None
            if att.overridden:
                self._take_back_override(s, att)
                s.commit()
                return att.id
            att_id, fact_id, was_correct, profile_id = att.id, att.fact_id, att.correct, att.profile_id
            rec = s.exec(select(AnswerRecording.file).where(AnswerRecording.attempt_id == att_id)).first()
            s.delete(att)  # its answer_recording row goes with it (ON DELETE CASCADE)
            s.flush()
            self._rebuild_state(s, fact_id)
            s.exec(  # type: ignore[call-overload]
                sa.update(StudySession)
                .where(col(StudySession.id) == plan.id)
                .values(asked=StudySession.asked - 1, correct=StudySession.correct - int(was_correct))
            )
            s.commit()
        files = {recordings.relative_path(profile_id, att_id or 0), *([rec] if rec else [])}
        for rel in files:  # the row's file, and one a save in progress may have just written
            recordings.remove_file(recordings.resolve(self.store.data_dir, rel))
        return att_id

    def end_session(self, plan: SessionPlan, *, now: datetime | None = None) -> SessionSummary:
        now = now or datetime.now(UTC)
        with self.store.session(write=True) as s:
            row = s.get(StudySession, plan.id)
            if row is None:
                raise CoachError("That session no longer exists.")
            row.ended_at = _naive(now)
            s.add(row)
            atts = s.exec(select(Attempt).where(Attempt.session_id == plan.id).order_by(Attempt.id)).all()  # type: ignore[arg-type]
            if row.asked:
                self._note_readiness(s, row.profile_id, now)
            s.commit()
            missed = [
                {"prompt": a.prompt, "answer": a.answer, "expected": a.expected, "fact_keys": a.fact_keys.split(),
                 "form": a.form, "value": _display(plan.facts.get(a.fact_keys.split()[0])),
                 "attempt_id": a.id, "spoken": a.spoken, "self_rating": a.self_rating,
                 "shown_answer": shown_answer(a.answer, a.spoken, a.self_rating)}
                for a in atts
                if not a.correct
            ]
            slowest = [
                {"prompt": a.prompt, "latency_ms": a.latency_ms, "correct": a.correct, "attempt_id": a.id,
                 "spoken": a.spoken, "self_rating": a.self_rating}
                for a in sorted(atts, key=lambda a: a.latency_ms, reverse=True)[:3]
                if a.latency_ms > self.timing.fast_ms  # a quick answer is never one of the "slowest"
            ]
            return SessionSummary(row.id or 0, row.mode, row.asked, row.correct, missed, slowest)

    def _note_readiness(self, s: Session, profile_id: int, now: datetime) -> None:
        """Note today's readiness at the call (the dashboard's "Over time" chart), in the session's
        transaction: one value per day, the last session's."""
        con = s.connection().connection.driver_connection
        prow = s.get(ProfileRow, profile_id)
        if prow is None:
            return
        st = stats.compute(con, profile_id=profile_id, profile_name=prow.name,  # type: ignore[arg-type]
                           call_at=as_utc(prow.call_at) if prow.call_at else None, now=now, timing=self.timing)
        key = stats.days_key(profile_id)
        self._set_setting(s, key, stats.noted_days(self._setting(s, key), now.astimezone().date(), st.readiness))

    # ------------------------------------------------------------------ recordings of spoken answers
    def save_recording(self, attempt_id: int, pcm: bytes, sample_rate: int) -> Path:
        """Keep a spoken answer: int16 mono PCM, encoded to OGG/Opus and written owner-only to
        ``<data dir>/answer-recordings/<profile_id>/<attempt_id>.ogg`` (replacing an earlier one of the same
        answer). Returns the file's path. Raises CoachError for an unknown answer or audio that cannot be
        encoded; then nothing is kept."""
        with self.store.session() as s:
            att = s.get(Attempt, attempt_id)
            if att is None:
                raise CoachError("That answer is no longer stored; its recording was not kept.")
            profile_id = att.profile_id
        try:
            data = recordings.encode_opus(pcm, sample_rate)
        except recordings.RecordingError as exc:
            raise CoachError(str(exc)) from None
        rel = recordings.relative_path(profile_id, attempt_id)
        path = recordings.write_recording(self.store.data_dir, rel, data)
        try:
            with self.store.session(write=True) as s:
                row = s.exec(select(AnswerRecording).where(AnswerRecording.attempt_id == attempt_id)).first()
                row = row or AnswerRecording(attempt_id=attempt_id, profile_id=profile_id, file=rel, bytes=0,
                                             duration_ms=0)
                row.file, row.bytes = rel, len(data)
                row.duration_ms = recordings.duration_ms(pcm, sample_rate)
                row.created_at = utcnow()
                s.add(row)
                s.commit()
        except Exception:  # e.g. the answer was undone meanwhile: no file without its row
            recordings.remove_file(path)
            raise
        return path

    def recording_for(self, attempt_id: int) -> Path | None:
        """The recording of a spoken answer, or None (none kept, the answer is gone, or the file is)."""
        with self.store.session() as s:
            rel = s.exec(select(AnswerRecording.file).where(AnswerRecording.attempt_id == attempt_id)).first()
        path = recordings.resolve(self.store.data_dir, rel) if rel else None
        return path if path is not None and path.is_file() and not path.is_symlink() else None

    def last_recordings(self, fact_keys: list[str], name: str | None = None) -> dict[str, Path]:
        """The newest kept recording of a wrong spoken answer for each fact that has one (the missed-facts
        screen's "You said ▶")."""
        if not fact_keys:
            return {}
        with self.store.session() as s:
            prow = self._resolve(s, name)
            rows = s.exec(
                select(FactRow.key, AnswerRecording.file)
                .join(Attempt, col(Attempt.id) == col(AnswerRecording.attempt_id))
                .join(FactRow, col(FactRow.id) == col(Attempt.fact_id))
                .where(col(AnswerRecording.profile_id) == prow.id, col(FactRow.key).in_(fact_keys),
                       col(Attempt.correct).is_(False))
                .order_by(col(Attempt.id).desc())
            ).all()
        out: dict[str, Path] = {}
        for key, rel in rows:
            if key in out:
                continue
            path = recordings.resolve(self.store.data_dir, rel)
            if path is not None and path.is_file() and not path.is_symlink():
                out[key] = path
        return out

    def recordings_usage(self) -> tuple[int, int]:
        """How many recordings are kept on disk (all profiles), and their size in bytes."""
        return recordings.usage(self.store.data_dir)

    def clear_recordings(self) -> int:
        """Delete every recording (files and rows, all profiles). Returns how many files were deleted."""
        count, _ = recordings.usage(self.store.data_dir)
        with self.store.session(write=True) as s:
            s.exec(sa.delete(AnswerRecording))  # type: ignore[call-overload]
            s.commit()
        recordings.remove_tree(self.store.data_dir / recordings.RECORDINGS_DIR)
        left, _ = recordings.usage(self.store.data_dir)
        return count - left

    # ------------------------------------------------------------------ statistics
    def stats(self, name: str | None = None, *, now: datetime | None = None) -> ProfileStats:
        """Readiness and weaknesses (``.to_json()``: the stable shape of ``verify-coach stats --json``)."""
        with self.store.reader() as con:
            ref = self._ref(con, name)
            return stats.compute(
                con, profile_id=ref.id, profile_name=ref.name, call_at=ref.call_at, now=now, timing=self.timing
            )

    def fact_stats(self, name: str | None = None, *, now: datetime | None = None) -> list[FactStat]:
        with self.store.reader() as con:
            ref = self._ref(con, name)
            return stats.fact_stats(con, ref.id, ref.call_at, now or datetime.now(UTC), self.timing)

    def weak_facts(self, name: str | None = None, *, now: datetime | None = None) -> list[FactStat]:
        """The weak facts, the most at risk first (``stats.weak_facts``: the one definition)."""
        return stats.weak_facts(self.fact_stats(name, now=now))

    def wrong_answers(self, fact_keys: list[str], name: str | None = None, *,
                      per_fact: int = 5) -> dict[str, list[str | Belief]]:
        """The user's recent wrong answers for each fact (most recent first)."""
        if not fact_keys:
            return {}
        with self.store.reader() as con:
            return stats.wrong_answers(con, self._ref(con, name).id, fact_keys, per_fact)

    # ------------------------------------------------------------------ state helpers
    @staticmethod
    def _state_of(row: ReviewState | None) -> FactState:
        if row is None:
            return FactState()
        return FactState(
            card=scheduling.card_from_json(row.card) if row.last_review else None,
            attempts=row.attempts, correct=row.correct, lapses=row.lapses,
            unexpected_misses=row.unexpected_misses, recent=json.loads(row.recent or "[]"),
            last_seen=_utc(row.last_seen),
        )

    @staticmethod
    def _store_state(s: Session, fact_id: int, st: FactState, row: ReviewState | None) -> None:
        if row is None:
            row = ReviewState(fact_id=fact_id, card="")
        card = st.card
        row.card = card.to_json() if card else ""
        row.due = _naive(card.due) if card else None
        row.stability = card.stability if card else None
        row.last_review = _naive(card.last_review) if card and card.last_review else None
        row.attempts, row.correct, row.lapses = st.attempts, st.correct, st.lapses
        row.unexpected_misses, row.recent = st.unexpected_misses, st.recent_json()
        row.last_seen = _naive(st.last_seen) if st.last_seen else None
        s.add(row)

    def _rebuild_state(self, s: Session, fact_id: int) -> None:
        """Replay a fact's attempts: the state is a function of its history."""
        st = FactState()
        atts = s.exec(
            select(Attempt).where(Attempt.fact_id == fact_id).order_by(Attempt.created_at, Attempt.id)  # type: ignore[arg-type]
        ).all()
        for a in atts:
            st.apply(a.correct, a.latency_ms, scheduling.Rating(a.rating), _utc(a.created_at) or utcnow(), scheduled=a.scheduled)
        row = s.get(ReviewState, fact_id)
        if not atts:
            if row is not None:
                s.delete(row)
            return
        self._store_state(s, fact_id, st, row)

    def _candidates(self, name: str, now: datetime) -> list[scheduling.Candidate]:
        with self.store.session() as s:
            row = self._by_name(s, name)
            target = scheduling.target_time(_utc(row.call_at), now)
            rows = s.exec(
                select(FactRow.key, FactRow.category, ReviewState)
                .join(ReviewState, col(ReviewState.fact_id) == col(FactRow.id), isouter=True)
                .where(FactRow.profile_id == row.id, col(FactRow.active))
                .order_by(col(FactRow.position))
            ).all()
        out = []
        for key, category, rs in rows:
            st = self._state_of(rs)
            seen = st.card is not None or st.attempts > 0
            due = bool(st.card and st.card.due <= now)
            weak = bool(stats.weak_reasons(category, key, st.recent, self.timing))
            out.append(scheduling.Candidate(key, seen, scheduling.recall(st.card, target), due, weak))
        return out

    # ------------------------------------------------------------------ settings / lookups
    @staticmethod
    def _setting(s: Session, key: str) -> str | None:
        row = s.get(Setting, key)
        return row.value if row else None

    @staticmethod
    def _set_setting(s: Session, key: str, value: str) -> None:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
            s.add(row)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.store.session() as s:
            v = self._setting(s, key)
            return default if v is None else v

    def set_setting(self, key: str, value: str) -> None:
        with self.store.session(write=True) as s:
            self._set_setting(s, key, value)
            s.commit()

    def _by_name(self, s: Session, name: str) -> ProfileRow:
        try:
            row = s.exec(select(ProfileRow).where(ProfileRow.name == name)).first()
        except sa.exc.OperationalError as exc:
            raise _unreadable(exc, name) from None
        if row is None:
            names = [r for r in s.exec(select(ProfileRow.name)).all()]
            hint = f" Profiles: {', '.join(names)}." if names else " There are no profiles yet."
            raise CoachError(f"No profile named {name!r}.{hint}")
        return row

    def _resolve(self, s: Session, name: str | None) -> ProfileRow:
        if name:
            return self._by_name(s, name)
        con = s.connection().connection.driver_connection
        pid = stats.default_profile_id(con)  # type: ignore[arg-type]
        try:
            row = s.get(ProfileRow, pid) if pid is not None else None
        except sa.exc.OperationalError as exc:
            found = con.execute("SELECT CAST(name AS BLOB) FROM profile WHERE id = ?", (pid,)).fetchone()  # type: ignore[union-attr]
            raise _unreadable(exc, bytes(found[0]).decode("utf-8", "replace") if found else f"#{pid}") from None
        if row is None:
            raise CoachError(NO_PROFILE)
        return row

    def _ref(self, con: Any, name: str | None) -> ProfileRef:
        """Like ``_resolve``, on a reader connection."""
        ref = stats.resolve(con, name or None)
        if ref is None:
            if name:
                with self.store.session() as s:
                    self._by_name(s, name)  # raises with the list of profiles
            raise CoachError(NO_PROFILE)
        return ref
