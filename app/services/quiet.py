"""Quiet periods: the service's own (a setting, which the caller passes in) and each tenant's
blackout ranges."""

import uuid

from sqlmodel import Session

from app import repository
from app.drafting.quiet import QuietPeriod, parse_period
from app.errors import NotFoundError
from app.models import Tenant
from app.schemas.plans import QuietPeriods


def quiet_for(
    session: Session, tenant_id: uuid.UUID, service_quiet: tuple[QuietPeriod, ...]
) -> tuple[QuietPeriod, ...]:
    """Every period in which no step of this tenant's plans may message a contact: the
    service's own (`service_quiet`, the setting) and the tenant's."""
    tenant = repository.get_tenant(session, tenant_id)
    own = (tenant.quiet_periods or []) if tenant is not None else []
    return service_quiet + tuple(parse_period(period) for period in own)


def get_quiet_periods(
    *, session: Session, tenant_id: uuid.UUID, defaults: list[str]
) -> QuietPeriods:
    """`defaults`: the service's own periods (the setting), shown beside the tenant's."""
    return _public(_tenant(session, tenant_id), defaults)


def set_quiet_periods(
    *, session: Session, tenant_id: uuid.UUID, periods: QuietPeriods, defaults: list[str]
) -> QuietPeriods:
    """Replace the tenant's periods; plans drafted from now on keep out of them."""
    tenant = _tenant(session, tenant_id)
    repository.update_tenant(session, tenant, {"quiet_periods": list(periods.periods)})
    return _public(tenant, defaults)


def _tenant(session: Session, tenant_id: uuid.UUID) -> Tenant:
    tenant = repository.get_tenant(session, tenant_id)
    if tenant is None:
        raise NotFoundError("Tenant")
    return tenant


def _public(tenant: Tenant, defaults: list[str]) -> QuietPeriods:
    return QuietPeriods(periods=tenant.quiet_periods or [], defaults=list(defaults))
