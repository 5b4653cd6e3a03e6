"""The call stage: a dark video-call layout with the agent's tile, the self-view, a caption bar, the answer
area and a controls row. It only displays and forwards keys; the mock call screen drives it.

Keys handled here (when the answer field does not have them): 1 / 2 / 3 rate an open answer, 1–9 tick the
points of a checklist answer or of the ID self-check, Enter skips the agent's greeting and an ID
instruction and confirms a checklist; R repeats the question and S asks for it slower (Alt+R / Alt+S
while typing an answer).
"""

from __future__ import annotations

import math
from typing import cast

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QLinearGradient, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill
from ..icons import icon
from .layout import plain_label
from .self_view import SelfView

STAGE_QSS = """
#callStage { background: #0e1218; border-radius: 18px; }
#callStage QLabel { color: #e5e9f0; }
QLabel#stageLead { font-size: 14px; color: #cbd5e1; }
QLabel#callBadge { background: #1f2733; color: #cbd5e1; border-radius: 11px; padding: 4px 12px; font-size: 12px; }
QLabel#callBadge[recording="true"] { background: #7f1d1d; color: #fee2e2; font-weight: 600; }
QLabel#callPhase { color: #cbd5e1; font-size: 13px; font-weight: 600; }
QLabel#callTime { color: #cbd5e1; font-size: 13px; }
QFrame#tile { background: #1a202b; border-radius: 14px; }
QFrame#selfView, QFrame#selfPlaceholder { background: #1a202b; border-radius: 14px; }
QLabel#placeholderTitle { color: #e2e8f0; font-size: 15px; font-weight: 600; }
QLabel#placeholderText { color: #94a3b8; font-size: 12px; }
QLabel#tileName { background: rgba(0, 0, 0, 115); color: #f1f5f9; border-radius: 8px; padding: 3px 9px;
    font-size: 12px; }
QLabel#agentState { color: #94a3b8; font-size: 12px; }
QFrame#captionBar { background: #161c26; border-radius: 12px; }
QLabel#captionIntro { color: #93a4bb; font-size: 13px; }
QLabel#caption { color: #ffffff; font-size: 21px; font-weight: 600; }
QLabel#pausedBanner { background: #3a2d0c; color: #fde68a; border-radius: 8px; padding: 6px 12px; font-weight: 600; }
QLineEdit#callAnswer { background: #1a202b; color: #f8fafc; border: 1px solid #334155; border-radius: 10px;
    font-size: 17px; padding: 10px 14px; selection-background-color: #4f8cff; }
QLineEdit#callAnswer:focus { border: 1px solid #4f8cff; }
QLineEdit#callAnswer:disabled { color: #64748b; }
QLabel#answerHint { color: #8b9bb0; font-size: 12px; }
QPushButton#rateButton { background: #1f2733; color: #f1f5f9; border: 1px solid #334155; border-radius: 10px;
    padding: 9px 16px; font-size: 14px; font-weight: 600; }
QPushButton#rateButton:hover { background: #283241; }
QPushButton#rateButton:focus { border: 1px solid #4f8cff; }
QLabel#countdownPill { background: #1f2733; color: #cbd5e1; border-radius: 16px; padding: 6px 14px;
    font-size: 13px; font-weight: 600; }
QLabel#countdownPill[state="running"] { background: #16324f; color: #bfdbfe; }
QLabel#countdownPill[state="late"] { background: #4c1d1d; color: #fecaca; }
QLabel#countdownPill[state="typing"] { background: #14321f; color: #bbf7d0; }
QPushButton#controlButton { background: #2a3342; color: #f1f5f9; border: none; border-radius: 20px;
    padding: 9px 18px; font-weight: 600; }
QPushButton#controlButton:hover { background: #354052; }
QPushButton#controlButton:checked { background: #b45309; }
QPushButton#endCall { background: #dc2626; color: #ffffff; border: none; border-radius: 20px; padding: 9px 20px;
    font-weight: 700; }
QPushButton#endCall:hover { background: #ef4444; }
#callStage QCheckBox { color: #e5e9f0; font-size: 13px; spacing: 8px; }
QLabel#nameCheck { color: #cbd5e1; font-size: 12px; }
QLabel#nameCheck[tone="warn"] { color: #fcd34d; }
"""
CARD_RATIO = 85.6 / 53.98  # an ID card (ISO/IEC 7810 ID-1)


