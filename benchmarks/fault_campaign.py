"""The fault suite's figures (issue 17): a reproducible fault-injection campaign against the real CLI.

Each run of a scenario gets its own copy of a data dir holding a demo profile, and runs
``python -m verify_coach --data-dir DIR ...`` in subprocesses:

- ``kill_during_practice``: ``practice --json`` with answers typed on stdin, SIGKILLed after a random number
  of acknowledged answers (a ``verdict`` printed) or after a random delay. Then the next practice on the same
  data must work, ``PRAGMA integrity_check`` must say ok, and every acknowledged answer must be in ``attempt``;
- ``kill_during_call``: the same with ``call --json`` (a fact answer is acknowledged once the next event of the
  call is printed: the terminal's runner saves it before going on);
- ``two_writers``: two ``practice`` at once on one data dir: each ends with exit 0 or refuses with one clear
  line on stderr, and every acknowledged answer of both is in the database;
- ``hostile_imports``: mutated real files (an ``export-profile`` file, ``resources/example-profile.json`` and
  the samples under ``/work/shared/fixtures`` that ``import`` accepts): byte flips, truncation, huge numbers,
  NaN, deep nesting, wrong types, random bytes…, every other run with ``--partial``. A refused import is one
  clear line and leaves the database's content (a ``.dump``) as it was; after an accepted one ``facts`` works
  or refuses in one clear line;
- ``hostile_restores``: a real ``backup`` zip, mutated (bytes, members dropped, manifest fields of the wrong
  type, the database truncated, its schema's text damaged, an extra trigger, view or table, values no app
  writes). A refused restore leaves the database byte-identical and nothing new in the data dir but the lock
  file; after an accepted one ``stats`` and ``facts`` work or refuse in one clear line.

The mutation kinds are taken in turn, their details at random: from 11 (imports) and 21 (restores) runs on,
each kind is tried at least once.

Per scenario: ``runs``, ``survived``, ``lost`` (acknowledged answers missing from the database), ``tracebacks``
and a few examples of failures. Exit code 0 when every run survived, nothing was lost and no traceback was
seen, else 1.

    python benchmarks/fault_campaign.py [--runs 40] [--seed 17] [--quick] [--scenarios a,b] [--json PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import queue
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
DB_FILENAME = "verify_coach.sqlite3"  # verify_coach.core.store.DB_FILENAME (checked in main)
FIXTURES = Path("/work/shared/fixtures")
TIMEOUT_S = 120.0  # one command; more is a hang, counted as a failure
MAX_EXAMPLES = 5
#: What a refused restore may leave in the data dir: the lock file it held (``core.store.instance``; the file
#: stays, the OS lock is dropped). Its staging folder (``.tmp-*``) is removed; nothing else is made.
ALLOWED_AFTER_RESTORE = {"verify_coach.lock"}


@dataclass
class Tally:
    scenario: str
    runs: int = 0
    survived: int = 0
    lost: int = 0
    tracebacks: int = 0
    wall_s: float = 0.0
    outcomes: dict[str, int] = field(default_factory=dict)  # how the runs ended (killed, refused, imported…)
    examples: list[dict[str, Any]] = field(default_factory=list)  # of failures
    notes: list[dict[str, Any]] = field(default_factory=list)  # of runs that survived with a refusal after

    def record(self, problems: list[str], *, lost: int = 0, traceback_seen: bool = False,
               example: dict[str, Any] | None = None, outcome: str = "") -> None:
        self.runs += 1
        if outcome:
            self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        self.lost += lost
        self.tracebacks += int(traceback_seen)
        if not problems and not lost and not traceback_seen:
            self.survived += 1
            if ", then" in outcome and len(self.notes) < MAX_EXAMPLES:  # survived, but worth a look
                self.notes.append({"outcome": outcome, **(example or {})})
        elif len(self.examples) < MAX_EXAMPLES:
            self.examples.append({"problems": problems, **(example or {})})


@dataclass
class Result:
    """One finished command."""

    cmd: list[str]
    code: int | None  # None: it did not end in time (killed)
    out: str
    err: str

    @property
    def traceback(self) -> bool:
        return "Traceback" in self.out or "Traceback" in self.err

    def example(self) -> dict[str, Any]:
        return {"command": " ".join(self.cmd[3:]), "exit_code": self.code,
                "stderr_tail": self.err.strip().splitlines()[-3:]}


def one_clear_line(r: Result) -> bool:
    """A refusal as the CLI words them: a non-zero exit, one ``verify-coach: …`` line on stderr."""
    lines = [ln for ln in r.err.strip().splitlines() if ln.strip()]
    return r.code not in (0, None) and len(lines) == 1 and lines[0].startswith("verify-coach: ")


def refusal_problems(r: Result, changed: str | None) -> list[str]:
    """What is wrong with a refused import or restore: no end, no clear line, or ``changed`` (what it touched)."""
    if r.code is None:
        return ["no end in time"]
    found = [] if one_clear_line(r) else [f"refused (exit {r.code}) without one clear line on stderr"]
    return found + ([changed] if changed else [])


def then_opened(lab: Lab, d: Path, r: Result, done: str, commands: list[tuple[str, ...]],
                outcome: str) -> tuple[list[str], str, Result]:
    """After a successful import or restore (``done``), the data is opened with each command in turn: one that
    does not succeed must refuse with one clear line. (problems, outcome, the result the example shows)."""
    for args in commands:
        after = lab.cli(d, *args)
        if after.code == 0 and not after.traceback:
            continue
        failed = not one_clear_line(after) or after.traceback
        problems = [f"{done}, then `{args[0]}` failed (exit {after.code})"] if failed else []
        outcome = f"{done}, then `{args[0]}` {'failed' if failed else 'refused'}"
        return problems, outcome, Result(r.cmd + ["&&", *args], after.code, r.out + after.out, r.err + after.err)
    return [], outcome, r


class Lab:
    """The temp folder of a campaign: a template data dir with a demo profile, copied for each run."""

    def __init__(self, root: Path):
        self.root = root
        self.env = dict(os.environ)
        self.env.pop("VERIFY_COACH_DATA_DIR", None)
        self.env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [self.env.get("PYTHONPATH")])])
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.env["PYTHONIOENCODING"] = "utf-8"
        self.template = root / "template"
        self.n = 0
        r = self.cli(self.template, "demo", "--seed", "7")
        if r.code != 0:
            raise SystemExit(f"could not make the demo data dir: {r.err}")
        self.native = root / "native-profile.json"
        self.backup = root / "backup.zip"
        for args in (("export-profile", "-o", str(self.native)), ("backup", "-o", str(self.backup))):
            r = self.cli(self.template, *args)
            if r.code != 0:
                raise SystemExit(f"could not run {args[0]}: {r.err}")

    def argv(self, data_dir: Path, *args: str) -> list[str]:
        return [sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir), *args]

    def cli(self, data_dir: Path, *args: str, stdin: str = "") -> Result:
        cmd = self.argv(data_dir, *args)
        try:
            p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, encoding="utf-8",
                               errors="replace", env=self.env, timeout=TIMEOUT_S, cwd=self.root)
        except subprocess.TimeoutExpired as exc:
            return Result(cmd, None, _text(exc.stdout), _text(exc.stderr))
        return Result(cmd, p.returncode, p.stdout, p.stderr)

    def popen(self, data_dir: Path, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(self.argv(data_dir, *args), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
                                env=self.env, cwd=self.root)

    def fresh(self) -> Path:
        self.n += 1
        d = self.root / f"run-{self.n}"
        shutil.copytree(self.template, d)
        return d

    def done(self, d: Path) -> None:
        shutil.rmtree(d, ignore_errors=True)


def _text(b: bytes | str | None) -> str:
    if b is None:
        return ""
    return b if isinstance(b, str) else b.decode("utf-8", "replace")


# --- the database, seen from outside --------------------------------------------------------------------


def db_path(d: Path) -> Path:
    return d / DB_FILENAME


def integrity(d: Path) -> str:
    try:
        con = sqlite3.connect(db_path(d))
        try:
            return "; ".join(str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return f"cannot open: {exc}"


def attempts(d: Path, mode: str | None = None) -> list[int]:
    """The ids of the answers in the database (of sessions of ``mode`` if given)."""
    con = sqlite3.connect(db_path(d))
    try:
        if mode is None:
            return [r[0] for r in con.execute("SELECT id FROM attempt")]
        return [r[0] for r in con.execute(
            "SELECT a.id FROM attempt a JOIN study_session s ON s.id = a.session_id WHERE s.mode = ?", (mode,))]
    finally:
        con.close()


def dump_sha(d: Path) -> str:
    """The database's content (its SQL dump), whatever its pages look like."""
    con = sqlite3.connect(f"file:{db_path(d)}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        for line in con.iterdump():
            h.update(line.encode("utf-8", "surrogatepass"))
        return h.hexdigest()
    finally:
        con.close()


def files_sha(d: Path) -> str:
    """The bytes of the database and its side files."""
    h = hashlib.sha256()
    for suffix in ("", "-wal", "-journal"):
        p = d / f"{DB_FILENAME}{suffix}"
        h.update(suffix.encode())
        h.update(p.read_bytes() if p.exists() else b"<none>")
    return h.hexdigest()


def listing(d: Path) -> set[str]:
    return {str(p.relative_to(d)) for p in d.rglob("*")}


# --- a CLI session driven line by line ---------------------------------------------------------------------


class Driven:
    """A process whose stdout lines are read as they come (a thread per stream), so it can be killed at
    any point of the dialogue."""

    def __init__(self, p: subprocess.Popen[str]):
        self.p = p
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.err: list[str] = []
        self.out: list[str] = []
        self._t = [threading.Thread(target=self._pump, args=(p.stdout,), daemon=True),
                   threading.Thread(target=self._drain, args=(p.stderr,), daemon=True)]
        for t in self._t:
            t.start()

    def _pump(self, stream: IO[str] | None) -> None:
        assert stream is not None
        for line in stream:
            self.out.append(line)
            self.lines.put(line)
        self.lines.put(None)

    def _drain(self, stream: IO[str] | None) -> None:
        assert stream is not None
        self.err.append(stream.read())

    def next_event(self, timeout: float) -> dict[str, Any] | None | str:
        """The next JSON line; None at the end of the output; ``"timeout"``."""
        try:
            line = self.lines.get(timeout=max(0.0, timeout))
        except queue.Empty:
            return "timeout"
        if line is None:
            return None
        try:
            ev = json.loads(line)
        except ValueError:
            return {"event": "unparsed", "line": line}
        return ev if isinstance(ev, dict) else {"event": "unparsed", "line": line}

    def send(self, text: str) -> bool:
        try:
            assert self.p.stdin is not None
            self.p.stdin.write(text + "\n")
            self.p.stdin.flush()
            return True
        except (BrokenPipeError, OSError, ValueError):
            return False

    def kill(self) -> None:
        if self.p.poll() is None:
            os.kill(self.p.pid, signal.SIGKILL)

    def finish(self, cmd: list[str]) -> tuple[Result, list[dict[str, Any]]]:
        """Close stdin, wait for the end; the events printed after the dialogue stopped."""
        try:
            if self.p.stdin is not None:
                self.p.stdin.close()
        except OSError:
            pass
        try:
            self.p.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.kill()
            self.p.wait()
        for t in self._t:
            t.join(timeout=TIMEOUT_S)
        rest: list[dict[str, Any]] = []
        while True:
            ev = self.next_event(0)
            if ev is None or ev == "timeout":
                break
            assert isinstance(ev, dict)
            rest.append(ev)
        code = self.p.returncode
        return Result(cmd, code, "".join(self.out), "".join(self.err)), rest


ANSWERS = ["1", "2", "3", "x", "", "I don't know", "Writer", "2019", "London"]


def kill_point(rng: random.Random, most: int) -> tuple[int | None, float | None, float]:
    """After how many acknowledged answers (or after how long) to kill, and the delay after the last line."""
    if rng.random() < 0.5:
        return rng.randint(0, most - 1), None, rng.uniform(0.0, 0.03)
    return None, rng.uniform(0.3, 1.5), 0.0  # start-up takes about 1 s: before, during and after it


def run_killed(lab: Lab, d: Path, rng: random.Random, args: list[str], answer: Callable[[dict[str, Any]], str | None],
               acknowledges: Callable[[dict[str, Any], bool], bool], most: int) -> tuple[Result, int, list[int]]:
    """Drive ``args`` and SIGKILL it at a random point. Returns the result, the acknowledged answers' count and
    the attempt ids the output named."""
    cmd = lab.argv(d, *args)
    target, after_s, delay = kill_point(rng, most)
    start = time.monotonic()
    drv = Driven(lab.popen(d, *args))
    acked, pending, ids = 0, False, []

    def seen(ev: dict[str, Any]) -> None:
        nonlocal acked, pending
        if isinstance(ev.get("attempt_id"), int):
            ids.append(ev["attempt_id"])
        if pending and acknowledges(ev, pending):
            acked, pending = acked + 1, False

    while True:
        wait = TIMEOUT_S if after_s is None else start + after_s - time.monotonic()
        ev = drv.next_event(wait)
        if ev is None:
            break
        if ev == "timeout":
            drv.kill()
            break
        assert isinstance(ev, dict)
        seen(ev)
        reply = answer(ev)
        if reply is None:
            continue
        if target is not None and acked >= target:
            drv.send(reply)
            time.sleep(delay)  # the kill lands before, during or after the answer's write
            drv.kill()
            break
        if not drv.send(reply):
            break
        pending = pending or ev.get("kind", "fact") == "fact"
    drv.kill()
    result, rest = drv.finish(cmd)
    for ev in rest:  # printed before the kill: acknowledged too
        seen(ev)
    return result, acked, ids


def verdict_ids(out: str) -> list[int]:
    """The attempt ids of the ``verdict`` lines of ``practice --json``'s output."""
    ids = []
    for line in out.splitlines():
        try:
            ev = json.loads(line)
        except ValueError:
            continue
        if isinstance(ev, dict) and ev.get("event") == "verdict" and isinstance(ev.get("attempt_id"), int):
            ids.append(ev["attempt_id"])
    return ids


def check_after_kill(lab: Lab, d: Path, result: Result, acked: int, ids: list[int], mode: str,
                     tally: Tally) -> None:
    problems: list[str] = []
    after = lab.cli(d, "practice", "--json", "--count", "1", stdin="x\n")  # the next start on the same data
    if after.code != 0:
        problems.append(f"the next practice failed (exit {after.code})")
    check = integrity(d)
    if check != "ok":
        problems.append(f"integrity_check: {check}")
    lost = 0
    try:
        # the next practice's own answer is left out: it could have the id of a lost one (a rowid is reused)
        in_db = set(attempts(d, mode)) - set(verdict_ids(after.out))
        if ids:
            lost = len(set(ids) - set(in_db))
        lost = max(lost, acked - len(in_db))
    except sqlite3.DatabaseError as exc:
        problems.append(f"cannot count the answers: {exc}")
        lost = acked
    if lost:
        problems.append(f"{lost} of {acked} acknowledged answers missing")
    bad = after if after.code != 0 or after.traceback else result
    outcome = "finished before the kill" if result.code == 0 else "killed" if result.code == -signal.SIGKILL \
        else f"exit {result.code}"
    tally.record(problems, lost=lost, traceback_seen=result.traceback or after.traceback,
                 example={**bad.example(), "acknowledged": acked}, outcome=outcome)


def kill_during_practice(lab: Lab, rng: random.Random, tally: Tally) -> None:
    d = lab.fresh()
    count = rng.randint(3, 12)
    args = ["practice", "--json", "--count", str(count), "--seed", str(rng.randint(0, 10**6))]

    def answer(ev: dict[str, Any]) -> str | None:
        return rng.choice(ANSWERS) if ev.get("event") == "question" else None

    result, acked, ids = run_killed(lab, d, rng, args, answer, lambda ev, _p: ev.get("event") == "verdict",
                                    count)
    # practice names each answer's id: acknowledged = a verdict printed
    acked = len(ids)
    check_after_kill(lab, d, result, acked, ids, "practice", tally)
    lab.done(d)


def kill_during_call(lab: Lab, rng: random.Random, tally: Tally) -> None:
    d = lab.fresh()
    args = ["call", "--json", "--seed", str(rng.randint(0, 10**6)), "--type", rng.choice(["upwork", "screening", "kyc"])]

    def answer(ev: dict[str, Any]) -> str | None:
        if ev.get("event") != "question":
            return None
        kind = ev.get("kind")
        if kind == "id_check":
            return rng.choice(["all", "1 2", ""])
        if ev.get("checklist"):
            return rng.choice(["all", "1", ""])
        if kind != "fact":
            return rng.choice(["1", "2", "3"])
        return rng.choice(ANSWERS)

    def acknowledges(ev: dict[str, Any], _pending: bool) -> bool:
        # the next step of the call is shown only once the answer is saved; "error" says it was not
        return ev.get("event") in ("question", "instruction", "say", "report")

    result, acked, _ids = run_killed(lab, d, rng, args, answer, acknowledges, 8)
    check_after_kill(lab, d, result, acked, [], "call", tally)
    lab.done(d)


def two_writers(lab: Lab, rng: random.Random, tally: Tally) -> None:
    d = lab.fresh()
    procs = []
    for _ in range(2):
        count = rng.randint(3, 15)
        args = ["practice", "--json", "--count", str(count), "--seed", str(rng.randint(0, 10**6))]
        stdin = "".join(rng.choice(ANSWERS) + "\n" for _ in range(count))
        procs.append((lab.argv(d, *args), lab.popen(d, *args), stdin))
    results = []
    for cmd, p, stdin in procs:
        try:
            out, err = p.communicate(stdin, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            p.kill()
            out, err = p.communicate()
            results.append(Result(cmd, None, out, err))
            continue
        results.append(Result(cmd, p.returncode, out, err))
    problems: list[str] = []
    ids: list[int] = []
    for r in results:
        if r.code != 0 and not one_clear_line(r):
            problems.append(f"exit {r.code} without one clear line on stderr")
        ids += verdict_ids(r.out)
    check = integrity(d)
    if check != "ok":
        problems.append(f"integrity_check: {check}")
    in_db = set(attempts(d))
    lost = len(ids) - len(set(ids) & in_db)  # a duplicate id is one answer lost
    if lost:
        problems.append(f"{lost} of {len(ids)} acknowledged answers missing")
    bad = next((r for r in results if r.code != 0 or r.traceback), results[0])
    refused = sum(r.code != 0 for r in results)
    tally.record(problems, lost=lost, traceback_seen=any(r.traceback for r in results),
                 outcome="both finished" if not refused else f"{refused} refused",
                 example={**bad.example(), "acknowledged": len(ids),
                          "exit_codes": [r.code for r in results]})
    lab.done(d)


# --- hostile files ------------------------------------------------------------------------------------------


def _nodes(obj: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(obj, dict):
        for k, v in obj.items():
            found += _nodes(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            found += _nodes(v, (*path, i))
    return found


def _get(obj: Any, path: tuple[Any, ...]) -> Any:
    for k in path:
        obj = obj[k]
    return obj


def _set(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = obj
    for k in path[:-1]:
        parent = parent[k]
    parent[path[-1]] = value
    return obj


def _replace_value(rng: random.Random, data: bytes, token: bytes) -> bytes:
    """``token`` in the place of one JSON value (text-wise, so tokens json.dumps cannot write fit)."""
    obj = json.loads(data)
    paths = [p for p in _nodes(obj) if p]
    if not paths:
        return token
    marker = "\u0000MARK\u0000"
    text = json.dumps(_set(obj, rng.choice(paths), marker), ensure_ascii=False)
    return text.replace(json.dumps(marker), token.decode(), 1).encode("utf-8")


JSON_MUTATIONS = ["byte_flip", "truncate", "huge_numbers", "wrong_type", "huge_number", "nan", "deep_nesting",
                  "random_bytes", "insert_bytes", "huge_string", "empty"]  # an odd count: --partial alternates


def mutate_json(rng: random.Random, data: bytes, kind: str) -> tuple[str, bytes]:
    if kind == "byte_flip":
        b = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        return kind, bytes(b)
    if kind == "truncate":
        return kind, data[: rng.randrange(len(data))]
    if kind == "insert_bytes":
        i = rng.randrange(len(data))
        return kind, data[:i] + rng.randbytes(rng.randint(1, 64)) + data[i:]
    if kind == "random_bytes":
        return kind, rng.randbytes(rng.randint(1, 4096))
    if kind == "empty":
        return kind, b""
    if kind == "huge_number":
        token = rng.choice([b"1e999", b"-1e999", b"9" * 5000, b"1" + b"0" * 400, b"-0.0000001e-400",
                            b"18446744073709551617"])
        return kind, _replace_value(rng, data, token)
    if kind == "huge_numbers":  # half the values, text or number, become an integer no float can hold
        obj = json.loads(data)
        marker = "\u0000MARK\u0000"
        for path in _nodes(obj):
            if path and not isinstance(_get(obj, path), (dict, list)) and rng.random() < 0.5:
                _set(obj, path, marker)
        return kind, json.dumps(obj, ensure_ascii=False).replace(json.dumps(marker), "1" + "0" * 400).encode()
    if kind == "nan":
        return kind, _replace_value(rng, data, rng.choice([b"NaN", b"Infinity", b"-Infinity"]))
    if kind == "deep_nesting":
        depth = rng.choice([100, 1000, 100_000])
        return kind, _replace_value(rng, data, b"[" * depth + b"1" + b"]" * depth)
    if kind == "huge_string":
        return kind, _replace_value(rng, data, json.dumps("é" * rng.choice([10_000, 1_000_000])).encode())
    obj = json.loads(data)  # wrong_type
    path = rng.choice(_nodes(obj))
    value = rng.choice([None, True, 0, -1, 3.5, "", "text", [], {}, [1, "a", None], {"a": {"b": []}}])
    return kind, json.dumps(_set(obj, path, value)).encode()


def import_sources(lab: Lab) -> list[Path]:
    """The real files to mutate: the exported native profile, the app's example profile, and the samples under
    ``/work/shared/fixtures`` -- those that ``import`` accepts as they are (checked once per campaign)."""
    found = sorted(FIXTURES.rglob("*.json")) if FIXTURES.is_dir() else []
    example = ROOT / "resources" / "example-profile.json"  # the native sample shipped with the app
    accepted = [lab.native]
    for f in [*([example] if example.is_file() else []), *found]:
        d = lab.fresh()
        if lab.cli(d, "import", str(f)).code == 0:
            accepted.append(f)
        lab.done(d)
    return accepted


def hostile_imports(lab: Lab, rng: random.Random, tally: Tally) -> None:
    sources = getattr(lab, "_import_sources", None)
    if sources is None:
        sources = lab._import_sources = import_sources(lab)  # type: ignore[attr-defined]
    src = rng.choice(sources)
    # the kinds in turn (every one is tried from len(JSON_MUTATIONS) runs on), the rest at random
    kind, data = mutate_json(rng, src.read_bytes(), JSON_MUTATIONS[tally.runs % len(JSON_MUTATIONS)])
    d = lab.fresh()
    f = d.parent / f"hostile-{lab.n}{src.suffix}"
    f.write_bytes(data)
    before = dump_sha(d)
    args = ["import", str(f)] + (["--partial"] if tally.runs % 2 == 0 else [])  # the good entries of a bad file
    r = lab.cli(d, *args)
    problems: list[str] = []
    outcome = "refused" if r.code else "imported"
    if r.code != 0:
        problems = refusal_problems(r, "refused, yet the database changed" if dump_sha(d) != before else None)
    else:
        check = integrity(d)
        if check != "ok":
            problems.append(f"integrity_check: {check}")
        found, outcome, r = then_opened(lab, d, r, "imported", [("facts",)], outcome)
        problems += found
    tally.record(problems, traceback_seen=r.traceback,
                 example={**r.example(), "source": src.name, "mutation": kind, "size": len(data)},
                 outcome=outcome)
    f.unlink()
    lab.done(d)


def _rezip(src: Path, dst: Path, edit: Callable[[str, bytes], bytes | None]) -> None:
    """Copy a zip member by member; ``edit`` returns the new bytes, or None to drop the member."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = edit(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info.filename, data)


def _db_edit(data: bytes, sql: str, work: Path) -> bytes:
    p = work / "edit.sqlite3"
    p.write_bytes(data)
    con = sqlite3.connect(p)
    try:
        con.executescript(sql)
        con.commit()
    finally:
        con.close()
    out = p.read_bytes()
    p.unlink()
    return out


DB_EDITS = {
    "extra_trigger": "CREATE TRIGGER evil AFTER INSERT ON attempt BEGIN DELETE FROM fact; END;",
    "extra_table": "CREATE TABLE evil (x TEXT); INSERT INTO evil VALUES ('x');",
    "extra_view": "CREATE VIEW evil AS SELECT * FROM fact;",
    "extra_index": "CREATE INDEX evil ON fact (profile_id);",
    "dropped_table": "DROP TABLE checklist_tick;",
    "schema_label": "UPDATE alembic_version SET version_num = '9999';",
    "no_label": "DELETE FROM alembic_version;",
    # accepted by a restore (the structure is ours): the data dir must still work after it
    "wrong_values": "UPDATE fact SET value = x'00ff10', active = 'yes';",
    "blob_name": "UPDATE profile SET name = x'ff00';",
    "profile_data_junk": "UPDATE profile SET data = '{not json';",
    "bad_date_text": "UPDATE profile SET created_at = 'yesterday';",
    "bad_date_value": "UPDATE profile SET call_at = '2026-13-45 10:00:00';",
}


BACKUP_MUTATIONS = ["corrupt_bytes", "manifest_types", "schema_text", "db_edit:extra_trigger", "drop_member",
                    "truncated_db", "manifest_junk", "db_garbage", "truncate_zip", "not_a_zip",
                    *(f"db_edit:{name}" for name in DB_EDITS if name != "extra_trigger")]


def mutate_backup(rng: random.Random, src: Path, dst: Path, work: Path, kind: str) -> str:
    data = src.read_bytes()
    if kind == "corrupt_bytes":
        b = bytearray(data)
        for _ in range(rng.randint(1, 16)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        dst.write_bytes(bytes(b))
    elif kind == "truncate_zip":
        dst.write_bytes(data[: rng.randrange(len(data))])
    elif kind == "not_a_zip":
        dst.write_bytes(rng.randbytes(rng.randint(0, 2048)))
    elif kind == "drop_member":
        with zipfile.ZipFile(src) as z:
            gone = rng.choice(z.namelist())
        kind += f":{gone}"
        _rezip(src, dst, lambda name, b: None if name == gone else b)
    elif kind in ("manifest_types", "manifest_junk"):
        def edit(name: str, b: bytes) -> bytes | None:
            if name != "manifest.json":
                return b
            if kind == "manifest_junk":
                return rng.choice([b"", b"[", b"null", b"[" * 100_000, rng.randbytes(64), b'"backup"',
                                   json.dumps({"app": "verify_coach", "kind": "backup", "format": 1,
                                               "x": "y" * 3_000_000}).encode()])
            m = json.loads(b)
            key = rng.choice(list(m))
            m[key] = rng.choice([None, True, False, "1", 1.5, -1, 0, 10**30, [], {}, [1], "zzzz", "0001"])
            return json.dumps(m).encode()
        _rezip(src, dst, edit)
    elif kind == "truncated_db":
        _rezip(src, dst, lambda name, b: b[: rng.randrange(len(b))] if name == DB_FILENAME else b)
    elif kind == "db_garbage":
        def garbage(name: str, b: bytes) -> bytes | None:
            if name != DB_FILENAME:
                return b
            bb = bytearray(b)
            for _ in range(rng.randint(1, 64)):
                i = rng.randrange(100, len(bb))  # past the header: pages, not the magic
                bb[i] = rng.randrange(256)
            return bytes(bb)
        _rezip(src, dst, garbage)
    elif kind == "schema_text":
        def schema(name: str, b: bytes) -> bytes | None:  # a byte of a CREATE statement: not UTF-8 any more
            if name != DB_FILENAME:
                return b
            starts = [m.start() for m in re.finditer(rb"CREATE (?:TABLE|INDEX|UNIQUE INDEX) ", b)]
            bb = bytearray(b)
            bb[rng.choice(starts) + rng.randrange(13, 60)] = rng.randrange(0x80, 0x100)
            return bytes(bb)
        _rezip(src, dst, schema)
    else:
        name = kind.removeprefix("db_edit:")
        _rezip(src, dst, lambda n, b: _db_edit(b, DB_EDITS[name], work) if n == DB_FILENAME else b)
    return kind


def hostile_restores(lab: Lab, rng: random.Random, tally: Tally) -> None:
    d = lab.fresh()
    z = d.parent / f"hostile-{lab.n}.zip"
    # the kinds in turn (every one is tried from len(BACKUP_MUTATIONS) runs on), the rest at random
    kind = mutate_backup(rng, lab.backup, z, d.parent, BACKUP_MUTATIONS[tally.runs % len(BACKUP_MUTATIONS)])
    before_bytes, before_files = files_sha(d), listing(d)
    r = lab.cli(d, "restore", str(z))
    problems: list[str] = []
    outcome = "refused" if r.code else "restored"
    if r.code != 0:
        problems = refusal_problems(r, "refused, yet the database's bytes changed"
                                    if files_sha(d) != before_bytes else None)
        new = sorted(listing(d) - before_files - ALLOWED_AFTER_RESTORE)
        if new and r.code is not None:
            problems.append(f"refused, yet left {new[:3]}")
    else:
        check = integrity(d)
        if check != "ok":
            problems.append(f"integrity_check: {check}")
        if not any(p.name.startswith("before-restore-") for p in d.iterdir()):
            problems.append("restored, but the previous database is not kept aside")
        found, outcome, r = then_opened(lab, d, r, "restored", [("stats",), ("facts",)], outcome)
        problems += found
    tally.record(problems, traceback_seen=r.traceback, example={**r.example(), "mutation": kind}, outcome=outcome)
    z.unlink()
    lab.done(d)


SCENARIOS: dict[str, Callable[[Lab, random.Random, Tally], None]] = {
    "kill_during_practice": kill_during_practice,
    "kill_during_call": kill_during_call,
    "two_writers": two_writers,
    "hostile_imports": hostile_imports,
    "hostile_restores": hostile_restores,
}


def campaign(names: list[str], runs: int, seed: int, progress: IO[str] | None = None) -> list[Tally]:
    tallies = []
    with tempfile.TemporaryDirectory(prefix="vc-fault-campaign-") as tmp:
        lab = Lab(Path(tmp))
        for i, name in enumerate(names):
            rng = random.Random(f"{seed}:{name}")  # one stream per scenario: --scenarios gives the same runs
            tally = Tally(name)
            t0 = time.perf_counter()
            for _ in range(runs):
                SCENARIOS[name](lab, rng, tally)
            tally.wall_s = round(time.perf_counter() - t0, 1)
            tallies.append(tally)
            if progress is not None:
                progress.write(f"[{i + 1}/{len(names)}] {name}: {tally.survived}/{tally.runs} survived "
                               f"({tally.wall_s} s)\n")
                progress.flush()
    return tallies


def table(tallies: list[Tally]) -> str:
    buf = io.StringIO()
    head = f"{'scenario':<22} {'runs':>5} {'survived':>9} {'lost':>5} {'tracebacks':>11} {'wall s':>7}"
    buf.write(head + "\n" + "-" * len(head) + "\n")
    for t in tallies:
        buf.write(f"{t.scenario:<22} {t.runs:>5} {t.survived:>9} {t.lost:>5} {t.tracebacks:>11} {t.wall_s:>7}\n")
    tot = [sum(getattr(t, k) for t in tallies) for k in ("runs", "survived", "lost", "tracebacks")]
    wall = round(sum(t.wall_s for t in tallies), 1)
    buf.write("-" * len(head) + "\n")
    buf.write(f"{'total':<22} {tot[0]:>5} {tot[1]:>9} {tot[2]:>5} {tot[3]:>11} {wall:>7}\n")
    for t in tallies:
        buf.write(f"  {t.scenario}: " + ", ".join(f"{k}: {v}" for k, v in sorted(t.outcomes.items())) + "\n")
    for t in tallies:
        for ex in t.examples:
            buf.write(f"  FAILED {t.scenario}: {json.dumps(ex, ensure_ascii=False)}\n")
        for ex in t.notes:
            buf.write(f"  note {t.scenario}: {json.dumps(ex, ensure_ascii=False)}\n")
    return buf.getvalue()


def passed(tallies: list[Tally]) -> bool:
    return all(t.runs > 0 and t.survived == t.runs and t.lost == 0 and t.tracebacks == 0 for t in tallies)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=40, help="runs per scenario (default 40)")
    ap.add_argument("--quick", action="store_true", help="4 runs per scenario")
    ap.add_argument("--seed", type=int, default=17, help="the same seed gives the same runs (default 17)")
    ap.add_argument("--scenarios", default=",".join(SCENARIOS), help="comma-separated, of: " + ", ".join(SCENARIOS))
    ap.add_argument("--json", metavar="PATH", help="also write the figures to PATH")
    args = ap.parse_args(argv)
    names = [n.strip() for n in args.scenarios.split(",") if n.strip()]
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown or not names:
        ap.error(f"unknown scenario(s): {', '.join(unknown) or '(none)'}")
    sys.path.insert(0, str(ROOT))
    from verify_coach.core.store import DB_FILENAME as real_name

    assert real_name == DB_FILENAME, real_name
    runs = 4 if args.quick else max(1, args.runs)
    tallies = campaign(names, runs, args.seed, progress=sys.stderr)
    print(table(tallies), end="")
    ok = passed(tallies)
    if args.json:
        Path(args.json).write_text(json.dumps({"seed": args.seed, "runs_per_scenario": runs, "passed": ok,
                                               "scenarios": [asdict(t) for t in tallies]}, indent=2,
                                              ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
