"""Each signal from wording the corpus may not use, with the words that say it."""

import pytest

from tests.inbox.support import parse, spanned

DECISION = "Dear Sam,\n\nUnfortunately we have decided not to progress your application. "
SIGNALS = [
    ("feedback_offered", "Should you wish to receive feedback, please contact us.", "feedback"),
    ("feedback_offered", "If a quick debrief would help, drop me a line.", "debrief"),
    (
        "feedback_declined",
        "Due to volume we cannot respond individually or provide feedback.",
        "feedback",
    ),
    ("invited_to_reapply", "We would be happy to hear from you in the future.", "hear from you"),
    (
        "invited_to_reapply",
        "Don't hesitate to throw your hat in the ring again.",
        "hat in the ring",
    ),
    ("keeps_cv_on_file", "We'll keep your details on record.", "details on record"),
    (
        "keeps_cv_on_file",
        "Your profile will remain in our system for 24 months.",
        "profile will remain in our system",
    ),
    ("no_reply_sender", "Please do not respond to this email.", "do not respond"),
    ("no_reply_sender", "This message was sent from an unattended mailbox.", "unattended mailbox"),
    ("automated", "This is a system-generated email.", "system-generated"),
]


@pytest.mark.parametrize(("signal", "sentence", "words"), SIGNALS)
def test_a_signal_is_read_with_the_words_that_say_it(
    signal: str, sentence: str, words: str
) -> None:
    parsed = parse(DECISION + sentence + "\n\nJo")
    found = getattr(parsed.signals, signal)
    assert found.value is True
    assert words in spanned(parsed, found)


def test_no_signal_is_read_from_a_bare_decision() -> None:
    signals = parse(DECISION + "\n\nJo Bloggs\nRecruiter").signals
    for name in (
        "feedback_offered",
        "feedback_declined",
        "invited_to_reapply",
        "keeps_cv_on_file",
        "no_reply_sender",
        "automated",
    ):
        assert getattr(signals, name).value is False, name
