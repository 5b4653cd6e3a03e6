"""The mock call as a Qt-free controller: the agent's turns, the answer clocks, pause, the end and the report.

States::

    IDLE -> STARTING -> GREETING -> ASKING <-> ANSWERING ... -> CLOSING -> SAVING -> REPORT
                                    (the agent speaks) (the clock runs)
                                 -> ID_STEP -> ID_CHECK (the ID step: instructions, then the self-check)
                       ANSWERING -> SELF_CHECK -> ASKING (a fact answer said aloud, rated right/close/wrong)

The answer clock of a question starts when the agent has finished asking it (at once with captions
only): the time to the first keystroke is the hesitation, the time to Enter the latency. "Could you
repeat that?" (``repeat``) has the agent say the question again, slower if asked; the clock stops while
it speaks. An Enter in the first ``enter_guard_ms`` after a question appears is ignored (it was meant for
the turn before). After an answer about an entry the agent may follow up (``mockcall.follow_up``): the
follow-up is put next in the call. Pausing stops the speech, the countdown and every clock. Typed
answers are committed as they are given; the report is worked out from them when the call ends (or is
left). Fact answers may be said aloud instead: the front end's microphone reports when speech started
(:meth:`CallSession.speech_started`, the hesitation) and ended (:meth:`CallSession.speech_ended`, the
latency); the user rates the answer against "Say it like this" (:meth:`CallSession.self_rate`) and it is
recorded like a typed one. Silence until the timeout is no answer (:meth:`CallSession.no_answer`). The
view (the app's mock-call screen, or the terminal) implements :class:`CallView`: it shows
captions, speaks through its voice and tells the controller when the agent has finished speaking
(:meth:`CallSession.spoken`).
"""

from __future__ import annotations

import enum
import logging
import random
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .. import mockcall
from ..errors import UserError
from ..explain import ExplainQuestion
from ..mockcall import CallItem, CallPlan, CallReport, FactAnswer, IdCheckResult, OpenAnswer, PausableClock
from ..questions.model import Rng
from . import Runner, keep_recording

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..coach import Coach

log = logging.getLogger(__name__)

NO_FACTS = "This profile has no facts an agent could ask about yet: fill in the profile first."


class CallState(enum.Enum):
    IDLE = "idle"  # the start panel
    STARTING = "starting"  # the call is being prepared
    GREETING = "greeting"  # the agent introduces the call
    ASKING = "asking"  # the agent asks; no clock yet
    ANSWERING = "answering"  # the answer clock runs
    ID_STEP = "id_step"  # the agent gives the ID instructions, one after another
    ID_CHECK = "id_check"  # the user ticks the self-check
    SELF_CHECK = "self_check"  # an answer said aloud is over: the user rates it against "Say it like this"
    CLOSING = "closing"  # the agent ends the call
    SAVING = "saving"  # the session is being closed
    REPORT = "report"  # the report shows


IN_CALL = (CallState.GREETING, CallState.ASKING, CallState.ANSWERING, CallState.ID_STEP, CallState.ID_CHECK,
           CallState.SELF_CHECK, CallState.CLOSING)
ENTER_GUARD_MS = 800  # an Enter this soon after a new question was meant for the turn before


def reading_ms(text: str) -> int:
    """How long a caption that is not a question stays up without a voice (Enter skips it)."""
    return max(2500, 280 * len(text.split()))


@dataclass(frozen=True)
class Countdown:
    """What the countdown under the caption says.

    ``kind``: ``agent`` (the agent speaks), ``listen`` (the question is being asked), ``start`` (start
    answering: ``seconds`` left), ``aloud`` (an open question answered aloud for ``seconds``), ``typing``
    (answering for ``seconds``, to a tenth), ``late`` (hesitating ``seconds`` past the countdown),
    ``rate`` (an answer said aloud is being rated), ``paused``."""

    kind: str
    seconds: float = 0


@dataclass(frozen=True)
class SpokenCheck:
    """What the self-check of a fact answer said aloud shows."""

    say_it: str  # the fact as a person says it
    expected: str  # as written
    label: str
    hesitation_ms: int | None
    latency_ms: int
    heard_text: str = ""  # what a transcriber proposes the user said (core.speech.transcribe; none shipped)


