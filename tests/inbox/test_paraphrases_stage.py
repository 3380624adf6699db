"""The stage from wording written for the tests: each stage said without its commonest
words, and greetings laid out the ways HTML templates and quick notes lay them out."""

import pytest

from tests.inbox.support import parse
from tests.inbox.test_paraphrases import DECISION

STAGES = [
    ("applied", "We have now reviewed all applications for the Data Analyst role."),
    ("applied", "Thank you for submitting your CV for the Data Analyst role."),
    ("applied", "Thank you for your interest in the Data Analyst role."),
    ("applied", "We received a large number of applications for this role."),
    ("applied", "After looking through your application, we feel others are a closer fit."),
    ("applied", "Your application for the Data Analyst role has been carefully assessed."),
    ("applied", "Having screened your application, we have decided not to move forward."),
    ("phone_screen", "Thanks for the call last Tuesday."),
    ("phone_screen", "It was great chatting with you on Zoom last week."),
    ("phone_screen", "Thank you for the initial conversation with our recruiter."),
    ("phone_screen", "Thanks for taking my call on Monday."),
    ("phone_screen", "Thank you for the screening interview."),
    ("technical", "Thank you for completing the coding test."),
    ("technical", "Thanks for submitting the take home exercise."),
    ("technical", "Thank you for completing the written task."),
    ("technical", "Thanks for doing the technical interview with Raj."),
    ("technical", "Thank you for your work on the assignment we sent."),
    ("onsite", "Thank you for coming into the office to meet the team."),
    ("onsite", "Thanks for spending the afternoon with us at our Leeds office."),
    ("onsite", "Thank you for attending the assessment centre."),
    ("onsite", "It was lovely to meet you in person last week."),
    ("onsite", "Thank you for your in-person interview."),
    ("final", "Thank you for attending the final interview."),
    ("final", "You made it to the last stage of our process."),
    ("final", "Thank you for meeting our CEO in the final round."),
    ("final", "You were one of the two finalists."),
]


@pytest.mark.parametrize(("stage", "sentence"), STAGES)
def test_a_stage_is_read_in_many_phrasings(stage: str, sentence: str) -> None:
    parsed = parse(f"From: Jo Bloggs <jo@acme.example>\n\nHi Sam,\n\n{sentence} {DECISION}\n\nJo")
    assert parsed.context.stage is not None
    assert parsed.context.stage.value.value == stage


def test_an_interview_of_unknown_kind_leaves_the_stage_open() -> None:
    text = "Thanks for applying, and for the time you've given us at interview. " + DECISION
    parsed = parse(f"From: Jo Bloggs <jo@acme.example>\n\nHi Sam,\n\n{text}\n\nJo")
    assert parsed.context.stage is None


def test_a_roles_place_is_no_visit() -> None:
    text = "Thanks for applying for the Sales Assistant role at our Leeds store. " + DECISION
    parsed = parse(f"From: Jo Bloggs <jo@acme.example>\n\nHi Sam,\n\n{text}\n\nJo")
    assert parsed.context.stage is not None
    assert parsed.context.stage.value.value == "applied"


GREETINGS = [
    ("ACME\nView this email in your browser\nCareers\n\nApplication update\n\nDear Sam,", "Sam"),
    ("Hi there Sam,", "Sam"),
    ("Hello again Sam,", "Sam"),
    ("Good morning, Sam.", "Sam"),
    ("Dear Dr. Sam Patel,", "Sam Patel"),
    ("Dear Sam Taylor-Reid,", "Sam Taylor-Reid"),
]


@pytest.mark.parametrize(("greeting", "name"), GREETINGS)
def test_a_greeting_names_the_candidate_after_a_templates_header_lines(
    greeting: str, name: str
) -> None:
    parsed = parse(f"From: Jo <jo@acme.example>\n\n{greeting}\n\n{DECISION}\n\nJo")
    assert parsed.context.candidate.name is not None
    assert parsed.context.candidate.name.value == name


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Hello Sam and thank you for applying.", "Sam"),
        ("Hi Sam thanks for applying.", "Sam"),
        ("Dear Samantha (Sam),", "Samantha"),
        ("Hiya Sam,", "Sam"),
        ("Morning Sam,", "Sam"),
        ("Good day Sam,", "Sam"),
        ("To Sam Taylor,", "Sam Taylor"),
    ],
)
def test_a_greeting_in_a_quick_notes_wording(greeting: str, name: str) -> None:
    parsed = parse(f"From: Jo <jo@acme.example>\n\n{greeting}\n\n{DECISION}\n\nJo")
    assert parsed.context.candidate.name is not None
    assert parsed.context.candidate.name.value == name


@pytest.mark.parametrize("greeting", ["To Whom It May Concern,", "Morning all,", "Hi Team,"])
def test_a_greeting_to_no_one_names_no_candidate(greeting: str) -> None:
    parsed = parse(f"From: Jo <jo@acme.example>\n\n{greeting}\n\n{DECISION}\n\nJo")
    assert parsed.context.candidate.name is None


def test_a_day_with_the_team_is_on_site_but_an_afternoon_on_a_technical_interview_is_not() -> None:
    onsite = f"Really appreciated you spending Thursday with the team. {DECISION}"
    technical = f"Thanks for spending the afternoon with us on the technical interview. {DECISION}"
    stages = []
    for text in (onsite, technical):
        stage = parse(f"From: Jo <jo@acme.example>\n\nHi Sam,\n\n{text}\n\nJo").context.stage
        stages.append(stage.value.value if stage else None)
    assert stages == ["onsite", "technical"]
