"""Quiet periods: the service's own (a setting) and each tenant's blackout ranges."""

import uuid

from sqlmodel import Session

from app import repository
from app.drafting.quiet import QuietPeriod, parse_period
from app.errors import NotFoundError
from app.models import Tenant
from app.schemas.plans import QuietPeriods
from app.settings import get_settings


def quiet_for(session: Session, tenant_id: uuid.UUID) -> tuple[QuietPeriod, ...]:
    """Every period in which no step of this tenant's plans may message a contact."""
    tenant = repository.get_tenant(session, tenant_id)
    own = (tenant.quiet_periods or []) if tenant is not None else []
    return get_settings().quiet() + tuple(parse_period(period) for period in own)


def get_quiet_periods(*, session: Session, tenant_id: uuid.UUID) -> QuietPeriods:
    return _public(_tenant(session, tenant_id))


def set_quiet_periods(
    *, session: Session, tenant_id: uuid.UUID, periods: QuietPeriods
) -> QuietPeriods:
    """Replace the tenant's periods; plans drafted from now on keep out of them."""
    tenant = _tenant(session, tenant_id)
    repository.update_tenant(session, tenant, {"quiet_periods": list(periods.periods)})
    return _public(tenant)


def _tenant(session: Session, tenant_id: uuid.UUID) -> Tenant:
    tenant = repository.get_tenant(session, tenant_id)
    if tenant is None:
        raise NotFoundError("Tenant")
    return tenant


def _public(tenant: Tenant) -> QuietPeriods:
    return QuietPeriods(
        periods=tenant.quiet_periods or [], defaults=list(get_settings().quiet_periods)
    )
