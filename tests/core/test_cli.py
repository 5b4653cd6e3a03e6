"""The CLI: commands, JSON shapes, clear errors with exit code 2 and nothing written."""

from __future__ import annotations

import io
import json
import os

import pytest

from verify_coach.cli import main

from ..conftest import REPO

EXAMPLE = REPO / "resources" / "example-profile.json"


def run(*argv, stdin: str = "", data_dir=None):
    out = io.StringIO()
    args = (["--data-dir", str(data_dir)] if data_dir else []) + list(argv)
    code = main(args, stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


@pytest.fixture
def imported(data_dir):
    code, _ = run("import", str(EXAMPLE), "--name", "Upwork", data_dir=data_dir)
    assert code == 0
    return data_dir


def test_import_then_profiles_and_facts(imported, capsys):
    code, out = run("profiles", "--json", data_dir=imported)
    [p] = json.loads(out)
    assert p["name"] == "Upwork" and p["active"] and p["full_name"] == "Wei Zhang"
    code, out = run("facts", "--json", data_dir=imported)
    facts = json.loads(out)
    assert set(facts[0]) == {"key", "category", "label", "value", "kind"}
    assert {"label": "Your hourly rate on Upwork", "value": "45.00 USD/hour"}.items() <= next(
        f for f in facts if f["category"] == "rate").items()


def test_questions_json_shape_and_seed(imported):
    _, a = run("questions", "--json", "--seed", "4", "--count", "30", data_dir=imported)
    _, b = run("questions", "--json", "--seed", "4", "--count", "30", data_dir=imported)
    qs = json.loads(a)
    assert a == b and len(qs) == 30
    assert set(qs[0]) == {"id", "form", "prompt", "choices", "answer", "answer_kind", "fact_keys", "category"}


def test_practice_json_records_every_answer(imported):
    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store

    code, out = run("practice", "--json", "--count", "4", "--seed", "1", stdin="1\nwrong\n", data_dir=imported)
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    kinds = [e["event"] for e in events]
    assert kinds == ["question", "verdict", "question", "verdict", "question", "summary"]  # ends cleanly at EOF
    assert events[-1] == {"event": "summary", "asked": 2, "correct": sum(e["correct"] for e in events if e["event"] == "verdict")}
    assert set(events[0]) == {"event", "id", "prompt", "choices", "fact_keys", "answer_kind"}
    coach = Coach(open_store(imported))
    assert coach.stats().to_json()["attempts"] == 2


def test_a_bang_after_a_wrong_verdict_overrides_it_and_is_counted(imported):
    code, out = run("practice", "--json", "--count", "2", "--seed", "1", stdin="zzz nothing\n!\n", data_dir=imported)
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    assert [e["event"] for e in events] == ["question", "verdict", "question", "override", "summary"]
    verdict, override = events[1], events[3]
    assert verdict["correct"] is False
    assert override == {"event": "override", "attempt_id": verdict["attempt_id"], "fact_key": events[0]["fact_keys"][0],
                        "correct": True, "rating": 2}
    assert events[-1] == {"event": "summary", "asked": 1, "correct": 1}
    _, stats = run("stats", "--json", data_dir=imported)
    assert json.loads(stats)["overrides"]["total"] == 1


def test_a_bang_with_nothing_to_override_changes_nothing(imported):
    code, out = run("practice", "--count", "1", "--seed", "1", stdin="!\n", data_dir=imported)
    assert code == 0 and "works right after a wrong verdict" in out
    _, stats = run("stats", "--json", data_dir=imported)
    assert json.loads(stats)["overrides"]["total"] == 0 and json.loads(stats)["attempts"] == 0


def test_practice_text_mode_right_answer(imported):
    _, qs = run("questions", "--json", data_dir=imported)
    code, out = run("practice", "--count", "1", "--seed", "9", stdin="\n", data_dir=imported)
    assert code == 0 and "Session over: 0/1 right." in out


def test_stats_json_shape(imported):
    run("practice", "--count", "3", "--seed", "1", stdin="a\nb\nc\n", data_dir=imported)
    code, out = run("stats", "--json", data_dir=imported)
    s = json.loads(out)
    assert set(s) == {"profile", "call_at", "readiness", "attempts", "categories", "facts", "weak_count", "weak_keys",
                      "overrides", "sessions", "readiness_by_day"}
    assert s["weak_count"] == len(s["weak_keys"]) == sum(f["weak"] for f in s["facts"])
    assert s["overrides"] == {"total": 0, "by_kind": {}, "by_category": {}}
    assert s["attempts"] == 3
    assert set(s["facts"][0]) == {"key", "label", "category", "attempts", "correct", "accuracy", "recall_now",
                                  "recall_at_call", "median_latency_ms", "lapses", "weak", "weak_reasons"}
    assert set(s["categories"][0]) == {"name", "attempts", "accuracy", "recall"}
    assert set(s["sessions"][0]) == {"id", "mode", "started_at", "asked", "correct"}


def test_a_call_date_that_has_passed_is_refused_and_seconds_are_dropped(imported, capsys):
    code, _ = run("call-date", "2020-01-02T10:00+00:00", data_dir=imported)
    err = capsys.readouterr().err
    assert code == 2 and "has passed" in err and err.count("\n") == 1
    assert run("call-date", data_dir=imported)[1].startswith("No call date set.")  # nothing was stored
    assert run("call-date", "2099-12-03T15:00:42+00:00", data_dir=imported)[0] == 0
    _, out = run("stats", "--json", data_dir=imported)
    assert json.loads(out)["call_at"] == "2099-12-03T15:00:00+00:00"  # to the minute


def test_call_date_set_show_clear(imported):
    code, out = run("call-date", "2099-12-03T15:00+00:00", data_dir=imported)
    assert code == 0 and "2099" in out
    _, out = run("call-date", data_dir=imported)
    assert out.startswith("2099-12-03T")
    _, out = run("stats", "--json", data_dir=imported)
    assert json.loads(out)["call_at"] == "2099-12-03T15:00:00+00:00"
    run("call-date", "--clear", data_dir=imported)
    _, out = run("call-date", data_dir=imported)
    assert "No call date" in out


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "no such file"),
        ('{"identity": {"full_name": "A"', "not valid JSON"),
        ('{"format": "verify_coach.profile", "employment": [{"company": "A", "start": "2019-13"}]}', "employment[0].start"),
        ('{"format": "verify_coach.profile", "identity": {"full_name": 12}}', "identity.full_name"),
    ],
)
def test_bad_input_one_clear_line_exit_2_nothing_written(tmp_path, data_dir, capsys, content, words):
    f = tmp_path / "bad.json"
    if content is not None:
        f.write_text(content)
    code, _ = run("import", str(f), data_dir=data_dir)
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "bad.json" in err and words in err
    code, out = run("profiles", "--json", data_dir=data_dir)
    assert json.loads(out) == []


