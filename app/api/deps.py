"""Dependencies every /v1 route shares: who is calling, and Idempotency-Key handling."""

import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Header, Query, Request, Response
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from app.db import SessionDep, app_database
from app.errors import (
    RateLimitedError,
    TooManyFailedAuthenticationsError,
    UnauthorizedError,
)
from app.models import IdempotencyRecord, utcnow
from app.paging import ID_CURSOR_PATTERN
from app.ratelimit import RateLimiter
from app.security import key_id_of, key_matches
from app.services import idempotency as idempotency_service
from app.services import keys as key_service
from app.settings import Settings

logger = logging.getLogger(__name__)

_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer rj_live_…`.")
_api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="The same API key in `X-API-Key`."
)


@dataclass(frozen=True, slots=True)
class Caller:
    tenant_id: uuid.UUID
    key_id: str


def authenticate(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_api_key_header)],
) -> Caller:
    presented = bearer.credentials if bearer else header_key
    if not presented:
        raise UnauthorizedError("Send an API key: `Authorization: Bearer <key>` or `X-API-Key`.")
    # Failed authentications are limited per client address, checked before the lookup so a
    # flood of guesses costs no database work. The key itself is never logged.
    address = request.client.host if request.client else "unknown"
    failures: RateLimiter = request.app.state.auth_failure_limiter
    wait = failures.waiting(address)
    if wait is not None:
        logger.info("failed authentications throttled", extra={"client_address": address})
        raise TooManyFailedAuthenticationsError(
            f"Over {failures.per_minute} failed authentications a minute from this address; "
            f"retry in {wait} s.",
            retry_after=wait,
        )
    key_id = key_id_of(presented)
    engine = app_database(request).engine
    key = key_service.find_key_credentials(engine, key_id) if key_id else None
    # Hash and compare even for an unknown id, so timing does not tell ids apart.
    known_hash = key.secret_hash if key else "0" * 64
    if not key_matches(presented, known_hash) or key is None or key.revoked_at is not None:
        failures.retry_after(address)
        logger.info("api key refused", extra={"key_id": key_id or "malformed"})
        raise UnauthorizedError("The API key is not valid, or it was revoked.")
    limiter: RateLimiter = request.app.state.rate_limiter
    wait = limiter.retry_after(key.key_id)
    if wait is not None:
        raise RateLimitedError(
            f"Over {limiter.per_minute} requests a minute for this key; retry in {wait} s.",
            retry_after=wait,
        )
    return Caller(tenant_id=key.tenant_id, key_id=key.key_id)


CallerDep = Annotated[Caller, Depends(authenticate)]


def app_settings(request: Request) -> Settings:
    """The settings the app was made with (create_app keeps them on the app's state)."""
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(app_settings)]


class IdempotentReplay(Exception):  # noqa: N818 - not an error: a stored answer to send again
    def __init__(self, record: IdempotencyRecord) -> None:
        super().__init__("idempotent replay")
        # Copied out now: the rollback that follows this exception expires the ORM object.
        self.status_code = record.status_code or 200
        self.body = record.response_body or b""
        self.location = record.location

    def response(self) -> Response:
        headers = {"Idempotent-Replayed": "true"}
        if self.location:
            headers["Location"] = self.location
        return Response(
            self.body, status_code=self.status_code, media_type="application/json", headers=headers
        )


class Responder:
    """Turns a route's result into its response, remembering it under an Idempotency-Key."""

    def __init__(self, session: SessionDep, caller: Caller, key: str | None) -> None:
        self._session = session
        self._caller = caller
        self._key = key

    def respond(
        self,
        model: BaseModel,
        *,
        status_code: int = 200,
        location: str | None = None,
        rejection_id: uuid.UUID | None = None,
        stored: BaseModel | None = None,
    ) -> Response:
        """`rejection_id` names the rejection the answer shows, so erasing it erases the
        stored copy too. `stored` is what a replay answers instead, when the answer holds a
        one-time secret that must not be kept."""
        body = model.model_dump_json().encode()
        if self._key is not None:
            idempotency_service.complete(
                self._session,
                tenant_id=self._caller.tenant_id,
                key=self._key,
                status_code=status_code,
                body=body if stored is None else stored.model_dump_json().encode(),
                location=location,
                rejection_id=rejection_id,
            )
        headers = {"Location": location} if location else None
        return Response(body, status_code, headers=headers, media_type="application/json")


async def idempotency(
    request: Request,
    session: SessionDep,
    caller: CallerDep,
    settings: SettingsDep,
    key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            min_length=1,
            max_length=255,
            description="Any unique string (a UUID, say): a retry with the same key and body "
            "answers the first answer again, with `Idempotent-Replayed: true`, instead of "
            "acting twice; the same key with another body is a `422` "
            "(`idempotency-key-reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).",
            examples=["3f0c9a4e-5b8d-4d7e-9a61-2c1e8b7f4d20"],
        ),
    ] = None,
) -> Responder:
    if key is None:
        return Responder(session, caller, None)
    digest = hashlib.sha256(
        request.method.encode() + b" " + request.url.path.encode() + b"\n" + await request.body()
    ).hexdigest()
    ttl = timedelta(hours=settings.idempotency_ttl_hours)
    await run_in_threadpool(_claim, session, caller, key, digest, ttl)
    return Responder(session, caller, key)


def _claim(session: SessionDep, caller: Caller, key: str, digest: str, ttl: timedelta) -> None:
    held = idempotency_service.claim(
        session,
        tenant_id=caller.tenant_id,
        key=key,
        request_hash=digest,
        now=utcnow(),
        ttl=ttl,
    )
    if held is not None:
        raise IdempotentReplay(held)


ResponderDep = Annotated[Responder, Depends(idempotency)]


PageLimit = Annotated[int, Query(ge=1, le=100, description="Page size (1-100).")]
IdCursor = Annotated[
    str | None,
    Query(
        pattern=ID_CURSOR_PATTERN,
        description="The `next_cursor` of the previous page.",
        examples=["AZNrjm8qfEGdDjtfKoyeEA"],
    ),
]
