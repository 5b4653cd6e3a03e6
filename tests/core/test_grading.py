"""Answer grading: what a freelancer types is judged the way a person would judge it."""

from __future__ import annotations

import calendar
import dataclasses
import re
from datetime import date

import pytest
from faker import Faker
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from verify_coach import grading as public
from verify_coach.core.facts import money
from verify_coach.core.grading import KINDS, NO_ANSWER, Verdict, grade

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# (expected, answer, correct, lowest score, highest score, words the feedback must contain)
Case = tuple[str, str, bool, float, float, str]

DATE_CASES: list[Case] = [
    ("2019-03", "March 2019", True, 1, 1, "Right."),
    ("2019-03", "Mar 2019", True, 1, 1, ""),
    ("2019-03", "mar. 2019", True, 1, 1, ""),
    ("2019-03", "03/2019", True, 1, 1, ""),
    ("2019-03", "3/2019", True, 1, 1, ""),
    ("2019-03", "2019/3", True, 1, 1, ""),
    ("2019-03", "2019-3", True, 1, 1, ""),
    ("2019-03", "2019.03", True, 1, 1, ""),
    ("2019-03", "in March, 2019", True, 1, 1, ""),
    ("2019-03", "I think it was march 2019", True, 1, 1, ""),
    ("2019-03", "03/19", True, 1, 1, ""),
    ("2019-03", "2019年3月", True, 1, 1, ""),
    ("2019-03", "2019-03-14", True, 1, 1, "only says March 2019"),
    ("2019-03", "14 March 2019", True, 1, 1, ""),
    ("2019-03-14", "14 March 2019", True, 1, 1, ""),
    ("2019-03-14", "March 14, 2019", True, 1, 1, ""),
    ("2019-03-14", "March 14th 2019", True, 1, 1, ""),
    ("2019-03-14", "14th of March, 2019", True, 1, 1, ""),
    ("2019-03-14", "Thursday, 14 March 2019", True, 1, 1, ""),
    ("2019-03-14", "14/03/2019", True, 1, 1, ""),
    ("2019-03-14", "03/14/2019", True, 1, 1, ""),
    ("2019-03-14", "14.03.2019", True, 1, 1, ""),
    ("2019-03-14", "2019-03-14", True, 1, 1, "Right."),
    ("2019-05-04", "04/05/2019", True, 1, 1, "4 May 2019"),  # day first
    ("2019-04-05", "04/05/2019", True, 1, 1, "5 April 2019"),  # month first
    ("2019-04", "04/05/2019", True, 1, 1, "read two ways"),
    ("2019", "March 2019", True, 1, 1, "only says 2019"),
    ("2019", "2019", True, 1, 1, "Right."),
    # less precise: partial, not correct
    ("2019-03", "2019", False, 0.5, 0.5, "Only the year \u2014 the month is March."),
    ("2019-03-14", "2019", False, 0.3, 0.5, "14 March 2019"),
    ("2019-03-14", "March 2019", False, 0.5, 0.8, "day"),
    # wrong
    ("2019-03", "April 2019", False, 0.3, 0.3, "wrong month"),
    ("2019-03", "2018", False, 0, 0, "Wrong year"),
    ("2019-03", "March 2018", False, 0, 0, "March 2019"),
    ("2019-03-14", "15 March 2019", False, 0.3, 0.6, "wrong day"),
    ("2019-05-04", "05/06/2019", False, 0, 0.6, ""),
    ("2019-03", "March", False, 0.01, 0.3, "Which year"),
    ("2019-03", "not March 2019", False, 0, 0, ""),
    ("2019-03", "March or April 2019", False, 0, 0, ""),
    ("2019-03", "2019 to 2020", False, 0, 0, ""),
    ("2019-03", "13/2019", False, 0, 0, "doesn't read as a date"),
    ("2019-02-28", "30/02/2019", False, 0, 0, "doesn't read as a date"),
    ("2019-03", "soon", False, 0, 0, "March 2019"),
    ("2019-03", "", False, 0, 0, "No answer."),
    ("2019-03", "   ", False, 0, 0, "No answer."),
    ("2019-03", "I don't know", False, 0, 0, "No answer."),
]

