"""LinkedIn's "Get a copy of your data" export → Profile: the ``.zip`` as downloaded, or the unpacked folder.

The CSV files changed over the years (see ``docs/importing.md``): column names differ by era, some
files start with a ``Notes:`` preamble before the header, files re-saved in Excel have a BOM and CRLF
line ends, descriptions are multi-line, and text carries trailing spaces and HTML entities.
The zip is never extracted: only the few CSV files we need are read, each through a capped reader.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

from ..profile import (
    Certification,
    Education,
    Employment,
    Language,
    PortfolioProject,
    Profile,
    ProfileError,
    regular_file_error,
)
from . import limits
from .base import (
    Collector,
    DateProblem,
    EntryError,
    ImportResult,
    NoYear,
    assign,
    build,
    check_span,
    clean_text,
    dedupe,
    one_line,
    parse_date,
)
from .countries import country_name, split_place

#: A zip or folder holding neither of these is not a LinkedIn export.
MARKER_FILES = ("profile.csv", "positions.csv")
#: Files of the export that hold nothing verify_coach keeps; they are mentioned in the notes.
NOT_IMPORTED = ("honors.csv", "publications.csv", "courses.csv", "volunteering.csv", "organizations.csv")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def import_linkedin(path: str | os.PathLike[str], *, strict: bool = False) -> ImportResult:
    """Read a LinkedIn data export (``.zip`` or folder). Bad rows are skipped with a warning."""
    p = Path(path)
    problem = regular_file_error(p)  # a device or a named pipe: refused before it is opened
    if problem:
        raise ProfileError(problem, source=str(p))
    export = _FolderExport(p) if p.is_dir() else _ZipExport(p)
    try:
        return _Reader(export, Collector(str(p), strict=strict)).read()
    finally:
        export.close()


def is_linkedin_folder(path: Path) -> bool:
    """Whether a folder holds Profile.csv or Positions.csv (at its top or one folder down).

    An unreadable folder raises ProfileError saying so.
    """
    return any(name in _FolderExport(path).files for name in MARKER_FILES)


# -- where the files come from: a zip or a folder ----------------------------------------------


class _Export:
    source: str
    files: dict[str, str]  # lower-case base name -> member name or path
    read_so_far = 0

    def read(self, key: str) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def display_name(self, key: str) -> str:
        return PurePosixPath(self.files[key].replace("\\", "/")).name

    def _count(self, name: str, size: int) -> None:
        if size > limits.MAX_CSV_BYTES:
            raise ProfileError(
                f"{name} is too large ({size // 1024} KiB; at most {limits.MAX_CSV_BYTES // 1024} KiB is read)", source=self.source
            )
        self.read_so_far += size
        if self.read_so_far > limits.MAX_READ_BYTES:
            raise ProfileError(f"the export's files are too large together (at most {limits.MAX_READ_BYTES // (1024 * 1024)} MiB are read)", source=self.source)


def _index(names: list[str]) -> dict[str, str]:
    """Lower-case base name → the shallowest member with that name (files may sit in a subfolder)."""
    out: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (n.replace("\\", "/").count("/"), n)):
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if not parts or parts[0] == "__MACOSX":
            continue
        out.setdefault(parts[-1].casefold(), name)
    return out


class _ZipExport(_Export):
    def __init__(self, path: Path):
        self.source = str(path)
        self.zf: zipfile.ZipFile | None = None
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ProfileError(f"cannot read it ({exc.strerror or exc})", source=self.source) from None
        if size > limits.MAX_ZIP_BYTES:
            raise ProfileError(f"too large ({size // (1024 * 1024)} MiB; a LinkedIn export is read up to {limits.MAX_ZIP_BYTES // (1024 * 1024)} MiB)", source=self.source)
        _check_directory(path, self.source)
        try:
            self._open(path)
        except ProfileError:
            self.close()
            raise

    def _open(self, path: Path) -> None:
        try:
            self.zf = zipfile.ZipFile(path)
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
            raise ProfileError(_DAMAGED, source=self.source) from None
        if len(infos) > limits.MAX_ZIP_MEMBERS:
            raise ProfileError(f"the zip holds {len(infos)} files; a LinkedIn export has far fewer", source=self.source)
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos)
        if total > limits.MAX_ZIP_TOTAL_BYTES:
            raise ProfileError(f"the zip would unpack to {total // (1024 * 1024)} MiB; refused", source=self.source)
        if total > limits.RATIO_MIN_BYTES * 100 and total > limits.MAX_COMPRESSION_RATIO * max(packed, 1):
            raise ProfileError("the zip is compressed suspiciously well (a zip bomb?); refused", source=self.source)
        self.infos = {i.filename: i for i in infos if not i.is_dir()}
        self.files = _index([n for n in self.infos if n.casefold().endswith(".csv")])

    def read(self, key: str) -> bytes:
        assert self.zf is not None
        info = self.infos[self.files[key]]
        name = self.display_name(key)
        if info.flag_bits & 0x1:
            raise ProfileError(f"{name} is password-protected", source=self.source)
        self._count(name, info.file_size)
        if info.file_size > limits.RATIO_MIN_BYTES and info.file_size > limits.MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise ProfileError(f"{name} is compressed suspiciously well (a zip bomb?); refused", source=self.source)
        try:
            with self.zf.open(info) as fh:
                data = fh.read(limits.MAX_CSV_BYTES + 1)  # decompresses at most this much, whatever the header says
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
            raise ProfileError(f"{name}: {_DAMAGED}", source=self.source) from None
        if len(data) > limits.MAX_CSV_BYTES:
            raise ProfileError(f"{name} unpacks to more than its header says (a zip bomb?); refused", source=self.source)
        return data

    def close(self) -> None:
        if self.zf is not None:
            self.zf.close()


_DAMAGED = "the zip file is damaged or incomplete (was the download cut off?)"


def _check_directory(path: Path, source: str) -> None:
    """Refuse, before zipfile reads it, a central directory with too many members or too many bytes."""
    try:
        with path.open("rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            tail_len = min(size, 22 + 65535)
            fh.seek(size - tail_len)
            tail = fh.read(tail_len)
            at = tail.rfind(b"PK\x05\x06")
            if at < 0 or len(tail) - at < 22:
                raise ProfileError(_DAMAGED, source=source)
            entries, cd_size = struct.unpack("<H4xL", tail[at + 10 : at + 20])
            if entries == 0xFFFF or cd_size == 0xFFFFFFFF:
                entries, cd_size = _zip64_directory(fh, size - tail_len + at, source)
    except OSError as exc:
        raise ProfileError(f"cannot read it ({exc.strerror or exc})", source=source) from None
    if entries > limits.MAX_ZIP_MEMBERS or cd_size > limits.MAX_ZIP_MEMBERS * 1024:
        raise ProfileError(f"the zip holds {entries} files; a LinkedIn export has far fewer", source=source)


def _zip64_directory(fh: io.BufferedReader, eocd_at: int, source: str) -> tuple[int, int]:
    if eocd_at < 20:
        raise ProfileError(_DAMAGED, source=source)
    fh.seek(eocd_at - 20)
    locator = fh.read(20)
    if locator[:4] != b"PK\x06\x07":
        raise ProfileError(_DAMAGED, source=source)
    (offset,) = struct.unpack("<Q", locator[8:16])
    fh.seek(offset)
    record = fh.read(56)
    if len(record) < 56 or record[:4] != b"PK\x06\x06":
        raise ProfileError(_DAMAGED, source=source)
    entries, cd_size = struct.unpack("<QQ", record[32:48])
    return entries, cd_size


class _FolderExport(_Export):
    def __init__(self, path: Path):
        self.source = str(path)
        found: list[str] = []
        seen = 0
        try:
            for top in os.scandir(path):
                seen += 1
                if top.is_dir() and not top.name.startswith("."):
                    seen += self._scan_subfolder(top, found)
                elif top.name.casefold().endswith(".csv"):
                    found.append(top.name)
                if seen > limits.MAX_ZIP_MEMBERS:
                    raise ProfileError("this folder holds too many files to be a LinkedIn export", source=self.source)
        except OSError as exc:
            raise ProfileError(f"cannot read the folder ({exc.strerror or exc})", source=self.source) from None
        self.root = path
        self.files = _index(found)

    @staticmethod
    def _scan_subfolder(top: os.DirEntry[str], found: list[str]) -> int:
        """Add the CSV files of one subfolder (an unreadable one is passed over); how many entries it had."""
        seen = 0
        try:
            for inner in os.scandir(top.path):
                seen += 1
                if seen > limits.MAX_ZIP_MEMBERS:
                    break
                if inner.name.casefold().endswith(".csv"):
                    found.append(os.path.join(top.name, inner.name))
        except OSError:
            pass
        return seen

    def read(self, key: str) -> bytes:
        p = self.root / self.files[key]
        name = self.display_name(key)
        try:
            if not p.is_file():
                raise ProfileError(f"{name} is not a regular file", source=self.source)
            self._count(name, p.stat().st_size)
            with p.open("rb") as fh:
                data = fh.read(limits.MAX_CSV_BYTES + 1)
        except OSError as exc:
            raise ProfileError(f"{name}: cannot read it ({exc.strerror or exc})", source=self.source) from None
        if len(data) > limits.MAX_CSV_BYTES:
            raise ProfileError(f"{name} is too large", source=self.source)
        return data


# -- CSV ------------------------------------------------------------------------------------


def _norm(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").casefold().split())


def decode_csv(data: bytes) -> tuple[str, str | None]:
    """(text, remark): UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 with a remark."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    if b"\x00" in data:
        raise EntryError("this is a binary file, not CSV text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "not UTF-8; read as Windows (Excel) text: check accented letters"


Row = dict[str, str]


def csv_rows(text: str, expected: tuple[str, ...]) -> Iterator[tuple[int, Row]]:
    """``(row number, {column: value})`` after the header row, which is found by its column names.

    Row numbers are those a spreadsheet shows (the first line is row 1), so a ``Notes:`` preamble
    counts. Values are HTML-unescaped and cleaned; blank rows are left out.
    """
    need = min(2, len(expected))
    for delimiter in (",", ";", "\t"):
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False))
        except csv.Error as exc:
            raise EntryError(f"not readable as CSV ({exc})") from None
        for i, row in enumerate(rows[:20]):
            header = [_norm(c) for c in row]
            if sum(1 for col in expected if col in header) >= need:
                yield from _data_rows(header, rows, i)
                return
    raise EntryError("no header row found (expected columns such as " + ", ".join(c.title() for c in expected[:3]) + ")")


