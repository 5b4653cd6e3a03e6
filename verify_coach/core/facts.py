"""Profile -> atomic key facts, each with a stable key.

A fact's key is derived from the entry it belongs to (its identity, e.g. company and title), the
attribute and the value. So editing one job does not change the keys of the other jobs' facts, an
unchanged fact keeps its key (and with it its history), and a changed value starts a new history.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from . import dates
from .categories import CATEGORIES  # noqa: F401  (re-exported)
from .profile import Profile

KINDS = ("date", "money", "number", "name", "text", "list")


@dataclass(frozen=True)
class Fact:
    key: str
    category: str
    label: str
    value: str
    kind: str
    entity: str  # e.g. "employment:3fa9c1" or "identity"
    attribute: str  # e.g. "start", "company", "hourly_rate"
    subject: str = ""  # the entry as a person names it: "Brightline Logistics", "Parcel Radar"
    derived: bool = False
    when: str | None = None  # a date that places the entry on the timeline (start or completion)
    related: tuple[str, ...] = field(default_factory=tuple)  # entities this fact links (cross facts)
    aliases: tuple[str, ...] = field(default_factory=tuple)  # other forms that are the same value ("浙江大学")

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "category": self.category, "label": self.label, "value": self.value, "kind": self.kind}


def _h(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(p.strip().casefold() for p in parts).encode("utf-8")).hexdigest()[:10]


def money(amount: float, currency: str, per_hour: bool = False) -> str:
    text = f"{amount:.2f}" if per_hour or amount != int(amount) else f"{int(amount)}"
    return f"{text} {currency}" + ("/hour" if per_hour else "")


class _Builder:
    def __init__(self) -> None:
        self.facts: list[Fact] = []
        self._seen: set[str] = set()

    def add(
        self,
        category: str,
        entity: str,
        attribute: str,
        label: str,
        value: str | None,
        kind: str,
        *,
        subject: str = "",
        derived: bool = False,
        when: str | None = None,
        related: tuple[str, ...] = (),
        basis: str | None = None,
        aliases: tuple[str, ...] = (),
    ) -> None:
        """Add a fact. ``basis`` replaces the value in the key for facts that change with today's date
        (the length of a current job): their key follows what they are computed from."""
        if value is None:
            return
        value = str(value).strip()
        if not value:
            return
        key = f"{category}.{attribute}.{_h(entity, attribute, basis if basis is not None else value)}"
        if key in self._seen:
            return
        self._seen.add(key)
        self.facts.append(
            Fact(key, category, label, value, kind, entity, attribute, subject, derived, when, related,
                 tuple(a.strip() for a in aliases if a and a.strip()))
        )


def _entity_ids(section: str, identities: list[tuple[str, ...]]) -> list[str]:
    """Stable ids for list entries: a hash of what identifies the entry, plus a counter for repeats."""
    counts: dict[str, int] = {}
    out = []
    for ident in identities:
        base = _h(section, *ident)
        n = counts.get(base, 0)
        counts[base] = n + 1
        out.append(f"{section}:{base}" + (f"-{n}" if n else ""))
    return out


def extract_facts(profile: Profile, *, today: date | None = None) -> list[Fact]:
    """All key facts of a profile, in a stable order (section by section, entry by entry)."""
    today = today or date.today()
    b = _Builder()
    ident = profile.identity
    # -- identity --------------------------------------------------------------------------
    b.add("identity", "identity", "full_name", "Your full name", ident.full_name, "name")
    b.add("identity", "identity", "date_of_birth", "Your date of birth", ident.date_of_birth, "date")
    a = ident.address
    b.add("identity", "identity", "street", "Your street address", a.street, "text")
    b.add("identity", "identity", "city", "The city you live in", a.city, "name")
    b.add("identity", "identity", "region", "Your state / province / region", a.region, "name")
    b.add("identity", "identity", "postal_code", "Your postal code", a.postal_code, "text")
    b.add("identity", "identity", "country", "The country you live in", a.country, "name")
    b.add("identity", "identity", "phone", "Your phone number", ident.phone, "text")
    b.add("identity", "identity", "email", "Your email address", ident.email, "text")
    b.add("identity", "identity", "nationality", "Your nationality", ident.nationality, "name")
    b.add("identity", "identity", "id_document_type", "The ID document you will show", ident.id_document_type, "text")

    # -- platform profile ------------------------------------------------------------------
    pl = profile.platform
    p = pl.platform or "the platform"
    if pl.hourly_rate is not None:
        b.add("rate", "platform", "hourly_rate", f"Your hourly rate on {p}", money(pl.hourly_rate, pl.currency, True), "money")
    b.add("platform", "platform", "title", f"Your profile title on {p}", pl.title, "text")
    b.add("platform", "platform", "member_since", f"When you joined {p}", pl.member_since, "date")
    b.add("platform", "platform", "location", f"The location shown on your {p} profile", pl.location, "name")
    b.add("platform", "platform", "time_zone", "Your time zone", pl.time_zone, "text")
    if pl.total_jobs is not None:
        b.add("platform", "platform", "total_jobs", f"Jobs completed on {p} (as shown)", str(pl.total_jobs), "number")
    if pl.total_earnings is not None:
        b.add("platform", "platform", "total_earnings", f"Total earnings on {p} (as shown)", money(pl.total_earnings, pl.currency), "money")
    if pl.job_success is not None:
        b.add("platform", "platform", "job_success", "Your Job Success Score (%)", str(pl.job_success), "number")
    if pl.payment_methods:
        b.add("platform", "platform", "payment_methods", "How you withdraw your earnings", "; ".join(pl.payment_method_names()), "list")
    if pl.categories:
        b.add("platform", "platform", "categories", f"Your categories on {p}", "; ".join(pl.categories), "list")

    # -- languages and skills --------------------------------------------------------------
    b.add("languages", "platform", "english_level", "Your English level on the profile", pl.english_level, "text")
    for lang in pl.languages:
        if lang.name.casefold() == "english" and pl.english_level:
            continue
        b.add("languages", f"language:{_h(lang.name)}", "proficiency", f"Your level of {lang.name}", lang.proficiency, "text", subject=lang.name)
    if pl.languages:
        b.add("languages", "platform", "languages", "The languages on your profile", "; ".join(lang.name for lang in pl.languages), "list")
    if pl.skills:
        b.add("skills", "platform", "top_skills", "The first skills listed on your profile", "; ".join(pl.skills[:5]), "list")
        b.add("skills", "platform", "skill_count", "How many skills your profile lists", str(len(pl.skills)), "number", derived=True)

    # -- employment ------------------------------------------------------------------------
    jobs = profile.employment
    ids = _entity_ids("employment", [(e.company, e.title) for e in jobs])
    for eid, e in zip(ids, jobs, strict=True):
        subj = e.company
        b.add("employment", eid, "company", f"The company where you were {e.title or 'employed'}" + (f" from {dates.human(e.start)}" if e.start else ""), e.company, "name", subject=subj, when=e.start, aliases=(e.local_name,))
        b.add("employment", eid, "title", f"Your job title at {subj}", e.title, "text", subject=subj, when=e.start)
        b.add("employment", eid, "start", f"When you started at {subj}", e.start, "date", subject=subj, when=e.start)
        if e.end and not e.current:
            b.add("employment", eid, "end", f"When you left {subj}", e.end, "date", subject=subj, when=e.start)
        b.add("employment", eid, "location", f"Where you worked for {subj}", e.location, "name", subject=subj, when=e.start)
        if e.start:
            months = dates.months_counted(e.start, None if e.current or not e.end else e.end, today)
            if months:
                ongoing = e.current or not e.end
                b.add("employment", eid, "duration_months", f"How many months you {'have worked' if ongoing else 'worked'} at {subj}", str(months), "number", subject=subj, derived=True, when=e.start, basis=f"{e.start}..{'now' if ongoing else e.end}")
    dated = sorted([(e, eid) for e, eid in zip(jobs, ids, strict=True) if e.start], key=lambda t: dates.sort_key(t[0].start))
    if dated:
        first, first_id = dated[0]
        b.add("employment", first_id, "first_employer", "Your first employer", first.company, "name", subject=first.company, derived=True, when=first.start, aliases=(first.local_name,))
        current = [(e, eid) for e, eid in dated if e.current or not e.end]
        if current:
            cur, cur_id = current[-1]
            b.add("employment", cur_id, "current_employer", "Where you work now", cur.company, "name", subject=cur.company, derived=True, when=cur.start, aliases=(cur.local_name,))
        last_end = None if current else max((e.end or "" for e, _ in dated), key=dates.sort_key)
        span = dates.months_counted(first.start or "", last_end, today)
        years = dates.years_said(span) if span else 0
        if years > 0:
            b.add("employment", "employment", "years_experience", "Your years of professional experience", str(years), "number", derived=True, basis=f"{first.start}..{'now' if current else last_end}")
        b.add("employment", "employment", "employer_count", "How many employers your profile lists", str(len(jobs)), "number", derived=True)

    # -- education -------------------------------------------------------------------------
    eids = _entity_ids("education", [(ed.school, ed.degree) for ed in profile.education])
    for eid, ed in zip(eids, profile.education, strict=True):
        s = ed.school
        b.add("education", eid, "school", f"Where you studied {ed.field_of_study or ed.degree or ''}".rstrip(), ed.school, "name", subject=s, when=ed.start or ed.end, aliases=(ed.local_name,))
        b.add("education", eid, "degree", f"Your degree from {s}", ed.degree, "text", subject=s, when=ed.start or ed.end)
        b.add("education", eid, "field_of_study", f"What you studied at {s}", ed.field_of_study, "text", subject=s, when=ed.start or ed.end)
        b.add("education", eid, "start", f"When you started at {s}", ed.start, "date", subject=s, when=ed.start or ed.end)
        b.add("education", eid, "end", f"When you finished at {s}", ed.end, "date", subject=s, when=ed.start or ed.end)

    # -- certifications --------------------------------------------------------------------
    cids = _entity_ids("certification", [(c.name,) for c in profile.certifications])
    for cid, c in zip(cids, profile.certifications, strict=True):
        b.add("certifications", cid, "issuer", f"Who issued your {c.name} certification", c.issuer, "name", subject=c.name, when=c.date)
        b.add("certifications", cid, "date", f"When you earned {c.name}", c.date, "date", subject=c.name, when=c.date)
    if profile.certifications:
        b.add("certifications", "certifications", "names", "Your certifications", "; ".join(c.name for c in profile.certifications), "list")

    # -- portfolio -------------------------------------------------------------------------
    pids = _entity_ids("portfolio", [(pr.title,) for pr in profile.portfolio])
    for pid, pr in zip(pids, profile.portfolio, strict=True):
        t = pr.title
        when = pr.completed or pr.end or pr.start
        b.add("portfolio", pid, "client", f"The client or company you built {t} for", pr.client, "name", subject=t, when=when)
        b.add("portfolio", pid, "role", f"Your role on {t}", pr.role, "text", subject=t, when=when)
        b.add("portfolio", pid, "completed", f"When you completed {t}", pr.completed, "date", subject=t, when=when)
        if not pr.completed:
            b.add("portfolio", pid, "start", f"When you started {t}", pr.start, "date", subject=t, when=when)
            b.add("portfolio", pid, "end", f"When you finished {t}", pr.end, "date", subject=t, when=when)
        if pr.skills:
            b.add("portfolio", pid, "skills", f"The skills you used on {t}", "; ".join(pr.skills), "list", subject=t, when=when)
        if when:
            employer = _employer_at(profile, ids, when)
            if employer:
                comp, emp_id = employer
                local = next((e.local_name for e, i in zip(jobs, ids, strict=True) if i == emp_id), "")
                b.add("portfolio", pid, "employer_at_time", f"Where you were working when you built {t}", comp, "name", subject=t, derived=True, when=when, related=(emp_id,), aliases=(local,))
    dated_projects = [(pr, pid) for pr, pid in zip(profile.portfolio, pids, strict=True) if pr.completed or pr.end or pr.start]
    if dated_projects:
        last, last_id = max(dated_projects, key=lambda t: dates.sort_key(t[0].completed or t[0].end or t[0].start))
        b.add("portfolio", last_id, "most_recent_project", "Your most recent portfolio project", last.title, "name", subject=last.title, derived=True, when=last.completed or last.end or last.start)

    # -- platform work history -------------------------------------------------------------
    jids = _entity_ids("platform_job", [(j.title, j.client) for j in profile.platform_jobs])
    for jid, j in zip(jids, profile.platform_jobs, strict=True):
        t = j.title
        b.add("platform", jid, "client", f"The client of your {p} job \u201c{t}\u201d", j.client, "name", subject=t, when=j.start)
        b.add("platform", jid, "start", f"When your {p} job \u201c{t}\u201d started", j.start, "date", subject=t, when=j.start)
        if j.rate is not None:
            b.add("platform", jid, "rate", f"Your rate on the {p} job \u201c{t}\u201d", money(j.rate, j.currency, True), "money", subject=t, when=j.start)
        elif j.budget is not None:
            b.add("platform", jid, "budget", f"The budget of the {p} job \u201c{t}\u201d", money(j.budget, j.currency), "money", subject=t, when=j.start)
        if j.rating is not None:
            b.add("platform", jid, "rating", f"The client's rating for \u201c{t}\u201d (stars)", _num(j.rating), "number", subject=t, when=j.start)
    if profile.platform_jobs:
        b.add("platform", "platform", "platform_job_count", f"How many jobs your {p} work history lists", str(len(profile.platform_jobs)), "number", derived=True)
    return b.facts


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _employer_at(profile: Profile, ids: list[str], when: str) -> tuple[str, str] | None:
    """The employer whose period contains ``when`` (at the precision both have)."""
    w = dates.PartialDate.parse(when)
    for e, eid in zip(profile.employment, ids, strict=True):
        if not e.start:
            continue
        s = dates.PartialDate.parse(e.start)
        end = dates.PartialDate.parse(e.end) if e.end and not e.current else None
        if w.month_index() >= s.month_index() and (end is None or w.month_index() <= end.month_index()):
            return e.company, eid
    return None


def spoken_value(value: str, kind: str) -> str:
    """A fact's value as a person says it: a date in words ("March 2021"), a list with commas; a date
    that cannot be read stays as stored. The one formatter the questions, feedback, reports and sheet use."""
    if kind == "date":
        try:
            return dates.human(value) or value
        except dates.PartialDateError:
            return value
    if kind == "list":
        return ", ".join(x.strip() for x in value.split(";") if x.strip())
    return value