MONEY_CASES: list[Case] = [
    ("45.00 USD/hour", "45", True, 1, 1, "Right."),
    ("45.00 USD/hour", "$45", True, 1, 1, ""),
    ("45.00 USD/hour", "$45/hr", True, 1, 1, ""),
    ("45.00 USD/hour", "45/h", True, 1, 1, ""),
    ("45.00 USD/hour", "45 dollars an hour", True, 1, 1, ""),
    ("45.00 USD/hour", "45 per hour", True, 1, 1, ""),
    ("45.00 USD/hour", "USD 45.00", True, 1, 1, ""),
    ("45.00 USD/hour", "45 usd", True, 1, 1, ""),
    ("45.00 USD/hour", "US$45 hourly", True, 1, 1, ""),
    ("45.00 USD/hour", "forty-five dollars an hour", True, 1, 1, ""),
    ("45.00 USD/hour", "about $45 per hour", True, 1, 1, ""),
    ("1500 USD", "$1,500", True, 1, 1, ""),
    ("1500 USD", "1500.00", True, 1, 1, ""),
    ("1500 USD", "1.5k", True, 1, 1, ""),
    ("1500 USD", "$1.5K total", True, 1, 1, ""),
    ("1500 USD", "fifteen hundred dollars", True, 1, 1, ""),
    ("1500 USD", "1\u202f500 $", True, 1, 1, ""),
    ("1500 EUR", "1 500 \u20ac", True, 1, 1, ""),
    ("1500 EUR", "1.500 \u20ac", True, 1, 1, ""),
    ("1500 EUR", "1500 euros", True, 1, 1, ""),
    ("30.00 GBP/hour", "\u00a330 an hour", True, 1, 1, ""),
    ("200 CNY", "200\u5143", True, 1, 1, ""),
    ("200 CNY", "200 RMB", True, 1, 1, ""),
    ("200 CNY", "\u00a5200", True, 1, 1, ""),
    ("800 INR", "\u20b9800", True, 1, 1, ""),
    ("60.00 CAD/hour", "$60/hr", True, 1, 1, "60.00 CAD/hour"),
    ("60.00 CAD/hour", "C$60 an hour", True, 1, 1, ""),
    ("60.00 CAD/hour", "60 Canadian dollars per hour", True, 1, 1, ""),
    ("250.00 BRL/hour", "R$ 250/h", True, 1, 1, ""),
    ("45.00 USD/hour", "45 U.S. dollars an hour", True, 1, 1, ""),
    ("45.50 USD/hour", "45.50", True, 1, 1, ""),
    # an explicitly different currency
    ("45.00 USD/hour", "45 EUR", False, 0.3, 0.3, "different currency"),
    ("45.00 USD/hour", "\u20ac45", False, 0.3, 0.3, "45.00 USD/hour"),
    ("45.00 USD/hour", "\u00a545", False, 0.3, 0.3, ""),
    ("45.00 USD/hour", "\u00a345", False, 0.3, 0.3, ""),
    ("45.00 USD/hour", "45 CAD", False, 0.3, 0.3, ""),
    ("45.00 USD/hour", "C$45", False, 0.3, 0.3, ""),
    ("45.00 USD/hour", "45 Australian dollars", False, 0.3, 0.3, ""),
    ("45.00 USD/hour", "$45 a day", False, 0.3, 0.3, "not per day"),
    ("45.00 USD/hour", "60 euros", False, 0, 0, ""),
    # hourly / total stated the wrong way round
    ("1500 USD", "1500 per hour", False, 0.3, 0.3, "in total, not per hour"),
    ("45.00 USD/hour", "$45 per month", False, 0.3, 0.3, "per hour, not per month"),
    ("45.00 USD/hour", "45 total", False, 0.3, 0.3, ""),
    # amounts
    ("45.00 USD/hour", "48", False, 0.5, 0.5, "Close"),
    ("45.00 USD/hour", "$60/hr", False, 0, 0, "Different amount: the profile says 45.00 USD/hour."),
    ("45.00 USD/hour", "4.5", False, 0, 0, ""),
    ("1500 USD", "15000", False, 0, 0, ""),
    ("1500 USD", "1.5 million", False, 0, 0, ""),
    ("45.00 USD/hour", "40 or 45", False, 0.1, 0.5, "Pick one"),
    ("45.00 USD/hour", "a lot", False, 0, 0, "doesn't read as an amount"),
    ("45.00 USD/hour", "$", False, 0, 0, "No answer."),
]

