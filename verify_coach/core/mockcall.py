"""The mock verification call, without Qt: the call plan, follow-ups, the ID step, timing and the report.

A call is planned for a call type (``core/calltypes.py``: upwork, screening, kyc) and follows the order of
a real call of that type:

1. a greeting, then **identity** (the name, the date of birth…) and "Where are you right now?";
2. the **ID step** (Upwork, KYC): instructions to hold the ID to the camera, then a self-check;
3. the **profile**: the rate, employers and their dates, projects, education, skills — with **follow-ups**
   on the entry the user named (``follow_up``) and cross-checks joining two entries;
4. **be ready to explain**: up to ``explain.PER_CALL`` of the profile's explain findings (the audit's
   "two full-time jobs in 2021"), asked as open questions with their points as a checklist;
5. the **account** questions (who uses the account) and **open questions** ("Tell me about yourself"),
   answered aloud and rated by the user; "Tell me about yourself" against a checklist from the profile.

Fact questions are typed and graded by the core (``Coach.answer``); open questions are not facts and only
appear in the report with their self-rating.

The pass rule is the call type's (``PassRule``), applied by ``call_report``: a call is **passed** when

* enough identity answers are right (``identity_min``; 1.0 for every type: one wrong identity answer fails),
* enough of all fact answers are right (``overall_min``),
* no more than ``max_slow`` answers were slow or hesitant,
* no more than ``max_poor_open`` open answers were rated "poor",
* every point of the ID self-check was ticked (``id_check``, for types with an ID step),
* and the call was not left early.

Otherwise it is **at risk**, with the reasons listed.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from . import dates, grading, relevance
from .calltypes import CALL_TYPES, DEFAULT_CALL_TYPE, CallType, IdInstruction, PassRule  # noqa: F401 (re-exported)
from .calltypes import call_type as get_call_type
from .explain import PER_CALL as EXPLAIN_PER_CALL
from .explain import ExplainQuestion, explain_questions
from .explain import choose as choose_explain
from .facts import Fact, extract_facts
from .names import FINE as NAMES_FINE
from .names import compare_id_name
from .profile import Profile
from .questions import Question, question_for_fact
from .questions.build import QuestionMaker, rewording, session_order
from .questions.model import Rng, make_id, new_question, reveals, value_in_prompt
from .speech.rating import shown_answer


# ------------------------------------------------------------------------------------------ open questions
@dataclass(frozen=True)
class OpenQuestion:
    """A question with no single right answer: said aloud, then rated by the user.

    ``points`` say what an honest, complete answer covers; ``tips`` sums them up. With ``checklist`` the
    user ticks the points they covered and the rating follows (``rating_for_points``); the report lists
    the points left out. Neither is shown while the question is asked."""

    id: str
    prompt: str
    tips: str
    points: tuple[str, ...] = ()
    checklist: bool = False
    phase: str = "open"  # open | account | explain (an audit finding: ``finding_key``)
    finding_key: str = ""

    def text(self, platform: str) -> str:
        return self.prompt.replace("{p}", platform or "the platform")


OPEN_QUESTIONS: tuple[OpenQuestion, ...] = (
    OpenQuestion("about_yourself", "To start, tell me a little about yourself.",
                 "Who you are, where you live, your experience, your current work, your main skills and one "
                 "recent project — as your profile says.", checklist=True),
    OpenQuestion("found_platform", "How did you hear about {p}?",
                 "A short, true story: who or what pointed you to it, and when you joined.",
                 ("Who or what pointed you to it", "When you joined")),
    OpenQuestion("planned_work", "What kind of work will you do on {p}?",
                 "The services on your profile, the kind of clients, and one concrete example.",
                 ("The services on your profile", "The kind of clients", "One concrete example")),
    OpenQuestion("remote_experience", "Have you worked remotely before? How do you work with clients in other time zones?",
                 "Where and how long you have worked remotely, the hours you overlap with clients, how you keep "
                 "them informed.",
                 ("Where and for how long you worked remotely", "The hours you overlap with clients",
                  "How you keep clients informed")),
    OpenQuestion("last_project", "Tell me about your last project.",
                 "The client, what you built, your role, the tools and when it ended — as on your profile.",
                 ("The client", "What you built and your role", "When it ended")),
    OpenQuestion("work_setup", "Where do you usually work from, and what are your working hours?",
                 "Your city as on the profile, your time zone and the hours you are available.",
                 ("Your city, as on the profile", "Your time zone", "The hours you are available")),
    OpenQuestion("why_freelance", "Why did you decide to work as a freelancer?",
                 "One or two honest reasons, consistent with your work history.",
                 ("One or two honest reasons", "Consistent with your work history")),
)

# Who uses the account: the questions suspended users report being asked most.
ACCOUNT_QUESTIONS: tuple[OpenQuestion, ...] = (
    OpenQuestion("others_access", "Does anyone else use your account, or have access to it?",
                 "No: the account is yours alone, you log in yourself and you do the work yourself.",
                 ("No one else logs in to it or knows the password", "You do all the work yourself",
                  "No agency, team or family member shares it"), phase="account"),
    OpenQuestion("remote_desktop", "Do you use any remote-desktop tools for your work, like AnyDesk or TeamViewer?",
                 "Say plainly whether you do; if you do, what for, and that you are the one at the keyboard.",
                 ("A plain yes or no", "If yes: what for, and that you are the one at the keyboard",
                  "You work from your own computer, where you are"), phase="account"),
    OpenQuestion("other_account", "Do you have, or did you ever have, another account on {p}?",
                 "A clear yes or no; if yes, when, what happened to it and why you have this one.",
                 ("A clear yes or no", "If yes: when, what happened to it, and why you have this one"),
                 phase="account"),
    OpenQuestion("household", "Does anyone in your home use {p} too?",
                 "Who, if anyone; that they have their own account and never use yours.",
                 ("Who, if anyone", "They have their own account and never use yours",
                  "Their work and yours are kept apart"), phase="account"),
)
OPEN_RATINGS = ("good", "okay", "poor")
_OPEN_BY_ID = {q.id: q for q in OPEN_QUESTIONS + ACCOUNT_QUESTIONS}


def open_question(qid: str) -> OpenQuestion:
    return _OPEN_BY_ID[qid]


def explain_open_question(q: ExplainQuestion) -> OpenQuestion:
    """A "be ready to explain" question (an audit finding) as an open question of the call: its points
    are the checklist."""
    return OpenQuestion("explain:" + q.key, q.prompt, "; ".join(q.points), q.points, checklist=True,
                        phase="explain", finding_key=q.key)


def rating_for_points(covered: int, total: int) -> str:
    """A checklist answer's rating: every point good, at least half okay, fewer poor."""
    if total <= 0 or covered >= total:
        return "good"
    return "okay" if covered * 2 >= total else "poor"


