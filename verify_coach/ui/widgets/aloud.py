"""Answering aloud: the level meter, the listening panel and the self-check ("Say it like this").

Views only: the screens own the microphone (:class:`verify_coach.audio.Microphone`) and forward its
signals here; these widgets emit what the user asks for (done, hear it, play back, a rating).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .. import theme
from ..i18n import fill
from ..icons import icon
from .fact_labels import fact_label
from .layout import plain_label

FLOOR_DB = -60.0  # the meter's empty end


def seconds(ms: int | None) -> str:
    return "" if ms is None else f"{ms / 1000:.1f} s"


class LevelMeter(QWidget):
    """A horizontal bar of the microphone's level; red when the signal clips."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Microphone level"))
        self.setMinimumSize(120, 10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.db = FLOOR_DB
        self.peak_hold = FLOOR_DB
        self.clipped = False

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, 10)

    def set_level(self, rms_db: float, peak: float = 0.0, clipped: bool = False) -> None:
        self.db = max(FLOOR_DB, min(0.0, rms_db))
        self.peak_hold = max(self.db, self.peak_hold - 1.5)
        self.clipped = clipped
        self.setAccessibleDescription(f"{int(self.db)} dB")
        self.update()

    def reset(self) -> None:
        self.db = self.peak_hold = FLOOR_DB
        self.clipped = False
        self.update()

    @property
    def fraction(self) -> float:
        return (self.db - FLOOR_DB) / -FLOOR_DB

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        c = theme.colors()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(c["border"]))
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        w = r.width() * self.fraction
        if w > 1:
            p.setBrush(QColor(c["bad"] if self.clipped else c["good"]))
            p.drawRoundedRect(QRectF(r.left(), r.top(), w, r.height()), r.height() / 2, r.height() / 2)
        hold = r.left() + r.width() * (self.peak_hold - FLOOR_DB) / -FLOOR_DB
        if hold > r.left() + 2:
            p.setBrush(QColor(c["text"]))
            p.drawRect(QRectF(hold - 1, r.top(), 2, r.height()))
        p.end()


class ListeningPanel(QFrame):
    """In place of the answer field: "Listening — say your answer", the meter, Done."""

    done_requested = Signal()
    type_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("listening")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.mic = plain_label()
        self.mic.setPixmap(icon("mic", theme.colors()["accent"]).pixmap(QSize(22, 22)))
        row.addWidget(self.mic)
        self.state = plain_label(self.tr("Listening — say your answer"), objectName="h2")
        self.state.setAccessibleName(self.tr("Listening"))
        row.addWidget(self.state, 1)
        self.done = QPushButton(self.tr("Done (Enter)"), objectName="primary")
        self.done.setAccessibleName(self.tr("I have finished answering"))
        self.done.setToolTip(self.tr("End your answer now (Enter or Space); it also ends by itself after a pause"))
        self.done.clicked.connect(self.done_requested.emit)
        self.done.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.done)
        lay.addLayout(row)
        self.meter = LevelMeter()
        lay.addWidget(self.meter)
        bottom = QHBoxLayout()
        self.hint = plain_label("", objectName="muted")
        self.hint.setWordWrap(True)
        bottom.addWidget(self.hint, 1)
        self.type_button = QPushButton(self.tr("Type instead (A)"))
        self.type_button.setAccessibleName(self.tr("Type this answer instead"))
        self.type_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.type_button.clicked.connect(self.type_requested.emit)
        bottom.addWidget(self.type_button)
        lay.addLayout(bottom)

    def listening(self, device: str) -> None:
        self.state.setText(self.tr("Listening — say your answer"))
        self.hint.setText(fill(self.tr("Microphone: %1 · the answer ends after a short pause"), device)
                          if device else "")
        self.meter.reset()
        self.meter.setVisible(True)
        self.hint.setVisible(True)
        self.done.setEnabled(True)
        self.done.setVisible(True)
        self.type_button.setVisible(True)

    def speaking(self, after_ms: int | None) -> None:
        self.state.setText(fill(self.tr("Speaking… (started after %1)"), seconds(after_ms)) if after_ms is not None
                           else self.tr("Speaking…"))

    def too_loud(self) -> None:
        self.hint.setText(self.tr("Your microphone is clipping: move it away a little or turn its level down."))

    def stopped(self) -> None:
        """The answer is over: the microphone no longer listens."""
        self.state.setText(self.tr("Heard you — now rate your answer"))
        self.done.setVisible(False)
        self.type_button.setVisible(False)
        self.hint.setText("")
        self.hint.setVisible(False)
        self.meter.setVisible(False)


