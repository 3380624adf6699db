"""context_values: the partial RejectionContext the caller merges under its own fields."""

from datetime import date

from app.drafting.context import RejectionSignals, Stage
from app.inbox import ParsedEmail, context_values
from app.inbox.results import Found, ParsedContext, Signal, Signals
from tests.inbox.support import parse

NO = Signal(value=False, confidence=0.8)
YES = Signal(value=True, confidence=0.9, span=(0, 3))


def _parsed(context: ParsedContext, *, rejection: bool = True) -> ParsedEmail:
    signals = Signals(
        is_rejection=YES if rejection else NO,
        invited_to_reapply=YES,
        keeps_cv_on_file=NO,
        feedback_offered=NO,
        feedback_declined=YES,
        no_reply_sender=NO,
        automated=NO,
    )
    return ParsedEmail(text="Yes, a text.", language="en", context=context, signals=signals)


def test_only_the_fields_found_are_given_and_the_signals_always() -> None:
    context = ParsedContext(rejected_on=Found(value=date(2026, 11, 2), confidence=0.9))
    context.company.name = Found(value="Acme", confidence=0.9)
    values = context_values(_parsed(context))
    assert values == {
        "company": {"name": "Acme"},
        "rejected_on": date(2026, 11, 2),
        "signals": {
            "feedback_offered": False,
            "feedback_declined": True,
            "invited_to_reapply": True,
            "keeps_cv_on_file": False,
            "no_reply_sender": False,
        },
    }
    # the signals are exactly what the drafting engine takes
    RejectionSignals(**values["signals"])


def test_a_stage_guess_below_one_half_is_left_to_the_context_default() -> None:
    unsure = ParsedContext(stage=Found(value=Stage.final, confidence=0.45))
    sure = ParsedContext(stage=Found(value=Stage.final, confidence=0.5))
    assert "stage" not in context_values(_parsed(unsure))
    assert context_values(_parsed(sure))["stage"] == "final"


def test_nothing_but_signals_when_it_is_not_a_rejection() -> None:
    context = ParsedContext()
    context.company.name = Found(value="Acme", confidence=0.9)
    assert context_values(_parsed(context, rejection=False)).keys() == {"signals"}


def test_a_no_reply_address_is_never_a_contact_email() -> None:
    raw = (
        "From: Jordan Lee <noreply@acme.example>\nTo: maya@post.example\n"
        "Subject: Your application\n\nHi Maya,\n\nUnfortunately we have decided to move "
        "forward with another candidate.\n\nBest,\nJordan Lee\nRecruiter\n"
    )
    parsed = parse(raw)
    values = context_values(parsed)
    assert parsed.signals.no_reply_sender.value is True
    assert values["signals"]["no_reply_sender"] is True
    assert values["contact"] == {"name": "Jordan Lee", "title": "Recruiter"}


def test_a_reply_to_that_reaches_a_person_is_the_contact_email() -> None:
    raw = (
        "From: Acme Careers <no-reply@acme.example>\nReply-To: jordan@acme.example\n"
        "Subject: Your application\n\nHi Maya,\n\nUnfortunately we have decided to move "
        "forward with another candidate.\n\nBest,\nJordan Lee\nRecruiter\n"
    )
    parsed = parse(raw)
    assert parsed.signals.no_reply_sender.value is False
    assert context_values(parsed)["contact"]["email"] == "jordan@acme.example"


def test_values_the_context_would_refuse_are_left_out() -> None:
    context = ParsedContext()
    context.company.name = Found(value="A" * 201, confidence=0.9)
    context.contact.email = Found(value="jordan@localhost", confidence=0.9)
    context.contact.name = Found(value="Jordan Lee", confidence=0.9)
    values = context_values(_parsed(context))
    assert "company" not in values
    assert values["contact"] == {"name": "Jordan Lee"}
