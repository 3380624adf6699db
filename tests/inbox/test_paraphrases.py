"""Wording and layouts written for these tests, not taken from the corpus: each family of
phrasing a rules-based reader tends to miss, so the rules are judged on text they were not
tuned on. One email per case; each names what it must read."""

import pytest

from app.inbox import ParsedEmail
from tests.inbox.support import parse

DECISION = "Unfortunately we will not be progressing your application on this occasion."


def _letter(
    body: str, sender: str = "Jo Bloggs <jo.bloggs@acme.example>", subject: str = ""
) -> str:
    head = f"From: {sender}\nTo: Sam Taylor <sam@mail.example>\n"
    if subject:
        head += f"Subject: {subject}\n"
    return f"{head}\n{body}"


def _field(parsed: ParsedEmail, field: str) -> str | None:
    context = parsed.context
    found = {
        "company": context.company.name,
        "role": context.role.title,
        "contact": context.contact.name,
        "contact_title": context.contact.title,
        "candidate": context.candidate.name,
    }[field]
    return found.value if found else None


SIGNATURE = f"Hi Sam,\n\nThank you for applying for the Data Analyst role. {DECISION}\n\n"
CONTACTS = [
    ("title first", SIGNATURE + "Kind regards,\nTalent Partner\nPriya Raman\nAcme", "Priya Raman"),
    ("name, title", SIGNATURE + "Best,\nPriya Raman, Talent Partner", "Priya Raman"),
    ("pipes", SIGNATURE + "Thanks,\nPriya Raman | Talent Partner | Acme", "Priya Raman"),
    ("regards one line", SIGNATURE + "Regards, Priya Raman", "Priya Raman"),
    ("particle", SIGNATURE + "Best wishes,\nLena van der Berg\nRecruiter", "Lena van der Berg"),
    ("apostrophe", SIGNATURE + "Warm regards,\nSeán O'Connor\nHR Manager", "Seán O'Connor"),
    (
        "hyphen",
        SIGNATURE + "Kind regards,\nAnna-Lena Schmidt-Weber\nRecruiter",
        "Anna-Lena Schmidt-Weber",
    ),
    ("initial", SIGNATURE + "Sincerely,\nJ. Michael Carter\nHiring Manager", "J. Michael Carter"),
    (
        "table flattened",
        SIGNATURE
        + "Best regards,\n\nPriya Raman\n\nSenior Recruiter\n\nAcme Ltd\n\nT: +44 20 7946 0000",
        "Priya Raman",
    ),
    ("dash", SIGNATURE + "All the best,\n— Priya Raman, Head of People", "Priya Raman"),
]


@pytest.mark.parametrize(("case", "body", "name"), CONTACTS, ids=[c[0] for c in CONTACTS])
def test_a_contact_is_read_from_many_sign_off_layouts(case: str, body: str, name: str) -> None:
    parsed = parse(_letter(body, sender="Acme Careers <careers@acme.example>"))
    assert _field(parsed, "contact") == name


BODY = f"Hi Sam,\n\nThank you for your interest. {DECISION}\n\nBest,\nJo"
COMPANIES = [
    ("careers at", "Careers at Lumen Health <jobs@lumenhealth.example>", BODY, "Lumen Health"),
    (
        "talent acquisition",
        "Lumen Health Talent Acquisition <ta@lumenhealth.example>",
        BODY,
        "Lumen Health",
    ),
    (
        "via greenhouse",
        "Lumen Health via Greenhouse <no-reply@greenhouse.io>",
        BODY,
        "Lumen Health",
    ),
    (
        "on behalf of",
        "Jo Bloggs <jo@mail.example>",
        f"Hi Sam,\n\nI'm writing on behalf of Lumen Health. {DECISION}\n\nJo",
        "Lumen Health",
    ),
    (
        "legal footer",
        "Recruitment <recruitment@mail.example>",
        f"Hi Sam,\n\n{DECISION}\n\nRecruitment\n\n"
        "Lumen Health Ltd is registered in England and Wales.",
        "Lumen Health",
    ),
    (
        "possessive",
        "Jo Bloggs <jo@mail.example>",
        f"Hi Sam,\n\nThank you for meeting Lumen Health's hiring panel. {DECISION}\n\nJo",
        "Lumen Health",
    ),
    (
        "acronym",
        "Jo Bloggs <jo@mail.example>",
        f"Hi Sam,\n\nThank you for applying to NHSBT. {DECISION}\n\nJo",
        "NHSBT",
    ),
    (
        "team at",
        "Jo Bloggs <jo@mail.example>",
        f"Hi Sam,\n\nEveryone on the team at Lumen Health enjoyed meeting you. {DECISION}\n\nJo",
        "Lumen Health",
    ),
    (
        "recruiting team",
        "The Lumen Health Recruiting Team <jobs@lumenhealth.example>",
        BODY,
        "Lumen Health",
    ),
    (
        "thank you for considering",
        "Jo Bloggs <jo@mail.example>",
        f"Hi Sam,\n\nThanks for considering a career with Lumen Health. {DECISION}\n\nJo",
        "Lumen Health",
    ),
]


