"""The terminal front end. It uses the same core as the desktop app and never imports Qt
(except ``gui``/no command, which hands over to the app, and ``export --format pdf``)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .core.calltypes import CALL_TYPES
from .core.errors import UserError

if TYPE_CHECKING:
    from .core.coach import Coach

EXIT_USAGE = 2


class CliError(UserError):
    """One clear line for stderr; exit code 2."""


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not (0 < value < 10**7):  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, found {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="verify-coach",
        description="Rehearse your own profile before an identity-verification video call. "
        "With no command, opens the desktop app.",
    )
    p.add_argument("--data-dir", metavar="DIR", help="where the database lives (default: your user data dir; "
                   "or set VERIFY_COACH_DATA_DIR)")
    p.add_argument("--profile", metavar="NAME", help="use this profile instead of the active one")
    p.add_argument("--wait", action="store_true",
                   help="a command that writes while the desktop app is open on the same data waits until the "
                        "app is closed (without it, the command is refused)")
    p.add_argument("--wait-max", type=_positive_seconds, metavar="SECONDS",
                   help="like --wait, but for at most SECONDS; then the command is refused")
    p.add_argument("--demo", action="store_true", help="open the app on a demo profile (created on first use)")
    p.add_argument("--smoke", action="store_true", help="open the main window, print start-up timings, exit")
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    g = sub.add_parser("gui", help="open the desktop app (with FILE: on the import of that file)")
    g.add_argument("file", nargs="?", help="a profile file to import: native JSON, JSON Resume, LinkedIn export")

    d = sub.add_parser("demo", help="create a demo profile and make it active")
    d.add_argument("--seed", type=int, default=0)
    d.add_argument("--locale", default="en_US")
    d.add_argument("--size", choices=("small", "typical", "large"), default="typical")
    d.add_argument("--name", help="profile name (default: Demo, or Demo-<seed>)")

    i = sub.add_parser("import", help="import a profile file (native JSON, JSON Resume, LinkedIn export)")
    i.add_argument("file")
    i.add_argument("--name", help="profile name (default: the person's name in the file, else the platform)")
    i.add_argument("--dry-run", action="store_true", help="show what would change, field by field; write nothing")
    i.add_argument("--merge", action="store_true",
                   help="merge into a profile of the same name even when the file is of another person "
                        "(another name or date of birth)")
    i.add_argument("--partial", action="store_true", help="import the good entries of a file with bad ones")
    i.add_argument("--remove-missing", action="store_true",
                   help="when merging, also remove entries the file does not have (default: keep them)")

    ep = sub.add_parser("export-profile", help="write the active profile as a native JSON file")
    ep.add_argument("-o", "--output", required=True)

    pr = sub.add_parser("profiles", help="list profiles, the active one marked")
    pr.add_argument("--json", action="store_true")
    use = sub.add_parser("use", help="make a profile the active one")
    use.add_argument("name")

    f = sub.add_parser("facts", help="key facts of the active profile")
    f.add_argument("--json", action="store_true")

    q = sub.add_parser("questions", help="generate questions (records nothing)")
    q.add_argument("--count", type=int, default=None)
    q.add_argument("--seed", type=int, default=0)
    q.add_argument("--json", action="store_true")

    pc = sub.add_parser("practice", help="a practice session in the terminal")
    pc.add_argument("--count", type=int, default=10)
    pc.add_argument("--seed", type=int, default=None)
    pc.add_argument("--mode", choices=("normal", "weak", "cram", "all", "explain"), default="normal",
                    help="all: every fact, trivia too (counts, ratings, budgets…); explain: only the 'be ready "
                         "to explain' questions of the profile audit; the others ask what matters")
    pc.add_argument("--json", action="store_true")
    pc.add_argument("--aloud", action="store_true",
                    help="say the answers into the default microphone, then rate them 1 right, 2 close, 3 wrong")
    pc.add_argument("--pause", type=float, default=1.2, metavar="SECONDS",
                    help="with --aloud: the silence that ends an answer (default 1.2)")

    mc = sub.add_parser("call", help="a mock verification call in the terminal (typed answers)")
    mc.add_argument("--type", choices=tuple(CALL_TYPES), default=None,
                    help="upwork, screening or kyc (default: the type set with call-date --type, else upwork)")
    mc.add_argument("--seed", type=int, default=None, help="the same seed gives the same call")
    mc.add_argument("--json", action="store_true", help="one JSON object a line (docs/cli.md)")
    mc.add_argument("--aloud", action="store_true",
                    help="say the facts into the default microphone, then rate them 1 right, 2 close, 3 wrong")
    mc.add_argument("--pause", type=float, default=1.2, metavar="SECONDS",
                    help="with --aloud: the silence that ends an answer (default 1.2)")

    st = sub.add_parser("stats", help="readiness and weaknesses")
    st.add_argument("--json", action="store_true")

    au = sub.add_parser("audit", help="what in the profile an agent would find inconsistent (exit 1: something to fix)")
    au.add_argument("--json", action="store_true", help="a JSON list of findings (docs/cli.md)")

    c = sub.add_parser("call-date", help="show or set the date and time of your call")
    c.add_argument("when", nargs="?", help="e.g. 2026-12-03T15:00 (local time unless a zone is given)")
    c.add_argument("--clear", action="store_true")
    c.add_argument("--type", choices=tuple(CALL_TYPES), dest="call_type",
                   help="the type of call: upwork (default), screening or kyc")

    cl = sub.add_parser("checklist", help="the checklist for the day of your call")
    ticks = cl.add_mutually_exclusive_group()
    ticks.add_argument("--tick", metavar="ID", help="tick an item (its id, as listed)")
    ticks.add_argument("--untick", metavar="ID", help="untick an item")
    cl.add_argument("--json", action="store_true")

    e = sub.add_parser("export", help="export a study sheet or your history")
    e.add_argument("--format", choices=("md", "html", "pdf", "csv", "apkg"), default="md")
    e.add_argument("-o", "--output", required=True)
    e.add_argument("--weak-only", action="store_true")
    e.add_argument("--paper", choices=("a4", "letter"), default="a4")
    e.add_argument("--force", action="store_true", help="replace an existing file")

    b = sub.add_parser("backup", help="back up the database and profiles to a zip")
    b.add_argument("-o", "--output", required=True)
    b.add_argument("--recordings", action="store_true",
                   help="include the recordings of spoken answers (left out by default)")
    r = sub.add_parser("restore", help="restore a backup zip (the current data is kept aside)")
    r.add_argument("file")
    return p


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("verify-coach")
    except Exception:  # pragma: no cover - running from a source tree
        return "dev"


# ---------------------------------------------------------------------------------------- helpers
def _open(args: argparse.Namespace) -> Coach:
    from .core.coach import Coach
    from .core.files import tighten_permissions
    from .core.store import open_store

    store = open_store(Path(args.data_dir) if args.data_dir else None)
    tighten_permissions(store.data_dir)  # owner-only, always (also what older versions left 0644/0755)
    return Coach(store)


def _out(obj: Any, stream: IO[str]) -> None:
    stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
    stream.flush()


def parse_when(text: str, *, tz: Any = None) -> datetime:
    """``2026-12-03T15:00`` (local time), ``2026-12-03 15:00``, or with an explicit offset."""
    try:
        dt = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        raise CliError(f"call-date: {text!r} is not a date and time like 2026-12-03T15:00") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz) if tz else dt.astimezone()
    return dt.astimezone(UTC)


# ---------------------------------------------------------------------------------------- commands
def cmd_demo(args: argparse.Namespace, out: IO[str]) -> int:
    from .core.demo import make_demo_profile

    try:
        profile = make_demo_profile(seed=args.seed, locale=args.locale, size=args.size)
    except ValueError as exc:
        raise CliError(f"demo: {exc}") from None
    name = args.name or ("Demo" if args.seed == 0 else f"Demo-{args.seed}")
    coach = _open(args)
    res = coach.save_profile(name, profile)
    out.write(
        f"Created demo profile {name!r} for {profile.identity.full_name} ({args.size}, {args.locale}): "
        f"{res.added + res.kept} facts. It is now the active profile.\n"
    )
    return 0


def _person_differs(old: Any, new: Any) -> list[str]:
    """What says the file is of another person than the profile: its name or date of birth ("" in either
    says nothing)."""
    out = []
    a, b = old.identity, new.identity
    if a.full_name and b.full_name and " ".join(a.full_name.split()).casefold() != " ".join(b.full_name.split()).casefold():
        out.append(f"name {a.full_name!r} -> {b.full_name!r}")
    if a.date_of_birth and b.date_of_birth and a.date_of_birth != b.date_of_birth:
        out.append(f"date of birth {a.date_of_birth} -> {b.date_of_birth}")
    return out


def cmd_import(args: argparse.Namespace, out: IO[str]) -> int:
    from .core.importers import import_file
    from .core.importers.merge import apply_diff, diff_profiles

    result = import_file(Path(args.file), strict=not args.partial)
    for w in result.warnings:
        sys.stderr.write(f"warning: {w}\n")
    for n in result.notes:  # harmless, but worth knowing: a birth date without a year, a section not kept
        sys.stderr.write(f"note: {n}\n")
    coach = _open(args)
    person = " ".join(result.profile.identity.full_name.split())
    name = args.name or person or result.profile.platform.platform or "Profile"
    existing = {p.name for p in coach.profiles()}
    if name in existing:
        _, old = coach.load_profile(name)
        differs = _person_differs(old, result.profile)
        if differs and not args.merge and not args.dry_run:
            raise CliError(f"import: {args.file} is not the person of profile {name!r} ({'; '.join(differs)}). "
                           "Give --name NEW to import it as a new profile, or --merge to merge it anyway.")
        diff = diff_profiles(old, result.profile)
        lines = diff.summary_lines()
        if args.dry_run:
            out.write(f"Importing {args.file} into {name!r} would make these changes:\n")
            out.write("".join(f"  {ln}\n" for ln in lines) or "  (no changes)\n")
            if diff.removed and not args.remove_missing:
                out.write("  (entries marked - are kept unless you add --remove-missing)\n")
            if differs:
                out.write(f"  warning: another person ({'; '.join(differs)}): merging needs --merge\n")
            return 0
        kinds = ("added", "changed", "removed") if args.remove_missing else ("added", "changed")
        accepted = set(diff.ids(*kinds))
        merged = apply_diff(old, result.profile, accepted)
        res = coach.save_profile(name, merged)
        kept_note = "" if args.remove_missing or not diff.removed else (
            f" {len(diff.removed)} entr{'y' if len(diff.removed) == 1 else 'ies'} not in the file kept"
            " (--remove-missing removes them).")
        out.write(f"Updated {name!r} from {args.file}: {len(accepted)} change(s);{kept_note} "
                  f"{res.kept} facts kept their history, {res.added} new, {res.retired} retired.\n")
        return 0
    if args.dry_run:
        out.write(f"Importing {args.file} would create profile {name!r} ({result.format}) with:\n")
        lines = diff_profiles(type(result.profile)(), result.profile).summary_lines()
        out.write("".join(f"  {ln}\n" for ln in lines) or "  (nothing)\n")
        return 0
    res = coach.save_profile(name, result.profile)
    out.write(f"Imported {args.file} ({result.format}) as {name!r}: {res.added} facts. It is now the active profile.\n")
    return 0


def cmd_export_profile(args: argparse.Namespace, out: IO[str]) -> int:
    coach = _open(args)
    name, profile = coach.load_profile(args.profile)
    profile.save(Path(args.output))
    out.write(f"Wrote profile {name!r} to {args.output}\n")
    return 0


def cmd_profiles(args: argparse.Namespace, out: IO[str]) -> int:
    coach = _open(args)
    infos = coach.profiles()
    if args.json:
        _out(
            [
                {"name": p.name, "active": p.active, "full_name": p.full_name, "platform": p.platform,
                 "facts": p.facts, "call_at": p.call_at.isoformat() if p.call_at else None}
                for p in infos
            ],
            out,
        )
        return 0
    if not infos:
        out.write("No profiles yet. Try 'verify-coach demo' or 'verify-coach import FILE'.\n")
    for p in infos:
        out.write(f"{'*' if p.active else ' '} {p.name:<20} {p.full_name} ({p.platform}), {p.facts} facts\n")
    return 0


def cmd_use(args: argparse.Namespace, out: IO[str]) -> int:
    _open(args).set_active(args.name)
    out.write(f"{args.name!r} is now the active profile.\n")
    return 0


def cmd_facts(args: argparse.Namespace, out: IO[str]) -> int:
    facts = _open(args).facts(args.profile)
    if args.json:
        _out([f.to_json() for f in facts], out)
        return 0
    cat = None
    for f in facts:
        if f.category != cat:
            cat = f.category
            out.write(f"\n{cat.upper()}\n")
        out.write(f"  {f.label}: {f.value}\n")
    return 0


def cmd_questions(args: argparse.Namespace, out: IO[str]) -> int:
    from .core.questions import build_questions

    coach = _open(args)
    _, profile = coach.load_profile(args.profile)
    qs = build_questions(profile, seed=args.seed)
    if args.count is not None:
        qs = qs[: max(0, args.count)]
    if args.json:
        _out([q.to_json() for q in qs], out)
        return 0
    for n, q in enumerate(qs, 1):
        out.write(f"{n}. [{q.form}] {q.prompt}\n")
        for i, c in enumerate(q.choices or (), 1):
            out.write(f"     {i}) {c}\n")
        out.write(f"     answer: {q.answer}\n")
    return 0


class _TerminalPractice:
    """The terminal's view of a practice session (core.session.practice.PracticeView): prints, never asks."""

    def __init__(self, out: IO[str], as_json: bool):
        self.out, self.json = out, as_json
        self.question: Any = None
        self.printed_at = 0.0  # monotonic ms: when the question was printed (--aloud times from here)

    def say(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()

    def show_loading(self) -> None:
        pass

    def show_question(self, index: int, total: int, question: Any) -> None:
        from .core.mockcall import monotonic_ms

        self.question = question
        q = question
        self.printed_at = monotonic_ms()
        if self.json:
            _out({"event": "question", "id": q.id, "prompt": q.prompt, "choices": list(q.choices) if q.choices else None,
                  "fact_keys": list(q.fact_keys), "answer_kind": q.answer_kind}, self.out)
            return
        self.out.write(f"\nQ{index + 1}/{total}: {q.prompt}\n")
        for i, c in enumerate(q.choices or (), 1):
            self.out.write(f"   {i}) {c}\n")
        if q.answer_kind == "order":
            self.out.write("   (type the numbers in order, e.g. 2 1 3)\n")
        self.say("> ")

    def show_self_check(self, check: Any) -> None:
        q = self.question
        if self.json:
            _out({"event": "expected", "id": q.id if q is not None else "", "say_it": check.say_it,
                  "expected": check.expected}, self.out)
            return
        self.out.write(f"Say it like this: “{check.say_it}”  ({check.expected})\n")
        self.say("How was your answer? 1 right, 2 close, 3 wrong: ")

    def show_saving(self) -> None:
        pass

    def show_feedback(self, fb: Any) -> None:
        if self.json:
            _out({"event": "verdict", "correct": fb.correct, "score": round(fb.score, 4), "expected": fb.answer,
                  "attempt_id": fb.attempt_id}, self.out)
            return
        mark = "✓ Right" if fb.correct else "✗ Wrong"
        hint = "" if fb.correct else " Type ! if you were right."
        secs = f"{fb.latency_ms / 1000:.1f} s"
        if fb.belief is not None:  # a true-or-false answer: what you believed, never "answer: False"
            self.out.write(f"{mark} — {fb.belief.sentence(fb.fact_value)} ({secs}){hint}\n")
        else:
            self.out.write(f"{mark} — {fb.feedback} (answer: {fb.answer}; {secs}){hint}\n")

    def show_answer_error(self, message: str | None) -> None:
        pass  # the terminal's runner raises instead

    def show_overridden(self, record: Any) -> None:
        pass  # said by cmd_practice, which knows the rating

    def show_override_error(self, message: str | None) -> None:
        pass

    def show_override_undone(self, record: Any) -> None:
        pass

    def show_ending(self) -> None:
        pass

    def show_end_error(self, message: str | None) -> None:
        pass  # the terminal's runner raises instead

    def show_summary(self, summary: Any, plan: Any, can_undo: bool) -> None:
        pass

    def back_to_start(self, reason: str, message: str) -> None:
        pass  # nothing to ask: the summary says 0/0

    def show_explain(self, number: int, total: int, question: Any) -> None:
        if self.json:
            _out({"event": "explain", "key": question.key, "check": question.check, "prompt": question.prompt,
                  "points": list(question.points)}, self.out)
            return
        self.out.write(f"\nQ{number + 1}/{total} (be ready to explain): {question.prompt}\n")
        self.say("  (answer aloud or type it; Enter when done)\n> ")

    def show_explain_points(self, question: Any, given: str) -> None:
        if self.json:
            return
        self.out.write("What a good answer covers:\n")
        for i, p in enumerate(question.points, 1):
            self.out.write(f"   {i}) {p}\n")
        self.say("The numbers you covered (e.g. 1 3, 'all' or nothing): ")

    def show_explain_error(self, message: str | None) -> None:
        pass  # the terminal's runner raises instead

    def history_changed(self) -> None:
        pass


def cmd_practice(
    args: argparse.Namespace, out: IO[str], inp: IO[str], clock: Callable[[], float] = time.monotonic
) -> int:
    """A practice session on the same controller as the app's practice screen."""
    from .core.session import SyncRunner
    from .core.session.practice import PracticeSession
    from .core.store.engine import StoreBusyError

    view = _TerminalPractice(out, args.json)
    coach = _open(args)
    session = PracticeSession(view, SyncRunner(coach), clock=clock, seed=args.seed)
    ear = _ear(args)  # --aloud: no microphone is a clear message and exit code 2, before anything starts
    mode = {"normal": "practice"}.get(args.mode, args.mode)
    session.start(mode, max(1, args.count), name=args.profile)
    try:
        _practice_loop(args, session, view, ear, inp, out)
    except StoreBusyError as exc:  # another writer held the data for too long: this answer is not saved
        plan = session.plan
        if plan is not None:
            with contextlib.suppress(Exception):  # the session's end time, if the data is free by now
                coach.end_session(plan)
        done = len(session.records)
        raise CliError(f"{exc} (The {done} answer{'s' if done != 1 else ''} before it "
                       f"{'are' if done != 1 else 'is'} saved.)") from None
    asked, correct = len(session.records), sum(r.correct for r in session.records)
    explained = [{"key": r.question.key, "rating": r.rating, "missed": list(r.missed)} for r in session.explain_records]
    if args.json:
        summary: dict[str, Any] = {"event": "summary", "asked": asked, "correct": correct}
        if explained:  # only when explain questions were asked: the shape stays as it was without them
            summary["explain"] = explained
        _out(summary, out)
    else:
        if asked or not session.explain_records:
            out.write(f"\nSession over: {correct}/{asked} right.\n")
        else:
            n = len(session.explain_records)
            out.write(f"\nSession over: {n} question{'s' if n != 1 else ''} to explain, rated by you.\n")
        for r in session.explain_records:
            left = f"; left out: {'; '.join(r.missed)}" if r.missed else ""
            out.write(f"Explain: {r.question.prompt} — {r.rating}{left}\n")
    return 0


def _practice_loop(args: argparse.Namespace, session: Any, view: _TerminalPractice, ear: Any, inp: IO[str],
                   out: IO[str]) -> None:
    """The questions of a terminal practice session, then its explain questions, then its end."""
    from .core.session.practice import State

    while session.state is State.QUESTION:
        q = session.current_question
        if ear is not None and q.answer_kind not in ("choice", "order"):
            ear = _practice_aloud(session, view, ear, inp, out, args.json)
            continue
        line = inp.readline()
        while line.strip() == "!":  # "I was right": override the verdict just given
            rec = session.records[-1] if session.records else None
            if rec is None or not session.override():
                msg = "Nothing to mark as right: '!' works right after a wrong verdict."
                if args.json:
                    _out({"event": "error", "message": msg}, out)
                else:
                    view.say(msg + "\n> ")
            elif args.json:
                _out({"event": "override", "attempt_id": rec.attempt_id,
                      "fact_key": rec.fact_key, "correct": True,
                      "rating": rec.rating}, out)
            else:
                view.say("✓ Marked right by you — counted as right (rated Hard); this answer is accepted from now on.\n> ")
            line = inp.readline()
        if line == "":
            break
        session.submit(line.rstrip("\n"), allow_empty=True)  # the verdict prints at once
        session.next()
    while session.state is State.EXPLAIN:
        if not _practice_explain(session, view, inp, out, args.json):
            break
    if session.state in (State.QUESTION, State.FEEDBACK, State.EXPLAIN, State.EXPLAIN_RATE):
        session.end()


def _practice_explain(session: Any, view: _TerminalPractice, inp: IO[str], out: IO[str], as_json: bool) -> bool:
    """One "be ready to explain" question: the answer (may be empty), the points covered, the rating.
    False at the end of the input."""
    from .cli_call import _numbers
    from .core.session.practice import State

    line = inp.readline()
    if line == "":
        return False
    q = session.current_explain
    session.explain_answered(line.rstrip("\n"))
    covered: tuple[int, ...] | None = None
    while covered is None:
        line = inp.readline()
        if line == "":
            return False
        covered = _numbers(line, len(q.points))
        if covered is None:
            _say_problem(view, out, as_json, f"Type the numbers of the points you covered (1-{len(q.points)}), "
                         "'all' or nothing.", " ")
    if not as_json:
        view.say("How was your answer? 1 good, 2 okay, 3 poor: ")
    while session.state is State.EXPLAIN_RATE:
        line = inp.readline()
        if line == "":
            return False
        rating = {"1": "good", "2": "okay", "3": "poor", "good": "good", "okay": "okay", "poor": "poor"}.get(
            line.strip().lower())
        if rating is None:
            _say_problem(view, out, as_json, "Rate your answer: 1 good, 2 okay, 3 poor.", " ")
            continue
        if as_json:  # before the next question prints (the terminal's runner saves at once)
            _out({"event": "rated", "key": q.key, "rating": rating,
                  "missed": [p for i, p in enumerate(q.points) if i not in covered]}, out)
        session.rate_explain(rating, covered)
    return True


def _ear(args: argparse.Namespace) -> Any:
    """The microphone for ``--aloud`` (None without it)."""
    if not getattr(args, "aloud", False):
        return None
    from .cli_aloud import TerminalEar

    return TerminalEar(pause_ms=int(max(0.3, min(5.0, args.pause)) * 1000))


def _say_problem(view: _TerminalPractice, out: IO[str], as_json: bool, message: str, then: str) -> None:
    if as_json:
        _out({"event": "error", "message": message}, out)
    else:
        view.say(message + then)


def _practice_aloud(session: Any, view: _TerminalPractice, ear: Any, inp: IO[str], out: IO[str],
                    as_json: bool) -> Any:
    """One question answered aloud: listen, print what was heard, read the rating. Returns the ear (None
    once the microphone failed: the session goes on typed)."""
    from .cli_aloud import RATING_KEYS, print_heard
    from .core.session.practice import State

    q = session.current_question
    heard = ear.listen(view.printed_at)
    if heard.problem and heard.onset_at is None:
        _say_problem(view, out, as_json, heard.problem + " Type your answers from here.", "\n> ")
        return None
    print_heard(out, as_json, q.id, heard)
    if heard.onset_at is None:
        session.no_answer()  # the verdict prints: no answer
        session.next()
        return ear
    session.speech_started(heard.onset_at)
    session.speech_ended(heard.end_at, heard.audio)
    while session.state is State.HEARD:
        line = inp.readline()
        if line == "":
            session.end()
            return ear
        rating = RATING_KEYS.get(line.strip().lower())
        if rating is None:
            _say_problem(view, out, as_json, "Rate your answer: 1 right, 2 close, 3 wrong.", " ")
            continue
        session.self_rate(rating)  # recorded; the next question prints at once
        if as_json:
            rec = session.records[-1]
            _out({"event": "rated", "id": q.id, "rating": rating, "attempt_id": rec.attempt_id,
                  "correct": rec.correct}, out)
    return None if heard.problem else ear


def cmd_call(args: argparse.Namespace, out: IO[str], inp: IO[str]) -> int:
    """A mock call on the same controller as the app's Mock call screen (``cli_call``)."""
    from .cli_call import run_call

    coach = _open(args)
    timing = coach.saved_timing()
    call_type = args.type or coach.call_type(args.profile)  # the type set with call-date --type
    ear = _ear(args)
    return run_call(coach, call_type, args.seed, inp, out, as_json=args.json,
                    slow_ms=timing.slow_ms, ear=ear)


def cmd_stats(args: argparse.Namespace, out: IO[str]) -> int:
    data = _open(args).stats(args.profile).to_json()  # the text below reads the same stable shape
    if args.json:
        _out(data, out)
        return 0
    out.write(f"Profile: {data['profile']}\n")
    out.write(f"Call: {data['call_at'] or 'not set (verify-coach call-date 2026-12-03T15:00)'}\n")
    out.write(f"Readiness at the call: {data['readiness'] * 100:.0f}%   ({data['attempts']} answers so far)\n\n")
    for c in data["categories"]:
        acc = "—" if c["accuracy"] is None else f"{c['accuracy'] * 100:.0f}%"
        out.write(f"  {c['name']:<15} recall {c['recall'] * 100:5.0f}%   accuracy {acc:>5}   ({c['attempts']} answer{'' if c['attempts'] == 1 else 's'})\n")
    by_key = {f["key"]: f for f in data["facts"]}
    weak = [by_key[k] for k in data["weak_keys"]]  # stats.weak_facts: the count every screen shows
    out.write(f"\nWeak facts ({data['weak_count']}):\n" if weak else "\nNo weak facts yet.\n")
    for f in weak[:20]:
        out.write(f"  - {f['label']} ({', '.join(f['weak_reasons'])})\n")
    if len(weak) > 20:
        out.write(f"  … and {len(weak) - 20} more (verify-coach stats --json lists them all)\n")
    ov = data.get("overrides") or {}
    if ov.get("total"):
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(ov["by_kind"].items()))
        out.write(f"\nMarked right by you (\"I was right\"): {ov['total']} ({kinds})\n")
    return 0