NUMBER_CASES: list[Case] = [
    ("7", "7", True, 1, 1, "Right."),
    ("7", "7.0", True, 1, 1, ""),
    ("7", "seven", True, 1, 1, ""),
    ("7", "Seven.", True, 1, 1, ""),
    ("7", "7 years", True, 1, 1, ""),
    ("7", "about 7", True, 1, 1, ""),
    ("7", "7 months", True, 1, 1, ""),
    ("21", "twenty-one", True, 1, 1, ""),
    ("45", "forty five", True, 1, 1, ""),
    ("99", "ninety-nine", True, 1, 1, ""),
    ("100", "a hundred", True, 1, 1, ""),
    ("100", "one hundred", True, 1, 1, ""),
    ("105", "one hundred and five", True, 1, 1, ""),
    ("12", "a dozen", True, 1, 1, ""),
    ("0", "none", True, 1, 1, ""),
    ("98", "98%", True, 1, 1, ""),
    ("4.5", "4.5 stars", True, 1, 1, ""),
    ("4.5", "4.5/5", True, 1, 1, ""),
    ("5", "5 out of 5", True, 1, 1, ""),
    ("1200", "1,200", True, 1, 1, ""),
    ("87", "7 years and 3 months", True, 1, 1, ""),
    ("24", "2 years", True, 1, 1, ""),
    ("2", "24 months", True, 1, 1, ""),
    # close is partial, never correct
    ("7", "8", False, 0.5, 0.5, "Close \u2014 it's 7."),
    ("7", "six", False, 0.5, 0.5, ""),
    ("100", "95", False, 0.5, 0.5, ""),
    ("4.5", "4", False, 0.5, 0.5, ""),
    ("50", "58", False, 0.2, 0.3, "50"),
    ("7", "12", False, 0, 0, "Not quite \u2014 it's 7."),
    ("7", "70", False, 0, 0, ""),
    ("7", "7 or 8", False, 0.1, 0.5, "Pick one"),
    ("7", "lots", False, 0, 0, "doesn't read as a number"),
    ("7", "?", False, 0, 0, "No answer."),
]

NAME_CASES: list[Case] = [
    ("Brightline Logistics", "Brightline Logistics", True, 1, 1, "Right."),
    ("Brightline Logistics", "brightline logistics", True, 1, 1, ""),
    ("Brightline Logistics", "Brightline Logistics, Inc.", True, 1, 1, ""),
    ("Brightline Logistics Ltd.", "Brightline Logistics", True, 1, 1, ""),
    ("Chengdu Kuaidi Technology Co., Ltd.", "Chengdu Kuaidi Technology", True, 1, 1, ""),
    ("Acme Corp", "ACME", True, 1, 1, ""),
    ("Acme Corporation", "Acme Corp.", True, 1, 1, ""),
    ("Siemens AG", "siemens", True, 1, 1, ""),
    ("Banco Santander S.A.", "Banco Santander", True, 1, 1, ""),
    ("Atlassian Pty Ltd", "Atlassian", True, 1, 1, ""),
    ("The Coca-Cola Company", "Coca Cola", True, 1, 1, ""),
    ("Procter & Gamble", "Procter and Gamble", True, 1, 1, ""),
    ("Smith & Co.", "Smith", True, 1, 1, ""),
    ("Universit\u00e9 de Montr\u00e9al", "universite de montreal", True, 1, 1, ""),
    ("M\u00fcller GmbH", "Muller", True, 1, 1, ""),
    ("McDonald's", "McDonalds", True, 1, 1, ""),
    ("Brightline Logistics", "Brigthline Logistics", True, 1, 1, "One small typo forgiven."),
    ("Brightline Logistics", "Brightline Logistic", True, 1, 1, "typo"),
    ("Massachusetts Institute of Technology", "MIT", True, 1, 1, "Massachusetts Institute of Technology"),
    ("Chen Wei", "Wei Chen", True, 1, 1, ""),
    ("\u5b57\u8282\u8df3\u52a8\u6709\u9650\u516c\u53f8", "\u5b57\u8282\u8df3\u52a8", True, 1, 1, ""),
    ("\uff21\uff43\uff4d\uff45 Labs", "Acme Labs", True, 1, 1, ""),  # full-width letters
    ("Austin, Texas, United States", "Austin, Texas", True, 1, 1, ""),
    ("Austin, Texas, United States", "Austin", True, 1, 1, ""),
    ("Austin, Texas, United States", "Austin, TX, USA", True, 1, 1, ""),
    ("United Kingdom", "the UK", True, 1, 1, ""),
    ("Germany", "Deutschland", True, 1, 1, ""),
    ("Freelance (Upwork)", "Freelance", True, 1, 1, "Freelance (Upwork)"),
    ("\u5b57\u8282\u8df3\u52a8\uff08\u5317\u4eac\uff09\u6709\u9650\u516c\u53f8", "\u5b57\u8282\u8df3\u52a8", True, 1, 1, ""),
    # different names, even when they share a word
    ("Brightline Logistics", "Brightline Media", False, 0, 0.3, "Brightline Logistics"),
    ("Brightline Logistics", "Brightline", False, 0, 0.3, ""),
    ("Acme Corp", "Acme Labs", False, 0, 0.3, ""),
    ("Acme Labs", "Acme Labs Group", False, 0, 0.5, ""),
    ("Acme", "Acma", False, 0, 0.5, ""),  # too short for a typo to be forgiven
    ("Brightline Logistics", "Brakeline Logistics", False, 0, 0.5, ""),  # two letters off
    ("Orbit 2020", "Orbit 2021", False, 0, 0.5, ""),  # digits are never a typo
    ("Google", "Microsoft", False, 0, 0, "Not quite \u2014 the profile says Google."),
    ("Chengdu Kuaidi Technology Co., Ltd.", "Kuaidi", False, 0, 0.3, "Co., Ltd."),
    ("United States", "Canada", False, 0, 0, ""),
    ("\u5b57\u8282\u8df3\u52a8", "\u963f\u91cc\u5df4\u5df4", False, 0, 0, ""),
    ("Austin, Texas, United States", "Texas", False, 0.5, 0.5, "Less precise"),
    ("Austin, Texas, United States", "Dallas, Texas", False, 0, 0.5, ""),
    ("Brightline Logistics", "-", False, 0, 0, "No answer."),
]

