"""The parser on every shape a rejection arrives in: multipart, HTML only, forwarded inline
by Gmail, Outlook and Apple Mail, attached as message/rfc822, quoted under the candidate's own
reply, sent by an ATS from a no-reply address, and not in English."""

from datetime import date
from email.message import EmailMessage
from email.policy import default

from app.drafting.context import Stage
from app.inbox import parse_message
from tests.inbox.support import TODAY, ZONE, parse, spanned

REJECTION_BODY = """Hi Tomás,

Thank you for taking the time to complete the take-home exercise for the Data Platform
Engineer role at Gullwing Systems.

After reviewing your submission with the team, we have decided not to move forward with
your candidacy. We were looking for someone with more production experience in Kafka.

If you would like some feedback on the exercise, just reply to this email.

Kind regards,
Renata Osei
Engineering Recruiter
Gullwing Systems
"""


def _message(body: str, **headers: str) -> EmailMessage:
    message = EmailMessage(policy=default)
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


def _assert_gullwing(parsed_text: str, parsed: object) -> None:
    from app.inbox import ParsedEmail

    assert isinstance(parsed, ParsedEmail)
    context = parsed.context
    assert context.company.name
    assert context.company.name.value == "Gullwing Systems"
    assert context.role.title
    assert context.role.title.value == "Data Platform Engineer"
    assert context.contact.name
    assert context.contact.name.value == "Renata Osei"
    assert context.contact.title
    assert context.contact.title.value == "Engineering Recruiter"
    assert context.candidate.name
    assert context.candidate.name.value.startswith("Tomás")
    assert context.stage
    assert context.stage.value == Stage.technical
    assert parsed.signals.feedback_offered.value is True
    assert "feedback" in spanned(parsed, parsed.signals.feedback_offered)
    assert parsed.text == parsed_text


def test_multipart_alternative_prefers_the_plain_part() -> None:
    message = _message(
        REJECTION_BODY,
        From="Renata Osei <renata@gullwing.example>",
        To="Tomás Rivera <tomas@post.example>",
        Subject="Your application to Gullwing Systems",
        Date="Tue, 17 Nov 2026 10:00:00 +0000",
    )
    message.add_alternative("<p>HTML twin that must not win</p>", subtype="html")
    parsed = parse(message.as_bytes())
    _assert_gullwing(parsed.text, parsed)
    assert "HTML twin" not in parsed.text
    assert parsed.context.contact.email
    assert parsed.context.contact.email.value == "renata@gullwing.example"


def test_an_html_only_newsletter_becomes_text_without_markup() -> None:
    html = (
        "<html><body><table><tr><td style='padding:20px'>"
        "<p>Dear Amara,</p><p>Thank you for applying for the <b>Store Manager</b> role at "
        "Finch &amp; Bell.</p><p>Unfortunately, we will not be progressing your application "
        "on this occasion. We will keep your CV on file for 12 months.</p>"
        "<p>Best wishes,<br>The Finch &amp; Bell Recruitment Team</p>"
        "<p style='font-size:10px'>Unsubscribe | Privacy policy</p></td></tr></table>"
        "</body></html>"
    )
    message = _message("", From="Finch & Bell Careers <careers@finchbell.example>")
    message.set_content(html, subtype="html")
    parsed = parse(message.as_bytes())
    body = parsed.text.split("\n\n", 1)[1]
    assert "<" not in body
    assert "&amp;" not in body
    assert parsed.signals.is_rejection.value is True
    assert parsed.context.company.name
    assert parsed.context.company.name.value == "Finch & Bell"
    assert parsed.context.role.title
    assert parsed.context.role.title.value == "Store Manager"
    assert parsed.context.contact.name is None  # a team signed it
    assert parsed.signals.keeps_cv_on_file.value is True
    assert parsed.signals.automated.value is True


GMAIL_FORWARD = f"""Can you help me answer this one?

---------- Forwarded message ---------
From: Renata Osei <renata@gullwing.example>
Date: Tue, Nov 17, 2026 at 10:04 AM
Subject: Your application to Gullwing Systems
To: Tomás Rivera <tomas@post.example>


{REJECTION_BODY}"""


def test_a_gmail_forward_is_unwrapped_and_its_forwarder_kept() -> None:
    message = _message(
        GMAIL_FORWARD,
        From="Tomás Rivera <tomas@post.example>",
        To="inbox@rejoinder.example",
        Subject="Fwd: Your application to Gullwing Systems",
        Date="Wed, 18 Nov 2026 08:00:00 +0000",
    )
    parsed = parse_message(message, today=TODAY, zone=ZONE)
    _assert_gullwing(parsed.text, parsed)
    assert parsed.forwarded is True
    assert parsed.forwarded_by
    assert parsed.forwarded_by.value == "Tomás Rivera <tomas@post.example>"
    assert "Can you help" not in parsed.text
    # the inner message's own date, not the forward's
    assert parsed.context.rejected_on
    assert parsed.context.rejected_on.value == date(2026, 11, 17)
    assert parsed.context.contact.email
    assert parsed.context.contact.email.value == "renata@gullwing.example"


def test_an_outlook_forward_block_is_unwrapped() -> None:
    body = (
        "FYI\n\n-----Original Message-----\n"
        "From: Renata Osei [mailto:renata@gullwing.example]\n"
        "Sent: Tuesday, November 17, 2026 10:04 AM\n"
        "To: Tomás Rivera\nSubject: RE: Your application to Gullwing Systems\n\n" + REJECTION_BODY
    )
    parsed = parse(body)
    _assert_gullwing(parsed.text, parsed)
    assert parsed.forwarded is True
    assert parsed.context.contact.email
    assert parsed.context.contact.email.value == "renata@gullwing.example"
    assert parsed.context.rejected_on
    assert parsed.context.rejected_on.value == date(2026, 11, 17)


