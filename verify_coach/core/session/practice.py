"""The practice session: one question at a time, each answer committed before its verdict shows.

States::

    IDLE -> LOADING -> QUESTION -> SAVING -> FEEDBACK -> QUESTION ... -> ENDING -> SUMMARY
                          ^    |                |  \\-> UNDOING (Ctrl+Z) -> QUESTION (asked again)
                          |    |                \\-> SAVING ("I was right") -> FEEDBACK
                          |    \\-> HEARD (said aloud: the self-check) -> SAVING -> QUESTION (the next one)
                          \\-- a plan with no questions, or an error: back to IDLE with a reason

Every answer is committed by the coach before its feedback shows, so ending or leaving a session
never loses anything. The answer clock starts when a question is shown and stops when it is
answered; :meth:`PracticeSession.pause` stops it meanwhile.

An answer may be said aloud instead (:meth:`PracticeSession.speech_started`, :meth:`speech_ended`, called
by a front end that listens to a microphone): the hesitation is the time to the first speech, the
latency the time to its end. The user then rates the answer against "Say it like this"
(:meth:`PracticeSession.self_rate`: right, close or wrong); that rating is recorded and scheduled like a
graded answer, and the next question follows at once (Ctrl+Z at it takes the rating back). Silence
until :attr:`PracticeSession.silence_ms` counts as no answer (:meth:`PracticeSession.no_answer`). The view (the app's practice screen, the
terminal) implements :class:`PracticeView` and forwards the user's actions to the controller.

After the fact questions come the plan's "be ready to explain" questions (``plan.explain``, the audit's
explain findings: ``core/explain.py``)::

    ... -> EXPLAIN (answer aloud or type; the clock runs) -> EXPLAIN_RATE (what a good answer covers:
           tick the points, or rate 1 good / 2 okay / 3 poor) -> SAVING -> EXPLAIN ... -> ENDING -> SUMMARY

Their ratings are kept by ``Coach.record_explain``, never as fact attempts. Ctrl+Z at the next explain
question (or at the summary) takes the last rating back and asks that question again
(``Coach.undo_explain``); an explain question cannot take back the fact answer before it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from .. import dates
from ..belief import Belief, belief_of
from ..errors import UserError
from ..explain import RATINGS as EXPLAIN_RATINGS
from ..explain import ExplainQuestion, ExplainRecord
from ..facts import spoken_value
from ..mockcall import PausableClock
from . import Clock, Runner, keep_recording, monotonic

if TYPE_CHECKING:
    from ..coach import AnswerResult, SessionPlan, SessionSummary
    from ..facts import Fact


class State(enum.Enum):
    IDLE = "idle"  # no session: the start panel
    LOADING = "loading"  # the plan is being made
    QUESTION = "question"  # waiting for an answer; the clock runs
    SAVING = "saving"  # an answer (or an "I was right") is being committed
    FEEDBACK = "feedback"  # the verdict shows
    UNDOING = "undoing"  # the last answer (or "I was right") is being taken back
    HEARD = "heard"  # an answer said aloud is over: the user rates it against "Say it like this"
    ENDING = "ending"  # the session is being closed
    SUMMARY = "summary"  # the summary shows
    EXPLAIN = "explain"  # a "be ready to explain" question: answer it (aloud or typed); the clock runs
    EXPLAIN_RATE = "explain_rate"  # what a good answer covers shows: the user rates their answer


IN_SESSION = (State.QUESTION, State.HEARD, State.SAVING, State.FEEDBACK, State.EXPLAIN, State.EXPLAIN_RATE)
ANSWERING = (State.QUESTION, State.HEARD, State.FEEDBACK, State.EXPLAIN, State.EXPLAIN_RATE)  # end() works
SELF_RATINGS = ("right", "close", "wrong")
SILENCE_MS = 10_000  # aloud: silence this long after the question is "no answer" (the countdown plus a grace)
BUSY = (*IN_SESSION, State.LOADING, State.UNDOING, State.ENDING)


@dataclass
class AnswerRecord:
    """An answer given in this session (the database has the full attempt)."""

    index: int
    attempt_id: int
    correct: bool
    given: str
    latency_ms: int
    overridden: bool = False
    fact_key: str = ""
    rating: int = 0  # the review rating the answer counts as (Hard after an "I was right")
    spoken: bool = False  # said aloud and rated by the user
    self_rating: str | None = None  # right, close, wrong (spoken answers)
    hesitation_ms: int | None = None
    recording: Any = None  # the kept audio file (a Path) when recordings are on


@dataclass(frozen=True)
class SelfCheck:
    """What the self-check of an answer said aloud shows: the fact as a person says it, to compare."""

    index: int
    say_it: str  # "I started at Brightline Logistics in July twenty eighteen"
    expected: str  # the value as shown in writing ("July 2018")
    fact_label: str
    hesitation_ms: int | None  # None: no speech was heard
    latency_ms: int
    heard: bool  # speech was heard (False: the silence ran out)
    heard_text: str = ""  # what a transcriber proposes the user said ("" without one: core.speech.transcribe)


@dataclass(frozen=True)
class Feedback:
    """What the verdict of one answer shows."""

    index: int
    attempt_id: int
    correct: bool
    score: float  # the grader's score, 0–1
    given: str
    answer: str  # the expected answer as the grader has it
    expected: str  # the answer as shown: a date in words, the truth for a true-or-false question
    feedback: str  # the grader's sentence
    fact_label: str  # "" without a fact
    fact_value: str  # the fact's value as a person says it
    belief: Belief | None  # a true-or-false answer as what the user believed
    latency_ms: int
    choice_answer: str  # the right choice, to mark on the card
    order: bool  # an "order these" question
    last: bool  # the last question of the plan
    can_override: bool  # "I was right" is offered
    spoken: bool = False  # answered aloud (here: nothing was heard before the silence ran out)


class PracticeView(Protocol):
    def show_loading(self) -> None: ...
    def show_question(self, index: int, total: int, question: Any) -> None: ...
    def show_saving(self) -> None: ...
    def show_feedback(self, feedback: Feedback) -> None: ...
    def show_self_check(self, check: SelfCheck) -> None: ...  # an answer said aloud: rate it 1/2/3
    def show_answer_error(self, message: str | None) -> None: ...  # None: not the user's (a bug)
    def show_overridden(self, record: AnswerRecord) -> None: ...
    def show_override_error(self, message: str | None) -> None: ...
    def show_override_undone(self, record: AnswerRecord) -> None: ...
    def show_ending(self) -> None: ...
    def show_end_error(self, message: str | None) -> None: ...  # the end was not saved; ending again retries
    def show_summary(self, summary: SessionSummary, plan: SessionPlan, can_undo: bool) -> None: ...
    def back_to_start(self, reason: str, message: str) -> None: ...  # "no-weak" | "nothing" | "refused" | "error"
    def history_changed(self) -> None: ...
    # "be ready to explain": ``number`` counts from 0 over the whole session (fact questions first)
    def show_explain(self, number: int, total: int, question: ExplainQuestion) -> None: ...
    def show_explain_points(self, question: ExplainQuestion, given: str) -> None: ...  # rate it now
    def show_explain_error(self, message: str | None) -> None: ...  # the rating was not saved


def shown_answer(question: Any, answer: str) -> str:
    """A typed date answer in words ("14 March 2019"), everything else as the question has it."""
    if question.answer_kind == "date":
        try:
            return dates.human(answer) or answer
        except dates.PartialDateError:
            return answer
    return answer


def shown_value(fact: Fact) -> str:
    """A fact's value as a person says it; a date that cannot be read is shown as stored."""
    return spoken_value(fact.value, fact.kind)