def test_unknown_profile_and_bad_call_date(imported, capsys):
    code, _ = run("--profile", "Nope", "stats", data_dir=imported)
    assert code == 2 and "No profile named 'Nope'" in capsys.readouterr().err
    code, _ = run("call-date", "next tuesday", data_dir=imported)
    assert code == 2 and "not a date and time" in capsys.readouterr().err


def test_corrupt_database_exit_2_untouched(tmp_path, capsys):
    d = tmp_path / "d"
    d.mkdir()
    db = d / "verify_coach.sqlite3"
    db.write_bytes(b"garbage" * 100)
    code, _ = run("profiles", data_dir=d)
    assert code == 2 and "not a verify_coach database" in capsys.readouterr().err
    assert db.read_bytes() == b"garbage" * 100


def test_export_markdown(imported, tmp_path):
    out_file = tmp_path / "sheet.md"
    code, _ = run("export", "--format", "md", "-o", str(out_file), data_dir=imported)
    assert code == 0
    text = out_file.read_text()
    assert "Wei Zhang" in text and "Brightline Logistics" in text
    assert oct(os.stat(out_file).st_mode & 0o777) == "0o600"
    code, _ = run("export", "--format", "md", "-o", str(out_file), data_dir=imported)
    assert code == 2  # exists: needs --force


def test_export_profile_round_trip(imported, tmp_path):
    out_file = tmp_path / "p.json"
    assert run("export-profile", "-o", str(out_file), data_dir=imported)[0] == 0
    assert out_file.read_text() == EXAMPLE.read_text()


def test_python_dash_m_runs(imported):
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(imported), "profiles"],
                         capture_output=True, text=True)
    assert res.returncode == 0 and "Upwork" in res.stdout


