"""Plan steps as calendars: a rejection's `.ics`, and per-candidate subscription feeds.

A feed URL carries its own credential, an unguessable token, because calendar apps cannot send
an API key. Only a SHA-256 of the token is stored (as for API keys: 256 random bits need no
slow hash); rotating replaces it, revoking ends it, and either way the old URL is 404.
"""

import re
import secrets
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.calendar import (
    CalendarEntry,
    CalendarFile,
    build_calendar,
    content_hash,
    next_change_time,
    step_uid,
)
from app.db import Database
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
# The rejections among which the newest name names a feed: far more than one candidate's
# search holds, and a bound on what a poll reads.
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
    *, session: Session, database: Database, tenant_id: uuid.UUID, rejection_id: uuid.UUID
) -> CalendarFile:
    """`database` records a change of the file's content in a transaction of its own: the
    request's, a GET's, is one that only reads."""
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
    entries = _entries(session, [(step, rejection) for step in steps])
    return _served(session, database, tenant_id, rejection.id, _renderer(name, *entries))


def feed_calendar(*, session: Session, database: Database, token: str) -> CalendarFile:
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
    candidate = next((r.candidate_name.strip() for r in rejections if r.candidate_name.strip()), "")
    name = _words().feed_name(candidate=candidate)
    render = _renderer(name, *_entries(session, rows))
    return _served(session, database, feed.tenant_id, feed.id, render)


def _served(
    session: Session,
    database: Database,
    tenant_id: uuid.UUID,
    subject_id: uuid.UUID,
    render: Callable[[datetime], bytes],
) -> CalendarFile:
    """The file stamped with the time its content last changed (`subject_id`: what it shows).

    A render whose content is the stored one is served as it is and writes nothing; new
    content is recorded with the time it was first served, which is then its Last-Modified."""
    stored = repository.calendar_version(session, tenant_id=tenant_id, subject_id=subject_id)
    now = utcnow()
    stamp = stored.changed_at if stored is not None else now
    body = render(stamp)
    digest = content_hash(body)
    if stored is not None and stored.content_hash == digest:
        return CalendarFile(body=body, last_modified=stamp)
    changed = next_change_time(stored.changed_at if stored is not None else None, now)
    if changed > now:
        # A second change within one second: wait for the next second rather than send a
        # Last-Modified later than the response's Date (RFC 9110 8.8.2.1 forbids it).
        time.sleep((changed - now).total_seconds())
    with database.session(write=True) as writer, writer.begin():
        changed = repository.record_calendar_version(
            writer, tenant_id=tenant_id, subject_id=subject_id, content_hash=digest, now=changed
        )
    if changed != stamp:
        body = render(changed)
    return CalendarFile(body=body, last_modified=changed)


def _renderer(
    name: str, timezone: str, entries: list[CalendarEntry]
) -> Callable[[datetime], bytes]:
    def render(changed: datetime) -> bytes:
        return build_calendar(
            name=one_line(str(name)), timezone=timezone, entries=entries, last_modified=changed
        )

    return render


def _entries(
    session: Session, rows: Sequence[tuple[PlanStep, Rejection]]
) -> tuple[str, list[CalendarEntry]]:
    """The calendar's zone and one entry per step."""
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
            )
        )
    zone = str(rows[-1][1].context.get("timezone", "UTC")) if rows else "UTC"
    return zone, entries


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
    # Its URL is 404 for good: no calendar is left to date. A rotated feed keeps its time,
    # the same content under a new URL.
    repository.forget_calendar_version(session, tenant_id=tenant_id, subject_id=feed_id)


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
