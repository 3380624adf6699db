"""Plan steps as calendars: a rejection's `.ics`, and per-candidate subscription feeds.

A feed URL carries its own credential, an unguessable token, because calendar apps cannot send
an API key. Only a SHA-256 of the token is stored (as for API keys: 256 random bits need no
slow hash); rotating replaces it, revoking ends it, and either way the old URL is 404.
"""

import re
import secrets
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.calendar import CalendarEntry, CalendarFile, build_calendar, step_uid
from app.drafting.results import DraftKind, StepKind
from app.drafting.templating import one_line, template
from app.errors import NotFoundError
from app.mappers import calendar_feeds as mapper
from app.models import CalendarFeed, PlanStep, Rejection, utcnow
from app.models.rejections import PENDING_STEP_STATUSES
from app.schemas.plans import CalendarFeedList, CalendarFeedSecret
from app.security import hash_key
from app.services.rejections import find_rejection

TOKEN_PREFIX = "rjf_"  # noqa: S105 - a prefix that marks the kind of token, not a secret
TOKEN_PATTERN = r"^rjf_[A-Za-z0-9_-]{43}$"  # noqa: S105 - the shape of a token
FEED_PATH = "/v1/calendar-feeds"
# A feed lists at most this many steps: a calendar app polls it, it must stay cheap.
FEED_STEP_LIMIT = 500
# The rejections whose changes date a feed (and whose newest names it): far more than one
# candidate's search holds, and a bound on the queries a poll costs.
FEED_REJECTION_LIMIT = 200
WORDS_TEMPLATE = "calendar/words.j2"

# Which draft a step sends, for the steps whose message is not stored on the step itself.
_STEP_DRAFTS = {
    StepKind.send_last_pitch: DraftKind.last_pitch,
    StepKind.send_feedback_request: DraftKind.feedback_request,
    StepKind.thank_interviewers: DraftKind.interviewer_thanks,
    StepKind.connect_on_linkedin: DraftKind.linkedin_note,
}


def rejection_calendar(
    *, session: Session, tenant_id: uuid.UUID, rejection_id: uuid.UUID
) -> CalendarFile:
    rejection = find_rejection(session, tenant_id, rejection_id)
    every_step = repository.plan_steps(session, tenant_id=tenant_id, rejection_id=rejection.id)
    steps = [
        step
        for step in every_step
        if step.status in PENDING_STEP_STATUSES and rejection.stopped_at is None
    ]
    name = _words().plan_name(
        candidate=rejection.candidate_name.strip(),
        company=rejection.company_name,
        role=rejection.role_title,
    )
    changed = _changed_at(rejection, every_step)
    return _calendar(session, name, [(step, rejection) for step in steps], changed)


def feed_calendar(*, session: Session, token: str) -> CalendarFile:
    # A token of the wrong shape is no live token either: 404 like any other, never a 422
    # that would tell a prober which shapes are worth trying.
    shaped = re.fullmatch(TOKEN_PATTERN, token) is not None
    feed = repository.feed_by_token_hash(session, hash_key(token)) if shaped else None
    if feed is None:
        raise NotFoundError("Calendar feed")
    rows = repository.candidate_steps(
        session, tenant_id=feed.tenant_id, candidate_ref=feed.candidate_ref, limit=FEED_STEP_LIMIT
    )
    # Newest first: the name the candidate gave last is the one they go by.
    rejections = repository.list_rejections(
        session,
        tenant_id=feed.tenant_id,
        candidate_ref=feed.candidate_ref,
        limit=FEED_REJECTION_LIMIT,
    )
    # A step done, skipped or cancelled leaves the feed: its completion is a change to it too,
    # so every step of the candidate's rejections counts, not only those shown.
    changed = max(
        [feed.created_at]
        + [_changed_at(rejection, _all_steps(session, rejection)) for rejection in rejections]
    )
    candidate = next((r.candidate_name.strip() for r in rejections if r.candidate_name.strip()), "")
    return _calendar(session, _words().feed_name(candidate=candidate), rows, changed)


def _all_steps(session: Session, rejection: Rejection) -> Sequence[PlanStep]:
    return repository.plan_steps(session, tenant_id=rejection.tenant_id, rejection_id=rejection.id)