def about_points(profile: Profile, facts: list[Fact]) -> tuple[str, ...]:
    """What "Tell me about yourself" should cover, from this profile: name, where you live, years of
    experience, current work, two main skills, one recent project (those the profile has)."""
    by = {(f.category, f.attribute): f for f in facts}
    out = []
    if profile.identity.full_name:
        out.append(f"Your name ({profile.identity.full_name})")
    a = profile.identity.address
    place = ", ".join(x for x in (a.city, a.country) if x)
    if place:
        out.append(f"Where you live ({place})")
    if (y := by.get(("employment", "years_experience"))) is not None:
        out.append(f"Your years of experience ({y.value})")
    if (cur := by.get(("employment", "current_employer"))) is not None:
        title = next((f.value for f in facts if f.entity == cur.entity and f.attribute == "title"), "")
        out.append(f"What you do now ({title + ' at ' if title else ''}{cur.value})")
    skills = profile.platform.skills[:2]
    if skills:
        out.append(f"Two main skills ({', '.join(skills)})")
    if (proj := by.get(("portfolio", "most_recent_project"))) is not None:
        out.append(f"One recent project ({proj.value})")
    return tuple(out)


# ------------------------------------------------------------------------------------------ the ID step
@dataclass(frozen=True)
class IdCheck:
    """One point of the self-check after the ID step."""

    id: str
    text: str
    value: str = ""  # what the point compares with: the profile name, the profile's country


def id_checks(profile: Profile) -> tuple[IdCheck, ...]:
    """The self-check after the ID step: readable, the photo, the name exactly as on the profile, the
    address in the profile's country."""
    name = profile.identity.full_name or "your profile name"
    country = profile.identity.address.country
    return (
        IdCheck("readable", "The whole ID was readable: sharp, no glare, no fingers over the text or photo"),
        IdCheck("photo", "The photo on the ID still looks like you today"),
        IdCheck("name", f"The name on the ID is exactly \u201c{name}\u201d, as on your profile",
                profile.identity.full_name),
        IdCheck("address", f"The address on the ID is in {country}, as on your profile" if country
                else "The address on the ID matches your profile", country),
    )


def liveness_code(seed: int) -> str:
    """The four digits the KYC agent asks you to read aloud ("4 7 2 9")."""
    r = Rng(seed * 104_729 + 7)
    return " ".join(str(r.randrange(10)) for _ in range(4))


# ------------------------------------------------------------------------------------------ the call plan
@dataclass(frozen=True)
class Group:
    """Facts of the profile phase asked together: which facts, and which attributes matter most."""

    name: str
    limit: int | None
    tiers: dict[str, int]

    def holds(self, fact: Fact) -> bool:
        return _group_of(fact) == self.name


PROFILE_GROUPS: tuple[Group, ...] = (
    Group("rate", 1, {"hourly_rate": 0}),
    Group("employment", None, {
        "current_employer": 0, "company": 0, "title": 0, "start": 0, "end": 0,
        "location": 1, "first_employer": 1, "duration_months": 2, "years_experience": 2, "employer_count": 2,
    }),
    Group("projects", None, {
        "most_recent_project": 0, "client": 0, "role": 0, "completed": 0,
        "start": 1, "skills": 1, "employer_at_time": 1, "end": 1, "rate": 1, "budget": 1, "rating": 2,
    }),
    Group("education", None, {
        "school": 0, "degree": 0, "field_of_study": 0, "end": 0, "start": 1,
        "issuer": 1, "date": 1, "names": 1,
    }),
    Group("skills", None, {
        "top_skills": 0, "english_level": 0, "languages": 1, "proficiency": 1, "skill_count": 2,
    }),
)


def _group_of(fact: Fact) -> str | None:
    c = fact.category
    if c == "rate":
        return "rate"
    if c == "employment":
        return "employment"
    if c == "portfolio" or (c == "platform" and fact.entity.startswith("platform_job")):
        return "projects"
    if c in ("education", "certifications"):
        return "education"
    if c in ("skills", "languages"):
        return "skills"
    return None


@dataclass(frozen=True)
class CallItem:
    """One turn of the call: a fact question (``question``), an open question (``open``) or the ID step
    (``id_step``, then the self-check ``checks``).

    ``phase``: identity | id_check | profile | follow_up | explain | account | open. A follow-up names the item it
    follows (``follows``, an index) and how deep in its chain it is (``depth``); ``alternatives`` are the
    questions a follow-up like "What did you build there?" may be graded against (the one the answer names)."""

    index: int
    phase: str
    group: str
    prompt: str
    intro: str = ""  # what the agent says first ("Thank you. Now a few questions about your profile.")
    question: Question | None = None
    open: OpenQuestion | None = None
    points: tuple[str, ...] = ()  # an open question's points (built from the profile for "about yourself")
    id_step: tuple[IdInstruction, ...] = ()
    checks: tuple[IdCheck, ...] = ()
    follows: int | None = None
    depth: int = 0
    entity: str = ""
    alternatives: tuple[Question, ...] = ()

    @property
    def kind(self) -> str:
        """fact | open | id_check"""
        if self.id_step:
            return "id_check"
        return "open" if self.open is not None else "fact"

    @property
    def is_open(self) -> bool:
        return self.open is not None

    @property
    def is_id_check(self) -> bool:
        return bool(self.id_step)

    @property
    def is_fact(self) -> bool:
        return self.question is not None

    @property
    def qid(self) -> str:
        """A stable id within the call: ``q1``, ``q2``…"""
        return f"q{self.index + 1}"

    @property
    def fact_key(self) -> str | None:
        return self.question.fact_keys[0] if self.question is not None else None

    @property
    def spoken(self) -> str:
        """What the agent says aloud."""
        return f"{self.intro} {self.prompt}".strip()

    def question_for(self, answer: str) -> Question | None:
        """The question the answer is graded against: among ``alternatives``, the one whose answer it names."""
        if self.alternatives and answer.strip():
            for q in self.alternatives:
                if grading.grade(q.answer, answer, "name").correct:
                    return q
        return self.question