@pytest.mark.parametrize(
    ("case", "sender", "body", "company"), COMPANIES, ids=[c[0] for c in COMPANIES]
)
def test_a_company_is_read_from_many_places(
    case: str, sender: str, body: str, company: str
) -> None:
    found = _field(parse(_letter(body, sender=sender)), "company")
    assert found is not None
    assert found.removesuffix(" Ltd") == company  # the labels take a name with or without "Ltd"


ROLES = [
    (
        "vacancy ref",
        "",
        "Thank you for applying for the Warehouse Supervisor vacancy (ref 4821).",
        "Warehouse Supervisor",
    ),
    (
        "opening for a",
        "",
        "Thank you for your interest in our opening for a Staff Accountant.",
        "Staff Accountant",
    ),
    (
        "job id dash",
        "",
        "Re your application: Staff Accountant \u2013 Job ID 4821.",
        "Staff Accountant",
    ),
    ("role colon", "", "Role: Staff Accountant\n\nThank you for applying.", "Staff Accountant"),
    (
        "subject re application",
        "Re: Application \u2013 Staff Accountant",
        "Thank you for applying.",
        "Staff Accountant",
    ),
    (
        "subject your application",
        "Your application: Staff Accountant",
        "Thank you for applying.",
        "Staff Accountant",
    ),
    (
        "position of",
        "",
        "Thank you for applying for the position of Staff Accountant.",
        "Staff Accountant",
    ),
    (
        "apply to be",
        "",
        "Thank you for applying to be our next Staff Accountant.",
        "Staff Accountant",
    ),
    (
        "as a",
        "",
        "Thank you for your application as a Staff Accountant with us.",
        "Staff Accountant",
    ),
    (
        "subject with company",
        "Staff Accountant at Lumen Health",
        "Thank you for applying.",
        "Staff Accountant",
    ),
]


@pytest.mark.parametrize(("case", "subject", "opening", "role"), ROLES, ids=[c[0] for c in ROLES])
def test_a_role_is_read_from_many_phrasings(
    case: str, subject: str, opening: str, role: str
) -> None:
    body = f"Hi Sam,\n\n{opening} {DECISION}\n\nBest,\nJo"
    assert _field(parse(_letter(body, subject=subject)), "role") == role


DECISIONS = [
    "The panel chose another applicant for the post.",
    "We won't be progressing with your application.",
    "We've concluded our search and the role is no longer open.",
    "You were a close second, which makes this harder to write.",
    "I'm afraid this one isn't going to work out.",
    "I wanted to close the loop: we have offered the role to someone else.",
    "After careful thought, we are not moving forward with your candidacy.",
    "We have decided to pursue candidates whose experience more closely matches.",
    "Sadly, we've decided to move ahead with other applicants.",
    "We have appointed another candidate.",
    "The hiring manager has decided to go in another direction.",
    "We're closing the loop on your application: we went with a different candidate.",
    "The position has now been offered to and accepted by another candidate.",
    "Your application was not shortlisted.",
]


@pytest.mark.parametrize("sentence", DECISIONS)
def test_a_decision_is_read_without_the_obvious_words(sentence: str) -> None:
    body = (
        f"Hi Sam,\n\nThank you for applying for the Staff Accountant role. {sentence}\n\nBest,\nJo"
    )
    assert parse(_letter(body)).signals.is_rejection.value is True


NOT_REJECTIONS = [
    "We'd like to invite you to a second interview next week.",
    "We have received your application and will be in touch.",
    "Congratulations! We are delighted to offer you the role.",
    "Could you let us know your availability for a call on Thursday?",
    "Your application is under review and we'll update you soon.",
    "We're pleased to let you know you've been shortlisted for the next stage.",
]


@pytest.mark.parametrize("sentence", NOT_REJECTIONS)
def test_an_invitation_offer_or_acknowledgement_is_not_a_rejection(sentence: str) -> None:
    body = (
        f"Hi Sam,\n\nThank you for applying for the Staff Accountant role. {sentence}\n\nBest,\nJo"
    )
    assert parse(_letter(body)).signals.is_rejection.value is False


