"""Compare an imported profile with the one the user has, and merge only the changes they accept.

The unit of change is a field of ``identity``/``platform``, one item of a platform list (a skill,
a language), or one entry of a list section. Entries are matched by what identifies them:
employment (company, title), education (school, degree), certifications (name), portfolio (title),
platform_jobs (title, client); an entry whose title changed but whose company and start date did not
counts as changed, not as one removed and one added.

An import cannot know what it was not given, so a blank value in ``new`` (an empty field, a field
left at its default such as platform ``Upwork``, an empty list section) never removes anything.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..profile import (
    Address,
    Certification,
    Education,
    Employment,
    Identity,
    Language,
    PaymentMethod,
    PlatformJob,
    PlatformProfile,
    PortfolioProject,
    Profile,
)
from ..seq import unique_by

KINDS = ("added", "changed", "removed")

IDENTITY_FIELDS = ("full_name", "id_name", "date_of_birth", "phone", "email", "nationality", "id_document_type")
ADDRESS_FIELDS = ("street", "city", "region", "postal_code", "country")
PLATFORM_FIELDS = (
    "platform", "title", "overview", "hourly_rate", "currency", "member_since", "location", "time_zone",
    "english_level", "total_jobs", "total_earnings", "job_success",
)  # fmt: skip
PLATFORM_TEXT_LISTS = ("skills", "categories", "payment_methods")

#: section → (model, fields that identify an entry)
ENTRY_SECTIONS: dict[str, tuple[type[BaseModel], tuple[str, ...]]] = {
    "employment": (Employment, ("company", "title")),
    "education": (Education, ("school", "degree")),
    "certifications": (Certification, ("name",)),
    "portfolio": (PortfolioProject, ("title",)),
    "platform_jobs": (PlatformJob, ("title", "client")),
}
_TIMELINE = ("start", "end", "current")
_DEFAULTS: dict[str, BaseModel] = {"identity": Identity(), "address": Address(), "platform": PlatformProfile()}
_LONG = 60


@dataclass(frozen=True)
class Change:
    """One difference. ``old``/``new``: the values (a field), the entries as dicts (added/removed
    entries), or only the fields that differ (a changed entry)."""

    section: str
    key: str
    label: str
    kind: str
    old: Any
    new: Any

    @property
    def id(self) -> str:
        """Stable for the same two profiles: the section, the kind and the entry or field it is about."""
        digest = hashlib.sha1(f"{self.section}\x1f{self.kind}\x1f{self.key}".encode("utf-8", "surrogatepass")).hexdigest()
        return f"{self.section}-{digest[:10]}"

    def summary(self) -> str:
        sign = {"added": "+", "changed": "~", "removed": "-"}[self.kind]
        if self.section in ("identity", "platform"):
            if self.kind == "added":
                return f"{sign} {self.section}.{self.key}: {_show(self.new)}"
            return f"{sign} {self.section}.{self.key}: {_show(self.old)} → {_show(self.new)}"
        if self.kind == "changed":
            return f"{sign} {self.section}: {self.label}: {_describe_fields(self.old, self.new)}"
        return f"{sign} {self.section}: {self.label}"


@dataclass
class ProfileDiff:
    changes: list[Change]

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def added(self) -> list[Change]:
        return [c for c in self.changes if c.kind == "added"]

    @property
    def changed(self) -> list[Change]:
        return [c for c in self.changes if c.kind == "changed"]

    @property
    def removed(self) -> list[Change]:
        return [c for c in self.changes if c.kind == "removed"]

    def ids(self, *kinds: str) -> set[str]:
        """The ids of all changes, or of those of the given kinds (``diff.ids("added", "changed")``)."""
        return {c.id for c in self.changes if not kinds or c.kind in kinds}

    def summary_lines(self) -> list[str]:
        """One human line per change, e.g. ``~ platform.hourly_rate: 40.0 → 45.0``."""
        return [c.summary() for c in self.changes]


# -- showing values ---------------------------------------------------------------------------


def _show(value: Any) -> str:
    if value is None or value == "":
        return "(none)"
    text = " ".join(str(value).split())
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def _span(start: Any, end: Any, current: Any) -> str:
    return f"{start or '?'} – {'now' if current else end or '?'}"


def _describe_fields(old: dict[str, Any], new: dict[str, Any]) -> str:
    parts = []
    if any(f in new for f in _TIMELINE):
        parts.append(f"dates {_span(old.get('start'), old.get('end'), old.get('current'))} → {_span(new.get('start'), new.get('end'), new.get('current'))}")
    for f, value in new.items():
        if f in _TIMELINE:
            continue
        if f in ("description", "overview") or len(str(value)) > _LONG or len(str(old.get(f, ""))) > _LONG:
            parts.append(f"{f} changed")
        else:
            parts.append(f"{f} {_show(old.get(f))} → {_show(value)}")
    return ", ".join(parts)


def entry_label(section: str, entry: BaseModel) -> str:
    """How a person names an entry: ``Backend Developer at Acme (2019-03 – now)``, ``Parcel Radar``."""
    e: Any = entry
    if section == "employment":
        who = f"{e.title} at {e.company}" if e.title else e.company
        return f"{who} ({_span(e.start, e.end, e.current)})" if e.start or e.end or e.current else who
    if section == "education":
        what = f"{e.degree}, {e.school}" if e.degree else e.school
        return f"{what} ({e.start or '?'} – {e.end or '?'})" if e.start or e.end else what
    if section == "certifications":
        return f"{e.name} ({e.issuer})" if e.issuer else e.name
    if section == "platform_jobs":
        return f"{e.title} for {e.client}" if e.client else e.title
    return str(e.title)


# -- diff ---------------------------------------------------------------------------------------


def _norm(value: Any) -> str:
    return " ".join(str(value or "").casefold().split())


def _provided(value: Any, default: Any) -> bool:
    return value not in (None, "", []) and value != default


def _scalar_changes(section: str, prefix: str, old: BaseModel, new: BaseModel, fields: tuple[str, ...], default: BaseModel) -> list[Change]:
    out = []
    for f in fields:
        o, n = getattr(old, f), getattr(new, f)
        if _provided(n, getattr(default, f)) and n != o:
            kind = "added" if o in (None, "") else "changed"
            out.append(Change(section, prefix + f, f"{prefix}{f}".replace("_", " "), kind, o, n))
    return out


def _text_list_changes(name: str, old: list[str], new: list[str]) -> list[Change]:
    if not new:
        return []
    section = f"platform.{name}"
    old_keys, new_keys = {_norm(x) for x in old}, {_norm(x) for x in new}
    out = [Change(section, _norm(x), x, "added", None, x) for x in new if _norm(x) not in old_keys]
    out += [Change(section, _norm(x), x, "removed", x, None) for x in old if _norm(x) not in new_keys]
    return _unique(out)


def _language_changes(old: list[Language], new: list[Language]) -> list[Change]:
    if not new:
        return []
    section = "platform.languages"
    old_by = {_norm(x.name): x for x in old}
    new_by = {_norm(x.name): x for x in new}
    out = []
    for key, n in new_by.items():
        o = old_by.get(key)
        if o is None:
            out.append(Change(section, key, _language_label(n), "added", None, n.model_dump()))
        elif n.proficiency and n.proficiency != o.proficiency:
            out.append(Change(section, key, n.name, "changed", {"proficiency": o.proficiency}, {"proficiency": n.proficiency}))
    out += [Change(section, key, _language_label(o), "removed", o.model_dump(), None) for key, o in old_by.items() if key not in new_by]
    return out


def _language_label(lang: Language) -> str:
    return f"{lang.name} ({lang.proficiency})" if lang.proficiency else lang.name


def _unique(changes: list[Change]) -> list[Change]:
    return unique_by(changes, lambda c: c.id)


def entry_keys(entries: list[BaseModel], fields: tuple[str, ...]) -> list[str]:
    """The identity key of each entry; a repeated identity gets ``#2``, ``#3``... in order."""
    counts: dict[str, int] = {}
    out = []
    for e in entries:
        base = "|".join(_norm(getattr(e, f)) for f in fields)
        counts[base] = counts.get(base, 0) + 1
        out.append(base if counts[base] == 1 else f"{base}#{counts[base]}")
    return out