@dataclass(frozen=True, eq=False)
class CallPlan:
    type: CallType
    greeting: str
    items: tuple[CallItem, ...]
    closing: str
    seed: int
    platform: str = ""
    book: FollowBook | None = None
    full_name: str = ""
    id_name: str = ""

    @property
    def fact_keys(self) -> list[str]:
        """The facts asked, in call order (for ``Coach.start_session("call", fact_keys=...)``)."""
        return [i.fact_key for i in self.items if i.fact_key]

    @property
    def fact_items(self) -> list[CallItem]:
        return [i for i in self.items if i.is_fact]

    @property
    def open_items(self) -> list[CallItem]:
        return [i for i in self.items if i.is_open]

    @property
    def minutes(self) -> int:
        return estimate_minutes(self.type, self.items)


def estimate_minutes(ct: CallType, items: Sequence[CallItem]) -> int:
    """About how long the rehearsal of a call lasts: each turn (a typed answer about 16 s with the agent's
    words, an account answer 20 s, an open answer 40 s (60 s in an interview), "Tell me about yourself" 90 s),
    the follow-ups to expect, the ID step with its self-check, the greeting and the goodbye.
    ``benchmarks/call_lengths.py`` measures it."""
    open_s = 60 if ct.style == "interview" else 40  # an interviewer lets you talk longer
    seconds = 0.0
    for i in items:
        if i.is_id_check:
            seconds += sum(s.hold_ms for s in i.id_step) / 1000 + 15
        elif i.open is not None and i.phase == "explain":
            seconds += open_s + 15  # an answer worth explaining, then ticking its points
        elif i.open is not None:
            seconds += 90 if i.open.checklist else 20 if i.phase == "account" else open_s
        else:
            seconds += 16
    seconds += ct.follow_ups / 2 * 16 + 30
    return max(1, round(seconds / 60))


# What the agent says, per style: conversational (Upwork), checklist (KYC), interview (screening).
GREETINGS = {
    "conversational": "Hi, thanks for joining. I'm with the {p} verification team \u2014 my camera is off, but I can "
                      "see and hear you. This takes about {m} minutes.",
    "interview": "Hi, thanks for making the time today. I'd like to hear about your work \u2014 this takes about "
                 "{m} minutes.",
    "checklist": "Hello. This is the video verification for your account; it takes about {m} minutes. Please keep "
                 "your face in view.",
}
CLOSINGS = {
    "conversational": "That's everything I need. Thank you for your time \u2014 you'll hear from us by email.",
    "interview": "That's all from me. Thank you \u2014 we'll be in touch.",
    "checklist": "Thank you. The verification is complete.",
}
INTROS = {  # the first question of a phase starts with these
    ("conversational", "identity"): "First, let me confirm a few details.",
    ("interview", "identity"): "",
    ("checklist", "identity"): "",
    ("conversational", "id_check"): "Thank you. Now I need to see your ID.",
    ("checklist", "id_check"): "Now your identity document, please.",
    ("conversational", "profile"): "Thanks. Now a few questions about your profile.",
    ("interview", "profile"): "Thanks. Let's talk about your work.",
    ("conversational", "explain"): "A few questions about your profile.",
    ("interview", "explain"): "A few questions about your profile.",
    ("checklist", "explain"): "A few more questions about your profile.",
    ("conversational", "account"): "A few questions about your account now.",
    ("conversational", "open"): "Almost done.",
    ("interview", "open"): "A few more general questions.",
}
ACKS = {
    "conversational": ("Thank you.", "Great, thanks.", "Okay.", "Perfect.", "Alright.", "Thanks."),
    "interview": ("Nice.", "Great.", "Okay, thanks.", "Interesting.", "Good.", "I see."),
    "checklist": ("Thank you.", "Okay.", "Noted."),
}
# Short prompts an agent uses, per style; the practice prompt of the question otherwise.
CALL_PROMPTS: dict[tuple[str, str], dict[str, str]] = {
    ("identity", "full_name"): {"conversational": "Could you tell me your full name, please?",
                                "checklist": "Your full name, please?",
                                "interview": "Could you confirm your full name for me?"},
    ("identity", "date_of_birth"): {"conversational": "And your date of birth?", "checklist": "Your date of birth?"},
    ("identity", "street"): {"conversational": "What's your street address?", "checklist": "Your street address?"},
    ("identity", "city"): {"conversational": "Which city do you live in?", "checklist": "And the city?"},
    ("identity", "country"): {"conversational": "Which country do you live in?",
                              "checklist": "Your country of residence?"},
    ("identity", "nationality"): {"conversational": "What's your nationality?", "checklist": "Your nationality?"},
    ("identity", "id_document_type"): {"conversational": "Which ID document will you show me?",
                                       "checklist": "Which document will you show?"},
    ("rate", "hourly_rate"): {"conversational": "And your hourly rate on {p}?", "checklist": "Your hourly rate?",
                              "interview": "What hourly rate are you asking?"},
    ("employment", "current_employer"): {"conversational": "Where are you working at the moment?",
                                         "interview": "Where are you working now?"},
    ("employment", "first_employer"): {"conversational": "Who was your first employer?"},
    ("portfolio", "most_recent_project"): {"conversational": "What was your most recent project?",
                                           "interview": "What's the most recent project on your profile?"},
    ("skills", "top_skills"): {"conversational": "What are your main skills?"},
}
WHERE_NOW = {"conversational": "Where are you right now?", "checklist": "Where are you right now?",
             "interview": "Where are you calling from today?"}
OCCUPATION = "Your occupation?"


def call_prompt(question: Question, fact: Fact, style: str, platform: str) -> str:
    """The short prompt an agent of ``style`` uses for this question; never one that gives the answer away."""
    table = CALL_PROMPTS.get((fact.category, fact.attribute), {})
    text = table.get(style) or table.get("conversational")
    if not text or question.form not in ("recall", "numeric", "cross"):
        return question.prompt
    text = text.replace("{p}", platform or "the platform")
    if reveals(question.form, text, question.choices, question.answer, question.answer_kind):
        return question.prompt
    return text


