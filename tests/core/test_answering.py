"""Answering a question, as the practice screen, the mock call and ``verify-coach practice`` do it: the answer
is graded and committed when given (the next start sees it), its timings are kept, Undo takes it back,
"I was right" flips the verdict (and can be taken back), and the summary lists what was missed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from verify_coach.core.answering import fact_attribute, grade_question, grading_context, parse_order
from verify_coach.core.coach import Coach, CoachError
from verify_coach.core.grading import Verdict
from verify_coach.core.scheduling import Rating
from verify_coach.core.store import open_store

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
WRONG = "zzz no idea"


def _key(coach, category: str, attribute: str) -> str:
    return next(f.key for f in coach.facts() if f.category == category and f.attribute == attribute)


def _plan(coach, *attributes: tuple[str, str], now: datetime = NOW):
    keys = [_key(coach, c, a) for c, a in attributes]
    plan = coach.start_session("review", len(keys), fact_keys=keys, seed=1, now=now)
    return plan, plan.questions


def _reopened(data_dir) -> Coach:
    """The data as the next start of the app (or another process) finds it."""
    return Coach(open_store(data_dir))


def _fact(coach, key: str, now: datetime = NOW):
    return next(f for f in coach.fact_stats(now=now) if f.key == key)


def _attempts(coach) -> list[tuple]:
    with coach.store.reader() as con:
        return con.execute("SELECT answer, correct, latency_ms, hesitation_ms, rating, overridden FROM attempt "
                           "ORDER BY id").fetchall()


# --------------------------------------------------------------------------- committed when given
def test_an_answer_is_committed_when_given_the_next_start_sees_it(upwork, data_dir):
    plan, (q,) = _plan(upwork, ("identity", "city"))
    res = upwork.answer(plan, q, WRONG, 4_321, hesitation_ms=1_500, now=NOW)
    assert not res.verdict.correct and res.expected == q.answer == "Chengdu" and res.latency_ms == 4_321
    other = _reopened(data_dir)  # while the first is still open, as a crash would leave it
    try:
        assert _attempts(other) == [(WRONG, 0, 4_321, 1_500, int(Rating.Again), 0)]
        f = _fact(other, q.fact_keys[0])
        assert (f.attempts, f.correct, f.weak_reasons) == (1, 0, ("missed recently",))
        assert other.stats(now=NOW).to_json()["sessions"] == [
            {"id": plan.id, "mode": "review", "started_at": NOW.isoformat(), "asked": 1, "correct": 0}]
    finally:
        other.store.close()


def test_a_right_answer_is_graded_right_and_counts_for_the_fact_and_the_session(upwork):
    plan, (q,) = _plan(upwork, ("identity", "full_name"))
    res = upwork.answer(plan, q, "wei zhang", 8_000, now=NOW)
    assert res.verdict.correct and res.rating == int(Rating.Good) and res.fact.value == "Wei Zhang"
    f = _fact(upwork, q.fact_keys[0])
    assert (f.attempts, f.correct, f.accuracy, f.weak) == (1, 1, 1.0, False)
    summary = upwork.end_session(plan, now=NOW + timedelta(minutes=1))
    assert (summary.asked, summary.correct, summary.missed) == (1, 1, [])


# --------------------------------------------------------------------------- timings
def test_the_time_taken_is_kept_and_decides_the_rating(upwork):
    plan, qs = _plan(upwork, ("identity", "full_name"), ("identity", "city"), ("identity", "country"),
                     ("identity", "date_of_birth"))
    slow_ms, fast_ms = upwork.timing.slow_ms, upwork.timing.fast_ms
    for q, ms in zip(qs, (slow_ms + 1, fast_ms, 8_000, -50), strict=True):  # -50: a clock that went back
        upwork.answer(plan, q, q.answer, ms, now=NOW)
    assert [(a[2], a[4]) for a in _attempts(upwork)] == [
        (slow_ms + 1, int(Rating.Hard)), (fast_ms, int(Rating.Easy)), (8_000, int(Rating.Good)), (0, int(Rating.Easy))]
    assert _fact(upwork, qs[0].fact_keys[0]).median_latency_ms == slow_ms + 1
    assert _fact(upwork, qs[0].fact_keys[0]).weak_reasons == ("slow",)
    summary = upwork.end_session(plan, now=NOW)
    # the slowest, at most three, and never a fast answer (a 0.8 s answer is not a "slowest answer")
    assert [s["latency_ms"] for s in summary.slowest] == [slow_ms + 1, 8_000]


def test_without_a_hesitation_none_is_recorded(upwork):
    plan, (q,) = _plan(upwork, ("identity", "city"))
    upwork.answer(plan, q, q.answer, 3_000, now=NOW)
    assert _attempts(upwork)[0][3] is None


# --------------------------------------------------------------------------- undo
def test_undo_takes_back_the_last_answer_only_and_the_next_start_never_sees_it(upwork, data_dir):
    plan, (name_q, city_q) = _plan(upwork, ("identity", "full_name"), ("identity", "city"))
    upwork.answer(plan, name_q, name_q.answer, 3_000, now=NOW)
    before = upwork.fact_stats(now=NOW)
    upwork.answer(plan, city_q, WRONG, 3_000, now=NOW + timedelta(seconds=5))
    res = upwork.undo_last(plan)
    assert res is not None
    assert upwork.fact_stats(now=NOW) == before  # as if the city had never been asked
    other = _reopened(data_dir)
    try:
        assert [a[0] for a in _attempts(other)] == [name_q.answer]
        assert other.stats(now=NOW).to_json()["sessions"][0]["asked"] == 1
    finally:
        other.store.close()


def test_undo_restores_the_facts_schedule_exactly(upwork, store):
    plan, (q,) = _plan(upwork, ("identity", "city"))
    upwork.answer(plan, q, q.answer, 3_000, now=NOW)

    def card():
        with store.reader() as con:
            return con.execute("SELECT card, due, attempts, correct, lapses, recent FROM review_state").fetchall()

    kept = card()
    upwork.answer(plan, q, WRONG, 3_000, now=NOW + timedelta(days=3))
    assert card() != kept
    upwork.undo_last(plan)
    assert card() == kept


def test_undo_with_nothing_answered_does_nothing_and_never_touches_another_session(upwork):
    first, (q,) = _plan(upwork, ("identity", "city"))
    upwork.answer(first, q, q.answer, 3_000, now=NOW)
    second, _ = _plan(upwork, ("identity", "country"), now=NOW + timedelta(minutes=5))
    assert upwork.undo_last(second) is None
    assert len(_attempts(upwork)) == 1


# --------------------------------------------------------------------------- "I was right"
def test_i_was_right_flips_the_verdict_for_the_fact_the_session_and_the_weak_facts(upwork, data_dir):
    plan, (q,) = _plan(upwork, ("identity", "city"))
    wrong = upwork.answer(plan, q, "the capital of Sichuan", 3_000, now=NOW)
    assert not wrong.verdict.correct and [f.key for f in upwork.weak_facts(now=NOW)] == [q.fact_keys[0]]
    res = upwork.override(plan)
    assert res.verdict.correct and res.attempt_id == wrong.attempt_id and res.rating == int(Rating.Hard)
    other = _reopened(data_dir)
    try:
        assert _attempts(other) == [("the capital of Sichuan", 1, 3_000, None, int(Rating.Hard), 1)]
        assert other.weak_facts(now=NOW) == []
        assert other.stats(now=NOW).to_json()["sessions"][0]["correct"] == 1
    finally:
        other.store.close()


def test_i_was_right_on_an_earlier_answer_then_taken_back(upwork):
    plan, (city_q, name_q) = _plan(upwork, ("identity", "city"), ("identity", "full_name"))
    city = upwork.answer(plan, city_q, "the capital of Sichuan", 3_000, now=NOW)
    upwork.answer(plan, name_q, name_q.answer, 3_000, now=NOW + timedelta(seconds=5))
    upwork.override(plan, city.attempt_id)  # the call report: any answer of the session, not only the last
    assert [a[1] for a in _attempts(upwork)] == [1, 1]
    upwork.undo_override(plan, city.attempt_id)
    assert [a[1] for a in _attempts(upwork)] == [0, 1]
    assert _attempts(upwork)[0][4] == int(Rating.Again)
    assert [f.key for f in upwork.weak_facts(now=NOW)] == [city_q.fact_keys[0]]
    assert upwork.end_session(plan, now=NOW).correct == 1
    with pytest.raises(CoachError, match="not marked as right"):
        upwork.undo_override(plan, city.attempt_id)  # once is enough


def test_an_empty_choice_cannot_be_marked_right(upwork, sample_profile):
    from verify_coach.core.questions import build_questions

    plan, _ = _plan(upwork, ("identity", "city"))
    q = next(q for q in build_questions(sample_profile, seed=0) if q.form == "choice")
    upwork.answer(plan, q, "", 3_000, now=NOW)
    with pytest.raises(CoachError, match="empty answer"):
        upwork.override(plan)
    assert _attempts(upwork)[0][1] == 0


# --------------------------------------------------------------------------- other ways in
def test_a_self_rated_answer_is_recorded_with_the_given_verdict(upwork):
    plan, (q,) = _plan(upwork, ("identity", "city"))
    res = upwork.answer(plan, q, "(spoken)", 6_000, verdict=Verdict(True, 1.0, "You said it."), now=NOW)
    assert res.verdict.feedback == "You said it." and _attempts(upwork)[0][:2] == ("(spoken)", 1)


def test_a_question_about_a_fact_no_longer_in_the_profile_is_refused_and_nothing_is_written(upwork, sample_profile):
    plan, (q,) = _plan(upwork, ("rate", "hourly_rate"))
    edited = sample_profile.model_copy(deep=True)
    edited.platform.hourly_rate = 50.0  # the old rate's fact is retired, a new one takes its place
    upwork.save_profile("Upwork", edited)
    stale = SimpleNamespace(**{**q.__dict__, "fact_keys": ("rate.hourly_rate.gone",)})
    with pytest.raises(CoachError, match="no longer in the profile"):
        upwork.answer(plan, stale, "45", 3_000, now=NOW)
    assert _attempts(upwork) == []


def test_the_summary_lists_the_missed_answers_with_what_the_profile_says(upwork):
    plan, (name_q, city_q) = _plan(upwork, ("identity", "full_name"), ("identity", "city"))
    upwork.answer(plan, name_q, name_q.answer, 3_000, now=NOW)
    upwork.answer(plan, city_q, "Chongqing", 3_000, now=NOW)
    summary = upwork.end_session(plan, now=NOW + timedelta(minutes=2))
    assert (summary.asked, summary.correct) == (2, 1)
    [missed] = summary.missed
    assert (missed["answer"], missed["expected"], missed["value"], missed["prompt"]) == \
        ("Chongqing", "Chengdu", "Chengdu", city_q.prompt)
    with pytest.raises(CoachError, match="no longer exists"):
        upwork.end_session(SimpleNamespace(id=999, facts={}))


# --------------------------------------------------------------------------- grading a question's answer
def _choice(*choices: str, answer: str, form: str = "choice"):
    return SimpleNamespace(answer_kind="choice", choices=choices, answer=answer, form=form, prompt="?")


def test_no_answer_is_wrong_and_says_so():
    q = _choice("Acme", "Globex", answer="Acme")
    for blank in ("", "   ", None):
        v = grade_question(q, blank)
        assert (v.correct, v.score, v.feedback) == (False, 0.0, "No answer.")


def test_true_or_false_by_yes_no_t_f():
    q = _choice("True", "False", answer="True", form="truefalse")
    for yes in ("t", "TRUE", "yes", "y"):
        assert grade_question(q, yes).correct, yes
    for no in ("f", "false", "No", "n"):
        v = grade_question(q, no)
        assert not v.correct and v.feedback == "You believed this was false. It is true.", no  # not "Not False."


def test_a_wrong_choice_names_the_choice_and_a_typed_answer_is_graded_against_the_right_one():
    q = _choice("Acme", "Brightline Logistics", "Initech", answer="Brightline Logistics")
    assert grade_question(q, "1").feedback == "Not Acme."
    typo = grade_question(q, "Brightline Logistcs")  # typed, not one of the choices: graded as text
    assert typo.correct and typo.feedback == "One small typo forgiven."
    assert not grade_question(q, "Brightline").correct
    assert not grade_question(q, "Umbrella Corp").correct
    assert not grade_question(q, "7").correct  # no 7th choice


@pytest.mark.parametrize("answer", ["2 1 3", "2,1,3", "213", "2 > 1 > 3", "A; B; C", "a -> b -> c"])
def test_an_order_in_any_common_spelling(answer):
    q = SimpleNamespace(answer_kind="order", choices=("B", "A", "C"), answer="A; B; C")
    assert grade_question(q, answer).correct
    assert parse_order(("B", "A", "C"), answer) == ["A", "B", "C"]


def test_an_incomplete_or_repeated_order_asks_for_every_item_once():
    q = SimpleNamespace(answer_kind="order", choices=("B", "A", "C"), answer="A; B; C")
    for answer in ("2 1", "2 2 1", "1 2 3 1", "nonsense"):
        v = grade_question(q, answer)
        assert not v.correct and v.score == 0.0 and v.feedback == "Give all 3 items once each, e.g. 2 1 3."
    half = grade_question(q, "2 3 1")  # A first, then C and B swapped
    assert not half.correct and half.score == pytest.approx(1 / 3) and half.feedback == "Not quite: A → B → C."


def test_what_the_grader_is_told_about_the_question():
    def q(kind: str, key: str):
        return SimpleNamespace(answer_kind=kind, fact_keys=(key,))

    assert fact_attribute("employment.start.3fa9c1d2e0") == "start" and fact_attribute("odd") == ""
    assert grading_context(q("name", "employment.company.1")).role == "org"
    assert grading_context(q("name", "identity.city.1")).role == "place"
    assert grading_context(q("date", "identity.city.1")).role is None  # a role only for names and text
    assert grading_context(q("date", "employment.start.1")).month_enough  # "when did you start" -> month is enough
    assert not grading_context(q("date", "identity.date_of_birth.1")).month_enough  # a birthday needs the day
    assert grading_context(q("list", "languages.languages.1")).whole_list
    assert not grading_context(q("list", "skills.top_skills.1")).whole_list
    assert grading_context(SimpleNamespace(answer_kind="text", fact_keys=())).role is None


def test_a_birth_date_needs_the_day_a_start_date_only_the_month(upwork):
    from verify_coach.core.questions.model import new_question

    plan, _ = _plan(upwork, ("identity", "date_of_birth"))
    dob, start = _key(upwork, "identity", "date_of_birth"), _key(upwork, "employment", "start")
    dob_q = new_question("q-dob", "recall", "Your date of birth?", None, "1992-08-17", "date", (dob,), "identity")
    start_q = new_question("q-start", "recall", "When did you start at Chengdu Kuaidi?", None, "2016-07-01", "date",
                           (start,), "employment")
    assert not upwork.answer(plan, dob_q, "August 1992", 3_000, now=NOW).verdict.correct
    assert upwork.answer(plan, dob_q, "17 August 1992", 3_000, now=NOW).verdict.correct
    assert upwork.answer(plan, start_q, "July 2016", 3_000, now=NOW).verdict.correct
