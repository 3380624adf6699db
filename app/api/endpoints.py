"""`/v1/endpoints`: where Rejoinder sends signed event notifications, and how that went."""

import uuid
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Body, Query, Response, status

from app.api.common import AUTH_PROBLEMS
from app.api.deps import CallerDep, IdCursor, PageLimit, ResponderDep, SettingsDep
from app.db import SessionDep
from app.errors import problem_responses
from app.models.outbound import DeliveryStatus
from app.schemas.endpoints import (
    DeliveryPage,
    DeliveryPublic,
    EndpointCreate,
    EndpointList,
    EndpointPublic,
    EndpointSecret,
    EndpointUpdate,
)
from app.services import endpoints as service

router = APIRouter(prefix="/v1/endpoints", tags=["outbound notifications"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=EndpointSecret,
    responses=problem_responses(400, 403, 409, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Register an endpoint for event notifications",
    description="Answers with the Standard Webhooks signing secret, once. The URL must be "
    "https and reach a public address: a URL Rejoinder may not call is a 403.",
)
def create_endpoint(
    request: Annotated[EndpointCreate, Body()],
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
    settings: SettingsDep,
) -> Response:
    created = service.create_endpoint(
        session=session,
        tenant_id=caller.tenant_id,
        request=request,
        policy=settings.url_policy(),
    )
    return responder.respond(
        created,
        status_code=201,
        location=f"{router.prefix}/{created.id}",
        stored=created.without_secret(),
    )


@router.get(
    "",
    response_model=EndpointList,
    responses=problem_responses(422, *AUTH_PROBLEMS),
    summary="List endpoints, newest first",
)
def list_endpoints(session: SessionDep, caller: CallerDep) -> EndpointList:
    return service.list_endpoints(session=session, tenant_id=caller.tenant_id)


@router.get(
    "/{endpoint_id}",
    response_model=EndpointPublic,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Read an endpoint",
)
def get_endpoint(endpoint_id: uuid.UUID, session: SessionDep, caller: CallerDep) -> EndpointPublic:
    return service.get_endpoint(
        session=session, tenant_id=caller.tenant_id, endpoint_id=endpoint_id
    )


@router.patch(
    "/{endpoint_id}",
    response_model=EndpointPublic,
    responses=problem_responses(400, 404, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Disable or enable an endpoint, or change its events",
)
def update_endpoint(
    endpoint_id: uuid.UUID,
    update: Annotated[EndpointUpdate, Body()],
    session: SessionDep,
    caller: CallerDep,
) -> EndpointPublic:
    return service.update_endpoint(
        session=session, tenant_id=caller.tenant_id, endpoint_id=endpoint_id, update=update
    )


@router.delete(
    "/{endpoint_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Delete an endpoint with its deliveries",
)
def delete_endpoint(endpoint_id: uuid.UUID, session: SessionDep, caller: CallerDep) -> None:
    service.delete_endpoint(session=session, tenant_id=caller.tenant_id, endpoint_id=endpoint_id)


@router.post(
    "/{endpoint_id}/rotate-secret",
    response_model=EndpointSecret,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Replace the signing secret",
    description="The new secret signs from now on. For a day (a setting) the old one signs "
    "beside it, so a receiver can switch without dropping a message.",
)
def rotate_endpoint_secret(
    endpoint_id: uuid.UUID,
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
    settings: SettingsDep,
) -> Response:
    rotated = service.rotate_secret(
        session=session,
        tenant_id=caller.tenant_id,
        endpoint_id=endpoint_id,
        overlap=timedelta(hours=settings.secret_rotation_overlap_hours),
    )
    return responder.respond(rotated, stored=rotated.without_secret())


@router.get(
    "/{endpoint_id}/deliveries",
    response_model=DeliveryPage,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Deliveries to an endpoint with every attempt, newest first",
)
def list_endpoint_deliveries(
    endpoint_id: uuid.UUID,
    session: SessionDep,
    caller: CallerDep,
    limit: PageLimit = 20,
    cursor: IdCursor = None,
    delivery_status: Annotated[
        DeliveryStatus | None, Query(alias="status", description="Only deliveries in this state.")
    ] = None,
) -> DeliveryPage:
    return service.list_outbound_deliveries(
        session=session,
        tenant_id=caller.tenant_id,
        endpoint_id=endpoint_id,
        limit=limit,
        cursor=cursor,
        status=delivery_status,
    )


@router.post(
    "/{endpoint_id}/deliveries/{delivery_id}/retry",
    response_model=DeliveryPublic,
    responses=problem_responses(404, 409, 422, *AUTH_PROBLEMS),
    summary="Queue a failed (or delivered) delivery again, now",
    description="The delivery starts a fresh retry schedule. A delivery still queued is a 409.",
)
def retry_endpoint_delivery(
    endpoint_id: uuid.UUID,
    delivery_id: uuid.UUID,
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
) -> Response:
    retried = service.retry_delivery(
        session=session,
        tenant_id=caller.tenant_id,
        endpoint_id=endpoint_id,
        delivery_id=delivery_id,
    )
    return responder.respond(retried)
