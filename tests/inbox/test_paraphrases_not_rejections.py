"""Mail about an application that is not a rejection, in wording written for the tests: with
a rejection as the default for a note that says neither (a paste into a "my rejection" box),
every acknowledgement, invitation and piece of good news must be known by its own words."""

import pytest

from tests.inbox.support import parse

NOT_REJECTIONS = [
    "Thanks for applying! Here's what happens next: our team reads every application.",
    "We'd like to learn more about you. Please complete this short assessment by Friday.",
    "Your application has been received.",
    "Please book a slot for your interview using the link below.",
    "We're excited to move forward with your application!",
    "We are happy to let you know that you've passed the first stage.",
    "Here are the details for your interview on Friday.",
    "Can we set up a time to chat about your application?",
    "Attached is the job description for the role you applied for.",
    "We'd love for you to come in and meet the team next week.",
    "Just a reminder that your interview is tomorrow at 10am.",
    "We're delighted to tell you that your application has been successful.",
    "Good news! The hiring manager would like to meet you.",
    "Thank you for your application. We aim to respond within 10 working days.",
]


@pytest.mark.parametrize("sentence", NOT_REJECTIONS)
def test_good_news_and_next_steps_are_not_rejections(sentence: str) -> None:
    body = f"Hi Sam,\n\nThank you for applying for the Data Analyst role. {sentence}\n\nBest,\nJo"
    assert parse(f"From: Jo Bloggs <jo@acme.example>\n\n{body}").signals.is_rejection.value is False


@pytest.mark.parametrize(
    "sentence",
    [
        "We're looking for someone with more hands-on experience.",
        "We've decided to offer the role to another candidate. I'm happy to set up a call.",
        "The role has gone to someone else, but we'd like to keep your CV.",
    ],
)
def test_a_gentle_rejection_is_still_one(sentence: str) -> None:
    body = f"Hi Sam,\n\nThank you for applying for the Data Analyst role. {sentence}\n\nBest,\nJo"
    signal = parse(f"From: Jo Bloggs <jo@acme.example>\n\n{body}").signals.is_rejection
    assert signal.value is True