def test_export_to_a_folder_or_unwritable_path_is_a_clear_error(imported, tmp_path, capsys):
    code, _ = run("export", "--format", "md", "-o", str(tmp_path), "--force", data_dir=imported)
    assert code == 2 and "is a folder" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _ = run("export", "--format", "md", "-o", str(blocker / "sub" / "sheet.md"), data_dir=imported)
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("verify-coach: ") and "Traceback" not in err


def test_checklist_show_tick_untick_for_the_call_date(imported, capsys):
    code, out = run("checklist", data_dir=imported)
    assert code == 0 and "No call date set" in out
    code, _ = run("checklist", "--tick", "light", data_dir=imported)
    assert code == 2 and "no call date" in capsys.readouterr().err
    code, out = run("call-date", "2099-12-10T15:00+00:00", "--type", "kyc", data_dir=imported)
    assert code == 0 and "Bank video-KYC" in out
    code, out = run("checklist", "--tick", "paper_pen", data_dir=imported)
    assert code == 0 and out.startswith("Ticked: Paper and a pen.")
    assert "Before your call: Bank video-KYC" in out and "1 of 10 ready" in out
    lines = out.splitlines()
    assert any(ln.startswith("[x] paper_pen") for ln in lines)
    assert any(ln.startswith("[ ] headset_off") for ln in lines)  # KYC: no headset
    _, out = run("checklist", "--json", data_dir=imported)
    data = json.loads(out)
    assert data["call_type"] == "kyc" and (data["done"], data["total"]) == (1, 10)
    assert [i["id"] for i in data["items"] if i["ticked"]] == ["paper_pen"]
    _, out = run("checklist", "--untick", "paper_pen", data_dir=imported)
    assert out.startswith("Unticked:") and "0 of 10 ready" in out
    _, out = run("call-date", data_dir=imported)
    assert out.splitlines() == ["2099-12-10T15:00+0000", "Type of call: Bank video-KYC (kyc)"]
    # a new date: an empty checklist
    run("checklist", "--tick", "light", data_dir=imported)
    run("call-date", "2099-12-17T15:00+00:00", data_dir=imported)
    assert json.loads(run("checklist", "--json", data_dir=imported)[1])["done"] == 0


def test_checklist_errors_are_one_clear_line(imported, capsys):
    run("call-date", "2099-12-10T15:00+00:00", data_dir=imported)
    code, _ = run("checklist", "--tick", "selfie", data_dir=imported)
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "'selfie' is not on the checklist" in err and "light" in err
    code, _ = run("checklist", "--tick", "headset_off", data_dir=imported)  # Upwork allows a headset
    assert code == 2 and "not on the checklist" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run("call-date", "--type", "zoom", data_dir=imported)
    assert "invalid choice: 'zoom'" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ verify-coach call
class Caller(io.TextIOBase):
    """stdin for ``verify-coach call --json`` that answers what the agent just asked, from the facts."""

    def __init__(self, out: io.StringIO, values: dict[str, str], *, wrong: str | None = None,
                 script: list[str] | None = None, stop_after: int | None = None):
        self.out, self.values, self.wrong = out, values, wrong
        self.script = list(script or [])
        self.stop_after = stop_after
        self.lines = 0
        self.given: list[str] = []

    def readline(self, size: int = -1) -> str:
        line = self._line()
        self.given.append(line.rstrip("\n"))
        return line

    def _line(self) -> str:
        if self.stop_after is not None and self.lines >= self.stop_after:
            return ""
        self.lines += 1
        if self.script:
            return self.script.pop(0) + "\n"
        events = [json.loads(x) for x in self.out.getvalue().splitlines() if x.startswith("{")]
        q = next(e for e in reversed(events) if e["event"] == "question")
        if q["kind"] == "id_check":
            return "all\n"
        if q["kind"] == "open":
            return "all\n" if q["checklist"] else "1\n"
        if self.wrong is not None and q["phase"] == "identity" and q["number"] == 1:
            return self.wrong + "\n"
        return self.values[q["fact_keys"][0]] + "\n"


def call(data_dir, *args: str, **kw):
    code, facts = run("facts", "--json", data_dir=data_dir)
    values = {f["key"]: f["value"] for f in json.loads(facts)}
    out = io.StringIO()
    caller = Caller(out, values, **kw)
    code = main(["--data-dir", str(data_dir), "call", *args], stdin=caller, stdout=out)
    call.given = caller.given  # type: ignore[attr-defined]
    return code, out.getvalue()


