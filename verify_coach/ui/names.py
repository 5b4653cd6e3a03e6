"""The profile name against the name on the ID, said in the interface's language: the words of
``core.names.compare_id_name``, shown by the profile editor and the mock call's ID check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.names import NameCheck
from .i18n import fill

translate = QCoreApplication.translate  # lupdate reads the literal context and text


def name_note(check: NameCheck, full_name: str, id_name: str) -> str:
    """``check.message`` in the interface's language (the same words in English)."""
    full, on_id = (" ".join(v.split()) for v in (full_name, id_name))
    exact = translate("ProfileScreen", "Agents compare them exactly — make the profile name match your ID.")
    if check.status == "order":
        text = translate("ProfileScreen", "Your profile says “%1”, your ID “%2”: the same words in a different order.")
    elif check.status == "initials":
        initial, word = ((check.profile_word, check.id_word) if len(check.profile_word.rstrip(".")) == 1
                         else (check.id_word, check.profile_word))
        return fill(translate("ProfileScreen", "Your profile says “%1”, your ID “%2”: one has the initial “%3” where the other "
                            "has “%4”."), full, on_id, initial, word) + " " + exact
    elif check.status == "missing":
        quoted = [f"“{w}”" for w in (check.id_word or check.profile_word).split()]
        words = quoted[0] if len(quoted) == 1 else fill(translate("ProfileScreen", "%1 and %2"), ", ".join(quoted[:-1]), quoted[-1])
        if check.id_word:
            text = translate("ProfileScreen", "Your profile says “%1”, your ID “%2”: your ID has %3, which your profile leaves out.")
        else:
            text = translate("ProfileScreen", "Your profile says “%1”, your ID “%2”: your profile has %3, which your ID leaves out.")
        return fill(text, full, on_id, words) + " " + exact
    elif check.detail == "no_profile_name":
        return fill(translate("ProfileScreen", "Your profile has no full name yet; your ID says “%1”. Write it in the profile as "
                            "your ID prints it."), on_id)
    elif check.detail == "pinyin":
        return fill(translate("ProfileScreen", "Your profile says “%1”, your ID “%2”: one is in Chinese characters, the other in "
                            "pinyin. Agents compare them exactly — write the profile name the way your ID "
                            "prints it."), full, on_id)
    elif check.detail == "accents":
        text = translate("ProfileScreen", "Your profile says “%1”, your ID “%2”: the same letters, but the accents differ.")
    elif check.detail == "script":
        return fill(translate("ProfileScreen", "Your profile says “%1”, your ID “%2”: they are written in different scripts. "
                            "Agents compare them exactly — write the profile name the way your ID prints it."),
                    full, on_id)
    else:
        text = translate("ProfileScreen", "Your profile says “%1”, your ID “%2”: these are different names.")
    return fill(text, full, on_id) + " " + exact
