"""The audit's checks, one function per group (names, place and time, timeline, numbers, claims).

Each check adds :class:`Finding` s through :meth:`_Run.add` with English templates marked for translation
(``QT_TRANSLATE_NOOP("Audit", ...)``: lupdate reads this module, ``scripts/update_translations.py``).
Dates are partial (a bare year, a month): a check reads a date as early or as late as its precision allows,
whichever makes the finding *less* likely, so a profile written in years is not accused of a gap or an
overlap it may not have.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from datetime import date

from .. import dates
from ..facts import Fact, _entity_ids, extract_facts
from ..names import FINE, compare_id_name
from ..profile import Profile
from . import world
from .finding import Finding
from .thresholds import Thresholds


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    return text


def _t(message: str, why: str, todo: str) -> tuple[str, str, str]:
    return (message, why, todo)


# ----------------------------------------------------------------------------------------------- dates
def _lo(text: str | None) -> int | None:
    """The earliest month a partial date can mean (a bare year: January)."""
    if not text:
        return None
    try:
        return dates.PartialDate.parse(text).month_index()
    except dates.PartialDateError:
        return None


def _hi(text: str | None) -> int | None:
    """The latest month a partial date can mean (a bare year: December)."""
    if not text:
        return None
    try:
        d = dates.PartialDate.parse(text)
    except dates.PartialDateError:
        return None
    return d.year * 12 + ((d.month or 12) - 1)


def _month_name(index: int) -> str:
    year, m0 = divmod(index, 12)
    return dates.PartialDate(year, m0 + 1).human()


def _human(text: str | None) -> str:
    try:
        return dates.human(text)
    except dates.PartialDateError:
        return text or ""


@dataclass
class _Span:
    where: str  # "employment[0]"
    name: str
    lo: int  # first month it surely covers
    hi: int  # last month it surely covers
    full_time: bool = True


class _Run:
    def __init__(self, profile: Profile, today: date, th: Thresholds, facts: list[Fact] | None):
        self.p, self.today, self.th = profile, today, th
        self.now = today.year * 12 + today.month - 1
        self.facts = extract_facts(profile, today=today) if facts is None else facts
        self.keys: dict[tuple[str, str], list[str]] = {}
        for f in self.facts:
            self.keys.setdefault((f.entity, f.attribute), []).append(f.key)
        self.entities = {
            "employment": _entity_ids("employment", [(e.company, e.title) for e in profile.employment]),
            "education": _entity_ids("education", [(e.school, e.degree) for e in profile.education]),
            "certifications": _entity_ids("certification", [(c.name,) for c in profile.certifications]),
            "portfolio": _entity_ids("portfolio", [(x.title,) for x in profile.portfolio]),
            "platform_jobs": _entity_ids("platform_job", [(j.title, j.client) for j in profile.platform_jobs]),
        }
        self.found: list[Finding] = []

    # -- fields -> facts ----------------------------------------------------------------------
    _ATTR = {"address.country": "country", "address.city": "city", "address.region": "region",
             "skills": "top_skills"}

    def fact_keys(self, fields: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for where in fields:
            m = re.fullmatch(r"(\w+)\[(\d+)\]\.(\w+)", where)
            if m and m.group(1) in self.entities:
                ids = self.entities[m.group(1)]
                i = int(m.group(2))
                entity, attr = (ids[i] if i < len(ids) else ""), m.group(3)
                if attr == "completed" and not self.keys.get((entity, attr)):
                    attr = "end"
            elif where.startswith("identity."):
                entity, attr = "identity", self._ATTR.get(where[9:], where[9:])
            elif where.startswith("platform."):
                rest = re.sub(r"\[\d+\].*", "", where[9:])
                entity, attr = "platform", self._ATTR.get(rest, rest)
            else:
                continue
            for k in self.keys.get((entity, attr), ()):
                if k not in out:
                    out.append(k)
        return tuple(out)

    def add(self, check: str, severity: str, fields: tuple[str, ...], templates: tuple[str, str, str],
            question: str = "", points: tuple[str, ...] = (), **args: object) -> None:
        self.found.append(Finding(check, severity, fields, self.fact_keys(fields), templates,
                                  tuple((k, str(v)) for k, v in args.items()), question if severity == "explain" else "",
                                  points if severity == "explain" else ()))

    # -- shared reading -----------------------------------------------------------------------
    def home_country(self) -> str | None:
        a = self.p.identity.address
        return world.country_code(a.country) if a.country else (
            world.place_country(", ".join(x for x in (a.city, a.region) if x)) if a.city or a.region else None)

    def full_time(self, i: int) -> bool:
        e = self.p.employment[i]
        text = f"{e.title} {e.description} {e.company}".casefold()
        return not any(w in text for w in self.th.not_full_time_words)

    def job_spans(self) -> list[_Span]:
        out = []
        for i, e in enumerate(self.p.employment):
            lo = _hi(e.start)  # surely working from the latest month the start can mean
            hi = self.now if e.current or not e.end else _lo(e.end)
            if lo is None or hi is None or hi < lo:
                continue
            out.append(_Span(f"employment[{i}]", e.company, lo, hi, self.full_time(i)))
        return out


def run(profile: Profile, today: date, th: Thresholds, facts: list[Fact] | None) -> list[Finding]:
    r = _Run(profile, today, th, facts)
    for check in (_names, _place, _timeline, _numbers, _claims):
        check(r)
    return r.found


# ----------------------------------------------------------------------------------------------- names
NAME_TEXTS = {
    "order": QT_TRANSLATE_NOOP("Audit", "the same words in a different order"),
    "initials": QT_TRANSLATE_NOOP("Audit", "an initial on one side, the whole word on the other"),
    "missing": QT_TRANSLATE_NOOP("Audit", "a word (a middle name?) on one side only"),
    "different": QT_TRANSLATE_NOOP("Audit", "a different spelling"),
    "pinyin": QT_TRANSLATE_NOOP("Audit", "Chinese characters on one side, pinyin on the other"),
    "script": QT_TRANSLATE_NOOP("Audit", "written in different scripts"),
    "accents": QT_TRANSLATE_NOOP("Audit", "the accents differ"),
    "nickname": QT_TRANSLATE_NOOP("Audit", "a nickname or a different name"),
}


def _name_difference(status: str, detail: str) -> str:
    if detail in ("pinyin", "script", "accents"):
        return NAME_TEXTS[detail]
    if status == "different":
        return NAME_TEXTS["nickname"]
    return NAME_TEXTS.get(status, NAME_TEXTS["different"])


def _names(r: _Run) -> None:
    ident = r.p.identity
    full = ident.full_name.strip()
    if ident.id_name.strip() and full:
        check = compare_id_name(full, ident.id_name)
        if check.status not in FINE:
            r.add("names.id_name", "fix", ("identity.full_name", "identity.id_name"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your profile name “{profile}” is not the name on your ID, “{id}”: {how}."),
                QT_TRANSLATE_NOOP("Audit", "The agent reads the name off your ID and compares it with your profile "
                                           "letter by letter; a different order, an initial, a nickname or a missing "
                                           "middle name is a reason to put the account on hold."),
                QT_TRANSLATE_NOOP("Audit", "Change the profile name to match your ID exactly, before the call.")),
                profile=full, id=ident.id_name.strip(), how=_name_difference(check.status, check.detail))
    elif full and not ident.id_name.strip():
        r.add("names.id_name_missing", "note", ("identity.id_name",), _t(
            QT_TRANSLATE_NOOP("Audit", "The name on your ID is not in the profile yet."),
            QT_TRANSLATE_NOOP("Audit", "The agent compares your profile name with your ID; the audit can only check "
                                       "the two when it knows both."),
            QT_TRANSLATE_NOOP("Audit", "Type the name exactly as your ID prints it in “Name on your ID”.")))
    methods = r.p.platform.payment_methods
    missing_holder = []
    for i, m in enumerate(methods):
        if not m.holder.strip():
            missing_holder.append(i)
            continue
        if not full:
            continue
        check = compare_id_name(full, m.holder)
        if check.status not in FINE:
            r.add("names.payout_holder", "fix", ("identity.full_name", f"platform.payment_methods[{i}].holder"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your {method} account is in the name “{holder}”, your profile says "
                                           "“{profile}”: {how}."),
                QT_TRANSLATE_NOOP("Audit", "Payouts must go to an account in your own name. An account holder whose "
                                           "name differs from the profile looks like someone else is paid for your "
                                           "work, and accounts are held for it."),
                QT_TRANSLATE_NOOP("Audit", "Use a payout account in your own name, written as on your ID, or correct "
                                           "the holder's name here if you typed it differently.")),
                method=m.method, holder=m.holder.strip(), profile=full, how=_name_difference(check.status, check.detail))
    if missing_holder and full:
        r.add("names.payout_holder_missing", "note",
              tuple(f"platform.payment_methods[{i}].holder" for i in missing_holder), _t(
                QT_TRANSLATE_NOOP("Audit", "The account holder's name is missing for: {methods}."),
                QT_TRANSLATE_NOOP("Audit", "The agent may check that your payout accounts are in your own name."),
                QT_TRANSLATE_NOOP("Audit", "Add the name each account shows as its holder, to check it against your "
                                           "profile.")),
              methods=", ".join(methods[i].method for i in missing_holder))


# ----------------------------------------------------------------------------------------- place and time
#: Nationalities whose country issues no national ID card (a passport or a driving licence is shown).
NO_NATIONAL_ID = frozenset({"US", "GB", "CA", "AU", "NZ", "IE", "DK"})


def _city_key(text: str) -> str:
    name = world.fold(text)
    name = world.places.ALIASES.get(name, name)
    words = [w for w in name.split() if w not in world.places.SUFFIXES]
    return " ".join(words) or name


def _same_area(a: str, b: str) -> bool:
    """Two city names that are the same place or in one metropolitan region (Makati and Manila)."""
    ka, kb = _city_key(a), _city_key(b)
    if ka == kb or ka in kb.split() or kb in ka.split():
        return True
    ra = {reg for _, reg in world.places.CITY_PLACES.get(world.fold(a), ())} | {ka}
    rb = {reg for _, reg in world.places.CITY_PLACES.get(world.fold(b), ())} | {kb}
    return bool(ra & rb)


def _place(r: _Run) -> None:
    ident, pl = r.p.identity, r.p.platform
    home = r.home_country()
    a = ident.address
    if pl.location.strip():
        loc_country = world.place_country(pl.location)
        if home and loc_country and loc_country != home:
            r.add("place.location_country", "fix", ("platform.location", "identity.address.country"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your profile location “{location}” is in {loc_country}, but your address "
                                           "is in {home}."),
                QT_TRANSLATE_NOOP("Audit", "The agent checks that you are where your profile says; a location in "
                                           "another country than your address (and your ID) is the first sign of an "
                                           "account used by someone else."),
                QT_TRANSLATE_NOOP("Audit", "Set the profile location to where you live, as in your address.")),
                location=pl.location.strip(), loc_country=world.country_name(loc_country),
                home=world.country_name(home))
        elif a.city.strip() and (home is None or loc_country in (None, home)):
            loc_city = re.split(r"[,，]", pl.location)[0].strip()
            if loc_city and world.country_code(loc_city) is None and not _same_area(loc_city, a.city) \
                    and not _same_area(loc_city, a.region or a.city):
                r.add("place.location_city", "explain", ("platform.location", "identity.address.city"), _t(
                    QT_TRANSLATE_NOOP("Audit", "Your profile location is “{location}”, but your address is in "
                                               "{city}."),
                    QT_TRANSLATE_NOOP("Audit", "The agent asks where you are and compares it with the profile and the "
                                               "address."),
                    QT_TRANSLATE_NOOP("Audit", "Use the city you live in, or be ready to say why the profile names "
                                               "another.")),
                    question=f"Your profile says {pl.location.strip()}, but your address is in {a.city.strip()}. "
                             "Where do you live?",
                    points=("Where you live now, as on your ID or address", f"Why the profile shows {loc_city}",
                            "Where you will be during the call"),
                    location=pl.location.strip(), city=a.city.strip())
    if pl.time_zone.strip():
        country = home or (world.place_country(pl.location) if pl.location.strip() else None)
        offs = world.tz_offsets(pl.time_zone, r.today.year)
        there = world.country_offsets(country, r.today.year) if country else frozenset()
        if offs and there and not (offs & there):
            r.add("place.time_zone", "fix", ("platform.time_zone", "identity.address.country"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your time zone “{tz}” is not a time zone of {country} ({theirs})."),
                QT_TRANSLATE_NOOP("Audit", "The platform sees the time zone of your computer. A time zone far from "
                                           "your address suggests the account is used from another country."),
                QT_TRANSLATE_NOOP("Audit", "Set the time zone of where you live, on the profile and on your "
                                           "computer.")),
                tz=pl.time_zone.strip(), country=world.country_name(country),
                theirs=", ".join(world.offset_text(o) for o in sorted(there)[:4]))
    if ident.phone.strip() and home:
        pc = world.phone_countries(ident.phone)
        if pc and home not in pc:
            named = world.country_name(sorted(pc)[0]) if len(pc) == 1 else ", ".join(sorted(pc)[:3])
            r.add("place.phone", "explain", ("identity.phone", "identity.address.country"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your phone number {phone} is from {phone_country}, but you live in "
                                           "{home}."),
                QT_TRANSLATE_NOOP("Audit", "A phone number from another country is common for people who moved, but "
                                           "the agent may ask about it."),
                QT_TRANSLATE_NOOP("Audit", "Use a local number if you have one, or be ready to say why you keep this "
                                           "one.")),
                question=f"Your phone number is from {named}, but you live in {world.country_name(home)}. Why is that?",
                points=("Where you live now, and since when", "Why you keep this number",
                        "That the number is yours and you can receive codes on it"),
                phone=ident.phone.strip(), phone_country=named, home=world.country_name(home))
    doc = world.fold(ident.id_document_type)
    nat = world.country_code(ident.nationality) if ident.nationality.strip() else None
    if doc and nat:
        if "national id" in doc and nat in NO_NATIONAL_ID:
            r.add("place.id_document", "explain", ("identity.id_document_type", "identity.nationality"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your ID document is a national ID card, but {country} issues none."),
                QT_TRANSLATE_NOOP("Audit", "The agent knows which documents a country issues and will ask what you "
                                           "are showing."),
                QT_TRANSLATE_NOOP("Audit", "Name the document you will really show (a passport or a driving "
                                           "licence).")),
                question="What kind of ID document are you showing me, and which country issued it?",
                points=("The exact document (passport, driving licence…)", "The country that issued it",
                        "That it is valid and in your name"),
                country=world.country_name(nat))
        elif "residence" in doc and home and nat == home:
            r.add("place.id_document", "explain", ("identity.id_document_type", "identity.nationality"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your ID document is a residence permit, but your nationality is that of "
                                           "the country you live in."),
                QT_TRANSLATE_NOOP("Audit", "A residence permit is for foreigners; the agent will ask why a citizen "
                                           "shows one."),
                QT_TRANSLATE_NOOP("Audit", "Check the nationality and the document type.")),
                question="You are showing a residence permit. What is your nationality?",
                points=("Your nationality", "Why you hold a residence permit", "Which country issued it"))
        elif home and nat != home and ("driv" in doc or "national id" in doc):
            r.add("place.id_document", "note", ("identity.id_document_type", "identity.nationality"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your nationality is {nat}, you live in {home} and you will show a {doc}."),
                QT_TRANSLATE_NOOP("Audit", "The agent may ask which country issued it."),
                QT_TRANSLATE_NOOP("Audit", "Have your passport at hand as well.")),
                nat=world.country_name(nat), home=world.country_name(home), doc=ident.id_document_type)


# ----------------------------------------------------------------------------------------------- timeline
def _age_at(dob: str | None, month: int) -> int | None:
    if not dob:
        return None
    try:
        d = dates.PartialDate.parse(dob)
    except dates.PartialDateError:
        return None
    born = d.year * 12 + ((d.month or 12) - 1)  # born as late as the date allows: the youngest possible
    return (month - born) // 12


def _timeline(r: _Run) -> None:
    p = r.p
    # -- an end before a start, a date in the future
    entries: list[tuple[str, str, str | None, str | None]] = []
    entries += [(f"employment[{i}]", e.company, e.start, None if e.current else e.end) for i, e in enumerate(p.employment)]
    entries += [(f"education[{i}]", e.school, e.start, e.end) for i, e in enumerate(p.education)]
    entries += [(f"portfolio[{i}]", x.title, x.start, x.end) for i, x in enumerate(p.portfolio)]
    entries += [(f"platform_jobs[{i}]", j.title, j.start, j.end) for i, j in enumerate(p.platform_jobs)]
    for where, name, start, end in entries:
        lo, hi = _lo(start), _hi(end)
        if lo is not None and hi is not None and hi < lo:
            r.add("timeline.end_before_start", "fix", (f"{where}.start", f"{where}.end"), _t(
                QT_TRANSLATE_NOOP("Audit", "“{name}” ends ({end}) before it starts ({start})."),
                QT_TRANSLATE_NOOP("Audit", "Dates that cannot be true make the agent doubt the rest of the profile."),
                QT_TRANSLATE_NOOP("Audit", "Correct the dates.")),
                name=name, start=_human(start), end=_human(end))
    dated: list[tuple[str, str | None, str]] = [("identity.date_of_birth", p.identity.date_of_birth, "")]
    dated.append(("platform.member_since", p.platform.member_since, ""))
    for where, name, start, end in entries:
        dated += [(f"{where}.start", start, name), (f"{where}.end", end, name)]
    dated += [(f"portfolio[{i}].completed", x.completed, x.title) for i, x in enumerate(p.portfolio)]
    dated += [(f"certifications[{i}].date", c.date, c.name) for i, c in enumerate(p.certifications)]
    for where, value, name in dated:
        lo = _lo(value)
        if lo is None or lo <= r.now:
            continue
        if where.startswith("education[") and where.endswith(".end"):
            r.add("timeline.future", "note", (where,), _t(
                QT_TRANSLATE_NOOP("Audit", "Your studies at {name} end in {when}, in the future."),
                QT_TRANSLATE_NOOP("Audit", "An expected graduation is fine; the agent may ask whether you still "
                                           "study."),
                QT_TRANSLATE_NOOP("Audit", "Be ready to say when you expect to finish.")),
                name=name, when=_human(value))
            continue
        r.add("timeline.future", "fix", (where,), _t(
            QT_TRANSLATE_NOOP("Audit", "{what} is dated {when}, in the future."),
            QT_TRANSLATE_NOOP("Audit", "A date that has not come yet is a mistake an agent notices at once."),
            QT_TRANSLATE_NOOP("Audit", "Correct the date.")),
            what=f"“{name}”" if name else _FIELD_NAMES.get(where, where), when=_human(value))

    spans = r.job_spans()
    full = [s for s in spans if s.full_time]
    # -- overlapping full-time jobs
    for i, a in enumerate(full):
        for b in full[i + 1:]:
            lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
            if hi - lo + 1 > r.th.overlap_months:
                year = lo // 12
                r.add("timeline.overlap", "explain", (f"{a.where}.start", f"{a.where}.end", f"{b.where}.start",
                                                       f"{b.where}.end"), _t(
                    QT_TRANSLATE_NOOP("Audit", "Two full-time jobs overlap for {months} months from {from_}: {a} and "
                                               "{b}."),
                    QT_TRANSLATE_NOOP("Audit", "The agent may ask how you held two full-time jobs at once."),
                    QT_TRANSLATE_NOOP("Audit", "If one was part-time or freelance, say so in its title or "
                                               "description; otherwise be ready to explain.")),
                    question=f"Your profile shows two full-time jobs in {year}, at {a.name} and {b.name}. "
                             "Can you tell me about that?",
                    points=("Which one was your main job", "How long they overlapped, and why",
                            "How you found the time for both"),
                    months=hi - lo + 1, from_=_month_name(lo), a=a.name, b=b.name)
    # -- gaps
    covered: list[tuple[int, int]] = [(s.lo, s.hi) for s in spans]
    for e in p.education:
        lo, hi = _lo(e.start), _hi(e.end)
        if hi is not None:
            covered.append((lo if lo is not None else hi - 11, hi))
    for x in p.portfolio:
        lo, hi = _lo(x.start or x.completed or x.end), _hi(x.end or x.completed or x.start)
        if lo is not None and hi is not None:
            covered.append((lo, hi))
    for j in p.platform_jobs:
        lo, hi = _lo(j.start), _hi(j.end) if j.end else (_hi(j.start))
        if lo is not None and hi is not None:
            covered.append((lo, max(lo, hi)))
    if (ms := _lo(p.platform.member_since)) is not None and (p.platform_jobs or p.platform.total_jobs):
        covered.append((ms, r.now))  # freelancing on the platform since joining
    if spans:
        start = min(s.lo for s in spans)
        covered.sort()
        at = start
        for lo, hi in covered:
            if hi < at:
                continue
            if lo - at > r.th.gap_months:
                _gap(r, at, lo)
            at = max(at, hi + 1)
        if r.now - at + 1 > r.th.gap_months and at <= r.now:
            _gap(r, at, None)
    # -- too young
    for s in spans:
        i = int(s.where[11:-1])
        e = p.employment[i]
        age = _age_at(p.identity.date_of_birth, _lo(e.start) or s.lo)
        if age is not None and age < r.th.min_work_age:
            r.add("timeline.too_young", "explain", (f"{s.where}.start", "identity.date_of_birth"), _t(
                QT_TRANSLATE_NOOP("Audit", "You started at {company} in {start}, at the age of {age}."),
                QT_TRANSLATE_NOOP("Audit", "A job before the age of {min_age} is unusual; the agent may ask about it, "
                                           "or suspect the date of birth."),
                QT_TRANSLATE_NOOP("Audit", "Check the start date and your date of birth; if both are right, be ready "
                                           "to explain.")),
                question=f"Your profile shows you started at {s.name} in {_human(e.start)}. How old were you then?",
                points=("Your age at the time", "What the work was", "Why it is on your profile"),
                company=s.name, start=_human(e.start), age=age, min_age=r.th.min_work_age)
    # -- studies that end after a full-time job began
    if full:
        first = min(full, key=lambda s: s.lo)
        for i, ed in enumerate(p.education):
            hi = _lo(ed.end)
            if hi is not None and hi - first.lo > r.th.study_overlap_months and (_hi(ed.start) or 0) < first.lo:
                r.add("timeline.study_while_working", "note", (f"education[{i}].end", f"{first.where}.start"), _t(
                    QT_TRANSLATE_NOOP("Audit", "Your studies at {school} end in {end}, after you started full-time at "
                                               "{company} in {start}."),
                    QT_TRANSLATE_NOOP("Audit", "Many people study while they work; the agent may ask how you did "
                                               "both."),
                    QT_TRANSLATE_NOOP("Audit", "Be ready to say how you combined them (evenings, part-time "
                                               "study…).")),
                    school=ed.school, end=_human(ed.end), company=first.name,
                    start=_human(p.employment[int(first.where[11:-1])].start))
    # -- work attributed to an employer, dated outside the tenure
    employers = [(_cfold(e.company), _cfold(e.local_name), i, e) for i, e in enumerate(p.employment)]
    slack = r.th.tenure_slack_months
    items = [(f"portfolio[{i}]", x.title, x.client, x.start or x.completed, x.completed or x.end or x.start,
              "completed" if x.completed else "start") for i, x in enumerate(p.portfolio)]
    items += [(f"platform_jobs[{i}]", j.title, j.client, j.start, j.end or j.start, "start")
              for i, j in enumerate(p.platform_jobs)]
    for where, title, client, first_d, last_d, attr in items:
        c = _cfold(client)
        w_lo, w_hi = _hi(first_d), _lo(last_d)
        if not c or w_lo is None or w_hi is None:
            continue
        mine = [(i, e) for name, local, i, e in employers if c == name or (local and c == local)]
        tenures = [(i, e, _lo(e.start), r.now if e.current or not e.end else _hi(e.end)) for i, e in mine]
        tenures = [(i, e, lo, hi) for i, e, lo, hi in tenures if lo is not None and hi is not None]
        if not tenures or any(not (w_hi < lo - slack or w_lo > hi + slack) for _, _, lo, hi in tenures):
            continue
        i, e, _, _ = tenures[0]
        r.add("timeline.outside_tenure", "explain", (f"{where}.{attr}", f"employment[{i}].start",
                                                      f"employment[{i}].end"), _t(
            QT_TRANSLATE_NOOP("Audit", "“{title}” for {company} is dated {when}, outside your time there "
                                       "({tenure})."),
            QT_TRANSLATE_NOOP("Audit", "The agent may ask how you worked for a company before you joined or "
                                       "after you left."),
            QT_TRANSLATE_NOOP("Audit", "Check the dates; if they are right (a contract after you left), be "
                                       "ready to explain.")),
            question=f"You did “{title}” for {e.company} in {_human(last_d)}, but your profile shows you worked "
                     "there at another time. How did that happen?",
            points=("When you really did the work", "Whether you were an employee then or worked on your own",
                    "How it fits your time at the company"),
            title=title, company=e.company, when=_human(last_d),
            tenure=f"{_human(e.start)} – {_human(e.end) if e.end and not e.current else 'now'}")
    # -- "member since" after the first platform job
    ms_hi = _lo(p.platform.member_since)
    starts = [(j, i, _hi(j.start)) for i, j in enumerate(p.platform_jobs) if j.start]
    if ms_hi is not None and starts:
        j, i, first_job = min(starts, key=lambda t: t[2] or 0)
        if first_job is not None and first_job < ms_hi:
            r.add("timeline.member_since", "fix", ("platform.member_since", f"platform_jobs[{i}].start"), _t(
                QT_TRANSLATE_NOOP("Audit", "You joined {platform} in {since}, but your job “{title}” there started in "
                                           "{start}."),
                QT_TRANSLATE_NOOP("Audit", "No one works on a platform before joining it; the agent sees the real "
                                           "date."),
                QT_TRANSLATE_NOOP("Audit", "Correct “Member since” or the job's start date.")),
                platform=p.platform.platform or "the platform", since=_human(p.platform.member_since), title=j.title,
                start=_human(j.start))


def _cfold(name: str) -> str:
    """A company name without case, accents or extra spaces; punctuation kept ("Pereira S/A" is not
    "Pereira S.A.")."""
    text = unicodedata.normalize("NFKD", name)
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).casefold().split())


_FIELD_NAMES = {"identity.date_of_birth": "Your date of birth", "platform.member_since": "“Member since”"}


def _gap(r: _Run, start: int, end: int | None) -> None:
    months = (end if end is not None else r.now + 1) - start
    before = [s for s in r.job_spans() if s.hi < start]
    after = [s for s in r.job_spans() if end is not None and s.lo >= end]
    fields = tuple([f"{max(before, key=lambda s: s.hi).where}.end"] if before else []) + tuple(
        [f"{min(after, key=lambda s: s.lo).where}.start"] if after else [])
    if end is None:
        r.add("timeline.gap", "explain", fields, _t(
            QT_TRANSLATE_NOOP("Audit", "Your profile shows no work since {from_} ({months} months)."),
            QT_TRANSLATE_NOOP("Audit", "The agent may ask what you do now."),
            QT_TRANSLATE_NOOP("Audit", "Add what you have done since (freelance work, studies), or be ready to say.")),
            question=f"Your profile shows no work since {_month_name(start - 1)}. What have you been doing since then?",
            points=("What you have done since (study, family, freelance work, a break)", "What you do now",
                    "Said plainly, without hesitation"),
            from_=_month_name(start - 1), months=months)
        return
    r.add("timeline.gap", "explain", fields, _t(
        QT_TRANSLATE_NOOP("Audit", "There is a gap of {months} months in your work history, from {from_} to {to}."),
        QT_TRANSLATE_NOOP("Audit", "Gaps are normal, but the agent may ask what you did then, and a hesitant answer "
                                   "sounds like a made-up history."),
        QT_TRANSLATE_NOOP("Audit", "Be ready to say what you did in that time.")),
        question=f"I see a gap in your work history between {_month_name(start - 1)} and {_month_name(end)}. "
                 "What were you doing then?",
        points=("What you did in that time (study, family, freelance work, a break)", "When you started working again",
                "Said plainly, without hesitation"),
        months=months, from_=_month_name(start - 1), to=_month_name(end))


# ----------------------------------------------------------------------------------------------- numbers
def _money(amount: float, currency: str) -> str:
    text = f"{amount:,.0f}" if float(amount).is_integer() or amount >= 100 else f"{amount:,.2f}"
    return f"{text} {currency}"


def _numbers(r: _Run) -> None:
    pl, jobs = r.p.platform, r.p.platform_jobs
    name = pl.platform or "the platform"
    if pl.total_jobs is not None and pl.total_jobs < len(jobs):
        r.add("numbers.total_jobs", "fix", ("platform.total_jobs",), _t(
            QT_TRANSLATE_NOOP("Audit", "Your profile says {total} jobs in all, but your work history lists {listed}."),
            QT_TRANSLATE_NOOP("Audit", "The total can never be smaller than the jobs listed; the agent sees the real "
                                       "numbers."),
            QT_TRANSLATE_NOOP("Audit", "Copy the total jobs from your {platform} profile.")),
            total=pl.total_jobs, listed=len(jobs), platform=name)
    if pl.total_earnings is not None:
        fixed = [j.budget for j in jobs if j.budget is not None and j.currency == pl.currency]
        listed = sum(b for b in fixed if b is not None)
        if fixed and listed > pl.total_earnings * (1 + r.th.earnings_tolerance):
            r.add("numbers.earnings", "fix", ("platform.total_earnings",), _t(
                QT_TRANSLATE_NOOP("Audit", "Your total earnings are {total}, but the fixed-price jobs listed add up to "
                                           "{listed}."),
                QT_TRANSLATE_NOOP("Audit", "The jobs listed cannot have earned more than the total; the agent sees "
                                           "your real earnings."),
                QT_TRANSLATE_NOOP("Audit", "Copy the total earnings from your {platform} profile, and check the "
                                           "prices of the jobs.")),
                total=_money(pl.total_earnings, pl.currency), listed=_money(listed, pl.currency), platform=name)
        elif pl.total_earnings > 0 and pl.total_jobs == 0:
            r.add("numbers.earnings", "fix", ("platform.total_earnings", "platform.total_jobs"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your profile shows {total} earned but no jobs."),
                QT_TRANSLATE_NOOP("Audit", "Earnings come from jobs; one of the two numbers is wrong."),
                QT_TRANSLATE_NOOP("Audit", "Copy both numbers from your {platform} profile.")),
                total=_money(pl.total_earnings, pl.currency), platform=name)
    if pl.job_success is not None:
        n = pl.total_jobs if pl.total_jobs is not None else len(jobs)
        if n == 0:
            r.add("numbers.job_success", "fix", ("platform.job_success", "platform.total_jobs"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your profile shows a Job Success Score of {score} % but no jobs."),
                QT_TRANSLATE_NOOP("Audit", "The score is computed from finished jobs; without any there is none."),
                QT_TRANSLATE_NOOP("Audit", "Remove the score, or add the jobs.")),
                score=pl.job_success)
        elif n < r.th.min_jobs_for_job_success:
            r.add("numbers.job_success", "explain", ("platform.job_success", "platform.total_jobs"), _t(
                QT_TRANSLATE_NOOP("Audit", "Your profile shows a Job Success Score of {score} % after only {jobs} "
                                           "jobs."),
                QT_TRANSLATE_NOOP("Audit", "{platform} shows a score only after several finished jobs; the agent may "
                                           "ask about your track record."),
                QT_TRANSLATE_NOOP("Audit", "Check both numbers on your {platform} profile.")),
                question=f"How many jobs have you finished on {name} so far, and how did they go?",
                points=(f"The number of jobs you finished ({n})", "Your most recent job and its client",
                        "How the clients rated you"),
                score=pl.job_success, jobs=n, platform=name)
    if pl.hourly_rate:
        hourly = sorted(((j, i) for i, j in enumerate(jobs) if j.rate and j.currency == pl.currency),
                        key=lambda t: dates.sort_key(t[0].start), reverse=True)[: r.th.recent_hourly_jobs]
        if len(hourly) >= 2:
            median = statistics.median(j.rate or 0 for j, _ in hourly)
            ratio = pl.hourly_rate / median if median else 1.0
            if ratio > r.th.rate_ratio or ratio < 1 / r.th.rate_ratio:
                rate_t = _money(pl.hourly_rate, pl.currency) + "/h"
                med_t = _money(median, pl.currency) + "/h"
                r.add("numbers.rate", "explain", ("platform.hourly_rate",) + tuple(f"platform_jobs[{i}].rate"
                                                                               for _, i in hourly), _t(
                    QT_TRANSLATE_NOOP("Audit", "Your hourly rate is {rate}, but your recent hourly jobs paid about "
                                               "{median}."),
                    QT_TRANSLATE_NOOP("Audit", "The agent may ask how you set your rate; a rate far from what clients "
                                               "paid needs a reason."),
                    QT_TRANSLATE_NOOP("Audit", "Be ready to say why your rate changed, and since when.")),
                    question=f"Your rate is {rate_t}, but your recent jobs paid about {med_t}. Why the difference?",
                    points=("Why your rate changed", "When you changed it", "What your recent clients paid for"),
                    rate=rate_t, median=med_t)


# ----------------------------------------------------------------------------------------------- claims
def _claims(r: _Run) -> None:
    p, pl = r.p, r.p.platform
    corpus_parts = [" ".join(x.skills) + " " + x.title + " " + x.description + " " + x.role for x in p.portfolio]
    corpus_parts += [f"{e.title} {e.description}" for e in p.employment]
    corpus_parts += [j.title for j in p.platform_jobs]
    corpus_parts += [c.name for c in p.certifications]
    corpus = " " + world.fold(" ".join(corpus_parts)) + " "
    project_skills = {world.fold(s) for x in p.portfolio for s in x.skills}
    unused = []
    for i, skill in enumerate(pl.skills):
        k = world.fold(skill)
        if not k or k in project_skills or f" {k} " in corpus:
            continue
        unused.append((i, skill))
    if unused and (p.portfolio or p.employment or p.platform_jobs):
        named = [s for _, s in unused[: r.th.unused_skills_named]]
        more = len(unused) - len(named)
        r.add("claims.unused_skills", "note", ("platform.skills",), _t(
            QT_TRANSLATE_NOOP("Audit", "{count} of your skills appear in no project or job: {skills}."),
            QT_TRANSLATE_NOOP("Audit", "The agent may pick a skill from your profile and ask where you used it."),
            QT_TRANSLATE_NOOP("Audit", "Have one real example ready for each, or add it to a project.")),
            count=len(unused), skills=", ".join(named) + (f" (+{more})" if more > 0 else ""))
    level = world.fold(pl.english_level)
    english = next((lang for lang in pl.languages if world.fold(lang.name) == "english"), None)
    native = level.startswith("native") or (english is not None and world.fold(english.proficiency).startswith("native"))
    if native:
        countries = {c for c in (world.country_code(p.identity.nationality) if p.identity.nationality else None,
                                 r.home_country()) if c}
        if countries and not (countries & world.ENGLISH_SPEAKING):
            r.add("claims.native_english", "note", ("platform.english_level",), _t(
                QT_TRANSLATE_NOOP("Audit", "Your English level is “Native or Bilingual”."),
                QT_TRANSLATE_NOOP("Audit", "The call is in English, so the agent hears your English for themselves. "
                                           "Many people are truly bilingual; it helps when the level on the profile "
                                           "matches what the agent hears."),
                QT_TRANSLATE_NOOP("Audit", "Rehearse your answers aloud (practice with “Answer aloud”, and the mock "
                                           "call).")))
    title = world.fold(pl.title)
    words = set(title.split())
    claims = [(w, y) for w, y in r.th.seniority_years.items() if w in words]
    if claims:
        word, years_needed = max(claims, key=lambda t: t[1])
        spans = sorted((s.lo, s.hi) for s in r.job_spans())
        months, at = 0, -1
        for lo, hi in spans:
            lo = max(lo, at + 1)
            if hi >= lo:
                months += hi - lo + 1
                at = hi
        if (ms := _lo(pl.member_since)) is not None:
            months = max(months, r.now - ms + 1) if not spans else months
        years = months // 12
        if years < years_needed:
            r.add("claims.seniority", "explain", ("platform.title",), _t(
                QT_TRANSLATE_NOOP("Audit", "Your title says “{word}”, but your history shows {years} years of "
                                           "experience."),
                QT_TRANSLATE_NOOP("Audit", "A {word} title usually means {needed} years or more; the agent may ask "
                                           "what makes you one."),
                QT_TRANSLATE_NOOP("Audit", "Add the experience your profile leaves out, or be ready with examples.")),
                question=f"Your title says {word}. Can you tell me about your experience?",
                points=("Your years of experience, as on your profile", "What you led or owned",
                        "One concrete example"),
                word=word, years=years, needed=years_needed)

