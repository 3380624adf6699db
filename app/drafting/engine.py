"""The drafting engine: one rejection context in, drafts, a dated plan, fit and review out.

Pure: no database, no network, no clock. Templates are compiled once per process; holiday
calendars are cached per country and years. `draft_rejection` is the only entry point.

Where the wording lives: an email is `<kind>/<tone>.j2`, a LinkedIn message
`<kind>/linkedin/<tone>.j2`, an interviewer thank-you `interviewer_thanks/<tone>.j2`; each picks
its phrasing inside by `variant` (or `rotation`), so a variant changes words, never facts.
"""

import re
from datetime import date
from typing import Any

from app.drafting import facts
from app.drafting.context import RejectionContext
from app.drafting.fit import assess
from app.drafting.heard import Heard, plan_facts
from app.drafting.plan import schedule
from app.drafting.quiet import DEFAULT_QUIET, QuietPeriod
from app.drafting.reason import reading_of
from app.drafting.results import Channel, DraftedMessage, DraftingResult, DraftKind, Drafts, Review
from app.drafting.review import review_text
from app.drafting.signals import signal_facts, signals_of
from app.drafting.steps import plan_steps
from app.drafting.templating import Rendered, render, word_count

FREE_NOTE_LIMIT = 200
PREMIUM_NOTE_LIMIT = 300
# The LinkedIn note template offers detail levels; the richest that fits the limit is sent.
# Level 3 only ever fits Premium's 300 characters, so free accounts start a level lower.
_PREMIUM_NOTE_LEVELS = (3, 2, 1, 0)
_FREE_NOTE_LEVELS = (2, 1, 0)
# Regenerating offers the original wording (0) and two rephrasings of the same facts.
MAX_VARIANT = 2
# LinkedIn allows 8,000 characters between connections but 1,900 in an InMail, and a rejected
# candidate is often not yet connected to the hiring manager: hold messages to the InMail limit.
LINKEDIN_MESSAGE_LIMIT = 1900
# LinkedIn message templates offer two detail levels; names near their 200-character maximum
# can push the fuller one past the limit, and then the lean one (no proof, need or gap) is sent.
_MESSAGE_LEVELS = (1, 0)
# Interviewer notes rotate through this many phrasings of each sentence before repeating one.
_ROTATIONS = 5
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n+")


def _draft(
    kind: DraftKind,
    rendered: Rendered,
    *,
    channel: Channel = Channel.email,
    recipient: str | None = None,
    char_limit: int | None = None,
) -> DraftedMessage:
    return DraftedMessage(
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


def _cut(rendered: Rendered, limit: int) -> Rendered:
    """The body cut at a word within `limit`, never mid-word; only extreme inputs need it."""
    cut = rendered.body[: limit + 1].rsplit(" ", 1)[0][:limit]
    return Rendered(subject=rendered.subject, body=cut, template=rendered.template)


def _message(kind: DraftKind, variables: dict[str, Any], tone: str, variant: int) -> DraftedMessage:
    """The last pitch or the feedback request as a LinkedIn message instead of an email."""
    name = f"{kind.value}/linkedin/{tone}.j2"
    for detail in _MESSAGE_LEVELS:
        rendered = render(name, **variables, variant=variant, detail=detail)
        if len(rendered.body) <= LINKEDIN_MESSAGE_LIMIT:
            break
    else:
        rendered = _cut(rendered, LINKEDIN_MESSAGE_LIMIT)
    return _draft(kind, rendered, channel=Channel.linkedin, char_limit=LINKEDIN_MESSAGE_LIMIT)


def _email(kind: DraftKind, variables: dict[str, Any], tone: str, variant: int) -> DraftedMessage:
    return _draft(kind, render(f"{kind.value}/{tone}.j2", **variables, variant=variant))


def _sentences(text: str) -> set[str]:
    """The sentences of a body; the greeting and the sign-off (first and last paragraphs) are
    everyone's, even when a name ends with a stop ("Darnell Washington Sr.")."""
    middle = "\n\n".join(text.split("\n\n")[1:-1])
    return {s.strip() for s in _SENTENCE_END.split(middle) if s.strip().endswith((".", "?", "!"))}


def _interviewer_thanks(variables: dict[str, Any], tone: str, variant: int) -> list[DraftedMessage]:
    """One note per interviewer, none sharing a sentence with another note of the rejection.

    A variant rotates each person's sentence pools; when a rotation would repeat a sentence an
    earlier colleague already got (they compare notes), the next rotation is tried.
    """
    drafts: list[DraftedMessage] = []
    said: set[str] = set()
    for index, person in enumerate(variables["interviewers"]):
        name = f"interviewer_thanks/{tone}.j2"
        options = (
            render(name, **variables, person=person, index=index, rotation=variant + attempt)
            for attempt in range(_ROTATIONS)
        )
        rendered = first = next(options)
        while _sentences(rendered.body) & said:
            rendered = next(options, first)
            if rendered is first:
                break
        said |= _sentences(rendered.body)
        drafts.append(_draft(DraftKind.interviewer_thanks, rendered, recipient=person["full"]))
    return drafts


def _linkedin_note(context: RejectionContext, variables: dict[str, Any]) -> DraftedMessage | None:
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
        # Only names near their 200-character maximum get here.
        rendered = _cut(rendered, limit)
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


def draft_rejection(
    context: RejectionContext,
    *,
    today: date,
    variant: int = 0,
    channel: Channel = Channel.email,
    quiet: tuple[QuietPeriod, ...] = DEFAULT_QUIET,
    heard: Heard | None = None,
) -> DraftingResult:
    """Draft every message for one rejection and date the follow-up plan from it.

    `variant` (0 to MAX_VARIANT) rephrases the pitch, the feedback request and the thank-yous
    without changing their facts; `channel` sends the pitch and the feedback request as email
    or as LinkedIn messages. Interviewer thank-yous and the connection note keep their channels.
    No step that messages the contact lands in a `quiet` period; what was `heard` since (the
    feedback, updates, a posting) shapes the plan's later steps. What the rejection itself
    said (`context.signals`, see signals.py) changes both: declined feedback drafts no request.
    """
    if not 0 <= variant <= MAX_VARIANT:
        raise ValueError(f"variant must be between 0 and {MAX_VARIANT}, not {variant}")
    fit = assess(context)
    reading = reading_of(context)
    signals = signals_of(context)
    variables = {
        **facts.base_facts(context, reading),
        **facts.pitch_facts(context, fit, reading),
        **signal_facts(signals),
        "interviewers": facts.interviewers(context),
    }
    tone = context.tone.value
    message = _message if channel == Channel.linkedin else _email
    drafts = Drafts(
        last_pitch=message(DraftKind.last_pitch, variables, tone, variant),
        # Declined feedback is not asked for again: the pitch asks a lighter question instead.
        feedback_request=None
        if signals.feedback_declined
        else message(DraftKind.feedback_request, variables, tone, variant),
        interviewer_thanks=_interviewer_thanks(variables, tone, variant),
        linkedin_note=_linkedin_note(context, variables),
    )
    scheduled = schedule(
        context,
        today=today,
        has_linkedin_note=drafts.linkedin_note is not None,
        has_interviewer_notes=bool(drafts.interviewer_thanks),
        message_channel=channel,
        quiet=quiet,
        heard=heard,
    )
    steps = plan_steps(
        scheduled, plan_facts(context, fit, variables, heard), linkedin_note=drafts.linkedin_note
    )
    return DraftingResult(
        drafts=drafts, steps=steps, fit=fit, reason=reading, review=_review(context, drafts)
    )