AUDIT_HEADINGS = {"fix": "Fix before the call", "explain": "Be ready to explain", "note": "Good to know"}


def cmd_audit(args: argparse.Namespace, out: IO[str]) -> int:
    """The profile audit (docs/audit.md): 0 when nothing must be fixed, 1 when something must."""
    from .core.audit import audit, must_fix

    coach = _open(args)
    name, profile = coach.load_profile(args.profile)
    findings = audit(profile)
    if args.json:
        _out([f.to_json() for f in findings], out)
        return 1 if must_fix(findings) else 0
    out.write(f"Profile: {name}\n")
    if not findings:
        out.write("Nothing in your profile looks inconsistent.\n")
        return 0
    for severity, heading in AUDIT_HEADINGS.items():
        mine = [f for f in findings if f.severity == severity]
        if not mine:
            continue
        out.write(f"\n{heading} ({len(mine)}):\n")
        for f in mine:
            out.write(f"  - {f.message}\n      {f.todo}\n      [{f.check}: {', '.join(f.fields)}]\n")
            if f.question:
                out.write(f"      The agent may ask: \u201c{f.question}\u201d\n")
    return 1 if must_fix(findings) else 0


def cmd_call_date(args: argparse.Namespace, out: IO[str]) -> int:
    from .core.calltypes import call_type

    coach = _open(args)
    if args.clear and args.when:
        raise CliError("call-date: give a date or --clear, not both")
    when = parse_when(args.when) if args.when else None
    if args.call_type:
        coach.set_call_type(args.call_type, args.profile)
        out.write(f"Type of call: {call_type(args.call_type).name}.\n")
    if args.clear:
        coach.set_call_at(None, args.profile)
        out.write("Call date cleared.\n")
        return 0
    if when is not None:
        from .core.dates import CallTimeError, check_call_time

        try:
            when = check_call_time(when, datetime.now(UTC))
        except CallTimeError as exc:
            raise CliError(f"call-date: {exc}") from None
        coach.set_call_at(when, args.profile)
        out.write(f"Call set for {when.astimezone():%A %d %B %Y, %H:%M} (local time).\n")
        return 0
    if args.call_type:
        return 0
    current = coach.call_at(args.profile)
    out.write(f"{current.astimezone():%Y-%m-%dT%H:%M%z}\n" if current else "No call date set.\n")
    kind = coach.call_type(args.profile)
    out.write(f"Type of call: {call_type(kind).name} ({kind})\n")
    return 0


