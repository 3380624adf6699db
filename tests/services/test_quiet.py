"""services.quiet: a tenant's blackout ranges are its own, and plans drafted after they are set
keep every step that messages a contact out of them."""

import uuid
from datetime import date

from app.drafting.quiet import parse_period
from app.schemas.plans import QuietPeriods
from app.services import quiet, rejections
from tests.services.support import SERVICE_QUIET, SERVICE_QUIET_PERIODS, START, committed, context

CONTACT_KINDS = {
    "send_last_pitch",
    "send_feedback_request",
    "connect_on_linkedin",
    "nudge",
    "value_check_in",
    "reach_out_about_role",
    "quarterly_check_in",
}


def test_a_tenants_periods_are_stored_for_it_alone_beside_the_defaults(
    tenant_id: uuid.UUID, other_tenant_id: uuid.UUID
) -> None:
    stored = committed(
        lambda session: quiet.set_quiet_periods(
            session=session,
            tenant_id=tenant_id,
            periods=QuietPeriods(periods=["11-25..12-24"], defaults=[]),
            defaults=SERVICE_QUIET_PERIODS,
        )
    )

    assert stored.periods == ["11-25..12-24"]
    assert stored.defaults == ["12-20..01-05"]
    mine = committed(lambda session: quiet.quiet_for(session, tenant_id, SERVICE_QUIET))
    theirs = committed(lambda session: quiet.quiet_for(session, other_tenant_id, SERVICE_QUIET))
    assert mine == (parse_period("12-20..01-05"), parse_period("11-25..12-24"))
    assert theirs == (parse_period("12-20..01-05"),)
    read = committed(
        lambda session: quiet.get_quiet_periods(
            session=session, tenant_id=tenant_id, defaults=SERVICE_QUIET_PERIODS
        )
    )
    assert read == stored


def test_a_plan_drafted_after_a_blackout_is_set_keeps_contact_steps_out_of_it(
    tenant_id: uuid.UUID, other_tenant_id: uuid.UUID
) -> None:
    committed(
        lambda session: quiet.set_quiet_periods(
            session=session,
            tenant_id=tenant_id,
            periods=QuietPeriods(periods=["2027-01-06..2027-01-31"], defaults=[]),
            defaults=SERVICE_QUIET_PERIODS,
        )
    )

    def plan(tenant: uuid.UUID) -> dict[str, date]:
        created = committed(
            lambda session: rejections.create_rejection(
                session=session,
                tenant_id=tenant,
                context=context(),
                service_quiet=SERVICE_QUIET,
                now=START,
            )
        )
        return {str(step.kind): step.due_on for step in created.follow_up_plan.steps}

    mine, theirs = plan(tenant_id), plan(other_tenant_id)

    for kind, due_on in mine.items():
        if kind in CONTACT_KINDS:
            assert not date(2026, 12, 20) <= due_on <= date(2027, 1, 31), (kind, due_on)
    assert mine["value_check_in"] == date(2027, 2, 1)
    # The other tenant's plan keeps only the service's own quiet period.
    assert date(2027, 1, 6) <= theirs["value_check_in"] <= date(2027, 1, 31)
