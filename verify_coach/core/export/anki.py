"""An Anki deck (``.apkg``) of the profile's questions, made with ``genanki``.

Front: the question (and its choices); back: the right answer and the fact it tests. The deck and
note type ids come from a hash of the profile name, and each note's GUID from the question's stable
id, so importing a newer export into Anki updates the notes instead of duplicating them. Given the
same seed and timestamp the file is byte-for-byte the same.

genanki's own ``write_to_file`` leaves its temporary collection (the user's facts) in the system temp
folder; this module builds the collection in a private scratch folder of the data dir (0700), which is
removed when done and, if a kill leaves it, at the next start.
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import genanki

from ..facts import extract_facts
from ..profile import Profile
from ..scratch import scratch_dir

CSS = """
.card { font-family: "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", sans-serif; font-size: 20px;
  text-align: left; color: #111; background: #fff; }
ol.choices { margin-top: .6em; }
.answer { font-weight: bold; }
.fact { margin-top: .8em; font-size: 14px; color: #555; }
"""


@dataclass(frozen=True)
class Card:
    guid_source: str
    front: str  # HTML
    back: str  # HTML
    fact: str  # HTML
    tags: tuple[str, ...]


def stable_id(*parts: str) -> int:
    """A 31-bit id from ``parts`` that never changes between runs (Anki wants ids < 2**63; genanki 2**31)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def _tag(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "_-:" else "_" for ch in text)


def cards_for(profile: Profile, *, seed: int = 0) -> list[Card]:
    """One card per question of ``core.questions.build_questions`` (one per fact if it is unavailable)."""
    by_key = {f.key: f for f in extract_facts(profile)}
    from ..questions import build_questions

    cards: list[Card] = []
    for q in build_questions(profile, seed=seed):
        front = f"<div>{escape(q.prompt)}</div>"
        if q.choices and q.answer_kind in ("choice", "order"):
            front += '<ol class="choices">' + "".join(f"<li>{escape(c)}</li>" for c in q.choices) + "</ol>"
        fact = by_key.get(q.fact_keys[0]) if q.fact_keys else None
        answer = " \u2192 ".join(a.strip() for a in q.answer.split(";")) if q.answer_kind == "order" else q.answer
        cards.append(Card(q.id, front, f'<div class="answer">{escape(answer)}</div>',
                          escape(fact.label) if fact else "", (_tag(q.category), _tag(q.form))))
    return cards


def build_package(profile_name: str, profile: Profile, *, seed: int = 0) -> genanki.Package:
    model = genanki.Model(
        stable_id("verify_coach", "model", profile_name),
        "verify_coach question",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Fact"}],
        templates=[{
            "name": "Question",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}<div class="fact">{{Fact}}</div>',
        }],
        css=CSS,
    )
    deck = genanki.Deck(stable_id("verify_coach", "deck", profile_name), f"verify_coach::{profile_name}")
    for c in cards_for(profile, seed=seed):
        deck.add_note(genanki.Note(model=model, fields=[c.front, c.back, c.fact], tags=list(c.tags),
                                   guid=genanki.guid_for("verify_coach", profile_name, c.guid_source)))
    return genanki.Package(deck)


def write_apkg(package: genanki.Package, path: Path, *, timestamp: float | None = None,
               scratch_in: Path | None = None) -> None:
    """Write ``package`` to ``path`` (a file the caller has made private).

    The deck's collection (every card holds a fact of the profile) is built in a scratch folder of
    ``scratch_in`` — the data dir, 0700, cleaned at start if a kill leaves it (:mod:`core.scratch`) —
    never in the system's temporary folder. Without ``scratch_in``, next to ``path``.
    """
    timestamp = time.time() if timestamp is None else timestamp
    with scratch_dir(scratch_in if scratch_in is not None else path.parent, "apkg") as tmp:
        db = tmp / "collection.anki2"
        conn = sqlite3.connect(db)
        try:
            package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        stamp = datetime.fromtimestamp(timestamp, UTC).timetuple()[:6]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            info = zipfile.ZipInfo("collection.anki2", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, db.read_bytes())
            media = zipfile.ZipInfo("media", date_time=stamp)
            z.writestr(media, "{}")


def export_apkg(coach: Any, path: Path, name: str | None = None, *, seed: int = 0, timestamp: float | None = None) -> None:
    pname, profile = coach.load_profile(name)
    write_apkg(build_package(pname, profile, seed=seed), path, timestamp=timestamp,
               scratch_in=coach.store.data_dir)