def cmd_checklist(args: argparse.Namespace, out: IO[str]) -> int:
    coach = _open(args)
    item = args.tick or args.untick
    if item:
        coach.tick(item, bool(args.tick), args.profile)
    cl = coach.checklist(args.profile)
    if cl is None:  # (a tick without a call date was refused above)
        if args.json:
            _out(None, out)
        else:
            out.write("No call date set: the checklist is for the day of your call. "
                      "Set it with 'verify-coach call-date 2026-12-03T15:00'.\n")
        return 0
    if args.json:
        _out(cl.to_json(), out)
        return 0
    if item:
        done = cl.item(item)
        assert done is not None
        out.write(f"{'Ticked' if done.ticked else 'Unticked'}: {done.text}.\n")
    local = cl.call_at.astimezone()
    out.write(f"Before your call: {cl.type_name}, {local:%A} {local.day} {local:%B %Y, %H:%M} (local time)\n")
    out.write(f"{cl.done} of {cl.total} ready\n\n")
    width = max(len(i.id) for i in cl.items)
    for i in cl.items:
        out.write(f"[{'x' if i.ticked else ' '}] {i.id:<{width}}  {i.text}\n")
        out.write(f"    {'':<{width}}  {i.why}\n")
    out.write("\nTick an item with 'verify-coach checklist --tick ID' (--untick ID takes it back).\n")
    return 0


