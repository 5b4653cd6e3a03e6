"""The profile's name against the name exactly as the ID prints it: what the user is told."""

from __future__ import annotations

import dataclasses

import pytest

from verify_coach.core.names import FINE, NameCheck, compare_id_name


@pytest.mark.parametrize(("full", "on_id", "status"), [
    ("Mei Lin", "Mei Lin", "same"),
    ("Mei  Lin ", " Mei Lin", "same"),  # whitespace collapsed
    ("林美", "林 美", "same"),  # a Chinese name has no spaces
    ("Mei Lin", "", "unknown"),
    ("Mei Lin", "   ", "unknown"),
    ("Mei Lin", "MEI LIN", "case"),
    ("Lin Mei", "LIN, MEI", "case"),  # the comma some IDs print
    ("Mei Lin", "LIN MEI", "order"),
    ("林美", "美林", "order"),
    ("John F. Smith", "John Fitzgerald Smith", "initials"),
    ("John Fitzgerald Smith", "JOHN F SMITH", "initials"),
    ("Anna Smith", "Anna Maria Smith", "missing"),
    ("Anna Maria Smith", "Anna Smith", "missing"),
    ("林美", "林美华", "missing"),
    ("Lin Mei", "林美", "different"),
    ("Lin Mei", "Wang Fang", "different"),
    ("José García", "JOSE GARCIA", "different"),
    ("Ольга Петренко", "Olha Petrenko", "different"),
    ("", "LIN MEI", "different"),
])
def test_each_kind_of_difference_has_its_status(full, on_id, status):
    assert compare_id_name(full, on_id).status == status


def test_only_differences_the_user_must_fix_are_not_fine():
    assert {"same", "unknown", "case"} == FINE
    assert compare_id_name("Mei Lin", "MEI LIN").status in FINE
    assert compare_id_name("Mei Lin", "LIN MEI").status not in FINE


def test_the_order_message_quotes_both_names_and_says_what_to_do():
    check = compare_id_name("Mei Lin", "LIN MEI")
    assert check.message == ("Your profile says “Mei Lin”, your ID “LIN MEI”: the same words in a different order. "
                             "Agents compare them exactly — make the profile name match your ID.")


def test_capitals_alone_are_fine_and_the_message_says_so():
    message = compare_id_name("Mei Lin", "MEI LIN").message
    assert "only the capitals differ" in message and "fine" in message


def test_a_missing_middle_name_is_named_and_on_which_side():
    on_id = compare_id_name("Anna Smith", "Anna Maria Smith")
    assert "your ID has “Maria”, which your profile leaves out" in on_id.message
    assert (on_id.profile_word, on_id.id_word) == ("", "Maria")
    in_profile = compare_id_name("Anna Maria Smith", "ANNA SMITH")
    assert "your profile has “Maria”, which your ID leaves out" in in_profile.message
    assert (in_profile.profile_word, in_profile.id_word) == ("Maria", "")


def test_an_initial_is_named_with_the_word_it_stands_for():
    check = compare_id_name("John F. Smith", "John Fitzgerald Smith")
    assert "the initial “F.” where the other has “Fitzgerald”" in check.message
    assert (check.profile_word, check.id_word) == ("F.", "Fitzgerald")


@pytest.mark.parametrize(("full", "on_id"), [("Lin Mei", "林美"), ("林美", "LIN MEI"), ("Zhang Wei", "张伟")])
def test_chinese_characters_against_pinyin_says_so(full, on_id):
    check = compare_id_name(full, on_id)
    assert check.status == "different"
    assert "Chinese characters" in check.message and "pinyin" in check.message


def test_characters_only_in_the_profile_are_named_as_one_word():
    check = compare_id_name("Lin Mei (林美)", "LIN MEI")
    assert check.status == "missing" and "“林美”" in check.message


def test_other_differences_are_plain():
    assert "different names" in compare_id_name("Lin Mei", "Wang Fang").message
    assert "accents" in compare_id_name("José García", "JOSE GARCIA").message
    assert "different scripts" in compare_id_name("Ольга Петренко", "Olha Petrenko").message


def test_a_check_is_frozen():
    check = compare_id_name("Mei Lin", "LIN MEI")
    assert isinstance(check, NameCheck)
    with pytest.raises(dataclasses.FrozenInstanceError):
        check.status = "same"  # type: ignore[misc]
