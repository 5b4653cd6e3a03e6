"""Questions a verification agent asks on a video call, built from a profile's key facts.

Forms: recall (typed answer), choice (four options), timeline (order 3-4 entries; which came first),
cross (links between entries), reverse (from a value back to its entry), numeric (number facts) and
truefalse (a statement from the profile, true or altered). Every form lives in its own module.
"""

from .build import build_questions, question_for_fact, questions_for_facts
from .model import (
    ANSWER_KINDS,
    FORMS,
    Question,
    check_choice,
    check_order,
    make_id,
    prompt_reveals_answer,
    value_in_prompt,
)

__all__ = [
    "ANSWER_KINDS",
    "FORMS",
    "Question",
    "build_questions",
    "check_choice",
    "check_order",
    "make_id",
    "prompt_reveals_answer",
    "question_for_fact",
    "questions_for_facts",
    "value_in_prompt",
]
