"""Interface language: English (source) and Simplified Chinese (``resources/translations``).

The questions themselves stay in English: the call is in English.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..core.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"
log = logging.getLogger(__name__)
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


_PLACE = re.compile(r"%(\d)")


def fill(template: str, *args: object) -> str:
    """``template`` (a translated string) with ``%1``, ``%2``… replaced by ``args``, in one pass: a ``%2``
    inside the first value stays as it is, which chained ``str.replace`` calls would substitute too."""

    def one(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return str(args[i]) if 0 <= i < len(args) else m.group(0)

    return _PLACE.sub(one, template)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark ``text`` for translation in ``context`` and return it as it is (PySide6's own is typed
    ``object``, which the type checker cannot pass on as a str)."""
    return text

_installed: list[QTranslator] = []


def resolve(choice: str) -> str:
    """'system' -> the system's language if we have it, else English."""
    if choice and choice != "system":
        return choice if choice in LANGUAGES else "en"
    name = QLocale.system().name()  # e.g. zh_CN, en_US
    if name.startswith("zh"):
        return "zh_CN"
    return "en"


def install_translator(app: QApplication, choice: str = "system") -> str:
    """Install the translators for ``choice``; returns the language code in use."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = resolve(choice)
    # dates and day names follow the interface language (the system's own locale when it is the same language)
    QLocale.setDefault(QLocale.system() if resolve("system") == lang else QLocale(lang))
    if lang == "en":
        return lang
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"verify_coach_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        log.info("interface language %s: translation loaded", lang)
    else:  # e.g. a bundle built without resources/
        log.warning("interface language %s: no translation in %s", lang, TRANSLATIONS)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.info("interface language %s: no Qt translation in %s", lang, qt_dir)
    return lang
