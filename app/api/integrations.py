"""`/v1/integrations`: connect an ATS, rotate its secret, read its delivery log."""

import uuid
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Body, Query, Response, status

from app.api.common import AUTH_PROBLEMS
from app.api.deps import CallerDep, IdCursor, PageLimit, ResponderDep, SettingsDep
from app.db import DatabaseDep, SessionDep
from app.errors import problem_responses
from app.models.integrations import WebhookDeliveryOutcome
from app.schemas.integrations import (
    IntegrationCreate,
    IntegrationList,
    IntegrationPublic,
    IntegrationUpdate,
    IntegrationWithSecret,
)
from app.schemas.webhooks import WebhookDeliveryPage
from app.services import integrations as service
from app.services import webhook_settling

router = APIRouter(prefix="/v1/integrations", tags=["integrations"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=IntegrationWithSecret,
    responses=problem_responses(400, 403, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Connect an ATS",
    description="Answers with the `webhook_url` to paste into the ATS. For `generic` a "
    "`whsec_` signing secret is generated and shown in this answer only; for the others send "
    "the secret the vendor signs with. Secrets and API keys are never shown again.",
)
def create_integration(
    request: Annotated[IntegrationCreate, Body()],
    session: SessionDep,
    caller: CallerDep,
    responder: ResponderDep,
    settings: SettingsDep,
) -> Response:
    created = service.create_integration(
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
    response_model=IntegrationList,
    responses=problem_responses(*AUTH_PROBLEMS),
    summary="List the caller's integrations",
)
def list_integrations(session: SessionDep, caller: CallerDep) -> IntegrationList:
    return service.list_integrations(session=session, tenant_id=caller.tenant_id)


@router.get(
    "/{integration_id}",
    response_model=IntegrationPublic,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Read an integration (never its secrets)",
)
def get_integration(
    integration_id: uuid.UUID, session: SessionDep, caller: CallerDep
) -> IntegrationPublic:
    return service.get_integration(
        session=session, tenant_id=caller.tenant_id, integration_id=integration_id
    )


@router.patch(
    "/{integration_id}",
    response_model=IntegrationWithSecret,
    responses=problem_responses(400, 403, 404, 413, 415, 422, *AUTH_PROBLEMS),
    summary="Change an integration or rotate its secret",
    description="A new `secret` (or `rotate_secret: true` for `generic`) replaces the current "
    "one; the previous secret is still accepted for 24 hours. Deliveries kept as "
    "`awaiting_secret` are verified with a new secret and processed (or refused). Adding a Lever "
    "`api_key` "
    "processes again the archive events recorded as `needs_details`.",
)
def update_integration(
    integration_id: uuid.UUID,
    update: Annotated[IntegrationUpdate, Body()],
    session: SessionDep,
    caller: CallerDep,
    database: DatabaseDep,
    settings: SettingsDep,
    background: BackgroundTasks,
) -> IntegrationWithSecret:
    updated = service.update_integration(
        session=session,
        tenant_id=caller.tenant_id,
        integration_id=integration_id,
        update=update,
        policy=settings.url_policy(),
    )
    if update.api_key or update.secret:
        # A new API key completes `needs_details`; a new secret releases `awaiting_secret`.
        background.add_task(
            webhook_settling.sweep, webhook_settling.Settling.of(settings, database), integration_id
        )
    return updated


@router.delete(
    "/{integration_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Delete an integration and its delivery log",
    description="Its webhook URL answers 404 from then on. Rejections it drafted are kept.",
)
def delete_integration(integration_id: uuid.UUID, session: SessionDep, caller: CallerDep) -> None:
    service.delete_integration(
        session=session, tenant_id=caller.tenant_id, integration_id=integration_id
    )


@router.get(
    "/{integration_id}/deliveries",
    response_model=WebhookDeliveryPage,
    responses=problem_responses(404, 422, *AUTH_PROBLEMS),
    summary="Recent webhook deliveries, newest first",
    description="What each request to the webhook URL became: `drafted`, `needs_details`, "
    "`withdrawn`, `duplicate`, `ignored`, `rejected_signature` (refusals in a row are counted "
    "on one entry) or `failed`, with the error. Bodies are never shown.",
)
def list_integration_deliveries(
    integration_id: uuid.UUID,
    session: SessionDep,
    caller: CallerDep,
    limit: PageLimit = 20,
    cursor: IdCursor = None,
    outcome: Annotated[
        WebhookDeliveryOutcome | None, Query(description="Only this outcome.")
    ] = None,
) -> WebhookDeliveryPage:
    return service.list_deliveries(
        session=session,
        tenant_id=caller.tenant_id,
        integration_id=integration_id,
        limit=limit,
        cursor=cursor,
        outcome=outcome,
    )
