"""First run: three clear ways in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..context import AppContext
from ..icons import icon
from ..ops import Changes
from ..widgets.layout import centered
from .base import Screen

if TYPE_CHECKING:
    from ...core.coach import Coach


class WelcomeScreen(Screen):
    name = "welcome"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Welcome"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addStretch(1)
        h1 = QLabel(self.tr("Get ready for your verification call"), objectName="h1")
        h1.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(h1)
        sub = QLabel(
            self.tr("verify_coach turns your own profile into the questions an agent asks, and shows what you "
                    "do not yet recall reliably. Everything stays on this computer."),
            objectName="muted",
        )
        sub.setWordWrap(True)
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = sub
        # a word-wrapped label given an alignment in its layout gets a width its height is not computed for
        # (the text was cut off): centre it in a column of its own instead
        outer.addWidget(centered(sub, 620))
        outer.addSpacing(28)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.import_button = self._card(row, "import", self.tr("Import my profile"),
                                        self.tr("JSON Resume, a LinkedIn data export, a verify_coach file, or pasted "
                                                "profile text."), self.tr("Import… (Ctrl+I)"))
        self.create_button = self._card(row, "new", self.tr("Type it in"),
                                        self.tr("Fill in the profile editor section by section."),
                                        self.tr("Create profile (Ctrl+N)"))
        self.demo_button = self._card(row, "demo", self.tr("Try a demo"),
                                      self.tr("Explore with a realistic made-up freelancer profile."),
                                      self.tr("Open demo profile"))
        outer.addLayout(row)
        outer.addStretch(2)
        note = QLabel(self.tr("Rehearse your own, true profile. verify_coach is for practice before the call, "
                              "never for use during it."), objectName="muted")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        outer.addWidget(note)
        # The window carries these out now, or once the database is open (this page shows before it is).
        self.import_button.clicked.connect(self.ctx.bus.import_profile.emit)
        self.create_button.clicked.connect(self.ctx.bus.new_profile.emit)
        self.demo_button.clicked.connect(self.create_demo)

    def _card(self, row: QHBoxLayout, ico: str, title: str, text: str, button: str) -> QPushButton:
        card = QFrame(objectName="card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(20, 20, 20, 20)
        lay.setSpacing(10)
        pic = QLabel()
        pic.setPixmap(icon(ico, "#2563eb").pixmap(QSize(36, 36)))
        lay.addWidget(pic)
        lay.addWidget(QLabel(title, objectName="h2"))
        body = QLabel(text)
        body.setWordWrap(True)
        body.setProperty("muted", True)
        lay.addWidget(body, 1)
        btn = QPushButton(button)
        btn.setAccessibleName(title)
        lay.addWidget(btn)
        card.setMinimumWidth(220)
        card.setMaximumWidth(300)
        row.addWidget(card)
        return btn

    def show_first_look(self, look: object) -> None:
        self.dirty = False
        self.ready.emit()

    def create_demo(self) -> None:
        self.demo_button.setEnabled(False)

        def make(coach: Coach) -> None:
            from ...core.demo import make_demo_profile

            names = [p.name for p in coach.profiles()]
            if "Demo" in names:
                coach.set_active("Demo")
            else:
                coach.save_profile("Demo", make_demo_profile(seed=0))

        # On success the main window hears the profile change and moves on to the dashboard.
        self.ctx.op(self, make, changes=Changes.PROFILE, name="demo") \
            .success(lambda _: self.demo_button.setEnabled(True)) \
            .failure(lambda _: self.demo_button.setEnabled(True)).run()
