"""A second round of wording written for the tests (after the first round's families passed):
other layouts of the same fields and signals, so a fix that fits one sentence shows."""

import pytest

from tests.inbox.support import parse
from tests.inbox.test_paraphrases import DECISION, _field, _letter

OPEN = f"Hi Sam,\n\nThank you for applying for the Data Analyst role. {DECISION}\n\n"
MORE_CONTACTS = [
    ("no comma", OPEN + "Best regards\nPriya Raman\nTalent Partner", "Priya Raman"),
    ("capitals", OPEN + "Kind regards,\n\nPRIYA RAMAN\nTalent Partner", "PRIYA RAMAN"),
    (
        "first then full",
        OPEN + "Thanks!\nPriya\n\nPriya Raman | Talent Partner | Orbital Foods",
        "Priya Raman",
    ),
    (
        "doctor",
        OPEN + "Sincerely yours,\nDr. Amara Okafor-Bello\nHead of Research",
        "Amara Okafor-Bello",
    ),
    ("accents", OPEN + "Many thanks,\n\nMaría José García\nRecruitment Lead", "María José García"),
    ("d'arcy", OPEN + "Regards,\nD'Arcy McNamara\nHiring Manager", "D'Arcy McNamara"),
    ("pronouns", OPEN + "Warmly,\nPriya Raman (she/her)\nTalent Partner", "Priya Raman"),
    ("cheers one line", OPEN + "Cheers, Priya Raman", "Priya Raman"),
]


@pytest.mark.parametrize(("case", "body", "name"), MORE_CONTACTS, ids=[c[0] for c in MORE_CONTACTS])
def test_more_sign_off_layouts(case: str, body: str, name: str) -> None:
    parsed = parse(_letter(body, sender="Orbital Foods <jobs@orbitalfoods.example>"))
    assert _field(parsed, "contact") == name


PLAIN = f"Hi Sam,\n\nThank you for your interest. {DECISION}\n\nBest,\nJo"
MORE_COMPANIES = [
    (
        "display recruitment",
        "Orbital Foods Recruitment <recruitment@orbitalfoods.example>",
        PLAIN,
        "",
    ),
    (
        "title pipe company",
        "Priya Raman <priya@mail.example>",
        f"Hi Sam,\n\n{DECISION}\n\nBest,\nPriya Raman\nRecruiter | Orbital Foods",
        "",
    ),
    (
        "title at company",
        "Priya Raman <priya@mail.example>",
        f"Hi Sam,\n\n{DECISION}\n\nBest,\nPriya Raman\nRecruiter at Orbital Foods",
        "",
    ),
    (
        "possessive s'",
        "Jo Bloggs <jo@mail.example>",
        f"Hi Sam,\n\nOrbital Foods' hiring team has met. {DECISION}\n\nJo",
        "",
    ),
    ("subject", "Jo Bloggs <jo@mail.example>", PLAIN, "Your application to Orbital Foods"),
    (
        "role at",
        "Jo Bloggs <jo@mail.example>",
        f"Hi Sam,\n\nThanks for applying for the Data Analyst role at Orbital Foods. {DECISION}"
        "\n\nJo",
        "",
    ),
    (
        "joining",
        "Jo Bloggs <jo@mail.example>",
        f"Hi Sam,\n\nThanks for your interest in joining Orbital Foods. {DECISION}\n\nJo",
        "",
    ),
    (
        "company line under title",
        "Priya Raman <priya@mail.example>",
        f"Hi Sam,\n\n{DECISION}\n\nKind regards,\nPriya Raman\nTalent Partner\nOrbital Foods",
        "",
    ),
]


@pytest.mark.parametrize(
    ("case", "sender", "body", "subject"), MORE_COMPANIES, ids=[c[0] for c in MORE_COMPANIES]
)
def test_more_company_places(case: str, sender: str, body: str, subject: str) -> None:
    found = _field(parse(_letter(body, sender=sender, subject=subject)), "company")
    assert found == "Orbital Foods"


MORE_ROLES = [
    ("qualifier", "", "Thanks for applying for the Data Analyst (Maternity Cover) position."),
    ("position colon", "", "Thank you for applying for the position: Data Analyst."),
    ("subject dash update", "Data Analyst - Application Update", "Thank you for applying."),
    ("subject update on", "Update on your Data Analyst application", "Thanks for applying."),
    ("req", "", "Thanks for applying for the Data Analyst req #4821."),
    ("opening for", "", "Thanks for applying to the opening for Data Analyst."),
    ("job", "", "Thanks for applying for our Data Analyst job."),
    ("interviewing", "", "Thanks for interviewing for Data Analyst with us."),
    ("lower case", "", "Thanks for applying for the data analyst role."),
]


@pytest.mark.parametrize(("case", "subject", "opening"), MORE_ROLES, ids=[c[0] for c in MORE_ROLES])
def test_more_role_phrasings(case: str, subject: str, opening: str) -> None:
    body = f"Hi Sam,\n\n{opening} {DECISION}\n\nBest,\nJo"
    found = _field(parse(_letter(body, subject=subject)), "role")
    assert found is not None
    assert found.lower().startswith("data analyst")


