"""The email parser on realistic rejections: values, the spans they came from, and absences."""

from datetime import date

import pytest

from app.drafting.context import Stage
from app.inbox import MAX_EMAIL_BYTES, EmailError, context_values
from tests.inbox.support import parse, spanned

PLAIN = b"""From: Jordan Lee <jordan@acmerobotics.com>
To: Maya Chen <maya@example.com>
Subject: Your application for Senior Data Engineer at Acme Robotics
Date: Mon, 23 Nov 2026 23:14:00 -0500
Message-ID: <x1@acmerobotics.com>
Content-Type: text/plain; charset=utf-8

Hi Maya,

Thank you for taking the time to meet the team onsite last week and for your interest in
Acme Robotics.

Unfortunately, we have decided to move forward with another candidate whose experience more
closely matches the needs of the Senior Data Engineer role. We are unable to provide
individual feedback, but we will keep your resume on file and encourage you to apply for
future openings.

Best,
Jordan Lee
Senior Technical Recruiter
Acme Robotics
"""


def test_a_plain_rejection_gives_every_field_with_the_words_it_came_from() -> None:
    parsed = parse(PLAIN)
    context = parsed.context
    assert parsed.signals.is_rejection.value is True
    assert context.company.name
    assert context.company.name.value == "Acme Robotics"
    assert context.role.title
    assert context.role.title.value == "Senior Data Engineer"
    assert context.contact.name
    assert context.contact.name.value == "Jordan Lee"
    assert context.contact.title
    assert context.contact.title.value == "Senior Technical Recruiter"
    assert context.contact.email
    assert context.contact.email.value == "jordan@acmerobotics.com"
    assert context.candidate.name
    assert context.candidate.name.value == "Maya Chen"
    for found in (context.company.name, context.role.title, context.contact.name):
        assert spanned(parsed, found) == found.value
        assert found.confidence >= 0.8


def test_the_date_header_is_read_as_a_day_in_the_candidates_zone() -> None:
    parsed = parse(PLAIN.replace(b"-0500", b"+0000"))
    # 23:14 UTC is 18:14 in New York, the same day; 23:14 at -05:00 is the next day in UTC
    assert parsed.context.rejected_on
    assert parsed.context.rejected_on.value == date(2026, 11, 23)
    assert "23 Nov 2026" in spanned(parsed, parsed.context.rejected_on)


def test_the_stage_reason_and_signals_come_with_their_cues() -> None:
    parsed = parse(PLAIN)
    signals = parsed.signals
    assert parsed.context.stage
    assert parsed.context.stage.value == Stage.onsite
    assert spanned(parsed, parsed.context.stage) == "onsite"
    # "another candidate whose experience more closely matches" is boilerplate, not a reason
    assert parsed.context.reason is None
    assert signals.reason_kind is None
    assert signals.feedback_declined.value is True
    assert "unable to provide" in spanned(parsed, signals.feedback_declined)
    assert signals.feedback_offered.value is False
    assert signals.keeps_cv_on_file.value is True
    assert "resume on file" in spanned(parsed, signals.keeps_cv_on_file)
    assert signals.invited_to_reapply.value is True
    assert signals.no_reply_sender.value is False
    assert signals.automated.value is False


def test_context_values_hold_only_what_the_email_says() -> None:
    values = context_values(parse(PLAIN))
    assert values["company"] == {"name": "Acme Robotics"}
    assert values["role"] == {"title": "Senior Data Engineer"}
    assert values["contact"]["email"] == "jordan@acmerobotics.com"
    assert values["stage"] == "onsite"
    assert values["rejected_on"] == date(2026, 11, 23)
    assert values["signals"]["feedback_declined"] is True


PASTED_SHORT = """Hi Sam,

Thanks for applying. Unfortunately we won't be moving forward with your application.

The Team
"""


def test_a_short_paste_leaves_what_it_does_not_say_absent() -> None:
    parsed = parse(PASTED_SHORT)
    context = parsed.context
    assert parsed.signals.is_rejection.value is True
    assert context.company.name is None
    assert context.role.title is None
    assert context.contact.name is None
    assert context.contact.email is None
    assert context.reason is None
    assert context.rejected_on
    assert context.rejected_on.value == date(2026, 11, 30)
    assert context.rejected_on.span is None
    assert context.rejected_on.confidence <= 0.5
    assert context.candidate.name
    assert context.candidate.name.value == "Sam"
    values = context_values(parsed)
    assert not {"company", "role", "contact", "reason"} & set(values)
    assert values["candidate"] == {"name": "Sam"}


INVITATION = """From: Priya Natarajan <priya@northwind.example>
Subject: Next steps: Backend Engineer at Northwind

Hi Maya,

Thanks for applying to Northwind! We'd like to invite you to a 30-minute phone screen with
our recruiter. Please pick a time that suits you.

Best,
Priya
"""


def test_an_interview_invitation_is_not_a_rejection_and_fabricates_no_context() -> None:
    parsed = parse(INVITATION)
    assert parsed.signals.is_rejection.value is False
    assert "invite you" in spanned(parsed, parsed.signals.is_rejection)
    assert parsed.context.company.name is None
    assert parsed.context.role.title is None
    assert context_values(parsed).keys() == {"signals"}


def test_an_offer_is_not_a_rejection() -> None:
    offer = "Dear Maya,\n\nWe are delighted to offer you the role of Data Engineer at Acme.\n"
    assert parse(offer).signals.is_rejection.value is False


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", "empty"),
        ("   \n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\xff\xfe\xfa caf\xe9 \xc3", "encoding"),
        ("x" * (MAX_EMAIL_BYTES + 1), "larger"),
    ],
)
def test_input_that_is_not_an_email_is_refused_without_quoting_it(
    raw: str | bytes, problem: str
) -> None:
    with pytest.raises(EmailError, match=problem) as refused:
        parse(raw)
    assert "PNG" not in str(refused.value)
    assert "xxx" not in str(refused.value)
