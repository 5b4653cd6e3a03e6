"""Before the call: the checklist for the day of the verification call, as data.

One table (``ITEMS``): each item has a stable id (what is stored, what ``verify-coach checklist --tick``
takes), a short text and one line of why. Two items depend on the call type (``core/calltypes.py``):
*headset off* only where ``headset_allowed`` is False, *paper and a pen* only where ``paper_and_pen`` is
True. The ticks are kept per call date (``Coach.tick``; table ``checklist_tick``): a new call date starts
with an empty checklist, and the ticks of an old date stay in the database without showing.

The texts are English source text; the desktop app translates them where it shows them
(``ui/widgets/checklist.py``, which a test keeps in step with this table).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .calltypes import CALL_TYPES, CallType, call_type

SHOW_BEFORE = timedelta(hours=48)  # the checklist shows from two days before the call...
SHOW_AFTER = timedelta(hours=1)  # ...until an hour after it began (a call can start late or run long)


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str  # what to have done, short ("Alone in a quiet room")
    why: str  # one line: why it matters on the call
    ticked: bool = False


ITEMS: tuple[ChecklistItem, ...] = (
    ChecklistItem("quiet_room", "Alone in a quiet room",
                  "The agent must see that nobody is helping you; voices or people behind you end the call."),
    ChecklistItem("light", "Good light on your face",
                  "The agent compares your face with your ID photo: light from the front, no window behind you."),
    ChecklistItem("camera_mic", "Camera and microphone tested",
                  "Run the Mock call once today: a blocked camera or a muted microphone shows now, not on the call."),
    ChecklistItem("headset_off", "Headset off",
                  "This kind of call does not allow a headset: the agent must see your ears and hear the room."),
    ChecklistItem("vpn_off", "VPN off, or in your real country",
                  "Your connection's location is compared with your profile's country: a VPN elsewhere looks like "
                  "someone else."),
    ChecklistItem("id_at_hand", "The original ID at hand",
                  "The document itself, not a copy or a photo of it: you will hold it up to the camera."),
    ChecklistItem("paper_pen", "Paper and a pen",
                  "You may be asked to write something down or sign on camera."),
    ChecklistItem("names_match", "The same name on your ID, profile and payout account",
                  "Another spelling, a missing middle name or someone else's account is a reason to fail."),
    ChecklistItem("photo_current", "Your profile photo is current",
                  "The agent compares it with your face on camera: an old or edited photo raises doubts."),
    ChecklistItem("browser_link", "The browser and the meeting link ready",
                  "Open the link early in an up-to-date browser, allow camera and microphone, close other tabs."),
)


def _applies(item: ChecklistItem, kind: CallType) -> bool:
    if item.id == "headset_off":
        return not kind.headset_allowed
    if item.id == "paper_pen":
        return kind.paper_and_pen
    return True


def items_for(call_type_id: str | None) -> tuple[ChecklistItem, ...]:
    """The checklist of a call type, unticked, in order (the default type for an unknown id)."""
    kind = call_type(call_type_id)
    return tuple(i for i in ITEMS if _applies(i, kind))


def known_call_type(type_id: str) -> bool:
    return type_id in CALL_TYPES


@dataclass(frozen=True)
class Checklist:
    """The checklist of one call: ``call_at`` (UTC), the call type's id, its items with their ticks."""

    call_at: datetime
    call_type: str
    items: tuple[ChecklistItem, ...]

    @classmethod
    def build(cls, call_at: datetime, call_type_id: str | None, ticked: set[str] | frozenset[str]) -> Checklist:
        kind = call_type(call_type_id)
        items = tuple(replace(i, ticked=i.id in ticked) for i in items_for(kind.id))
        return cls(call_at, kind.id, items)

    @property
    def type_name(self) -> str:
        return call_type(self.call_type).name

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.ticked)

    @property
    def total(self) -> int:
        return len(self.items)

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def shows(self, now: datetime) -> bool:
        """True from 48 hours before the call until an hour after it began."""
        return self.call_at - SHOW_BEFORE <= now <= self.call_at + SHOW_AFTER

    def to_json(self) -> dict[str, object]:
        return {
            "call_at": self.call_at.isoformat(), "call_type": self.call_type, "done": self.done, "total": self.total,
            "items": [{"id": i.id, "text": i.text, "why": i.why, "ticked": i.ticked} for i in self.items],
        }


__all__ = ["ITEMS", "SHOW_AFTER", "SHOW_BEFORE", "Checklist", "ChecklistItem", "items_for",
           "known_call_type"]