def _typed_question(profile: Profile, facts: list[Fact], key: str, seed: int) -> Question | None:
    """The typed question about ``key`` an agent would ask (recall, numeric for numbers, cross for links)."""
    for form in ("recall", "numeric", "cross"):
        try:
            return question_for_fact(profile, facts, key, seed=seed, form=form)
        except ValueError:
            continue
    return None


def _ordered_candidates(group: Group, facts: list[Fact], rng: Rng) -> list[Fact]:
    """A group's facts in the order they are picked: important attributes first, entries taken in turn
    (so every employer is asked about before a second question about one), shuffled by the seed."""
    items = [f for f in facts if group.holds(f) and f.value]
    rng.shuffle(items)
    items.sort(key=lambda f: group.tiers.get(f.attribute, 3))
    seen: dict[str, int] = {}
    ranked = []
    for i, f in enumerate(items):
        turn = seen.get(f.entity, 0)
        seen[f.entity] = turn + 1
        ranked.append((group.tiers.get(f.attribute, 3), turn, i, f))
    ranked.sort(key=lambda t: t[:3])
    return [t[3] for t in ranked]


def _profile_facts(
    profile: Profile, facts: list[Fact], count: int, weights: dict[str, int], rng: Rng, seed: int,
    questions: dict[str, Question], taken_keys: set[str],
) -> list[Fact]:
    """Up to ``count`` profile facts with a typed question, shared among the groups by weight
    (smooth weighted round robin), then put in call order: by group, then as in the profile."""
    groups = [g for g in PROFILE_GROUPS if weights.get(g.name, 0) > 0]
    pools = {g.name: [f for f in _ordered_candidates(g, facts, rng)
                      if relevance.matters(f.category, f.attribute) and f.key not in taken_keys]
             for g in groups}  # trivia (counts, ratings, budgets, issuers) are never asked on the call
    taken: dict[str, list[Fact]] = {g.name: [] for g in groups}
    credit = {g.name: 0 for g in groups}
    total = 0
    while total < count:
        live = [g for g in groups if pools[g.name] and (g.limit is None or len(taken[g.name]) < g.limit)]
        if not live:
            break
        for g in live:
            credit[g.name] += weights[g.name]
        best = max(live, key=lambda g: credit[g.name])
        credit[best.name] -= sum(weights[g.name] for g in live)
        fact = pools[best.name].pop(0)
        q = _typed_question(profile, facts, fact.key, seed + len(questions))
        if q is None:
            continue
        questions[fact.key] = q
        taken[best.name].append(fact)
        total += 1
    position = {f.key: i for i, f in enumerate(facts)}
    # within a group, a prompt that names another question's answer comes after that question
    by_key = {f.key: f for f in facts}
    reword = rewording(profile, facts)
    return [
        by_key[q.fact_keys[0]] for g in groups
        for q in session_order([questions[f.key] for f in sorted(taken[g.name], key=lambda f: position[f.key])], by_key, reword)
    ]


def _where_now(facts: list[Fact]) -> Fact | None:
    """The fact "Where are you right now?" is graded against: the city, else the platform location, else
    the country."""
    by = {(f.category, f.attribute): f for f in facts if f.value}
    return by.get(("identity", "city")) or by.get(("platform", "location")) or by.get(("identity", "country"))


def _occupation(facts: list[Fact]) -> Fact | None:
    """The current (else the latest) job title: "Your occupation?"."""
    cur = next((f for f in facts if f.attribute == "current_employer"), None)
    titles = [f for f in facts if f.category == "employment" and f.attribute == "title" and f.value]
    if cur is not None:
        same = [f for f in titles if f.entity == cur.entity]
        if same:
            return same[0]
    return max(titles, key=lambda f: dates.sort_key(f.when or ""), default=None)


def plan_call(
    profile: Profile,
    facts: list[Fact] | None = None,
    *,
    call_type: str | CallType = DEFAULT_CALL_TYPE,
    seed: int = 0,
    today: date | None = None,
    explain_history: dict[str, tuple[str, datetime | None]] | None = None,
    explain: Sequence[ExplainQuestion] | None = None,
) -> CallPlan:
    """The turns of one mock call of ``call_type``, in the order of a real call; the same seed gives the
    same call (follow-ups are added as the call goes, see ``follow_up``).

    The order: identity facts, "Where are you right now?", the occupation (KYC), the ID step, an opening
    open question ("Tell me about yourself"), profile facts shared among the groups by the type's weights,
    up to ``explain.PER_CALL`` "be ready to explain" questions (the profile's explain findings, ``explain``
    or the audit's; chosen by the seed, those not rated good in practice first: ``explain_history``,
    ``Coach.explain_history``), the account questions, the closing open questions. A profile with fewer
    facts gives a shorter call."""
    facts = extract_facts(profile, today=today) if facts is None else facts
    ct = call_type if isinstance(call_type, CallType) else get_call_type(call_type)
    style = ct.style
    rng = Rng(seed * 7919 + 17)
    lo, hi = ct.facts
    n_facts = lo + rng.randrange(hi - lo + 1)
    platform = profile.platform.platform or ct.platform
    by_key = {f.key: f for f in facts}
    questions: dict[str, Question] = {}
    turns: list[tuple[str, str, str, Question | None, OpenQuestion | None, tuple[str, ...]]] = []

    def fact_turn(phase: str, fact: Fact, prompt: str | None = None) -> bool:
        q = _typed_question(profile, facts, fact.key, seed + len(questions))
        if q is None:
            return False
        questions[fact.key] = q
        group = "identity" if phase == "identity" else (_group_of(fact) or "profile")
        turns.append((phase, group, prompt or call_prompt(q, fact, style, platform), q, None, ()))
        return True

    here = _where_now(facts) if ct.where_now else None
    ident_by = {f.attribute: f for f in facts if f.category == "identity" and f.value}
    for attr in ct.identity:
        f = ident_by.get(attr)
        if f is not None and f is not here and len(questions) < n_facts:
            fact_turn("identity", f)
    if here is not None:
        fact_turn("identity", here, WHERE_NOW.get(style, WHERE_NOW["conversational"]))
    if style == "checklist" and (occ := _occupation(facts)) is not None and occ.key not in questions:
        fact_turn("identity", occ, OCCUPATION)
    if ct.id_step:
        code = liveness_code(seed)
        steps = tuple(IdInstruction(i.text.replace("{code}", code), i.hold_ms, i.guide) for i in ct.id_step)
        turns.append(("id_check", "id_check", steps[0].text, None, None, ()))
        id_steps, checks = steps, id_checks(profile)
    else:
        id_steps, checks = (), ()
    for qid in ct.opening:
        oq = open_question(qid)
        pts = about_points(profile, facts) if oq.checklist else oq.points
        turns.append(("opening", "open", oq.text(platform), None, oq, pts))
    for f in _profile_facts(profile, facts, max(0, n_facts - len(questions)), ct.groups, rng, seed, questions,
                            set(questions)):
        q = questions[f.key]
        turns.append(("profile", _group_of(f) or "profile", call_prompt(q, f, style, platform), q, None, ()))
    pool = explain_questions(profile, facts, today=today) if explain is None else list(explain)
    for eq in choose_explain(pool, explain_history, EXPLAIN_PER_CALL, seed):
        oq = explain_open_question(eq)
        turns.append(("explain", "explain", oq.prompt, None, oq, oq.points))
    for qid in ct.account:
        oq = open_question(qid)
        turns.append(("account", "account", oq.text(platform), None, oq, oq.points))
    for qid in ct.open:
        oq = open_question(qid)
        pts = about_points(profile, facts) if oq.checklist else oq.points
        turns.append(("open", "open", oq.text(platform), None, oq, pts))

    items: list[CallItem] = []
    last_phase = ""
    for phase, group, prompt, tq, toq, pts in turns:
        intro = ""
        if phase != last_phase:
            intro = INTROS.get((style, phase), "")
        elif phase not in ("id_check",) and rng.random() < 0.5:
            intro = rng.choice(ACKS[style])
        last_phase = phase
        if phase == "opening":
            items.append(CallItem(len(items), "open", group, prompt, "", open=toq, points=pts))
            continue
        if phase == "id_check":
            items.append(CallItem(len(items), phase, group, prompt, intro, id_step=id_steps, checks=checks))
            continue
        entity = by_key[tq.fact_keys[0]].entity if tq is not None and tq.fact_keys[0] in by_key else ""
        items.append(CallItem(len(items), phase, group, prompt, intro, question=tq, open=toq, points=pts,
                              entity=entity))

    minutes = estimate_minutes(ct, items)
    greeting = GREETINGS[style].replace("{p}", platform or "the platform").replace("{m}", str(minutes))
    book = FollowBook.build(profile, facts, seed) if ct.depth else None
    return CallPlan(ct, greeting, tuple(items), CLOSINGS[style], seed, platform, book,
                    profile.identity.full_name, getattr(profile.identity, "id_name", "") or "")


