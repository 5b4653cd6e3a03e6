"""What the audit knows about the world, offline: which country a place, a phone number or a time zone
belongs to. Country codes and time zones come from the IANA time zone database (``tzdata``: its
``iso3166.tab`` and ``zone1970.tab``), calling codes from ``phonenumbers`` (Google's libphonenumber
metadata), names of places from :mod:`verify_coach.core.places`. Nothing here touches the network.

A country is an ISO 3166 alpha-2 code (``CN``, ``US``); an offset is minutes east of UTC.
"""

from __future__ import annotations

import importlib.resources
import re
import unicodedata
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import places

# Names people write that the tz database spells another way (folded).
_NAME_CODES = {
    "united states": "US", "united kingdom": "GB", "great britain": "GB", "britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "south korea": "KR", "korea": "KR",
    "north korea": "KP", "czechia": "CZ", "czech republic": "CZ", "russia": "RU", "vietnam": "VN",
    "viet nam": "VN", "hong kong": "HK", "macau": "MO", "macao": "MO", "taiwan": "TW", "ivory coast": "CI",
    "cote d ivoire": "CI", "turkiye": "TR", "united arab emirates": "AE", "uae": "AE", "usa": "US", "uk": "GB",
    "us": "US", "iran": "IR", "syria": "SY", "laos": "LA", "moldova": "MD", "tanzania": "TZ", "bolivia": "BO",
    "venezuela": "VE", "congo": "CG", "dr congo": "CD", "democratic republic of the congo": "CD",
    "the netherlands": "NL", "holland": "NL", "burma": "MM", "myanmar": "MM", "palestine": "PS",
    "mainland china": "CN", "prc": "CN", "people s republic of china": "CN",
}
#: Countries where English is an official or everyday language of work and school: an English level of
#: "Native or Bilingual" there is ordinary.
ENGLISH_SPEAKING = frozenset({
    "US", "GB", "IE", "CA", "AU", "NZ", "IN", "PK", "PH", "NG", "KE", "GH", "UG", "ZA", "SG", "JM", "TT", "BB",
    "BS", "BZ", "MT", "ZW", "ZM", "BW", "NA", "SL", "LR", "GM", "CM", "RW", "MW", "SS", "FJ", "PG", "GY", "LK",
    "HK", "TZ", "ET", "BD",
})


_LETTERS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "đ": "d", "Đ": "d", "æ": "ae",
                          "'": "", "\u2019": ""})


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, one space between words ("Łódź" -> "lodz")."""
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@cache
def _tab(name: str) -> str:
    return importlib.resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")


@cache
def _iso_names() -> dict[str, str]:
    """Folded country name -> code, from tzdata's ``iso3166.tab`` ("Britain (UK)" gives "britain uk")."""
    out: dict[str, str] = {}
    for line in _tab("iso3166.tab").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        code, name = line.split("\t", 1)
        out[fold(name)] = code
        out[fold(re.sub(r"\(.*?\)", "", name))] = code
    return out


@cache
def country_codes() -> frozenset[str]:
    return frozenset(_iso_names().values())


def country_code(text: str) -> str | None:
    """The ISO code of a country as a person writes it: "China", "中国", "USA", "PH", "Filipino",
    "the Philippines"; ``None`` when it is not a country we know."""
    raw = text.strip()
    if not raw:
        return None
    if re.fullmatch(r"[A-Z]{2}", raw) and raw in country_codes():
        return raw
    zh = places.ZH_PLACES.get(raw.rstrip("人"), None) or places.ZH_PLACES.get(raw)
    name = fold(zh if zh else raw)
    name = name.removeprefix("the ").removeprefix("republic of ").strip()
    if not name:
        return None
    if name in _NAME_CODES:
        return _NAME_CODES[name]
    iso = _iso_names()
    if name in iso:
        return iso[name]
    known = places.country_of(name)
    if known is not None:
        return _NAME_CODES.get(known) or iso.get(known)
    return None