@pytest.mark.parametrize("kind", ["upwork", "screening", "kyc"])
def test_call_json_runs_each_type_to_its_report(imported, kind):
    code, out = call(imported, "--type", kind, "--seed", "3", "--json")
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and events[0]["event"] == "call" and events[0]["type"] == kind
    report = events[-1]
    assert report["event"] == "report" and report["type"] == kind
    questions = [e for e in events if e["event"] == "question"]
    assert {q["phase"] for q in questions} <= {"identity", "id_check", "profile", "follow_up", "account", "open"}
    ids = [q["id"] for q in questions]
    for q in questions:
        if q["phase"] == "follow_up":
            assert q["follows"] in ids[: ids.index(q["id"])]  # follows an earlier question
        else:
            assert q["follows"] is None
    assert report["total"] == report["planned"] == sum(q["kind"] == "fact" for q in questions)
    assert (report["id_check"] is not None) == (kind != "screening")
    assert not any(e["event"] == "verdict" for e in events)  # no feedback during the call, as on a real one
    if kind != "screening":  # the example profile's ID prints "ZHANG WEI": the names differ
        assert report["reasons"] == ["id_check"] and report["id_check"]["id_name"] == "ZHANG WEI"
    else:
        assert report["passed"] and report["reasons"] == []


def test_call_r_repeats_and_an_empty_line_is_i_dont_know(imported):
    code, out = call(imported, "--type", "kyc", "--seed", "1", "--json", script=["R", "S", ""])
    events = [json.loads(line) for line in out.splitlines()]
    repeats = [e for e in events if e["event"] == "repeat"]
    assert [r["slower"] for r in repeats] == [False, True] and repeats[0]["id"] == "q1"
    report = events[-1]
    assert report["repeats"] == 2 and "identity" in report["reasons"]
    assert report["wrong"][0]["id"] == "q1" and report["wrong"][0]["given"] == ""


def test_call_ended_by_the_end_of_input_is_incomplete_and_recorded(imported):
    code, out = call(imported, "--type", "upwork", "--seed", "2", "--json", stop_after=2)
    report = json.loads(out.splitlines()[-1])
    assert code == 0 and "incomplete" in report["reasons"] and report["total"] == 2
    code, stats = run("stats", "--json", data_dir=imported)
    sessions = json.loads(stats)["sessions"]
    assert sessions[0]["mode"] == "call" and sessions[0]["asked"] == 2


def test_call_empty_input_reports_only_that_nothing_was_answered(imported):
    code, out = run("call", "--json", stdin="", data_dir=imported)
    report = json.loads(out.splitlines()[-1])
    assert report["reasons"] == ["empty"] and not report["passed"]


def test_call_text_mode_prints_the_agent_and_the_report(imported):
    call(imported, "--type", "screening", "--seed", "5", "--json", wrong="Zhang Wei Wang")
    given = "\n".join(call.given) + "\n"  # type: ignore[attr-defined]  # the same answers, typed in the terminal
    code, out = run("call", "--type", "screening", "--seed", "5", stdin=given, data_dir=imported)
    assert code == 0
    assert "Agent: Could you confirm your full name for me?" in out
    assert "AT RISK — Screening interview" in out and "Zhang Wei Wang" in out


def test_call_uses_the_type_set_with_the_call_date_and_refuses_an_unknown_one(imported, capsys):
    assert run("call-date", "2099-01-01T10:00", "--type", "kyc", data_dir=imported)[0] == 0
    code, out = run("call", "--json", stdin="", data_dir=imported)
    assert json.loads(out.splitlines()[0])["type"] == "kyc"
    with pytest.raises(SystemExit):
        run("call", "--type", "zoom", data_dir=imported)


# -- audit ----------------------------------------------------------------------------------------------
def test_audit_exit_code_and_stable_json(tmp_path):
    from verify_coach.core.demo import make_demo_profile

    p = make_demo_profile(3, "zh_CN", "typical")
    path = tmp_path / "me.json"
    p.save(path)
    data = tmp_path / "data"
    assert run("import", str(path), "--name", "Me", data_dir=data)[0] == 0
    code, out = run("audit", data_dir=data)
    assert code == 0 and "Profile: Me" in out and "Fix before the call" not in out
    code, out = run("audit", "--json", data_dir=data)
    rows = json.loads(out)
    assert code == 0 and all(r["severity"] != "fix" for r in rows)

    p.platform.time_zone = "UTC-05:00 Eastern Time (US & Canada)"  # a Chinese address
    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store

    Coach(open_store(data)).save_profile("Me", p)
    code, out = run("audit", data_dir=data)
    assert code == 1
    assert "Fix before the call (1):" in out and "UTC-05:00" in out and "[place.time_zone: platform.time_zone" in out
    code, out = run("audit", "--json", data_dir=data)
    rows = json.loads(out)
    assert code == 1
    (tz,) = [r for r in rows if r["check"] == "place.time_zone"]
    assert tz["severity"] == "fix" and set(tz) >= {"check", "severity", "fact_keys", "message"}
    assert tz["fact_keys"] and all(isinstance(k, str) for k in tz["fact_keys"])


