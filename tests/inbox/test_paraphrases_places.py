"""The employer and the role from the places ATS templates and quick notes put them, written
for the tests: subjects in parts, "apply for X at Y", bracketed employers, a line's "Name -
Employer"; and the near misses where no employer is named, so broader rules invent none."""

import pytest

from tests.inbox.support import parse
from tests.inbox.test_paraphrases import DECISION as D

NW = "From: Jo Bloggs <jo@northwind.example>\n"
HI = "From: Jo Bloggs <jo@mail.example>\n"
PLACES = [
    # (raw, company, role)
    (
        "From: Northwind Traders <no-reply@ashbyhq.com>\n"
        "Subject: Your application to Northwind Traders\n"
        "\nHi Sam,\n\n"
        "Thanks for applying to the Senior Buyer position. "
        + D
        + "\n\nBest,\nNorthwind Traders Recruiting",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        "From: careers@northwind.example\nSubject: Senior Buyer\n\nDear Sam,\n\n"
        + D
        + "\n\nNorthwind Traders | People Team",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        NW
        + "\nHi Sam,\n\nThank you for your application for Senior Buyer here at Northwind Traders. "
        + D
        + "\n\nJo",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        NW + "\nHi Sam,\n\n"
        "Thanks for your time interviewing with the Northwind Traders team "
        "for the Senior Buyer opening. " + D + "\n\nJo",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        NW + "Subject: Northwind Traders - Senior Buyer\n\nHi Sam,\n\n" + D + "\n\nJo",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        NW + "Subject: Senior Buyer | Northwind Traders\n\nHi Sam,\n\n" + D + "\n\nJo",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        NW + "\nHi Sam,\n\n"
        "Thank you for your interest in the Senior Buyer role with Northwind Traders. "
        + D
        + "\n\nJo",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        NW + "\nHi Sam,\n\n"
        "We appreciate you taking the time to apply for Senior Buyer at Northwind Traders. "
        + D
        + "\n\nJo",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        NW
        + "\nHi Sam,\n\nThanks for applying to be a Senior Buyer at Northwind Traders. "
        + D
        + "\n\nJo",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        NW
        + "\nHi Sam,\n\nThank you for applying for our Senior Buyer vacancy. "
        + D
        + "\n\nJo Bloggs\nTalent Acquisition Partner\nNorthwind Traders Ltd\n1 High Street, Leeds",
        "Northwind Traders",
        "Senior Buyer",
    ),
    (
        NW
        + "\nHi Sam,\n\nThank you for your recent application (Senior Buyer, req 2231). "
        + D
        + "\n\nJo",
        None,
        "Senior Buyer",
    ),
    (
        NW
        + "\nHi Sam,\n\nThank you for interviewing for the position of Senior Buyer, Grocery. "
        + D
        + "\n\nJo",
        None,
        "Senior Buyer, Grocery",
    ),
    (
        NW + "\nHi Sam,\n\nRe: Senior Buyer (Grocery) - ref NW-2231\n\n" + D + "\n\nJo",
        None,
        "Senior Buyer (Grocery)",
    ),
    (
        NW + "\nHi Sam,\n\n" + D + " Everyone at NWT was impressed.\n\nJo",
        "NWT",
        None,
    ),
    (
        'From: "Jo Bloggs (Northwind Traders)" <jo@mail.example>\n\nHi Sam,\n\n" "' + D + "\n\nJo",
        "Northwind Traders",
        None,
    ),
    (
        HI + "\nHi Sam,\n\n" + D + "\n\nJo Bloggs\nHead of Buying, Northwind Traders",
        "Northwind Traders",
        None,
    ),
    (
        HI + "\nHi Sam,\n\n" + D + "\n\nJo Bloggs — Northwind Traders",
        "Northwind Traders",
        None,
    ),
    (
        HI + "\nHi Sam,\n\n" + D + "\n\nThanks,\nJo\n\nNorthwind Traders\nwww.northwind.example",
        "Northwind Traders",
        None,
    ),
    (
        HI
        + "\nHi Sam,\n\nThank you for taking the time to meet with us at Northwind Traders. "
        + D
        + "\n\nJo",
        "Northwind Traders",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "company", "role"), PLACES)
def test_the_employer_and_role_are_read_where_templates_put_them(
    raw: str, company: str | None, role: str | None
) -> None:
    context = parse(raw).context
    found_company = context.company.name.value if context.company.name else None
    found_role = context.role.title.value if context.role.title else None
    assert (found_company or "").removesuffix(" Ltd") == (company or "")
    assert found_role == role


NO_EMPLOYER = [
    HI + "Subject: Application Update - Senior Buyer\n\nHi Sam,\n\n" + D + "\n\nJo",
    HI + "Subject: Your Application - Senior Buyer\n\nHi Sam,\n\n" + D + "\n\nJo",
    HI + "\nHi Sam,\n\n" + D + "\n\nBest,\nPriya Raman | Talent Partner",
    HI + "\nHi Sam,\n\nThanks for applying for the Buyer role. " + D + "\n\nJo - Recruiter",
    HI + "\nHi Sam,\n\nThanks for interviewing with the hiring team. " + D + "\n\nJo",
    HI + "Subject: Thank You - Senior Buyer\n\nHi Sam,\n\n" + D + "\n\nJo",
]


@pytest.mark.parametrize("raw", NO_EMPLOYER)
def test_no_employer_is_invented_from_a_subject_or_a_signature_in_parts(raw: str) -> None:
    assert parse(raw).context.company.name is None


def test_a_person_signing_beside_a_title_stays_the_contact() -> None:
    contact = parse(NO_EMPLOYER[2]).context.contact.name
    assert contact is not None
    assert contact.value == "Priya Raman"
