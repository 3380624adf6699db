"""The tables. Alembic (migrations/) owns the schema; these models describe it to the code."""

import uuid
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel

# Stable constraint names on SQLite and PostgreSQL alike, so migrations can name them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp; SQLite keeps no offset, so it is put back on read."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware UTC datetime")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def utcnow() -> datetime:
    return datetime.now(UTC)


def _owned_by(
    table: str, *, primary_key: bool = False, nullable: bool = False
) -> sa.Column[uuid.UUID]:
    """A reference to the row that owns this one: deleting the owner deletes it too."""
    return sa.Column(
        sa.Uuid,
        sa.ForeignKey(f"{table}.id", ondelete="CASCADE"),
        nullable=nullable,
        primary_key=primary_key,
    )


def _refers_to(table: str) -> sa.Column[uuid.UUID]:
    """A reference that outlives its target: deleting the target leaves null."""
    return sa.Column(sa.Uuid, sa.ForeignKey(f"{table}.id", ondelete="SET NULL"), nullable=True)


class Tenant(SQLModel, table=True):
    """A job board: every record belongs to exactly one."""

    __tablename__ = "tenant"

    id: uuid.UUID = Field(primary_key=True)
    name: str = Field(max_length=200, unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    # The tenant's own blackout ranges (e.g. retail peak season), beside the global ones.
    quiet_periods: list[str] | None = Field(default=None, sa_type=sa.JSON)


class ApiKey(SQLModel, table=True):
    """A tenant's API key. Only a hash of the secret is kept; `key_id` is public."""

    __tablename__ = "api_key"

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=_owned_by("tenant"))
    key_id: str = Field(max_length=32, unique=True)
    secret_hash: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class IdempotencyRecord(SQLModel, table=True):
    """The first response to an `Idempotency-Key`, replayed for 24 hours."""

    __tablename__ = "idempotency_record"
    __table_args__ = (
        sa.UniqueConstraint("tenant_id", "key"),
        # Erasing a rejection looks its replays up by this.
        sa.Index("ix_idempotency_record_rejection_id", "rejection_id"),
    )

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=_owned_by("tenant"))
    key: str = Field(max_length=255)
    request_hash: str = Field(max_length=64)
    status_code: int | None = None
    response_body: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    location: str | None = Field(default=None, max_length=200)
    # The rejection the stored answer shows: erasing the rejection erases the copy of its
    # drafts kept here for replays.
    rejection_id: uuid.UUID | None = Field(
        default=None, sa_column=_owned_by("rejection", nullable=True)
    )
    created_at: datetime = Field(sa_type=UTCDateTime)


class Rejection(SQLModel, table=True):
    __tablename__ = "rejection"
    __table_args__ = (
        sa.Index("ix_rejection_company_key_id", "company_key", "id"),
        sa.Index("ix_rejection_tenant_id_id", "tenant_id", "id"),
    )

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=_owned_by("tenant"))
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    status: str = Field(max_length=32)
    stage: str = Field(max_length=16, index=True)
    tone: str = Field(max_length=16)
    candidate_name: str = Field(max_length=200)
    company_name: str = Field(max_length=200)
    # casefolded in Python: SQLite's lower() only folds ASCII, PostgreSQL's folds more.
    # Folding can triple a character ("ΐ"), so a 200-character name needs room for 600.
    company_key: str = Field(max_length=600)
    role_title: str = Field(max_length=200)
    rejected_on: date
    external_ref: str | None = Field(default=None, max_length=200, index=True)
    candidate_ref: str | None = Field(default=None, max_length=200, index=True)
    context: dict[str, Any] = Field(sa_type=sa.JSON)
    fit: dict[str, Any] = Field(sa_type=sa.JSON)
    review: dict[str, Any] = Field(sa_type=sa.JSON)
    outcome: str | None = Field(default=None, max_length=32)
    notes: str | None = Field(default=None, sa_type=sa.Text)
    received_feedback: str | None = Field(default=None, sa_type=sa.Text)
    stopped_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    stop_reason: str | None = Field(default=None, max_length=32)
    # Where the rejection came from: `api`, or the ATS provider that posted it.
    source: str = Field(default="api", max_length=32)
    # What the candidate has done since, in their words: later steps are drafted from it.
    updates: list[str] | None = Field(default=None, sa_type=sa.JSON)


class Draft(SQLModel, table=True):
    __tablename__ = "draft"
    __table_args__ = (sa.UniqueConstraint("rejection_id", "kind", "position", "version"),)

    id: uuid.UUID = Field(primary_key=True)
    rejection_id: uuid.UUID = Field(sa_column=_owned_by("rejection"))
    kind: str = Field(max_length=32)
    # Orders drafts of one kind (one thank-you per interviewer); 0 for single drafts.
    position: int = 0
    version: int = 1
    channel: str = Field(max_length=16)
    tone: str = Field(max_length=16)
    variant: int = 0
    subject: str | None = Field(default=None, sa_type=sa.Text)
    body: str = Field(sa_type=sa.Text)
    word_count: int
    char_count: int
    char_limit: int | None = None
    template: str = Field(max_length=200)
    recipient: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(sa_type=UTCDateTime)


