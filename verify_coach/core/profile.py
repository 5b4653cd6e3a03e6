"""The profile: everything a verification agent could ask about, and its native JSON file format.

The native format is documented in ``docs/profile-format.md``. ``load -> save -> load`` gives an
identical profile. Dates are partial ISO strings (``2019``, ``2019-03``, ``2019-03-14``) and stay
as precise as they were given.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_serializer,
    field_validator,
)

from . import dates
from .errors import UserError
from .files import write_private_file  # re-exported: the exports import it from here

FORMAT_ID = "verify_coach.profile"
FORMAT_VERSION = 1
MAX_PROFILE_BYTES = 5 * 1024 * 1024
#: Entries in any one list of a profile (jobs, skills, languages...); the importers read as many per section.
MAX_LIST_ENTRIES = 1_000


class ProfileError(UserError, ValueError):
    """A profile file or value that cannot be used. ``str()`` says which file, where and what."""

    def __init__(self, message: str, *, source: str | None = None, where: str | None = None):
        self.source = source
        self.where = where
        self.reason = message
        parts = [p for p in (source, where) if p]
        super().__init__(f"{': '.join(parts)}: {message}" if parts else message)


def _partial_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError("a date must be written as text such as 2019, 2019-03 or 2019-03-14")
    text = str(value).strip()
    if text == "":
        return None
    try:
        return dates.normalise(text)
    except dates.PartialDateError as exc:
        raise ValueError(str(exc)) from None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"expected text, not {_json_type(value)} (write it in quotes)")
    return value.strip()


PDate = Annotated[str | None, BeforeValidator(_partial_date)]
Text = Annotated[str, BeforeValidator(_text)]


class _Model(BaseModel):
    # allow_inf_nan=False: a rate of NaN or Infinity is refused as "not a finite number", not accepted
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True, allow_inf_nan=False)


class Address(_Model):
    street: Text = ""
    city: Text = ""
    region: Text = ""
    postal_code: Text = ""
    country: Text = ""

    def one_line(self) -> str:
        return ", ".join(p for p in (self.street, self.city, self.region, self.postal_code, self.country) if p)


class Identity(_Model):
    full_name: Text = ""
    id_name: Text = ""  # the name exactly as the ID document prints it ("LIN MEI"); "" = not given. Not a fact.
    date_of_birth: PDate = None
    address: Address = Field(default_factory=Address)
    phone: Text = ""
    email: Text = ""
    nationality: Text = ""
    id_document_type: Text = ""


class Language(_Model):
    name: Text
    proficiency: Text = ""


class PaymentMethod(_Model):
    """How the user withdraws earnings, and the name on that account. In the file a method without a holder
    is written as plain text (``"PayPal"``), as before holders existed; with one, as an object."""

    method: Text
    holder: Text = ""  # the account holder's name exactly as the bank / PayPal / Payoneer shows it; "" = not given

    def __str__(self) -> str:
        return self.method


def _payment_methods(value: Any) -> Any:
    if isinstance(value, list):
        return [{"method": v} if isinstance(v, str) else v for v in value]
    return value


class PlatformProfile(_Model):
    platform: Text = "Upwork"
    title: Text = ""
    overview: Text = ""
    hourly_rate: float | None = Field(default=None, ge=0, le=100_000)
    currency: Text = "USD"
    member_since: PDate = None
    location: Text = ""
    time_zone: Text = ""
    english_level: Text = ""
    languages: list[Language] = Field(default_factory=list)
    skills: list[Text] = Field(default_factory=list)
    categories: list[Text] = Field(default_factory=list)
    total_jobs: int | None = Field(default=None, ge=0)
    total_earnings: float | None = Field(default=None, ge=0)
    job_success: int | None = Field(default=None, ge=0, le=100)
    payment_methods: Annotated[list[PaymentMethod], BeforeValidator(_payment_methods)] = Field(default_factory=list)

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        v = (v or "USD").upper()
        if len(v) != 3 or not v.isalpha():
            raise ValueError("a currency is a three-letter code such as USD or EUR")
        return v

    @field_serializer("payment_methods")
    def _dump_payment_methods(self, methods: list[PaymentMethod]) -> list[Any]:
        return [m.method if not m.holder else {"method": m.method, "holder": m.holder} for m in methods]

    def payment_method_names(self) -> list[str]:
        return [m.method for m in self.payment_methods]


class Employment(_Model):
    company: Text
    local_name: Text = ""  # the company's name in another script ("杭州云波科技有限公司"): also accepted
    title: Text = ""
    location: Text = ""
    start: PDate = None
    end: PDate = None
    current: bool = False
    description: Text = ""


class Education(_Model):
    school: Text
    local_name: Text = ""  # the school's name in another script ("浙江大学"): also accepted
    degree: Text = ""
    field_of_study: Text = ""
    start: PDate = None
    end: PDate = None


class Certification(_Model):
    name: Text
    issuer: Text = ""
    date: PDate = None


class PortfolioProject(_Model):
    title: Text
    role: Text = ""
    client: Text = ""
    completed: PDate = None
    start: PDate = None
    end: PDate = None
    skills: list[Text] = Field(default_factory=list)
    description: Text = ""


class PlatformJob(_Model):
    title: Text
    client: Text = ""
    start: PDate = None
    end: PDate = None
    rate: float | None = Field(default=None, ge=0)
    budget: float | None = Field(default=None, ge=0)
    currency: Text = "USD"
    rating: float | None = Field(default=None, ge=0, le=5)


class Profile(_Model):
    """One person's profile on one platform."""

    identity: Identity = Field(default_factory=Identity)
    platform: PlatformProfile = Field(default_factory=PlatformProfile)
    employment: list[Employment] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    portfolio: list[PortfolioProject] = Field(default_factory=list)
    platform_jobs: list[PlatformJob] = Field(default_factory=list)

    # -- the native file format -------------------------------------------------------------
    def to_document(self) -> dict[str, Any]:
        body = self.model_dump(mode="json")
        return {"format": FORMAT_ID, "version": FORMAT_VERSION, **body}

    def to_json(self) -> str:
        return json.dumps(self.to_document(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_document(cls, doc: Any, *, source: str | None = None) -> Profile:
        if not isinstance(doc, dict):
            raise ProfileError("the file must hold a JSON object, not " + _json_type(doc), source=source)
        doc = dict(doc)
        fmt = doc.pop("format", FORMAT_ID)
        version = doc.pop("version", FORMAT_VERSION)
        if fmt != FORMAT_ID:
            raise ProfileError(f"this is not a verify_coach profile (format is {fmt!r})", source=source)
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise ProfileError(
                f"written by a newer verify_coach (profile format version {version}); please update",
                source=source,
            )
        _check_list_sizes(doc, "", source)
        try:
            profile = cls.model_validate(doc)
        except ValidationError as exc:
            raise _from_validation(exc, source) from None
        problems = profile.problems()
        if problems:
            where, message = problems[0]
            raise ProfileError(message, source=source, where=where)
        return profile

    @classmethod
    def from_json(cls, text: str, *, source: str | None = None) -> Profile:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProfileError(
                f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", source=source
            ) from None
        return cls.from_document(doc, source=source)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Profile:
        p = Path(path)
        return cls.from_json(read_text_file(p), source=str(p))

    def save(self, path: str | os.PathLike[str]) -> None:
        write_private_file(Path(path), self.to_json().encode("utf-8"))

    # -- checks that span fields --------------------------------------------------------------
    def problems(self) -> list[tuple[str, str]]:
        """Logical problems as ``(where, message)``: an end before its start, a future birth date..."""
        out: list[tuple[str, str]] = []
        dob = self.identity.date_of_birth
        if dob and dates.PartialDate.parse(dob).first_day() > date.today():
            out.append(("identity.date_of_birth", f"the date of birth ({dob}) is in the future"))

        def span(where: str, start: str | None, end: str | None) -> None:
            if start and end and dates.sort_key(end)[: _shared(start, end)] < dates.sort_key(start)[: _shared(start, end)]:
                out.append((f"{where}.end", f"ends ({end}) before it starts ({start})"))

        for i, e in enumerate(self.employment):
            span(f"employment[{i}]", e.start, e.end)
            if e.current and e.end:
                out.append((f"employment[{i}].end", "a current job has no end date"))
        for i, ed in enumerate(self.education):
            span(f"education[{i}]", ed.start, ed.end)
        for i, p in enumerate(self.portfolio):
            span(f"portfolio[{i}]", p.start, p.end)
        for i, j in enumerate(self.platform_jobs):
            span(f"platform_jobs[{i}]", j.start, j.end)
        return out

    def is_empty(self) -> bool:
        return self == Profile()


def _check_list_sizes(value: Any, where: str, source: str | None) -> None:
    """Refuse a list with more than ``MAX_LIST_ENTRIES`` entries anywhere in a native document, as the other
    importers cap each section (20,000 jobs would make every question list take seconds)."""
    if isinstance(value, list):
        if len(value) > MAX_LIST_ENTRIES:
            raise ProfileError(f"{len(value)} entries; a profile holds at most {MAX_LIST_ENTRIES:,} in one list",
                               source=source, where=where or None)
        for i, item in enumerate(value):
            _check_list_sizes(item, f"{where}[{i}]", source)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_list_sizes(item, f"{where}.{key}" if where else str(key), source)


def _shared(a: str, b: str) -> int:
    """How many of (year, month, day) both dates have."""
    return min(len(a.split("-")), len(b.split("-")))


def _json_type(value: Any) -> str:
    return {list: "a JSON array", str: "a string", int: "a number", float: "a number", bool: "true/false"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("function-before", "function-after") or "[" in str(part):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out


def _from_validation(exc: ValidationError, source: str | None) -> ProfileError:
    err = exc.errors()[0]
    where = _loc(tuple(err.get("loc", ())))
    msg = err.get("msg", "invalid value")
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    if err.get("type") == "extra_forbidden":
        msg = "unknown field"
    elif err.get("type") == "missing":
        msg = "this field is required"
    return ProfileError(msg, source=source, where=where)


def regular_file_error(path: Path) -> str | None:
    """Why ``path`` cannot be read as an import (a device, a named pipe, a socket...), or None for a regular
    file or a folder. Judged by ``stat`` without opening: opening a named pipe would wait for a writer forever."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "no such file"
    except OSError as exc:
        return f"cannot read it ({exc.strerror or exc})"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    return f"this is {kind}, not a file; choose a profile file or folder"


def decode_text(data: bytes, source: str) -> str:
    """Bytes of a text file as text: UTF-8 (with or without a BOM), or UTF-16/UTF-32 with their BOM."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ProfileError(f"not valid {codec.upper()} text (byte {exc.start})", source=source) from None
    if b"\x00" in data[:4096]:
        raise ProfileError("this is a binary file, not a text profile", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError(f"not UTF-8 text (byte {exc.start})", source=source) from None


def read_text_file(path: Path, *, limit: int = MAX_PROFILE_BYTES) -> str:
    """Read a text file for import with clear errors (missing, not a regular file, too large, binary, not
    UTF-8). At most ``limit`` + 1 bytes are ever read, whatever ``stat`` says (``/proc`` files say 0)."""
    problem = regular_file_error(path)
    if problem:
        raise ProfileError(problem, source=str(path))
    if path.is_dir():
        raise ProfileError("this is a folder, not a file", source=str(path))
    too_large = f"too large (a profile is at most {limit // 1024} KiB)"
    try:
        size = path.stat().st_size
        if size > limit:
            raise ProfileError(f"too large ({size // 1024} KiB; a profile is at most {limit // 1024} KiB)",
                               source=str(path))
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ProfileError(f"cannot read it ({exc.strerror or exc})", source=str(path)) from None
    if len(data) > limit:
        raise ProfileError(too_large, source=str(path))
    if not data.strip():
        raise ProfileError("the file is empty", source=str(path))
    return decode_text(data, str(path))
