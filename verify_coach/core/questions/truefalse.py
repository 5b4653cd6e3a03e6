"""True or false: "Your profile says you started at Acme in March 2019 — true or false?".

Whether the statement is true depends only on the seed and the question id, so a build mixes true and
false statements and the same seed gives the same mix. A false statement uses one of the fact's
distractors; a fact without distractors only gets true statements.
"""

from __future__ import annotations

from ..facts import Fact
from .context import Context, display
from .distractors import distractors_for
from .model import FALSE, TRUE, Question, make_id, new_question
from .templates import context_clauses, fill, is_self_employment, needs_clause

# {v}: the value as said; {in_v}: a date with its preposition ("in March 2019", "on 14 March 2019").
STATEMENTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("identity", "full_name"): ("your full name is {v}",),
    ("identity", "date_of_birth"): ("you were born {in_v}",),
    ("identity", "street"): ("your street address is {v}",),
    ("identity", "city"): ("you live in {v}",),
    ("identity", "region"): ("you live in the state or region of {v}",),
    ("identity", "postal_code"): ("your postal code is {v}",),
    ("identity", "country"): ("you live in {v}",),
    ("identity", "phone"): ("your phone number is {v}",),
    ("identity", "email"): ("your email address is {v}",),
    ("identity", "nationality"): ("your nationality is {v}",),
    ("identity", "id_document_type"): ("the ID document you will show is: {v}",),
    ("rate", "hourly_rate"): ("your hourly rate is {v}",),
    ("platform", "title"): ("your {p} profile title is \u201c{v}\u201d",),
    ("platform", "member_since"): ("you joined {p} {in_v}",),
    ("platform", "location"): ("your {p} profile shows your location as {v}",),
    ("platform", "time_zone"): ("your time zone is {v}",),
    ("platform", "total_jobs"): ("you have completed {v} jobs on {p}",),
    ("platform", "total_earnings"): ("you have earned {v} on {p} in total",),
    ("platform", "job_success"): ("your Job Success Score is {v}%",),
    ("platform", "client"): ("the client for your {p} job \u201c{s}\u201d was {v}",),
    ("platform", "start"): ("your {p} job \u201c{s}\u201d started {in_v}",),
    ("platform", "rate"): ("your rate on the {p} job \u201c{s}\u201d was {v}",),
    ("platform", "budget"): ("the budget of the {p} job \u201c{s}\u201d was {v}",),
    ("platform", "rating"): ("the client rated \u201c{s}\u201d {v} stars",),
    ("platform", "platform_job_count"): ("your {p} work history lists {v} jobs",),
    ("languages", "english_level"): ("your English level is {v}",),
    ("languages", "proficiency"): ("your level of {s} is {v}",),
    ("skills", "skill_count"): ("your profile lists {v} skills",),
    ("skills", "top_skills"): ("the first skills listed on your profile are {v}",),
    ("languages", "languages"): ("the languages on your profile are {v}",),
    ("platform", "payment_methods"): ("you withdraw your earnings by {v}",),
    ("platform", "categories"): ("your {p} categories are {v}",),
    ("certifications", "names"): ("your certifications are {v}",),
    ("portfolio", "skills"): ("you used {v} on {s}",),
    ("employment", "company"): ("you worked at {v} as {title}", "you joined {v} in {start}"),
    ("employment", "title"): ("your job title at {s} was {v}",),
    ("employment", "start"): ("you started at {s} {in_v}",),
    ("employment", "end"): ("you left {s} {in_v}",),
    ("employment", "location"): ("you worked for {s} in {v}",),
    ("employment", "duration_months"): ("you worked at {s} for {v} months",),
    ("employment", "first_employer"): ("your first employer was {v}",),
    ("employment", "current_employer"): ("you work at {v} now",),
    ("employment", "years_experience"): ("you have {v} years of professional experience",),
    ("employment", "employer_count"): ("your profile lists {v} employers",),
    ("education", "school"): ("you got your {degree} from {v}", "{v} is where you studied {field}",
                              "you studied at {v}"),
    ("education", "degree"): ("your degree from {s} is: {v}",),
    ("education", "field_of_study"): ("you studied {v} at {s}",),
    ("education", "start"): ("you started studying at {s} {in_v}",),
    ("education", "end"): ("you finished studying at {s} {in_v}",),
    ("certifications", "issuer"): ("your {s} certification was issued by {v}",),
    ("certifications", "date"): ("you earned your {s} certification {in_v}",),
    ("portfolio", "client"): ("you built {s} for {v}",),
    ("portfolio", "role"): ("your role on {s} was {v}",),
    ("portfolio", "completed"): ("you completed {s} {in_v}",),
    ("portfolio", "start"): ("you started {s} {in_v}",),
    ("portfolio", "end"): ("you finished {s} {in_v}",),
    ("portfolio", "employer_at_time"): ("you were working at {v} when you built {s}",),
    ("portfolio", "most_recent_project"): ("your most recent portfolio project is {v}",),
}

ONGOING_STATEMENTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("employment", "company"): ("you work at {v} as {title}", "you joined {v} in {start}"),
    ("employment", "title"): ("your job title at {s} is {v}",),
    ("employment", "location"): ("you work for {s} in {v}",),
    ("employment", "duration_months"): ("you have worked at {s} for {v} months",),
}


# Self-employment has no company to name ("you worked at Self-employed" is not how anyone says it).
SELF_STATEMENTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("employment", "title"): ("you worked as a self-employed {v}",),
    ("employment", "start"): ("you started freelancing {in_v}",),
    ("employment", "end"): ("you stopped freelancing {in_v}",),
    ("employment", "location"): ("you were based in {v} while freelancing",),
    ("employment", "duration_months"): ("you worked as a freelancer for {v} months",),
}


def _in(said: str) -> str:
    """The preposition for a date in words: "on 14 March 2019" but "in March 2019" / "in 2019"."""
    return ("on " if said[:1].isdigit() and not said.isdigit() else "in ") + said


def statement(fact: Fact, ctx: Context, said: str) -> str:
    """The fact stated with the value ``said`` (in display form); from its label if no template fits."""
    key = (fact.category, fact.attribute)
    table = SELF_STATEMENTS.get(key, ()) if fact.category == "employment" and is_self_employment(fact.subject) else ()
    table = table or (ONGOING_STATEMENTS.get(key) if ctx.ongoing(fact) else None) or STATEMENTS.get(key, ())
    extra = {"v": said, "in_v": _in(said) if fact.kind == "date" else said}
    text = None
    for t in table:
        text = fill(t, fact, ctx, extra)
        if text:
            break
    if not text:
        label = fact.label.strip().rstrip("?.")
        text = f"gives {label[:1].lower()}{label[1:]} as {said}"
    clause = needs_clause(text, fact, context_clauses(fact, ctx))
    return f"{text} ({clause[0]})" if clause else text


def truefalse_question(fact: Fact, ctx: Context) -> Question | None:
    qid = make_id("truefalse", (fact.key,))
    rng = ctx.rng("truefalse", qid)
    wrong = distractors_for(fact, ctx)
    truth = rng.random() < 0.5 or not wrong
    said = display(fact) if truth else rng.choice(wrong)
    text = statement(fact, ctx, said)
    says = "" if text.startswith("gives ") else "says "
    prompt = f"Your profile {says}{text} \u2014 true or false?"
    # A statement never counts as giving its answer away (see ``prompt_reveals_answer``): no check.
    return new_question(qid, "truefalse", prompt, _CHOICES, TRUE if truth else FALSE, "choice", (fact.key,),
                        fact.category)


_CHOICES = (TRUE, FALSE)