def _data_rows(header: list[str], rows: list[list[str]], header_index: int) -> Iterator[tuple[int, Row]]:
    for i in range(header_index + 1, len(rows)):
        cells = [clean_text(html.unescape(c)) for c in rows[i]]
        if not any(cells):
            continue
        row = {col: (cells[j] if j < len(cells) else "") for j, col in enumerate(header) if col}
        yield i + 1, row


def _get(row: Row, *columns: str) -> str:
    for col in columns:
        if row.get(col):
            return row[col]
    return ""


def _date(row: Row, column: str, *others: str) -> str | None:
    for col in (column, *others):
        if row.get(col):
            try:
                return parse_date(row[col])
            except DateProblem as exc:
                raise EntryError(f"{col.title()}: {exc}") from None
    return None


# -- Education.csv's Degree Name ---------------------------------------------------------------

#: LinkedIn's own spelling: ``Bachelor of Science - BS, Computer Science`` (degree - abbreviation, field).
_DEGREE_ABBREVIATION = re.compile(r"^([^,]+?)\s+[-–—]\s+([^\W\d_][^\W\d_.']*(?:[.'][^\W\d_]*)*\.?)\s*(?:,(.*))?$")


def _is_abbreviation(abbreviation: str, degree: str) -> bool:
    """``BS`` for ``Bachelor of Science``, ``PhD`` for ``Doctor of Philosophy``: short, at least two
    capitals, each the initial of a word of the degree (so ``Diploma - IT`` is not cut)."""
    capitals = [ch for ch in abbreviation if ch.isupper()]
    initials = {word[0].casefold() for word in re.findall(r"[^\W\d_]+", degree)}
    return len(abbreviation) <= 10 and len(capitals) >= 2 and all(ch.casefold() in initials for ch in capitals)


