"""What a true-or-false answer says the user believed, so it is never shown back as "True" or "False".

A true-or-false question states a claim ("Your profile says you started at Brightline in March 2021 —
true or false?"). Answering "False" to it means *you believed you did not start there then*; "You said:
False" would make the user work that out again. ``belief_of`` turns the answer into a ``Belief`` (the
claim, what the user thought of it, whether it is true), and every place that shows an answer back uses
it: practice feedback and the session summary (translated in ``ui.widgets.format``), the missed facts
(``stats.wrong_answers``), the CLI (``Belief.sentence``) and the grader's own feedback line.

Standard library only: the first look (``core.firstlook``) reads wrong answers through ``core.stats``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YES = frozenset({"true", "t", "yes", "y"})
_NO = frozenset({"false", "f", "no", "n"})
_PROMPT = re.compile(
    r"^\s*(?:true or false[:,]?\s*)?(?:your profile says\s+)?(?P<claim>.*?)\s*(?:\u2014|-)?\s*"
    r"(?:true or false\??)?\s*$",
    re.I | re.S,
)


def truth_value(text: str | None) -> bool | None:
    """``"True"``/``"yes"``/``"t"`` -> True, ``"False"``/``"no"``/``"f"`` -> False, anything else None."""
    said = (text or "").strip().casefold()
    if said in _YES:
        return True
    if said in _NO:
        return False
    return None


def claim_of(prompt: str) -> str:
    """The statement of a true-or-false prompt, without "Your profile says" and "— true or false?"."""
    m = _PROMPT.match(prompt or "")
    claim = (m.group("claim") if m else prompt or "").strip().rstrip(".?")
    if claim.startswith("Your profile "):  # "Your profile gives …": lower case inside a sentence
        claim = "y" + claim[1:]
    return claim


@dataclass(frozen=True)
class Belief:
    """A true-or-false answer as what the user believed.

    ``thought_true``: the user answered that the claim is true; ``is_true``: whether it is (None when the
    right answer is not known)."""

    claim: str
    thought_true: bool
    is_true: bool | None = None

    @property
    def right(self) -> bool:
        return self.is_true is not None and self.is_true == self.thought_true

    def short(self) -> str:
        """For a list of wrong answers: ``thought “you started at Brightline in March 2021” was false``."""
        return f"thought \u201c{self.claim}\u201d was {'true' if self.thought_true else 'false'}"

    def said(self) -> str:
        """Next to the question: ``You believed this was false.``"""
        return f"You believed this was {'true' if self.thought_true else 'false'}."

    def truth(self, value: str = "") -> str:
        """``It is true: your profile has March 2021.`` (without ``value``: ``It is true.``)."""
        if self.is_true is None:
            return ""
        word = "true" if self.is_true else "false"
        return f"It is {word}: your profile has {value}." if value else f"It is {word}."

    def sentence(self, value: str = "") -> str:
        """Both, for one line (the CLI): ``You believed this was false. It is true: your profile has March 2021.``"""
        return " ".join(x for x in (self.said(), self.truth(value)) if x)

    def __str__(self) -> str:
        return self.short()


def belief_of(form: str, prompt: str, answer: str, expected: str | None = None) -> Belief | None:
    """The belief behind ``answer`` to a true-or-false question; None for any other form, or an answer
    that is neither true nor false (a blank, a typed value: shown as typed)."""
    if form != "truefalse":
        return None
    thought = truth_value(answer)
    if thought is None:
        return None
    return Belief(claim_of(prompt), thought, truth_value(expected) if expected is not None else None)