TEXT_CASES: list[Case] = [
    ("Senior Backend Developer", "Senior Backend Developer", True, 1, 1, "Right."),
    ("Senior Backend Developer", "senior backend developer", True, 1, 1, ""),
    ("Senior Backend Developer", "Sr. Backend Developer", True, 1, 1, ""),
    ("Senior Backend Developer", "Sr Backend Dev", True, 1, 1, ""),
    ("Senior Backend Developer", "Backend Developer, Senior", True, 1, 1, ""),
    ("Senior Backend Developer", "Senior Backend Develper", True, 1, 1, "One small typo forgiven."),
    ("Senior Front-End Developer", "senior frontend developer", True, 1, 1, ""),
    ("Software Engineer", "Software Eng.", True, 1, 1, ""),
    ("Engineering Manager", "Engineering Mgr", True, 1, 1, ""),
    ("Bachelor of Science", "BSc", True, 1, 1, ""),
    ("Bachelor of Science", "B.S.", True, 1, 1, ""),
    ("Bachelor of Science", "B.Sc.", True, 1, 1, ""),
    ("Bachelor of Science in Computer Science", "BSc Computer Science", True, 1, 1, ""),
    ("Master's Degree", "masters", True, 1, 1, ""),
    ("Doctor of Philosophy", "Ph.D.", True, 1, 1, ""),
    ("Master of Business Administration", "MBA", True, 1, 1, ""),
    ("Research & Development", "research and development", True, 1, 1, ""),
    ("Native or Bilingual", "native / bilingual", True, 1, 1, ""),
    ("Caf\u00e9 Manager", "cafe manager", True, 1, 1, ""),
    ("C++ Developer", "c++ developer", True, 1, 1, ""),
    ("SW1A 1AA", "sw1a1aa", True, 1, 1, ""),
    ("123 Main Street, Apt. 4", "123 main st apartment 4", True, 1, 1, ""),
    ("UTC+01:00", "GMT+1", True, 1, 1, ""),
    ("UTC+08:00 (China Standard Time)", "utc+8", True, 1, 1, ""),
    ("UTC+08:00 (China Standard Time)", "China Standard Time", True, 1, 1, "UTC+08:00"),
    ("Full-Stack Developer (Contract)", "Full Stack Developer", True, 1, 1, "(Contract)"),
    ("88 Tianfu Avenue, Apt 1203", "88 Tianfu Ave., Apt. 1203", True, 1, 1, ""),
    ("jane.doe@example.com", "Jane.Doe@Example.COM", True, 1, 1, ""),
    ("jane.doe@example.com", "jane.doe at example dot com", True, 1, 1, ""),
    ("+1 (555) 123-4567", "555-123-4567", True, 1, 1, ""),
    ("+1 (555) 123-4567", "+15551234567", True, 1, 1, ""),
    ("+44 20 7946 0958", "020 7946 0958", True, 1, 1, ""),
    ("+44 20 7946 0958", "0044 20 7946 0958", True, 1, 1, ""),
    # a different key word is wrong
    ("Senior Backend Developer", "Senior Frontend Developer", False, 0.3, 0.8, "\u201cfrontend\u201d instead of \u201cbackend\u201d"),
    ("Senior Backend Developer", "Junior Backend Developer", False, 0.3, 0.8, ""),
    ("Senior Backend Developer", "Backend Developer", False, 0.3, 0.8, "Missing \u201csenior\u201d"),
    ("Backend Developer", "Senior Backend Developer", False, 0.3, 0.8, "without \u201csenior\u201d"),
    ("Internal Auditor", "External Auditor", False, 0.2, 0.8, ""),
    ("Bachelor of Science", "Bachelor of Arts", False, 0.1, 0.8, ""),
    ("C++ Developer", "C# Developer", False, 0.1, 0.8, ""),
    ("C++ Developer", "C Developer", False, 0.1, 0.8, ""),
    ("Native or Bilingual", "Fluent", False, 0, 0, "Native or Bilingual"),
    ("10115", "10116", False, 0, 0.5, ""),
    ("jane.doe@example.com", "jane.doe@example.org", False, 0, 0.5, "must be exact"),
    ("jane.doe@example.com", "john@smith.net", False, 0, 0, ""),
    ("+1 (555) 123-4567", "555-123-4568", False, 0.5, 0.5, "One digit off"),
    ("+1 (555) 123-4567", "555-999-0000", False, 0, 0, ""),
    ("+1 (555) 123-4567", "1234567", False, 0, 0.5, ""),  # the area code is not optional
    ("UTC+01:00", "UTC+2", False, 0, 0, "UTC+01:00"),
    ("UTC+08:00 (China Standard Time)", "UTC+9 (Japan)", False, 0, 0, ""),
    ("Full-Stack Developer (Contract)", "Contract", False, 0, 0.5, ""),
    ("Senior Backend Developer", "...", False, 0, 0, "No answer."),
]

