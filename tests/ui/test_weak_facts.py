"""One definition of a weak fact: one history, and the dashboard, the missed facts, the study sheet, the CLI
and the mock call report all count the same weak facts. An "I was right" answer is right everywhere, trivia
are never weak, and the app's "slow" setting is the CLI's too."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from verify_coach.cli import main
from verify_coach.core import mockcall, relevance
from verify_coach.core.questions import build_questions, question_for_fact

from .conftest import wait_idle
from .test_dashboard import show_dashboard
from .test_mock_call import Clock, app, drive, open_call, start  # noqa: F401 - ``app`` is the fixture
from .test_review import show_review, table_rows


def cli(data_dir: Any, *argv: str) -> str:
    out = io.StringIO()
    assert main(["--data-dir", str(data_dir), *argv], stdin=io.StringIO(""), stdout=out) == 0
    return out.getvalue()


def make_history(application: Any) -> dict[str, str]:
    """Two days ago: a practice session with misses, answers slow under the app's 8 s setting (not under the
    default 12 s), one miss overridden with "I was right", a wrong true-or-false answer; and a trivia fact
    missed in the "all facts" drill. Returns the keys the test looks at."""
    coach = application.ctx.coach
    at = datetime.now(UTC) - timedelta(days=2)
    _, profile = coach.load_profile()
    facts = coach.facts()
    plan = coach.start_session("practice", 12, seed=7, now=at)
    keys: dict[str, str] = {}
    for i, q in enumerate(plan.questions):
        when = at + timedelta(seconds=30 * i)
        if i % 4 == 0:
            coach.answer(plan, q, f"wrong-{i}", 3_000, now=when)
        elif i % 4 == 1:
            coach.answer(plan, q, q.answer, 10_000, now=when)  # slow for the app (8 s), not for the default
            keys.setdefault("slow", q.fact_keys[0])
        elif "overridden" not in keys and q.answer_kind not in ("choice", "order"):
            res = coach.answer(plan, q, "the way I put it", 3_000, now=when)
            coach.override(plan, res.attempt_id)
            keys["overridden"] = q.fact_keys[0]
        else:
            coach.answer(plan, q, q.answer, 3_000, now=when)
    asked = {q.fact_keys[0] for q in plan.questions}
    call = mockcall.plan_call(profile, facts, call_type="upwork", seed=1)  # the call's, below
    asked |= set(call.fact_keys)
    if call.book is not None:  # and whatever a follow-up could ask
        asked |= {q.fact_keys[0] for e in call.book.entries.values() for q in e.questions()}
    tf = next(q for q in build_questions(profile, seed=0)
              if q.form == "truefalse" and q.fact_keys[0] not in asked and q.category != "identity"
              and relevance.matters(q.fact_keys[0].split(".")[0], q.fact_keys[0]))
    coach.answer(plan, tf, "False" if tf.answer == "True" else "True", 3_000, now=at + timedelta(minutes=8))
    keys["truefalse"] = tf.fact_keys[0]
    coach.end_session(plan, now=at + timedelta(minutes=10))

    trivia = next(f for f in facts if not relevance.matters(f.category, f.key))
    drill = coach.start_session("all", 1, seed=3, now=at + timedelta(hours=1))
    q = question_for_fact(profile, facts, trivia.key, seed=0)
    wrong = next((c for c in q.choices or () if c != q.answer), "no idea")
    assert not coach.answer(drill, q, wrong, 3_000, now=at + timedelta(hours=1)).verdict.correct
    coach.end_session(drill, now=at + timedelta(hours=1, minutes=1))
    keys["trivia"] = trivia.key
    return keys


def test_every_screen_and_command_counts_the_same_weak_facts(app, qtbot, data_dir, tmp_path):  # noqa: F811
    app.ctx.bus.start_session.disconnect(app.window._start_session)  # only the counts are under test
    coach = app.ctx.coach
    # The app's "slow" setting (8 s) as Settings saves it: the CLI uses it too.
    app.ctx.prefs.set("slow_seconds", 8)
    coach.timing = app.ctx.prefs.timing()
    coach.save_timing()
    keys = make_history(app)

    # A mock call with one wrong profile answer; its report counts the weak facts once it is saved.
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock, call_type="upwork")
    app.ctx.prefs.set("slow_seconds", 8)  # open_call sets 12 for the call's own timing
    coach.timing = app.ctx.prefs.timing()
    start(qtbot, scr)
    profile_items = [i for i in scr.call.items if i.phase == "profile"]
    drive(qtbot, scr, clock, {profile_items[0].index: "no idea"})
    wait_idle(qtbot, app)

    weak = coach.weak_facts()
    n = len(weak)
    weak_keys = {f.key for f in weak}
    asked_on_call = {i.fact_key for i in scr.session.items if i.fact_key}  # right on the call (but one)
    assert profile_items[0].fact_key in weak_keys
    assert keys["truefalse"] in weak_keys  # a fact the call does not ask
    assert keys["slow"] in weak_keys or keys["slow"] in asked_on_call  # slow under the app's setting
    assert keys["overridden"] not in weak_keys  # "I was right" counts as right
    assert keys["trivia"] not in weak_keys  # trivia are never weak
    assert n >= 5

    # The call report.
    assert scr.report.weak_count == n
    assert scr.report_view.weak_note.text() == f"Weak facts after this call: {n}"
    scr.report_view.grab().save(str(tmp_path / "report.png"))

    # The dashboard: the card, and the table lists weak facts only (the first ten).
    dash = show_dashboard(qtbot, app)
    assert dash.weak_value.text() == str(n)
    assert dash.weakest_table.rowCount() == min(n, 10)
    assert set(dash.weakest_keys()) <= weak_keys
    dash.grab().save(str(tmp_path / "dashboard.png"))

    # The missed facts screen lists exactly the weak facts.
    review = show_review(qtbot, app)
    rows = {r["key"]: r for r in table_rows(review)}
    assert set(rows) == weak_keys
    assert review.summary.text().startswith(f"{n} weak facts")
    assert rows[keys["truefalse"]]["wrong"].startswith("thought \u201c")  # what you believed, not "True"
    review.grab().save(str(tmp_path / "review.png"))

    # The study sheet (Markdown), written by the CLI.
    sheet = tmp_path / "sheet.md"
    cli(data_dir, "export", "--format", "md", "-o", str(sheet))
    md = sheet.read_text(encoding="utf-8")
    assert f"## Weak facts ({n})" in md
    weak_section = md.split(f"## Weak facts ({n})", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"^- \u26a0 ", weak_section, re.M)) == n
    assert sum(int(x) for x in re.findall(r"^## .* \((\d+) weak\)$", md, re.M)) == n

    # The CLI: stats --json and the text output.
    data = json.loads(cli(data_dir, "stats", "--json"))
    assert data["weak_count"] == n and set(data["weak_keys"]) == weak_keys
    assert sum(f["weak"] for f in data["facts"]) == n
    assert f"Weak facts ({n}):" in cli(data_dir, "stats")