def _changed_at(rejection: Rejection, steps: Sequence[PlanStep]) -> datetime:
    """The latest time the data recorded a change to a rejection or its steps: a rejection's
    updated_at moves with its context, drafts and feedback, a step's completed_at when it
    leaves the plan. A snooze, a note or a re-worded step records no time (plan_step has no
    updated_at column), so Last-Modified stays put for those; the ETag, a hash of the body,
    still changes with them, and apps that hold an ETag revalidate with it."""
    stamps = [rejection.created_at, rejection.updated_at, rejection.stopped_at]
    stamps += [step.completed_at for step in steps]
    return max(stamp for stamp in stamps if stamp is not None)


def _calendar(
    session: Session,
    name: str,
    rows: Sequence[tuple[PlanStep, Rejection]],
    changed: datetime,
) -> CalendarFile:
    drafts: dict[uuid.UUID, dict[str, list[str]]] = {}
    entries = []
    words = _words()
    for step, rejection in rows:
        if rejection.id not in drafts:
            drafts[rejection.id] = _draft_bodies(session, rejection)
        entries.append(
            CalendarEntry(
                uid=step_uid(step.id),
                day=step.due_on,
                summary=str(words.summary(title=step.title, company=rejection.company_name)),
                description=_description(step, rejection, drafts[rejection.id]),
                last_modified=step.completed_at or rejection.updated_at,
            )
        )
    zone = str(rows[-1][1].context.get("timezone", "UTC")) if rows else "UTC"
    body = build_calendar(
        name=one_line(str(name)), timezone=zone, entries=entries, last_modified=changed
    )
    return CalendarFile(body=body, last_modified=changed)


def _words() -> Any:
    # The template's macros, each called with keywords (Jinja gives them no static types).
    return template(WORDS_TEMPLATE).module


def _draft_bodies(session: Session, rejection: Rejection) -> dict[str, list[str]]:
    bodies: dict[str, list[str]] = {}
    drafts = repository.latest_drafts(
        session, tenant_id=rejection.tenant_id, rejection_id=rejection.id
    )
    for draft in drafts:
        bodies.setdefault(draft.kind, []).append(draft.body)
    return bodies


def _description(step: PlanStep, rejection: Rejection, drafts: dict[str, list[str]]) -> str:
    message = step.message
    if message is None and step.kind in _STEP_DRAFTS:
        message = "\n\n---\n\n".join(drafts.get(_STEP_DRAFTS[StepKind(step.kind)], [])) or None
    words = _words()
    heading = str(words.heading(role=rejection.role_title, company=rejection.company_name))
    note = str(words.note(text=step.note)) if step.note else ""
    return "\n\n".join(part for part in (heading, message or "", note) if part)


def create_feed(
    *, session: Session, tenant_id: uuid.UUID, candidate_ref: str
) -> CalendarFeedSecret:
    token = _new_token()
    feed = CalendarFeed(
        id=uuid7(),
        tenant_id=tenant_id,
        candidate_ref=candidate_ref,
        token_hash=hash_key(token),
        created_at=utcnow(),
    )
    repository.add_calendar_feed(session, feed)
    return mapper.feed_with_url(feed, token, feed_path=FEED_PATH)


def rotate_feed(
    *, session: Session, tenant_id: uuid.UUID, feed_id: uuid.UUID
) -> CalendarFeedSecret:
    feed = _find(session, tenant_id, feed_id)
    token = _new_token()
    repository.update_calendar_feed(
        session, feed, {"token_hash": hash_key(token), "rotated_at": utcnow()}
    )
    return mapper.feed_with_url(feed, token, feed_path=FEED_PATH)


def revoke_feed(*, session: Session, tenant_id: uuid.UUID, feed_id: uuid.UUID) -> None:
    repository.update_calendar_feed(
        session, _find(session, tenant_id, feed_id), {"revoked_at": utcnow()}
    )


def list_feeds(*, session: Session, tenant_id: uuid.UUID, limit: int) -> CalendarFeedList:
    feeds = repository.list_calendar_feeds(session, tenant_id=tenant_id, limit=limit)
    return CalendarFeedList(items=[mapper.feed_public(feed) for feed in feeds])


def _find(session: Session, tenant_id: uuid.UUID, feed_id: uuid.UUID) -> CalendarFeed:
    feed = repository.get_calendar_feed(session, tenant_id=tenant_id, feed_id=feed_id)
    if feed is None:
        raise NotFoundError("Calendar feed")
    return feed


def _new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)