LIST_CASES: list[Case] = [
    ("Python; Django; PostgreSQL", "Python; Django; PostgreSQL", True, 1, 1, "Right."),
    ("Python; Django; PostgreSQL", "postgresql, django, python", True, 1, 1, ""),
    ("Python; Django; PostgreSQL", "Python, Django and PostgreSQL", True, 1, 1, ""),
    ("Python; Django; PostgreSQL", "Python, Django, and Postgres", True, 1, 1, ""),
    ("Python; Django; PostgreSQL", "python/django/postgresql", True, 1, 1, ""),
    ("Python; Django; PostgreSQL", "- Python\n- Django\n- PostgreSQL", True, 1, 1, ""),
    ("Python; Django; PostgreSQL", "1. Python\n2. Django\n3. PostgreSQL", True, 1, 1, ""),
    ("Python; Django; PostgreSQL", "Pyhton, Django, PostgreSQL", True, 1, 1, "One small typo forgiven."),
    ("JavaScript; Node.js; React", "JS, NodeJS, React.js", True, 1, 1, ""),
    ("C++; C#; C", "c, c#, c++", True, 1, 1, ""),
    ("Amazon Web Services; Kubernetes", "AWS and k8s", True, 1, 1, ""),
    ("Web, Mobile & Software Dev; Sales & Marketing", "Sales & Marketing, Web, Mobile & Software Dev", True, 1, 1, ""),
    ("Research and Development; Design", "Design and Research and Development", True, 1, 1, ""),
    ("AT&T; Verizon", "Verizon, AT&T", True, 1, 1, ""),
    ("English; Espa\u00f1ol", "english and espanol", True, 1, 1, ""),
    ("C++; c++", "C++\nc++", True, 1, 1, ""),  # the same item listed twice
    ("C++; c++", "c++", False, 0.5, 0.5, ""),
    ("Python; Django; PostgreSQL", "Python, Django, PostgreSQL, Java", True, 1, 1, "doesn't list Java"),
    ("Python; Django", "Python Django", True, 1, 1, ""),
    ("Python; Django", "I mostly use Python, and Django", True, 1, 1, ""),
    ("PayPal; Direct to U.S. Bank (ACH); Payoneer", "paypal, payoneer, direct to US bank", True, 1, 1, ""),
    # partial recall
    ("Python; Django; PostgreSQL", "Python, Django", False, 0.66, 0.67, "2 of 3 \u2014 missed PostgreSQL."),
    ("Python; Django; PostgreSQL", "Python", False, 0.33, 0.34, "missed Django and PostgreSQL"),
    ("Python; Django; PostgreSQL", "Python, Java", False, 0.33, 0.34, "Not on the profile: Java"),
    ("Python; Django; PostgreSQL", "python, python, python", False, 0.33, 0.34, ""),
    ("Python; Django; PostgreSQL; Redis", "Python, Django, Flask, Redis", False, 0.75, 0.75, "missed PostgreSQL"),
    ("C++; Go", "C, Go", False, 0.5, 0.5, "missed C++"),
    ("C#; C", "c, c#", True, 1, 1, ""),
    ("C#; Go", "c, Go", False, 0.5, 0.5, "missed C#"),
    ("C; Go", "Objective-C, Go", False, 0.5, 0.5, "Not on the profile: Objective-C"),
    ("Brightline Logistics; Acme Labs", "Brightline Media, Acme Labs", False, 0.5, 0.5, "Brightline Media"),
    ("Python; Django; PostgreSQL", "Ruby, Rails", False, 0, 0, "0 of 3"),
    ("Python; Django; PostgreSQL", ";;;", False, 0, 0, "No answer."),
]


