"""Turns the scheduled steps into planned steps: a title for each, a message where one is sent."""

from typing import Any

from app.drafting.plan import ScheduledStep
from app.drafting.results import Channel, DraftedMessage, PlannedStep, StepKind
from app.drafting.templating import one_line, render, template

# Steps whose message is drafted by a template of its own under templates/<locale>/plan/.
_MESSAGE_STEPS = frozenset(
    {
        StepKind.nudge,
        StepKind.value_check_in,
        StepKind.reach_out_about_role,
        StepKind.quarterly_check_in,
        StepKind.send_update,
    }
)


def _carries_news(kind: StepKind, variables: dict[str, Any]) -> bool:
    """A reach-out names a posting or an update, an update says what changed: without one
    the step is a reminder for the candidate, not a message with nothing in it."""
    if kind == StepKind.reach_out_about_role:
        return bool(variables.get("posting") or variables.get("updates"))
    if kind == StepKind.send_update:
        return bool(variables.get("updates"))
    return True


def plan_steps(
    scheduled: list[ScheduledStep],
    variables: dict[str, Any],
    *,
    linkedin_note: DraftedMessage | None,
) -> list[PlannedStep]:
    # A title may depend on where its step happens (a no-reply sender matters only by email):
    # then one module per channel the plan uses; else one for all, rendered once as before.
    titles: dict[Channel | None, Any] = {}
    planned = []
    for step in scheduled:
        where = step.channel if variables.get("no_reply") else None
        if where not in titles:
            titles[where] = template("plan/titles.j2").make_module({**variables, "channel": where})
        subject = message = None
        if step.kind in _MESSAGE_STEPS and _carries_news(step.kind, variables):
            # A step sent as a LinkedIn message has its own wording (no subject, no inbox).
            folder = "plan/linkedin" if step.channel == Channel.linkedin else "plan"
            rendered = render(f"{folder}/{step.kind.value}.j2", **variables)
            subject, message = rendered.subject, rendered.body
        elif step.kind == StepKind.connect_on_linkedin and linkedin_note is not None:
            message = linkedin_note.body
        planned.append(
            PlannedStep(
                kind=step.kind,
                title=one_line(str(getattr(titles[where], step.kind.value))),
                due_on=step.due_on,
                channel=step.channel,
                subject=subject,
                message=message,
            )
        )
    return planned