def feedback_for(plan: SessionPlan, index: int, given: str, result: AnswerResult) -> Feedback:
    q = plan.questions[index]
    fact = (plan.facts.get(q.fact_keys[0]) if plan.facts else None) or result.fact
    expected = shown_answer(q, result.expected or q.answer)
    value = shown_value(fact) if fact is not None else ""
    belief = belief_of(q.form, q.prompt, given, result.expected or q.answer)
    if belief is not None:  # true or false: what the user believed, never "You said: True"
        expected = value or expected
    return Feedback(
        index=index, attempt_id=result.attempt_id, correct=result.verdict.correct, score=result.verdict.score,
        given=given, answer=result.expected, expected=expected,
        feedback=result.verdict.feedback, fact_label=fact.label if fact is not None else "", fact_value=value,
        belief=belief, latency_ms=result.latency_ms, choice_answer=q.answer, order=q.answer_kind == "order",
        last=index + 1 >= len(plan.questions) and not plan.explain, can_override=q.answer_kind not in ("choice", "order") and bool(given),
    )


def _message(exc: BaseException) -> str | None:
    return str(exc) if isinstance(exc, UserError) else None


class PracticeSession:
    """One practice session at a time; :meth:`start` again ends the running one quietly."""

    def __init__(self, view: PracticeView, run: Runner, *, clock: Clock = monotonic, seed: int | None = None):
        self.view, self.run, self.clock = view, run, clock
        self.seed = seed  # tests set it for repeatable sessions
        self.state = State.IDLE
        self.mode = "practice"
        self.fact_keys: list[str] | None = None
        self.plan: SessionPlan | None = None
        self.index = 0
        self.records: list[AnswerRecord] = []
        self.summary: SessionSummary | None = None
        self.answered_ms = 0  # the time the last answer took (shown once the clock stops)
        self._token = 0  # results of an older session (or step) are dropped
        self._end_requested = False
        self.qclock = PausableClock(lambda: self.clock() * 1000)  # the current question's answer clock
        self.silence_ms = SILENCE_MS
        self.hesitation_ms: int | None = None  # aloud: the current question's time to the first speech
        self.audio: bytes | None = None  # aloud: what the microphone caught of the current answer
        self.keep_recordings = False  # aloud: keep each answer's audio (the user's setting)
        self.check: SelfCheck | None = None
        self.transcriber: Any = None  # core.speech.transcribe.Transcriber: proposes what was said (none shipped)
        self.explain_index = 0  # the current "be ready to explain" question (plan.explain)
        self.explain_records: list[ExplainRecord] = []  # the explain questions rated, in order
        self.explain_given = ""  # what was typed for the current one (not stored)

    # -- the clock ---------------------------------------------------------------------------
    def elapsed_ms(self) -> int:
        """Time on the current question (the last answer's time once answered)."""
        if self.state not in (State.QUESTION, State.EXPLAIN) or not self.qclock.started:
            return self.answered_ms
        return self.qclock.elapsed_ms()

    def _since_question(self, at_ms: float) -> int:
        """The answer clock's reading at monotonic time ``at_ms`` (a moment the microphone reported)."""
        now = self.clock() * 1000
        return max(0, int(self.qclock.elapsed_ms() - max(0.0, now - at_ms)))

    @property
    def paused(self) -> bool:
        return self.qclock.paused

    def pause(self) -> None:
        """Stop the answer clock (the time paused does not count as thinking time)."""
        self.qclock.pause()

    def resume(self) -> None:
        self.qclock.resume()

    @property
    def current_question(self) -> Any:
        return self.plan.questions[self.index] if self.plan is not None and self.plan.questions else None

    @property
    def current_explain(self) -> ExplainQuestion | None:
        if self.plan is None or self.state not in (State.EXPLAIN, State.EXPLAIN_RATE, State.SAVING):
            return None
        return self.plan.explain[self.explain_index] if self.explain_index < len(self.plan.explain) else None

    @property
    def total(self) -> int:
        """The questions of the session: the fact questions, then the explain questions."""
        return len(self.plan.questions) + len(self.plan.explain) if self.plan is not None else 0

    # -- starting ----------------------------------------------------------------------------
    def start(self, mode: str, count: int, fact_keys: list[str] | None = None, *, name: str | None = None) -> None:
        """Start a session (``practice``, ``weak``, ``cram``, ``all``, or ``review`` with the facts to drill)."""
        if self.state in BUSY:
            self.end_quietly()
        self._token += 1
        token = self._token
        self.mode = mode
        self.fact_keys = list(fact_keys) if fact_keys else None
        self.plan, self.index, self.records, self.summary = None, 0, [], None
        self.explain_index, self.explain_records, self.explain_given = 0, [], ""
        self._end_requested = False
        self.state = State.LOADING
        self.view.show_loading()
        keys, seed = self.fact_keys, self.seed
        n = len(keys) if keys else max(1, count)
        self.run(lambda coach: coach.start_session(mode, n, seed=seed, fact_keys=keys, name=name),
                 lambda plan: self._plan_ready(token, plan), lambda exc: self._plan_failed(token, exc),
                 name="start-session")

    def _plan_ready(self, token: int, plan: SessionPlan) -> None:
        plan.questions = [q for q in plan.questions if q is not None]
        if token != self._token or self.state is not State.LOADING:  # superseded or left meanwhile
            self._end_unseen(plan)
            return
        if not plan.questions and not plan.explain:
            self._end_unseen(plan)
            self.state = State.IDLE
            self.view.back_to_start({"weak": "no-weak", "explain": "no-explain"}.get(self.mode, "nothing"), "")
            return
        self.plan = plan
        if plan.questions:
            self.ask(0)
        else:
            self.ask_explain(0)

    def _plan_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self.state = State.IDLE
        message = _message(exc)
        self.view.back_to_start("refused" if message is not None else "error", message or "")

    def _end_unseen(self, plan: SessionPlan) -> None:
        self.run(lambda coach: coach.end_session(plan), _ignore, _ignore, name="end-empty-session")

    # -- asking and answering ---------------------------------------------------------------
    def ask(self, index: int) -> None:
        """Show question ``index`` fresh and start its clock."""
        assert self.plan is not None
        self.index = index
        self.state = State.QUESTION
        self.answered_ms = 0
        self.hesitation_ms, self.audio, self.check = None, None, None
        self.qclock.start()  # keeps a pause in force
        self.view.show_question(index, self.total, self.plan.questions[index])

    def submit(self, text: str, *, allow_empty: bool = False, spoken: bool = False) -> bool:
        """Grade and record the answer; the verdict shows once it is committed. False when refused."""
        if self.state is not State.QUESTION or self.plan is None:
            return False
        text = text.strip()
        if not text and not allow_empty:
            return False
        latency = self.elapsed_ms()
        self.answered_ms = latency
        self.state = State.SAVING
        plan, q, index, token = self.plan, self.current_question, self.index, self._token
        self.view.show_saving()
        self.run(lambda coach: coach.answer(plan, q, text, latency, spoken=spoken),
                 lambda r: self._answered(token, index, text, r, spoken=spoken),
                 lambda exc: self._answer_failed(token, exc), name="answer")
        return True

    def _answered(self, token: int, index: int, text: str, result: AnswerResult, *, rating: str | None = None,
                  hesitation: int | None = None, recording: Any = None, spoken: bool = False) -> None:
        if token != self._token or self.plan is None:
            return
        self.records.append(AnswerRecord(index, result.attempt_id, result.verdict.correct, text, result.latency_ms,
                                         fact_key=self.plan.questions[index].fact_keys[0], rating=result.rating,
                                         spoken=spoken or rating is not None, self_rating=rating,
                                         hesitation_ms=hesitation, recording=recording))
        self.state = State.FEEDBACK
        if rating is not None and not self._end_requested:  # rated by the user: on to the next question at once
            self.view.history_changed()
            self.next()
            return
        self.view.history_changed()  # the header's readiness follows every answer, not only the session's end
        fb = feedback_for(self.plan, index, text, result)
        self.view.show_feedback(replace(fb, spoken=True, can_override=False) if spoken else fb)
        if self._end_requested:
            self.end()

    def _answer_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self.state = State.FEEDBACK
        self.view.show_answer_error(_message(exc))

    def next(self) -> None:
        """On from the verdict: the next question, or the summary after the last."""
        if self.state is not State.FEEDBACK or self.plan is None:
            return
        if self.index + 1 < len(self.plan.questions):
            self.ask(self.index + 1)
        elif self.plan.explain:
            self.ask_explain(0)
        else:
            self.end()

    # -- "be ready to explain" ---------------------------------------------------------------
    def ask_explain(self, i: int) -> None:
        """Show explain question ``i`` of the plan and start its clock."""
        assert self.plan is not None
        self.explain_index = i
        self.explain_given = ""
        self.state = State.EXPLAIN
        self.answered_ms = 0
        self.qclock.start()
        self.view.show_explain(len(self.plan.questions) + i, self.total, self.plan.explain[i])

    def explain_answered(self, text: str = "") -> bool:
        """The user has answered the explain question (aloud, or typed: ``text``, may be empty): what a
        good answer covers shows, to rate against."""
        q = self.current_explain
        if self.state is not State.EXPLAIN or q is None:
            return False
        self.answered_ms = self.qclock.elapsed_ms()
        self.explain_given = text.strip()
        self.state = State.EXPLAIN_RATE
        self.view.show_explain_points(q, self.explain_given)
        return True

    def rate_explain(self, rating: str = "", covered: tuple[int, ...] | None = None) -> bool:
        """Good, okay or poor for the explain answer, with ``covered`` the points ticked (shown as left out
        in the summary); without a rating it follows from them (``mockcall.rating_for_points``). Kept by
        the coach, then the next one."""
        from ..mockcall import rating_for_points

        q = self.current_explain
        if self.state is not State.EXPLAIN_RATE or q is None or self.plan is None:
            return False
        if covered is not None:
            covered = tuple(sorted({i for i in covered if 0 <= i < len(q.points)}))
            if not rating:
                rating = rating_for_points(len(covered), len(q.points))
        if rating not in EXPLAIN_RATINGS:
            return False
        plan, token, given, i = self.plan, self._token, self.explain_given, self.explain_index
        self.state = State.SAVING
        self.view.show_saving()
        self.run(lambda coach: coach.record_explain(plan, q, rating),
                 lambda answer_id: self._explain_saved(token, i, ExplainRecord(q, rating, covered, answer_id, given)),
                 lambda exc: self._explain_failed(token, exc), name="explain-rating")
        return True

    def _explain_saved(self, token: int, i: int, record: ExplainRecord) -> None:
        if token != self._token or self.plan is None:
            return
        self.explain_records.append(record)
        self.state = State.EXPLAIN_RATE  # (for end)
        if self._end_requested or i + 1 >= len(self.plan.explain):
            self.end()
        else:
            self.ask_explain(i + 1)

    def _explain_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self.state = State.EXPLAIN_RATE  # rate again
        self.view.show_explain_error(_message(exc))

    # -- answers said aloud ------------------------------------------------------------------
    def speech_started(self, at_ms: float) -> None:
        """The microphone heard the answer start (monotonic ms): that is the hesitation."""
        if self.state is State.QUESTION and self.hesitation_ms is None:
            self.hesitation_ms = self._since_question(at_ms)

    def speech_ended(self, at_ms: float, audio: bytes | None = None) -> bool:
        """The answer said aloud is over (the end of the last speech, monotonic ms): the self-check shows."""
        if self.state is not State.QUESTION or self.plan is None:
            return False
        latency = self._since_question(at_ms)
        if self.hesitation_ms is None:
            self.hesitation_ms = latency
        self.hesitation_ms = min(self.hesitation_ms, latency)
        return self._heard(latency, audio, heard=True)

    def end_aloud(self, audio: bytes | None = None) -> bool:
        """Enter (or Space) while speaking: the answer is over now."""
        if self.state is not State.QUESTION or self.plan is None:
            return False
        latency = self.elapsed_ms()
        if self.hesitation_ms is None:  # ended before any speech was heard: nothing said
            return self.no_answer()
        return self._heard(latency, audio, heard=True)

    def no_answer(self) -> bool:
        """Silence until the timeout: recorded as no answer (wrong), said so in the verdict."""
        if self.state is not State.QUESTION or self.plan is None:
            return False
        self.hesitation_ms = None
        return self.submit("", allow_empty=True, spoken=True)

    def _heard(self, latency: int, audio: bytes | None, *, heard: bool) -> bool:
        assert self.plan is not None
        self.answered_ms = latency
        self.audio = audio or None
        q = self.current_question
        fact = self.plan.facts.get(q.fact_keys[0]) if self.plan.facts else None
        from ..speech.sayit import say_it
        from ..speech.transcribe import proposal
        from . import SAMPLE_RATE

        self.state = State.HEARD
        expected = shown_value(fact) if fact is not None else shown_answer(q, q.answer)
        self.check = SelfCheck(
            index=self.index, say_it=say_it(fact, list(self.plan.facts.values())) if fact is not None else q.answer,
            expected=expected, fact_label=fact.label if fact is not None else "", hesitation_ms=self.hesitation_ms,
            latency_ms=latency, heard=heard, heard_text=proposal(self.transcriber, self.audio, SAMPLE_RATE, expected),
        )
        self.view.show_self_check(self.check)
        return True

    def self_rate(self, rating: str) -> bool:
        """The user's verdict on the answer said aloud (right, close, wrong): recorded, then the next question."""
        if self.state is not State.HEARD or self.plan is None or rating not in SELF_RATINGS:
            return False
        latency, hesitation, audio, keep = self.answered_ms, self.hesitation_ms, self.audio, self.keep_recordings
        plan, q, index, token = self.plan, self.current_question, self.index, self._token
        self.state = State.SAVING
        self.view.show_saving()

        def work(coach: Any) -> Any:
            result = coach.answer(plan, q, "", latency, hesitation_ms=hesitation, spoken=True, self_rating=rating)
            return result, keep_recording(coach, result.attempt_id, audio if keep else None)

        self.run(work, lambda r: self._answered(token, index, "", r[0], rating=rating, hesitation=hesitation,
                                                recording=r[1]),
                 lambda exc: self._answer_failed(token, exc), name="answer-aloud")
        return True

    # -- "I was right" and undo --------------------------------------------------------------
    def can_override(self) -> bool:
        """An "I was right" is possible: the last answer was typed, judged wrong and not overridden yet,
        and its verdict is showing (or, in the terminal, the next question has just been asked)."""
        if not self.records or self.plan is None:
            return False
        rec = self.records[-1]
        q = self.plan.questions[rec.index]
        if rec.correct or rec.overridden or q.answer_kind in ("choice", "order") or not rec.given:
            return False
        return self.state is State.FEEDBACK or (self.state is State.QUESTION and rec.index == self.index - 1)

    def override(self) -> bool:
        """Count the last wrong answer as right. In QUESTION state (the terminal's ``!`` at the next
        prompt) the question's clock starts again once it is done."""
        if not self.can_override():
            return False
        assert self.plan is not None
        rec, plan, token, back = self.records[-1], self.plan, self._token, self.state
        if back is State.FEEDBACK:
            self.state = State.SAVING
        self.run(lambda coach: coach.override(plan, rec.attempt_id),
                 lambda r: self._overridden(token, rec, back, r.rating), lambda exc: self._override_failed(token, exc, back),
                 name="override")
        return True

    def _overridden(self, token: int, rec: AnswerRecord, back: State, rating: int) -> None:
        if token != self._token:
            return
        rec.correct, rec.overridden, rec.rating = True, True, rating
        self.state = back
        if back is State.QUESTION:
            self.qclock.start()
        self.view.show_overridden(rec)
        self.view.history_changed()

    def _override_failed(self, token: int, exc: BaseException, back: State) -> None:
        if token != self._token:
            return
        self.state = back
        self.view.show_override_error(_message(exc))

    def undo(self) -> bool:
        """Take back the last action: an "I was right" first, else remove the last answer from the
        database and ask that question again, fresh."""
        if self.plan is not None and self.explain_records and (
                self.state is State.SUMMARY
                or (self.state is State.EXPLAIN and self.explain_index == len(self.explain_records))):
            return self._undo_explain()
        if not self.records or self.plan is None:
            return False
        rated = self.records[-1].self_rating is not None and self.state in (State.QUESTION, State.HEARD) \
            and self.records[-1].index == self.index - 1
        if self.state not in (State.FEEDBACK, State.SUMMARY) and not rated:
            return False
        plan, token = self.plan, self._token
        if self.records[-1].overridden and self.state is State.FEEDBACK:
            rec = self.records[-1]
            self.state = State.UNDOING
            self.run(lambda coach: coach.undo_last(plan), lambda _: self._override_undone(token, rec),
                     lambda exc: self._undo_failed(token, State.FEEDBACK), name="undo-override")
            return True
        back = self.state
        self.state = State.UNDOING
        self.run(lambda coach: coach.undo_last(plan), lambda _: self._undone(token, back is State.SUMMARY),
                 lambda exc: self._undo_failed(token, back), name="undo-answer")
        return True

    def _undo_explain(self) -> bool:
        rec, token, back = self.explain_records[-1], self._token, self.state
        from_summary = back is State.SUMMARY
        self.state = State.UNDOING
        self.run(lambda coach: coach.undo_explain(rec.answer_id), lambda _: self._explain_undone(token, from_summary),
                 lambda exc: self._undo_failed(token, back), name="undo-explain")
        return True

    def _explain_undone(self, token: int, from_summary: bool) -> None:
        if token != self._token:
            return
        self.explain_records.pop()
        self.summary = None
        self.ask_explain(len(self.explain_records))
        if from_summary:
            self.view.history_changed()

    def _override_undone(self, token: int, rec: AnswerRecord) -> None:
        if token != self._token:
            return
        rec.correct, rec.overridden = False, False
        self.state = State.FEEDBACK
        self.view.show_override_undone(rec)  # the wrong verdict again; a second undo removes the answer
        self.view.history_changed()

    def _undone(self, token: int, from_summary: bool) -> None:
        if token != self._token:
            return
        rec = self.records.pop()
        self.summary = None
        self.ask(rec.index)
        if from_summary:
            self.view.history_changed()

    def _undo_failed(self, token: int, back: State) -> None:
        if token == self._token:
            self.state = back

    # -- ending ------------------------------------------------------------------------------
    def end(self) -> None:
        """End the session and show its summary (every answer is already saved). While an answer is
        being saved, the session ends once its verdict is in."""
        if self.state is State.SAVING:
            self._end_requested = True
            return
        if self.state not in ANSWERING or self.plan is None:
            return  # (an answer said aloud, or an explain answer, not rated yet is not recorded)
        plan, token, back = self.plan, self._token, self.state
        self.state = State.ENDING
        self.view.show_ending()
        self.run(lambda coach: coach.end_session(plan), lambda s: self._ended(token, s),
                 lambda exc: self._end_failed(token, back, exc), name="end-session")

    def _ended(self, token: int, summary: SessionSummary) -> None:
        if token != self._token or self.plan is None:
            return
        self.summary = summary = replace(summary, explain=tuple(self.explain_records))
        self.state = State.SUMMARY
        self.view.show_summary(summary, self.plan, bool(self.records or self.explain_records))
        self.view.history_changed()

    def _end_failed(self, token: int, back: State, exc: BaseException | None = None) -> None:
        if token == self._token:
            self.state = back  # the answers are saved; ending again tries again
            self.view.show_end_error(_message(exc) if exc is not None else None)

    def end_quietly(self) -> None:
        """End the running session without a summary (a new one starts, or the user left while it loaded).
        A pending answer still commits; its verdict is dropped."""
        plan = self.plan
        if plan is not None and self.state is not State.SUMMARY:
            self.run(lambda coach: coach.end_session(plan), lambda _: self.view.history_changed(), _ignore,
                     name="end-session")
        self._token += 1
        self.plan = None
        self.state = State.IDLE

    def leave(self) -> None:
        """The user leaves the screen: a running session ends (its summary shows on return), one that is
        still loading is dropped."""
        if self.state in ANSWERING:
            self.end()
        elif self.state is State.SAVING:
            self._end_requested = True
        elif self.state is State.LOADING:
            self._token += 1  # the plan that arrives is ended unseen
            self.state = State.IDLE

    def reset(self) -> None:
        """From the summary back to the start panel."""
        if self.state is State.SUMMARY:
            self.state = State.IDLE


def _ignore(_: Any) -> None:
    pass


__all__ = ["ANSWERING", "AnswerRecord", "Feedback", "PracticeSession", "PracticeView", "SELF_RATINGS", "SelfCheck", "State", "feedback_for", "shown_answer",
           "shown_value"]