def _check(expected: str, answer: str, kind: str, correct: bool, low: float, high: float, words: str) -> None:
    v = grade(expected, answer, kind)
    assert isinstance(v, Verdict)
    assert v.correct is correct, v
    assert low <= v.score <= high, v
    assert words in v.feedback, v
    assert v.feedback.strip(), v


@pytest.mark.parametrize(("expected", "answer", "correct", "low", "high", "words"), DATE_CASES)
def test_date_answers(expected, answer, correct, low, high, words):
    _check(expected, answer, "date", correct, low, high, words)


@pytest.mark.parametrize(("expected", "answer", "correct", "low", "high", "words"), MONEY_CASES)
def test_money_answers(expected, answer, correct, low, high, words):
    _check(expected, answer, "money", correct, low, high, words)


@pytest.mark.parametrize(("expected", "answer", "correct", "low", "high", "words"), NUMBER_CASES)
def test_number_answers(expected, answer, correct, low, high, words):
    _check(expected, answer, "number", correct, low, high, words)


@pytest.mark.parametrize(("expected", "answer", "correct", "low", "high", "words"), NAME_CASES)
def test_name_answers(expected, answer, correct, low, high, words):
    _check(expected, answer, "name", correct, low, high, words)


@pytest.mark.parametrize(("expected", "answer", "correct", "low", "high", "words"), TEXT_CASES)
def test_text_answers(expected, answer, correct, low, high, words):
    _check(expected, answer, "text", correct, low, high, words)


@pytest.mark.parametrize(("expected", "answer", "correct", "low", "high", "words"), LIST_CASES)
def test_list_answers(expected, answer, correct, low, high, words):
    _check(expected, answer, "list", correct, low, high, words)


def test_the_feedback_says_what_the_profile_says():
    assert grade("2019-03", "2019", "date").feedback == "Only the year \u2014 the month is March."
    assert grade("45.00 USD/hour", "$50", "money").feedback == "Different amount: the profile says 45.00 USD/hour."
    assert grade("Brightline Logistics", "Brightline Logistcs", "name").feedback == "One small typo forgiven."
    assert grade("7", "", "number") == NO_ANSWER
    assert grade("Acme Co., Ltd.", "Globex", "name").feedback == "Not quite \u2014 the profile says Acme Co., Ltd."


def test_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown answer kind"):
        grade("x", "x", "colour")


def test_expected_value_that_does_not_parse_is_compared_as_text():
    assert grade("sometime in spring", "sometime in spring", "date").correct
    assert not grade("sometime in spring", "2019", "date").correct
    assert grade("negotiable", "Negotiable", "money").correct
    assert grade("n/a", "N/A", "number").correct


def test_verdict_is_frozen_and_public_module_re_exports():
    v = grade("7", "7", "number")
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.score = 0.5  # type: ignore[misc]
    assert public.grade is grade and public.Verdict is Verdict
    assert [f.name for f in dataclasses.fields(Verdict)] == ["correct", "score", "feedback"]


