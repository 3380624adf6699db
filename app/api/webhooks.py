"""`POST /v1/webhooks/{integration_id}`: the ATS receiver. No API key: the vendor's signature
is the auth, checked over the raw body before anything is parsed."""

import uuid
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Request, Response
from starlette.concurrency import run_in_threadpool

from app.api.deps import SettingsDep
from app.db import DatabaseDep, SessionDep
from app.error_handlers import problem_response
from app.errors import problem_responses
from app.schemas.webhooks import WebhookReceipt
from app.services import webhook_settling
from app.services import webhooks as service

router = APIRouter(prefix="/v1/webhooks", tags=["receivers"])

# The body is the vendor's own JSON, read raw (signatures cover its exact bytes), so it is
# documented rather than declared as a parameter.
_RAW_JSON_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The vendor's body exactly as it sends it: JSON from Greenhouse, Lever, "
        "Ashby, Workable, a Standard Webhooks `generic` sender or Postmark's inbound webhook; "
        "a form from SendGrid's Inbound Parse (`multipart/form-data`) or a Mailgun route "
        "(`multipart/form-data` or `application/x-www-form-urlencoded`).",
        "content": {
            "application/json": {
                "schema": {"type": "object", "additionalProperties": True},
                "example": {"action": "ping", "payload": {}},
            },
            "multipart/form-data": {
                "schema": {"type": "object", "additionalProperties": True},
            },
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "additionalProperties": True},
            },
        },
    }
}


@router.post(
    "/{integration_id}",
    response_model=WebhookReceipt,
    responses=problem_responses(400, 401, 403, 404, 406, 413, 415, 422, 503),
    openapi_extra=_RAW_JSON_BODY,
    summary="Receive an ATS webhook or a forwarded email",
    description="Verifies the vendor's signature over the raw body (Greenhouse `Signature`, "
    "Lever's body `signature`, `Ashby-Signature`, `X-Workable-Signature`, Standard "
    "Webhooks `webhook-signature`, Mailgun's body `signature` over `timestamp` + "
    "`token`) or the Basic credentials of the webhook URL (Postmark, SendGrid), "
    "deduplicates, stores the delivery and answers `200` at once; the drafting "
    "happens after the answer. Handshakes (`ping`, Lever's test) are answered `200`"
    " and stored nowhere. A forwarded email is parsed and drafted like an ATS "
    "rejection; one that is not a rejection is `ignored`. A missing, wrong, stale "
    "or replayed signature (a Mailgun token used twice) or wrong Basic credentials "
    "are a `401`. While the integration has no secret yet, an unverifiable delivery"
    " is kept as `awaiting_secret` (`200`) and verified once a secret is set; past "
    "200 of them, `503` with `Retry-After`.",
)
async def receive_webhook(
    integration_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    database: DatabaseDep,
    settings: SettingsDep,
    background: BackgroundTasks,
) -> Response:
    body = await request.body()
    headers = {name.lower(): value for name, value in request.headers.items()}
    refusal_window = timedelta(seconds=settings.webhook_refusal_window_seconds)
    result = await run_in_threadpool(
        lambda: service.receive(
            session=session,
            integration_id=integration_id,
            headers=headers,
            body=body,
            refusal_window=refusal_window,
        )
    )
    if isinstance(result, service.Refused):
        # Returned, not raised: the session then commits the counted refusal it logged.
        retry = {"Retry-After": str(result.retry_after)} if result.retry_after else None
        return problem_response(
            result.status, result.slug, result.detail, instance=request.url.path, headers=retry
        )
    if result.process_id is not None:
        background.add_task(
            webhook_settling.process_delivery,
            result.process_id,
            webhook_settling.Settling.of(settings, database),
        )
    return Response(result.receipt.model_dump_json(), media_type="application/json")
