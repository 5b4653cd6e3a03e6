"""Small layout helpers shared by the screens: a centred column, the empty-state page and panel, a busy page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def plain_label(text: str = "", *args: object, **kw: object) -> QLabel:
    """A label that shows its text as it is: a profile named "<b>Me</b>" keeps its brackets (a QLabel guesses
    rich text from anything that looks like a tag). Every label that shows the user's data uses it."""
    lab = QLabel(text, *args, **kw)  # type: ignore[call-overload]
    lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


def safe_message(text: str) -> str:
    """``text`` for a QMessageBox, shown as it is even when user data in it looks like markup: the message box
    guesses rich text the way a QLabel does, and its static functions cannot be told otherwise."""
    import html

    from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace

    if not GuiQt.mightBeRichText(text):
        return text

    return '<p style="white-space: pre-wrap">' + html.escape(text) + "</p>"


def button(text: str, name: str, slot: Callable[[], object], icon_name: str = "") -> QPushButton:
    """A push button whose accessible name is also its tooltip (the editors' small action buttons)."""
    b = QPushButton(text)
    b.setAccessibleName(name)
    b.setToolTip(name)
    if icon_name:
        from ..icons import icon

        b.setIcon(icon(icon_name))
    b.clicked.connect(lambda _=False: slot())
    return b


def centered(widget: QWidget, width: int) -> QWidget:
    """``widget`` in a column of at most ``width`` pixels, centred horizontally."""
    holder = QWidget()
    lay = QHBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addStretch(1)
    widget.setMaximumWidth(width)
    lay.addWidget(widget, 100)
    lay.addStretch(1)
    return holder


def centred_label(text: str, object_name: str = "", *, muted: bool = False) -> QLabel:
    """A label centred and wrapped, as the empty and busy pages use them."""
    label = QLabel(text, objectName=object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    if muted:
        label.setProperty("muted", True)
    return label


def empty_page(title: str, text: str, buttons: list[tuple[str, str, Callable[[], None]]], width: int = 600) -> QWidget:
    """A page that says what is missing and what to do next: a title, a line of text and buttons
    given as ``(label, accessible name, slot)``; the first button is the primary one."""
    page = QWidget()
    col = QWidget()
    lay = QVBoxLayout(col)
    lay.addStretch(1)
    lay.addWidget(centred_label(title, "h1"))
    lay.addWidget(centred_label(text, "muted"))
    lay.addSpacing(16)
    row = QHBoxLayout()
    row.addStretch(1)
    for i, (label, name, slot) in enumerate(buttons):
        b = QPushButton(label, objectName="primary" if i == 0 else "")
        b.setAccessibleName(name)
        b.clicked.connect(slot)
        row.addWidget(b)
    row.addStretch(1)
    lay.addLayout(row)
    lay.addStretch(2)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(centered(col, width), 1)
    return page


def busy_page(text: str, accessible_name: str) -> tuple[QWidget, QLabel]:
    """A page with a line of text over an indeterminate progress bar; returns the page and its label."""
    from PySide6.QtWidgets import QProgressBar

    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addStretch(1)
    label = centred_label(text, "h2")
    lay.addWidget(label)
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setFixedWidth(240)
    bar.setAccessibleName(accessible_name)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(bar)
    row.addStretch(1)
    lay.addLayout(row)
    lay.addStretch(2)
    return page, label


class EmptyPanel(QFrame):
    """A card in place of content that is not there yet: an icon, a title, a line of text and one button
    that says what to do next. The texts can change with the reason (``set_texts``)."""

    def __init__(self, icon_name: str, title: str, text: str, button: str, accessible_name: str,
                 slot: Callable[[], None]):
        super().__init__(objectName="card")
        self.icon_name = icon_name
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 40, 32, 40)
        lay.setSpacing(10)
        lay.addStretch(1)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.icon)
        self.title = centred_label(title, "h2")
        lay.addWidget(self.title)
        self.text = centred_label(text, muted=True)
        lay.addWidget(centered(self.text, 560))
        lay.addSpacing(6)
        self.button = QPushButton(button, objectName="primary")
        self.button.setAccessibleName(accessible_name)
        self.button.clicked.connect(slot)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        self.retint()

    def set_texts(self, title: str, text: str, button: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(button)
        self.button.setAccessibleName(button)

    def retint(self) -> None:
        """The icon in the theme's accent colour (again after the theme changed)."""
        from .. import theme
        from ..icons import icon

        self.icon.setPixmap(icon(self.icon_name, theme.colors()["accent"]).pixmap(QSize(44, 44)))
