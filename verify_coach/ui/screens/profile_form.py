"""The profile editor's form model: which fields each section has, and form values <-> Profile.

The editor works on a *form document*: plain values exactly as the widgets show them (numbers and
dates as the text the user typed, lists of strings, language rows as ``[name, proficiency]``), so a
half-typed or wrong value never gets lost. :func:`validate` turns it into a :class:`Profile` with the
profile's own pydantic validation and :meth:`Profile.problems`, and returns every problem by its
where-path (``employment[0].end``, ``platform.hourly_rate``, ``identity.address.city``).

No widgets here: the specs and conversions are plain Python, tested without a window.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from ...core import dates
from ...core.profile import Profile
from ..i18n import QT_TRANSLATE_NOOP, fill
from ..widgets import format as fmt

CTX = "ProfileScreen"


def tr(text: str) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP("ProfileScreen", ...)``."""
    return QCoreApplication.translate(CTX, text)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form.

    ``kind``: text | multiline | date | number | int | bool | choice | csv | list | pairs | heading.
    ``label`` and ``hint`` (a line under the field) are the untranslated English text (translated when the
    form is built). ``note``: the field has room under it for a note the screen sets (``RecordForm.set_note``).
    """

    key: str
    label: str
    kind: str = "text"
    placeholder: str = ""
    choices: tuple[str, ...] = ()
    wide: bool = False
    columns: tuple[str, ...] = ()
    noun: str = ""
    hint: str = ""
    note: bool = False
    pair_keys: tuple[str, str] = ("name", "proficiency")  # a ``pairs`` row's two keys in the profile


def _h(label: str) -> FieldSpec:
    return FieldSpec("", label, "heading")


PLATFORMS = ("Upwork", "Fiverr", "Freelancer", "Toptal", "PeoplePerHour", "Guru", "Contra", "LinkedIn")
CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "CNY", "INR", "JPY", "CHF", "PLN", "UAH", "BRL", "PHP")
ENGLISH_LEVELS = (QT_TRANSLATE_NOOP("ProfileScreen", "Basic"), QT_TRANSLATE_NOOP("ProfileScreen", "Conversational"),
                  QT_TRANSLATE_NOOP("ProfileScreen", "Fluent"), QT_TRANSLATE_NOOP("ProfileScreen", "Native or Bilingual"))
PROFICIENCIES = ENGLISH_LEVELS
# the values stay in English in the profile (the call is in English); the editor shows them translated
ID_DOCUMENTS = (QT_TRANSLATE_NOOP("ProfileScreen", "Passport"), QT_TRANSLATE_NOOP("ProfileScreen", "National ID card"),
                QT_TRANSLATE_NOOP("ProfileScreen", "Driving licence"),
                QT_TRANSLATE_NOOP("ProfileScreen", "Residence permit"))

SPECS: dict[str, tuple[FieldSpec, ...]] = {
    "identity": (
        _h(QT_TRANSLATE_NOOP("ProfileScreen", "Person")),
        FieldSpec("full_name", QT_TRANSLATE_NOOP("ProfileScreen", "Full name")),
        FieldSpec("id_name", QT_TRANSLATE_NOOP("ProfileScreen", "Name on your ID"),
                  hint=QT_TRANSLATE_NOOP("ProfileScreen", "Exactly as printed on the ID you will show"), note=True),
        FieldSpec("date_of_birth", QT_TRANSLATE_NOOP("ProfileScreen", "Date of birth"), "date", "YYYY-MM-DD"),
        FieldSpec("nationality", QT_TRANSLATE_NOOP("ProfileScreen", "Nationality")),
        FieldSpec("id_document_type", QT_TRANSLATE_NOOP("ProfileScreen", "ID document"), "choice", choices=ID_DOCUMENTS),
        FieldSpec("phone", QT_TRANSLATE_NOOP("ProfileScreen", "Phone"), placeholder="+1 555 0100"),
        FieldSpec("email", QT_TRANSLATE_NOOP("ProfileScreen", "Email"), placeholder="name@example.com"),
        _h(QT_TRANSLATE_NOOP("ProfileScreen", "Address")),
        FieldSpec("address.street", QT_TRANSLATE_NOOP("ProfileScreen", "Street and number"), wide=True),
        FieldSpec("address.city", QT_TRANSLATE_NOOP("ProfileScreen", "City")),
        FieldSpec("address.region", QT_TRANSLATE_NOOP("ProfileScreen", "State / region")),
        FieldSpec("address.postal_code", QT_TRANSLATE_NOOP("ProfileScreen", "Postal code")),
        FieldSpec("address.country", QT_TRANSLATE_NOOP("ProfileScreen", "Country")),
    ),
    "platform": (
        _h(QT_TRANSLATE_NOOP("ProfileScreen", "Profile page")),
        FieldSpec("platform", QT_TRANSLATE_NOOP("ProfileScreen", "Platform"), "choice", choices=PLATFORMS),
        FieldSpec("member_since", QT_TRANSLATE_NOOP("ProfileScreen", "Member since"), "date", "YYYY-MM"),
        FieldSpec("title", QT_TRANSLATE_NOOP("ProfileScreen", "Profile title"), wide=True,
                  placeholder="Full-Stack Python Developer | Django & React"),
        FieldSpec("overview", QT_TRANSLATE_NOOP("ProfileScreen", "Overview"), "multiline", wide=True),
        FieldSpec("hourly_rate", QT_TRANSLATE_NOOP("ProfileScreen", "Hourly rate"), "number", "45.00"),
        FieldSpec("currency", QT_TRANSLATE_NOOP("ProfileScreen", "Currency"), "choice", choices=CURRENCIES),
        FieldSpec("location", QT_TRANSLATE_NOOP("ProfileScreen", "Location"), placeholder="City, Country"),
        FieldSpec("time_zone", QT_TRANSLATE_NOOP("ProfileScreen", "Time zone"), placeholder="UTC+08:00"),
        FieldSpec("english_level", QT_TRANSLATE_NOOP("ProfileScreen", "English level"), "choice",
                  choices=ENGLISH_LEVELS),
        _h(QT_TRANSLATE_NOOP("ProfileScreen", "Track record")),
        FieldSpec("total_jobs", QT_TRANSLATE_NOOP("ProfileScreen", "Total jobs"), "int", "14"),
        FieldSpec("total_earnings", QT_TRANSLATE_NOOP("ProfileScreen", "Total earnings"), "number", "38500"),
        FieldSpec("job_success", QT_TRANSLATE_NOOP("ProfileScreen", "Job success (%)"), "int", "96"),
        _h(QT_TRANSLATE_NOOP("ProfileScreen", "Languages and skills")),
        FieldSpec("languages", QT_TRANSLATE_NOOP("ProfileScreen", "Languages"), "pairs", wide=True,
                  columns=(QT_TRANSLATE_NOOP("ProfileScreen", "Language"),
                           QT_TRANSLATE_NOOP("ProfileScreen", "Proficiency")),
                  choices=PROFICIENCIES, noun=QT_TRANSLATE_NOOP("ProfileScreen", "language")),
        FieldSpec("skills", QT_TRANSLATE_NOOP("ProfileScreen", "Skills (in the order the profile shows them)"),
                  "list", wide=True, columns=(QT_TRANSLATE_NOOP("ProfileScreen", "Skill"),),
                  noun=QT_TRANSLATE_NOOP("ProfileScreen", "skill")),
        FieldSpec("categories", QT_TRANSLATE_NOOP("ProfileScreen", "Categories"), "list",
                  columns=(QT_TRANSLATE_NOOP("ProfileScreen", "Category"),),
                  noun=QT_TRANSLATE_NOOP("ProfileScreen", "category")),
        FieldSpec("payment_methods", QT_TRANSLATE_NOOP("ProfileScreen", "Payment methods"), "pairs", wide=True,
                  columns=(QT_TRANSLATE_NOOP("ProfileScreen", "Payment method"),
                           QT_TRANSLATE_NOOP("ProfileScreen", "Account holder (as the account shows it)")),
                  noun=QT_TRANSLATE_NOOP("ProfileScreen", "payment method"), pair_keys=("method", "holder")),
    ),
    "employment": (
        FieldSpec("company", QT_TRANSLATE_NOOP("ProfileScreen", "Company"), placeholder="Brightline Logistics"),
        FieldSpec("title", QT_TRANSLATE_NOOP("ProfileScreen", "Job title"), placeholder="Backend Developer"),
        FieldSpec("start", QT_TRANSLATE_NOOP("ProfileScreen", "Start"), "date", "YYYY-MM"),
        FieldSpec("end", QT_TRANSLATE_NOOP("ProfileScreen", "End"), "date", "YYYY-MM"),
        FieldSpec("location", QT_TRANSLATE_NOOP("ProfileScreen", "Location")),
        FieldSpec("local_name", QT_TRANSLATE_NOOP("ProfileScreen", "Name in another script"),
                  placeholder="杭州云波科技有限公司"),
        FieldSpec("current", QT_TRANSLATE_NOOP("ProfileScreen", "I still work here (no end date)"), "bool"),
        FieldSpec("description", QT_TRANSLATE_NOOP("ProfileScreen", "Description"), "multiline", wide=True),
    ),
    "education": (
        FieldSpec("school", QT_TRANSLATE_NOOP("ProfileScreen", "School"), wide=True),
        FieldSpec("local_name", QT_TRANSLATE_NOOP("ProfileScreen", "Name in another script"), placeholder="浙江大学"),
        FieldSpec("degree", QT_TRANSLATE_NOOP("ProfileScreen", "Degree"), placeholder="Bachelor's degree"),
        FieldSpec("field_of_study", QT_TRANSLATE_NOOP("ProfileScreen", "Field of study")),
        FieldSpec("start", QT_TRANSLATE_NOOP("ProfileScreen", "Start"), "date", "YYYY"),
        FieldSpec("end", QT_TRANSLATE_NOOP("ProfileScreen", "End"), "date", "YYYY"),
    ),
    "certifications": (
        FieldSpec("name", QT_TRANSLATE_NOOP("ProfileScreen", "Certificate"), wide=True),
        FieldSpec("issuer", QT_TRANSLATE_NOOP("ProfileScreen", "Issued by")),
        FieldSpec("date", QT_TRANSLATE_NOOP("ProfileScreen", "Date"), "date", "YYYY-MM"),
    ),
    "portfolio": (
        FieldSpec("title", QT_TRANSLATE_NOOP("ProfileScreen", "Project title"), wide=True),
        FieldSpec("role", QT_TRANSLATE_NOOP("ProfileScreen", "My role")),
        FieldSpec("client", QT_TRANSLATE_NOOP("ProfileScreen", "Client")),
        FieldSpec("start", QT_TRANSLATE_NOOP("ProfileScreen", "Start"), "date", "YYYY-MM"),
        FieldSpec("end", QT_TRANSLATE_NOOP("ProfileScreen", "End"), "date", "YYYY-MM"),
        FieldSpec("completed", QT_TRANSLATE_NOOP("ProfileScreen", "Completed"), "date", "YYYY-MM"),
        FieldSpec("skills", QT_TRANSLATE_NOOP("ProfileScreen", "Skills (separated by commas)"), "csv",
                  "Python, Django"),
        FieldSpec("description", QT_TRANSLATE_NOOP("ProfileScreen", "Description"), "multiline", wide=True),
    ),
    "platform_jobs": (
        FieldSpec("title", QT_TRANSLATE_NOOP("ProfileScreen", "Job title"), wide=True),
        FieldSpec("client", QT_TRANSLATE_NOOP("ProfileScreen", "Client")),
        FieldSpec("rating", QT_TRANSLATE_NOOP("ProfileScreen", "Client rating (0–5)"), "number", "4.9"),
        FieldSpec("start", QT_TRANSLATE_NOOP("ProfileScreen", "Start"), "date", "YYYY-MM"),
        FieldSpec("end", QT_TRANSLATE_NOOP("ProfileScreen", "End"), "date", "YYYY-MM"),
        FieldSpec("rate", QT_TRANSLATE_NOOP("ProfileScreen", "Hourly rate"), "number", "45.00"),
        FieldSpec("budget", QT_TRANSLATE_NOOP("ProfileScreen", "Fixed price"), "number", "1500"),
        FieldSpec("currency", QT_TRANSLATE_NOOP("ProfileScreen", "Currency"), "choice", choices=CURRENCIES),
    ),
}

SECTIONS = tuple(SPECS)
LIST_SECTIONS = ("employment", "education", "certifications", "portfolio", "platform_jobs")
SECTION_TITLES = {
    "identity": QT_TRANSLATE_NOOP("ProfileScreen", "Identity"),
    "platform": QT_TRANSLATE_NOOP("ProfileScreen", "Platform profile"),
    "employment": QT_TRANSLATE_NOOP("ProfileScreen", "Employment"),
    "education": QT_TRANSLATE_NOOP("ProfileScreen", "Education"),
    "certifications": QT_TRANSLATE_NOOP("ProfileScreen", "Certifications"),
    "portfolio": QT_TRANSLATE_NOOP("ProfileScreen", "Portfolio"),
    "platform_jobs": QT_TRANSLATE_NOOP("ProfileScreen", "Work history"),
}
#: The field that names an entry; an entry without it cannot be saved.
NAME_FIELD = {"employment": "company", "education": "school", "certifications": "name", "portfolio": "title",
              "platform_jobs": "title"}
DEFAULT_CURRENCY = "USD"


def fields(section: str) -> list[FieldSpec]:
    """The value fields of a section (headings left out)."""
    return [s for s in SPECS[section] if s.kind != "heading"]


def spec(section: str, key: str) -> FieldSpec | None:
    return next((s for s in fields(section) if s.key == key), None)


# -- Profile -> form ------------------------------------------------------------------------------


def number_text(value: float | int | None) -> str:
    """``45.0`` -> ``45``, ``4.85`` -> ``4.85``, ``None`` -> ``""`` (never scientific notation)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _get(data: dict[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        data = data.get(part) if isinstance(data, dict) else None  # type: ignore[assignment]
    return data


def _to_form_value(s: FieldSpec, value: Any) -> Any:
    if s.kind == "bool":
        return bool(value)
    if s.kind in ("number", "int"):
        return number_text(value)
    if s.kind == "csv":
        return ", ".join(value or [])
    if s.kind == "list":
        return [str(v) for v in value or []]
    if s.kind == "pairs":
        a, b = s.pair_keys
        return [[v, ""] if isinstance(v, str) else [str(v.get(a, "")), str(v.get(b, ""))] for v in value or []]
    return "" if value is None else str(value)


def _record_to_form(section: str, data: dict[str, Any]) -> dict[str, Any]:
    return {s.key: _to_form_value(s, _get(data, s.key)) for s in fields(section)}


def blank_entry(section: str) -> dict[str, Any]:
    """A new entry of a list section, as the form shows it."""
    entry = {s.key: _to_form_value(s, None) for s in fields(section)}
    if "currency" in entry:
        entry["currency"] = DEFAULT_CURRENCY
    return entry


def to_form(profile: Profile) -> dict[str, Any]:
    """The form document for a profile."""
    data = profile.model_dump(mode="json")
    form: dict[str, Any] = {}
    for section in SECTIONS:
        if section in LIST_SECTIONS:
            form[section] = [_record_to_form(section, e) for e in data[section]]
        else:
            form[section] = _record_to_form(section, data[section])
    return form


# -- form -> Profile ------------------------------------------------------------------------------


def _from_form_value(s: FieldSpec, value: Any) -> Any:
    if s.kind == "bool":
        return bool(value)
    if s.kind in ("number", "int", "date"):
        text = str(value or "").strip()
        return text or None
    if s.kind == "csv":
        return [p.strip() for p in str(value or "").split(",") if p.strip()]
    if s.kind == "list":
        return [str(v).strip() for v in value or [] if str(v).strip()]
    if s.kind == "pairs":
        rows = [(str(r[0]).strip(), str(r[1]).strip()) for r in value or [] if len(r) >= 2]
        a, b = s.pair_keys
        return [{a: n, b: p} for n, p in rows if n or p]
    return str(value or "")


def _record_from_form(section: str, record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for s in fields(section):
        value = _from_form_value(s, record.get(s.key))
        target = out
        *parents, last = s.key.split(".")
        for p in parents:
            target = target.setdefault(p, {})
        target[last] = value
    return out


def from_form(form: dict[str, Any]) -> dict[str, Any]:
    """The data for ``Profile.model_validate`` (not yet validated)."""
    data: dict[str, Any] = {}
    for section in SECTIONS:
        if section in LIST_SECTIONS:
            data[section] = [_record_from_form(section, e) for e in form.get(section, [])]
        else:
            data[section] = _record_from_form(section, form.get(section, {}))
    return data


def where_of(loc: tuple[Any, ...]) -> str:
    """A pydantic location as a where-path: ``('employment', 0, 'end')`` -> ``employment[0].end``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif str(part).startswith("function-") or "[" in str(part):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out


def friendly(err: dict[str, Any]) -> str:
    """A pydantic error as a short message for the field it is shown under."""
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "greater_than_equal":
        low = ctx.get("ge", 0)
        if low == 0:
            return QCoreApplication.translate("ProfileScreen", "cannot be negative")
        return fill(QCoreApplication.translate("ProfileScreen", "must be at least %1"), number_text(low))
    if kind == "less_than_equal":
        high = number_text(ctx.get("le", 0))
        return fill(QCoreApplication.translate("ProfileScreen", "must be at most %1"), high)
    if kind in ("float_parsing", "float_type", "finite_number"):
        return QCoreApplication.translate("ProfileScreen", "enter a number, such as 45 or 45.50")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return QCoreApplication.translate("ProfileScreen", "enter a whole number, such as 14")
    if kind == "missing":
        return QCoreApplication.translate("ProfileScreen", "this field is required")
    return str(err.get("msg", "invalid value")).removeprefix("Value error, ")


def _set_loc(data: Any, loc: tuple[Any, ...], value: Any) -> None:
    parts = [p for p in loc if isinstance(p, int) or not str(p).startswith("function-")]
    try:
        for p in parts[:-1]:
            data = data[p]
        data[parts[-1]] = value
    except (KeyError, IndexError, TypeError):
        pass


def _missing_names(data: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for section, key in NAME_FIELD.items():
        for i, entry in enumerate(data[section]):
            if not str(entry.get(key) or "").strip():
                errors[f"{section}[{i}].{key}"] = QCoreApplication.translate("ProfileScreen", "this field is required")
    for i, lang in enumerate(data["platform"]["languages"]):
        if not lang["name"]:
            errors[f"platform.languages[{i}].name"] = QCoreApplication.translate("ProfileScreen", "a language needs a name")
    for i, pm in enumerate(data["platform"]["payment_methods"]):
        if not pm["method"]:
            errors[f"platform.payment_methods[{i}].method"] = QCoreApplication.translate(
                "ProfileScreen", "name the payment method (PayPal, Payoneer, your bank…)")
    return errors


def validate(form: dict[str, Any]) -> tuple[Profile | None, dict[str, str]]:
    """``(profile, {})`` when the form is a valid profile, else ``(None, {where: message})``.

    Every field problem is reported (not only the first); the checks across fields
    (``Profile.problems()``, an end before its start) are run as well, with the bad fields blanked.
    """
    data = from_form(form)
    errors = _missing_names(data)
    try:
        profile: Profile | None = Profile.model_validate(data)
    except ValidationError as exc:
        retry = copy.deepcopy(data)
        for err in exc.errors():
            errors.setdefault(where_of(tuple(err.get("loc", ()))), friendly(dict(err)))
            _set_loc(retry, tuple(err.get("loc", ())), None)
        try:
            profile = Profile.model_validate(retry)
        except ValidationError:
            profile = None
    if profile is not None:
        for where, message in profile.problems():
            errors.setdefault(where, message)
    return (None, errors) if errors else (profile, {})


_WHERE = re.compile(r"^(?P<section>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<rest>.+))?$")
_ROW = re.compile(r"^\[(\d+)\]")


def locate(where: str) -> tuple[str, int | None, str, str]:
    """Which field shows a problem: ``(section, entry index or None, field key, detail)``.

    ``platform.languages[2].name`` -> ``("platform", None, "languages", "[2].name")``.
    """
    m = _WHERE.match(where)
    if not m or m.group("section") not in SPECS:
        return "", None, "", where
    section, rest = m.group("section"), m.group("rest") or ""
    index = int(m.group("index")) if m.group("index") is not None else None
    keys = sorted((s.key for s in fields(section)), key=len, reverse=True)
    for key in keys:
        if rest == key or rest.startswith(key + ".") or rest.startswith(key + "["):
            return section, index, key, rest[len(key):]
    return section, index, rest.split(".", 1)[0].split("[", 1)[0], ""


def field_message(detail: str, message: str) -> str:
    """The message shown under a field; a problem in one row of a list field says which row."""
    m = _ROW.match(detail)
    if m:
        row = str(int(m.group(1)) + 1)
        return fill(QCoreApplication.translate("ProfileScreen", "Row %1: %2"), row, message)
    return message


# -- showing entries ------------------------------------------------------------------------------


def _span(entry: dict[str, Any]) -> str:
    start, end = str(entry.get("start") or ""), str(entry.get("end") or "")
    if entry.get("current"):
        end = QCoreApplication.translate("ProfileScreen", "now")
    if not start and not end:
        return ""
    return f"{start or '?'} – {end or '?'}"


def entry_title(section: str, entry: dict[str, Any]) -> tuple[str, str]:
    """``(name, detail)`` for the entry list: ``("Brightline Logistics", "Backend Developer · 2019-03 – now")``."""
    name = str(entry.get(NAME_FIELD[section]) or "").strip()
    if not name:
        name = QCoreApplication.translate("ProfileScreen", "(not named yet)")
    if section == "employment":
        parts = [entry.get("title", ""), _span(entry)]
    elif section == "education":
        parts = [", ".join(p for p in (entry.get("degree", ""), entry.get("field_of_study", "")) if p), _span(entry)]
    elif section == "certifications":
        parts = [entry.get("issuer", ""), entry.get("date", "")]
    elif section == "portfolio":
        parts = [entry.get("client", ""), entry.get("completed", "") or _span(entry)]
    else:
        parts = [entry.get("client", ""), _span(entry)]
    return name, " · ".join(str(p) for p in parts if p)


def date_hint(text: str) -> str:
    """How a valid partial date reads (``2019-03`` -> ``March 2019``); empty when blank or invalid."""
    try:
        dates.normalise(text)
    except dates.PartialDateError:
        return ""
    return fmt.partial_date(dates.normalise(text) or text) if text.strip() else ""