class CallView(Protocol):
    def show_connecting(self) -> None: ...
    def start_failed(self, message: str) -> None: ...  # NO_FACTS or a UserError's text
    def show_connected(self, call: CallPlan, recording_path: Path | None) -> None: ...
    def show_item(self, item: CallItem, total: int) -> None: ...  # total: the turns known so far
    def show_id_step(self, item: CallItem, step: int) -> None: ...  # instruction ``step`` of the ID step
    def show_id_check(self, item: CallItem) -> None: ...  # the self-check to tick
    def show_self_check(self, item: CallItem, check: SpokenCheck) -> None: ...  # rate an answer said aloud
    def show_closing(self, text: str) -> None: ...
    def say(self, text: str, hold_ms: int | None = None, slower: bool = False) -> None: ...  # the agent speaks
    def stop_speaking(self) -> None: ...
    def show_paused(self, paused: bool) -> None: ...  # also pauses or resumes the voice
    def call_over(self) -> None: ...  # stop the camera and the voice
    def show_report(self, report: CallReport, duration_ms: int, first: bool) -> None: ...  # first: the call just ended
    def history_changed(self) -> None: ...
    def tick(self) -> None: ...  # the clocks changed: update the time and the countdown
    def show_not_saved(self, message: str) -> None: ...  # an answer (or the call's end) was not saved: say so