class _CurrentStack(QStackedWidget):
    """A stacked widget as tall as its current page (the checklist is taller than the answer field)."""

    def sizeHint(self) -> QSize:  # noqa: N802
        w = self.currentWidget()
        return w.sizeHint() if w is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        w = self.currentWidget()
        return w.minimumSizeHint() if w is not None else super().minimumSizeHint()


class CardGuide(QWidget):
    """A card-shaped outline over the self-view while the agent asks to see the ID."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text = ""
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        parent = self.parentWidget()
        if obj is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = min(self.width() * 0.72, self.height() * 0.62 * CARD_RATIO)
        h = w / CARD_RATIO
        rect = QRectF((self.width() - w) / 2, (self.height() - h) / 2 - 10, w, h)
        p.fillRect(self.rect(), QColor(0, 0, 0, 70))
        p.setPen(QPen(QColor("#fbbf24"), 3, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, h * 0.07, h * 0.07)
        if self.text:
            p.setPen(QColor("#fde68a"))
            f = QFont(self.font())
            f.setBold(True)
            p.setFont(f)
            p.drawText(QRectF(rect.left() - 20, rect.bottom() + 6, rect.width() + 40, 24),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self.text)
        p.end()



class AgentAvatar(QWidget):
    """A round avatar for the agent; rings pulse around it while the agent speaks."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.speaking = False
        self.camera = True  # False: the agent's camera is off (a letter, no face)
        self.letter = "A"
        self.phase = 0.0
        self.setMinimumSize(QSize(150, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._step)

    def set_speaking(self, on: bool) -> None:
        self.speaking = on
        if on:
            self._timer.start()
        else:
            self._timer.stop()
            self.phase = 0.0
        self.update()

    def _step(self) -> None:
        self.phase = (self.phase + 0.12) % (2 * math.pi)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        r = side * 0.30
        cx, cy = self.width() / 2, self.height() / 2
        if self.speaking:
            for i, alpha in ((1, 90), (2, 45)):
                grow = 6 * i + 4 * (1 + math.sin(self.phase - i))
                pen = QPen(QColor(79, 140, 255, alpha), 3)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QRectF(cx - r - grow, cy - r - grow, 2 * (r + grow), 2 * (r + grow)))
        if not self.camera:  # as a video call shows a participant whose camera is off
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#334155"))
            p.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
            f = QFont(self.font())
            f.setPixelSize(max(12, int(r * 0.9)))
            f.setBold(True)
            p.setFont(f)
            p.setPen(QColor("#e2e8f0"))
            p.drawText(QRectF(cx - r, cy - r, 2 * r, 2 * r), int(Qt.AlignmentFlag.AlignCenter), self.letter)
            p.end()
            return
        grad = QLinearGradient(cx - r, cy - r, cx + r, cy + r)
        grad.setColorAt(0, QColor("#4f8cff"))
        grad.setColorAt(1, QColor("#7c3aed"))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(grad)
        p.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
        # a simple head-and-shoulders silhouette, clipped to the circle
        clip = QPainterPath()
        clip.addEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
        p.setClipPath(clip)
        p.setBrush(QColor(255, 255, 255, 215))
        head = r * 0.36
        p.drawEllipse(QRectF(cx - head, cy - r * 0.52, 2 * head, 2 * head))
        body = QRectF(cx - r * 0.72, cy + r * 0.28, r * 1.44, r * 1.3)
        p.drawRoundedRect(body, r * 0.6, r * 0.6)
        p.end()


