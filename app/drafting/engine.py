"""The drafting engine: one rejection context in, drafts, a dated plan, fit and review out.

Pure: no database, no network, no clock. Templates are compiled once per process; holiday
calendars are cached per country and years. `draft_rejection` is the only entry point.
"""

from datetime import date
from typing import Any

from app.drafting import facts
from app.drafting.context import RejectionContext
from app.drafting.fit import assess
from app.drafting.plan import schedule
from app.drafting.results import Channel, Draft, DraftingResult, DraftKind, Drafts, Review
from app.drafting.review import review_text
from app.drafting.steps import plan_steps
from app.drafting.templating import Rendered, render, word_count

FREE_NOTE_LIMIT = 200
PREMIUM_NOTE_LIMIT = 300
# The LinkedIn note template offers detail levels; the richest that fits the limit is sent.
# Level 3 only ever fits Premium's 300 characters, so free accounts start a level lower.
_PREMIUM_NOTE_LEVELS = (3, 2, 1, 0)
_FREE_NOTE_LEVELS = (2, 1, 0)


def _draft(
    kind: DraftKind,
    rendered: Rendered,
    *,
    channel: Channel = Channel.email,
    recipient: str | None = None,
    char_limit: int | None = None,
) -> Draft:
    return Draft(
        kind=kind,
        channel=channel,
        subject=rendered.subject,
        body=rendered.body,
        word_count=word_count(rendered.body),
        char_count=len(rendered.body),
        template=rendered.template,
        recipient=recipient,
        char_limit=char_limit,
    )


def _interviewer_thanks(variables: dict[str, Any], tone: str) -> list[Draft]:
    drafts = []
    for index, person in enumerate(variables["interviewers"]):
        rendered = render(f"interviewer_thanks/{tone}.j2", **variables, person=person, index=index)
        drafts.append(_draft(DraftKind.interviewer_thanks, rendered, recipient=person["full"]))
    return drafts


def _linkedin_note(context: RejectionContext, variables: dict[str, Any]) -> Draft | None:
    person = variables["contact"] or next(iter(variables["interviewers"]), None)
    if person is None:
        return None
    premium = context.candidate.linkedin_premium
    limit = PREMIUM_NOTE_LIMIT if premium else FREE_NOTE_LIMIT
    name = f"linkedin_note/{context.tone.value}.j2"
    for detail in _PREMIUM_NOTE_LEVELS if premium else _FREE_NOTE_LEVELS:
        rendered = render(name, **variables, person=person, detail=detail)
        if len(rendered.body) <= limit:
            break
    else:
        # Only names near their 200-character maximum get here; cut at a word, never mid-word.
        cut = rendered.body[: limit + 1].rsplit(" ", 1)[0][:limit]
        rendered = Rendered(subject=None, body=cut, template=rendered.template)
    return _draft(
        DraftKind.linkedin_note,
        rendered,
        channel=Channel.linkedin,
        recipient=person["full"],
        char_limit=limit,
    )


def _review(context: RejectionContext, drafts: Drafts) -> Review:
    warnings = []
    for draft in drafts.all():
        for warning in review_text(
            draft.body, kind=draft.kind, channel=draft.channel, context=context
        ):
            warnings.append(warning.model_copy(update={"draft": draft.kind}))
    return Review(warnings=warnings)


def draft_rejection(context: RejectionContext, *, today: date) -> DraftingResult:
    """Draft every message for one rejection and date the follow-up plan from it."""
    fit = assess(context)
    variables = {
        **facts.base_facts(context),
        **facts.pitch_facts(context, fit),
        "interviewers": facts.interviewers(context),
    }
    tone = context.tone.value
    drafts = Drafts(
        last_pitch=_draft(DraftKind.last_pitch, render(f"last_pitch/{tone}.j2", **variables)),
        feedback_request=_draft(
            DraftKind.feedback_request, render(f"feedback_request/{tone}.j2", **variables)
        ),
        interviewer_thanks=_interviewer_thanks(variables, tone),
        linkedin_note=_linkedin_note(context, variables),
    )
    scheduled = schedule(context, today=today, has_linkedin_note=drafts.linkedin_note is not None)
    steps = plan_steps(scheduled, variables, linkedin_note=drafts.linkedin_note)
    return DraftingResult(drafts=drafts, steps=steps, fit=fit, review=_review(context, drafts))
