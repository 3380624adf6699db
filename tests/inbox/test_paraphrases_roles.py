"""Roles in wording written for the tests: "our X search", "becoming a X at", "your hat in
for X", "our process for X", a place in brackets after the title, a lower-case title."""

import pytest

from tests.inbox.support import parse
from tests.inbox.test_paraphrases import DECISION as D

ROLES = [
    ("Thank you for considering a role as Senior Buyer with us.", "Senior Buyer"),
    ("We enjoyed learning about your background for our Senior Buyer search.", "Senior Buyer"),
    ("Regarding the Senior Buyer post you applied for:", "Senior Buyer"),
    ("Thank you for your interest in becoming a Senior Buyer at our store.", "Senior Buyer"),
    ("Thanks for throwing your hat in for Senior Buyer.", "Senior Buyer"),
    ("You applied for Senior Buyer (Remote, UK).", "Senior Buyer"),
    ("Thanks for interviewing for our open Senior Buyer role.", "Senior Buyer"),
    ("Thank you for your application to the role of Senior Buyer.", "Senior Buyer"),
    ("We've filled the Senior Buyer position.", "Senior Buyer"),
    ("Thank you for applying for the senior buyer vacancy.", "senior buyer"),
    ("Thanks for your interest in the Buyer II - Grocery opening.", "Buyer II - Grocery"),
    (
        "Thank you for applying to the Senior Buyer (Maternity Cover) vacancy, reference NW-22.",
        "Senior Buyer (Maternity Cover)",
    ),
    ("Thank you for applying for our Graduate Scheme.", "Graduate Scheme"),
    ("Thanks for your application for the post of Senior Buyer.", "Senior Buyer"),
    ("Thanks for going through our process for Senior Buyer.", "Senior Buyer"),
    ("It was great to meet you about the Senior Buyer role.", "Senior Buyer"),
]


@pytest.mark.parametrize(("sentence", "role"), ROLES)
def test_a_role_is_read_from_more_phrasings(sentence: str, role: str) -> None:
    body = f"Hi Sam,\n\n{sentence} {D}\n\nBest,\nJo Bloggs\nRecruiter"
    title = parse(f"From: Jo Bloggs <jo@acme.example>\n\n{body}").context.role.title
    assert title is not None
    assert title.value == role


def test_a_recruitment_drive_is_no_role() -> None:
    body = f"Hi Sam,\n\nThank you for joining our Summer recruitment. {D}\n\nJo"
    assert parse(f"From: Jo Bloggs <jo@acme.example>\n\n{body}").context.role.title is None
