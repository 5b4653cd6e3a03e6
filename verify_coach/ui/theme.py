"""Light and dark themes (Fusion + a palette + one style sheet). ``system`` follows the OS."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

LIGHT = {
    "window": "#f5f7fb", "base": "#ffffff", "alt": "#f0f3f8", "text": "#1f2937", "muted": "#6b7280",
    "border": "#dde3ec", "accent": "#2563eb", "accent_text": "#ffffff", "sidebar": "#eef2f8",
    "card": "#ffffff", "good": "#15803d", "ok": "#b45309", "bad": "#b91c1c", "good_bg": "#dcfce7",
    "ok_bg": "#fef3c7", "bad_bg": "#fee2e2", "hover": "#e2e8f3",
}
DARK = {
    "window": "#171b22", "base": "#1f242d", "alt": "#252b35", "text": "#e5e7eb", "muted": "#9ca3af",
    "border": "#323a47", "accent": "#4f8cff", "accent_text": "#ffffff", "sidebar": "#12161c",
    "card": "#1f242d", "good": "#4ade80", "ok": "#fbbf24", "bad": "#f87171", "good_bg": "#14321f",
    "ok_bg": "#3a2d0c", "bad_bg": "#3d1717", "hover": "#2a313d",
}

STYLE = """
QMainWindow, QDialog {{ background: {window}; }}
#sidebar {{ background: {sidebar}; border-right: 1px solid {border}; }}
#brand {{ font-size: 17px; font-weight: 700; color: {accent}; padding: 4px 6px; }}
#sideCaption {{ color: {muted}; font-size: 11px; padding-left: 4px; }}
QToolButton#navButton {{ text-align: left; padding: 8px 10px; border: none; border-radius: 8px;
    color: {text}; font-size: 14px; min-width: 170px; }}
QToolButton#navButton:hover {{ background: {hover}; }}
QToolButton#navButton:checked {{ background: {accent}; color: {accent_text}; font-weight: 600; }}
#header {{ background: {base}; border-bottom: 1px solid {border}; }}
#screenTitle {{ font-size: 18px; font-weight: 600; }}
#countdown {{ color: {muted}; }}
#readinessPill {{ border-radius: 11px; padding: 3px 10px; font-weight: 600; background: {alt}; }}
#readinessPill[level="good"] {{ background: {good_bg}; color: {good}; }}
#readinessPill[level="ok"] {{ background: {ok_bg}; color: {ok}; }}
#readinessPill[level="low"] {{ background: {bad_bg}; color: {bad}; }}
QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 12px; }}
QLabel#cardTitle {{ font-size: 13px; font-weight: 600; color: {muted}; }}
QLabel#bigNumber {{ font-size: 34px; font-weight: 700; }}
QLabel#muted, QLabel[muted="true"] {{ color: {muted}; }}
QLabel#h1 {{ font-size: 24px; font-weight: 700; }}
QLabel#h2 {{ font-size: 16px; font-weight: 600; }}
QLabel#prompt {{ font-size: 21px; font-weight: 600; }}
QLabel#good {{ color: {good}; font-weight: 600; }}
QLabel#bad {{ color: {bad}; font-weight: 600; }}
QFrame#feedbackGood {{ background: {good_bg}; border-radius: 10px; }}
QFrame#feedbackBad {{ background: {bad_bg}; border-radius: 10px; }}
QPushButton {{ padding: 6px 14px; border-radius: 7px; border: 1px solid {border}; background: {base}; color: {text}; }}
QPushButton:hover {{ background: {hover}; }}
QPushButton:default, QPushButton#primary {{ background: {accent}; color: {accent_text}; border: 1px solid {accent}; }}
QPushButton:disabled {{ color: {muted}; }}
QPushButton#choice {{ text-align: left; padding: 10px 14px; font-size: 15px; }}
QPushButton#choice[state="right"] {{ background: {good_bg}; border-color: {good}; }}
QPushButton#choice[state="wrong"] {{ background: {bad_bg}; border-color: {bad}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QComboBox, QDateTimeEdit {{
    padding: 5px 8px; border: 1px solid {border}; border-radius: 6px; background: {base}; color: {text}; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none; }}
QComboBox::down-arrow {{ image: url("{chevron}"); width: 12px; height: 12px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: 18px; border: none;
    background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url("{chevron_up}"); width: 9px; height: 9px; }}
