"""The dashboard's "Before your call" card: the checklist for the day of the call (``core/checklist.py``).

A view only: it shows a ``Checklist`` (the call type's name, one checkbox per item with its why as the
tooltip, "N of M ready") and says which item the user ticked (``item_clicked``); the dashboard saves it.
The core's texts are English source text: ``ITEM_TEXTS`` and ``CALL_TYPE_NAMES`` mark the same texts for
lupdate (a test keeps them in step with the core's tables), and they are translated where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.calltypes import call_type
from ...core.checklist import Checklist, ChecklistItem
from ..i18n import QT_TRANSLATE_NOOP, fill
from ..theme import mark
from .layout import plain_label, safe_message

# The texts of core.checklist.ITEMS: (text, why) by item id.
ITEM_TEXTS: dict[str, tuple[str, str]] = {
    "quiet_room": (
        QT_TRANSLATE_NOOP("Checklist", "Alone in a quiet room"),
        QT_TRANSLATE_NOOP("Checklist", "The agent must see that nobody is helping you; voices or people behind "
                                       "you end the call."),
    ),
    "light": (
        QT_TRANSLATE_NOOP("Checklist", "Good light on your face"),
        QT_TRANSLATE_NOOP("Checklist", "The agent compares your face with your ID photo: light from the front, "
                                       "no window behind you."),
    ),
    "camera_mic": (
        QT_TRANSLATE_NOOP("Checklist", "Camera and microphone tested"),
        QT_TRANSLATE_NOOP("Checklist", "Run the Mock call once today: a blocked camera or a muted microphone "
                                       "shows now, not on the call."),
    ),
    "headset_off": (
        QT_TRANSLATE_NOOP("Checklist", "Headset off"),
        QT_TRANSLATE_NOOP("Checklist", "This kind of call does not allow a headset: the agent must see your ears "
                                       "and hear the room."),
    ),
    "vpn_off": (
        QT_TRANSLATE_NOOP("Checklist", "VPN off, or in your real country"),
        QT_TRANSLATE_NOOP("Checklist", "Your connection's location is compared with your profile's country: a "
                                       "VPN elsewhere looks like someone else."),
    ),
    "id_at_hand": (
        QT_TRANSLATE_NOOP("Checklist", "The original ID at hand"),
        QT_TRANSLATE_NOOP("Checklist", "The document itself, not a copy or a photo of it: you will hold it up to "
                                       "the camera."),
    ),
    "paper_pen": (
        QT_TRANSLATE_NOOP("Checklist", "Paper and a pen"),
        QT_TRANSLATE_NOOP("Checklist", "You may be asked to write something down or sign on camera."),
    ),
    "names_match": (
        QT_TRANSLATE_NOOP("Checklist", "The same name on your ID, profile and payout account"),
        QT_TRANSLATE_NOOP("Checklist", "Another spelling, a missing middle name or someone else's account is a "
                                       "reason to fail."),
    ),
    "photo_current": (
        QT_TRANSLATE_NOOP("Checklist", "Your profile photo is current"),
        QT_TRANSLATE_NOOP("Checklist", "The agent compares it with your face on camera: an old or edited photo "
                                       "raises doubts."),
    ),
    "browser_link": (
        QT_TRANSLATE_NOOP("Checklist", "The browser and the meeting link ready"),
        QT_TRANSLATE_NOOP("Checklist", "Open the link early in an up-to-date browser, allow camera and "
                                       "microphone, close other tabs."),
    ),
}

# The names of core.calltypes.CALL_TYPES, by id.
CALL_TYPE_NAMES: dict[str, str] = {
    "upwork": QT_TRANSLATE_NOOP("CallTypes", "Upwork video verification"),
    "screening": QT_TRANSLATE_NOOP("CallTypes", "Screening interview"),
    "kyc": QT_TRANSLATE_NOOP("CallTypes", "Bank video-KYC"),
}


def call_type_name(type_id: str) -> str:
    """The call type's name, translated (the core's own name for a type this table does not know)."""
    english = CALL_TYPE_NAMES.get(type_id)
    return QCoreApplication.translate("CallTypes", english) if english else call_type(type_id).name


def item_text(item: ChecklistItem) -> tuple[str, str]:
    """(text, why) of an item, translated."""
    english = ITEM_TEXTS.get(item.id)
    if english is None:
        return item.text, item.why
    return QCoreApplication.translate("Checklist", english[0]), QCoreApplication.translate("Checklist", english[1])


class CheckRow(QWidget):
    """A checkbox whose text wraps: the box, then a word-wrapped label that ticks the box when clicked
    (a QCheckBox's own text never wraps, so a long item would make the whole dashboard wider)."""

    def __init__(self, text: str, why: str, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.setAccessibleDescription(why)
        self.label = plain_label(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setBuddy(self.box)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(120)
        self.setToolTip(safe_message(why))
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.label, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.box.click()  # as a click on the box itself: toggles and emits clicked
        super().mouseReleaseEvent(event)


class ChecklistCard(QFrame):
    """"Before your call": the call type, the items as checkboxes, how many are ready."""

    item_clicked = Signal(str, bool)  # item id, ticked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="card")
        self.setAccessibleName(self.tr("Before your call"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.title = plain_label(self.tr("Before your call"), objectName="cardTitle")
        self.kind = plain_label()
        self.kind.setProperty("muted", True)
        self.progress = plain_label(objectName="checklistProgress")
        self.progress.setAccessibleName(self.tr("Checklist progress"))
        head.addWidget(self.title)
        head.addWidget(plain_label("·", objectName="cardTitle"))
        head.addWidget(self.kind)
        head.addStretch(1)
        head.addWidget(self.progress)
        lay.addLayout(head)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(4)
        lay.addLayout(self.grid)
        self.rows: dict[str, CheckRow] = {}

    def set_checklist(self, checklist: Checklist, ticked: dict[str, bool] | None = None) -> None:
        """Show ``checklist``; ``ticked`` overrides its ticks (ticks the user made that are still being saved)."""
        ticked = ticked or {}
        self.kind.setText(call_type_name(checklist.call_type))
        ids = [i.id for i in checklist.items]
        if ids != list(self.rows):
            self._rebuild(checklist.items)
        for item in checklist.items:
            box = self.rows[item.id].box
            box.blockSignals(True)
            box.setChecked(ticked.get(item.id, item.ticked))
            box.blockSignals(False)
        self._count()

    def box(self, item_id: str) -> QCheckBox:
        return self.rows[item_id].box

    def _rebuild(self, items: tuple[ChecklistItem, ...]) -> None:
        for row in self.rows.values():
            self.grid.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        per_column = (len(items) + 1) // 2  # two columns, filled top to bottom
        for n, item in enumerate(items):
            row = CheckRow(*item_text(item))
            row.setObjectName(f"check-{item.id}")
            row.box.clicked.connect(lambda on, item_id=item.id: self._clicked(item_id, on))
            self.grid.addWidget(row, n % per_column, n // per_column)
            self.rows[item.id] = row
        for c in range(2):
            self.grid.setColumnStretch(c, 1)

    def _clicked(self, item_id: str, on: bool) -> None:
        self._count()
        self.item_clicked.emit(item_id, on)

    def _count(self) -> None:
        done, total = len(self.ticked()), len(self.rows)
        self.progress.setText(fill(self.tr("%1 of %2 ready"), done, total))
        mark(self.progress, tone="good" if done == total else "", strong=True)

    def ticked(self) -> list[str]:
        """The ids of the items shown ticked."""
        return [i for i, r in self.rows.items() if r.box.isChecked()]