# -- import: a second person is a new profile, never a silent merge ---------------------------------------------
def _resume(tmp_path, name: str, birth: str = "1990-04-12", extra: dict | None = None):
    doc = {"basics": {"name": name, "email": "x@example.com", "location": {"city": "Hangzhou", "countryCode": "CN"}},
           "work": [{"name": "Acme", "position": "Developer", "startDate": "2019-01"}],
           "x-verify-coach": {"dateOfBirth": birth}, **(extra or {})}
    f = tmp_path / f"{name.split()[0].lower()}.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    return f


def test_import_names_a_profile_after_the_person_and_refuses_to_merge_someone_else(tmp_path, data_dir, capsys):
    mei, hua = _resume(tmp_path, "Lin Mei"), _resume(tmp_path, "Wang Hua")
    assert run("import", str(mei), data_dir=data_dir)[0] == 0
    assert run("import", str(hua), data_dir=data_dir)[0] == 0  # not merged into "Upwork": a profile of its own
    names = [p["name"] for p in json.loads(run("profiles", "--json", data_dir=data_dir)[1])]
    assert sorted(names) == ["Lin Mei", "Wang Hua"]
    capsys.readouterr()
    code, _ = run("import", str(hua), "--name", "Lin Mei", data_dir=data_dir)  # into the other person's profile
    err = capsys.readouterr().err
    assert code == 2 and "not the person of profile 'Lin Mei'" in err and "--merge" in err
    code, out = run("import", str(hua), "--name", "Lin Mei", "--dry-run", data_dir=data_dir)
    assert code == 0 and "identity.full_name" in out and "another person" in out
    assert run("import", str(hua), "--name", "Lin Mei", "--merge", data_dir=data_dir)[0] == 0  # when asked for


def test_import_prints_its_notes_and_a_new_profile_s_fields_on_a_dry_run(tmp_path, data_dir, capsys):
    f = _resume(tmp_path, "Lin Mei", extra={"publications": [{"name": "A paper"}]})
    code, out = run("import", str(f), "--dry-run", data_dir=data_dir)
    err = capsys.readouterr().err
    assert code == 0 and "would create profile 'Lin Mei'" in out and "+ identity.full_name: Lin Mei" in out
    assert "note:" in err and "publications" in err
    assert json.loads(run("profiles", "--json", data_dir=data_dir)[1]) == []  # a dry run writes nothing


def test_import_refuses_to_merge_a_file_with_another_date_of_birth_unless_asked(tmp_path, data_dir, capsys):
    def birth() -> str:
        out = tmp_path / "saved.json"
        assert run("--profile", "Lin Mei", "export-profile", "-o", str(out), data_dir=data_dir)[0] == 0
        return json.loads(out.read_text(encoding="utf-8"))["identity"]["date_of_birth"]

    assert run("import", str(_resume(tmp_path, "Lin Mei")), data_dir=data_dir)[0] == 0
    (tmp_path / "other").mkdir()
    other = _resume(tmp_path / "other", "Lin Mei", birth="1991-05-06")  # the same name, born on another day
    capsys.readouterr()
    code, _ = run("import", str(other), data_dir=data_dir)
    err = capsys.readouterr().err
    assert code == 2 and "not the person of profile 'Lin Mei'" in err
    assert "date of birth 1990-04-12 -> 1991-05-06" in err and "--merge" in err
    assert birth() == "1990-04-12"  # refused: nothing written
    assert run("import", str(other), "--merge", data_dir=data_dir)[0] == 0  # when asked for
    assert birth() == "1991-05-06"
    assert [p["name"] for p in json.loads(run("profiles", "--json", data_dir=data_dir)[1])] == ["Lin Mei"]
