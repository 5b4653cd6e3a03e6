"""The kinds of call verify_coach rehearses, as data: one table (``CALL_TYPES``).

A call type sets how long the call is, how the agent behaves, which questions it asks and how the call is
judged. ``docs/mock-call.md`` documents every column; the call controller (``core/session/call.py``) and the
planner (``core/mockcall.py``) read nothing else to tell the types apart.

* **upwork** (the default): Upwork's video verification on Google Meet. Under ten minutes, 6-12 questions
  about identity, location, current and recent work, a project and the rate; the questions about who uses
  the account; the ID held to the camera. The agent's camera is off.
* **screening**: a screening interview (Toptal-style, or a client's first call). 10-15 minutes, more open
  questions, the rate and remote-work experience, more follow-ups; no ID.
* **kyc**: a bank's video-KYC call. 2-4 minutes of short checklist prompts, the ID front and back, a
  liveness instruction; strict: one wrong identity answer fails the call.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PassRule:
    """When a call counts as passed; ``call_report`` lists every rule that failed as a reason.

    ``identity_min``: the share of identity answers that must be right (1.0: all of them, one wrong answer
    fails). ``id_check``: every point of the ID self-check must be ticked."""

    identity_min: float = 0.9
    overall_min: float = 0.8
    max_slow: int = 2
    max_poor_open: int = 1
    id_check: bool = True


@dataclass(frozen=True)
class IdInstruction:
    """One instruction of the ID step: what the agent says, how long it stays (ms), and whether the
    self-view shows the card-shaped guide while it lasts."""

    text: str
    hold_ms: int
    guide: bool = True


@dataclass(frozen=True)
class CallType:
    id: str
    name: str  # on the start panel and in the report
    summary: str  # one line under the name
    minutes: tuple[int, int]  # how long such a call lasts, as documented
    facts: tuple[int, int]  # fact questions planned (identity + profile), before follow-ups; the seed picks
    identity: tuple[str, ...]  # identity attributes asked, in this order (those the profile has)
    where_now: bool  # "Where are you right now?" (graded as a place against the profile's location)
    groups: dict[str, int]  # weight of each profile group (rate, employment, projects, education, skills)
    account: tuple[str, ...]  # account-access questions asked (ids of ``mockcall.ACCOUNT_QUESTIONS``)
    opening: tuple[str, ...]  # open questions asked before the profile ("Tell me about yourself")
    open: tuple[str, ...]  # open questions asked at the end
    follow_up: float  # the chance that an answer about an entry is followed up
    depth: int  # at most this many follow-ups in one chain
    follow_ups: int  # at most this many follow-ups in one call
    cross_check: float  # the chance that a chain ends with a cross-check joining two entries
    id_step: tuple[IdInstruction, ...]  # empty: no ID step
    style: str  # how the agent phrases questions: conversational | checklist | interview
    agent_camera: bool  # False: the agent's tile is dark, with a name and a speaking indicator
    headset_allowed: bool  # the pre-call checklist says to take a headset off when False
    paper_and_pen: bool  # the pre-call checklist asks for paper and a pen
    rule: PassRule = field(default_factory=PassRule)
    platform: str = ""  # who the agent works for when the profile names no platform


_ID_UPWORK = (
    IdInstruction("Please hold your ID up to the camera, the side with your photo.", 4000),
    IdInstruction("A little closer, please, so I can read it.", 3500),
    IdInstruction("Now hold it next to your face.", 3500),
    IdInstruction("Hold still for a moment… thank you.", 3000),
)
_ID_KYC = (
    IdInstruction("Show the front of your ID to the camera.", 3500),
    IdInstruction("Now the back, please.", 3500),
    IdInstruction("Bring it closer… hold still.", 3000),
    IdInstruction("Now hold it next to your face.", 3000),
    IdInstruction("Please turn your head slowly to the left, then to the right.", 4000, guide=False),
    IdInstruction("Read this code aloud: {code}.", 4000, guide=False),
)

CALL_TYPES: dict[str, CallType] = {
    t.id: t
    for t in (
        CallType(
            id="upwork", name="Upwork video verification",
            summary="Under 10 minutes on Google Meet: your identity, your ID, your work, who uses the account.",
            minutes=(3, 10), facts=(5, 6),
            identity=("full_name", "date_of_birth"), where_now=True,
            groups={"rate": 100, "employment": 3, "projects": 2, "education": 1, "skills": 1},
            account=("others_access", "remote_desktop", "other_account", "household"),
            opening=(), open=(),
            follow_up=0.6, depth=2, follow_ups=2, cross_check=0.3,
            id_step=_ID_UPWORK, style="conversational", agent_camera=False,
            headset_allowed=True, paper_and_pen=False,
            rule=PassRule(identity_min=1.0, overall_min=0.8, max_slow=2, max_poor_open=1),
            platform="Upwork",
        ),
        CallType(
            id="screening", name="Screening interview",
            summary="10-15 minutes with a recruiter or client: open questions, your work, follow-ups, the rate.",
            minutes=(10, 15), facts=(10, 12),
            identity=("full_name",), where_now=True,
            groups={"rate": 100, "employment": 4, "projects": 3, "education": 1, "skills": 2},
            account=(),
            opening=("about_yourself",),
            open=("remote_experience", "work_setup", "last_project", "found_platform", "why_freelance"),
            follow_up=0.85, depth=3, follow_ups=4, cross_check=0.4,
            id_step=(), style="interview", agent_camera=True,
            headset_allowed=True, paper_and_pen=False,
            rule=PassRule(identity_min=1.0, overall_min=0.75, max_slow=3, max_poor_open=1, id_check=False),
        ),
        CallType(
            id="kyc", name="Bank video-KYC",
            summary="2-4 minutes of short checklist prompts, your ID front and back, a liveness check. Strict.",
            minutes=(2, 4), facts=(7, 7),
            identity=("full_name", "date_of_birth", "street", "city", "nationality", "id_document_type"),
            where_now=True,
            groups={},
            account=(), opening=(), open=(),
            follow_up=0.0, depth=0, follow_ups=0, cross_check=0.0,
            id_step=_ID_KYC, style="checklist", agent_camera=True,
            headset_allowed=False, paper_and_pen=True,
            rule=PassRule(identity_min=1.0, overall_min=1.0, max_slow=1, max_poor_open=0),
        ),
    )
}
DEFAULT_CALL_TYPE = "upwork"


def call_type(name: str | None) -> CallType:
    """The call type called ``name``; the default (Upwork) for anything unknown."""
    return CALL_TYPES.get(str(name or ""), CALL_TYPES[DEFAULT_CALL_TYPE])


__all__ = ["CALL_TYPES", "DEFAULT_CALL_TYPE", "CallType", "IdInstruction", "PassRule", "call_type"]
