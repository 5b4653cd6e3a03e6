"""JSON Resume (https://jsonresume.org/schema) → Profile, including pre-1.0 key names.

What maps where is documented in ``docs/importing.md``. Fields that our profile has and JSON Resume
lacks (hourly rate, date of birth, platform...) come from the extension object ``"x-verify-coach"``
at the top level (or under ``meta``).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..profile import (
    Certification,
    Education,
    Employment,
    Language,
    PlatformJob,
    PortfolioProject,
    Profile,
    ProfileError,
    read_text_file,
)
from . import limits
from .base import (
    Collector,
    DateProblem,
    EntryError,
    ImportResult,
    assign,
    build,
    check_span,
    clean_text,
    dedupe,
    is_present,
    json_type,
    limited,
    one_line,
    parse_date,
    parse_json,
)
from .countries import country_name, split_place

EXTENSION_KEY = "x-verify-coach"
#: Top-level keys of a JSON Resume; one of them (besides ``meta``) marks a document as JSON Resume.
SECTIONS = (
    "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
    "skills", "languages", "interests", "references", "projects",
)  # fmt: skip
#: Sections that verify_coach does not keep (volunteering is not part of the employment timeline).
IGNORED_SECTIONS = ("volunteer", "awards", "publications", "interests", "references")


def looks_like_jsonresume(doc: Any) -> bool:
    """A JSON object with at least one JSON Resume section, or a ``$schema`` naming JSON Resume."""
    if not isinstance(doc, dict):
        return False
    schema = doc.get("$schema")
    return any(k in doc for k in (*SECTIONS, EXTENSION_KEY)) or (isinstance(schema, str) and "resume" in schema)


def import_jsonresume(path: str | os.PathLike[str], *, strict: bool = False) -> ImportResult:
    """Read a JSON Resume file. Bad entries are skipped with a warning (``strict``: ProfileError)."""
    p = Path(path)
    text = read_text_file(p, limit=limits.MAX_TEXT_BYTES)
    return from_document(parse_json(text, str(p)), source=str(p), strict=strict)


def from_document(doc: Any, *, source: str = "JSON Resume", strict: bool = False) -> ImportResult:
    """A parsed JSON Resume document → ImportResult."""
    if not isinstance(doc, dict):
        raise ProfileError(f"a JSON Resume is a JSON object, not {json_type(doc)}", source=source)
    if not looks_like_jsonresume(doc):
        raise ProfileError("not a JSON Resume: it has none of basics, work, education, skills...", source=source)
    reader = _Reader(Collector(source, strict=strict))
    return reader.read(doc)


# -- reading values: each raises EntryError naming the field -----------------------------------


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, Any]:
    for key in keys:
        if obj.get(key) is not None:
            return key, obj[key]
    return keys[0], None


def _text(obj: dict[str, Any], where: str, *keys: str, multiline: bool = False, numbers: bool = False) -> str:
    """The first of ``keys`` that is set, as text. ``numbers``: a number is fine too (a phone number)."""
    key, value = _first(obj, keys)
    return _as_text(value, f"{where}.{key}", multiline=multiline, numbers=numbers)


def _as_text(value: Any, where: str, *, multiline: bool = False, numbers: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value) if multiline else one_line(value)
    if numbers and isinstance(value, (int, float)) and not isinstance(value, bool) and (
            isinstance(value, int) or math.isfinite(value)):  # an int is finite; one past 1e308 is no float
        return str(value)
    raise EntryError(f"expected text, found {json_type(value)}", where)


def _texts(obj: dict[str, Any], where: str, key: str) -> list[str]:
    return _as_texts(obj.get(key), f"{where}.{key}")


def _as_texts(value: Any, where: str) -> list[str]:
    """A list of text (a single text is a list of one)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [one_line(value)] if value.strip() else []
    if not isinstance(value, list):
        raise EntryError(f"expected a list of text, found {json_type(value)}", where)
    out = [_as_text(item, f"{where}[{i}]", numbers=True) for i, item in enumerate(value)]
    return [t for t in out if t]


def _date(obj: dict[str, Any], where: str, *keys: str) -> str | None:
    key, value = _first(obj, keys)
    return _as_date(value, f"{where}.{key}")