@pytest.mark.parametrize("kind", KINDS)
def test_huge_or_odd_answers_are_graded_not_crashed(kind):
    expected = {"date": "2019-03", "money": "45.00 USD/hour", "number": "7", "name": "Acme",
                "text": "Senior Backend Developer", "list": "Python; Django"}[kind]
    for answer in ("9" * 5000, "2019-" + "1" * 5000, "1.5" * 2000, "a, " * 2000, "\x00\ud7ff\U0010ffff", "Ǆ ǅ ǆ"):
        _assert_contract(grade(expected, answer, kind))




# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

def _assert_contract(v: Verdict) -> None:
    assert isinstance(v, Verdict)
    assert 0.0 <= v.score <= 1.0
    assert v.correct == (v.score == 1.0)
    assert isinstance(v.feedback, str) and v.feedback


@st.composite
def partial_dates(draw) -> str:
    d = draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    return {"year": f"{d.year}", "month": f"{d.year}-{d.month:02d}", "day": d.isoformat()}[precision]


CURRENCIES = ["USD", "EUR", "GBP", "CNY", "INR", "CAD", "AUD", "JPY", "PLN", "BRL", "TRY", "ALL", "PHP", "NGN"]


@st.composite
def money_values(draw) -> str:
    cents = draw(st.integers(min_value=0, max_value=10_000_000))
    return money(cents / 100, draw(st.sampled_from(CURRENCIES)), draw(st.booleans()))


def number_values() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(min_value=0, max_value=1_000_000).map(str),
        st.integers(min_value=0, max_value=50).map(lambda n: f"{n / 10:g}"),
    )


LOCALES = ["en_US", "de_DE", "fr_FR", "es_ES", "pl_PL", "zh_CN", "ja_JP", "ru_RU", "vi_VN", "tr_TR"]


def _faker_pools(per_locale: int = 30) -> tuple[list[str], list[str]]:
    """Realistic names and texts in ten locales, generated once (Faker is slow per call)."""
    pool_names: list[str] = []
    pool_texts: list[str] = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(20190314)
        for _ in range(per_locale):
            pool_names += [fake.company(), fake.name(), fake.city(), fake.country(), fake.last_name()]
            pool_texts += [fake.job(), fake.email(), fake.phone_number(), fake.street_address(), fake.postcode()]
    return pool_names, pool_texts


NAME_POOL, TEXT_POOL = _faker_pools()
# Companies and people only (places have aliases: "USA" is "United States").
EMPLOYER_POOL = [n for i, n in enumerate(NAME_POOL) if i % 5 in (0, 1)]


def names() -> st.SearchStrategy[str]:
    return st.sampled_from(NAME_POOL)


def texts() -> st.SearchStrategy[str]:
    return st.sampled_from(TEXT_POOL)


SKILLS = ["Python", "Django", "PostgreSQL", "C++", "C#", "C", "Node.js", "React", "AWS", "Kubernetes", "Go",
          "Web, Mobile & Software Dev", "Sales & Marketing", "UI/UX Design", "R", "Machine Learning", "AT&T",
          "Research and Development", "English", "Espa\u00f1ol", "\u4e2d\u6587", "Direct to U.S. Bank (ACH)"]


@st.composite
def lists(draw) -> str:
    items = draw(st.lists(st.one_of(st.sampled_from(SKILLS), names()), min_size=1, max_size=6, unique=True))
    return "; ".join(items)


REALISTIC = {
    "date": partial_dates(),
    "money": money_values(),
    "number": number_values(),
    "name": names(),
    "text": texts(),
    "list": lists(),
}


@pytest.mark.parametrize("kind", KINDS)
@PROPERTY
@given(data=st.data())
def test_any_answer_gives_a_verdict_in_range(kind, data):
    expected = data.draw(REALISTIC[kind], label="expected")
    answer = data.draw(st.one_of(st.text(max_size=60), REALISTIC[kind]), label="answer")
    _assert_contract(grade(expected, answer, kind))


@pytest.mark.parametrize("kind", KINDS)
@PROPERTY
@given(expected=st.text(max_size=40), answer=st.text(max_size=40))
def test_arbitrary_expected_values_never_raise(kind, expected, answer):
    _assert_contract(grade(expected, answer, kind))


