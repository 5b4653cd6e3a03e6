""""Say it like this": a fact as a person says it aloud, in English.

After a spoken answer the app shows the expected value the way it is *said*, not the way it is stored:
``2018-07`` -> "July twenty eighteen", ``2019-03-14`` -> "the fourteenth of March, twenty nineteen",
``45.00 USD/hour`` -> "forty-five dollars an hour", ``+86 138 0000 1234`` -> "plus eight six, one three
eight, zero zero zero zero, one two three four", ``wei.zhang@example.com`` -> "wei dot zhang at example dot
com", ``Python; Django; PostgreSQL`` -> "Python, Django and PostgreSQL". Some facts read better as a whole
sentence in the first person ("I started at Brightline Logistics in July twenty eighteen").

``say_value`` says a bare value; ``say_it`` a fact, as a sentence where one fits. Neither ever raises: a
value they cannot read is given as ``facts.spoken_value`` has it (or as it is).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from .. import dates
from ..facts import Fact, spoken_value

__all__ = ["say_it", "say_value", "say_date", "say_money", "say_number", "say_list", "say_phone", "say_email"]

_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# currency code or symbol -> (one, many)
_CURRENCIES: dict[str, tuple[str, str]] = {
    "USD": ("dollar", "dollars"), "US$": ("dollar", "dollars"), "$": ("dollar", "dollars"),
    "EUR": ("euro", "euros"), "€": ("euro", "euros"),
    "GBP": ("pound", "pounds"), "£": ("pound", "pounds"),
    "CAD": ("Canadian dollar", "Canadian dollars"), "C$": ("Canadian dollar", "Canadian dollars"),
    "AUD": ("Australian dollar", "Australian dollars"), "A$": ("Australian dollar", "Australian dollars"),
    "NZD": ("New Zealand dollar", "New Zealand dollars"),
    "CNY": ("yuan", "yuan"), "RMB": ("yuan", "yuan"), "JPY": ("yen", "yen"), "¥": ("yen", "yen"),
    "INR": ("rupee", "rupees"), "₹": ("rupee", "rupees"), "PKR": ("rupee", "rupees"),
    "CHF": ("Swiss franc", "Swiss francs"), "PLN": ("zloty", "zloty"), "UAH": ("hryvnia", "hryvnias"),
    "₴": ("hryvnia", "hryvnias"), "RUB": ("ruble", "rubles"), "BRL": ("real", "reais"),
    "MXN": ("peso", "pesos"), "PHP": ("peso", "pesos"), "₱": ("peso", "pesos"), "NGN": ("naira", "naira"),
    "₦": ("naira", "naira"), "KES": ("shilling", "shillings"), "ZAR": ("rand", "rand"),
    "SGD": ("Singapore dollar", "Singapore dollars"), "HKD": ("Hong Kong dollar", "Hong Kong dollars"),
    "SEK": ("krona", "kronor"), "NOK": ("krone", "kroner"), "DKK": ("krone", "kroner"),
    "TRY": ("lira", "lira"), "₺": ("lira", "lira"), "VND": ("dong", "dong"), "IDR": ("rupiah", "rupiah"),
    "BDT": ("taka", "taka"), "EGP": ("Egyptian pound", "Egyptian pounds"),
}
_CENTS = {"dollar": "cents", "euro": "cents", "pound": "pence"}
_MONEY = re.compile(
    r"^\s*(?P<pre>[A-Za-z]{3}|US\$|[AC]\$|[$€£¥₹₴₱₦₺])?\s*(?P<amount>\d[\d,\s]*(?:\.\d+)?)\s*"
    r"(?P<scale>[kK]\b)?\s*(?P<post>[A-Za-z]{3}\b|[$€£¥₹₴₱₦₺])?\s*"
    r"(?P<per>(?:/|\bper\b|\ban?\b)\s*(?:hour|hr|h)\b\.?|/\s*(?:hour|hr|h))?\s*$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")
_NUMBER = re.compile(r"^\s*-?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*$|^\s*-?\d+(?:\.\d+)?\s*$")
_UTC = re.compile(r"\b(?:UTC|GMT)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
_SELF_EMPLOYED = re.compile(
    r"\b(self[\s-]?employed|freelanc\w*|independent|own business|sole (?:proprietor|trader)|contractor)\b",
    re.IGNORECASE,
)
_ONGOING = re.compile(r"\bhave worked\b", re.IGNORECASE)


def _words(n: float | int, to: str = "cardinal") -> str:
    from num2words import num2words

    return str(num2words(n, to=to, lang="en"))


# ------------------------------------------------------------------------------------------ values
def say_date(value: str) -> str:
    """``2018-07`` -> "July twenty eighteen"; ``2019-03-14`` -> "the fourteenth of March, twenty nineteen";
    ``2016`` -> "twenty sixteen". A date that cannot be read: as ``spoken_value`` shows it."""
    try:
        d = dates.PartialDate.parse(value)
    except (dates.PartialDateError, ValueError):
        return spoken_value(value, "date")
    year = _words(d.year, "year")
    if d.day and d.month:
        return f"the {_words(d.day, 'ordinal')} of {calendar.month_name[d.month]}, {year}"
    if d.month:
        return f"{calendar.month_name[d.month]} {year}"
    return year


def _amount_words(amount: float) -> tuple[str, int, int]:
    whole = int(amount)
    cents = int(round((amount - whole) * 100))
    if cents == 100:
        whole, cents = whole + 1, 0
    return _words(whole), whole, cents


def say_money(value: str) -> str:
    """``45.00 USD/hour``, ``$45/hour``, ``USD 45``, ``38500 USD`` -> "forty-five dollars an hour", …,
    "thirty-eight thousand, five hundred dollars". Without a currency: the amount alone."""
    m = _MONEY.match(value or "")
    if not m:
        return value
    pre, post = m.group("pre"), m.group("post")
    cur = None
    for code in (pre, post):
        if code:
            cur = _CURRENCIES.get(code.upper()) or _CURRENCIES.get(code)
            if cur is None:
                return value  # three letters that are not a currency we know: say it as written
    amount = float(re.sub(r"[,\s]", "", m.group("amount")))
    if m.group("scale"):
        amount *= 1000
    words, whole, cents = _amount_words(amount)
    if cur is None:
        text = words + (f" point {' '.join(_DIGITS[int(c)] for c in f'{cents:02d}'.rstrip('0'))}" if cents else "")
    else:
        one, many = cur
        text = f"{words} {one if whole == 1 and not cents else many}"
        if cents:
            text += f" and {_words(cents)} {_CENTS[one]}" if one in _CENTS else f" {_words(cents)}"
    return text + (" an hour" if m.group("per") else "")


def say_number(value: str, attribute: str = "") -> str:
    """A short plain number in words ("fourteen", "four point eight"); a percentage ("ninety-six percent");
    with its unit for some attributes (years of experience, months, stars, the Job Success Score). A long
    number (an ID, a code) is said digit by digit."""
    text = (value or "").strip()
    pm = _PERCENT.match(text)
    if pm:
        return f"{_words(float(pm.group(1)) if '.' in pm.group(1) else int(pm.group(1)))} percent"
    if not _NUMBER.match(text):
        return value
    plain = text.replace(",", "")
    if len(plain.lstrip("-").split(".")[0]) > 7:
        return say_digits(plain)
    n: float | int = float(plain) if "." in plain else int(plain)
    words = _words(n)
    if attribute == "job_success":
        return f"{words} percent"
    if attribute == "years_experience":
        return f"{words} {'year' if n == 1 else 'years'}"
    if attribute == "duration_months" and isinstance(n, int):
        return _months(n)
    if attribute == "rating":
        return f"{words} {'star' if n == 1 else 'stars'}"
    return words


def _months(n: int) -> str:
    years, months = divmod(n, 12)
    parts = []
    if years:
        parts.append(f"{_words(years)} {'year' if years == 1 else 'years'}")
    if months or not years:
        parts.append(f"{_words(months)} {'month' if months == 1 else 'months'}")
    return " and ".join(parts)


def say_digits(text: str) -> str:
    """Digits one by one ("six one zero zero four one"); letters as capitals ("S W one A")."""
    out = []
    for ch in text:
        if ch.isdigit() and ch.isascii():
            out.append(_DIGITS[int(ch)])
        elif ch.isalpha():
            out.append(ch.upper())
    return " ".join(out)


def say_phone(value: str) -> str:
    """Digit by digit, in the groups the number is written in: ``+86 138 0000 1234`` -> "plus eight six,
    one three eight, zero zero zero zero, one two three four". Unbroken digits go in threes and a last four."""
    text = value.strip()
    plus = text.startswith("+") or text.startswith("00")
    body = text[1:] if text.startswith("+") else text
    groups = [g for g in re.split(r"[\s().\-/]+", body) if g]
    groups = [re.sub(r"\D", "", g) for g in groups]
    groups = [g for g in groups if g]
    if not groups:
        return value
    if len(groups) == 1 and len(groups[0]) > 7:
        digits = groups[0]
        head, tail = digits[:-4], digits[-4:]
        groups = [head[i:i + 3] for i in range(0, len(head), 3)] + [tail]
    said = ", ".join(" ".join(_DIGITS[int(c)] for c in g) for g in groups)
    return ("plus " if plus and text.startswith("+") else "") + said