QAbstractSpinBox::down-arrow {{ image: url("{chevron}"); width: 9px; height: 9px; }}
QLineEdit#answer {{ font-size: 18px; padding: 10px 12px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {bad}; }}
QLabel#fieldError {{ color: {bad}; font-size: 12px; }}
QLabel#fieldNote {{ color: {ok}; font-size: 12px; }}
QTableView, QTreeView, QListWidget {{ background: {base}; alternate-background-color: {alt}; border: 1px solid {border};
    border-radius: 8px; gridline-color: {border}; }}
QHeaderView::section {{ background: {alt}; border: none; border-bottom: 1px solid {border}; padding: 6px; font-weight: 600; }}
QProgressBar {{ border: none; background: {alt}; border-radius: 4px; height: 8px; text-align: center; }}
QProgressBar::chunk {{ background: {accent}; border-radius: 4px; }}
QTabWidget::pane {{ border: 1px solid {border}; border-radius: 8px; top: -1px; background: {base}; }}
QTabBar::tab {{ padding: 7px 14px; border: none; color: {muted}; }}
QTabBar::tab:selected {{ color: {accent}; border-bottom: 2px solid {accent}; font-weight: 600; }}
QScrollArea {{ border: none; background: transparent; }}
QLabel[tone="good"] {{ color: {good}; }}
QLabel[tone="ok"] {{ color: {ok}; }}
QLabel[tone="bad"] {{ color: {bad}; }}
QLabel[size="lead"], QLabel#fieldError[size="lead"] {{ font-size: 14px; }}
QLabel[size="big"] {{ font-size: 18px; }}
QLabel[strong="true"] {{ font-weight: 600; }}
QLabel#timer {{ font-size: 18px; font-weight: 600; }}
QLabel#timer[level="slow"] {{ color: {ok}; }}
QLabel#timer[level="over"] {{ color: {bad}; }}
QLabel#timeLimit[level="over"] {{ color: {bad}; }}
QPushButton[size="large"] {{ font-size: 15px; padding: 8px 22px; }}
QLabel#stepNumber {{ background: {accent}; color: #ffffff; border-radius: 13px; font-weight: 700; }}
QHeaderView#roomyHeader::section {{ padding-right: 14px; }}
QListWidget#orderList {{ font-size: 15px; padding: 4px; }}
QListWidget#orderList::item {{ padding: 9px 8px; }}
QPushButton#linkButton {{ border: none; background: transparent; color: {accent}; padding: 2px 4px; text-align: left; }}
QPushButton#linkButton:hover {{ text-decoration: underline; background: transparent; }}
QLabel#auditGroup {{ font-weight: 600; margin-top: 4px; }}
QLabel#auditGroup[severity="fix"] {{ color: {bad}; }}
QLabel#auditGroup[severity="explain"] {{ color: {ok}; }}
QLabel#auditGroup[severity="note"] {{ color: {muted}; }}
QPushButton:focus {{ border: 2px solid {accent}; padding: 5px 13px; }}
QPushButton:default:focus, QPushButton#primary:focus {{ border: 2px solid {text}; }}
QPushButton#choice:focus {{ padding: 9px 13px; }}
QPushButton[size="large"]:focus {{ padding: 7px 21px; }}
QPushButton#linkButton:focus {{ border: 1px solid {accent}; border-radius: 4px; padding: 1px 3px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus,
QDateTimeEdit:focus {{ border: 2px solid {accent}; padding: 4px 7px; }}
QLineEdit#answer:focus {{ padding: 9px 11px; }}
QCheckBox:focus, QRadioButton:focus {{ color: {accent}; text-decoration: underline; }}
QTableView:focus, QTreeView:focus, QListWidget:focus {{ border: 1px solid {accent}; }}
QTabBar::tab:focus {{ color: {text}; text-decoration: underline; }}
QToolButton#navButton:focus {{ border: 2px solid {accent}; }}
QToolButton#navButton:checked:focus {{ border: 2px solid {text}; }}
"""

# Widgets get their look from the style sheet above through their object name or these properties
# (``mark(label, tone="bad")``), never from an inline style sheet: a theme switch then restyles them too.


def mark(widget: Any, **props: Any) -> None:
    """Set style properties (``tone``, ``size``, ``strong``, ``level``…) and restyle the widget at once."""
    for key, value in props.items():
        widget.setProperty(key, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)

_current: dict[str, str] = dict(LIGHT)


def colors() -> dict[str, str]:
    """The colours of the theme in use (for charts and custom painting)."""
    return _current


def is_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


class AppStyle(QProxyStyle):
    """Fusion with the app's own icons on the standard buttons (OK, Yes, Save, Cancel…) and in message boxes,
    instead of Qt's fallback icons, which do not match the rest of the interface."""

    _ICONS = {
        QStyle.StandardPixmap.SP_DialogOkButton: "check", QStyle.StandardPixmap.SP_DialogYesButton: "check",
        QStyle.StandardPixmap.SP_DialogApplyButton: "check", QStyle.StandardPixmap.SP_DialogSaveButton: "check",
        QStyle.StandardPixmap.SP_DialogYesToAllButton: "check", QStyle.StandardPixmap.SP_DialogOpenButton: "import",
        QStyle.StandardPixmap.SP_DialogCancelButton: "cross", QStyle.StandardPixmap.SP_DialogNoButton: "cross",
        QStyle.StandardPixmap.SP_DialogCloseButton: "cross", QStyle.StandardPixmap.SP_DialogDiscardButton: "cross",
        QStyle.StandardPixmap.SP_DialogNoToAllButton: "cross", QStyle.StandardPixmap.SP_DialogAbortButton: "cross",
        QStyle.StandardPixmap.SP_DialogResetButton: "undo", QStyle.StandardPixmap.SP_DialogRetryButton: "undo",
        QStyle.StandardPixmap.SP_DialogHelpButton: "help", QStyle.StandardPixmap.SP_MessageBoxQuestion: "help",
        QStyle.StandardPixmap.SP_MessageBoxInformation: "info", QStyle.StandardPixmap.SP_MessageBoxWarning: "warning",
        QStyle.StandardPixmap.SP_MessageBoxCritical: "warning",
    }
    _BIG = (QStyle.StandardPixmap.SP_MessageBoxQuestion, QStyle.StandardPixmap.SP_MessageBoxInformation,
            QStyle.StandardPixmap.SP_MessageBoxWarning, QStyle.StandardPixmap.SP_MessageBoxCritical)

    def standardIcon(self, standard: QStyle.StandardPixmap, option: Any = None, widget: Any = None) -> QIcon:  # noqa: N802
        name = self._ICONS.get(standard)
        if name is not None:
            from .icons import icon

            tint = {"warning": _current.get("ok"), "info": _current.get("accent")}.get(name)
            if standard == QStyle.StandardPixmap.SP_MessageBoxCritical:
                tint = _current.get("bad")
            found = icon(name, tint or None)
            if not found.isNull():
                return found
        return super().standardIcon(standard, option, widget)


