"""Property tests of the grading rules the corpus states by example.

- a right value wrapped in any of the ways people frame it is accepted, for every kind;
- a denial of the right value ("I never worked at …", "not …") is rejected;
- a one-letter change of a short word of a person's name is another person, and is rejected;
- a changed first letter of a surname or a place is rejected;
- a long pinyin name changed into another valid pinyin name is another person;
- the right city in another country is wrong; a nationality names its country;
- in a correction ("29, not 30") what was said counts, not what was denied.
"""

from __future__ import annotations

import string

import pytest
from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify_coach.grading import grade

LOCALES = ("en_US", "zh_CN", "en_IN", "es_MX", "de_DE", "fil_PH")
_FAKERS = {loc: Faker(loc) for loc in LOCALES}
for i, f in enumerate(_FAKERS.values()):
    f.seed_instance(1000 + i)
_LATIN = {loc: Faker(loc) for loc in ("en_US", "en_IN", "es_MX", "de_DE")}

ORG_FRAMES = ["I worked at {}", "I work for {}", "It was {}", "{}, I think", "I was working at {}", "{}.",
              "Well, {}", "I think it was {}", "It's {}, sir", "I worked at {} for three years"]
PERSON_FRAMES = ["My name is {}", "I'm {}", "{}", "It's {}", "My full name is {}."]
TITLE_FRAMES = ["I was a {}", "I'm a {}", "I worked as a {}", "My title was {}", "{}, I think"]
DATE_FRAMES = ["It was in {}", "I started in {}", "{}", "around {}", "I think it was {}", "since {}"]
NUMBER_FRAMES = ["about {}", "{}", "around {} years", "I have {} years of experience", "roughly {}"]
DENIALS = ["I never worked at {}", "not {}", "It wasn't {}", "I didn't work at {}"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
COMPANIES = ["Brightline Logistics", "Hangzhou Cloudwave Technology Co., Ltd.", "Northwind Traders Inc", "Parcel Radar",
             "Acme Software GmbH", "Globex Corporation", "Harbor Health Clinics", "Qianhai Fintech Group"]
TITLES = ["Senior Python Developer", "Full Stack Developer", "Data Analyst", "Product Designer", "QA Engineer",
          "Machine Learning Engineer", "Project Manager"]

relaxed = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _company(data: st.DataObject) -> str:
    if data.draw(st.booleans()):
        return data.draw(st.sampled_from(COMPANIES))
    loc = data.draw(st.sampled_from(sorted(_LATIN)))
    return _LATIN[loc].company()


@relaxed
@given(st.data())
def test_a_right_organisation_in_any_framing_is_accepted(data):
    company = _company(data)
    frame = data.draw(st.sampled_from(ORG_FRAMES))
    v = grade(company, frame.format(company), "name", role="org")
    assert v.correct, (company, frame, v)


@relaxed
@given(st.data())
def test_a_denied_organisation_is_rejected(data):
    company = _company(data)
    frame = data.draw(st.sampled_from(DENIALS))
    assert not grade(company, frame.format(company), "name", role="org").correct


# Faker's "{last}, {last} and {last}" names: "not Morris, Johnson and Morris" was once read as a correction
# ("not Morris, [it was] Johnson and Morris") and accepted; so were "not Austin, …" and "not Narasimhan, Om and
# Thaker" (whose initials spell "not").
REPEATING_COMPANIES = ["Morris, Johnson and Morris", "Smith, Smith and Jones", "Garcia, Lopez and Garcia",
                       "Jones, Jones and Jones", "Miller-Miller", "Schmidt, Weber und Schmidt",
                       "Nguyen, Nguyen and Nguyen Group", "Austin, Jackson and Hicks", "York, Hall and Lopez",
                       "Narasimhan, Om and Thaker"]  # a place first; initials that spell "not"


@pytest.mark.parametrize("company", REPEATING_COMPANIES)
@pytest.mark.parametrize("frame", DENIALS)
def test_a_denied_organisation_whose_name_has_a_comma_is_rejected(company, frame):
    assert not grade(company, frame.format(company), "name", role="org").correct
    assert grade(company, company, "name", role="org").correct


@pytest.mark.parametrize("answer", ["Johnson and Morris, not Morris, Johnson and Lee",
                                    "not Parcel Radar, it was Morris, Johnson and Morris"])
def test_a_real_correction_of_an_organisation_with_a_comma_still_counts_what_was_said(answer):
    assert grade("Morris, Johnson and Morris", answer, "name", role="org").correct


@relaxed
@given(st.sampled_from(LOCALES), st.sampled_from(PERSON_FRAMES), st.integers(0, 10_000))
def test_a_persons_own_name_in_any_framing_is_accepted(locale, frame, seed):
    fake = _FAKERS[locale]
    fake.seed_instance(seed)
    name = fake.name() if locale != "zh_CN" else f"{fake.romanized_name()} ({fake.name()})"
    shown = name.split(" (")[0]
    assert grade(name, frame.format(shown), "name", role="person").correct, (name, frame)


@relaxed
@given(st.sampled_from(TITLES), st.sampled_from(TITLE_FRAMES))
def test_a_right_title_in_any_framing_is_accepted(title, frame):
    assert grade(title, frame.format(title), "text", role="title").correct


@relaxed
@given(st.integers(1960, 2030), st.integers(1, 12), st.sampled_from(DATE_FRAMES))
def test_a_right_date_in_any_framing_is_accepted(year, month, frame):
    said = f"{MONTHS[month - 1]} {year}"
    assert grade(f"{year}-{month:02d}", frame.format(said), "date").correct
    assert grade(f"{year}-{month:02d}-15", frame.format(said), "date", month_enough=True).correct
    assert not grade(f"{year}-{month:02d}-15", said, "date").correct  # a date of birth needs the day


@relaxed
@given(st.integers(1, 60), st.sampled_from(NUMBER_FRAMES))
def test_a_right_number_in_any_framing_is_accepted_and_a_denied_one_is_not(n, frame):
    assert grade(str(n), frame.format(n), "number").correct
    assert not grade(str(n), f"not {n}", "number").correct


def _zh(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"
    out, units = "", [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    zero = False
    for value, unit in units:
        q, n = divmod(n, value)
        if q:
            if zero:
                out += "零"
            out += (_zh(q) if q >= 10 else digits[q]) + unit
            zero = False
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + digits[n]
    return out


@relaxed
@given(st.integers(1, 99_999))
def test_any_number_written_in_chinese_numerals_is_read(n):
    assert grade(str(n), _zh(n), "number").correct, (n, _zh(n))
    assert not grade(str(n + 2), _zh(n), "number").correct


@relaxed
@given(st.integers(1950, 2035))
def test_any_year_said_in_words_is_read(year):
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]

    def two(n: int) -> str:
        return ones[n] if n < 20 else tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else "")

    century, rest = divmod(year, 100)
    if rest == 0:
        said = "two thousand" if year == 2000 else f"{two(century)} hundred"
    elif rest < 10:
        said = f"{two(century)} oh {ones[rest]}"
    else:
        said = f"{two(century)} {two(rest)}"
    if said.endswith("hundred"):
        return
    assert grade(str(year), said, "date").correct, said


def _one_letter_changes(word: str) -> list[str]:
    out = []
    for i in range(1, len(word)):
        for ch in "aeiouhngl":
            if ch != word[i]:
                out.append(word[:i] + ch + word[i + 1 :])
    out.append(word + "g")  # Lin -> Ling
    out.append(word[:-1])  # Lin -> Li
    return [w for w in out if w and w.lower() != word.lower()]


@relaxed
@given(st.integers(0, 10_000), st.data())
def test_a_one_letter_change_of_a_short_name_word_is_another_person(seed, data):
    fake = _FAKERS["zh_CN"]
    fake.seed_instance(seed)
    name = fake.romanized_name()  # "Lin Mei"
    words = name.split()
    i = data.draw(st.integers(0, len(words) - 1))
    if len(words[i]) > 4:
        return
    changed = data.draw(st.sampled_from(_one_letter_changes(words[i])))
    answer = " ".join(w if j != i else changed.capitalize() for j, w in enumerate(words))
    if answer.lower() == name.lower():
        return
    assert not grade(name, answer, "name", role="person").correct, (name, answer)


@relaxed
@given(st.sampled_from(["Hangzhou", "Muller", "Taylor", "Lagos", "Austin", "Shenzhen", "Schmidt", "Rossi"]),
       st.sampled_from(string.ascii_uppercase))
def test_a_changed_first_letter_of_a_surname_or_place_is_rejected(word, letter):
    if letter == word[0]:
        return
    changed = letter + word[1:]
    assert not grade(word, changed, "name", role="place").correct
    assert not grade(f"Anna {word}", f"Anna {changed}", "name", role="person").correct
    assert not grade(word, letter + word.lower(), "name", role="place").correct  # an added first letter


_SYLLABLES = ["ming", "ling", "lin", "hua", "wei", "jun", "xiao", "hong", "yan", "fang", "feng", "li", "jie", "qiang",
              "zhang", "zheng", "hai", "tao", "yang", "ying", "peng", "ping", "dong", "long"]
_PINYIN_PAIRS = sorted({
    ((a + b).capitalize(), (a + c).capitalize())
    for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES
    if b != c and len(a + b) >= 8 and len(b) == len(c) and sum(x != y for x, y in zip(b, c, strict=True)) == 1
})


def test_a_long_pinyin_given_name_changed_into_another_valid_one_is_another_person():
    """"Xiaoming" and "Xiaoling" are both names: one changed letter in a long pinyin word is not a slip."""
    assert len(_PINYIN_PAIRS) > 40
    accepted = [(a, b) for a, b in _PINYIN_PAIRS if grade(f"Zhang {a}", f"Zhang {b}", "name", role="person").correct]
    assert not accepted


CITY_COUNTRY = [("Lagos", "Nigeria"), ("Manila", "Philippines"), ("Hangzhou", "China"), ("Karachi", "Pakistan"),
                ("Kyiv", "Ukraine"), ("Guadalajara", "Mexico"), ("Nairobi", "Kenya"), ("Pune", "India")]
COUNTRY_OF_PEOPLE = {"Nigeria": "Nigerian", "Philippines": "Filipino", "China": "Chinese", "Pakistan": "Pakistani",
                     "Ukraine": "Ukrainian", "Mexico": "Mexican", "Kenya": "Kenyan", "India": "Indian"}


@relaxed
@given(st.sampled_from(CITY_COUNTRY), st.sampled_from(["Portugal", "Ghana", "Brazil", "Canada", "Egypt", "Vietnam"]),
       st.sampled_from(["{city}, {country}", "{city} {country}", "I live in {city}, {country}"]))
def test_the_right_city_in_another_country_is_rejected_and_in_its_own_accepted(place, other, frame):
    city, country = place
    expected = f"{city}, {country}"
    assert grade(expected, frame.format(city=city, country=country), "name", role="place").correct
    assert not grade(expected, frame.format(city=city, country=other), "name", role="place").correct


@relaxed
@given(st.sampled_from(sorted(COUNTRY_OF_PEOPLE)), st.sampled_from(["I'm {}", "{}", "I am {}", "{}, sir"]))
def test_a_nationality_names_its_country(country, frame):
    assert grade(country, frame.format(COUNTRY_OF_PEOPLE[country]), "name", role="place").correct
    other = next(c for c in sorted(COUNTRY_OF_PEOPLE) if c != country)
    assert not grade(country, frame.format(COUNTRY_OF_PEOPLE[other]), "name", role="place").correct


@relaxed
@given(st.integers(2, 60), st.integers(1, 30), st.sampled_from(["{right}, not {wrong}", "not {wrong}, {right}",
                                                                 "Not {wrong} but {right}", "{right} not {wrong}"]))
def test_a_correction_counts_what_was_said_not_what_was_denied(n, delta, frame):
    said = frame.format(right=n, wrong=n + delta)
    assert grade(str(n), said, "number").correct, said
    assert not grade(str(n + delta), said, "number").correct, said