def say_email(value: str) -> str:
    """``wei.zhang@example.com`` -> "wei dot zhang at example dot com" (also dash, underscore, plus)."""
    text = value.strip()
    if text.count("@") != 1:
        return value
    marks = {".": " dot ", "-": " dash ", "_": " underscore ", "+": " plus ", "@": " at "}
    said = "".join(marks.get(ch, f" {_DIGITS[int(ch)]} " if ch.isdigit() and ch.isascii() else ch) for ch in text)
    return " ".join(said.split())


def say_list(value: str) -> str:
    """``Python; Django; PostgreSQL`` -> "Python, Django and PostgreSQL"."""
    items = [x.strip() for x in (value or "").split(";") if x.strip()]
    if not items:
        return value
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _say_time_zone(value: str) -> str:
    def utc(m: re.Match[str]) -> str:
        sign = "plus" if m.group(1) == "+" else "minus"
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        said = f"UTC {sign} {_words(hours)}"
        return said + (f" {_words(minutes)}" if minutes else "")

    return _UTC.sub(utc, value)


def say_value(value: str, kind: str, attribute: str = "", label: str = "") -> str:
    """A bare value as a person says it. ``kind``: the fact's kind (date, money, number, name, text,
    list); ``attribute`` (``phone``, ``email``, ``job_success``…) and ``label`` refine it. Never raises."""
    try:
        text = str(value)
        return _say_value(text, str(kind), str(attribute), str(label)) or text
    except Exception:  # noqa: BLE001 - "say it like this" must never break the answer it follows
        try:
            return spoken_value(str(value), str(kind))
        except Exception:  # noqa: BLE001
            return str(value)