def test_an_apple_mail_forward_is_unwrapped() -> None:
    body = (
        "Begin forwarded message:\n\n"
        "From: Renata Osei <renata@gullwing.example>\n"
        "Subject: Your application to Gullwing Systems\n"
        "Date: November 17, 2026 at 10:04:00 AM GMT\n"
        "To: Tomás Rivera <tomas@post.example>\n\n" + REJECTION_BODY
    )
    parsed = parse(body)
    _assert_gullwing(parsed.text, parsed)
    assert parsed.forwarded is True


def test_a_rejection_attached_as_message_rfc822_is_the_one_parsed() -> None:
    inner = _message(
        REJECTION_BODY,
        From="Renata Osei <renata@gullwing.example>",
        To="Tomás Rivera <tomas@post.example>",
        Subject="Your application to Gullwing Systems",
        Date="Tue, 17 Nov 2026 10:04:00 +0000",
    )
    outer = _message(
        "See the attached rejection, thanks!",
        From="Tomás Rivera <tomas@post.example>",
        To="inbox@rejoinder.example",
        Subject="Fwd: rejection",
    )
    outer.add_attachment(inner)
    parsed = parse(outer.as_bytes())
    _assert_gullwing(parsed.text, parsed)
    assert parsed.forwarded is True
    assert parsed.forwarded_by
    assert "tomas@post.example" in parsed.forwarded_by.value
    assert "See the attached" not in parsed.text


def test_a_reply_quoting_the_rejection_reads_the_quote_not_the_reply() -> None:
    quoted = "\n".join(f"> {line}" if line else ">" for line in REJECTION_BODY.splitlines())
    body = (
        "Thanks Renata, I appreciate you letting me know.\n\nTomás\n\n"
        "On Tue, Nov 17, 2026 at 10:04 AM Renata Osei <renata@gullwing.example> wrote:\n" + quoted
    )
    message = _message(
        body,
        From="Tomás Rivera <tomas@post.example>",
        To="Renata Osei <renata@gullwing.example>",
        Subject="Re: Your application to Gullwing Systems",
    )
    parsed = parse(message.as_bytes())
    _assert_gullwing(parsed.text, parsed)
    assert parsed.forwarded is False
    assert "I appreciate you letting me know" not in parsed.text
    assert parsed.context.contact.email
    assert parsed.context.contact.email.value == "renata@gullwing.example"


def test_an_ats_template_from_a_no_reply_address_is_automated_and_has_no_contact() -> None:
    body = (
        "Hi Priya,\n\nThanks for your interest in the Customer Success Manager position at "
        "Lanternfish. Unfortunately, we have decided to pursue other candidates at this time.\n\n"
        "We encourage you to apply for future roles that match your background.\n\n"
        "Best,\nLanternfish Hiring Team\n\nPowered by Greenhouse"
    )
    message = _message(
        body,
        From="Lanternfish <no-reply@us.greenhouse-mail.io>",
        To="priya@post.example",
        Subject="Thank you for applying to Lanternfish",
    )
    parsed = parse(message.as_bytes())
    signals = parsed.signals
    assert signals.no_reply_sender.value is True
    assert "no-reply@" in spanned(parsed, signals.no_reply_sender)
    assert signals.automated.value is True
    assert signals.invited_to_reapply.value is True
    assert parsed.context.contact.email is None
    assert parsed.context.contact.name is None
    assert parsed.context.company.name
    assert parsed.context.company.name.value == "Lanternfish"
    assert parsed.context.role.title
    assert parsed.context.role.title.value == "Customer Success Manager"


def test_a_german_rejection_says_its_language_and_reads_what_needs_no_english() -> None:
    body = (
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an "
        "unserem Unternehmen. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
        "Kandidatin entschieden haben. Ein individuelles Feedback können wir Ihnen leider nicht "
        "geben.\n\nMit freundlichen Grüßen\n\nJonas Weber\nRecruiter\nLindenholz GmbH\n"
    )
    message = _message(
        body,
        From="Jonas Weber <jonas.weber@lindenholz.example>",
        To="Anna Brandt <anna@post.example>",
        Subject="Ihre Bewerbung",
        Date="Mon, 16 Nov 2026 09:00:00 +0100",
    )
    parsed = parse(message.as_bytes())
    assert parsed.language == "de"
    assert parsed.signals.is_rejection.value is True
    assert parsed.context.contact.name
    assert parsed.context.contact.name.value == "Jonas Weber"
    assert parsed.context.company.name
    assert parsed.context.company.name.value == "Lindenholz GmbH"
    assert parsed.context.rejected_on
    assert parsed.context.rejected_on.value == date(2026, 11, 16)
    assert parsed.context.reason is None  # reasons are read from English only


def test_the_language_is_told_from_the_words_and_a_short_english_note_stays_english() -> None:
    dutch = parse(
        "Beste Jan,\n\nBedankt voor je sollicitatie. Helaas hebben we besloten om niet verder te "
        "gaan met je sollicitatie voor de functie van Medewerker Klantenservice bij Polderlicht."
        "\n\nMet vriendelijke groet,\nSanne de Vries\nHR-adviseur\nPolderlicht B.V.\n"
    )
    assert dutch.language == "nl"
    assert dutch.signals.is_rejection.value is True
    assert dutch.context.contact.name
    assert dutch.context.contact.name.value == "Sanne de Vries"
    note = parse(
        "Hey Priti - we went another way on the ops role. Thanks for your time, really, and "
        "good luck out there.\nJules"
    )
    assert note.language == "en"
    assert note.signals.is_rejection.value is True
    assert note.context.contact.name
    assert note.context.contact.name.value == "Jules"
