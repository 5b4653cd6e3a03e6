"""The mock verification call, without Qt: the call plan, the open questions, timing and the call report.

A call follows the order of a real verification call:

1. a greeting, then **identity** (full name, date of birth, address, the ID document to be shown);
2. the **profile**: the rate, employers and their dates, projects, education, skills;
3. **open questions** an agent asks ("How did you find Upwork?"), answered aloud and rated by the user.

Fact questions are typed and graded by the core (``Coach.answer``); open questions are not facts and only
appear in the report with their self-rating.

The pass rule (``PassRule``), applied by ``call_report``: a call is **passed** when

* at least 90 % of the identity answers are right (with the usual six identity facts: all of them),
* at least 80 % of all fact answers are right,
* no more than 2 answers were slow or hesitant (typing started after the countdown, or the answer took
  longer than the "slow" setting),
* no more than 1 open question was rated "poor",
* and every fact question of the plan was answered (a call left early is not passed).

Otherwise it is **at risk**, with the reasons listed.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from . import relevance
from .facts import Fact, extract_facts
from .profile import Profile
from .questions import Question, question_for_fact
from .questions.build import rewording, session_order
from .questions.model import Rng

PHASES = ("identity", "profile", "open")

# Identity facts, in the order an agent asks them; and which to keep first when the call is short.
IDENTITY_ORDER = ("full_name", "date_of_birth", "street", "city", "country", "id_document_type")
IDENTITY_PRIORITY = ("full_name", "date_of_birth", "id_document_type", "country", "city", "street")


@dataclass(frozen=True)
class CallLength:
    """A length preset: how many questions in all, of which identity and open questions."""

    name: str
    questions: int
    identity: int
    open: int
    seconds_per_question: int = 26

    @property
    def minutes(self) -> int:
        """About how long the call lasts (greeting and goodbye included), rounded."""
        return max(1, round((self.questions * self.seconds_per_question + 30) / 60))


LENGTHS: dict[str, CallLength] = {
    "short": CallLength("short", 10, 4, 2),
    "typical": CallLength("typical", 20, 6, 3),
    "long": CallLength("long", 30, 6, 4),
}
DEFAULT_LENGTH = "typical"


def call_length(name: str | None) -> CallLength:
    """The preset called ``name`` (the typical one for anything unknown)."""
    return LENGTHS.get(str(name or ""), LENGTHS[DEFAULT_LENGTH])


# ------------------------------------------------------------------------------------------ open questions
@dataclass(frozen=True)
class OpenQuestion:
    """A question with no single right answer: said aloud, then rated by the user.

    ``tips`` says what a convincing answer covers; it is shown in the report only, never during the call."""

    id: str
    prompt: str
    tips: str

    def text(self, platform: str) -> str:
        return self.prompt.replace("{p}", platform or "the platform")


OPEN_QUESTIONS: tuple[OpenQuestion, ...] = (
    OpenQuestion("found_platform", "How did you find out about {p}?",
                 "A short, true story: who or what pointed you to it, and when you joined."),
    OpenQuestion("planned_work", "What kind of work will you do on {p}?",
                 "The services on your profile, the kind of clients, and one concrete example."),
    OpenQuestion("account_use", "Does anyone else use your account or help you with it?",
                 "A clear answer: the account is yours alone, and you do the work yourself."),
    OpenQuestion("last_project", "Tell me about your last project.",
                 "The client, what you built, your role, the tools and when it ended — as on your profile."),
    OpenQuestion("work_setup", "Where do you usually work from, and what are your working hours?",
                 "Your city as on the profile, your time zone and the hours you are available."),
    OpenQuestion("why_freelance", "Why did you decide to work as a freelancer?",
                 "One or two honest reasons, consistent with your work history."),
)
# Which open questions a short call keeps first (they are still asked in the order above).
OPEN_PRIORITY = ("last_project", "planned_work", "account_use", "found_platform", "work_setup", "why_freelance")
OPEN_RATINGS = ("good", "okay", "poor")


# ------------------------------------------------------------------------------------------ the call plan
@dataclass(frozen=True)
class Group:
    """Facts of the profile phase asked together: which facts, and which attributes matter most."""

    name: str
    weight: int
    limit: int | None
    tiers: dict[str, int]

    def holds(self, fact: Fact) -> bool:
        return _group_of(fact) == self.name


PROFILE_GROUPS: tuple[Group, ...] = (
    Group("rate", 100, 1, {"hourly_rate": 0}),
    Group("employment", 3, None, {
        "company": 0, "title": 0, "start": 0, "end": 0, "current_employer": 0,
        "location": 1, "first_employer": 1, "duration_months": 2, "years_experience": 2, "employer_count": 2,
    }),
    Group("projects", 2, None, {
        "client": 0, "role": 0, "completed": 0, "most_recent_project": 0,
        "start": 1, "skills": 1, "employer_at_time": 1, "end": 1, "rate": 1, "budget": 1, "rating": 2,
    }),
    Group("education", 1, None, {
        "school": 0, "degree": 0, "field_of_study": 0, "end": 0, "start": 1,
        "issuer": 1, "date": 1, "names": 1,
    }),
    Group("skills", 1, None, {
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
    """One question of the call: a fact question (``question``) or an open question (``open``)."""

    index: int
    phase: str  # identity | profile | open
    group: str  # identity, a PROFILE_GROUPS name, or open
    prompt: str
    intro: str = ""  # what the agent says first ("Thank you. Now a few questions about your profile.")
    question: Question | None = None
    open: OpenQuestion | None = None

    @property
    def is_open(self) -> bool:
        return self.open is not None

    @property
    def fact_key(self) -> str | None:
        return self.question.fact_keys[0] if self.question is not None else None

    @property
    def spoken(self) -> str:
        """What the agent says aloud."""
        return f"{self.intro} {self.prompt}".strip()


@dataclass(frozen=True)
class CallPlan:
    length: CallLength
    greeting: str
    items: tuple[CallItem, ...]
    closing: str
    seed: int
    platform: str = ""

    @property
    def fact_keys(self) -> list[str]:
        """The facts asked, in call order (for ``Coach.start_session("call", fact_keys=...)``)."""
        return [i.fact_key for i in self.items if i.fact_key]

    @property
    def fact_items(self) -> list[CallItem]:
        return [i for i in self.items if not i.is_open]

    @property
    def open_items(self) -> list[CallItem]:
        return [i for i in self.items if i.is_open]

    @property
    def minutes(self) -> int:
        return max(1, round((len(self.items) * self.length.seconds_per_question + 30) / 60))


GREETING = ("Hello, and thank you for joining. I'm the verification agent{p}. This call takes about {m} "
            "minutes. First, I need to confirm your identity.")
GREETING_NO_IDENTITY = "Hello, and thank you for joining. I'm the verification agent{p}. This call takes about {m} minutes."
PROFILE_INTRO = "Thank you. Now a few questions about your profile."
OPEN_INTRO = "Almost done. A few general questions — please answer out loud."
CLOSING = "That's everything. Thank you for your time — this call is over."


def _typed_question(profile: Profile, facts: list[Fact], key: str, seed: int) -> Question | None:
    """The typed question about ``key`` an agent would ask (recall, or numeric for numbers); None if none."""
    for form in ("recall", "numeric"):
        try:
            return question_for_fact(profile, facts, key, seed=seed, form=form)
        except ValueError:
            continue
    return None


def _identity_facts(facts: list[Fact], count: int) -> list[Fact]:
    by_attr = {f.attribute: f for f in facts if f.category == "identity" and f.value}
    keep = [a for a in IDENTITY_PRIORITY if a in by_attr][:count]
    return [by_attr[a] for a in IDENTITY_ORDER if a in keep]


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
    profile: Profile, facts: list[Fact], count: int, rng: Rng, seed: int, questions: dict[str, Question]
) -> list[Fact]:
    """Up to ``count`` profile facts with a typed question, shared among the groups by weight
    (smooth weighted round robin), then put in call order: by group, then as in the profile."""
    pools = {g.name: [f for f in _ordered_candidates(g, facts, rng) if relevance.matters(f.category, f.attribute)]
             for g in PROFILE_GROUPS}  # trivia (counts, ratings, budgets, issuers) are never asked on the call
    taken: dict[str, list[Fact]] = {g.name: [] for g in PROFILE_GROUPS}
    credit = {g.name: 0 for g in PROFILE_GROUPS}
    total = 0
    while total < count:
        live = [g for g in PROFILE_GROUPS if pools[g.name] and (g.limit is None or len(taken[g.name]) < g.limit)]
        if not live:
            break
        for g in live:
            credit[g.name] += g.weight
        best = max(live, key=lambda g: credit[g.name])
        credit[best.name] -= sum(g.weight for g in live)
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
        by_key[q.fact_keys[0]] for g in PROFILE_GROUPS
        for q in session_order([questions[f.key] for f in sorted(taken[g.name], key=lambda f: position[f.key])], by_key, reword)
    ]


def _open_questions(count: int) -> list[OpenQuestion]:
    keep = set(OPEN_PRIORITY[:count])
    return [q for q in OPEN_QUESTIONS if q.id in keep]


def plan_call(
    profile: Profile,
    facts: list[Fact] | None = None,
    *,
    length: str | CallLength = DEFAULT_LENGTH,
    seed: int = 0,
    today: date | None = None,
) -> CallPlan:
    """The questions of one mock call, in the order of a real call; the same seed gives the same call.

    Identity facts come first (those of ``IDENTITY_ORDER`` the profile has), then profile facts chosen
    among the groups of ``PROFILE_GROUPS``, then open questions. A profile with fewer facts than the
    length asks for gives a shorter call."""
    facts = extract_facts(profile, today=today) if facts is None else facts
    preset = length if isinstance(length, CallLength) else call_length(length)
    rng = Rng(seed * 7919 + 17)
    questions: dict[str, Question] = {}
    ident = []
    for f in _identity_facts(facts, preset.identity):
        q = _typed_question(profile, facts, f.key, seed + len(questions))
        if q is not None:
            questions[f.key] = q
            ident.append(f)
    n_profile = max(0, preset.questions - preset.open - len(ident))
    prof = _profile_facts(profile, facts, n_profile, rng, seed, questions)
    opens = _open_questions(preset.open)
    platform = profile.platform.platform or ""

    items: list[CallItem] = []
    for f in ident:
        q = questions[f.key]
        items.append(CallItem(len(items), "identity", "identity", q.prompt, question=q))
    for i, f in enumerate(prof):
        q = questions[f.key]
        intro = PROFILE_INTRO if i == 0 and ident else ""
        items.append(CallItem(len(items), "profile", _group_of(f) or "profile", q.prompt, intro, question=q))
    for i, oq in enumerate(opens):
        intro = OPEN_INTRO if i == 0 and items else ""
        items.append(CallItem(len(items), "open", "open", oq.text(platform), intro, open=oq))

    minutes = max(1, round((len(items) * preset.seconds_per_question + 30) / 60))
    p = f" from {platform}" if platform else ""
    greeting = (GREETING if ident else GREETING_NO_IDENTITY).replace("{p}", p).replace("{m}", str(minutes))
    return CallPlan(preset, greeting, tuple(items), CLOSING, seed, platform)


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
    """A typed answer of the call, as graded by the core."""

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


@dataclass(frozen=True)
class OpenAnswer:
    question: OpenQuestion
    prompt: str
    rating: str  # good | okay | poor
    seconds: float


@dataclass(frozen=True)
class SlowAnswer:
    answer: FactAnswer
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class PassRule:
    identity_min: float = 0.9
    overall_min: float = 0.8
    max_slow: int = 2
    max_poor_open: int = 1


@dataclass(frozen=True)
class CallReport:
    passed: bool
    reasons: tuple[str, ...]  # why at risk: identity, overall, slow, open, incomplete, empty
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

    @property
    def verdict(self) -> str:
        return "passed" if self.passed else "at_risk"

    @property
    def identity_ratio(self) -> float | None:
        return self.identity_right / self.identity_total if self.identity_total else None

    @property
    def ratio(self) -> float | None:
        return self.right / self.total if self.total else None

    @property
    def poor_open(self) -> tuple[OpenAnswer, ...]:
        return tuple(o for o in self.open if o.rating == "poor")


def call_report(
    answers: Sequence[FactAnswer],
    open_answers: Sequence[OpenAnswer] = (),
    *,
    countdown_ms: int,
    slow_ms: int,
    planned: int | None = None,
    rule: PassRule | None = None,
    weak_count: int | None = None,
) -> CallReport:
    """Passed or at risk (see the module's docstring), what was wrong, what was slow, what to drill next.

    ``planned``: how many fact questions the call had (fewer answers: the call was left early).
    ``weak_count``: how many weak facts the profile has once the call's answers are saved, counted by
    ``stats.weak_facts`` like everywhere else (``Coach.weak_facts``); the report shows it."""
    rule = rule or PassRule()
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
    if not answers:
        reasons.append("empty")
    if ident and ident_right / len(ident) < rule.identity_min:
        reasons.append("identity")
    if answers and right / len(answers) < rule.overall_min:
        reasons.append("overall")
    if len(slow) > rule.max_slow:
        reasons.append("slow")
    if sum(o.rating == "poor" for o in open_answers) > rule.max_poor_open:
        reasons.append("open")
    if len(answers) < planned:
        reasons.append("incomplete")
    drill = _unique([a.key for a in wrong] + [s.answer.key for s in slow])
    return CallReport(
        passed=not reasons, reasons=tuple(reasons), identity_right=ident_right, identity_total=len(ident),
        right=right, total=len(answers), planned=planned, wrong=wrong, slow=slow, open=tuple(open_answers),
        drill_keys=tuple(drill), rule=rule, answers=tuple(answers), weak_count=weak_count,
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