def apply_theme(app: QApplication, choice: str = "system") -> None:
    global _current
    dark = is_dark(choice)
    c = DARK if dark else LIGHT
    _current = dict(c)
    app.setStyle(AppStyle("Fusion"))
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"], QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"], QPalette.ColorRole.AlternateBase: c["alt"],
        QPalette.ColorRole.Text: c["text"], QPalette.ColorRole.Button: c["base"],
        QPalette.ColorRole.ButtonText: c["text"], QPalette.ColorRole.Highlight: c["accent"],
        QPalette.ColorRole.HighlightedText: c["accent_text"], QPalette.ColorRole.ToolTipBase: c["base"],
        QPalette.ColorRole.ToolTipText: c["text"], QPalette.ColorRole.PlaceholderText: c["muted"],
        QPalette.ColorRole.Link: c["accent"], QPalette.ColorRole.Mid: c["border"],
    }
    for role, color in roles.items():
        pal.setColor(role, QColor(color))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(c["muted"]))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(c["muted"]))
    app.setPalette(pal)
    from ..core.paths import resources_dir

    chevron = resources_dir() / "icons" / f"chevron-down-{'dark' if dark else 'light'}.svg"
    chevron_up = chevron.with_name(chevron.name.replace("-down-", "-up-"))
    app.setStyleSheet(STYLE.format(chevron=chevron.as_posix(), chevron_up=chevron_up.as_posix(), **c))
    from .icons import clear_cache

    clear_cache()