# ------------------------------------------------------------------------------------------ follow-ups
SECTIONS = ("employment", "portfolio", "education", "platform_job")
# The order a chain of follow-ups takes about one entry: role, dates, what you built there, for whom.
CHAINS: dict[str, tuple[str, ...]] = {
    "employment": ("title", "start", "end", "built"),
    "portfolio": ("role", "client", "completed", "start", "end"),
    "education": ("degree", "field_of_study", "end"),
    "platform_job": ("client", "start", "rate"),
}
# Questions whose answer names an entry, and the section it is in: the follow-up takes the entry named.
NAMING: dict[tuple[str, str], str] = {
    ("employment", "company"): "employment", ("employment", "current_employer"): "employment",
    ("employment", "first_employer"): "employment", ("education", "school"): "education",
    ("portfolio", "most_recent_project"): "portfolio", ("portfolio", "employer_at_time"): "employment",
}
# The follow-up as an agent says it, past and ongoing ("there" is the entry just talked about).
FOLLOW_TAILS: dict[tuple[str, str], tuple[str, str]] = {
    ("employment", "title"): ("what was your role there?", "what's your role there?"),
    ("employment", "start"): ("when did you start there?", "when did you start there?"),
    ("employment", "end"): ("when did you leave?", "when did you leave?"),
    ("employment", "built"): ("what did you build there?", "what have you built there?"),
    ("portfolio", "role"): ("what was your role on it?", "what was your role on it?"),
    ("portfolio", "client"): ("who was it for?", "who was it for?"),
    ("portfolio", "completed"): ("when did you finish it?", "when did you finish it?"),
    ("portfolio", "start"): ("when did you start it?", "when did you start it?"),
    ("portfolio", "end"): ("when did you finish it?", "when did you finish it?"),
    ("education", "degree"): ("what degree did you get there?", "what degree did you get there?"),
    ("education", "field_of_study"): ("what did you study there?", "what did you study there?"),
    ("education", "end"): ("when did you finish there?", "when did you finish there?"),
    ("platform_job", "client"): ("who was the client?", "who was the client?"),
    ("platform_job", "start"): ("when did it start?", "when did it start?"),
    ("platform_job", "rate"): ("what was your rate on it?", "what was your rate on it?"),
}


TYPED_FORMS = ("recall", "numeric", "cross")


@dataclass(eq=False)
class Entry:
    """An entry of the profile the agent may follow up on: its facts, and their typed questions made when
    first needed (``question``)."""

    entity: str
    section: str
    subject: str
    aliases: tuple[str, ...]
    facts: dict[str, Fact]
    maker: QuestionMaker | None = None
    ongoing: bool = False
    built: tuple[Question, ...] = ()  # employment: "What did you build there?", one per project of that time
    _questions: dict[str, Question | None] = field(default_factory=dict)

    def question(self, attr: str) -> Question | None:
        """The typed question about this entry's ``attr`` (None: no such fact, trivia, or no question)."""
        if attr not in self._questions:
            f = self.facts.get(attr)
            q = None
            if f is not None and self.maker is not None and relevance.matters(f.category, f.attribute):
                q = next((x for form in TYPED_FORMS if (x := self.maker.of_form(f.key, form)) is not None), None)
            self._questions[attr] = q
        return self._questions[attr]

    @property
    def timeline(self) -> Question | None:
        """A cross-check: "Which job did you start first: A or B?" (employment entries)."""
        if "\x00timeline" not in self._questions:
            start = self.facts.get("start")
            q = None
            if self.section == "employment" and start is not None and self.maker is not None:
                q = self.maker.of_form(start.key, "timeline")
                q = q if q is not None and q.answer_kind == "choice" else None
            self._questions["\x00timeline"] = q
        return self._questions["\x00timeline"]

    def questions(self) -> list[Question]:
        """Every typed question a follow-up could ask about this entry."""
        out = [q for a in (*CHAINS[self.section], "employer_at_time") if (q := self.question(a)) is not None]
        return out + list(self.built)