def _pair_entries(old: list[BaseModel], new: list[BaseModel], fields: tuple[str, ...]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """(matched (old index, new index) pairs, unmatched old indexes, unmatched new indexes)."""
    old_keys, new_keys = entry_keys(old, fields), entry_keys(new, fields)
    where_old = {k: i for i, k in enumerate(old_keys)}
    pairs = [(where_old[k], j) for j, k in enumerate(new_keys) if k in where_old]
    left_old = [i for i in range(len(old)) if i not in {p[0] for p in pairs}]
    left_new = [j for j in range(len(new)) if j not in {p[1] for p in pairs}]
    if len(fields) > 1:  # same company (school...) and same start: the title (degree...) was edited
        for j in list(left_new):
            n = new[j]
            for i in left_old:
                o = old[i]
                if _norm(getattr(o, fields[0])) == _norm(getattr(n, fields[0])) and getattr(o, "start", None) == getattr(n, "start", None) and getattr(n, "start", None):
                    pairs.append((i, j))
                    left_old.remove(i)
                    left_new.remove(j)
                    break
    return pairs, left_old, left_new


def _entry_field_changes(old: BaseModel, new: BaseModel, defaults: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields ``new`` provides that differ from ``old``; start, end and current move together."""
    o_doc, n_doc, d_doc = old.model_dump(), new.model_dump(), defaults
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    timeline = [f for f in _TIMELINE if f in n_doc]
    if any(_provided(n_doc[f], None) and n_doc[f] is not False for f in timeline) and any(o_doc[f] != n_doc[f] for f in timeline):
        before.update({f: o_doc[f] for f in timeline})
        after.update({f: n_doc[f] for f in timeline})
    for f, value in n_doc.items():
        if f in _TIMELINE:
            continue
        if _provided(value, d_doc.get(f)) and value != o_doc[f]:
            before[f], after[f] = o_doc[f], value
    return before, after


def _entry_changes(section: str, old: list[BaseModel], new: list[BaseModel]) -> list[Change]:
    if not new:
        return []
    model, fields = ENTRY_SECTIONS[section]
    defaults = {f: info.default for f, info in model.model_fields.items() if not info.is_required()}
    old_keys, new_keys = entry_keys(old, fields), entry_keys(new, fields)
    pairs, left_old, left_new = _pair_entries(old, new, fields)
    out = []
    for i, j in pairs:
        before, after = _entry_field_changes(old[i], new[j], defaults)
        if after:
            out.append(Change(section, old_keys[i], entry_label(section, old[i]), "changed", before, after))
    out += [Change(section, new_keys[j], entry_label(section, new[j]), "added", None, new[j].model_dump()) for j in left_new]
    out += [Change(section, old_keys[i], entry_label(section, old[i]), "removed", old[i].model_dump(), None) for i in left_old]
    return out


def diff_profiles(old: Profile, new: Profile) -> ProfileDiff:
    """What importing ``new`` would change in ``old``, entry by entry (blank values in ``new`` change nothing)."""
    changes: list[Change] = []
    changes += _scalar_changes("identity", "", old.identity, new.identity, IDENTITY_FIELDS, _DEFAULTS["identity"])
    changes += _scalar_changes("identity", "address.", old.identity.address, new.identity.address, ADDRESS_FIELDS, _DEFAULTS["address"])
    changes += _scalar_changes("platform", "", old.platform, new.platform, PLATFORM_FIELDS, _DEFAULTS["platform"])
    for name in PLATFORM_TEXT_LISTS:
        changes += _text_list_changes(name, [str(x) for x in getattr(old.platform, name)],
                                      [str(x) for x in getattr(new.platform, name)])
    changes += _language_changes(old.platform.languages, new.platform.languages)
    for section in ENTRY_SECTIONS:
        changes += _entry_changes(section, getattr(old, section), getattr(new, section))
    return ProfileDiff(changes)


# -- apply --------------------------------------------------------------------------------------


def apply_diff(old: Profile, new: Profile, accepted_ids: set[str]) -> Profile:
    """``old`` with only the accepted changes of ``diff_profiles(old, new)``; ``old`` itself is unchanged.

    Unaccepted additions are not added, unaccepted removals are kept, unaccepted changes keep the old
    value. Ids that are not in the diff are ignored. The result is a valid profile.
    """
    merged = old.model_copy(deep=True)
    accepted = [c for c in diff_profiles(old, new) if c.id in accepted_ids]
    for c in accepted:
        if c.section in ("identity", "platform"):
            _apply_scalar(merged, c)
        elif c.section == "platform.languages":
            _apply_language(merged.platform, c)
        elif c.section.startswith("platform."):
            _apply_text_list(merged.platform, c)
    for section, (model, fields) in ENTRY_SECTIONS.items():
        mine = [c for c in accepted if c.section == section]
        if mine:
            setattr(merged, section, _apply_entries(getattr(merged, section), mine, model, fields))
    return Profile.from_document(merged.to_document(), source="merged profile")


def _apply_scalar(merged: Profile, c: Change) -> None:
    target: BaseModel = merged.identity if c.section == "identity" else merged.platform
    attr = c.key
    if attr.startswith("address."):
        target, attr = merged.identity.address, attr.removeprefix("address.")
    setattr(target, attr, c.new)


def _apply_text_list(platform: PlatformProfile, c: Change) -> None:
    name = c.section.removeprefix("platform.")
    items: list[Any] = list(getattr(platform, name))  # payment methods keep their holder's name
    if c.kind == "added":
        items.append(PaymentMethod(method=c.new) if name == "payment_methods" else c.new)
    else:
        items = [x for x in items if _norm(str(x)) != c.key]
    setattr(platform, name, items)


def _apply_language(platform: PlatformProfile, c: Change) -> None:
    langs = [x.model_copy() for x in platform.languages]
    if c.kind == "added":
        langs.append(Language.model_validate(c.new))
    elif c.kind == "removed":
        langs = [x for x in langs if _norm(x.name) != c.key]
    else:
        for x in langs:
            if _norm(x.name) == c.key:
                x.proficiency = c.new["proficiency"]
    platform.languages = langs


def _apply_entries(entries: list[Any], changes: list[Change], model: type[BaseModel], fields: tuple[str, ...]) -> list[Any]:
    keys = entry_keys(entries, fields)
    index = {k: i for i, k in enumerate(keys)}
    out: list[Any] = list(entries)
    dropped: set[int] = set()
    for c in changes:
        if c.kind == "added":
            out.append(model.model_validate(c.new))
        elif c.key in index:
            i = index[c.key]
            if c.kind == "removed":
                dropped.add(i)
            else:
                out[i] = model.model_validate({**entries[i].model_dump(), **c.new})
    return [e for i, e in enumerate(out) if i not in dropped]
