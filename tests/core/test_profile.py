from __future__ import annotations

import json
import os
import stat

import pytest

from verify_coach.core import dates
from verify_coach.core.profile import Profile, ProfileError

from ..conftest import REPO


def test_example_profile_round_trips_identically(tmp_path):
    src = REPO / "resources" / "example-profile.json"
    p = Profile.load(src)
    out = tmp_path / "copy.json"
    p.save(out)
    assert Profile.load(out) == p
    assert out.read_text(encoding="utf-8") == src.read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_partial_dates_stay_partial():
    p = Profile.from_document({"employment": [{"company": "A", "start": "2019", "end": "2020-3"}]})
    assert p.employment[0].start == "2019"
    assert p.employment[0].end == "2020-03"
    assert Profile.from_json(p.to_json()).employment[0].start == "2019"


@pytest.mark.parametrize(
    ("doc", "where", "words"),
    [
        ({"employment": [{"company": "A", "start": "2019-13"}]}, "employment[0].start", "no month 13"),
        ({"employment": "Acme 2019-2021"}, "employment", "list"),
        ({"identity": {"full_name": ["x"]}}, "identity.full_name", "text"),
        ({"education": [{"school": "U", "start": "2016", "end": "2012"}]}, "education[0].end", "before it starts"),
        ({"platform": {"hourly_rate": -5}}, "platform.hourly_rate", "greater than or equal"),
        ({"identity": {"date_of_birth": "1990-02-30"}}, "identity.date_of_birth", "no day 30"),
        ({"employment": [{"title": "x"}]}, "employment[0].company", "required"),
        ({"nickname": "x"}, "nickname", "unknown field"),
    ],
)
def test_bad_values_say_where_and_what(doc, where, words):
    with pytest.raises(ProfileError) as err:
        Profile.from_document(doc, source="me.json")
    assert err.value.where == where
    assert words in str(err.value)
    assert str(err.value).startswith("me.json: ")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b'{"identity": {', "not valid JSON (line 1"),
        (b"[1, 2]", "JSON array"),
        (b"\x00\x01\x02binary", "binary"),
        (b'{"format": "verify_coach.profile", "version": 99}', "newer"),
        (b'{"format": "something.else"}', "not a verify_coach profile"),
    ],
)
def test_broken_files_give_clear_errors(tmp_path, content, words):
    f = tmp_path / "p.json"
    f.write_bytes(content)
    with pytest.raises(ProfileError) as err:
        Profile.load(f)
    assert words in str(err.value)
    assert str(f) in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(ProfileError, match="no such file"):
        Profile.load(tmp_path / "nope.json")


def test_document_has_format_header():
    doc = json.loads(Profile().to_json())
    assert doc["format"] == "verify_coach.profile" and doc["version"] == 1


def test_partial_date_helpers():
    assert dates.human("2019-03") == "March 2019"
    assert dates.human("2019") == "2019"
    assert dates.months_between("2018-07", "2021-02") == 31
    assert dates.PartialDate.parse("2019-03").shifted_months(-3).iso() == "2018-12"
    assert dates.PartialDate.parse("2019-03-31").shifted_months(-1).iso() == "2019-02-28"
    assert dates.sort_key("2019") < dates.sort_key("2019-01")


# -- the name exactly as printed on the ID -----------------------------------------------------------


def test_the_id_name_round_trips_and_an_old_profile_without_it_loads():
    p = Profile.from_document({"identity": {"full_name": "Mei Lin", "id_name": "  LIN MEI "}})
    assert p.identity.id_name == "LIN MEI"
    assert Profile.from_json(p.to_json()).identity.id_name == "LIN MEI"
    assert json.loads(p.to_json())["identity"]["id_name"] == "LIN MEI"
    old = Profile.from_document({"format": "verify_coach.profile", "version": 1, "identity": {"full_name": "Mei Lin"}})
    assert old.identity.id_name == ""


def test_the_id_name_is_no_fact_and_changes_no_fact_key():
    from verify_coach.core.facts import extract_facts

    base = Profile.from_document({"identity": {"full_name": "Mei Lin", "date_of_birth": "1990-04-02"},
                                  "employment": [{"company": "Brightline", "start": "2019-03"}]})
    with_id = base.model_copy(deep=True)
    with_id.identity.id_name = "LIN MEI"
    keys = [(f.key, f.attribute, f.value) for f in extract_facts(base)]
    assert [(f.key, f.attribute, f.value) for f in extract_facts(with_id)] == keys
    assert all("LIN MEI" not in str(f.value) for f in extract_facts(with_id))


def test_demo_profiles_fill_the_id_name():
    from verify_coach.core.demo import make_demo_profile
    from verify_coach.core.names import compare_id_name

    us = make_demo_profile(seed=0, locale="en_US").identity
    assert us.id_name == us.full_name
    zh = make_demo_profile(seed=0, locale="zh_CN").identity
    family, given = zh.full_name.split()  # the profile writes it as the passport does: family name first
    assert zh.id_name == f"{family} {given}".upper()  # a Chinese passport: family name first, in capitals
    assert compare_id_name(zh.full_name, zh.id_name).status == "case"  # so the audit has nothing to fix


def test_importing_leaves_the_id_name_and_merging_keeps_it():
    from verify_coach.core.importers import apply_diff, diff_profiles
    from verify_coach.core.importers.jsonresume import from_document

    mine = Profile.from_document({"identity": {"full_name": "Mei Lin", "id_name": "LIN MEI"}})
    resume = {"basics": {"name": "Mei Lin", "email": "mei@example.com"}}
    imported = from_document(resume, source="resume.json").profile
    assert imported.identity.id_name == ""
    diff = diff_profiles(mine, imported)
    assert not [c for c in diff if c.key == "id_name"]
    assert apply_diff(mine, imported, diff.ids()).identity.id_name == "LIN MEI"
    native = Profile.from_document({"identity": {"full_name": "Mei Lin", "id_name": "LIN, MEI"}})
    change = next(c for c in diff_profiles(mine, native) if c.key == "id_name")
    assert apply_diff(mine, native, {change.id}).identity.id_name == "LIN, MEI"