class SelfCheckPanel(QFrame):
    """After an answer said aloud: "Say it like this", Hear it, what you said ▶, and Right / Close / Wrong."""

    rated = Signal(str)  # right, close, wrong
    hear_requested = Signal()
    playback_requested = Signal()
    undo_requested = Signal()

    RATINGS = ("right", "close", "wrong")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 20, 28, 20)
        lay.setSpacing(10)
        lay.addWidget(plain_label(self.tr("Say it like this"), objectName="cardTitle"))
        self.say_it = plain_label("", objectName="prompt")
        self.say_it.setWordWrap(True)
        self.say_it.setAccessibleName(self.tr("Say it like this"))
        self.say_it.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.say_it)
        self.written = plain_label("", objectName="muted")
        self.written.setWordWrap(True)
        lay.addWidget(self.written)
        tools = QHBoxLayout()
        tools.setSpacing(10)
        self.hear = QPushButton(icon("volume", theme.colors()["accent"]), self.tr("Hear it (H)"))
        self.hear.setAccessibleName(self.tr("Hear how to say it"))
        self.hear.clicked.connect(self.hear_requested.emit)
        tools.addWidget(self.hear)
        self.play = QPushButton(icon("play", theme.colors()["accent"]), self.tr("You said (P)"))
        self.play.setAccessibleName(self.tr("Play back what you said"))
        self.play.clicked.connect(self.playback_requested.emit)
        tools.addWidget(self.play)
        self.timing = plain_label("", objectName="muted")
        self.timing.setWordWrap(True)
        tools.addWidget(self.timing, 1)
        lay.addLayout(tools)
        self.heard = plain_label("", objectName="muted")  # a transcriber's proposal (core.speech.transcribe)
        self.heard.setWordWrap(True)
        self.heard.setVisible(False)
        lay.addWidget(self.heard)
        self.question = plain_label(self.tr("How did your answer compare?"))
        self.question.setProperty("strong", True)
        lay.addWidget(self.question)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        for n, (rating, text, tip) in enumerate((
            ("right", self.tr("Right"), self.tr("You said it, without real trouble")),
            ("close", self.tr("Close"), self.tr("Nearly: a detail off, or you had to search for it")),
            ("wrong", self.tr("Wrong"), self.tr("Wrong, or you could not say it")),
        ), start=1):
            b = QPushButton(f"{n}  {text}", objectName="primary" if rating == "right" else "")
            b.setAccessibleName(text)
            b.setToolTip(f"{tip} ({n})")
            b.setMinimumHeight(40)
            b.clicked.connect(lambda _=False, r=rating: self.rated.emit(r))
            buttons.addWidget(b, 1)
            self.buttons[rating] = b
        lay.addLayout(buttons)
        self.note = plain_label("", objectName="muted")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)

    def show_check(self, say_it: str, written: str, label: str, hesitation_ms: int | None, latency_ms: int,
                   *, can_play: bool, can_hear: bool, slow_ms: int, heard_text: str = "") -> None:
        self.say_it.setText(f"“{say_it}”")
        self.heard.setText(fill(self.tr("It sounded like: “%1”"), heard_text) if heard_text else "")
        self.heard.setVisible(bool(heard_text))
        self.written.setText(fill(self.tr("From your profile: %1 — %2"), fact_label(label), written) if label else written)
        parts = []
        if hesitation_ms is not None:
            part = fill(self.tr("You started after %1"), seconds(hesitation_ms))
            if hesitation_ms >= slow_ms:
                part += " · " + self.tr("hesitant")
            parts.append(part)
        parts.append(fill(self.tr("finished after %1"), seconds(latency_ms)))
        self.timing.setText(" · ".join(parts))
        self.play.setVisible(can_play)
        self.hear.setEnabled(can_hear)
        self.hear.setToolTip("" if can_hear else self.tr("No voice is available on this system"))
        self.note.setText(self.tr("1 Right · 2 Close · 3 Wrong — the next question follows; Ctrl+Z takes the "
                                  "rating back"))
        for b in self.buttons.values():
            b.setEnabled(True)
        self.buttons["right"].setFocus(Qt.FocusReason.OtherFocusReason)

    def lock(self) -> None:
        for b in self.buttons.values():
            b.setEnabled(False)