def _section_of(entity: str) -> str | None:
    head = entity.split(":", 1)[0]
    return head if head in SECTIONS else None


class FollowBook:
    """Every entry a follow-up can be about, built once when the call is planned (on the worker)."""

    def __init__(self, entries: dict[str, Entry], by_key: dict[str, Fact]):
        self.entries = entries
        self.by_key = by_key

    @classmethod
    def build(cls, profile: Profile, facts: list[Fact], seed: int) -> FollowBook:
        by_key = {f.key: f for f in facts}
        maker = QuestionMaker(profile, facts, seed=seed)
        entries: dict[str, Entry] = {}
        for f in facts:
            section = _section_of(f.entity)
            if section is None or not f.value:
                continue
            e = entries.get(f.entity)
            if e is None:
                e = entries[f.entity] = Entry(f.entity, section, f.subject, (), {}, maker)
            e.facts[f.attribute] = f
            if f.aliases:
                e.aliases = tuple(dict.fromkeys(e.aliases + tuple(a for a in f.aliases if a)))
        ongoing = {f.entity for f in facts if f.attribute == "current_employer"}
        for e in entries.values():
            e.ongoing = e.entity in ongoing
        for e in entries.values():
            if e.section != "employment":
                continue
            built = []
            for p in entries.values():
                link = p.facts.get("employer_at_time")
                if p.section == "portfolio" and link is not None and e.entity in link.related and p.subject:
                    built.append(new_question(
                        make_id("recall", (link.key,), "built"), "recall", f"What did you build while at {e.subject}?",
                        None, p.subject, "name", (link.key,), "portfolio"))
            e.built = tuple(built)
        return cls(entries, by_key)

    def named(self, answer: str, section: str) -> Entry | None:
        """The entry of ``section`` the answer names (its name, or its name in another script), if any."""
        if not answer.strip():
            return None
        role = "org" if section in ("employment", "education") else None
        for e in self.entries.values():
            if e.section == section and e.subject and grading.grade(
                    e.subject, answer, "name", role=role, accept=e.aliases).correct:
                return e
        return None


_LEGAL = re.compile(
    r"(?:,?\s+(?:co\.?,?\s*)?(?:ltd|llc|inc|gmbh|corp|plc|s\.?a|s\.?l|b\.?v|pty|co)\.?)+$|\s*\([^)]*\)$", re.I)


def spoken_name(subject: str) -> str:
    """An entry's name as an agent says it: "Chengdu Kuaidi Technology Co., Ltd." -> "Chengdu Kuaidi
    Technology", "Freelance (Upwork)" -> "Freelance"."""
    short = _LEGAL.sub("", subject).strip(" ,")
    return short or subject


def _follow_prompt(entry: Entry, attr: str, *, named: bool) -> str:
    tail = FOLLOW_TAILS[(entry.section, attr)][1 if entry.ongoing else 0]
    if named:
        return f"You said {spoken_name(entry.subject)} \u2014 {tail}"
    return f"And {tail}"


def follow_up(call: CallPlan, item: CallItem, answer: str, *, asked: set[str], made: int, rng: Rng,
              said: Sequence[str] = ()) -> CallItem | None:
    """The agent's follow-up to an answer about an entry, or None.

    A question whose answer names an entry (an employer, a school, a project) is followed up on the entry
    the user *named* — a wrong name leads to questions about the wrong entry, as on a real call; a name the
    profile does not have, or no answer, is not followed up. Other questions about an entry go on about it:
    role, dates, what you built there, for whom (``CHAINS``). The type sets the chance of a first follow-up,
    the depth of a chain, the chance of a cross-check joining two entries, and the follow-ups per call.
    ``asked``: the facts asked so far (never asked twice); ``said``: the prompts of the call so far (a
    follow-up whose answer one of them contains is not asked)."""
    ct, book = call.type, call.book
    if book is None or item.question is None or made >= ct.follow_ups or item.depth >= ct.depth:
        return None
    if item.phase not in ("profile", "follow_up"):
        return None
    fact = book.by_key.get(item.question.fact_keys[0])
    if fact is None:
        return None
    named = False
    entry: Entry | None
    if item.alternatives:  # "What did you build there?": the project named
        entry = book.named(answer, "portfolio")
        named = entry is not None
    elif (fact.category, fact.attribute) in NAMING:
        entry = book.named(answer, NAMING[(fact.category, fact.attribute)])
        named = entry is not None
    else:
        entry = book.entries.get(fact.entity)
    if entry is None:
        return None
    if item.depth == 0 and rng.random() >= ct.follow_up:
        return None

    def make(q: Question, prompt: str, alternatives: tuple[Question, ...] = (), cross: bool = False) -> CallItem:
        return CallItem(-1, "follow_up", "cross" if cross else entry.section, prompt, question=q,
                        follows=item.index, depth=item.depth + 1, entity=entry.entity, alternatives=alternatives)

    def given_away(q: Question) -> bool:
        """A question of the call so far says the answer ("…as Backend Developer, starting in July 2018")."""
        for prompt in (item.prompt, *said):
            if reveals("recall", prompt, None, q.answer, q.answer_kind):
                return True
            if q.answer_kind == "date" and len(q.answer) == 10 and value_in_prompt(prompt, q.answer[:7], "date"):
                return True  # "July 2018" is most of "2018-07-16"
        return False

    def cross_check() -> CallItem | None:
        link = entry.question("employer_at_time")
        if entry.section == "portfolio" and link is not None and link.fact_keys[0] not in asked \
                and not given_away(link):
            return make(link, link.prompt, cross=True)
        tl = entry.timeline
        if tl is not None and not any(k in asked for k in tl.fact_keys[:2]):
            return make(tl, tl.prompt, cross=True)
        return None

    # the first follow-up stays on the entry named ("You said Brightline — …"); later a cross-check may join
    # two entries, and ends a chain that has nothing more to ask
    if item.depth >= 1 and rng.random() < ct.cross_check and (cross := cross_check()) is not None:
        return cross
    order = CHAINS[entry.section]
    if item.alternatives:
        order = ("client", *order)  # what you built there -> for whom
    for attr in order:
        if attr == "built":
            if entry.built and not any(q.fact_keys[0] in asked or given_away(q) for q in entry.built):
                return make(entry.built[0], _follow_prompt(entry, attr, named=named), alternatives=entry.built)
            continue
        q = entry.question(attr)
        if q is not None and q.fact_keys[0] not in asked and not given_away(q):
            prompt = _follow_prompt(entry, attr, named=named)
            if reveals("recall", prompt, None, q.answer, q.answer_kind):
                prompt = q.prompt
            return make(q, prompt)
    return cross_check() if ct.cross_check else None


