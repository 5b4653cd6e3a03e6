"""Public answer grading: ``grade(expected, answer, kind) -> Verdict``."""

from verify_coach.core.grading import Verdict, grade

__all__ = ["Verdict", "grade"]
