"""The grader's feedback in the interface language: every feedback the grader gives on the grading corpus has
a known form (so the Chinese practice screen never shows it half in English), values stay as written."""

from __future__ import annotations

from tests.core.test_grading_corpus import ROWS, context_kwargs
from verify_coach.grading import grade
from verify_coach.ui.widgets.grading_text import grading_text, parse


def test_every_feedback_on_the_corpus_has_a_known_form():
    unknown = []
    for row in ROWS:
        feedback = grade(row["expected"], row["answer"], row["kind"], **context_kwargs(row["context"])).feedback
        if parse(feedback) is None:
            unknown.append(feedback)
    assert not unknown, unknown[:10]


def test_feedback_reads_in_chinese_with_the_values_as_written(zh_translator):
    assert grading_text("Not quite \u2014 the profile says Acme Ltd.") == "不太对——资料上写的是 Acme Ltd。"
    assert grading_text("4 of 5 \u2014 missed Go. Not on the profile: Rust. One small typo forgiven.") == \
        "答对 4/5——漏了 Go。资料上没有：Rust。原谅了一个小笔误。"
    assert grading_text("Something new the grader says.") == "Something new the grader says."


def test_feedback_stays_english_in_english():
    text = "4 of 5 \u2014 missed Go. Not on the profile: Rust."
    assert grading_text(text) == text