GREETINGS = [
    ("Dear Ms. O'Neill,", "O'Neill"),
    ("Hi Jean-Luc,", "Jean-Luc"),
    ("Good afternoon Sam,", "Sam"),
    ("Dear Mr van Dijk,", "van Dijk"),
    ("Hello Sam -", "Sam"),
    ("Hey Sam!", "Sam"),
]


@pytest.mark.parametrize(("greeting", "name"), GREETINGS)
def test_more_greetings(greeting: str, name: str) -> None:
    raw = f"From: Jo <jo@acme.example>\n\n{greeting}\n\n{DECISION}\n\nJo"
    found = _field(parse(raw), "candidate")
    assert found is not None
    assert name in found


MORE_DECISIONS = [
    "After careful consideration, we'll be moving ahead with applicants whose experience is "
    "closer to what we need.",
    "We're not going to take your application further.",
    "The team has made its decision, and I'm afraid it wasn't in your favour.",
    "Although your background is impressive, we're looking for someone with more experience.",
    "I'm sorry to be the bearer of bad news.",
    "The role has been offered to an internal candidate.",
    "After much deliberation we have selected a candidate whose profile better matches the role.",
    "We've decided to progress other candidates to the next stage.",
    "I'm afraid we won't be taking things forward.",
    "We will be moving forward with someone else.",
]


@pytest.mark.parametrize("sentence", MORE_DECISIONS)
def test_more_decisions(sentence: str) -> None:
    body = f"Hi Sam,\n\nThanks for applying for the Data Analyst role. {sentence}\n\nBest,\nJo"
    assert parse(_letter(body)).signals.is_rejection.value is True


MORE_NOT_REJECTIONS = [
    "We'll review your application and get back to you within two weeks.",
    "We'd love to move you forward to a technical interview.",
    "Please find attached your offer letter.",
    "Your interview is confirmed for Tuesday at 10am.",
    "Can you share your availability for a final interview?",
]


@pytest.mark.parametrize("sentence", MORE_NOT_REJECTIONS)
def test_more_non_rejections(sentence: str) -> None:
    body = f"Hi Sam,\n\nThanks for applying for the Data Analyst role. {sentence}\n\nBest,\nJo"
    assert parse(_letter(body)).signals.is_rejection.value is False


MORE_SIGNALS = [
    ("invited_to_reapply", "We'd welcome your application for future roles."),
    ("invited_to_reapply", "Please consider us again in the future."),
    ("invited_to_reapply", "Feel free to apply to any openings that match your skills."),
    ("invited_to_reapply", "You're welcome to reapply after six months."),
    ("invited_to_reapply", "Do look at our careers page from time to time."),
    ("invited_to_reapply", "We hope you'll apply again next year."),
    ("keeps_cv_on_file", "We have added your profile to our talent community."),
    ("keeps_cv_on_file", "Your CV will be retained for 12 months in line with our policy."),
    ("keeps_cv_on_file", "We'll keep hold of your details in case a similar role comes up."),
    ("keeps_cv_on_file", "We'd like to retain your CV for future opportunities."),
    ("feedback_offered", "If it would be useful, I can share what the panel said."),
    ("feedback_offered", "Happy to give you some pointers if that's helpful."),
    ("feedback_offered", "Reply to this email if you'd like to hear the interviewers' thoughts."),
    ("feedback_offered", "I'd be glad to set up a short call to talk through the panel's notes."),
    ("feedback_declined", "We're not able to give individual feedback due to volume."),
    ("feedback_declined", "Regrettably, we cannot offer feedback to unsuccessful candidates."),
    ("feedback_declined", "Feedback will not be provided."),
    ("no_reply_sender", "This is an unmonitored inbox."),
    ("no_reply_sender", "Please note that we cannot respond to replies sent to this address."),
]


@pytest.mark.parametrize(("signal", "sentence"), MORE_SIGNALS)
def test_more_signal_phrasings(signal: str, sentence: str) -> None:
    body = f"Hi Sam,\n\n{DECISION} {sentence}\n\nBest,\nJo Bloggs\nRecruiter"
    assert getattr(parse(_letter(body)).signals, signal).value is True


def test_an_ats_sender_on_behalf_of_an_employer_is_automated() -> None:
    body = f"Dear Sam,\n\n{DECISION}\n\nOrbital Foods Hiring Team\n\nSent by Workable"
    parsed = parse(_letter(body, sender="Orbital Foods <careers@orbitalfoods.example>"))
    assert parsed.signals.automated.value is True


MORE_NEAR_MISSES = [
    ("invited_to_reapply", "We hope to see you succeed in the future."),
    ("invited_to_reapply", "We wish you every success in the future."),
    ("keeps_cv_on_file", "Please add your details to our talent network if you'd like alerts."),
    ("feedback_offered", "The panel's notes were discussed at length."),
]


@pytest.mark.parametrize(("signal", "sentence"), MORE_NEAR_MISSES)
def test_more_near_misses(signal: str, sentence: str) -> None:
    body = f"Hi Sam,\n\n{DECISION} {sentence}\n\nBest,\nJo Bloggs\nRecruiter"
    assert getattr(parse(_letter(body)).signals, signal).value is False