class CallView(QFrame):
    """The stage of a video call. Signals carry what the user did; the screen decides what it means."""

    answer_submitted = Signal(str)
    first_keystroke = Signal()
    rated = Signal(str)  # good | okay | poor
    skip_requested = Signal()
    pause_toggled = Signal()
    end_requested = Signal()
    repeat_requested = Signal(bool)  # slower
    points_done = Signal(list)  # the indexes of the checklist points ticked
    id_checked = Signal(list)  # the ids of the ID self-check points ticked
    aloud_finished = Signal()  # Enter / Space / Done while answering aloud
    self_rated = Signal(str)  # right | close | wrong: an answer said aloud
    type_requested = Signal()  # T: type this answer instead

    RATINGS = (("good", Qt.Key.Key_1), ("okay", Qt.Key.Key_2), ("poor", Qt.Key.Key_3))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("callStage")
        self.setStyleSheet(STAGE_QSS)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.mode = "greeting"  # greeting | typed | rating | checklist | id_step | id_check | closing
        self._typed = False
        self.captions = True
        self._caption_text = ""
        self._intro_text = ""
        self.point_boxes: list[QCheckBox] = []
        self.check_boxes: list[tuple[str, QCheckBox]] = []
        root = QVBoxLayout(self)
        root.setContentsMargins(18, 14, 18, 16)
        root.setSpacing(12)

        top = QHBoxLayout()
        self.badge = plain_label("", objectName="callBadge")
        self.badge.setAccessibleName(self.tr("Recording status"))
        top.addWidget(self.badge)
        top.addStretch(1)
        self.phase_label = plain_label("", objectName="callPhase")
        self.phase_label.setAccessibleName(self.tr("Call progress"))
        top.addWidget(self.phase_label)
        top.addStretch(1)
        self.time_label = plain_label("00:00", objectName="callTime")
        self.time_label.setAccessibleName(self.tr("Call time"))
        top.addWidget(self.time_label)
        root.addLayout(top)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        agent = QFrame(objectName="tile")
        al = QVBoxLayout(agent)
        al.setContentsMargins(12, 12, 12, 12)
        self.avatar = AgentAvatar()
        al.addWidget(self.avatar, 1)
        arow = QHBoxLayout()
        self.agent_name = plain_label(self.tr("Verification agent"), objectName="tileName")
        arow.addWidget(self.agent_name)
        self.camera_off = plain_label(self.tr("camera off"), objectName="agentState")
        self.camera_off.setVisible(False)
        arow.addWidget(self.camera_off)
        arow.addStretch(1)
        self.agent_state = plain_label("", objectName="agentState")
        self.agent_state.setAccessibleName(self.tr("Agent status"))
        arow.addWidget(self.agent_state)
        al.addLayout(arow)
        tiles.addWidget(agent, 3)

        me = QFrame(objectName="tile")
        ml = QVBoxLayout(me)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.setSpacing(0)
        self.self_view = SelfView()
        ml.addWidget(self.self_view, 1)
        self.card_guide = CardGuide(self.self_view)
        self.me_name = plain_label(self.tr("You"), objectName="tileName")
        name_row = QHBoxLayout()
        name_row.setContentsMargins(12, 0, 12, 12)
        name_row.addWidget(self.me_name)
        name_row.addStretch(1)
        ml.addLayout(name_row)
        tiles.addWidget(me, 2)
        root.addLayout(tiles, 1)

        cap = QFrame(objectName="captionBar")
        cl = QVBoxLayout(cap)
        cl.setContentsMargins(18, 12, 18, 14)
        cl.setSpacing(4)
        self.paused_banner = plain_label(self.tr("Paused — the countdown is stopped. Press F8 or Resume to go on."),
                                    objectName="pausedBanner")
        self.paused_banner.setVisible(False)
        cl.addWidget(self.paused_banner)
        self.intro = plain_label("", objectName="captionIntro")
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        cl.addWidget(self.intro)
        self.caption = plain_label("", objectName="caption")
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(self.tr("Question"))
        self.caption.setMinimumHeight(30)
        cl.addWidget(self.caption)
        root.addWidget(cap)

        self.answer_stack = _CurrentStack()
        self.answer_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # typed answers
        typed = QWidget()
        tl = QVBoxLayout(typed)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(4)
        self.answer = QLineEdit(objectName="callAnswer")
        self.answer.setPlaceholderText(self.tr("Type your answer as you would say it, then press Enter"))
        self.answer.setAccessibleName(self.tr("Your answer"))
        self.answer.textEdited.connect(self._edited)
        # Enter in the answer field submits and is used up there (QLineEdit passes it on to its parent, where
        # it would also skip the agent's next turn, e.g. the first instruction of the ID step)
        self.answer.installEventFilter(self)  # also Alt+R / Alt+S while typing (before the menu's Alt+S)
        tl.addWidget(self.answer)
        self.answer_hint = plain_label(self.tr("Enter with nothing typed counts as “I don't know”."), objectName="answerHint")
        tl.addWidget(self.answer_hint)
        self.answer_stack.addWidget(typed)
        # open questions: said aloud, then rated
        rating = QWidget()
        rating.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        rating.setAccessibleName(self.tr("Rate your spoken answer"))
        self.rating_page = rating
        rl = QHBoxLayout(rating)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(10)
        self.rating_label = plain_label(self.tr("Answer out loud, then rate yourself:"), objectName="stageLead")
        rl.addWidget(self.rating_label)
        rl.addStretch(1)
        self.rate_buttons: dict[str, QPushButton] = {}
        for (value, _key), text, name in zip(
            self.RATINGS,
            (self.tr("1  Good"), self.tr("2  Okay"), self.tr("3  Poor")),
            (self.tr("Rate my answer good"), self.tr("Rate my answer okay"), self.tr("Rate my answer poor")),
            strict=True,
        ):
            b = QPushButton(text, objectName="rateButton")
            b.setAccessibleName(name)
            b.clicked.connect(lambda _=False, v=value: self.rated.emit(v))
            rl.addWidget(b)
            self.rate_buttons[value] = b
        self.answer_stack.addWidget(rating)
        # the greeting and the goodbye
        wait = QWidget()
        wl = QHBoxLayout(wait)
        wl.setContentsMargins(0, 8, 0, 8)
        self.wait_label = plain_label("", objectName="stageLead")
        wl.addWidget(self.wait_label)
        wl.addStretch(1)
        self.answer_stack.addWidget(wait)
        self.wait_page = wait
        # a checklist answer ("Tell me about yourself") or the ID self-check: tick, then Enter
        self.tick_page = QWidget()
        self.tick_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        tp = QVBoxLayout(self.tick_page)
        tp.setContentsMargins(0, 0, 0, 0)
        tp.setSpacing(6)
        self.tick_label = plain_label("", objectName="stageLead")
        self.tick_label.setWordWrap(True)
        tp.addWidget(self.tick_label)
        self.tick_grid = QGridLayout()
        self.tick_grid.setHorizontalSpacing(18)
        self.tick_grid.setVerticalSpacing(4)
        tp.addLayout(self.tick_grid)
        self.name_check = plain_label("", objectName="nameCheck")
        self.name_check.setWordWrap(True)
        tp.addWidget(self.name_check)
        trow = QHBoxLayout()
        trow.addStretch(1)
        self.tick_done = QPushButton(self.tr("Done (Enter)"), objectName="rateButton")
        self.tick_done.clicked.connect(self._ticks_done)
        trow.addWidget(self.tick_done)
        tp.addLayout(trow)
        self.answer_stack.addWidget(self.tick_page)
        # a fact answered aloud: listening, then the self-check against "Say it like this"
        from .aloud import LevelMeter

        self.listen_page = QWidget()
        self.listen_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.listen_page.setAccessibleName(self.tr("Answer aloud"))
        lp = QVBoxLayout(self.listen_page)
        lp.setContentsMargins(0, 0, 0, 0)
        lp.setSpacing(6)
        lrow = QHBoxLayout()
        self.listen_label = plain_label(self.tr("Answer aloud — the microphone is listening"), objectName="stageLead")
        lrow.addWidget(self.listen_label, 1)
        self.aloud_done = QPushButton(self.tr("Done (Enter)"), objectName="rateButton")
        self.aloud_done.setAccessibleName(self.tr("I have finished answering"))
        self.aloud_done.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.aloud_done.clicked.connect(self.aloud_finished.emit)
        lrow.addWidget(self.aloud_done)
        self.type_instead = QPushButton(self.tr("Type instead (T)"), objectName="controlButton")
        self.type_instead.setAccessibleName(self.tr("Type this answer instead"))
        self.type_instead.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.type_instead.clicked.connect(self.type_requested.emit)
        lrow.addWidget(self.type_instead)
        lp.addLayout(lrow)
        self.meter = LevelMeter()
        lp.addWidget(self.meter)
        self.listen_hint = plain_label("", objectName="answerHint")
        self.listen_hint.setWordWrap(True)
        lp.addWidget(self.listen_hint)
        self.answer_stack.addWidget(self.listen_page)
        self.spoken_page = QWidget()
        self.spoken_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spoken_page.setAccessibleName(self.tr("Rate your answer"))
        sp = QVBoxLayout(self.spoken_page)
        sp.setContentsMargins(0, 0, 0, 0)
        sp.setSpacing(6)
        self.say_it = plain_label("", objectName="stageLead")
        self.say_it.setWordWrap(True)
        self.say_it.setAccessibleName(self.tr("Say it like this"))
        sp.addWidget(self.say_it)
        srow = QHBoxLayout()
        srow.setSpacing(10)
        self.spoken_timing = plain_label("", objectName="answerHint")
        self.spoken_timing.setWordWrap(True)
        srow.addWidget(self.spoken_timing, 1)
        self.self_buttons: dict[str, QPushButton] = {}
        for value, text, name in (
            ("right", self.tr("1  Right"), self.tr("I said it right")),
            ("close", self.tr("2  Close"), self.tr("I nearly said it")),
            ("wrong", self.tr("3  Wrong"), self.tr("I said it wrong")),
        ):
            b = QPushButton(text, objectName="rateButton")
            b.setAccessibleName(name)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.clicked.connect(lambda _=False, v=value: self.self_rated.emit(v))
            srow.addWidget(b)
            self.self_buttons[value] = b
        sp.addLayout(srow)
        self.answer_stack.addWidget(self.spoken_page)
        root.addWidget(self.answer_stack)

        controls = QHBoxLayout()
        controls.setSpacing(10)
        self.countdown = plain_label("", objectName="countdownPill")
        self.countdown.setAccessibleName(self.tr("Countdown"))
        self.countdown.setMinimumWidth(210)
        controls.addWidget(self.countdown)
        controls.addStretch(1)
        self.repeat_button = QPushButton(self.tr("Repeat (R)"), objectName="controlButton")
        self.repeat_button.setAccessibleName(self.tr("Ask the agent to repeat the question"))
        self.repeat_button.setToolTip(self.tr("“Could you repeat that?” — R, or Alt+R while typing"))
        self.repeat_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.repeat_button.clicked.connect(lambda: self.repeat_requested.emit(False))
        controls.addWidget(self.repeat_button)
        self.slower_button = QPushButton(self.tr("Slower (S)"), objectName="controlButton")
        self.slower_button.setAccessibleName(self.tr("Ask the agent to repeat it slower"))
        self.slower_button.setToolTip(self.tr("“A bit slower, please” — S, or Alt+S while typing"))
        self.slower_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.slower_button.clicked.connect(lambda: self.repeat_requested.emit(True))
        controls.addWidget(self.slower_button)
        self.pause_button = QPushButton(self.tr("Pause (F8)"), objectName="controlButton")
        self.pause_button.setIcon(icon("pause", "#f1f5f9"))
        self.pause_button.setCheckable(True)
        self.pause_button.setAccessibleName(self.tr("Pause the call"))
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pause_button.clicked.connect(lambda: self.pause_toggled.emit())
        controls.addWidget(self.pause_button)
        self.end_button = QPushButton(self.tr("End call"), objectName="endCall")
        self.end_button.setIcon(icon("call", "#ffffff"))
        self.end_button.setAccessibleName(self.tr("End the call"))
        self.end_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.end_button.clicked.connect(lambda: self.end_requested.emit())
        controls.addWidget(self.end_button)
        root.addLayout(controls)

    # ------------------------------------------------------------------ what is shown
    def set_badge(self, text: str, recording: bool) -> None:
        self.badge.setText(text)
        self.badge.setProperty("recording", "true" if recording else "false")
        self._repolish(self.badge)

    def set_phase(self, text: str) -> None:
        self.phase_label.setText(text)

    def set_time(self, text: str) -> None:
        self.time_label.setText(text)

    def set_caption(self, text: str, intro: str = "") -> None:
        self._caption_text, self._intro_text = text, intro
        self._show_caption()

    def set_captions(self, on: bool) -> None:
        """Captions off: listening practice; the question is only heard (R repeats it)."""
        self.captions = on
        self._show_caption()

    def _show_caption(self) -> None:
        if self.captions or not self._caption_text:
            self.caption.setText(self._caption_text)
            self.intro.setText(self._intro_text)
            self.intro.setVisible(bool(self._intro_text))
            return
        self.caption.setText(self.tr("🎧 Listen — captions are off"))
        self.intro.setVisible(False)

    def set_agent(self, name: str, camera: bool) -> None:
        """The agent's tile: a name, and either a face or (camera off) a letter, as a video call shows it."""
        self.agent_name.setText(name)
        self.avatar.camera = camera
        self.avatar.letter = (name.strip()[:1] or "A").upper()
        self.camera_off.setVisible(not camera)
        self.avatar.update()

    def set_agent_speaking(self, on: bool, text: str) -> None:
        self.avatar.set_speaking(on)
        self.agent_state.setText(text)

    def set_card_guide(self, on: bool, text: str = "") -> None:
        """The card-shaped guide over the self-view while the agent asks for the ID."""
        self.card_guide.text = text
        self.card_guide.setGeometry(self.self_view.rect())
        self.card_guide.setVisible(on)
        if on:
            self.card_guide.raise_()
            self.card_guide.update()

    def set_countdown(self, text: str, state: str = "") -> None:
        self.countdown.setText(text)
        if self.countdown.property("state") != state:
            self.countdown.setProperty("state", state)
            self._repolish(self.countdown)

    def set_paused(self, paused: bool) -> None:
        self.paused_banner.setVisible(paused)
        self.pause_button.setChecked(paused)
        self.pause_button.setText(self.tr("Resume (F8)") if paused else self.tr("Pause (F8)"))
        self.pause_button.setIcon(icon("play" if paused else "pause", "#f1f5f9"))
        self.pause_button.setAccessibleName(self.tr("Resume the call") if paused else self.tr("Pause the call"))
        self.answer.setEnabled(not paused)
        for b in self.rate_buttons.values():
            b.setEnabled(not paused)
        self.tick_done.setEnabled(not paused)
        self.repeat_button.setEnabled(not paused)
        self.slower_button.setEnabled(not paused)
        if not paused:
            self.focus_answer()

    def show_waiting(self, text: str, mode: str = "greeting") -> None:
        self.mode = mode
        self.wait_label.setText(text)
        self.answer_stack.setCurrentWidget(self.wait_page)
        self.answer_stack.updateGeometry()
        self.setFocus()

    def _fill_ticks(self, texts: list[str]) -> list[QCheckBox]:
        while self.tick_grid.count():
            taken = self.tick_grid.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None:
                w.deleteLater()
        boxes = []
        cols = 2 if len(texts) > 3 else 1
        for i, text in enumerate(texts):
            b = QCheckBox(f"{i + 1}  {text}" if len(texts) < 10 else text)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.tick_grid.addWidget(b, i // cols, i % cols)
            boxes.append(b)
        return boxes

    def show_points(self, points: list[str]) -> None:
        """An open question with a checklist: answer aloud, then tick what you covered."""
        self.mode = "checklist"
        self.tick_label.setText(self.tr("Answer out loud, then tick what you covered (1–%1), Enter when done:")
                                .replace("%1", str(len(points))))
        self.point_boxes = self._fill_ticks(points)
        self.check_boxes = []
        self.name_check.setVisible(False)
        self.tick_done.setText(self.tr("Done (Enter)"))
        self.answer_stack.setCurrentWidget(self.tick_page)
        self.answer_stack.updateGeometry()
        self.focus_answer()

    def show_id_check(self, checks: list[tuple[str, str]], name_note: str = "", warn: bool = False) -> None:
        """The self-check after the ID step: ``checks`` are (id, text)."""
        self.mode = "id_check"
        self.tick_label.setText(self.tr("Check your ID as the agent would — tick what held (1–%1), then Enter:")
                                .replace("%1", str(len(checks))))
        boxes = self._fill_ticks([t for _, t in checks])
        self.check_boxes = [(cid, b) for (cid, _), b in zip(checks, boxes, strict=True)]
        self.point_boxes = []
        self.name_check.setText(name_note)
        self.name_check.setProperty("tone", "warn" if warn else "")
        self._repolish(self.name_check)
        self.name_check.setVisible(bool(name_note))
        self.tick_done.setText(self.tr("Continue (Enter)"))
        self.answer_stack.setCurrentWidget(self.tick_page)
        self.answer_stack.updateGeometry()
        self.focus_answer()

    def _ticks_done(self) -> None:
        if self.mode == "checklist":
            self.points_done.emit([i for i, b in enumerate(self.point_boxes) if b.isChecked()])
        elif self.mode == "id_check":
            self.id_checked.emit([cid for cid, b in self.check_boxes if b.isChecked()])

    def show_typed(self) -> None:
        self.mode = "typed"
        self._typed = False
        self.answer.clear()
        self.answer_stack.setCurrentIndex(0)
        self.answer_stack.updateGeometry()
        self.focus_answer()

    def show_listening(self, hint: str) -> None:
        """A fact question answered aloud: the microphone listens; Enter ends the answer early."""
        self.mode = "listening"
        self.listen_label.setText(self.tr("Answer aloud — the microphone is listening"))
        self.listen_hint.setText(hint)
        self.meter.reset()
        self.answer_stack.setCurrentWidget(self.listen_page)
        self.answer_stack.updateGeometry()
        self.focus_answer()

    def show_speaking(self) -> None:
        self.listen_label.setText(self.tr("Speaking… — Enter when you have finished"))

    def show_spoken_check(self, say_it: str, timing: str) -> None:
        """The answer said aloud is over: "Say it like this", then 1 Right / 2 Close / 3 Wrong."""
        self.mode = "spoken_check"
        self.say_it.setText(fill(self.tr("Say it like this: “%1”"), say_it))
        self.spoken_timing.setText(timing + "  ·  " + self.tr("How was your answer?"))
        self.answer_stack.setCurrentWidget(self.spoken_page)
        self.answer_stack.updateGeometry()
        self.focus_answer()

    def show_rating(self) -> None:
        self.mode = "rating"
        self.answer_stack.setCurrentWidget(self.rating_page)
        self.answer_stack.updateGeometry()
        self.focus_answer()

    def focus_answer(self) -> None:
        if self.mode == "typed" and self.answer.isEnabled():
            self.answer.setFocus()
        elif self.mode == "rating":
            self.rating_page.setFocus()
        elif self.mode in ("checklist", "id_check"):
            self.tick_page.setFocus()
        elif self.mode == "listening":
            self.listen_page.setFocus()
        elif self.mode == "spoken_check":
            self.spoken_page.setFocus()
        else:
            self.setFocus()

    # ------------------------------------------------------------------ input
    def _edited(self, text: str) -> None:
        if text and not self._typed:
            self._typed = True
            self.first_keystroke.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.mode == "rating" and not mods:
            for value, k in self.RATINGS:
                if key == k:
                    if self.rate_buttons[value].isEnabled():
                        self.rated.emit(value)
                    event.accept()
                    return
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods
        if self.mode == "listening" and not mods and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.aloud_finished.emit()
            event.accept()
            return
        if self.mode == "listening" and not mods and key == Qt.Key.Key_T:
            self.type_requested.emit()
            event.accept()
            return
        if self.mode == "spoken_check" and not mods:
            chosen = {Qt.Key.Key_1: "right", Qt.Key.Key_2: "close", Qt.Key.Key_3: "wrong"}.get(Qt.Key(key))
            if chosen is not None:
                self.self_rated.emit(chosen)
                event.accept()
                return
        if self.mode in ("greeting", "closing", "id_step") and enter:
            self.skip_requested.emit()
            event.accept()
            return
        if self.mode in ("checklist", "id_check") and not mods:
            boxes = self.point_boxes or [b for _, b in self.check_boxes]
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(boxes):
                b = boxes[key - Qt.Key.Key_1]
                b.setChecked(not b.isChecked())
                event.accept()
                return
            if enter and self.tick_done.isEnabled():
                self._ticks_done()
                event.accept()
                return
        alt = mods == Qt.KeyboardModifier.AltModifier
        if key in (Qt.Key.Key_R, Qt.Key.Key_S) and (alt or (not mods and self.mode != "typed")):
            if self.repeat_button.isEnabled():
                self.repeat_requested.emit(key == Qt.Key.Key_S)
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """Alt+R and Alt+S in the answer field ask the agent to repeat; they win over the menu bar's Alt+S."""
        if obj is self.answer and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            ke: QKeyEvent = event  # type: ignore[assignment]
            mods = ke.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.type() == QEvent.Type.KeyPress and ke.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and not mods:
                field = cast(QLineEdit, self.answer)
                if field.isEnabled():
                    self.answer_submitted.emit(field.text())
                return True
            if mods == Qt.KeyboardModifier.AltModifier and ke.key() in (Qt.Key.Key_R, Qt.Key.Key_S):
                ke.accept()
                if event.type() == QEvent.Type.KeyPress:
                    if self.repeat_button.isEnabled():
                        self.repeat_requested.emit(ke.key() == Qt.Key.Key_S)
                    return True
                return False
        return super().eventFilter(obj, event)

    @staticmethod
    def _repolish(w: QWidget) -> None:
        w.style().unpolish(w)
        w.style().polish(w)

