"""The name in the profile against the name exactly as the ID document prints it.

An agent reads the name off the ID and compares it with the profile, letter by letter: "Mei Lin" on the
profile and "LIN MEI" on the passport is a question the user had better be ready for, or better, a profile
name to correct. :func:`compare_id_name` says how the two differ, in words addressed to the user.

Statuses: ``same`` (identical after collapsing whitespace), ``unknown`` (no name from the ID), ``case``
(only capitals, or capitals and punctuation such as "LIN, MEI", differ: fine, IDs often print capitals),
``order`` (the same words in another order), ``initials`` (an initial on one side where the other has the
word), ``missing`` (a word, such as a middle name, only on one side) and ``different`` (anything else;
Chinese characters on one side and pinyin on the other say so).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

STATUSES = ("same", "unknown", "case", "order", "initials", "missing", "different")
#: The statuses that need nothing of the user.
FINE = frozenset({"same", "unknown", "case"})

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_OTHER_SCRIPT = re.compile(r"[\u3040-\u30ff\u3130-\u318f\uac00-\ud7af\u0400-\u04ff\u0600-\u06ff\u0900-\u097f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_INITIAL = re.compile(r"[^\W\d_]\.?")
EXACT = "Agents compare them exactly \u2014 make the profile name match your ID."


@dataclass(frozen=True)
class NameCheck:
    """How the profile's name compares with the ID's. ``profile_word`` / ``id_word``: for ``initials``
    the initial and the word it stands for, each on its side; for ``missing`` the words only one side has
    (separated by spaces). ``detail``: why a ``different`` is different: ``pinyin`` (Chinese characters
    against pinyin), ``script`` (another script), ``accents``, ``no_profile_name`` or ``""``."""

    status: str
    message: str
    profile_word: str = ""
    id_word: str = ""
    detail: str = ""


def _q(text: str) -> str:
    return f"\u201c{text}\u201d"


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> list[str]:
    """The words as written, without the punctuation around them ("LIN," -> "LIN"); Han characters one by
    one, since a Chinese name has no spaces ("林美" -> "林", "美")."""
    out: list[str] = []
    for raw in text.replace(",", " ").split():
        word = _EDGE_PUNCT.sub("", raw) if not _INITIAL.fullmatch(raw) else raw
        if not word:
            continue
        if _HAN.search(word):
            out.extend(ch for ch in word if not ch.isspace())
        else:
            out.append(word)
    return out


def _key(word: str) -> str:
    return word.rstrip(".").casefold()


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _is_initial(word: str) -> bool:
    return bool(_INITIAL.fullmatch(word)) and not _HAN.search(word)


def _initial_of(initial: str, word: str) -> bool:
    return _is_initial(initial) and not _is_initial(word) and word[:1].casefold() == initial[:1].casefold()


def _subsequence(short: list[str], long: list[str]) -> list[int] | None:
    """The positions in ``long`` of the words of ``short``, in order; ``None`` when it is not one."""
    at, out = 0, []
    for w in short:
        while at < len(long) and _key(long[at]) != _key(w):
            at += 1
        if at == len(long):
            return None
        out.append(at)
        at += 1
    return out


def _quoted_list(words: list[str]) -> str:
    quoted = [_q(w) for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def compare_id_name(full_name: str, id_name: str) -> NameCheck:
    """How ``full_name`` (the profile's) compares with ``id_name`` (exactly as the ID prints it)."""
    full, on_id = _collapse(full_name), _collapse(id_name)
    if not on_id:
        return NameCheck("unknown", "Add the name exactly as your ID prints it to check it against your profile.")
    if full == on_id:
        return NameCheck("same", "Your profile name is exactly the name on your ID.")
    says = f"Your profile says {_q(full)}, your ID {_q(on_id)}: "
    if not full:
        return NameCheck("different", f"Your profile has no full name yet; your ID says {_q(on_id)}. "
                                      "Write it in the profile as your ID prints it.", detail="no_profile_name")
    a, b = _words(full), _words(on_id)
    han_a, han_b = bool(_HAN.search(full)), bool(_HAN.search(on_id))
    latin_a, latin_b = bool(_LATIN.search(full)), bool(_LATIN.search(on_id))
    if (han_a and not latin_a and latin_b and not han_b) or (han_b and not latin_b and latin_a and not han_a):
        return NameCheck("different", says + "one is in Chinese characters, the other in pinyin. Agents compare "
                                              "them exactly \u2014 write the profile name the way your ID prints it.", detail="pinyin")
    if (han_a and han_b) and "".join(a) == "".join(b):  # "林 美" / "林美"
        return NameCheck("same", "Your profile name is exactly the name on your ID.")
    if full.casefold() == on_id.casefold():
        return NameCheck("case", says + "only the capitals differ. That is fine \u2014 IDs often print names in "
                                        "capitals.")
    ka, kb = [_key(w) for w in a], [_key(w) for w in b]
    if ka == kb:
        return NameCheck("case", says + "only the capitals and punctuation differ. That is fine \u2014 IDs often "
                                        "print names in capitals.")
    if sorted(ka) == sorted(kb):
        return NameCheck("order", says + "the same words in a different order. " + EXACT)
    if len(a) == len(b):
        pairs = [(x, y) for x, y in zip(a, b, strict=True) if _key(x) != _key(y)]
        if pairs and all(_initial_of(x, y) or _initial_of(y, x) for x, y in pairs):
            x, y = pairs[0]
            initial, word = (x, y) if _is_initial(x) else (y, x)
            return NameCheck("initials", says + f"one has the initial {_q(initial)} where the other has "
                                                f"{_q(word)}. " + EXACT, profile_word=x, id_word=y)
    if len(a) != len(b):
        short, long = (a, b) if len(a) < len(b) else (b, a)
        kept = _subsequence(short, long)
        if kept is not None:
            extra: list[str] = []
            for i, w in enumerate(long):
                if i in kept:
                    continue
                if extra and i - 1 not in kept and i > 0 and _HAN.fullmatch(w) and _HAN.fullmatch(long[i - 1]):
                    extra[-1] += w  # "林美", not “林” and “美”
                else:
                    extra.append(w)
            joined = _quoted_list(extra)
            if long is b:
                return NameCheck("missing", says + f"your ID has {joined}, which your profile leaves out. " + EXACT,
                                 id_word=" ".join(extra))
            return NameCheck("missing", says + f"your profile has {joined}, which your ID leaves out. " + EXACT,
                             profile_word=" ".join(extra))
    if [_unaccented(k) for k in ka] == [_unaccented(k) for k in kb]:
        return NameCheck("different", says + "the same letters, but the accents differ. " + EXACT, detail="accents")
    if bool(_OTHER_SCRIPT.search(full)) != bool(_OTHER_SCRIPT.search(on_id)) or han_a != han_b:
        return NameCheck("different", says + "they are written in different scripts. Agents compare them exactly "
                                              "\u2014 write the profile name the way your ID prints it.", detail="script")
    return NameCheck("different", says + "these are different names. " + EXACT)
