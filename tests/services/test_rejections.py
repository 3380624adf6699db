"""services.rejections: create, read, update, stop and delete, with what each stores and the
events each records."""

import uuid
from datetime import date, datetime, timedelta

import pytest

from app.errors import NotFoundError, UnprocessableError
from app.models import Draft, Rejection
from app.schemas import RejectionPublic, RejectionUpdate, StopReason, StopRequest, StopResult
from app.services import rejections
from tests.services.support import (
    SERVICE_QUIET,
    START,
    committed,
    context,
    count,
    events,
    stored_steps,
)


def create(tenant_id: uuid.UUID, now: datetime = START, **changes: object) -> RejectionPublic:
    return committed(
        lambda session: rejections.create_rejection(
            session=session,
            tenant_id=tenant_id,
            context=context(**changes),
            service_quiet=SERVICE_QUIET,
            now=now,
        )
    )


def test_creating_stores_the_rejection_its_drafts_and_its_plan_and_records_drafted(
    tenant_id: uuid.UUID,
) -> None:
    created = create(tenant_id)

    assert count(Rejection.__table__, id=created.id, tenant_id=tenant_id) == 1
    assert count(Draft.__table__, rejection_id=created.id, version=1) >= 2
    steps = stored_steps(created.id)
    assert [(step.id, step.kind, step.status) for step in steps] == [
        (step.id, str(step.kind), "pending") for step in created.follow_up_plan.steps
    ]
    assert all(step.due_on >= date(2026, 11, 20) for step in steps)
    assert events(tenant_id) == [
        (
            "rejection.drafted",
            {
                "rejection_id": str(created.id),
                "status": "drafted",
                "outcome": None,
                "external_ref": "app-8812",
                "candidate_ref": None,
                "company_name": "Acme Robotics",
                "role_title": "Senior Data Engineer",
            },
        )
    ]


def test_a_rejection_dated_after_the_candidates_today_is_refused_and_nothing_is_stored(
    tenant_id: uuid.UUID,
) -> None:
    # 02:00 UTC on the 21st is still the 20th in New York.
    late_evening = datetime.fromisoformat("2026-11-21T02:00:00+00:00")

    with pytest.raises(UnprocessableError, match="rejected_on"):
        create(tenant_id, now=late_evening, rejected_on="2026-11-21")

    assert count(Rejection.__table__, tenant_id=tenant_id) == 0
    assert events(tenant_id) == []
    assert create(tenant_id, now=late_evening, rejected_on="2026-11-20").status == "drafted"


def test_another_tenants_rejection_is_not_found_for_reading_changing_or_stopping(
    tenant_id: uuid.UUID, other_tenant_id: uuid.UUID
) -> None:
    created = create(tenant_id)
    calls = [
        lambda session: rejections.get_rejection(
            session=session, tenant_id=other_tenant_id, rejection_id=created.id
        ),
        lambda session: rejections.update_rejection(
            session=session,
            tenant_id=other_tenant_id,
            rejection_id=created.id,
            update=RejectionUpdate(notes="not mine"),
            service_quiet=SERVICE_QUIET,
        ),
        lambda session: rejections.stop_outreach(
            session=session,
            tenant_id=other_tenant_id,
            rejection_id=created.id,
            request=StopRequest(),
        ),
    ]
    for call in calls:
        with pytest.raises(NotFoundError):
            committed(call)

    assert events(other_tenant_id) == []
    assert [event_type for event_type, _ in events(tenant_id)] == ["rejection.drafted"]
    assert all(step.status == "pending" for step in stored_steps(created.id))


def test_an_update_is_stored_with_its_time_and_recorded_as_one_event(
    tenant_id: uuid.UUID,
) -> None:
    created = create(tenant_id)
    later = START + timedelta(days=2)

    updated = committed(
        lambda session: rejections.update_rejection(
            session=session,
            tenant_id=tenant_id,
            rejection_id=created.id,
            update=RejectionUpdate(outcome="new_interview", notes="Jordan called back."),
            service_quiet=SERVICE_QUIET,
            now=later,
        )
    )

    assert (updated.outcome, updated.notes, updated.updated_at) == (
        "new_interview",
        "Jordan called back.",
        later,
    )
    read = committed(
        lambda session: rejections.get_rejection(
            session=session, tenant_id=tenant_id, rejection_id=created.id
        )
    )
    assert (read.outcome, read.notes) == ("new_interview", "Jordan called back.")
    assert [(kind, data["outcome"]) for kind, data in events(tenant_id)] == [
        ("rejection.drafted", None),
        ("rejection.updated", "new_interview"),
    ]


def test_stopping_cancels_every_pending_step_once_and_a_second_stop_changes_nothing(
    tenant_id: uuid.UUID,
) -> None:
    created = create(tenant_id)

    def stop(reason: StopReason) -> StopResult:
        return committed(
            lambda session: rejections.stop_outreach(
                session=session,
                tenant_id=tenant_id,
                rejection_id=created.id,
                request=StopRequest(reason=reason),
            )
        )

    first = stop(StopReason.contact_asked)
    second = stop(StopReason.candidate_gave_up)

    assert first.status == "stopped"
    assert {step.id for step in first.cancelled_steps} == {
        step.id for step in created.follow_up_plan.steps
    }
    assert {step.status for step in stored_steps(created.id)} == {"cancelled"}
    assert second.cancelled_steps == []
    # The first stop's reason and time stand.
    assert (second.stop_reason, second.stopped_at) == (StopReason.contact_asked, first.stopped_at)
    assert [(kind, data["status"]) for kind, data in events(tenant_id)] == [
        ("rejection.drafted", "drafted"),
        ("rejection.updated", "stopped"),
    ]


def test_deleting_erases_the_rows_and_the_unsent_events_and_announces_only_the_id(
    tenant_id: uuid.UUID,
) -> None:
    created = create(tenant_id)

    committed(
        lambda session: rejections.delete_rejection(
            session=session, tenant_id=tenant_id, rejection_id=created.id
        )
    )

    assert count(Rejection.__table__, id=created.id) == 0
    assert count(Draft.__table__, rejection_id=created.id) == 0
    assert stored_steps(created.id) == []
    assert events(tenant_id) == [("rejection.deleted", {"rejection_id": str(created.id)})]
    with pytest.raises(NotFoundError):
        committed(
            lambda session: rejections.delete_rejection(
                session=session, tenant_id=tenant_id, rejection_id=created.id
            )
        )
