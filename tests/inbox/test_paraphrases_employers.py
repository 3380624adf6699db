"""The employer in wording written for the tests: "thinking of X", "to be part of X", "the X
hiring team", "X' Senior Buyer role", senders that name a team of X; and a past employer of the
candidate's ("your years working at Globex") that must not be read as the one writing."""

import pytest

from tests.inbox.support import parse
from tests.inbox.test_paraphrases import DECISION as D

J = "Jo Bloggs <jo@mail.example>"
EMPLOYERS = [
    (J, "Thank you for your interest in Northwind Traders.", "Northwind Traders"),
    (J, "Thanks for thinking of Northwind Traders.", "Northwind Traders"),
    (J, "We appreciate your interest in a career at Northwind Traders.", "Northwind Traders"),
    (
        J,
        "Thank you for your interest in the Senior Buyer opportunity at Northwind Traders.",
        "Northwind Traders",
    ),
    (J, "Thanks for your time with us here at Northwind Traders.", "Northwind Traders"),
    (J, "The Northwind Traders hiring team reviewed your application.", "Northwind Traders"),
    (J, "Thank you for wanting to be part of Northwind Traders.", "Northwind Traders"),
    (J, "Thank you for wanting to work for Northwind Traders.", "Northwind Traders"),
    (
        "Northwind Traders Careers <careers@northwind.example>",
        "Thanks for applying.",
        "Northwind Traders",
    ),
    (
        "Recruiting at Northwind Traders <careers@northwind.example>",
        "Thanks for applying.",
        "Northwind Traders",
    ),
    (
        "Northwind Traders (via Workable) <noreply@workablemail.com>",
        "Thanks for applying.",
        "Northwind Traders",
    ),
    ("NWT Recruitment <jobs@nwt.example>", "Thanks for applying.", "NWT"),
    (
        J,
        "Thank you for your interest in Northwind Traders' Senior Buyer role.",
        "Northwind Traders",
    ),
]


@pytest.mark.parametrize(("sender", "sentence", "company"), EMPLOYERS)
def test_the_employer_is_read_from_more_phrasings(sender: str, sentence: str, company: str) -> None:
    parsed = parse(f"From: {sender}\n\nHi Sam,\n\n{sentence} {D}\n\nBest,\nJo")
    assert parsed.context.company.name is not None
    assert parsed.context.company.name.value == company


@pytest.mark.parametrize(
    "sentence",
    [
        "Your years working at Globex Labs are impressive.",
        "Your time working for Globex Labs shows.",
        "We were thinking of Monday.",
    ],
)
def test_a_candidates_past_employer_is_not_the_one_writing(sentence: str) -> None:
    parsed = parse(f"From: {J}\n\nHi Sam,\n\n{sentence} {D}\n\nBest,\nJo")
    assert parsed.context.company.name is None