def _say_value(value: str, kind: str, attribute: str, label: str) -> str:
    if not value.strip():
        return value
    if kind == "date":
        return say_date(value)
    if kind == "money":
        return say_money(value)
    if kind == "list":
        return say_list(value)
    if attribute == "phone":
        return say_phone(value)
    if attribute == "email":
        return say_email(value)
    if attribute == "postal_code":
        return say_digits(value) if any(c.isdigit() for c in value) else value
    if attribute == "time_zone":
        return _say_time_zone(value)
    if kind == "number" or _PERCENT.match(value) or "(%)" in label:
        said = say_number(value, attribute)
        return f"{said} percent" if "(%)" in label and not said.endswith("percent") and said != value else said
    return spoken_value(value, kind)


# ------------------------------------------------------------------------------------------ facts
def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"


def _lower_first(text: str) -> str:
    """``Backend developer`` -> ``backend developer``; ``Backend Developer`` and ``CTO`` stay as they are."""
    words = text.split()
    if len(words) > 1 and words[0][1:].islower() and all(w[:1].islower() for w in words[1:]):
        return text[:1].lower() + text[1:]
    return text


def _named(name: str) -> str:
    """`` — Freelance (Upwork)`` after "I'm self-employed", unless the name says no more than that."""
    bare = re.sub(r"[^a-z]", "", name.casefold())
    return "" if bare in ("selfemployed", "freelance", "freelancer", "freelancing", "independent") else f" \u2014 {name}"


def _self_employed(name: str) -> bool:
    return bool(_SELF_EMPLOYED.search(name or ""))


def _ongoing(fact: Fact, facts: Sequence[Fact]) -> bool | None:
    """Whether the fact's job is current: known from the profile's other facts (an end date, or it is
    the current employer); None when they are not given."""
    same = [f for f in facts if f.entity == fact.entity]
    if not facts:
        return None
    if any(f.attribute == "end" for f in same):
        return False
    if any(f.attribute == "current_employer" for f in same):
        return True
    duration = next((f for f in same if f.attribute == "duration_months"), None)
    return bool(duration and _ONGOING.search(duration.label))


def _platform_of(label: str) -> str:
    m = re.match(r"^When you joined (.+)$", label)
    return m.group(1) if m else "the platform"


def say_it(fact: Fact, facts: Sequence[Fact] = ()) -> str:
    """A fact as a person says it aloud: a first-person sentence for the main facts (name, rate, jobs,
    schooling, location…), else the value (``say_value``). ``facts``: the profile's facts, to tell a
    current job from a past one ("I work at…" / "I worked at…"). Never raises."""
    try:
        return _say_it(fact, facts) or say_value(fact.value, fact.kind, fact.attribute, fact.label)
    except Exception:  # noqa: BLE001 - see say_value
        try:
            return say_value(fact.value, fact.kind, fact.attribute, fact.label)
        except Exception:  # noqa: BLE001
            return str(getattr(fact, "value", ""))


