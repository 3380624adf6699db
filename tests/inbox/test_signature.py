"""The sign-off block in the shapes people write it: the contact's name and title."""

import pytest

from tests.inbox.support import parse, spanned

BODY = (
    "Hi Sam,\n\nUnfortunately we have decided to move forward with another candidate for the "
    "Designer role at Hooli.\n\n"
)
SIGN_OFFS = [
    (
        "Thanks,\n\nMira\n\nMira Patel (she/her)\nSenior Recruiter | Hooli\n",
        "Mira Patel",
        "Senior Recruiter",
    ),
    ("Best regards\n\n--\nDr. Ana Costa\nHead of Talent\n", "Ana Costa", "Head of Talent"),
    ("Regards,\nJohn Doe, PhD\nDirector of Research\n", "John Doe", "Director of Research"),
    (
        "Sincerely,\n\nKaren O'Neil\nPeople Operations Manager\nTel: +1 555 0100\n",
        "Karen O'Neil",
        "People Operations Manager",
    ),
    ("Talk soon,\nMarco Bianchi\nFounder\n", "Marco Bianchi", "Founder"),
    ("Many thanks\nAnna-Lena Schmidt\nRecruiting Lead\n", "Anna-Lena Schmidt", "Recruiting Lead"),
    (
        "Thanks for your understanding,\nLi Wei\nTalent Acquisition, APAC\n",
        "Li Wei",
        "Talent Acquisition, APAC",
    ),
    ("Kind regards,\nRuth McDonald | Talent Partner | Hooli\n", "Ruth McDonald", "Talent Partner"),
]


@pytest.mark.parametrize(("sign_off", "name", "title"), SIGN_OFFS)
def test_the_signature_gives_the_contacts_name_and_title(
    sign_off: str, name: str, title: str
) -> None:
    parsed = parse(BODY + sign_off)
    contact = parsed.context.contact
    assert contact.name
    assert contact.name.value == name
    assert spanned(parsed, contact.name) == name
    assert contact.title
    assert contact.title.value == title
    assert spanned(parsed, contact.title) == title


@pytest.mark.parametrize(
    "sign_off",
    ["Warmly,\nThe Hooli Team\n", "Best,\nHooli Talent Acquisition\n", "Regards,\nHR Department\n"],
)
def test_a_team_sign_off_is_no_contact(sign_off: str) -> None:
    parsed = parse(BODY + sign_off)
    assert parsed.context.contact.name is None
    assert parsed.context.contact.title is None
    assert parsed.signals.automated.value is True


def test_a_first_name_sign_off_takes_the_senders_full_name() -> None:
    parsed = parse(
        "From: Jordan Lee <jordan.lee@hooli.example>\nSubject: Designer\n\n" + BODY + "Best,\n"
        "Jordan\n"
    )
    assert parsed.context.contact.name
    assert parsed.context.contact.name.value == "Jordan Lee"
    assert parsed.signals.automated.value is False
