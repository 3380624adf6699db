"""A third round of signals in wording written for the tests, after the sentence rules
(cues.json "clauses") went in: idioms, plural openings, a named employer, talent pipelines,
"give me a ring"; and near misses that hold the same words but say something else."""

import pytest

from tests.inbox.support import parse
from tests.inbox.test_paraphrases import DECISION

SAID = [
    ("invited_to_reapply", "We'd be delighted if you applied again in future."),
    ("invited_to_reapply", "Please do stay in touch and look out for roles that suit you."),
    ("invited_to_reapply", "We'd encourage you to keep applying to roles with us."),
    ("invited_to_reapply", "Do keep checking our vacancies page."),
    ("invited_to_reapply", "We'd really like to see you go for the next one."),
    ("invited_to_reapply", "When something more senior opens up, please apply."),
    ("invited_to_reapply", "If a role comes up that fits, we hope you'll put yourself forward."),
    ("invited_to_reapply", "You'd be very welcome to try again next year."),
    ("invited_to_reapply", "We hope you will consider Orbital Foods for your next move."),
    (
        "invited_to_reapply",
        "Please follow us on LinkedIn to hear about future vacancies and apply.",
    ),
    ("invited_to_reapply", "Don't be a stranger - we hire every spring."),
    ("keeps_cv_on_file", "We'll keep your CV on our books."),
    ("keeps_cv_on_file", "Your details will stay on our database."),
    ("keeps_cv_on_file", "We'd like to hold on to your details for future roles."),
    ("keeps_cv_on_file", "We have saved your profile so we can reach out about future vacancies."),
    ("keeps_cv_on_file", "Your application will remain on file for six months."),
    ("keeps_cv_on_file", "With your consent we will keep your information for 12 months."),
    ("keeps_cv_on_file", "We'll keep you in our talent pool."),
    ("keeps_cv_on_file", "We've added you to our talent pipeline."),
    ("keeps_cv_on_file", "Your CV will be kept for consideration for other roles."),
    ("feedback_offered", "If you want to know more about the decision, give me a ring."),
    ("feedback_offered", "I'd be happy to talk you through the panel's view."),
    ("feedback_offered", "Drop me a note if you'd like to know where you could improve."),
    ("feedback_offered", "Feedback can be provided on request."),
    ("feedback_declined", "We regret that we cannot give feedback."),
    ("feedback_declined", "We don't offer feedback at the application stage."),
    ("feedback_declined", "Company policy prevents us from sharing feedback."),
    ("feedback_declined", "We are not in a position to give individual feedback."),
]
NOT_SAID = [
    ("invited_to_reapply", "You applied for several roles with us this year."),
    ("invited_to_reapply", "We carefully considered your application against similar roles."),
    ("invited_to_reapply", "We had hundreds of applications for these roles."),
    ("invited_to_reapply", "Our roles attract many strong applicants."),
    ("keeps_cv_on_file", "We do not keep applications for future roles."),
    ("feedback_offered", "We cannot tell you more about the decision."),
    ("feedback_declined", "If you'd like feedback, just ask and don't worry."),
]


def _signals(sentence: str) -> object:
    body = f"Hi Sam,\n\n{DECISION} {sentence}\n\nBest,\nJo Bloggs\nRecruiter"
    return parse(f"From: Jo Bloggs <jo@acme.example>\n\n{body}").signals


@pytest.mark.parametrize(("signal", "sentence"), SAID)
def test_a_signal_is_read_from_an_idiom(signal: str, sentence: str) -> None:
    assert getattr(_signals(sentence), signal).value is True


@pytest.mark.parametrize(("signal", "sentence"), NOT_SAID)
def test_a_signal_is_not_read_from_the_same_words_saying_something_else(
    signal: str, sentence: str
) -> None:
    assert getattr(_signals(sentence), signal).value is False