class PlanStep(SQLModel, table=True):
    __tablename__ = "plan_step"
    __table_args__ = (sa.Index("ix_plan_step_rejection_id_position", "rejection_id", "position"),)

    id: uuid.UUID = Field(primary_key=True)
    rejection_id: uuid.UUID = Field(sa_column=_owned_by("rejection"))
    position: int
    kind: str = Field(max_length=32)
    # A sentence that quotes names of up to 200 characters each.
    title: str = Field(sa_type=sa.Text)
    due_on: date
    channel: str | None = Field(default=None, max_length=16)
    status: str = Field(default="pending", max_length=16)
    subject: str | None = Field(default=None, sa_type=sa.Text)
    message: str | None = Field(default=None, sa_type=sa.Text)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The candidate's own note on the step (why it was skipped, what the reply said).
    note: str | None = Field(default=None, sa_type=sa.Text)
    # Why a cancelled step was cancelled: `replied` (a reply made it moot) or `unanswered`
    # (two touches in a row went unanswered); null when outreach was stopped as a whole.
    cancel_reason: str | None = Field(default=None, max_length=16)
    # An open posting the candidate added to the reach-out: the note is drafted about it.
    posting_title: str | None = Field(default=None, max_length=200)
    posting_url: str | None = Field(default=None, max_length=2000)


class PlanReply(SQLModel, table=True):
    """A reply the contact sent, as the candidate records it: the plan listens to these."""

    __tablename__ = "plan_reply"
    __table_args__ = (sa.Index("ix_plan_reply_rejection_id", "rejection_id"),)

    id: uuid.UUID = Field(primary_key=True)
    rejection_id: uuid.UUID = Field(sa_column=_owned_by("rejection"))
    # The day it came, in the candidate's zone: replies are weighed against the days touches
    # were sent, which are the candidate's days too.
    received_on: date
    channel: str = Field(max_length=16)
    summary: str | None = Field(default=None, sa_type=sa.Text)
    created_at: datetime = Field(sa_type=UTCDateTime)


# The "today" view reads pending steps by day across all of a tenant's rejections.
sa.Index("ix_plan_step_status_due_on", PlanStep.status, PlanStep.due_on)  # type: ignore[arg-type]


