"""Scheduling as the user meets it: how an answer is rated, when a fact comes back, what counts against a
fact, how likely it is to be recalled on the day of the call, and which facts a session picks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from verify_coach.core import scheduling
from verify_coach.core.scheduling import Candidate, FactState, Rating, Timing, rating_for

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _known(times: int = 3, start: datetime = NOW) -> FactState:
    """A fact answered right at a normal pace ``times`` times, each time when it came due."""
    st = FactState()
    at = start
    for _ in range(times):
        st.apply(True, 8_000, Rating.Good, at)
        at = st.card.due
    return st


def _interval(card, rating: Rating, at: datetime) -> timedelta:
    return scheduling.review(card, rating, at).due - at


# --------------------------------------------------------------------------- rating an answer
@pytest.mark.parametrize(
    ("correct", "latency_ms", "rating"),
    [
        (False, 1_000, Rating.Again),  # a wrong answer is a wrong answer, however quick
        (False, 60_000, Rating.Again),
        (True, 12_000, Rating.Hard),  # right but slow: at the slow limit already
        (True, 30_000, Rating.Hard),
        (True, 11_999, Rating.Good),
        (True, 5_001, Rating.Good),
        (True, 5_000, Rating.Easy),  # right and fast: at the fast limit still
        (True, 0, Rating.Easy),
    ],
)
def test_an_answer_is_rated_by_whether_it_was_right_and_how_long_it_took(correct, latency_ms, rating):
    assert rating_for(correct, latency_ms) == rating


def test_the_slow_and_fast_limits_are_the_users_setting():
    assert Timing() == Timing(fast_ms=5_000, slow_ms=12_000)  # the defaults the settings dialog shows
    strict = Timing(fast_ms=2_000, slow_ms=4_000)
    assert rating_for(True, 4_500, strict) == Rating.Hard  # slow for this user, Good by default
    assert rating_for(True, 4_500) == Rating.Easy
    assert rating_for(True, 3_000, strict) == Rating.Good
    assert rating_for(True, 2_000, strict) == Rating.Easy


# --------------------------------------------------------------------------- when a fact comes back
def test_a_new_fact_answered_wrong_comes_back_within_minutes_and_a_fast_right_one_days_later():
    wrong = scheduling.review(scheduling.new_card(), Rating.Again, NOW)
    easy = scheduling.review(scheduling.new_card(), Rating.Easy, NOW)
    assert timedelta(0) < wrong.due - NOW <= timedelta(minutes=10)
    assert easy.due - NOW >= timedelta(days=1)
    assert wrong.last_review == easy.last_review == NOW


def test_on_a_known_fact_wrong_comes_back_soonest_then_slow_then_normal_then_fast():
    card = _known().card
    at = card.due
    again, hard, good, easy = (_interval(card, r, at) for r in (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy))
    assert again < timedelta(days=1) < hard < good < easy


def test_a_wrong_answer_shrinks_the_next_interval_of_a_fact_that_was_going_well():
    st = _known(4)
    before = st.card.due - st.card.last_review
    at = st.card.due
    st.apply(False, 3_000, Rating.Again, at)
    assert st.card.due - at < timedelta(days=1) < before
    st.apply(True, 8_000, Rating.Good, st.card.due)  # relearnt: it grows again, from lower down
    assert st.card.due - st.card.last_review < before


def test_a_slow_right_answer_brings_the_fact_back_sooner_than_a_quick_one():
    slow, quick = _known(), _known()
    at = slow.card.due
    slow.apply(True, 20_000, rating_for(True, 20_000), at)
    quick.apply(True, 3_000, rating_for(True, 3_000), at)
    assert slow.card.due < quick.card.due


def test_the_same_history_always_gives_the_same_schedule():
    assert _known(5).card.to_json() == _known(5).card.to_json()  # no fuzzing: explainable, testable


def test_a_time_without_a_zone_is_taken_as_utc():
    naive = scheduling.review(scheduling.new_card(), Rating.Good, NOW.replace(tzinfo=None))
    aware = scheduling.review(scheduling.new_card(), Rating.Good, NOW)
    assert naive.due == aware.due and naive.due.tzinfo is not None
    card = _known().card
    later = NOW + timedelta(days=20)
    assert scheduling.recall(card, later.replace(tzinfo=None)) == scheduling.recall(card, later)


def test_a_card_survives_the_round_trip_through_the_database():
    card = _known().card
    assert scheduling.card_from_json(card.to_json()).to_json() == card.to_json()
    for empty in (None, ""):
        fresh = scheduling.card_from_json(empty)
        assert fresh.last_review is None
        assert scheduling.recall(fresh, NOW) == 0.0


# --------------------------------------------------------------------------- recall on the day of the call
def test_recall_fades_with_time_so_a_later_call_is_a_lower_figure():
    card = _known().card
    last = card.last_review
    right_after = scheduling.recall(card, last)
    tomorrow = scheduling.recall(card, last + timedelta(days=1))
    in_a_month = scheduling.recall(card, last + timedelta(days=30))
    assert right_after == pytest.approx(1.0)
    assert 1.0 > tomorrow > in_a_month > 0.0
    assert scheduling.recall(card, card.due) == pytest.approx(0.9, abs=0.02)  # due: when recall falls to ~90 %


def test_recall_of_a_fact_never_answered_is_zero_and_never_negative_in_the_past():
    assert scheduling.recall(None, NOW) == 0.0
    assert scheduling.recall(scheduling.new_card(), NOW) == 0.0
    card = _known().card
    assert scheduling.recall(card, card.last_review - timedelta(days=3)) == pytest.approx(1.0)


def test_readiness_is_computed_for_the_call_or_for_tomorrow_without_one():
    call = NOW + timedelta(days=5)
    assert scheduling.target_time(call, NOW) == call
    assert scheduling.target_time(call.replace(tzinfo=None), NOW) == call
    assert scheduling.target_time(None, NOW) == NOW + timedelta(days=1)
    assert scheduling.target_time(NOW - timedelta(hours=2), NOW) == NOW + timedelta(days=1)  # the call is over


def test_readiness_is_the_mean_recall_and_zero_with_nothing_to_recall():
    assert scheduling.readiness([]) == 0.0
    assert scheduling.readiness([1.0, 0.5, 0.0]) == pytest.approx(0.5)
    assert scheduling.readiness([0.0, 0.0]) == 0.0


# --------------------------------------------------------------------------- what counts against a fact
def test_folding_answers_in_counts_attempts_right_answers_and_lapses():
    st = FactState()
    assert st.apply(False, 3_000, Rating.Again, NOW) is False  # a new fact missed: not a lapse, not a surprise
    assert (st.attempts, st.correct, st.lapses, st.unexpected_misses) == (1, 0, 0, 0)
    st.apply(True, 3_000, Rating.Easy, NOW + timedelta(minutes=5))
    st.apply(False, 3_000, Rating.Again, NOW + timedelta(days=3))
    assert (st.attempts, st.correct, st.lapses) == (3, 1, 1)  # forgetting a learnt fact is a lapse
    assert st.recent == [[0, 3000, 0], [1, 3000, 0], [0, 3000, st.recent[-1][2]]]
    assert st.last_seen == NOW + timedelta(days=3)


def test_a_miss_the_model_did_not_expect_is_flagged():
    st = _known()
    surprise = st.apply(False, 3_000, Rating.Again, st.card.last_review + timedelta(hours=1))  # recall ~99 %
    assert surprise is True and st.unexpected_misses == 1 and st.recent[-1] == [0, 3000, 1]
    old = _known()
    expected = old.apply(False, 3_000, Rating.Again, old.card.due + timedelta(days=60))  # long forgotten
    assert expected is False and old.unexpected_misses == 0


def test_only_the_last_ten_answers_are_kept_for_the_recent_signals():
    st = FactState()
    for i in range(15):
        st.apply(True, 1_000 + i, Rating.Good, NOW + timedelta(days=i))
    assert len(st.recent) == scheduling.RECENT == 10
    assert [r[1] for r in st.recent] == list(range(1_005, 1_015))
    assert st.attempts == 15  # the counters keep the whole history
    assert st.median_latency_ms() == 1_009
    assert FactState().median_latency_ms() is None


def test_an_unscheduled_answer_counts_but_leaves_the_schedule_alone():
    st = _known()
    card = st.card.to_json()
    st.apply(False, 3_000, Rating.Again, st.card.due, scheduled=False)  # a cram session
    assert st.card.to_json() == card
    assert st.attempts == 4 and st.recent[-1][0] == 0


@pytest.mark.parametrize(
    ("recent", "reasons"),
    [
        ([], []),
        ([[1, 3000, 0]] * 5, []),
        ([[1, 3000, 0]] * 4 + [[0, 3000, 0]], ["missed recently"]),  # the last answer wrong
        ([[0, 3000, 0], [1, 3000, 0], [0, 3000, 0], [1, 3000, 0], [1, 3000, 0]], ["missed recently"]),  # 2 of 5
        ([[0, 3000, 0]] + [[1, 3000, 0]] * 5, []),  # one miss, six answers ago: forgiven
        ([[0, 3000, 0], [0, 3000, 0]] + [[1, 3000, 0]] * 5, []),  # two misses, but not among the last five
        ([[0, 3000, 1]] + [[1, 3000, 0]] * 4, ["missed unexpectedly"]),
        ([[1, 20000, 0]] * 3 + [[1, 3000, 0]] * 2, ["slow"]),  # median of the last five is slow
        ([[1, 20000, 0]] * 2 + [[1, 3000, 0]] * 3, []),  # two slow of five: the median is not
        ([[1, 3000, 0]] * 3 + [[0, 12000, 1]] * 2, ["missed recently", "missed unexpectedly"]),
    ],
)
def test_what_recent_answers_say_is_wrong_with_a_fact(recent, reasons):
    assert scheduling.answer_signals(recent) == reasons


def test_slow_is_at_or_above_the_users_slow_limit():
    at_limit = [[1, 12_000, 0]] * 5
    assert scheduling.answer_signals(at_limit) == ["slow"]
    assert scheduling.answer_signals([[1, 11_999, 0]] * 5) == []
    assert scheduling.answer_signals([[1, 9_000, 0]] * 5, Timing(fast_ms=3_000, slow_ms=9_000)) == ["slow"]


# --------------------------------------------------------------------------- picking what to practise
def _cands() -> list[Candidate]:
    return [
        Candidate("seen.weak", True, 0.7, False, True),
        Candidate("seen.due", True, 0.8, True, False),
        Candidate("seen.fine", True, 0.99, False, False),
        Candidate("seen.fading", True, 0.4, False, False),
        *(Candidate(f"new.{i}", False, 0.0, False, False) for i in range(6)),
    ]


SEEDS = range(20)  # the order has a little randomness (a jitter of 0.05): none of this may depend on it


def test_a_weak_session_drills_weak_facts_only_most_at_risk_first():
    cands = [*_cands(), Candidate("seen.weaker", True, 0.2, True, True)]
    for seed in SEEDS:
        assert scheduling.pick(cands, 10, "weak", seed=seed) == ["seen.weaker", "seen.weak"]
        assert scheduling.pick(cands, 1, "weak", seed=seed) == ["seen.weaker"]


def test_a_weak_session_without_weak_facts_takes_the_least_sure_of_those_seen():
    cands = [c for c in _cands() if not c.weak]
    for seed in SEEDS:
        assert scheduling.pick(cands, 1, "weak", seed=seed) == ["seen.fading"]  # never a new fact
        assert set(scheduling.pick(cands, 3, "weak", seed=seed)) == {"seen.fading", "seen.due", "seen.fine"}


def test_cramming_takes_what_is_least_likely_to_be_recalled_new_or_not():
    for seed in SEEDS:
        picked = scheduling.pick(_cands(), 7, "cram", seed=seed)
        assert set(picked[:6]) == {f"new.{i}" for i in range(6)}  # never seen: recall 0
        assert picked[6] == "seen.weak"  # then the weak one
        assert "seen.fine" not in scheduling.pick(_cands(), 9, "cram", seed=seed)


def test_practice_brings_back_what_needs_work_and_introduces_new_facts_gradually():
    for seed in SEEDS:
        picked = scheduling.pick(_cands(), 6, "normal", seed=seed)
        assert len(picked) == len(set(picked)) == 6
        assert {"seen.weak", "seen.due", "seen.fading"} <= set(picked)
        assert "seen.fine" not in picked  # 99 % sure, not due: it waits
        assert sum(k.startswith("new.") for k in picked) == 3  # at most half the session is new


def test_practice_fills_the_session_with_new_facts_when_nothing_needs_work():
    cands = [Candidate("seen.fine", True, 0.99, False, False),
             *(Candidate(f"new.{i}", False, 0.0, False, False) for i in range(6))]
    for seed in SEEDS:
        picked = scheduling.pick(cands, 5, "normal", seed=seed)
        assert len(picked) == 5 and "seen.fine" not in picked


def test_practice_tops_up_with_the_least_sure_when_everything_is_well_known():
    cands = [Candidate(f"k{i}", True, r, False, False) for i, r in enumerate((0.99, 0.91, 0.93))]
    for seed in SEEDS:
        assert sorted(scheduling.pick(cands, 2, "normal", seed=seed)) == ["k1", "k2"]
        assert sorted(scheduling.pick(cands, 10, "normal", seed=seed)) == ["k0", "k1", "k2"]  # no more than there is


def test_the_same_seed_picks_the_same_session_and_another_seed_may_not():
    assert scheduling.pick(_cands(), 6, "normal", seed=7) == scheduling.pick(_cands(), 6, "normal", seed=7)
    orders = {tuple(scheduling.pick(_cands(), 6, "normal", seed=s)) for s in range(10)}
    assert len(orders) > 1


def test_an_unknown_mode_is_refused_with_the_modes_there_are():
    with pytest.raises(ValueError, match="unknown mode 'party'; use one of normal, weak, cram"):
        scheduling.pick(_cands(), 3, "party")


def test_missing_a_fact_this_morning_is_not_certain_recall_at_a_call_this_afternoon():
    """(fsrs's own retrievability counts whole days: recall stayed 100 % for 24 hours after a miss.)"""
    missed = scheduling.review(scheduling.new_card(), Rating.Again, NOW)  # 09:00
    call = NOW + timedelta(hours=6)
    assert scheduling.recall(missed, call) < 0.95
    assert scheduling.readiness([scheduling.recall(missed, scheduling.target_time(call, NOW))]) < 0.95


def test_recall_falls_within_a_day_and_matches_fsrs_on_whole_days():
    card = scheduling.review(scheduling.new_card(), Rating.Good, NOW)
    hours = [scheduling.recall(card, NOW + timedelta(hours=h)) for h in (0, 1, 6, 12, 23)]
    assert hours[0] == pytest.approx(1.0) and all(a > b for a, b in zip(hours, hours[1:], strict=False))
    for days in (1, 3, 10):  # on whole days it is fsrs's own figure
        at = NOW + timedelta(days=days)
        assert scheduling.recall(card, at) == pytest.approx(scheduling.scheduler().get_card_retrievability(card, at))
    assert scheduling.recall(card, NOW - timedelta(hours=2)) == pytest.approx(1.0)  # before the answer: as at it