def cmd_export(args: argparse.Namespace, out: IO[str]) -> int:
    from .core.export import export_to_file

    coach = _open(args)
    path = Path(args.output)
    if path.exists() and not args.force:
        raise CliError(f"export: {path} exists; add --force to replace it")
    pdf_writer = None
    if args.format == "pdf":
        from .ui.pdf import write_pdf  # the one Qt step of an export; the core takes it as a callable

        pdf_writer = write_pdf
    export_to_file(coach, args.format, path, weak_only=args.weak_only, paper=args.paper, name=args.profile,
                   pdf_writer=pdf_writer)
    out.write(f"Wrote {args.format} to {path}\n")
    return 0


def cmd_backup(args: argparse.Namespace, out: IO[str]) -> int:
    from .core.backup import make_backup

    coach = _open(args)
    path = make_backup(coach, Path(args.output), recordings=args.recordings)
    out.write(f"Backed up to {path}\n")
    return 0


def cmd_restore(args: argparse.Namespace, out: IO[str]) -> int:
    from .core.backup import restore_backup
    from .core.store.instance import hold_instance_lock

    data_dir = _data_dir(args)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    # the app checked above is not open: hold the lock so that none starts while the files are swapped
    with hold_instance_lock(data_dir, "restore"):
        kept = restore_backup(Path(args.file), data_dir)
    out.write(f"Restored {args.file}. Your previous data was kept at {kept}\n")
    return 0


