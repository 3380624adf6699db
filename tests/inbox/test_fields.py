"""Fields read from the wording: company, role, contact, candidate, stage and reason, each
with the words it came from, and left absent when the email does not say it."""

from app.drafting.context import Stage
from app.drafting.results import ReasonKind
from tests.inbox.support import parse, spanned

PIPED_SIGNATURE = """From: Sofia Lindqvist <sofia.lindqvist@brightlinehealth.example>
Subject: Senior Product Manager - update

Dear Jamal,

We appreciate you taking the time to interview for our Senior Product Manager opening. While
we were impressed with your roadmap exercise, we have chosen to move ahead with a candidate
whose background better fits our current needs.

Warm regards,

Sofia Lindqvist | Head of People | Brightline Health
"""


def test_a_one_line_piped_signature_gives_name_title_and_company() -> None:
    parsed = parse(PIPED_SIGNATURE)
    context = parsed.context
    assert context.contact.name
    assert context.contact.name.value == "Sofia Lindqvist"
    assert context.contact.title
    assert context.contact.title.value == "Head of People"
    assert context.company.name
    assert context.company.name.value == "Brightline Health"
    assert spanned(parsed, context.company.name) == "Brightline Health"
    assert context.role.title
    assert context.role.title.value == "Senior Product Manager"
    # a bare "interview" does not say which stage
    assert context.stage is None


def test_a_company_account_on_an_ats_is_the_employer_not_a_contact() -> None:
    raw = (
        "From: Harbourview Group <harbourview@myworkday.example>\nTo: kim@post.example\n"
        "Subject: Accounts Payable Specialist (R-2231)\n\nDear Kim Lee,\n\nThank you for your "
        "interest in the position of Accounts Payable Specialist (R-2231) at Harbourview Group. "
        "We have decided to move forward with other candidates.\n\nRegards,\n"
        "Harbourview Group Recruiting\n"
    )
    context = parse(raw).context
    assert context.company.name
    assert context.company.name.value == "Harbourview Group"
    assert context.role.title
    assert context.role.title.value == "Accounts Payable Specialist"  # without the requisition
    assert context.contact.name is None
    assert context.contact.email is None  # an ATS's sending address reaches no one


def test_a_uk_letter_heading_names_the_post_and_the_interview_place_the_stage() -> None:
    text = (
        "Dear Mr Okafor,\n\nRe: Graduate Architect vacancy\n\nThank you for attending the "
        "interview at our studio last Wednesday. I regret that on this occasion your application "
        "has been unsuccessful. The successful candidate had significantly more experience with "
        "Revit.\n\nRegards,\n\nJ. Smith\nHR Manager\nOak & Stone Architects Ltd\n"
    )
    parsed = parse(text)
    context = parsed.context
    assert context.role.title
    assert context.role.title.value == "Graduate Architect"
    assert context.candidate.name
    assert context.candidate.name.value == "Mr Okafor"
    assert context.stage
    assert context.stage.value == Stage.onsite
    assert context.contact.name
    assert context.contact.name.value == "J. Smith"
    assert context.company.name
    assert context.company.name.value == "Oak & Stone Architects Ltd"
    assert context.reason
    assert "Revit" in context.reason.value
    assert parsed.signals.reason_kind
    assert parsed.signals.reason_kind.value == ReasonKind.skills_gap


def test_an_agency_writing_about_its_client_names_no_employer() -> None:
    text = (
        "Hi Ewan,\n\nQuick update on the QA Lead role with my client. They have decided not to "
        "take your application forward.\n\nSpeak soon,\nRuth Bell\nSenior Consultant\n"
        "Bellhaven Talent Ltd\n"
    )
    context = parse(text).context
    assert context.company.name is None
    assert context.contact.name
    assert context.contact.name.value == "Ruth Bell"


def test_the_furthest_stage_reached_is_the_guess_not_one_never_reached() -> None:
    text = (
        "Hi Lena,\n\nThanks for the phone screen and the coding challenge. We have decided not "
        "to move you forward to the final round.\n\nBest,\nAl"
    )
    parsed = parse(text)
    assert parsed.context.stage
    assert parsed.context.stage.value == Stage.technical
    assert spanned(parsed, parsed.context.stage) == "coding challenge"


def test_a_stated_reason_has_its_kind_and_boilerplate_has_none() -> None:
    freeze = parse(
        "Hi Ali,\n\nUnfortunately we are not able to continue with your application: the "
        "position has been put on hold due to a hiring freeze.\n\nBest,\nSam"
    )
    assert freeze.signals.reason_kind
    assert freeze.signals.reason_kind.value == ReasonKind.role_closed
    assert "hiring freeze" in spanned(freeze, freeze.signals.reason_kind)
    boilerplate = parse(
        "Hi Ali,\n\nUnfortunately we have decided to pursue other candidates whose experience "
        "more closely matches our needs.\n\nBest,\nSam"
    )
    assert boilerplate.context.reason is None
    assert boilerplate.signals.reason_kind is None


def test_signals_a_decline_wins_over_a_vague_offer_of_a_chat() -> None:
    parsed = parse(
        "Hi Jordan,\n\nWe've made the difficult decision to move forward with another "
        "candidate. I'd be happy to chat if you'd like to hear some thoughts, although we "
        "aren't able to provide formal written feedback.\n\nAll the best,\nKim"
    )
    assert parsed.signals.feedback_declined.value is True
    assert "formal written feedback" in spanned(parsed, parsed.signals.feedback_declined)
    assert parsed.signals.feedback_offered.value is False


