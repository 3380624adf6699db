"""What the rejection said beyond its reason, read once for the drafts and the plan.

An offer of feedback is accepted; feedback declined is not asked for again (the last pitch
asks one lighter question instead, and there is nothing for a nudge to chase); an invitation
to apply again, or a CV kept on file, dates a watch for the next opening; a sender that takes
no reply is never written to, and the plan says where to find the hiring manager instead.
"""

from dataclasses import dataclass

from app.drafting.context import Interest, RejectionContext
from app.drafting.results import StepKind
from app.drafting.senders import is_no_reply

_FEEDBACK_CHASE = frozenset({StepKind.send_feedback_request, StepKind.nudge})


@dataclass(frozen=True, slots=True)
class Signals:
    """The context's signals as the engine acts on them."""

    feedback_offered: bool
    feedback_declined: bool
    invited_to_reapply: bool
    keeps_cv_on_file: bool
    # The signal, or a contact address that reads as no-reply even when no one said so: an
    # ATS or a caller may hand us `no-reply@…` as the contact without setting the signal.
    no_reply: bool

    @property
    def door_open(self) -> bool:
        """The employer said it wants to hear from the candidate again."""
        return self.invited_to_reapply or self.keeps_cv_on_file


def signals_of(context: RejectionContext) -> Signals:
    said = context.signals
    address = context.contact.email if context.contact else None
    return Signals(
        feedback_offered=said.feedback_offered,
        feedback_declined=said.feedback_declined,
        invited_to_reapply=said.invited_to_reapply,
        keeps_cv_on_file=said.keeps_cv_on_file,
        no_reply=said.no_reply_sender or is_no_reply(address),
    )


def signal_facts(signals: Signals) -> dict[str, bool]:
    """The signals as template variables, under the same names."""
    # Not dataclasses.asdict: it deep-copies, and this runs on every create.
    return {
        "feedback_offered": signals.feedback_offered,
        "feedback_declined": signals.feedback_declined,
        "invited_to_reapply": signals.invited_to_reapply,
        "keeps_cv_on_file": signals.keeps_cv_on_file,
        "no_reply": signals.no_reply,
    }


def steps_for(kinds: set[StepKind], signals: Signals, interest: Interest) -> set[StepKind]:
    """The shape's steps, changed by what the rejection said.

    An offer of feedback is taken up even where the shape would not ask (an early stage, low
    interest): the employer asked to be asked. A watch for openings joins every shape of a
    candidate who still cares; low interest stays courteous and gets no new chore.
    """
    kinds = set(kinds)
    if signals.feedback_declined:
        kinds -= _FEEDBACK_CHASE
    if signals.feedback_offered:
        kinds.add(StepKind.send_feedback_request)
    if signals.door_open and interest != Interest.low:
        kinds.add(StepKind.watch_openings)
    return kinds