class CalendarFeed(SQLModel, table=True):
    """A subscription URL for one candidate's pending steps; only a hash of its token is kept."""

    __tablename__ = "calendar_feed"

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=_owned_by("tenant"))
    candidate_ref: str = Field(max_length=200)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    rotated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class OutboundEndpoint(SQLModel, table=True):
    """A tenant's webhook receiver. The secret signs every delivery, so it is kept as is."""

    __tablename__ = "outbound_endpoint"
    __table_args__ = (sa.Index("ix_outbound_endpoint_tenant_id_id", "tenant_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=_owned_by("tenant"))
    url: str = Field(max_length=2000)
    description: str | None = Field(default=None, max_length=200)
    events: list[str] = Field(sa_type=sa.JSON)
    secret: str = Field(max_length=100)
    # During a rotation both secrets sign, so receivers can switch without dropping a message.
    previous_secret: str | None = Field(default=None, max_length=100)
    previous_secret_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    disabled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class OutboxEvent(SQLModel, table=True):
    """An event, written in the transaction of the change that caused it."""

    __tablename__ = "outbox_event"
    __table_args__ = (sa.Index("ix_outbox_event_fanned_out_at_id", "fanned_out_at", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=_owned_by("tenant"))
    event_type: str = Field(max_length=64)
    data: dict[str, Any] = Field(sa_type=sa.JSON)
    # Set for events that must exist once only, such as `plan.step_due` for a step and day.
    dedupe_key: str | None = Field(default=None, max_length=200, unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    fanned_out_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class OutboundDelivery(SQLModel, table=True):
    """One event on its way to one endpoint, retried on a schedule until it lands or fails."""

    __tablename__ = "outbound_delivery"
    __table_args__ = (
        sa.UniqueConstraint("event_id", "endpoint_id"),
        sa.Index("ix_outbound_delivery_status_next_attempt_at", "status", "next_attempt_at"),
        sa.Index("ix_outbound_delivery_endpoint_id_id", "endpoint_id", "id"),
    )

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=_owned_by("tenant"))
    event_id: uuid.UUID = Field(sa_column=_owned_by("outbox_event"))
    endpoint_id: uuid.UUID = Field(sa_column=_owned_by("outbound_endpoint"))
    # pending -> delivering (leased to a worker) -> succeeded | pending (retry) | failed
    status: str = Field(default="pending", max_length=16)
    attempt_count: int = 0
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    lease_id: uuid.UUID | None = None
    leased_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_status_code: int | None = None
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class OutboundAttempt(SQLModel, table=True):
    """One HTTP request of a delivery, kept so a failure can be read back."""

    __tablename__ = "outbound_attempt"
    __table_args__ = (sa.Index("ix_outbound_attempt_delivery_id_id", "delivery_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    delivery_id: uuid.UUID = Field(sa_column=_owned_by("outbound_delivery"))
    attempted_at: datetime = Field(sa_type=UTCDateTime)
    status_code: int | None = None
    error: str | None = Field(default=None, max_length=500)
    duration_ms: int


# ATS integrations and the webhooks they post. Vendor secrets and API keys are stored as
# given: HMAC verification and Lever's API need the plaintext, so they cannot be hashed like
# API keys. At-rest encryption of these columns is left to the database/disk layer.


class Integration(SQLModel, table=True):
    """A tenant's connection to one ATS account: where its webhooks land and how to trust them."""

    __tablename__ = "integration"
    __table_args__ = (sa.Index("ix_integration_tenant_id_id", "tenant_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=_owned_by("tenant"))
    provider: str = Field(max_length=16)
    company_name: str = Field(max_length=200)
    secret: str | None = Field(default=None, max_length=512)
    # A rotated-out secret keeps verifying for 24 h, while the vendor switches over.
    previous_secret: str | None = Field(default=None, max_length=512)
    previous_secret_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    api_key: str | None = Field(default=None, max_length=512)
    api_base_url: str | None = Field(default=None, max_length=500)
    settings: dict[str, Any] = Field(sa_type=sa.JSON)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class WebhookDelivery(SQLModel, table=True):
    """One request to the receiver, and what became of it.

    `body` is kept only while the delivery waits to be processed (outcome `received`): it is
    the durable queue a restart sweeps. Refused deliveries never store a body.
    """

    __tablename__ = "webhook_delivery"
    __table_args__ = (
        sa.Index("ix_webhook_delivery_integration_id_id", "integration_id", "id"),
        sa.Index("ix_webhook_delivery_outcome", "outcome"),
    )

    id: uuid.UUID = Field(primary_key=True)
    integration_id: uuid.UUID = Field(sa_column=_owned_by("integration"))
    received_at: datetime = Field(sa_type=UTCDateTime)
    event: str | None = Field(default=None, max_length=100)
    delivery_id: str | None = Field(default=None, max_length=255)
    application_id: str | None = Field(default=None, max_length=200)
    # received | drafted | needs_details | withdrawn | duplicate | ignored | rejected_signature
    # | failed
    outcome: str = Field(max_length=24)
    error: str | None = Field(default=None, sa_type=sa.Text)
    # Refusals are counted on one entry per integration and window (whatever their reason;
    # `error` keeps the last), so a flood of forged requests cannot fill the table.
    count: int = 1
    last_received_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    rejection_id: uuid.UUID | None = Field(
        default=None,
        sa_column=_refers_to("rejection"),
    )
    body: bytes | None = Field(default=None, sa_type=sa.LargeBinary)


class WebhookDeliveryKey(SQLModel, table=True):
    """The vendor's delivery ids already accepted: a retry of one is a duplicate.

    A table of its own rather than a unique index on webhook_delivery, because duplicates and
    refusals are logged there too and must not claim (or be blocked by) the id.
    """

    __tablename__ = "webhook_delivery_key"

    integration_id: uuid.UUID = Field(sa_column=_owned_by("integration", primary_key=True))
    delivery_id: str = Field(max_length=255, primary_key=True)
    created_at: datetime = Field(sa_type=UTCDateTime)


class WebhookApplicationState(SQLModel, table=True):
    """The business key: an application is rejected (or un-rejected) once per integration.

    An `unrejected` row that exists before its `rejected` one remembers an un-rejection that
    overtook its rejection, so the late rejection is not drafted.
    """

    __tablename__ = "webhook_application_state"
    __table_args__ = (sa.UniqueConstraint("integration_id", "application_id", "state"),)

    id: uuid.UUID = Field(primary_key=True)
    integration_id: uuid.UUID = Field(sa_column=_owned_by("integration"))
    application_id: str = Field(max_length=200)
    state: str = Field(max_length=16)
    rejection_id: uuid.UUID | None = Field(
        default=None,
        sa_column=_refers_to("rejection"),
    )
    created_at: datetime = Field(sa_type=UTCDateTime)


class LeverSeenToken(SQLModel, table=True):
    """Lever `token`s already accepted: a request that reuses one is a replay (401)."""

    __tablename__ = "lever_seen_token"

    integration_id: uuid.UUID = Field(sa_column=_owned_by("integration", primary_key=True))
    token: str = Field(max_length=255, primary_key=True)
    seen_at: datetime = Field(sa_type=UTCDateTime)
