"""Sign-offs written for the tests: closings beyond any list ("Talk soon,", "With
gratitude,", "On behalf of the hiring team,"), honorifics before a name, a flattened HTML
table's blank lines, post-nominals and a department in brackets."""

import pytest

from tests.inbox.support import parse

D = (
    "Hi Sam,\n\nThanks for applying for the Data Analyst role. Unfortunately we will not be "
    "progressing your application.\n\n"
)
SIGN_OFFS = [
    (D + "Talk soon,\nPriya Raman", "Priya Raman"),
    (D + "Take care,\nPriya Raman\nRecruiter", "Priya Raman"),
    (D + "Good luck with your search!\n\nPriya Raman\nRecruiter", "Priya Raman"),
    (D + "All best,\nPriya Raman", "Priya Raman"),
    (D + "Speak soon,\nPriya", "Priya"),
    (D + "Thanks so much,\nPriya Raman", "Priya Raman"),
    (D + "With gratitude,\nPriya Raman", "Priya Raman"),
    (D + "Respectfully,\nPriya Raman", "Priya Raman"),
    (D + "On behalf of the hiring team,\nPriya Raman", "Priya Raman"),
    (
        D + "Best wishes\n\nPriya Raman\nSenior Talent Acquisition Partner | Orbital Foods\n"
        "M: 07700 900123",
        "Priya Raman",
    ),
    (
        D + "Kind regards,\n\n\nPriya Raman\n\n\nTalent Partner\n\n\nOrbital Foods\n\n\n",
        "Priya Raman",
    ),
    (D + "Thank you,\nPriya Raman, MBA\nRecruiter", "Priya Raman"),
    (D + "Regards,\nMs Priya Raman\nRecruiter", "Priya Raman"),
    (D + "Best regards,\nJean-Pierre Dubois\nResponsable RH", "Jean-Pierre Dubois"),
    (D + "Many thanks\nPriya Raman (Recruitment)", "Priya Raman"),
    (D + "Priya Raman\nTalent Partner", "Priya Raman"),
    (D + "Thanks again for your time.\n\nPriya", "Priya"),
    (D + "Warm wishes,\nPriya Raman\nOrbital Foods", "Priya Raman"),
    (D + "Yours sincerely,\n\nMr J. Smith\nHR Officer", "J. Smith"),
]


@pytest.mark.parametrize(("body", "name"), SIGN_OFFS)
def test_the_contact_is_read_from_any_closing(body: str, name: str) -> None:
    parsed = parse("From: Orbital Careers <careers@orbitalfoods.example>\n\n" + body)
    assert parsed.context.contact.name is not None
    assert parsed.context.contact.name.value == name


def test_a_sentence_ending_in_a_comma_above_a_paragraph_is_no_closing() -> None:
    body = D + "If anything changes,\nwe will let you know.\n\nOrbital Foods Recruitment"
    parsed = parse("From: Orbital Careers <careers@orbitalfoods.example>\n\n" + body)
    assert parsed.context.contact.name is None
