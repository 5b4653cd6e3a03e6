"""The figures the dashboard, the missed facts and ``verify-coach stats`` show: readiness, accuracy per
category, the weak facts and their order, wrong answers, sessions, and the list of profiles; with no
answers at all, all answers wrong and a 0 % category."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from verify_coach.core import relevance, stats
from verify_coach.core.categories import CATEGORIES

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
WRONG = "zzz no idea"


def _key(coach, category: str, attribute: str, nth: int = 0) -> str:
    return [f.key for f in coach.facts() if f.category == category and f.attribute == attribute][nth]


def _answer(coach, answers: list[tuple[str, bool]], *, latency_ms: int = 3_000, now: datetime = NOW) -> None:
    """Answer each (fact key, right?) in turn, one review session, a second apart."""
    plan = coach.start_session("review", len(answers), fact_keys=[k for k, _ in answers], seed=1, now=now)
    by_key = {q.fact_keys[0]: q for q in plan.questions}
    for i, (key, right) in enumerate(answers):
        q = by_key[key]
        res = coach.answer(plan, q, q.answer if right else WRONG, latency_ms, now=now + timedelta(seconds=i))
        assert res.verdict.correct is right, (key, q.prompt)
    coach.end_session(plan, now=now + timedelta(minutes=1))


def _fact_stat(key: str, recall: float, lapses: int = 0, weak: bool = True) -> stats.FactStat:
    return stats.FactStat(
        key=key, label=key, category="identity", value="v", kind="text", attempts=3, correct=1, accuracy=1 / 3,
        recall_now=recall, recall_at_call=recall, median_latency_ms=3000, lapses=lapses, weak=weak,
        weak_reasons=("missed recently",) if weak else (), last_seen=NOW,
    )


# --------------------------------------------------------------------------- no answers yet
def test_with_no_answers_every_figure_is_empty_not_zero_percent(upwork):
    s = upwork.stats(now=NOW).to_json()
    assert (s["readiness"], s["attempts"], s["weak_count"], s["weak_keys"], s["sessions"]) == (0.0, 0, 0, [], [])
    assert s["overrides"] == {"total": 0, "by_kind": {}, "by_category": {}}
    assert [c["name"] for c in s["categories"]] == [c for c in CATEGORIES if any(
        f.category == c for f in upwork.facts())]  # in the order they are shown
    for c in s["categories"]:
        assert (c["attempts"], c["accuracy"], c["recall"]) == (0, None, 0.0), c["name"]  # "—", not "0 %"
    for f in upwork.fact_stats(now=NOW):
        assert (f.attempts, f.accuracy, f.recall_now, f.recall_at_call, f.median_latency_ms, f.weak) == \
            (0, None, 0.0, 0.0, None, False)


def test_a_session_started_and_left_without_an_answer_is_not_listed(upwork):
    upwork.start_session("practice", 3, seed=1, now=NOW)
    assert upwork.stats(now=NOW).to_json()["sessions"] == []


# --------------------------------------------------------------------------- accuracy per category
def test_accuracy_per_category_is_right_answers_over_answers_and_0_percent_is_a_figure(upwork):
    name, city, country = (_key(upwork, "identity", a) for a in ("full_name", "city", "country"))
    rate = _key(upwork, "rate", "hourly_rate")
    _answer(upwork, [(name, True), (city, True), (country, False), (rate, False)])
    s = upwork.stats(now=NOW).to_json()
    cats = {c["name"]: c for c in s["categories"]}
    assert (cats["identity"]["attempts"], cats["identity"]["accuracy"]) == (3, 0.6667)
    assert (cats["rate"]["attempts"], cats["rate"]["accuracy"]) == (1, 0.0)  # 0 %: answered, never right
    assert (cats["employment"]["attempts"], cats["employment"]["accuracy"]) == (0, None)  # not answered yet
    assert s["attempts"] == 4
    facts = {f["key"]: f for f in s["facts"]}
    assert (facts[country]["attempts"], facts[country]["correct"], facts[country]["accuracy"]) == (1, 0, 0.0)
    assert facts[name]["accuracy"] == 1.0


def test_every_answer_wrong_is_0_percent_everywhere_every_fact_weak_and_less_ready_than_all_right(
        coach, sample_profile, tmp_path):
    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store

    results = {}
    for right in (True, False):
        c = coach if right else Coach(open_store(tmp_path / "all-wrong"))
        c.save_profile("Upwork", sample_profile)
        c.set_call_at(NOW + timedelta(days=14))
        keys = [f.key for f in c.facts() if relevance.matters(f.category, f.key)]
        _answer(c, [(k, right) for k in keys], latency_ms=8_000)
        results[right] = c.stats(now=NOW + timedelta(hours=1)).to_json()
        if not right:
            c.store.close()
    wrong, right = results[False], results[True]
    assert {c["name"]: c["accuracy"] for c in wrong["categories"] if c["attempts"]} == \
        {c["name"]: 0.0 for c in wrong["categories"] if c["attempts"]}
    assert all(c["accuracy"] == 1.0 for c in right["categories"] if c["attempts"])
    assert wrong["weak_count"] == len(keys) and set(wrong["weak_keys"]) == set(keys) and right["weak_count"] == 0
    assert all(f["weak_reasons"] == ["missed recently"] for f in wrong["facts"] if f["key"] in keys)
    assert 0.0 < wrong["readiness"] < right["readiness"] < 1.0


# --------------------------------------------------------------------------- readiness
def test_readiness_counts_only_the_facts_that_matter_on_the_call(upwork):
    trivia = [f.key for f in upwork.facts() if not relevance.matters(f.category, f.key)]
    _answer(upwork, [(k, True) for k in trivia[:3]])
    s = upwork.stats(now=NOW).to_json()
    assert s["attempts"] == 3
    assert s["readiness"] == 0.0  # right about the job count and the rating: no readier for the call
    cats = {c["name"]: c for c in s["categories"]}
    assert cats["platform"]["accuracy"] == 1.0


def test_readiness_is_for_the_call_date_and_falls_the_further_away_the_call(upwork):
    keys = [_key(upwork, "identity", a) for a in ("full_name", "city", "country")]
    _answer(upwork, [(k, True) for k in keys])
    no_call = upwork.stats(now=NOW).to_json()["readiness"]
    upwork.set_call_at(NOW + timedelta(days=1))
    tomorrow = upwork.stats(now=NOW).to_json()
    assert tomorrow["readiness"] == no_call  # without a call date, readiness is for tomorrow
    assert tomorrow["call_at"] == (NOW + timedelta(days=1)).isoformat()
    upwork.set_call_at(NOW + timedelta(days=90))
    far = upwork.stats(now=NOW).to_json()
    assert 0 < far["readiness"] < no_call
    by_key = {f.key: f for f in upwork.fact_stats(now=NOW)}
    assert all(by_key[k].recall_at_call < by_key[k].recall_now for k in keys)


# --------------------------------------------------------------------------- weak facts
def test_weak_facts_are_the_most_at_risk_first_then_most_lapses_then_profile_order():
    facts = [
        _fact_stat("a", 0.6), _fact_stat("b", 0.3), _fact_stat("fine", 0.1, weak=False),
        _fact_stat("c", 0.6, lapses=2), _fact_stat("d", 0.6), _fact_stat("e", 0.9),
    ]
    assert [f.key for f in stats.weak_facts(facts)] == ["b", "c", "a", "d", "e"]
    assert stats.weak_facts([]) == [] and stats.weak_facts([_fact_stat("x", 0.2, weak=False)]) == []


def test_weak_facts_of_a_real_history_lowest_recall_at_the_call_first(upwork):
    name, city, country = (_key(upwork, "identity", a) for a in ("full_name", "city", "country"))
    _answer(upwork, [(name, True)], now=NOW - timedelta(days=30))  # known a month ago, missed today: a lapse
    _answer(upwork, [(name, False), (city, False), (country, True)])
    weak = upwork.weak_facts(now=NOW)
    assert {f.key for f in weak} == {name, city}
    assert [f.key for f in weak] == sorted((name, city), key=lambda k: {f.key: f for f in weak}[k].recall_at_call)
    assert next(f for f in weak if f.key == name).lapses == 1
    s = upwork.stats(now=NOW).to_json()
    assert s["weak_keys"] == [f.key for f in weak] and s["weak_count"] == 2  # one definition, one order


def test_a_slow_right_answer_makes_a_fact_weak_and_the_reason_says_so(upwork):
    city = _key(upwork, "identity", "city")
    _answer(upwork, [(city, True)], latency_ms=upwork.timing.slow_ms)
    [weak] = upwork.weak_facts(now=NOW)
    assert weak.key == city and weak.weak_reasons == ("slow",) and weak.median_latency_ms == upwork.timing.slow_ms


def test_a_trivia_fact_is_never_weak_however_often_it_is_missed(upwork):
    trivia = next(f for f in upwork.facts() if not relevance.matters(f.category, f.key))
    assert stats.weak_reasons(trivia.category, trivia.key, [[0, 30_000, 1]] * 5, upwork.timing) == ()
    name = _key(upwork, "identity", "full_name")
    assert stats.weak_reasons("identity", name, [[0, 30_000, 1]] * 5, upwork.timing) == stats.WEAK_REASONS


# --------------------------------------------------------------------------- wrong answers, sessions, overrides
def test_wrong_answers_most_recent_first_right_ones_left_out(upwork):
    city, name = _key(upwork, "identity", "city"), _key(upwork, "identity", "full_name")
    plan = upwork.start_session("review", 1, fact_keys=[city], seed=1, now=NOW)
    q = plan.questions[0]
    for i, text in enumerate(["Chongqing", q.answer, "Beijing", "Xian", "Lhasa", "Wuhan", "Shenzhen"]):
        upwork.answer(plan, q, text, 3000, now=NOW + timedelta(minutes=i))
    wrong = upwork.wrong_answers([city, name])
    assert wrong[city] == ["Shenzhen", "Wuhan", "Lhasa", "Xian", "Beijing"]  # five at most, newest first
    assert wrong[name] == []
    assert upwork.wrong_answers([city], per_fact=2)[city] == ["Shenzhen", "Wuhan"]
    assert upwork.wrong_answers([]) == {}


def test_sessions_newest_first_with_what_was_asked_and_right(upwork, monkeypatch):
    name = _key(upwork, "identity", "full_name")
    for day in range(3):
        _answer(upwork, [(name, day != 1)], now=NOW + timedelta(days=day))
    sessions = upwork.stats(now=NOW + timedelta(days=3)).to_json()["sessions"]
    assert [(s["started_at"][:10], s["asked"], s["correct"]) for s in sessions] == [
        ("2026-11-22", 1, 1), ("2026-11-21", 1, 0), ("2026-11-20", 1, 1)]
    monkeypatch.setattr(stats, "SESSIONS_SHOWN", 2)
    assert len(upwork.stats(now=NOW + timedelta(days=3)).to_json()["sessions"]) == 2  # only the latest are listed


def test_i_was_right_is_counted_by_kind_and_category(upwork):
    city = _key(upwork, "identity", "city")
    plan = upwork.start_session("review", 1, fact_keys=[city], seed=1, now=NOW)
    res = upwork.answer(plan, plan.questions[0], "my home town", 3000, now=NOW)
    assert not res.verdict.correct
    upwork.override(plan, res.attempt_id)
    assert upwork.override_counts() == {"total": 1, "by_kind": {"name": 1}, "by_category": {"identity": 1}}
    assert upwork.stats(now=NOW).to_json()["overrides"]["total"] == 1


# --------------------------------------------------------------------------- profiles
def test_profiles_listed_by_name_the_active_one_marked_with_their_fact_counts(upwork, sample_profile):
    upwork.save_profile("Fiverr", sample_profile, make_active=False)
    infos = upwork.profiles()
    assert [(p.name, p.active) for p in infos] == [("Fiverr", False), ("Upwork", True)]
    assert infos[0].facts == infos[1].facts == len(upwork.facts())
    assert infos[1].full_name == "Wei Zhang" and infos[1].platform == "Upwork"


def test_without_an_active_profile_the_oldest_is_used(upwork, sample_profile, store):
    upwork.save_profile("Another", sample_profile)  # active now, and newer
    with store.reader() as con:
        assert stats.resolve(con).name == "Another"
    upwork.set_setting(stats.ACTIVE_PROFILE, "")  # e.g. the active profile was deleted
    with store.reader() as con:
        assert stats.resolve(con).name == "Upwork"
        assert stats.resolve(con, "Another").name == "Another"
        assert stats.resolve(con, "Nobody") is None
    upwork.set_setting(stats.ACTIVE_PROFILE, "999")  # a stale id
    with store.reader() as con:
        assert stats.default_profile_id(con) == upwork.active_profile_id("Upwork")


def test_with_no_profile_there_is_nothing_to_resolve(store):
    with store.reader() as con:
        assert stats.profile_list(con) == []
        assert stats.default_profile_id(con) is None
        assert stats.resolve(con) is None


def test_a_fact_stat_to_json_rounds_to_four_places():
    f = replace(_fact_stat("k", 0.123456), accuracy=2 / 3)
    data = f.to_json()
    assert (data["recall_at_call"], data["accuracy"], data["weak_reasons"]) == (0.1235, 0.6667, ["missed recently"])
    assert replace(f, accuracy=None).to_json()["accuracy"] is None
