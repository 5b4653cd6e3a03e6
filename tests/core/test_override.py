""""I was right": a wrong verdict the user overrides is kept, counted right (rated Hard), undoable, and
the answer is accepted for that fact from then on; overrides are counted in the statistics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from verify_coach.core.coach import CoachError

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _typed_question(plan):
    return next(q for q in plan.questions if q.answer_kind in ("name", "text") and q.form == "recall")


def _count(store, sql):
    with store.engine.connect() as c:
        return c.exec_driver_sql(sql).scalar()


def test_an_overridden_answer_counts_right_is_rated_hard_and_is_accepted_later(coach, store, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 200, seed=1, now=NOW)
    q = _typed_question(plan)
    wrong = coach.answer(plan, q, "my own way of saying it", 3000, now=NOW)
    assert not wrong.verdict.correct
    result = coach.override(plan)
    assert result.verdict.correct and result.rating == 2  # Hard
    assert _count(store, "SELECT COUNT(*) FROM attempt") == 1  # the attempt is kept
    assert _count(store, "SELECT correct + overridden FROM attempt") == 2
    fact = next(f for f in coach.stats(now=NOW).to_json()["facts"] if f["key"] == q.fact_keys[0])
    assert fact["correct"] == 1
    assert coach.stats(now=NOW).to_json()["overrides"]["total"] == 1
    coach.end_session(plan, now=NOW)

    later = coach.start_session("review", 5, fact_keys=[q.fact_keys[0]], seed=5, now=NOW + timedelta(days=1))
    again = coach.answer(later, q, "my own way of saying it", 3000, now=NOW + timedelta(days=1))
    assert again.verdict.correct
    assert "marked this answer right before" in again.verdict.feedback


def test_undo_takes_back_the_override_first_then_the_answer(coach, store, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 200, seed=1, now=NOW)
    q = _typed_question(plan)
    coach.answer(plan, q, "zzz something else", 3000, now=NOW)
    coach.override(plan)
    assert _count(store, "SELECT COUNT(*) FROM accepted_answer") == 1
    coach.undo_last(plan)
    assert _count(store, "SELECT COUNT(*) FROM attempt") == 1
    assert _count(store, "SELECT correct FROM attempt") == 0
    assert _count(store, "SELECT COUNT(*) FROM accepted_answer") == 0
    assert coach.stats(now=NOW).to_json()["overrides"]["total"] == 0
    coach.undo_last(plan)
    assert _count(store, "SELECT COUNT(*) FROM attempt") == 0


def test_a_right_answer_cannot_be_overridden_and_nothing_changes(coach, store, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 200, seed=1, now=NOW)
    q = _typed_question(plan)
    coach.answer(plan, q, q.answer, 3000, now=NOW)
    with pytest.raises(CoachError, match="already counted as right"):
        coach.override(plan)
    assert _count(store, "SELECT COUNT(*) FROM accepted_answer") == 0
    with pytest.raises(CoachError):
        coach.override(coach.start_session("practice", 3, seed=2, now=NOW))  # nothing answered yet


def test_an_employers_name_in_another_script_is_accepted(coach, sample_profile):
    edited = sample_profile.model_copy(deep=True)
    edited.employment[0].local_name = "杭州云波科技有限公司"
    coach.save_profile("Upwork", edited)
    plan = coach.start_session("practice", 200, seed=1, now=NOW)
    company = edited.employment[0].company
    fact = next(f for f in plan.facts.values() if f.attribute == "company" and f.value == company)
    assert fact.aliases == ("杭州云波科技有限公司",)
    from verify_coach.core.questions.model import new_question

    q = new_question("q-test", "recall", "Where did you work?", None, company, "name", (fact.key,), "employment")
    assert coach.answer(plan, q, "杭州云波科技有限公司", 3000, now=NOW).verdict.correct
    assert coach.answer(plan, q, "杭州云波科技", 3000, now=NOW).verdict.correct
    assert not coach.answer(plan, q, "杭州云海科技有限公司", 3000, now=NOW).verdict.correct


def test_a_wrong_true_or_false_answer_is_shown_as_what_the_user_believed(coach, sample_profile):
    from verify_coach.core.questions import build_questions

    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 3, seed=1, now=NOW)
    q = next(q for q in build_questions(sample_profile, seed=0) if q.form == "truefalse")
    wrong = "False" if q.answer == "True" else "True"
    assert not coach.answer(plan, q, wrong, 3000, now=NOW).verdict.correct
    [shown] = coach.wrong_answers([q.fact_keys[0]])[q.fact_keys[0]]
    assert shown.thought_true is (wrong == "True") and shown.is_true is (q.answer == "True")
    assert str(shown).startswith("thought \u201c") and str(shown).endswith(f"was {wrong.lower()}")
    assert "true or false" not in str(shown).casefold() and "your profile says" not in str(shown).casefold()