def place_country(text: str) -> str | None:
    """The country of a place as a profile writes it: "Hangzhou, China", "Manila, PH", "杭州", "Austin, TX"
    (a US state), "Lagos" (a city only one country has); ``None`` when it is not clear."""
    parts = [p.strip() for p in re.split(r"[,，、]", text) if p.strip()]
    if not parts:
        return None
    for part in reversed(parts):
        if (code := country_code(part)) is not None:
            return code
    for part in reversed(parts):
        name = fold(places.ZH_PLACES.get(part, part))
        name = places.ALIASES.get(name, name)
        if len(parts) > 1 and (name.upper() in _US_STATE_CODES or name in places.US_STATES):
            return "US"
        found = {c for c, _ in places.CITY_PLACES.get(name, ())} | places.REGION_COUNTRY.get(name, set())
        if len(found) == 1:
            return country_code(found.pop())
    return None


_US_STATE_CODES = frozenset(
    ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"]
)


@cache
def _zones() -> dict[str, tuple[str, ...]]:
    """Country code -> the time zones used there (``zone1970.tab`` lists several countries on a line)."""
    out: dict[str, list[str]] = {}
    for name in ("zone1970.tab", "zone.tab"):
        for line in _tab(name).splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                continue
            for code in cols[0].split(","):
                if cols[2] not in out.setdefault(code, []):
                    out[code].append(cols[2])
    return {k: tuple(v) for k, v in out.items()}


def zone_offsets(zone: str, year: int) -> frozenset[int]:
    """The UTC offsets (minutes) of an IANA zone in winter and summer of ``year``."""
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return frozenset()
    out = set()
    for month in (1, 7):
        off = datetime(year, month, 15, 12, tzinfo=tz).utcoffset() or timedelta()
        out.add(int(off.total_seconds() // 60))
    return frozenset(out)


@cache
def country_offsets(code: str, year: int) -> frozenset[int]:
    """Every UTC offset (minutes) used in the country in ``year``, summer time included."""
    out: set[int] = set()
    for zone in _zones().get(code, ()):
        out |= zone_offsets(zone, year)
    return frozenset(out)


_OFFSET = re.compile(r"(?:UTC|GMT)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
_BARE = re.compile(r"^\s*\(?\s*([+\-\u2212])(\d{2}):?(\d{2})\b")
_ZERO = re.compile(r"^\s*\(?\s*(?:UTC|GMT|Z)\s*(?:\)|$|\s)", re.IGNORECASE)
_IANA = re.compile(r"\b([A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_\-]+)+)\b")


def tz_offsets(text: str, year: int) -> frozenset[int] | None:
    """The offsets a time zone as written stands for: "UTC+08:00 Beijing" and "GMT+8" give {480},
    "Asia/Shanghai" its offsets of the year; ``None`` when it cannot be read."""
    if not text.strip():
        return None
    m = _OFFSET.search(text) or _BARE.match(text)
    if m:
        sign = -1 if m.group(1) in "-\u2212" else 1
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes >= 60:
            return None
        return frozenset({sign * (hours * 60 + minutes)})
    if _ZERO.match(text):
        return frozenset({0})
    m = _IANA.search(text)
    if m:
        offs = zone_offsets(m.group(1), year)
        return offs or None
    return None


def offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


def phone_countries(text: str) -> frozenset[str] | None:
    """The countries an international phone number's calling code belongs to ("+1" is the US, Canada and
    the Caribbean); ``None`` when the number has no calling code (a local number) or cannot be read."""
    raw = text.strip()
    if not raw:
        return None
    digits = raw.replace(" ", "").replace("-", "")
    if not (digits.startswith("+") or digits.startswith("00")):
        return None
    import phonenumbers  # lazy: its metadata is large

    try:
        number = phonenumbers.parse("+" + digits.lstrip("+").removeprefix("00") if digits.startswith("00") else raw,
                                    None)
    except phonenumbers.NumberParseException:
        return None
    # every country of the calling code: +44 is also Guernsey and Jersey, +1 the US, Canada and the Caribbean
    regions = phonenumbers.region_codes_for_country_code(number.country_code)
    return frozenset(r for r in regions if r != "001") or None


def country_name(code: str) -> str:
    """A country's English name for messages ("CN" -> "China", "GB" -> "the United Kingdom")."""
    special = {"US": "the United States", "GB": "the United Kingdom", "PH": "the Philippines",
               "NL": "the Netherlands", "AE": "the United Arab Emirates", "KR": "South Korea", "CZ": "Czechia"}
    if code in special:
        return special[code]
    for line in _tab("iso3166.tab").splitlines():
        if line.startswith(code + "\t"):
            return line.split("\t", 1)[1]
    return code
