"""The audit's thresholds: data, not code. Each is documented in ``docs/audit.md`` (a test checks that
every field here is). Change a number here, not in a check."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Thresholds:
    #: A stretch without work, study or freelancing longer than this many months is a gap to explain.
    gap_months: int = 6
    #: Two full-time jobs may overlap this many months (a handover) before the overlap needs explaining.
    overlap_months: int = 2
    #: A job that starts before this age is one to explain.
    min_work_age: int = 16
    #: Studies that end more than this many months after a full-time job began are noted.
    study_overlap_months: int = 3
    #: A project dated this many months outside its employer's tenure is still inside it (dates are rounded).
    tenure_slack_months: int = 1
    #: The platform shows a Job Success Score only after this many completed jobs.
    min_jobs_for_job_success: int = 3
    #: The listed jobs' fixed prices may exceed the total earnings by this share (rounding, fees) before
    #: the two disagree.
    earnings_tolerance: float = 0.05
    #: The hourly rate is "far" from the recent jobs' when it is more than this many times their median, or
    #: less than its inverse.
    rate_ratio: float = 2.0
    #: How many of the most recent hourly jobs the median rate is taken from (at least two are needed).
    recent_hourly_jobs: int = 5
    #: At most this many unused skills are named in the note (all are marked in the editor).
    unused_skills_named: int = 5
    #: Title words and the years of experience each implies.
    seniority_years: dict[str, int] = field(default_factory=lambda: {
        "senior": 5, "sr": 5, "lead": 5, "principal": 8, "staff": 7, "head": 7, "chief": 8, "architect": 6,
        "director": 8, "expert": 4, "veteran": 10,
    })
    #: Words in a job's title or description that mean it was not a full-time job.
    not_full_time_words: tuple[str, ...] = (
        "part-time", "part time", "freelance", "freelancer", "contract", "contractor", "self-employed",
        "self employed", "intern", "internship", "volunteer", "consultant", "side project",
        "兼职", "实习", "自由职业",
    )


DEFAULT = Thresholds()