def split_degree_name(text: str) -> tuple[str, str]:
    """LinkedIn's Degree Name holds the degree and the field of study: ``(degree, field of study)``.

    ``Bachelor of Science - BS, Computer Science`` → ``("Bachelor of Science", "Computer Science")``
    (LinkedIn's abbreviation after `` - `` is dropped, also without a field); ``Master's degree, Data
    Science`` → split at the first comma; ``BSc Computer Science`` (no separator) stays the degree.
    """
    text = text.strip()
    m = _DEGREE_ABBREVIATION.match(text)
    if m and _is_abbreviation(m.group(2), m.group(1)):
        return m.group(1).strip(), (m.group(3) or "").strip()
    degree, _, field_of_study = text.partition(",")
    return degree.strip(), field_of_study.strip()


# -- reading the files ----------------------------------------------------------------------

#: base name → (columns that identify the header row, columns the file cannot do without).
_FILES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "profile.csv": (("first name", "last name", "headline", "summary"), ()),
    "positions.csv": (("company name", "title", "started on", "finished on"), ("company name",)),
    "education.csv": (("school name", "degree name", "start date", "end date"), ("school name",)),
    "skills.csv": (("name",), ("name",)),
    "languages.csv": (("name", "proficiency"), ("name",)),
    "projects.csv": (("title", "description", "url", "started on", "start date"), ("title",)),
    "certifications.csv": (("name", "authority", "url", "started on"), ("name",)),
    "email addresses.csv": (("email address", "primary", "confirmed"), ("email address",)),
    "phonenumbers.csv": (("number", "type", "extension"), ("number",)),
    "phone numbers.csv": (("number", "type", "extension"), ("number",)),
}