# ------------------------------------------------------------------------------------------ timing
def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class PausableClock:
    """A stopwatch in milliseconds that can be paused (a paused call's questions do not age).

    ``now`` is the time source (monotonic milliseconds); tests inject their own."""

    def __init__(self, now: Callable[[], float] = monotonic_ms):
        self.now = now
        self._start: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def started(self) -> bool:
        return self._start is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def start(self) -> None:
        """(Re)start from zero; keeps a pause in force."""
        t = self.now()
        self._start = t
        self._paused_total = 0.0
        if self._paused_at is not None:
            self._paused_at = t

    def reset(self) -> None:
        self._start = None
        self._paused_total = 0.0
        self._paused_at = None

    def pause(self) -> None:
        if self._paused_at is None:
            self._paused_at = self.now()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self.now() - self._paused_at
            self._paused_at = None

    def elapsed_ms(self) -> int:
        if self._start is None:
            return 0
        end = self._paused_at if self._paused_at is not None else self.now()
        return max(0, int(end - self._start - self._paused_total))


def countdown_left_ms(elapsed_ms: int, countdown_ms: int) -> int:
    """What is left of the time to start answering (0 once it has run out)."""
    return max(0, int(countdown_ms) - int(elapsed_ms))


def hesitation_ms(first_key_ms: int | None, latency_ms: int) -> int | None:
    """Time to the first keystroke, never more than the whole answer's time; None if nothing was typed."""
    if first_key_ms is None:
        return None
    return max(0, min(int(first_key_ms), int(latency_ms)))


def slow_reasons(hesitation: int | None, latency_ms: int, *, countdown_ms: int, slow_ms: int) -> tuple[str, ...]:
    """Why an answer counts as slow: ``"hesitated"`` (typing started after the countdown ran out) and/or
    ``"slow"`` (the whole answer took longer than ``slow_ms``)."""
    out = []
    if hesitation is not None and hesitation > countdown_ms:
        out.append("hesitated")
    if latency_ms > slow_ms:
        out.append("slow")
    return tuple(out)


# ------------------------------------------------------------------------------------------ the report
@dataclass(frozen=True)
class FactAnswer:
    """A fact answer of the call: typed and graded by the core, or said aloud and rated by the user."""

    key: str
    label: str
    prompt: str
    phase: str
    given: str
    expected: str
    correct: bool
    latency_ms: int
    hesitation_ms: int | None
    attempt_id: int = 0  # the stored attempt ("I was right" in the report overrides it)
    overridden: bool = False
    index: int = -1  # the item of the call
    follows: int | None = None  # the item this answer's question followed up
    repeats: int = 0  # "Could you repeat that?" while it was asked
    standalone: str = ""  # the question on its own ("What did you build while at Brightline?"), for lists
    spoken: bool = False  # answered aloud: ``given`` is "" and ``self_rating`` is the user's rating
    self_rating: str | None = None  # right | close | wrong
    recording: str = ""  # the kept audio of the answer ("You said ▶"), when recordings are on

    @property
    def shown_given(self) -> str:
        """The answer as listed: the typed text, or ``(said aloud, rated close)`` for a spoken one."""
        return shown_answer(self.given, self.spoken, self.self_rating)

    @property
    def shown_prompt(self) -> str:
        """The prompt to show out of the call's order: a follow-up's own question, else what was asked."""
        return self.standalone if self.follows is not None and self.standalone else self.prompt


@dataclass(frozen=True)
class OpenAnswer:
    question: OpenQuestion
    prompt: str
    rating: str  # good | okay | poor
    seconds: float
    points: tuple[str, ...] = ()
    covered: tuple[int, ...] | None = None  # the points ticked (checklist questions); None: rated only
    index: int = -1
    repeats: int = 0

    @property
    def missed(self) -> tuple[str, ...]:
        """The checklist points left out (none for a question rated without its checklist)."""
        if self.covered is None:
            return ()
        return tuple(p for i, p in enumerate(self.points) if i not in self.covered)


@dataclass(frozen=True)
class IdCheckResult:
    """The self-check after the ID step: which points the user ticked, and the two names compared."""

    checks: tuple[IdCheck, ...]
    ticked: frozenset[str]
    full_name: str = ""
    id_name: str = ""

    @property
    def missing(self) -> tuple[IdCheck, ...]:
        return tuple(c for c in self.checks if c.id not in self.ticked)

    @property
    def names_differ(self) -> bool:
        """The name on the ID (``id_name``, when the profile has it) is not the profile name, whatever was ticked."""
        return compare_id_name(self.full_name, self.id_name).status not in NAMES_FINE

    @property
    def passed(self) -> bool:
        return not self.missing and not self.names_differ


@dataclass(frozen=True)
class Thread:
    """A question and the follow-ups the agent asked on it, in order."""

    answers: tuple[FactAnswer, ...]

    @property
    def right(self) -> int:
        return sum(a.correct for a in self.answers)


@dataclass(frozen=True)
class SlowAnswer:
    answer: FactAnswer
    reasons: tuple[str, ...]


REASONS = ("empty", "identity", "overall", "slow", "open", "id_check", "incomplete")