COMMANDS: dict[str, Callable[..., int]] = {
    "demo": cmd_demo,
    "import": cmd_import,
    "export-profile": cmd_export_profile,
    "profiles": cmd_profiles,
    "use": cmd_use,
    "facts": cmd_facts,
    "questions": cmd_questions,
    "stats": cmd_stats,
    "audit": cmd_audit,
    "call-date": cmd_call_date,
    "checklist": cmd_checklist,
    "export": cmd_export,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def _data_dir(args: argparse.Namespace) -> Path:
    from .core.paths import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def writes(args: argparse.Namespace) -> bool:
    """Does this command (with these arguments) write to the database? Those that do are refused while the
    desktop app is open on the same data dir (``core.store.instance``); the read-only ones always work."""
    command = args.command
    if command in ("demo", "use", "practice", "call", "restore"):
        return True
    if command == "import":
        return not args.dry_run
    if command == "call-date":
        return bool(args.when or args.clear or args.call_type)
    if command == "checklist":
        return bool(args.tick or args.untick)
    return False


def check_app_closed(args: argparse.Namespace) -> None:
    """Refuse a command that writes while the app holds the data dir (``--wait``: wait until it is closed)."""
    if not writes(args):
        return
    from .core.store.instance import refuse_while_app_runs

    def waiting(message: str) -> None:
        sys.stderr.write(f"verify-coach: {message}\n")
        sys.stderr.flush()

    wait: bool | float = args.wait_max if args.wait_max is not None else bool(args.wait)
    refuse_while_app_runs(_data_dir(args), f"verify-coach {args.command}", wait=wait, waiting=waiting)


def run_gui(args: argparse.Namespace) -> int:
    try:
        from .ui.app import run
    except ImportError as exc:  # the Qt layer is missing or broken on this machine
        sys.stderr.write(f"verify-coach: the desktop app cannot start ({exc}). The CLI commands still work; "
                         "see 'verify-coach --help'.\n")
        return 1
    return run(args)


_OPTIONS_WITH_VALUE = ("--data-dir", "--profile", "--wait-max")


def split_open_file(argv: Sequence[str], commands: Collection[str]) -> tuple[list[str], str | None]:
    """``verify-coach [OPTIONS] FILE`` (how a file manager or the desktop entry's ``%f`` starts the app):
    the first positional argument, when it is no command and names a file or looks like a path, is taken
    out of ``argv`` and returned. Anything else is left to argparse (so a mistyped command is still
    "invalid choice")."""
    args = list(argv)
    i, forced = 0, False
    while i < len(args):
        a = args[i]
        if a == "--":
            forced = True
            del args[i]
            break
        if a in _OPTIONS_WITH_VALUE:
            i += 2
        elif a.startswith("-"):
            i += 1
        else:
            break
    if i >= len(args):
        return list(argv), None
    first = args[i]
    looks_like_a_path = Path(first).exists() or "/" in first or "\\" in first or bool(Path(first).suffix)
    if forced or (first not in commands and looks_like_a_path):
        return args[:i] + args[i + 1:], first
    return list(argv), None


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def check_open_file(path: str) -> str:
    """The file given to the app, made absolute; a clear error when it is not there."""
    p = Path(path).expanduser()
    if not p.exists():
        raise CliError(f"no such file: {path}")
    return str(p.resolve())


def main(argv: Sequence[str] | None = None, *, stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    parser = build_parser()
    raw = list(sys.argv[1:] if argv is None else argv)
    rest, open_file = split_open_file(raw, _command_names(parser))
    args = parser.parse_args(rest)
    out = stdout or sys.stdout
    inp = stdin or sys.stdin
    if open_file is not None and args.command is not None:
        parser.error(f"a file to open ({open_file}) cannot go with the command {args.command!r}")
    if args.command == "gui" and args.file:
        open_file = args.file
    if args.command in (None, "gui") or args.demo or args.smoke:
        args.open_file = None
        if open_file is not None:
            try:
                args.open_file = check_open_file(open_file)
            except CliError as exc:
                sys.stderr.write(f"verify-coach: {exc}\n")
                return EXIT_USAGE
        return run_gui(args)

    try:
        check_app_closed(args)
        if args.command == "practice":
            return cmd_practice(args, out, inp)
        if args.command == "call":
            return cmd_call(args, out, inp)
        return COMMANDS[args.command](args, out)
    except UserError as exc:  # CliError, CoachError, ProfileError, StoreError (StoreBusyError), BackupError…
        sys.stderr.write(f"verify-coach: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a path that cannot be written or read
        from .core.export import os_reason

        where = f"{exc.filename}: " if exc.filename else ""
        sys.stderr.write(f"verify-coach: {where}{os_reason(exc)}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("\nInterrupted. Every answer given so far is saved.\n")
        return 130
    except Exception as exc:  # a database failure is a sentence; anything else a bug, without personal data
        return _unexpected(exc, args)


def _unexpected(exc: Exception, args: argparse.Namespace) -> int:
    import traceback

    from .core.privacy import scrub

    if "sqlite3" in sys.modules or isinstance(exc, OSError):
        from .core.store.engine import default_data_dir
        from .core.store.faults import as_store_error

        fault = as_store_error(exc, Path(args.data_dir) if args.data_dir else default_data_dir())
        if fault is not None:
            sys.stderr.write(f"verify-coach: {fault}\n")
            return EXIT_USAGE
    sys.stderr.write(scrub("".join(traceback.format_exception(exc))))
    sys.stderr.write("verify-coach: an unexpected error (a bug); the details above hold no profile data.\n")
    return 1