def _say_it(fact: Fact, facts: Sequence[Fact]) -> str | None:
    v = say_value(fact.value, fact.kind, fact.attribute, fact.label)
    raw = fact.value.strip()
    if not raw:
        return None
    cat, attr, subj = fact.category, fact.attribute, fact.subject or ""
    if cat == "identity":
        return {
            "full_name": f"My name is {v}",
            "date_of_birth": f"I was born on {v}",
            "street": f"I live at {v}",
            "city": f"I live in {v}",
            "region": f"I live in {v}",
            "country": f"I live in {v}",
            "nationality": f"I'm {v}",
            "phone": f"My phone number is {v}",
            "email": f"My email is {v}",
            "postal_code": f"My postal code is {v}",
            "id_document_type": f"I'll show my {raw[:1].lower() + raw[1:] if raw[1:2].islower() else raw}",
        }.get(attr)
    if attr == "hourly_rate":
        return f"My rate is {v}"
    if cat == "platform" and fact.entity == "platform":
        if attr == "member_since":
            return f"I joined {_platform_of(fact.label)} in {v}"
        if attr == "location":
            return f"My profile says {v}"
        if attr == "title":
            return f"My profile title is {v}"
        return None
    if cat == "employment":
        return _say_job(fact, facts, v, raw, attr, subj)
    if cat == "education":
        return {
            "school": f"I studied at {v}",
            "degree": f"I have {_article(raw)} {v} from {subj}" if subj else None,
            "field_of_study": f"I studied {v}",
            "start": f"I started at {subj} in {v}" if subj else None,
            "end": f"I finished at {subj} in {v}" if subj else None,
        }.get(attr)
    if cat == "certifications" and attr == "date" and subj:
        return f"I earned the {subj} in {v}"
    if cat == "portfolio" and subj:
        return {
            "client": f"I built {subj} for {v}",
            "completed": f"I completed {subj} in {v}",
            "start": f"I started {subj} in {v}",
            "end": f"I finished {subj} in {v}",
            "role": f"My role on {subj} was {_lower_first(v)}",
            "employer_at_time": ("I was self-employed then" if _self_employed(raw) else f"I was working at {v} then"),
            "most_recent_project": f"My most recent project is {v}",
        }.get(attr)
    if cat == "platform" and attr == "rate":
        return f"I charged {v}"
    return None


def _say_job(fact: Fact, facts: Sequence[Fact], v: str, raw: str, attr: str, subj: str) -> str | None:
    ongoing = _ongoing(fact, facts)
    selfemp = _self_employed(subj) or (attr in ("company", "first_employer", "current_employer") and _self_employed(raw))
    if attr == "years_experience":
        return f"I have {v} of experience"
    if attr == "employer_count":
        return None
    if attr == "current_employer":
        return f"I'm self-employed{_named(raw)}" if selfemp else f"I work at {v}"
    if attr == "first_employer":
        return "I started out self-employed" if selfemp else f"My first employer was {v}"
    if attr == "company":
        if selfemp:
            named = _named(raw)
            return f"I was self-employed{named}" if ongoing is False else f"I'm self-employed{named}" if ongoing else None
        return f"I worked at {v}" if ongoing is False else f"I work at {v}" if ongoing else None
    if attr == "title":
        if ongoing is None:
            return None
        if selfemp:
            return f"I {'work' if ongoing else 'worked'} for myself as {_article(raw)} {v}"
        where = f" at {subj}" if subj else ""
        return f"I'm {_article(raw)} {v}{where}" if ongoing else f"I was {_article(raw)} {v}{where}"
    if attr == "start":
        if selfemp:
            return f"I went self-employed in {v}" if ongoing is False else f"I've been self-employed since {v}"
        return f"I started at {subj} in {v}" if subj else None
    if attr == "end":
        if selfemp:
            return f"I was self-employed until {v}"
        return f"I left {subj} in {v}" if subj else None
    if attr == "location":
        remote = raw.casefold() in ("remote", "remotely", "remote work", "anywhere")
        verb = "work" if ongoing else "worked"
        return f"I {verb} remotely" if remote else f"I {verb} in {v}"
    if attr == "duration_months":
        if _ONGOING.search(fact.label):
            return f"I've worked there for {v}" if not selfemp else f"I've been self-employed for {v}"
        return f"I worked there for {v}" if not selfemp else f"I was self-employed for {v}"
    return None
