"""A whole ATS template written for the tests (Workday-like, no-reply footer, reference in
the title, talent-acquisition sign-off): every field and signal at once."""

from tests.inbox.support import parse

WORKDAY_LIKE = (
    "From: Halden Insurance Careers <halden@myworkday.com>\n"
    "To: sam.taylor@mail.example\n"
    "Subject: Update on your application for Claims Handler (R-10442)\n"
    "\n"
    "Dear Sam Taylor,\n"
    "\n"
    "Thank you for your interest in the Claims Handler (R-10442) position at Halden "
    "Insurance. We appreciate the time you invested in your application.\n"
    "\n"
    "After careful review, we have decided to move forward with candidates whose "
    "qualifications better meet our current needs. We will retain your information in"
    " our system for future opportunities that may match your profile.\n"
    "\n"
    "We encourage you to visit our careers site regularly and to apply for positions "
    "that interest you.\n"
    "\n"
    "Sincerely,\n"
    "Halden Insurance Talent Acquisition\n"
    "\n"
    "This is an automated message. Please do not reply.\n"
    "\n"
)


def test_an_ats_template_is_read_whole() -> None:
    parsed = parse(WORKDAY_LIKE)
    context, signals = parsed.context, parsed.signals
    assert context.company.name is not None
    assert context.company.name.value == "Halden Insurance"
    assert context.role.title is not None
    assert context.role.title.value == "Claims Handler"
    assert context.candidate.name is not None
    assert context.candidate.name.value == "Sam Taylor"
    assert context.contact.name is None
    assert context.stage is not None
    assert context.stage.value.value == "applied"
    assert signals.is_rejection.value
    assert signals.invited_to_reapply.value
    assert signals.keeps_cv_on_file.value
    assert signals.no_reply_sender.value
    assert signals.automated.value
    assert not signals.feedback_offered.value