SIGNALS = [
    ("invited_to_reapply", "Please keep us in mind for the future."),
    ("invited_to_reapply", "We'd love to hear from you for future roles."),
    ("invited_to_reapply", "Our doors are always open."),
    ("invited_to_reapply", "Do throw your hat in the ring again."),
    ("invited_to_reapply", "We hope you'll consider applying for future openings."),
    ("invited_to_reapply", "Please don't let this put you off applying for other roles with us."),
    ("invited_to_reapply", "We'd be glad to see you apply for another position in the future."),
    ("invited_to_reapply", "Keep an eye on our website for new opportunities."),
    ("invited_to_reapply", "We would encourage you to submit an application for future vacancies."),
    ("keeps_cv_on_file", "We'll retain your application for 12 months."),
    ("keeps_cv_on_file", "We will keep your details for similar roles."),
    ("keeps_cv_on_file", "Your profile stays in our system."),
    ("keeps_cv_on_file", "We'd like to keep your CV on file should something suitable come up."),
    ("keeps_cv_on_file", "With your permission we will hold your details in our talent pool."),
    ("keeps_cv_on_file", "Your résumé will be kept in our database for six months."),
    ("keeps_cv_on_file", "We will store your application in our records for a year."),
    ("keeps_cv_on_file", "We'll hang on to your CV in case anything comes up."),
    ("feedback_offered", "If you'd like feedback, just reply to this email."),
    ("feedback_offered", "I'm happy to share some notes from the panel."),
    ("feedback_offered", "Let me know if a short call to go over the interview would help."),
    ("feedback_offered", "Feedback is available on request."),
    ("feedback_offered", "Feel free to ask me for feedback."),
    ("feedback_declined", "We're unable to offer individual feedback."),
    ("feedback_declined", "Due to the volume of applications we can't give feedback."),
    ("feedback_declined", "Unfortunately, we do not provide feedback at this stage."),
    ("feedback_declined", "It isn't possible for us to give personal feedback."),
    ("no_reply_sender", "This mailbox is not monitored."),
    ("no_reply_sender", "Please do not reply to this email."),
    ("no_reply_sender", "Replies to this address are not read."),
    ("no_reply_sender", "This inbox isn't monitored, so please don't reply."),
]


@pytest.mark.parametrize(("signal", "sentence"), SIGNALS)
def test_a_signal_is_read_in_many_phrasings(signal: str, sentence: str) -> None:
    body = f"Hi Sam,\n\n{DECISION} {sentence}\n\nBest,\nJo Bloggs\nRecruiter"
    assert getattr(parse(_letter(body)).signals, signal).value is True


QUIET = [
    ("invited_to_reapply", "We received many applications for this role."),
    ("invited_to_reapply", "We will contact you if another role opens."),
    ("keeps_cv_on_file", "Thank you for sending your CV."),
    ("feedback_offered", "We received feedback from the panel."),
    ("no_reply_sender", "Please reply if you have questions."),
]


@pytest.mark.parametrize(("signal", "sentence"), QUIET)
def test_a_signal_is_not_read_from_near_misses(signal: str, sentence: str) -> None:
    body = f"Hi Sam,\n\n{DECISION} {sentence}\n\nBest,\nJo Bloggs\nRecruiter"
    assert getattr(parse(_letter(body)).signals, signal).value is False


def test_an_ats_template_is_automated() -> None:
    body = f"Dear Sam,\n\n{DECISION}\n\nThe Talent Acquisition Team"
    parsed = parse(_letter(body, sender="Lumen Health <noreply@lumenhealth.example>"))
    assert parsed.signals.automated.value is True


def test_a_persons_note_is_not_automated() -> None:
    body = f"Hi Sam,\n\n{DECISION} I enjoyed our chat.\n\nCheers,\nPriya Raman\nHead of Data"
    parsed = parse(_letter(body, sender="Priya Raman <priya@lumenhealth.example>"))
    assert parsed.signals.automated.value is False


NEAR_MISSES = [
    ("keeps_cv_on_file", "Please keep your details up to date in your candidate profile."),
    ("invited_to_reapply", "Thank you for applying for other roles with us too."),
    ("invited_to_reapply", "Our recruiters may get in touch if a similar vacancy comes up."),
    ("feedback_offered", "We are unable to share feedback with every applicant."),
    ("feedback_declined", "If you'd like feedback, don't hesitate to ask."),
]


@pytest.mark.parametrize(("signal", "sentence"), NEAR_MISSES)
def test_a_sentence_rule_is_not_read_from_near_misses(signal: str, sentence: str) -> None:
    body = f"Hi Sam,\n\n{DECISION} {sentence}\n\nBest,\nJo Bloggs\nRecruiter"
    assert getattr(parse(_letter(body)).signals, signal).value is False


def test_a_team_signed_note_that_says_i_was_written_by_a_person() -> None:
    body = (
        f"Hi Sam,\n\nI wanted to let you know myself: {DECISION} I'd be glad to hear how your "
        "search goes.\n\nThe Lumen Health Hiring Team"
    )
    parsed = parse(_letter(body, sender="Lumen Health <hiring@lumenhealth.example>"))
    assert parsed.signals.automated.value is False
