"""The grading corpus: answers written the way people give them, each with a fair agent's verdict.

``tests/core/corpus/grading_corpus.tsv`` (made by ``build_corpus.py`` next to it) holds one answer a line:
its class (what it tests), the fact kind, the question's context (``role=…``, ``month``, ``whole``,
``accept=A|B``), the profile's value, the answer and ``accept``/``reject``. Every row is its own test, so
a failure names the row and what the grader said. ``scripts/grading_agreement.py`` prints the agreement.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from verify_coach.grading import grade

CORPUS = Path(__file__).with_name("corpus") / "grading_corpus.tsv"
REQUIRED_CLASSES = {
    "framing", "negation", "org-distinctive", "org-different", "org-legal-form", "uni-abbrev", "place-extra",
    "place-different", "person-order", "person-title", "person-short-syllable", "person-first-letter",
    "person-long-typo", "person-zh", "zh-numeral-number", "zh-numeral-money", "zh-numeral-date", "fullwidth",
    "list-separator", "date-misspelled-month", "date-year-words", "date-month-enough", "date-birth-needs-day",
    "address", "address-zh-order", "list-order", "list-synonym", "list-whole-extra", "list-dump",
    "list-react-native", "title-abbrev", "title-level", "accept-form",
}


def load_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8", newline="") as f:
        lines = [(n, line) for n, line in enumerate(f, start=1) if line.strip() and not line.startswith("#")]
    reader = csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
    header = next(reader)
    for (n, _), values in zip(lines[1:], reader, strict=True):
        if len(values) != len(header):
            raise ValueError(f"{path.name} line {n}: {len(values)} columns, expected {len(header)}")
        row = dict(zip(header, values, strict=True))
        if row["verdict"] not in ("accept", "reject"):
            raise ValueError(f"{path.name} line {n}: verdict must be accept or reject, not {row['verdict']!r}")
        row["line"] = str(n)
        rows.append(row)
    return rows


def context_kwargs(context: str) -> dict:
    kwargs: dict = {}
    for token in context.split():
        if token.startswith("role="):
            kwargs["role"] = token[5:]
        elif token == "month":
            kwargs["month_enough"] = True
        elif token == "whole":
            kwargs["whole_list"] = True
        elif token.startswith("accept="):
            kwargs["accept"] = tuple(token[7:].split("|"))
        else:
            raise ValueError(f"unknown context token {token!r}")
    return kwargs


ROWS = load_corpus()


def test_the_corpus_is_large_varied_and_has_enough_wrong_answers():
    assert len(ROWS) >= 600
    rejects = sum(1 for r in ROWS if r["verdict"] == "reject")
    assert rejects / len(ROWS) >= 0.40
    assert {r["class"] for r in ROWS} >= REQUIRED_CLASSES
    keys = [(r["kind"], r["context"], r["expected"], r["answer"]) for r in ROWS]
    assert len(keys) == len(set(keys))
    assert any(any(ord(ch) > 0x2E7F for ch in r["answer"]) for r in ROWS)  # Chinese answers are in it


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['line']}-{r['class']}" for r in ROWS])
def test_the_grader_agrees_with_a_fair_agent(row):
    verdict = grade(row["expected"], row["answer"], row["kind"], **context_kwargs(row["context"]))
    want = row["verdict"] == "accept"
    assert verdict.correct is want, (
        f"{row['class']}: {row['answer']!r} for {row['expected']!r} should be {row['verdict']}ed; "
        f"the grader said {verdict}"
    )
    if not want:
        assert verdict.feedback and verdict.feedback != "Right."


# The blind corpus: written by someone who had not seen the grader, its tests or this corpus
# (``corpus/grading_corpus_independent.tsv``, copied in by ``import_independent.py``). Its rows are not
# each a test: it measures. On first contact the grader agreed with 85.1 % of it (20 false accepts); the
# misses were then fixed as rules (not row by row), so it is no longer blind. What must hold: no wrong
# answer accepted (the dangerous mistake) and the agreement does not fall back.
INDEPENDENT = Path(__file__).with_name("corpus") / "grading_corpus_independent.tsv"
INDEPENDENT_AGREEMENT = 0.96


def test_the_blind_corpus_accepts_no_wrong_answer_and_keeps_its_agreement():
    rows = load_corpus(INDEPENDENT)
    assert len(rows) >= 1000
    assert sum(r["verdict"] == "reject" for r in rows) / len(rows) >= 0.40
    false_accepts, agree = [], 0
    for row in rows:
        verdict = grade(row["expected"], row["answer"], row["kind"], **context_kwargs(row["context"]))
        want = row["verdict"] == "accept"
        agree += verdict.correct is want
        if verdict.correct and not want:
            false_accepts.append(f"line {row['line']}: {row['answer']!r} for {row['expected']!r}")
    assert not false_accepts, false_accepts
    assert agree / len(rows) >= INDEPENDENT_AGREEMENT, f"{agree}/{len(rows)} agree"
