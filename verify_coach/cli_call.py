"""``verify-coach call``: the mock call in the terminal, on the same controller as the app's Mock call screen.

Typed answers on stdin, one line each: an empty line is "I don't know"; a line ``R`` asks the agent to
repeat the question, ``S`` to repeat it slower; an open question takes ``1``/``2``/``3`` (good, okay, poor)
or, for a checklist question ("Tell me about yourself"), the numbers of the points covered (``1 3 4``,
``all``, or an empty line for none); the ID self-check takes the numbers of the points that held (``all``,
or empty for none). The end of the input ends the call early. ``--json`` prints one object a line; the
shapes are documented in ``docs/cli.md``.
"""

from __future__ import annotations

import contextlib
import json
import re
from typing import IO, TYPE_CHECKING, Any

from .core.mockcall import monotonic_ms
from .core.session import SyncRunner
from .core.session.call import IN_CALL, CallSession, CallState

if TYPE_CHECKING:
    from pathlib import Path

    from .core.coach import Coach
    from .core.mockcall import CallItem, CallPlan, CallReport

RATINGS = {"1": "good", "2": "okay", "3": "poor"}
REASON_TEXT = {
    "empty": "Nothing was answered.",
    "identity": "An identity answer was wrong: an agent expects these exactly.",
    "overall": "Too many answers were wrong.",
    "slow": "Too many answers were slow or hesitant.",
    "open": "Too many open answers were poor.",
    "id_check": "The ID self-check found a problem.",
    "incomplete": "The call was ended before the last question.",
}