class CallSession:
    """One mock call at a time; its answers go through ``run`` to the coach."""

    def __init__(self, view: CallView, run: Runner, *, now_ms: Callable[[], float] = mockcall.monotonic_ms,
                 countdown_ms: int = 5000, slow_ms: int = 12_000, enter_guard_ms: int = ENTER_GUARD_MS):
        self.view, self.run = view, run
        self.now_ms = now_ms  # tests replace it
        self.countdown_ms, self.slow_ms = countdown_ms, slow_ms
        self.enter_guard_ms = enter_guard_ms  # the terminal passes 0: its answers are whole lines
        self.seed: int | None = None  # tests set it for repeatable calls
        self.state = CallState.IDLE
        self.call: CallPlan | None = None
        self.items: list[CallItem] = []  # the call's turns, follow-ups put in as they are asked
        self.plan: Any = None
        self.index = -1
        self.step = 0  # the instruction of the ID step
        self.first_key_ms: int | None = None
        self.shown_ms = 0.0  # when the current question appeared
        self.results: dict[int, FactAnswer] = {}
        self.open_answers: list[OpenAnswer] = []
        self.id_result: IdCheckResult | None = None
        self.repeats: dict[int, int] = {}  # item index -> times repeated
        self.spoken_check: SpokenCheck | None = None
        self.audio: bytes | None = None  # what the microphone caught of the answer being rated
        self.keep_recordings = False
        self.transcriber: Any = None  # core.speech.transcribe.Transcriber (none shipped)
        self._spoken_latency = 0
        self.follow_ups = 0
        self.sent = 0
        self.paused = False
        self._repeating = False
        self.report: CallReport | None = None
        self.weak_count: int | None = None  # weak facts after the call (core.stats.weak_facts)
        self.duration_ms = 0
        self.recording_path: Path | None = None
        self.unsaved: list[str] = []  # the user's messages for what was not saved (the report repeats them)
        self.end_saved = True  # False: the call's end time could not be saved
        self._token = 0
        self.qclock = PausableClock(lambda: self.now_ms())
        self.call_clock = PausableClock(lambda: self.now_ms())

    @property
    def item(self) -> CallItem | None:
        if not 0 <= self.index < len(self.items):
            return None
        return self.items[self.index]

    @property
    def total(self) -> int:
        """The turns of the call known so far (follow-ups add to it)."""
        return len(self.items)

    # -- starting ----------------------------------------------------------------------------
    def start(self, *, call_type: str = mockcall.DEFAULT_CALL_TYPE, record: bool = False,
              data_dir: Path | None = None) -> bool:
        """Prepare a call of ``call_type`` (upwork, screening, kyc); ``record``: keep a recording."""
        if self.state not in (CallState.IDLE, CallState.REPORT):
            return False
        seed = self.seed if self.seed is not None else random.randrange(1 << 30)
        self.state = CallState.STARTING
        self._token += 1
        token = self._token
        self.view.show_connecting()

        def prepare(coach: Coach) -> tuple[CallPlan, Any, Path | None]:
            from ..coach import CoachError
            from ..facts import extract_facts

            _, profile = coach.load_profile()
            facts = extract_facts(profile)
            call = mockcall.plan_call(profile, facts, call_type=call_type, seed=seed,
                                      explain_history=coach.explain_history())
            if not call.fact_items:
                raise CoachError(NO_FACTS)
            plan = coach.start_session("call", count=len(call.fact_keys), fact_keys=call.fact_keys, seed=seed)
            path = mockcall.new_recording_path(data_dir) if record and data_dir is not None else None
            return call, plan, path

        self.run(prepare, lambda r: self._ready(token, r), self._start_failed, name="start-call")
        return True

    def _start_failed(self, exc: BaseException) -> None:
        self.state = CallState.IDLE
        self.view.start_failed(str(exc) if isinstance(exc, UserError) else "")

    def _ready(self, token: int, result: tuple[CallPlan, Any, Path | None]) -> None:
        call, plan, path = result
        if token != self._token or self.state is not CallState.STARTING:
            # left before the call connected: close the empty session
            self.run(lambda coach: coach.end_session(plan), _ignore, _ignore, name="end-call")
            return
        self.call, self.plan, self.recording_path = call, plan, path
        self.items = list(call.items)
        self.index = -1
        self.results, self.open_answers, self.sent = {}, [], 0
        self.unsaved, self.end_saved = [], True
        self.id_result, self.repeats, self.follow_ups = None, {}, 0
        self.paused = self._repeating = False
        self.report = None
        self.call_clock.reset()
        self.call_clock.start()
        self.qclock.reset()
        self.state = CallState.GREETING
        self.view.show_connected(call, path)
        self.view.tick()
        self.view.say(call.greeting, reading_ms(call.greeting))

    # -- the agent's turns -------------------------------------------------------------------
    def ask(self, index: int) -> None:
        self.index = index
        item = self.items[index]
        self.first_key_ms = None
        self._repeating = False
        self.qclock.reset()
        if self.paused:
            self.qclock.pause()
        self.shown_ms = self.now_ms()
        if item.is_id_check:
            self.state = CallState.ID_STEP
            self.step = 0
            self.view.show_id_step(item, 0)
            self.view.tick()
            first = item.id_step[0]
            self.view.say(item.spoken, first.hold_ms)
            return
        self.state = CallState.ASKING
        self.view.show_item(item, len(self.items))
        self.view.tick()
        self.view.say(item.spoken)

    def spoken(self) -> None:
        """The agent finished saying something (at once when there is no voice)."""
        if self.paused:
            return
        if self.state is CallState.GREETING:
            self.ask(0)
        elif self.state is CallState.ASKING or (self.state is CallState.ANSWERING and self._repeating):
            self.state = CallState.ANSWERING
            self._repeating = False
            if not self.qclock.started:
                self.qclock.start()
            else:
                self.qclock.resume()
            self.view.tick()
        elif self.state is CallState.ID_STEP:
            self._next_instruction()
        elif self.state is CallState.CLOSING:
            self.finish()

    def _next_instruction(self) -> None:
        item = self.item
        assert item is not None
        self.step += 1
        if self.step < len(item.id_step):
            self.view.show_id_step(item, self.step)
            instruction = item.id_step[self.step]
            self.view.say(instruction.text, instruction.hold_ms)
            return
        self.state = CallState.ID_CHECK
        self.view.show_id_check(item)
        self.view.tick()

    def skip(self) -> None:
        """Enter during the greeting, an ID instruction or the closing words: on at once."""
        if self.paused:
            return
        if self.state is CallState.GREETING:
            self.view.stop_speaking()
            self.ask(0)
        elif self.state is CallState.ID_STEP:
            self.view.stop_speaking()
            self._next_instruction()
        elif self.state is CallState.CLOSING:
            self.view.stop_speaking()
            self.finish()

    def repeat(self, *, slower: bool = False) -> bool:
        """"Could you repeat that?" (or "a bit slower, please"): the agent says the question again; the
        answer's clock stops while it speaks. Counted in the report."""
        item = self.item
        if item is None or self.paused or self.state not in (CallState.ASKING, CallState.ANSWERING, CallState.ID_STEP):
            return False
        self.repeats[item.index] = self.repeats.get(item.index, 0) + 1
        self.view.stop_speaking()
        if self.state is CallState.ID_STEP:
            instruction = item.id_step[self.step]
            self.view.say(instruction.text, instruction.hold_ms, slower)
            return True
        if self.state is CallState.ANSWERING:
            self._repeating = True
            self.qclock.pause()
        self.view.tick()
        self.view.say(item.prompt, None, slower)
        return True

    def _next(self) -> None:
        self.view.stop_speaking()
        if self.index + 1 < len(self.items):
            self.ask(self.index + 1)
            return
        assert self.call is not None
        self.state = CallState.CLOSING
        self.index = len(self.items)
        self.view.show_closing(self.call.closing)
        self.view.tick()
        self.view.say(self.call.closing, reading_ms(self.call.closing))

    def _guarded(self) -> bool:
        """An Enter too soon after the question appeared (meant for the turn before): ignored."""
        return self.now_ms() - self.shown_ms < self.enter_guard_ms

    # -- answering aloud ---------------------------------------------------------------------
    def _clock_at(self, at_ms: float) -> int:
        """The answer clock's reading at monotonic time ``at_ms`` (a moment the microphone reported)."""
        return max(0, int(self.qclock.elapsed_ms() - max(0.0, self.now_ms() - at_ms)))

    def speech_started(self, at_ms: float) -> None:
        """The microphone heard the answer start: the hesitation, as the first keystroke is for typing."""
        if self.state is not CallState.ANSWERING or self.first_key_ms is not None or self._repeating:
            return
        self.first_key_ms = self._clock_at(at_ms)
        self.view.tick()

    def speech_ended(self, at_ms: float | None = None, audio: bytes | None = None) -> bool:
        """The fact answer said aloud is over (``at_ms`` the end of the last speech; None: now, Enter):
        the self-check shows."""
        item = self.item
        if item is None or not item.is_fact or self.state is not CallState.ANSWERING or self.paused \
                or self._repeating:
            return False
        latency = self.qclock.elapsed_ms() if at_ms is None else self._clock_at(at_ms)
        if self.first_key_ms is None:
            self.first_key_ms = latency
        self.first_key_ms = min(self.first_key_ms, latency)
        self._spoken_latency = latency
        self.audio = audio or None
        self.qclock.pause()
        question = item.question_for("")
        assert question is not None and self.plan is not None
        fact = self.plan.facts.get(question.fact_keys[0]) if self.plan.facts else None
        from ..facts import spoken_value
        from ..speech.sayit import say_it
        from ..speech.transcribe import proposal
        from . import SAMPLE_RATE

        expected = spoken_value(fact.value, fact.kind) if fact is not None else question.answer
        self.spoken_check = SpokenCheck(
            say_it=say_it(fact, list(self.plan.facts.values())) if fact is not None else question.answer,
            expected=expected, label=fact.label if fact is not None else "", hesitation_ms=self.first_key_ms,
            latency_ms=latency, heard_text=proposal(self.transcriber, self.audio, SAMPLE_RATE, expected))
        self.state = CallState.SELF_CHECK
        self.view.show_self_check(item, self.spoken_check)
        self.view.tick()
        return True

    def self_rate(self, rating: str) -> bool:
        """Right, close or wrong for the answer said aloud: recorded like a typed one, then the agent goes on.
        A right or close answer is taken as having named what the profile says (for the follow-up)."""
        item = self.item
        check = self.spoken_check
        if item is None or self.state is not CallState.SELF_CHECK or check is None or self.paused \
                or rating not in ("right", "close", "wrong"):
            return False
        latency, hesitation = self._spoken_latency, check.hesitation_ms
        question = item.question_for("")
        assert question is not None
        plan, index, repeats = self.plan, item.index, self.repeats.get(item.index, 0)
        audio, keep = self.audio, self.keep_recordings
        self.sent += 1
        self.state = CallState.ANSWERING  # (for _next)

        def work(coach: Coach) -> tuple[Any, Any]:
            res = coach.answer(plan, question, "", latency, hesitation_ms=hesitation, spoken=True,
                               self_rating=rating)
            return res, keep_recording(coach, res.attempt_id, audio if keep else None)

        def saved(result: tuple[Any, Any]) -> None:
            res, path = result
            fact = res.fact
            self.results[index] = FactAnswer(
                key=question.fact_keys[0], label=fact.label if fact else question.prompt, prompt=item.prompt,
                phase=item.phase, given="", expected=res.expected, correct=res.verdict.correct,
                latency_ms=res.latency_ms, hesitation_ms=hesitation, attempt_id=res.attempt_id,
                index=index, follows=item.follows, repeats=repeats, standalone=question.prompt,
                spoken=True, self_rating=rating, recording=str(path) if path else "",
            )

        self.run(work, saved, lambda exc: self._not_saved(item.prompt, exc), name="call-answer-aloud")
        self.spoken_check, self.audio = None, None
        self._follow_up(item, question.answer if rating != "wrong" else "")
        self._next()
        return True

    def no_answer(self) -> bool:
        """Nothing was said before the silence ran out: recorded as no answer."""
        if self.state is not CallState.ANSWERING or self._repeating:
            return False
        self.first_key_ms = None
        return self.submit("", guard=False)

    # -- answering ---------------------------------------------------------------------------
    def first_keystroke(self) -> None:
        if self.state not in (CallState.ASKING, CallState.ANSWERING) or self.first_key_ms is not None:
            return
        if self.qclock.started:
            self.first_key_ms = self.qclock.elapsed_ms()
        else:  # answering while the agent still speaks: no hesitation, the answer's clock starts now
            self.first_key_ms = 0
            self.qclock.start()
        self.view.tick()

    def submit(self, text: str, *, guard: bool = True) -> bool:
        """A typed answer (Enter): committed on the worker while the agent goes on."""
        item = self.item
        if item is None or not item.is_fact or self.state not in (CallState.ASKING, CallState.ANSWERING) \
                or self.paused or (guard and self._guarded()):
            return False
        if not self.qclock.started:
            self.qclock.start()
        if self._repeating:
            self.qclock.resume()
            self._repeating = False
        latency = self.qclock.elapsed_ms()
        answer = text.strip()
        hesitation = mockcall.hesitation_ms(self.first_key_ms if answer else None, latency)
        question = item.question_for(answer)
        assert question is not None
        plan, index, repeats = self.plan, item.index, self.repeats.get(item.index, 0)
        self.sent += 1

        def saved(res: Any) -> None:
            fact = res.fact
            self.results[index] = FactAnswer(
                key=question.fact_keys[0], label=fact.label if fact else question.prompt, prompt=item.prompt,
                phase=item.phase, given=answer, expected=res.expected, correct=res.verdict.correct,
                latency_ms=res.latency_ms, hesitation_ms=hesitation, attempt_id=res.attempt_id,
                index=index, follows=item.follows, repeats=repeats, standalone=question.prompt,
                spoken=getattr(res, "spoken", False), self_rating=getattr(res, "self_rating", None),
            )

        self.run(lambda coach: coach.answer(plan, question, answer, latency, hesitation_ms=hesitation), saved,
                 lambda exc: self._not_saved(item.prompt, exc), name="call-answer")
        self._follow_up(item, answer)
        self._next()
        return True

    def _not_saved(self, prompt: str, exc: BaseException) -> None:
        """An answer did not reach the database (another verify_coach held it too long, a full disk…): never
        silent. The view says so at once, and the report repeats it."""
        log.warning("answer not saved: %s", exc)
        reason = str(exc) if isinstance(exc, UserError) else "An unexpected error; the log has the details."
        message = f"Your answer to “{prompt}” was not saved. {reason}"
        self.unsaved.append(message)
        self.view.show_not_saved(message)

    def _follow_up(self, item: CallItem, answer: str) -> None:
        """Put the agent's follow-up to this answer next (and drop a later question it repeats)."""
        assert self.call is not None
        asked = {i.fact_key for i in self.items[: item.index + 1] if i.fact_key}
        asked |= {q.fact_keys[0] for i in self.items[: item.index + 1] for q in i.alternatives}
        rng = Rng((self.call.seed + 1) * 1_000_003 + item.index * 7919 + len(answer))
        said = [i.prompt for i in self.items[: item.index + 1]]
        nxt = mockcall.follow_up(self.call, item, answer, asked=asked, made=self.follow_ups, rng=rng, said=said)
        if nxt is None:
            return
        self.follow_ups += 1
        keys = {nxt.fact_key, *(q.fact_keys[0] for q in nxt.alternatives)}
        later = [i for i in self.items[item.index + 1:] if not (i.fact_key and i.fact_key in keys)]
        self.items = self.items[: item.index + 1] + [nxt] + later
        self.items = [replace(it, index=n) if it.index != n else it for n, it in enumerate(self.items)]

    def rate(self, rating: str, covered: tuple[int, ...] | None = None) -> bool:
        """An open question, answered aloud and rated by the user (good, okay, poor); for a checklist
        question, ``covered`` (the points ticked) gives the rating instead."""
        item = self.item
        if item is None or not item.is_open or self.state not in (CallState.ASKING, CallState.ANSWERING) \
                or self.paused or self._guarded():
            return False
        assert item.open is not None
        if covered is not None:
            covered = tuple(sorted({i for i in covered if 0 <= i < len(item.points)}))
            rating = mockcall.rating_for_points(len(covered), len(item.points))
        if rating not in mockcall.OPEN_RATINGS:
            return False
        self.qclock.resume()
        self.open_answers.append(OpenAnswer(
            item.open, item.prompt, rating, self.qclock.elapsed_ms() / 1000, item.points, covered, item.index,
            self.repeats.get(item.index, 0)))
        if item.open.finding_key and self.plan is not None:  # kept with practice's, so the next ones differ
            question = ExplainQuestion(item.open.finding_key, item.open.finding_key.split(":", 1)[0], item.prompt,
                                       tuple(item.points))
            plan = self.plan
            prompt = item.prompt
            self.run(lambda coach: coach.record_explain(plan, question, rating), _ignore,
                     lambda exc: self._not_saved(prompt, exc), name="call-explain")
        self._next()
        return True

    def id_checked(self, ticked: set[str] | frozenset[str] | tuple[str, ...]) -> bool:
        """The self-check after the ID step: the points the user ticked."""
        item = self.item
        if item is None or self.state is not CallState.ID_CHECK or self.paused:
            return False
        assert self.call is not None
        valid = {c.id for c in item.checks}
        self.id_result = IdCheckResult(item.checks, frozenset(t for t in ticked if t in valid),
                                       self.call.full_name, self.call.id_name)
        self._next()
        return True

    # -- pause and the end -------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.state not in IN_CALL:
            return
        self.paused = not self.paused
        if self.paused:
            self.qclock.pause()
            self.call_clock.pause()
        else:
            if not self._repeating:
                self.qclock.resume()
            self.call_clock.resume()
        self.view.show_paused(self.paused)
        if not self.paused:
            self.view.tick()

    def end(self) -> None:
        """End now (the red button, Esc); the answers given are kept and the report shows them."""
        if self.state in IN_CALL:
            self.finish()

    def finish(self) -> None:
        if self.state not in IN_CALL:
            return
        self.state = CallState.SAVING
        self.paused = False
        self.view.call_over()
        self.call_clock.pause()
        self.duration_ms = self.call_clock.elapsed_ms()
        plan = self.plan

        def end(coach: Coach) -> tuple[Any, int]:
            summary = coach.end_session(plan)
            return summary, len(coach.weak_facts())  # the weak facts now, counted as everywhere else

        self.run(end, self._ended, self._end_failed, name="end-call")

    def _end_failed(self, exc: BaseException) -> None:
        """The end time was not saved: the report shows all the same, says so, and one more try to end the
        session goes to the worker (after anything still queued there)."""
        log.warning("ending the call failed: %s", exc)
        self.end_saved = False
        reason = str(exc) if isinstance(exc, UserError) else "An unexpected error; the log has the details."
        self.unsaved.append(f"The end of this call was not saved yet. {reason}")
        self.view.show_not_saved(self.unsaved[-1])
        plan = self.plan
        if plan is not None:
            self.run(lambda coach: coach.end_session(plan), self._end_saved_late,
                     lambda e: log.warning("ending the call failed again: %s", e), name="end-call-again")
        self._ended((None, None))

    def _end_saved_late(self, _summary: Any) -> None:
        self.end_saved = True
        self.view.history_changed()

    def _ended(self, result: tuple[Any, int | None]) -> None:
        _summary, self.weak_count = result
        self.state = CallState.REPORT
        self._work_out_report(first=True)
        self.view.history_changed()

    def _work_out_report(self, *, first: bool) -> None:
        assert self.call is not None
        answers = [self.results[i] for i in sorted(self.results)]
        planned = sum(i.is_fact for i in self.items)  # follow-ups are in once the agent has chosen them
        self.report = mockcall.call_report(
            answers, self.open_answers, countdown_ms=self.countdown_ms, slow_ms=self.slow_ms,
            planned=planned, weak_count=self.weak_count, call_type=self.call.type, id_check=self.id_result,
            id_expected=any(i.is_id_check for i in self.items), repeats=sum(self.repeats.values()),
        )
        self.view.show_report(self.report, self.duration_ms, first)

    def override(self, attempt_id: int, right: bool) -> None:
        """"I was right" on a wrong answer of the report (or its Undo): saved, then the report is worked
        out again with that answer counted right (or wrong again)."""
        plan = self.plan
        if plan is None or self.call is None:
            return

        def work(coach: Coach) -> int:
            if right:
                coach.override(plan, attempt_id)
            else:
                coach.undo_override(plan, attempt_id)
            return len(coach.weak_facts())  # an "I was right" counts as right: the count may change

        self.run(work, lambda weak: self._overridden(attempt_id, right, weak),
                 lambda exc: log.warning("override not saved: %s", exc), name="call-override")

    def _overridden(self, attempt_id: int, right: bool, weak_count: int | None) -> None:
        if self.call is None:
            return
        self.weak_count = weak_count
        for i, a in self.results.items():
            if a.attempt_id == attempt_id:
                self.results[i] = replace(a, correct=right, overridden=right)
        self._work_out_report(first=False)
        self.view.history_changed()

    def leave(self) -> None:
        """The user leaves the screen: a call ends (the report shows on return); one that is still
        being prepared is dropped."""
        if self.state in IN_CALL:
            self.finish()
        elif self.state is CallState.STARTING:
            self._token += 1
            self.state = CallState.IDLE

    def reset(self) -> None:
        """From the report back to the start panel."""
        if self.state is CallState.REPORT:
            self.state = CallState.IDLE

    # -- the clocks, for the display ---------------------------------------------------------
    def time_s(self) -> int:
        return self.call_clock.elapsed_ms() // 1000

    def countdown(self) -> Countdown:
        if self.paused:
            return Countdown("paused")
        item = self.item
        if self.state is CallState.SELF_CHECK:
            return Countdown("rate")
        if self.state in (CallState.GREETING, CallState.CLOSING, CallState.ID_STEP, CallState.ID_CHECK) \
                or item is None:
            return Countdown("agent")
        if self._repeating or (self.state is CallState.ASKING and not self.qclock.started):
            return Countdown("listen")
        elapsed = self.qclock.elapsed_ms()
        left = mockcall.countdown_left_ms(elapsed, self.countdown_ms)
        if item.is_open:
            return Countdown("start", -(-left // 1000)) if left else Countdown("aloud", elapsed // 1000)
        if self.first_key_ms is not None:
            return Countdown("typing", elapsed / 1000)
        if left:
            return Countdown("start", -(-left // 1000))
        return Countdown("late", (elapsed - self.countdown_ms) // 1000)


def _ignore(_: Any) -> None:
    pass


__all__ = ["ENTER_GUARD_MS", "IN_CALL", "NO_FACTS", "CallSession", "CallState", "CallView", "Countdown", "reading_ms"]