class _Reader:
    def __init__(self, export: _Export, col: Collector):
        self.export = export
        self.col = col
        self.profile = Profile()

    def read(self) -> ImportResult:
        files = self.export.files
        if not any(name in files for name in MARKER_FILES):
            raise ProfileError("not a LinkedIn data export: it has neither Profile.csv nor Positions.csv", source=self.export.source)
        handlers: list[tuple[str, Callable[[str, int, Row], None]]] = [
            ("profile.csv", self._profile_row),
            ("positions.csv", self._position),
            ("education.csv", self._education),
            ("skills.csv", self._skill),
            ("languages.csv", self._language),
            ("projects.csv", self._project),
            ("certifications.csv", self._certification),
            ("email addresses.csv", self._email),
            ("phonenumbers.csv", self._phone),
            ("phone numbers.csv", self._phone),
        ]
        for key, handler in handlers:
            if key in files:
                self._file(key, handler)
        self.profile.platform.skills = dedupe(self.profile.platform.skills)
        for key in NOT_IMPORTED:
            if key in files:
                self.col.note(self.export.display_name(key), "not imported (verify_coach does not keep it)")
        return self.col.result(self.profile, "linkedin")

    def _file(self, key: str, handler: Callable[[str, int, Row], None]) -> None:
        name = self.export.display_name(key)
        expected, required = _FILES[key]
        try:
            text, remark = decode_csv(self.export.read(key))
            if remark:
                self.col.note(name, remark)
            rows = list(csv_rows(text, expected))
        except EntryError as exc:
            self.col.skip(name, exc.message)
            return
        if rows and any(col not in rows[0][1] for col in required):
            self.col.skip(name, "has no " + ", ".join(c.title() for c in required) + " column")
            return
        for count, (number, row) in enumerate(rows, start=1):
            where = f"{name} row {number}"
            if count > limits.MAX_ENTRIES:
                self.col.skip(name, f"{len(rows)} rows; only the first {limits.MAX_ENTRIES} were read")
                return
            try:
                handler(where, count, row)
            except EntryError as exc:
                self.col.skip(where, exc.message)

    # -- one handler per file -------------------------------------------------------------
    def _profile_row(self, where: str, count: int, row: Row) -> None:
        if count > 1:
            self.col.note(where, "Profile.csv has more than one row; only the first was read")
            return
        ident, pl, address = self.profile.identity, self.profile.platform, self.profile.identity.address
        name = one_line(" ".join((_get(row, "first name"), _get(row, "last name"))))
        values = [
            (ident, "full_name", name),
            (pl, "title", one_line(_get(row, "headline"))),
            (pl, "overview", _get(row, "summary")),
            (address, "street", one_line(_get(row, "address"))),
            (address, "postal_code", one_line(_get(row, "zip code"))),
        ]
        place = split_place(one_line(_get(row, "geo location")))
        if _get(row, "country"):
            place["country"] = country_name(one_line(_get(row, "country")))
        values += [(address, attr, value) for attr, value in place.items()]
        for model, attr, value in values:
            if value:
                try:
                    assign(model, attr, value, where)
                except EntryError as exc:
                    self.col.skip(where, f"{attr}: {exc.message}")
        birth = _get(row, "birth date")
        if birth:
            try:
                ident.date_of_birth = parse_date(birth)
            except NoYear:
                self.col.note(where, f"Birth Date {birth!r} has no year, so no date of birth was kept")
            except DateProblem as exc:
                self.col.skip(where, f"Birth Date: {exc}")

    def _position(self, where: str, count: int, row: Row) -> None:
        company = one_line(_get(row, "company name"))
        if not company:
            raise EntryError("no Company Name")
        end = _date(row, "finished on")
        job = build(
            Employment, where, company=company, title=one_line(_get(row, "title")), location=one_line(_get(row, "location")),
            start=_date(row, "started on"), end=end, current=end is None, description=_get(row, "description"),
        )  # fmt: skip
        check_span("employment", job, where)
        self.profile.employment.append(job)

    def _education(self, where: str, count: int, row: Row) -> None:
        school = one_line(_get(row, "school name"))
        if not school:
            raise EntryError("no School Name")
        degree, field_of_study = split_degree_name(one_line(_get(row, "degree name")))
        entry = build(
            Education, where, school=school, degree=degree, field_of_study=field_of_study,
            start=_date(row, "start date"), end=_date(row, "end date"),
        )  # fmt: skip
        check_span("education", entry, where)
        self.profile.education.append(entry)

    def _skill(self, where: str, count: int, row: Row) -> None:
        skill = one_line(_get(row, "name"))
        if skill:
            self.profile.platform.skills.append(skill)

    def _language(self, where: str, count: int, row: Row) -> None:
        name = one_line(_get(row, "name"))
        if not name:
            raise EntryError("no language Name")
        pl = self.profile.platform
        if name.casefold() in {x.name.casefold() for x in pl.languages}:
            return
        lang = build(Language, where, name=name, proficiency=one_line(_get(row, "proficiency")))
        pl.languages.append(lang)
        if name.casefold() == "english" and lang.proficiency and not pl.english_level:
            pl.english_level = lang.proficiency

    def _project(self, where: str, count: int, row: Row) -> None:
        title = one_line(_get(row, "title"))
        if not title:
            raise EntryError("no project Title")
        entry = build(
            PortfolioProject, where, title=title, description=_get(row, "description"),
            start=_date(row, "started on", "start date"), end=_date(row, "finished on", "end date"),
        )  # fmt: skip
        check_span("portfolio", entry, where)
        self.profile.portfolio.append(entry)

    def _certification(self, where: str, count: int, row: Row) -> None:
        name = one_line(_get(row, "name"))
        if not name:
            raise EntryError("no certification Name")
        entry = build(Certification, where, name=name, issuer=one_line(_get(row, "authority")), date=_date(row, "started on"))
        self.profile.certifications.append(entry)

    def _email(self, where: str, count: int, row: Row) -> None:
        email = one_line(_get(row, "email address"))
        ident = self.profile.identity
        primary = _get(row, "primary").casefold() in {"yes", "true"}
        if email and (primary or not ident.email):
            assign(ident, "email", email, where)

    def _phone(self, where: str, count: int, row: Row) -> None:
        number = one_line(_get(row, "number"))
        if number and not self.profile.identity.phone:
            assign(self.profile.identity, "phone", number, where)