def _emit(obj: dict[str, Any], out: IO[str]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def _numbers(text: str, n: int) -> tuple[int, ...] | None:
    """``1 3 4`` -> (0, 2, 3); ``all`` -> every point; empty -> none; None for anything else."""
    t = text.strip().casefold()
    if t in ("all", "a", "y", "yes"):
        return tuple(range(n))
    if not t:
        return ()
    parts = re.split(r"[\s,]+", t)
    if not all(p.isdigit() and 1 <= int(p) <= n for p in parts):
        return None
    return tuple(sorted({int(p) - 1 for p in parts}))


class TerminalCall:
    """The terminal's view of a mock call (``core.session.call.CallView``): prints, never asks."""

    def __init__(self, out: IO[str], as_json: bool):
        self.out, self.json = out, as_json
        self.session: CallSession | None = None
        self.failure: str | None = None
        self.printed_at = 0.0  # monotonic ms: when the current question was printed (--aloud times from here)
        self.aloud = False

    def show_connecting(self) -> None:
        pass

    def start_failed(self, message: str) -> None:
        self.failure = message or "The call could not start."

    def show_connected(self, call: CallPlan, recording_path: Path | None) -> None:
        t = call.type
        if self.json:
            _emit({"event": "call", "type": t.id, "name": t.name, "minutes": call.minutes, "seed": call.seed,
                   "questions": len(call.items)}, self.out)
        else:
            self.out.write(f"{t.name} — about {call.minutes} minutes. The agent's words are shown as text.\n"
                           "Type each answer and press Enter (empty: I don't know; R: repeat; S: slower).\n\n")

    def show_item(self, item: CallItem, total: int) -> None:
        self.printed_at = monotonic_ms()
        if self.json:
            obj: dict[str, Any] = {
                "event": "question", "id": item.qid, "number": item.index + 1, "phase": item.phase,
                "kind": item.kind, "intro": item.intro, "prompt": item.prompt,
                "follows": f"q{item.follows + 1}" if item.follows is not None else None,
            }
            if item.question is not None:
                obj["fact_keys"] = list(item.question.fact_keys)
                obj["answer_kind"] = item.question.answer_kind
            if item.is_open:
                obj["points"] = list(item.points) if item.open and item.open.checklist else []
                obj["checklist"] = bool(item.open and item.open.checklist)
            _emit(obj, self.out)
            return
        if item.intro:
            self.out.write(f"Agent: {item.intro}\n")
        self.out.write(f"Agent: {item.prompt}\n")
        if item.is_open and item.open is not None:
            if item.open.checklist:
                self.out.write("  (answer aloud, then type the numbers of the points you covered, e.g. 1 3 4,"
                               " or 'all':)\n")
                for i, p in enumerate(item.points, 1):
                    self.out.write(f"   {i}) {p}\n")
            else:
                self.out.write("  (answer aloud, then rate yourself: 1 good, 2 okay, 3 poor)\n")
        elif self.aloud:
            self.out.write("  (answer aloud: listening…)\n")
        self.out.write("> ")
        self.out.flush()

    def show_self_check(self, item: CallItem, check: Any) -> None:
        if self.json:
            _emit({"event": "expected", "id": item.qid, "say_it": check.say_it, "expected": check.expected},
                  self.out)
            return
        self.out.write(f"Say it like this: “{check.say_it}”\nHow was your answer? 1 right, 2 close, 3 wrong: ")
        self.out.flush()

    def show_id_step(self, item: CallItem, step: int) -> None:
        ins = item.id_step[step]
        if self.json:
            _emit({"event": "instruction", "id": item.qid, "phase": item.phase, "step": step + 1,
                   "of": len(item.id_step), "text": ins.text, "guide": ins.guide,
                   "intro": item.intro if step == 0 else ""}, self.out)
            return
        if step == 0 and item.intro:
            self.out.write(f"Agent: {item.intro}\n")
        self.out.write(f"Agent: {ins.text}   [ID step {step + 1}/{len(item.id_step)}]\n")

    def show_id_check(self, item: CallItem) -> None:
        if self.json:
            _emit({"event": "question", "id": item.qid, "number": item.index + 1, "phase": "id_check",
                   "kind": "id_check", "intro": "", "prompt": "Check your ID", "follows": None,
                   "checks": [{"id": c.id, "text": c.text} for c in item.checks]}, self.out)
            return
        self.out.write("\nCheck your ID — type the numbers of the points that held (e.g. 1 2 4, or 'all'):\n")
        for i, c in enumerate(item.checks, 1):
            self.out.write(f"   {i}) {c.text}\n")
        self.out.write("> ")
        self.out.flush()

    def show_closing(self, text: str) -> None:
        pass

    def say(self, text: str, hold_ms: int | None = None, slower: bool = False) -> None:
        s = self.session
        if s is None or s.state not in (CallState.GREETING, CallState.CLOSING) and not (
                s.state in (CallState.ASKING, CallState.ANSWERING) and s.repeats.get(s.index)):
            return  # questions and instructions are printed by show_item / show_id_step
        if s.state in (CallState.ASKING, CallState.ANSWERING):  # a repeat
            if self.json:
                _emit({"event": "repeat", "id": s.item.qid if s.item else None, "slower": slower,
                       "prompt": text}, self.out)
            else:
                self.out.write(f"Agent{' (slower)' if slower else ''}: {text}\n> ")
                self.out.flush()
            return
        if self.json:
            _emit({"event": "say", "text": text}, self.out)
        else:
            self.out.write(f"Agent: {text}\n")

    def stop_speaking(self) -> None:
        pass

    def show_paused(self, paused: bool) -> None:
        pass

    def call_over(self) -> None:
        pass

    def show_report(self, report: CallReport, duration_ms: int, first: bool) -> None:
        if self.json:
            _emit(report_json(report, duration_ms), self.out)
            return
        self.out.write("\n" + report_text(report) + "\n")

    def history_changed(self) -> None:
        pass

    def tick(self) -> None:
        pass

    def show_not_saved(self, message: str) -> None:
        """(The terminal's runner raises instead: run_call's caller says what was not saved.)"""
        if self.json:
            _emit({"event": "error", "message": message}, self.out)
        else:
            self.out.write(f"{message}\n")


def report_json(r: CallReport, duration_ms: int) -> dict[str, Any]:
    """The report as the stable ``{"event": "report", …}`` object of ``docs/cli.md``."""
    def qid(index: int) -> str:
        return f"q{index + 1}"

    return {
        "event": "report", "type": r.call_type, "passed": r.passed, "verdict": r.verdict,
        "reasons": list(r.reasons), "duration_s": round(duration_ms / 1000, 1),
        "right": r.right, "total": r.total, "planned": r.planned,
        "identity": {"right": r.identity_right, "total": r.identity_total},
        "wrong": [{"id": qid(a.index), "fact_key": a.key, "given": a.given, "expected": a.expected} for a in r.wrong],
        "slow": [{"id": qid(s.answer.index), "reasons": list(s.reasons), "latency_ms": s.answer.latency_ms}
                 for s in r.slow],
        "follow_ups": r.follow_ups,
        "threads": [[qid(a.index) for a in t.answers] for t in r.threads],
        "id_check": None if r.id_check is None else {
            "ticked": sorted(r.id_check.ticked), "missing": [c.id for c in r.id_check.missing],
            "full_name": r.id_check.full_name, "id_name": r.id_check.id_name},
        "open": [{"id": qid(o.index), "question": o.question.id, "phase": o.question.phase, "rating": o.rating,
                  "missed": list(o.missed)} for o in r.open],
        "repeats": r.repeats,
        "drill_keys": list(r.drill_keys),
    }


def report_text(r: CallReport) -> str:
    lines = [f"{'PASSED' if r.passed else 'AT RISK'} — {r.type.name}"]
    if r.empty:
        lines.append("The call ended before any question was answered.")
        return "\n".join(lines)
    for reason in r.reasons:
        lines.append(f"  • {REASON_TEXT.get(reason, reason)}")
    lines.append(f"Facts: {r.right}/{r.total} right" + (f" (identity {r.identity_right}/{r.identity_total})"
                                                        if r.identity_total else ""))
    for a in r.wrong:
        lines.append(f"  ✗ {a.shown_prompt}  you said: {a.given or '(nothing)'}  — profile: {a.expected}")
    for s in r.slow:
        lines.append(f"  ⏱ {s.answer.prompt}  {s.answer.latency_ms / 1000:.1f} s ({', '.join(s.reasons)})")
    for t in r.threads:
        lines.append("Follow-ups: " + " → ".join(("✓ " if a.correct else "✗ ") + a.prompt for a in t.answers))
    if r.id_check is not None:
        if r.id_check.passed:
            lines.append("ID check: every point held.")
        for c in r.id_check.missing:
            lines.append(f"  ID check ✗ {c.text}")
    for o in r.open:
        lines.append(f"Open: {o.prompt} — {o.rating}" + (f"; left out: {'; '.join(o.missed)}" if o.missed else ""))
    if r.repeats:
        lines.append(f"You asked the agent to repeat {r.repeats} time{'s' if r.repeats != 1 else ''}.")
    if r.drill_keys:
        lines.append(f"Drill what went wrong: verify-coach practice --mode weak  ({len(r.drill_keys)} facts)")
    return "\n".join(lines)


def run_call(coach: Coach, call_type: str, seed: int | None, inp: IO[str], out: IO[str], *, as_json: bool,
             countdown_ms: int = 5000, slow_ms: int = 12_000, ear: Any = None) -> int:
    """Run one call to its report; returns 0 (passed or at risk alike), 1 when it could not start.

    ``ear`` (``cli_aloud.TerminalEar``): the fact answers are said aloud into it, then rated 1/2/3."""
    view = TerminalCall(out, as_json)
    view.aloud = ear is not None
    session = CallSession(view, SyncRunner(coach), countdown_ms=countdown_ms, slow_ms=slow_ms, enter_guard_ms=0)
    view.session = session
    session.seed = seed
    session.start(call_type=call_type)
    if view.failure is not None:
        from .core.errors import UserError

        raise UserError(view.failure)
    from .core.store.engine import StoreBusyError

    try:
        _run_turns(session, view, ear, inp, out, as_json)
    except StoreBusyError as exc:  # another verify_coach held the data too long: this answer is not saved
        if session.plan is not None:
            with contextlib.suppress(Exception):  # the call's end time, if the data is free by now
                coach.end_session(session.plan)
        done = len(session.results)
        raise StoreBusyError(f"{exc} (The call stopped there; the {done} answer{'s' if done != 1 else ''} "
                             f"before it {'are' if done != 1 else 'is'} saved.)") from None
    return 0  # SyncRunner: the report is out once the call has ended


def _run_turns(session: CallSession, view: TerminalCall, ear: Any, inp: IO[str], out: IO[str],
               as_json: bool) -> None:
    """The call's turns, read from ``inp``, until the call ends (its report printed)."""
    while session.state in IN_CALL:
        state = session.state
        if state in (CallState.GREETING, CallState.CLOSING, CallState.ID_STEP, CallState.ASKING):
            session.spoken()  # no voice: each line is shown at once
            continue
        item = session.item
        if ear is not None and state is CallState.ANSWERING and item is not None and item.is_fact:
            ear = _answer_aloud(session, view, ear, out, as_json)
            continue
        line = inp.readline()
        if line == "":
            session.end()
            break
        text = line.rstrip("\n")
        if state is CallState.SELF_CHECK:
            from .cli_aloud import RATING_KEYS

            rating = RATING_KEYS.get(text.strip().lower())
            if rating is None:
                _problem(out, as_json, "Rate your answer: 1 right, 2 close, 3 wrong.")
            else:
                session.self_rate(rating)
            continue
        if state is CallState.ID_CHECK and item is not None:
            picked = _numbers(text, len(item.checks))
            if picked is None:
                _problem(out, as_json, f"Type the numbers of the points that held (1-{len(item.checks)}), 'all' or nothing.")
                continue
            session.id_checked({item.checks[i].id for i in picked})
            continue
        if item is None:
            continue
        if text.strip().upper() in ("R", "S") and session.repeat(slower=text.strip().upper() == "S"):
            session.spoken()
            continue
        if item.is_open and item.open is not None:
            if item.open.checklist:
                picked = _numbers(text, len(item.points))
                if picked is None:
                    _problem(out, as_json, f"Type the numbers of the points you covered (1-{len(item.points)}), 'all' or nothing.")
                    continue
                session.rate("good", covered=picked)
            elif text.strip() in RATINGS:
                session.rate(RATINGS[text.strip()])
            else:
                _problem(out, as_json, "Rate your answer: 1 good, 2 okay, 3 poor.")
            continue
        session.submit(text)


def _answer_aloud(session: CallSession, view: TerminalCall, ear: Any, out: IO[str], as_json: bool) -> Any:
    """Listen to one fact answer; the rating is read by the loop. Returns None once the microphone failed
    (the rest of the call is typed)."""
    from .cli_aloud import print_heard

    item = session.item
    assert item is not None
    heard = ear.listen(view.printed_at)
    if heard.problem and heard.onset_at is None:
        view.aloud = False
        _problem(out, as_json, heard.problem + " Type your answers from here.")
        return None
    print_heard(out, as_json, item.qid, heard)
    if heard.onset_at is None:
        session.no_answer()
        return ear
    session.speech_started(heard.onset_at)
    session.speech_ended(heard.end_at, heard.audio)
    if heard.problem:
        view.aloud = False
        return None
    return ear


def _problem(out: IO[str], as_json: bool, message: str) -> None:
    if as_json:
        _emit({"event": "error", "message": message}, out)
    else:
        out.write(f"{message}\n> ")
        out.flush()


__all__ = ["TerminalCall", "report_json", "report_text", "run_call"]