@pytest.mark.parametrize("kind", KINDS)
@PROPERTY
@given(data=st.data())
def test_the_expected_value_is_a_right_answer(kind, data):
    expected = data.draw(REALISTIC[kind], label="expected")
    v = grade(expected, expected, kind)
    assert v.correct, v
    assert v.feedback == "Right.", v


@PROPERTY
@given(expected=st.text(min_size=1, max_size=40).filter(lambda s: any(c.isalnum() for c in s)))
def test_any_name_or_text_matches_itself(expected):
    assert grade(expected, expected, "name").correct
    assert grade(expected, expected, "text").correct
    one_line = re.sub(r"[;\r\n]", ",", expected)  # a listed item is one line without a semicolon
    assert grade(one_line, one_line, "list").correct


@PROPERTY
@given(expected=st.sampled_from(EMPLOYER_POOL), answer=st.sampled_from(EMPLOYER_POOL))
def test_a_clearly_different_name_is_never_accepted(expected, answer):
    assume(fuzz.token_sort_ratio(expected.casefold(), answer.casefold()) < 60)
    assert not grade(expected, answer, "name").correct
    assert not grade(expected, answer, "text").correct
    assert not grade(expected, answer, "list").correct


@PROPERTY
@given(expected=partial_dates(), style=st.sampled_from(["human", "abbr", "slash", "iso-short", "dotted"]))
def test_dates_in_common_spellings_are_right(expected, style):
    parts = [int(p) for p in expected.split("-")]
    y, m, d = (parts + [0, 0])[:3]
    if style == "human":
        answer = " ".join(x for x in (str(d) if d else "", calendar.month_name[m] if m else "", str(y)) if x)
    elif style == "abbr":
        answer = " ".join(x for x in (calendar.month_abbr[m] + "." if m else "", f"{d}," if d else "", str(y)) if x)
    elif style == "slash":
        answer = f"{m}/{y}" if m and not d else f"{d:02d}/{m:02d}/{y}" if d else str(y)
    elif style == "iso-short":
        answer = "-".join(str(p) for p in parts)
    else:
        answer = ".".join(f"{p:02d}" if p < 100 else str(p) for p in parts)
    assert grade(expected, answer, "date").correct, answer


@PROPERTY
@given(expected=partial_dates(), years=st.integers(1, 40))
def test_a_different_year_scores_zero(expected, years):
    y = int(expected[:4])
    assert grade(expected, expected.replace(str(y), str(y - years), 1), "date").score == 0.0


def _spell(n: int) -> str:
    units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 20:
        return units[n]
    if n < 100:
        return tens[n // 10] + ("-" + units[n % 10] if n % 10 else "")
    return units[n // 100] + " hundred" + (" and " + _spell(n % 100) if n % 100 else "")


@PROPERTY
@given(n=st.integers(0, 999), wrong=st.integers(2, 999))
def test_numbers_in_words_and_neighbours(n, wrong):
    assert grade(str(n), _spell(n), "number").correct
    assert grade(str(n), f"about {n}", "number").correct
    off_by_one = grade(str(n), str(n + 1), "number")
    assert not off_by_one.correct and 0 < off_by_one.score < 1
    far = grade(str(n), str(2 * n + wrong + 1), "number")
    assert not far.correct and far.score < 0.5


@PROPERTY
@given(cents=st.integers(100, 10_000_000), hourly=st.booleans())
def test_dollar_amounts_as_people_write_them(cents, hourly):
    amount = cents / 100
    expected = money(amount, "USD", hourly)
    unit = "/hr" if hourly else ""
    for answer in (f"${amount:,.2f}{unit}", f"{amount:.2f} dollars", f"USD {amount:.2f}"):
        assert grade(expected, answer, "money").correct, answer
    assert not grade(expected, f"\u20ac{amount:.2f}", "money").correct
    assert not grade(expected, f"${amount * 2 + 1:.2f}", "money").correct


@PROPERTY
@given(items=st.lists(st.sampled_from(SKILLS), min_size=2, max_size=6, unique=True), data=st.data())
def test_list_score_is_the_share_recalled(items, data):
    recalled = data.draw(st.lists(st.sampled_from(items), unique=True), label="recalled")
    order = data.draw(st.permutations(recalled), label="order")
    v = grade("; ".join(items), "; ".join(order), "list")
    if not recalled:
        assert v == NO_ANSWER
        return
    assert v.score == pytest.approx(round(len(recalled) / len(items), 2))
    assert v.correct == (len(recalled) == len(items))
    for missed in set(items) - set(recalled):
        assert missed in v.feedback