@dataclass(frozen=True)
class CallReport:
    passed: bool
    reasons: tuple[str, ...]  # why at risk, in the order of ``REASONS``
    identity_right: int
    identity_total: int
    right: int
    total: int
    planned: int
    wrong: tuple[FactAnswer, ...]
    slow: tuple[SlowAnswer, ...]
    open: tuple[OpenAnswer, ...]
    drill_keys: tuple[str, ...]
    rule: PassRule = field(default_factory=PassRule)
    answers: tuple[FactAnswer, ...] = ()  # every typed answer, in order (overridden ones among them)
    weak_count: int | None = None  # weak facts after the call (``stats.weak_facts``); None: not known
    call_type: str = DEFAULT_CALL_TYPE
    threads: tuple[Thread, ...] = ()  # questions that were followed up, each with its follow-ups
    id_check: IdCheckResult | None = None  # None: no ID step, or the call ended before it
    repeats: int = 0  # "Could you repeat that?" and "a bit slower, please", in all

    @property
    def verdict(self) -> str:
        return "passed" if self.passed else "at_risk"

    @property
    def type(self) -> CallType:
        return get_call_type(self.call_type)

    @property
    def empty(self) -> bool:
        """Nothing was answered: the report says so and nothing else."""
        return "empty" in self.reasons

    @property
    def identity_ratio(self) -> float | None:
        return self.identity_right / self.identity_total if self.identity_total else None

    @property
    def ratio(self) -> float | None:
        return self.right / self.total if self.total else None

    @property
    def poor_open(self) -> tuple[OpenAnswer, ...]:
        return tuple(o for o in self.open if o.rating == "poor")

    @property
    def follow_ups(self) -> int:
        return sum(a.follows is not None for a in self.answers)


def threads_of(answers: Sequence[FactAnswer]) -> tuple[Thread, ...]:
    """The chains of follow-ups: each question that was followed up, with every follow-up after it."""
    by_index = {a.index: a for a in answers}
    root_of: dict[int, int] = {}
    chains: dict[int, list[FactAnswer]] = {}
    for a in answers:
        if a.follows is None or a.follows not in by_index:
            continue
        root = root_of.get(a.follows, a.follows)
        root_of[a.index] = root
        chains.setdefault(root, [by_index[root]]).append(a)
    return tuple(Thread(tuple(chains[r])) for r in sorted(chains))


def call_report(
    answers: Sequence[FactAnswer],
    open_answers: Sequence[OpenAnswer] = (),
    *,
    countdown_ms: int,
    slow_ms: int,
    planned: int | None = None,
    rule: PassRule | None = None,
    weak_count: int | None = None,
    call_type: str | CallType = DEFAULT_CALL_TYPE,
    id_check: IdCheckResult | None = None,
    id_expected: bool = False,
    repeats: int = 0,
) -> CallReport:
    """Passed or at risk (see the module's docstring), what was wrong, what was slow, what to drill next.

    ``planned``: how many fact questions the call had (fewer answers: the call was left early).
    ``rule``: the call type's by default. ``id_expected``: the call had an ID step (not done: left early).
    ``weak_count``: how many weak facts the profile has once the call's answers are saved, counted by
    ``stats.weak_facts`` like everywhere else (``Coach.weak_facts``); the report shows it."""
    ct = call_type if isinstance(call_type, CallType) else get_call_type(call_type)
    rule = rule or ct.rule
    ident = [a for a in answers if a.phase == "identity"]
    ident_right = sum(a.correct for a in ident)
    right = sum(a.correct for a in answers)
    wrong = tuple(a for a in answers if not a.correct)
    slow = tuple(
        SlowAnswer(a, r)
        for a in answers
        if (r := slow_reasons(a.hesitation_ms, a.latency_ms, countdown_ms=countdown_ms, slow_ms=slow_ms))
    )
    planned = len(answers) if planned is None else planned
    reasons = []
    if not answers and not open_answers and id_check is None:
        reasons.append("empty")  # nothing else to say
    else:
        if ident and ident_right / len(ident) < rule.identity_min:
            reasons.append("identity")
        if answers and right / len(answers) < rule.overall_min:
            reasons.append("overall")
        if len(slow) > rule.max_slow:
            reasons.append("slow")
        if sum(o.rating == "poor" for o in open_answers) > rule.max_poor_open:
            reasons.append("open")
        if rule.id_check and id_check is not None and not id_check.passed:
            reasons.append("id_check")
        if len(answers) < planned or (id_expected and id_check is None):
            reasons.append("incomplete")
    drill = _unique([a.key for a in wrong] + [s.answer.key for s in slow])
    return CallReport(
        passed=not reasons, reasons=tuple(reasons), identity_right=ident_right, identity_total=len(ident),
        right=right, total=len(answers), planned=planned, wrong=wrong, slow=slow, open=tuple(open_answers),
        drill_keys=tuple(drill), rule=rule, answers=tuple(answers), weak_count=weak_count, call_type=ct.id,
        threads=threads_of(answers), id_check=id_check, repeats=repeats,
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


# ------------------------------------------------------------------------------------------ recordings
RECORDINGS = "recordings"
RECORDING_EXTENSIONS = (".mp4", ".mkv", ".webm", ".mov")


@dataclass(frozen=True)
class Recording:
    path: Path
    size: int
    modified: datetime

    @property
    def name(self) -> str:
        return self.path.name


def recordings_dir(data_dir: Path) -> Path:
    return Path(data_dir) / RECORDINGS


def ensure_recordings_dir(data_dir: Path) -> Path:
    """The recordings folder, created owner-only (0700)."""
    d = recordings_dir(data_dir)
    d.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # e.g. a file system without permissions
        os.chmod(d, 0o700)
    return d


def new_recording_path(data_dir: Path, now: datetime | None = None, ext: str = ".mp4") -> Path:
    """A fresh file name in the (owner-only) recordings folder: ``rehearsal-20250314-093000.mp4``."""
    d = ensure_recordings_dir(data_dir)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = d / f"rehearsal-{stamp}{ext}"
    n = 2
    while path.exists():
        path = d / f"rehearsal-{stamp}-{n}{ext}"
        n += 1
    return path


def protect_recording(path: Path) -> None:
    """Make a finished recording readable by its owner only (0600)."""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def list_recordings(data_dir: Path) -> list[Recording]:
    """The saved rehearsals, newest first (none when the folder does not exist)."""
    d = recordings_dir(data_dir)
    if not d.is_dir():
        return []
    out = []
    for p in d.iterdir():
        if p.is_file() and p.suffix.lower() in RECORDING_EXTENSIONS:
            st = p.stat()
            out.append(Recording(p, st.st_size, datetime.fromtimestamp(st.st_mtime)))
    return sorted(out, key=lambda r: (r.modified, r.name), reverse=True)


def delete_recording(data_dir: Path, path: Path) -> None:
    """Delete one recording; refuses anything outside the recordings folder."""
    d = recordings_dir(data_dir).resolve()
    p = Path(path).resolve()
    if p.parent != d:
        raise ValueError(f"{p} is not a recording of verify_coach")
    p.unlink(missing_ok=True)