def _as_date(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise EntryError(f"a date must be text such as 2019-03, not {json_type(value)}", where)
    try:
        return parse_date(value)
    except DateProblem as exc:
        raise EntryError(str(exc), where) from None


def _end(obj: dict[str, Any], where: str, *keys: str) -> tuple[str | None, bool]:
    """(end date, still going on): no end date, or ``Present``, means it is current."""
    key, value = _first(obj, keys)
    if isinstance(value, str) and is_present(value):
        return None, True
    end = _date(obj, where, *keys)
    return end, end is None


def _number(value: Any, where: str, *, low: float = 0, high: float = 1e12, whole: bool = False) -> float:
    if isinstance(value, str):
        cleaned = value.strip().replace(",", "").lstrip("$€£").removesuffix("/hr").strip()
        try:
            value = float(cleaned)
        except ValueError:
            raise EntryError(f"expected a number, found {value!r}", where) from None
    if isinstance(value, float) and not math.isfinite(value):
        shown = "NaN (not a number)" if math.isnan(value) else ("-Infinity" if value < 0 else "Infinity")
        raise EntryError(f"expected a finite number, found {shown}", where)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise EntryError(f"expected a number, found {json_type(value)}", where)
    if not low <= value <= high:
        raise EntryError(f"{value} is out of range ({low:g} to {high:g})", where)
    if whole and value != int(value):
        raise EntryError(f"expected a whole number, found {value}", where)
    return int(value) if whole else float(value)


def _description(summary: str, highlights: list[str]) -> str:
    return "\n".join([summary, *(f"- {h}" for h in highlights)] if summary else [f"- {h}" for h in highlights])


def _entries(doc: dict[str, Any], key: str, col: Collector) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(where, entry)`` for each object in the list ``doc[key]``; anything else is skipped (in order)."""
    value = doc.get(key)
    if value is None:
        return
    if not isinstance(value, list):
        col.skip(key, f"expected a list of entries, found {json_type(value)}")
        return
    for i, item in enumerate(limited(value, key, col)):
        where = f"{key}[{i}]"
        if isinstance(item, dict):
            yield where, item
        elif item is not None:
            col.skip(where, f"expected an object, found {json_type(item)}")


class _Reader:
    def __init__(self, col: Collector):
        self.col = col
        self.profile = Profile()

    def read(self, doc: dict[str, Any]) -> ImportResult:
        self._basics(doc)
        self._work(doc)
        self._education(doc)
        self._certificates(doc)
        self._projects(doc)
        self._skills(doc)
        self._languages(doc)
        self._extension(doc)
        for key in IGNORED_SECTIONS:
            value = doc.get(key)
            if isinstance(value, list) and value:
                entries = "1 entry" if len(value) == 1 else f"{len(value)} entries"
                self.col.note(key, f"{entries} not imported (verify_coach does not keep {key})")
        return self.col.result(self.profile, "jsonresume")

    def _try(self, where: str, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except EntryError as exc:
            self.col.skip_error(exc, where)
            return None

    # -- basics ---------------------------------------------------------------------------
    def _basics(self, doc: dict[str, Any]) -> None:
        basics = doc.get("basics")
        if basics is None:
            return
        if not isinstance(basics, dict):
            self.col.skip("basics", f"expected an object, found {json_type(basics)}")
            return
        ident, pl = self.profile.identity, self.profile.platform
        for target, attr, keys, numbers, multiline in (
            (ident, "full_name", ("name",), False, False),
            (pl, "title", ("label",), False, False),
            (pl, "overview", ("summary",), False, True),
            (ident, "email", ("email",), False, False),
            (ident, "phone", ("phone",), True, False),
        ):
            self._try("basics", self._set_text, basics, target, attr, keys, numbers, multiline)
        location = basics.get("location")
        if isinstance(location, str):
            for attr, value in split_place(one_line(location)).items():
                self._try("basics.location", assign, ident.address, attr, value, "basics.location")
        elif isinstance(location, dict):
            self._try("basics.location", self._address, location)
        elif location is not None:
            self.col.skip("basics.location", f"expected an object, found {json_type(location)}")

    def _set_text(self, obj: dict[str, Any], target: BaseModel, attr: str, keys: tuple[str, ...], numbers: bool, multiline: bool) -> None:
        value = _text(obj, "basics", *keys, numbers=numbers, multiline=multiline)
        if value:
            assign(target, attr, value, f"basics.{keys[0]}")

    def _address(self, loc: dict[str, Any]) -> None:
        where = "basics.location"
        address = self.profile.identity.address
        city = _text(loc, where, "city")
        street_lines = [one_line(line) for line in _text(loc, where, "address", multiline=True).split("\n")]
        name_words = set(self.profile.identity.full_name.casefold().split())
        # a multi-line postal address may repeat the person's name and the city line: keep the street
        street_lines = [line for line in street_lines if line and not set(line.casefold().split()) <= name_words]
        if city and len(street_lines) > 1 and city.casefold() in street_lines[-1].casefold():
            street_lines.pop()  # "Mountain View, CA 94035": already in city, region and postal code
        country = country_name(_text(loc, where, "countryCode", "country"))
        region = _text(loc, where, "region")
        values = {
            "street": ", ".join(street_lines),
            "city": city,
            "region": "" if region.casefold() == country.casefold() else region,
            "postal_code": _text(loc, where, "postalCode", numbers=True),
            "country": country,
        }
        for attr, value in values.items():
            assign(address, attr, value, where)

    # -- lists ----------------------------------------------------------------------------
    def _work(self, doc: dict[str, Any]) -> None:
        for where, item in _entries(doc, "work", self.col):
            job = self._try(where, self._job, item, where)
            if job is not None:
                self.profile.employment.append(job)

    def _job(self, item: dict[str, Any], where: str) -> Employment:
        company = _text(item, where, "name", "company")
        if not company:
            raise EntryError("no company name (name)", where)
        location = item.get("location")
        if isinstance(location, dict):
            loc_text = ", ".join(p for p in (_text(location, f"{where}.location", k) for k in ("city", "region", "countryCode")) if p)
        else:
            loc_text = _text(item, where, "location")
        end, current = _end(item, where, "endDate", "end")
        summary = _text(item, where, "summary", multiline=True)
        highlights = _texts(item, where, "highlights")
        if not summary and not highlights:
            summary = _text(item, where, "description", multiline=True)
        job = build(
            Employment, where, company=company, title=_text(item, where, "position", "title"), location=loc_text,
            start=_date(item, where, "startDate", "start"), end=end, current=current,
            description=_description(summary, highlights),
        )  # fmt: skip
        check_span("employment", job, where)
        return job

    def _education(self, doc: dict[str, Any]) -> None:
        for where, item in _entries(doc, "education", self.col):
            entry = self._try(where, self._school, item, where)
            if entry is not None:
                self.profile.education.append(entry)

    def _school(self, item: dict[str, Any], where: str) -> Education:
        school = _text(item, where, "institution", "school")
        if not school:
            raise EntryError("no school name (institution)", where)
        entry = build(
            Education, where, school=school, degree=_text(item, where, "studyType", "degree"),
            field_of_study=_text(item, where, "area"), start=_date(item, where, "startDate", "start"),
            end=_date(item, where, "endDate", "end"),
        )  # fmt: skip
        check_span("education", entry, where)
        return entry

    def _certificates(self, doc: dict[str, Any]) -> None:
        for where, item in _entries(doc, "certificates", self.col):
            entry = self._try(where, self._certificate, item, where)
            if entry is not None:
                self.profile.certifications.append(entry)

    def _certificate(self, item: dict[str, Any], where: str) -> Certification:
        name = _text(item, where, "name", "title")
        if not name:
            raise EntryError("no certificate name (name)", where)
        return build(
            Certification, where, name=name, issuer=_text(item, where, "issuer", "authority"),
            date=_date(item, where, "date", "startDate"),
        )  # fmt: skip

    def _projects(self, doc: dict[str, Any]) -> None:
        for where, item in _entries(doc, "projects", self.col):
            entry = self._try(where, self._project, item, where)
            if entry is not None:
                self.profile.portfolio.append(entry)

    def _project(self, item: dict[str, Any], where: str) -> PortfolioProject:
        title = _text(item, where, "name", "title")
        if not title:
            raise EntryError("no project name (name)", where)
        description = _description(_text(item, where, "description", "summary", multiline=True), _texts(item, where, "highlights"))
        entry = build(
            PortfolioProject, where, title=title, role=", ".join(_texts(item, where, "roles")),
            client=_text(item, where, "entity"), start=_date(item, where, "startDate"), end=_date(item, where, "endDate"),
            skills=dedupe(_texts(item, where, "keywords")), description=description,
        )  # fmt: skip
        check_span("portfolio", entry, where)
        return entry

    def _skills(self, doc: dict[str, Any]) -> None:
        skills = doc.get("skills")
        if isinstance(skills, list):
            skills = [{"name": s} if isinstance(s, str) else s for s in skills]
        names: list[str] = []
        for where, item in _entries({"skills": skills}, "skills", self.col):
            found = self._try(where, lambda it=item, w=where: _skill_group(it, w))
            names.extend(found or [])
        self.profile.platform.skills = dedupe(names)[: limits.MAX_ENTRIES]

    def _languages(self, doc: dict[str, Any]) -> None:
        languages = doc.get("languages")
        if isinstance(languages, list):
            languages = [{"language": s} if isinstance(s, str) else s for s in languages]
        for where, item in _entries({"languages": languages}, "languages", self.col):
            lang = self._try(where, self._language, item, where)
            if lang is None:
                continue
            if lang.name.casefold() in {x.name.casefold() for x in self.profile.platform.languages}:
                continue
            self.profile.platform.languages.append(lang)
            if lang.name.casefold() == "english" and lang.proficiency and not self.profile.platform.english_level:
                self.profile.platform.english_level = lang.proficiency

    def _language(self, item: dict[str, Any], where: str) -> Language:
        name = _text(item, where, "language", "name")
        if not name:
            raise EntryError("no language name (language)", where)
        return build(Language, where, name=name, proficiency=_text(item, where, "fluency", "level"))

    # -- the extension --------------------------------------------------------------------
    def _extension(self, doc: dict[str, Any]) -> None:
        ext, where = doc.get(EXTENSION_KEY), EXTENSION_KEY
        meta = doc.get("meta")
        if ext is None and isinstance(meta, dict) and meta.get(EXTENSION_KEY) is not None:
            ext, where = meta[EXTENSION_KEY], f"meta.{EXTENSION_KEY}"
        if ext is None:
            return
        if not isinstance(ext, dict):
            self.col.skip(where, f"expected an object, found {json_type(ext)}")
            return
        for key, value in ext.items():
            if value is None:
                continue
            name = "".join(ch for ch in str(key).casefold() if ch.isalnum())
            handler = _EXTENSION_FIELDS.get(name)
            if handler is None and name != "platformjobs":
                self.col.note(f"{where}.{key}", "unknown key, ignored")
            elif name == "platformjobs":
                self._platform_jobs(value, f"{where}.{key}")
            else:
                self._try(f"{where}.{key}", self._ext_field, handler, value, f"{where}.{key}")

    def _ext_field(self, handler: tuple[str, str, str], value: Any, where: str) -> None:
        section, attr, kind = handler
        target: BaseModel = self.profile.identity if section == "identity" else self.profile.platform
        if kind == "text":
            parsed: Any = _as_text(value, where, numbers=True)
        elif kind == "texts":
            parsed = dedupe(_as_texts(value, where))
        elif kind == "date":
            parsed = _as_date(value, where)
        elif kind == "money":
            parsed = _number(value, where, high=100_000 if attr == "hourly_rate" else 1e12)
        elif kind == "percent":
            parsed = _number(value.rstrip("%") if isinstance(value, str) else value, where, high=100, whole=True)
        else:  # count
            parsed = _number(value, where, high=1e9, whole=True)
        assign(target, attr, parsed, where)

    def _platform_jobs(self, value: Any, where: str) -> None:
        for item_where, item in _entries({where: value}, where, self.col):
            job = self._try(item_where, self._platform_job, item, item_where)
            if job is not None:
                self.profile.platform_jobs.append(job)

    def _platform_job(self, item: dict[str, Any], where: str) -> PlatformJob:
        title = _text(item, where, "title", "name")
        if not title:
            raise EntryError("no job title (title)", where)
        numbers: dict[str, Any] = {}
        for key, attr, high in (("rate", "rate", 100_000), ("budget", "budget", 1e12), ("rating", "rating", 5)):
            if item.get(key) is not None:
                numbers[attr] = _number(item[key], f"{where}.{key}", high=high)
        currency = _text(item, where, "currency") or self.profile.platform.currency
        job = build(
            PlatformJob, where, title=title, client=_text(item, where, "client"), start=_date(item, where, "startDate", "start"),
            end=_date(item, where, "endDate", "end"), currency=currency, **numbers,
        )  # fmt: skip
        check_span("platform_jobs", job, where)
        return job


#: Extension keys (compared without case, ``-`` or ``_``) → (section, field, kind).
_EXTENSION_FIELDS: dict[str, tuple[str, str, str]] = {
    "platform": ("platform", "platform", "text"),
    "hourlyrate": ("platform", "hourly_rate", "money"),
    "currency": ("platform", "currency", "text"),
    "membersince": ("platform", "member_since", "date"),
    "location": ("platform", "location", "text"),
    "timezone": ("platform", "time_zone", "text"),
    "englishlevel": ("platform", "english_level", "text"),
    "categories": ("platform", "categories", "texts"),
    "paymentmethods": ("platform", "payment_methods", "texts"),
    "totaljobs": ("platform", "total_jobs", "count"),
    "totalearnings": ("platform", "total_earnings", "money"),
    "jobsuccess": ("platform", "job_success", "percent"),
    "dateofbirth": ("identity", "date_of_birth", "date"),
    "birthdate": ("identity", "date_of_birth", "date"),
    "nationality": ("identity", "nationality", "text"),
    "iddocumenttype": ("identity", "id_document_type", "text"),
    "iddocument": ("identity", "id_document_type", "text"),
    "idtype": ("identity", "id_document_type", "text"),
}


def _skill_group(item: Any, where: str) -> list[str]:
    """A skill group's skills: its keywords when it has some (then its ``name``, "Backend", is a category,
    not a skill), else its name (a group of one: ``{"name": "Python"}``)."""
    keywords = _texts(item, where, "keywords")
    if keywords:
        return list(keywords)
    name = _text(item, where, "name")
    return [name] if name else []