def test_an_acknowledgement_is_not_a_rejection() -> None:
    parsed = parse(
        "Hi Jordan,\n\nThank you for applying to Fernhill Bakery. We have received your "
        "application for the Pastry Chef position and our team is reviewing it now.\n\n"
        "Fernhill Bakery"
    )
    assert parsed.signals.is_rejection.value is False
    assert parsed.context.company.name is None
    assert parsed.context.role.title is None


def test_the_candidate_is_whoever_the_greeting_names_and_never_a_placeholder() -> None:
    rejection = "\n\nUnfortunately we went with another candidate.\n\nJo"
    greeted = {
        "Maya,": "Maya",
        "Hello Maya!": "Maya",
        "Dear Maya Chen,": "Maya Chen",
        "Sehr geehrter Herr Yilmaz,": "Herr Yilmaz",
        "Hey Chris - quick note.": "Chris",
    }
    for greeting, name in greeted.items():
        found = parse(greeting + rejection).context.candidate.name
        assert found
        assert found.value == name
    for placeholder in ("Dear Candidate,", "Dear Hiring Candidate,", "Hi there,", "Hi team,"):
        assert parse(placeholder + rejection).context.candidate.name is None


def test_words_that_only_look_like_cues_fill_nothing() -> None:
    parsed = parse(
        "Hi Maya,\n\nThank you for your time with Sarah last week. After careful assessment of "
        "your application, our shortlisting panel has decided not to take it forward.\n\nJo"
    )
    assert parsed.signals.is_rejection.value is True
    assert parsed.context.company.name is None  # Sarah is a person, not the employer
    stage = parsed.context.stage
    assert stage is None or stage.value == Stage.applied  # no panel interview, no assessment


def test_the_candidates_past_employers_are_not_the_company() -> None:
    parsed = parse(
        "Hello Priya,\n\nThank you for the conversation with our team. We will not be "
        "extending an offer. We enjoyed learning about your work at Northwind and your time at "
        "Globex.\n\nKind regards,\nLena"
    )
    assert parsed.context.company.name is None
    assert parsed.context.contact.name
    assert parsed.context.contact.name.value == "Lena"


def test_here_at_names_the_employer_and_a_team_names_none() -> None:
    rejection = ", but unfortunately we went with another candidate.\n\nJo"
    # "the Payments team" and "the Lumina team" read alike: a department, so neither is taken
    payments = parse("Hi Sam,\n\nEveryone on the Payments team enjoyed meeting you" + rejection)
    assert payments.context.company.name is None
    here = parse("Hi Sam,\n\nHere at Brightwater we enjoyed meeting you" + rejection)
    assert here.context.company.name
    assert here.context.company.name.value == "Brightwater"
    department = parse("Hi Sam,\n\nThe Engineering team enjoyed meeting you" + rejection)
    assert department.context.company.name is None


def test_a_role_is_never_the_employers_name() -> None:
    parsed = parse(
        "Hi Sam,\n\nThank you for applying to Acme Robotics. Unfortunately we have decided to "
        "move forward with other candidates.\n\nThe Acme Robotics Team"
    )
    assert parsed.context.company.name
    assert parsed.context.company.name.value == "Acme Robotics"
    assert parsed.context.role.title is None


def test_curly_apostrophes_and_a_copyright_footer() -> None:
    parsed = parse(
        "Hi Jo,\n\nThanks for applying. We won\u2019t be progressing your application.\n\n"
        "Careers Team\n\n(c) 2026 Pellew Retail Group plc. Registered in England No. 0441."
    )
    assert parsed.signals.is_rejection.value is True
    assert "won't be progressing" in spanned(parsed, parsed.signals.is_rejection)
    assert parsed.context.company.name
    assert parsed.context.company.name.value == "Pellew Retail Group plc"


def test_an_outlook_last_first_sender_and_a_lower_case_employer() -> None:
    parsed = parse(
        "FYI\n\n-----Original Message-----\nFrom: Kline, Deborah <deborah.kline@reach.example>\n"
        "Sent: Monday, November 23, 2026 9:00 AM\nSubject: Planning Officer\n\nDear Sam,\n\n"
        "Unfortunately we have decided to appoint another candidate.\n\nKind regards,\n"
        "Deborah Kline\nCreative Director\nbitwise 9\n"
    )
    contact = parsed.context.contact
    assert contact.email
    assert contact.email.value == "deborah.kline@reach.example"
    assert contact.name
    assert contact.name.value == "Deborah Kline"
    assert parsed.context.company.name
    assert parsed.context.company.name.value == "bitwise 9"


def test_a_care_home_letter_with_a_reference_and_a_department_sign_off() -> None:
    parsed = parse(
        "Dear Applicant,\n\nRE: Vacancy Ref 44821 - Care Assistant (Nights)\n\nThank you for your "
        "recent application. We regret to inform you that you have not been shortlisted on this "
        "occasion. We'd welcome an application from you in the future.\n\nYours faithfully\n\n"
        "HR Department\nBramble Lodge Care Home\n"
    )
    context = parsed.context
    assert context.role.title
    assert context.role.title.value == "Care Assistant (Nights)"
    assert context.company.name
    assert context.company.name.value == "Bramble Lodge Care Home"
    assert context.contact.name is None
    assert context.candidate.name is None
    assert parsed.signals.invited_to_reapply.value is True
    assert parsed.signals.automated.value is True
