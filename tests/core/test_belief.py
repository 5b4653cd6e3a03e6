"""A true-or-false answer is shown as what the user believed, never as "you said True"; in the core, the
grader's line, the session summary's data and the CLI."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from verify_coach.cli import main
from verify_coach.core.answering import grade_question
from verify_coach.core.belief import Belief, belief_of, claim_of
from verify_coach.core.questions import build_questions

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PROMPT = "Your profile says you started at Brightline in March 2021 \u2014 true or false?"


def test_false_to_a_true_statement_is_what_the_user_believed():
    b = belief_of("truefalse", PROMPT, "False", "True")
    assert b == Belief("you started at Brightline in March 2021", thought_true=False, is_true=True)
    assert not b.right
    assert b.said() == "You believed this was false."
    assert b.truth("March 2021") == "It is true: your profile has March 2021."
    assert b.sentence("March 2021") == "You believed this was false. It is true: your profile has March 2021."
    assert str(b) == "thought \u201cyou started at Brightline in March 2021\u201d was false"


def test_true_to_a_false_statement_and_the_ways_of_saying_it():
    b = belief_of("truefalse", PROMPT, " yes ", "False")
    assert b is not None and b.thought_true and b.is_true is False
    assert b.truth() == "It is false."
    assert belief_of("truefalse", PROMPT, "f", "False").right  # a right answer is a belief too
    assert claim_of("Your profile gives your hourly rate as $45.00 \u2014 true or false?") == (
        "your profile gives your hourly rate as $45.00")


def test_other_forms_and_answers_that_are_not_true_or_false_stay_as_typed():
    assert belief_of("recall", "When did you start at Brightline?", "False", "2021-03") is None
    assert belief_of("truefalse", PROMPT, "", "True") is None
    assert belief_of("truefalse", PROMPT, "March 2020", "True") is None


def test_the_graders_line_never_says_not_true(sample_profile):
    for q in (q for q in build_questions(sample_profile, seed=0) if q.form == "truefalse"):
        wrong = "False" if q.answer == "True" else "True"
        feedback = grade_question(q, wrong).feedback
        assert feedback.startswith("You believed this was ") and "Not " not in feedback


def test_the_session_summary_carries_the_form_and_the_facts_value(coach, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    q = next(q for q in build_questions(sample_profile, seed=0) if q.form == "truefalse")
    plan = coach.start_session("practice", 1, seed=1, now=NOW)
    coach.answer(plan, q, "False" if q.answer == "True" else "True", 3000, now=NOW)
    [missed] = coach.end_session(plan, now=NOW).missed
    assert missed["form"] == "truefalse" and missed["value"]
    b = belief_of(missed["form"], missed["prompt"], missed["answer"], missed["expected"])
    assert b is not None and b.is_true is (q.answer == "True") and "true or false" not in b.claim


def test_the_cli_says_what_you_believed(coach, sample_profile, data_dir, monkeypatch):
    from verify_coach.core.coach import Coach

    coach.save_profile("Upwork", sample_profile)
    q = next(q for q in build_questions(sample_profile, seed=0) if q.form == "truefalse")
    real = Coach.start_session

    def only_tf(self, *args, **kwargs):
        plan = real(self, *args, **kwargs)
        plan.questions = [q]
        return plan

    monkeypatch.setattr(Coach, "start_session", only_tf)
    wrong = "False" if q.answer == "True" else "True"
    out = io.StringIO()
    assert main(["--data-dir", str(data_dir), "practice", "--count", "1"], stdin=io.StringIO(wrong + "\n"),
                stdout=out) == 0
    text = out.getvalue()
    assert f"\u2717 Wrong \u2014 You believed this was {wrong.lower()}. It is {q.answer.lower()}: your profile has " in text
    assert "answer: True" not in text and "answer: False" not in text and "Not True" not in text
