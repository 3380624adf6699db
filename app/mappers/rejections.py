"""Rejections, their drafts and plan steps: rows from the engine's result, responses from rows.

The one place a rejection changes shape. Write paths build the rows here, store them, and
answer with the response built from those same rows, so what a create returns is what a
later GET reads back. New rows are built with `model_construct`: their values come from the
validated context and the engine, and the ORM's instrumented constructor costs eight times
as much on the create path, where a rejection makes fifteen rows or so.
"""

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from uuid_utils.compat import uuid7

from app.drafting.context import RejectionContext
from app.drafting.reason import reading_of
from app.drafting.results import (
    DraftedMessage,
    DraftingResult,
    DraftKind,
    Drafts,
    Fit,
    PlannedStep,
    ReasonReading,
    Review,
)
from app.models import Draft, PlanStep, Rejection
from app.models.rejections import Outcome, RejectionStatus, StepStatus, StopReason
from app.schemas import (
    DraftPublic,
    DraftsPublic,
    FollowUpPlan,
    PlanStepPublic,
    RejectionPublic,
    RejectionSummary,
)
from app.schemas.drafts import DraftVersion
from app.schemas.plans import DueStep


def rejection_row(
    context: RejectionContext,
    result: DraftingResult,
    *,
    tenant_id: uuid.UUID,
    source: str,
    rejected_on: date,
    now: datetime,
) -> Rejection:
    return Rejection.model_construct(
        id=uuid7(),
        tenant_id=tenant_id,
        created_at=now,
        updated_at=now,
        status=RejectionStatus.drafted,
        stage=context.stage,
        tone=context.tone,
        candidate_name=context.candidate.name,
        company_name=context.company.name,
        company_key=context.company.name.casefold(),
        role_title=context.role.title,
        rejected_on=rejected_on,
        external_ref=context.external_ref,
        candidate_ref=context.candidate_ref,
        source=source,
        context=context.model_dump(mode="json"),
        fit=result.fit.model_dump(mode="json"),
        review=result.review.model_dump(mode="json"),
    )


def draft_rows(
    drafts: Drafts,
    *,
    rejection_id: uuid.UUID,
    version: int,
    tone: str,
    variant: int,
    now: datetime,
) -> list[Draft]:
    """One row per drafted message; thank-yous are numbered by position, the rest are 0."""
    optional = (drafts.feedback_request, drafts.linkedin_note)
    singles = [drafts.last_pitch, *(draft for draft in optional if draft is not None)]
    slots: list[tuple[DraftedMessage, int]] = [(draft, 0) for draft in singles]
    slots += [(draft, position) for position, draft in enumerate(drafts.interviewer_thanks)]
    return [
        Draft.model_construct(
            **dict(draft),
            id=uuid7(),
            rejection_id=rejection_id,
            position=position,
            version=version,
            tone=tone,
            variant=variant,
            created_at=now,
        )
        for draft, position in slots
    ]


def step_rows(
    steps: Iterable[PlannedStep], *, rejection_id: uuid.UUID, first_position: int = 0
) -> list[PlanStep]:
    return [
        PlanStep.model_construct(
            **dict(step),
            id=uuid7(),
            rejection_id=rejection_id,
            position=position,
            status=StepStatus.pending,
        )
        for position, step in enumerate(steps, start=first_position)
    ]


def draft_public(row: Draft) -> DraftPublic:
    return DraftPublic.model_validate(row)


def draft_version(row: Draft) -> DraftVersion:
    return DraftVersion.model_validate(row)


def drafts_public(rows: Iterable[Draft]) -> DraftsPublic:
    """The newest version of each draft slot, by kind; thank-yous in position order.

    Every drafting stores a whole version, so only the newest version's rows are shown: a slot
    it left out (no feedback request once the employer declined) never shows an older draft."""
    rows = list(rows)
    newest = max((row.version for row in rows), default=0)
    by_kind: dict[str, list[Draft]] = {}
    for row in sorted(rows, key=lambda row: (row.kind, row.position)):
        if row.version != newest:
            continue
        by_kind.setdefault(row.kind, []).append(row)
    linkedin = by_kind.get(DraftKind.linkedin_note, [])
    # None when the employer declined to give feedback: nothing asks for it.
    request = by_kind.get(DraftKind.feedback_request, [])
    return DraftsPublic(
        last_pitch=draft_public(by_kind[DraftKind.last_pitch][0]),
        feedback_request=draft_public(request[0]) if request else None,
        interviewer_thanks=[
            draft_public(row) for row in by_kind.get(DraftKind.interviewer_thanks, [])
        ],
        linkedin_note=draft_public(linkedin[0]) if linkedin else None,
    )


def step_public(row: PlanStep) -> PlanStepPublic:
    return PlanStepPublic.model_validate(row)


def due_step(step: PlanStep, rejection: Rejection) -> DueStep:
    return DueStep(
        **step_public(step).model_dump(),
        company_name=rejection.company_name,
        role_title=rejection.role_title,
        candidate_name=rejection.candidate_name,
        candidate_ref=rejection.candidate_ref,
    )


def rejection_public(
    rejection: Rejection,
    drafts: Iterable[Draft],
    steps: Sequence[PlanStep],
    *,
    context: RejectionContext | None = None,
    reason: ReasonReading | None = None,
) -> RejectionPublic:
    """A stored rejection as the API shows it. `context` and `reason` may be passed when the
    caller holds them already (the create path), to skip parsing the stored JSON again."""
    context = context or RejectionContext.model_validate(rejection.context)
    return RejectionPublic(
        id=rejection.id,
        created_at=rejection.created_at,
        updated_at=rejection.updated_at,
        status=RejectionStatus(rejection.status),
        outcome=Outcome(rejection.outcome) if rejection.outcome else None,
        notes=rejection.notes,
        received_feedback=rejection.received_feedback,
        updates=rejection.updates or [],
        stopped_at=rejection.stopped_at,
        stop_reason=StopReason(rejection.stop_reason) if rejection.stop_reason else None,
        context=context,
        drafts=drafts_public(drafts),
        # By day: steps a re-plan adds come last by position but belong in the plan's order.
        follow_up_plan=FollowUpPlan(
            steps=[
                step_public(step)
                for step in sorted(steps, key=lambda step: (step.due_on, step.position))
            ]
        ),
        fit=Fit.model_validate(rejection.fit),
        reason=reason or reading_of(context),
        review=Review.model_validate(rejection.review),
    )


def rejection_summary(row: Rejection) -> RejectionSummary:
    return RejectionSummary.model_validate(row)
