"""The ASGI application: routers, middleware and error handlers."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version as package_version

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool

from app import access_log
from app.api import (
    calendar_feeds,
    drafts,
    endpoints,
    health,
    integrations,
    plans,
    problems,
    rejections,
    stats,
    webhooks,
)
from app.api.deps import IdempotentReplay
from app.api.openapi import TAGS, operation_id, sdk_document
from app.db import Database, sqlite_checkpoints
from app.error_handlers import install_error_handlers
from app.middleware import BodyGuard, SingleQueryValues
from app.ratelimit import RateLimiter
from app.services.webhook_settling import Settling, sweep_at_startup
from app.settings import Settings, get_settings
from app.worker import in_background as outbound_worker

DESCRIPTION = """
Rejoinder turns a job rejection into the next offer. Send the context of a rejection and get
back a drafted **last pitch**, a **feedback request** and a dated **follow-up plan** that keeps
the bridge with the hiring manager.

Every `/v1` call needs an API key (`Authorization: Bearer rj_live_…` or `X-API-Key`): press
**Authorize** and paste it. `make run` prints a development key on its first start.

Errors are `application/problem+json` (RFC 9457).
"""


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    database: Database = app.state.database
    try:
        # Webhooks acknowledged by a process that died before drafting them are drafted now.
        await run_in_threadpool(sweep_at_startup, Settling.of(settings, database))
        with sqlite_checkpoints(database.engine), outbound_worker(settings, database):
            yield
    finally:
        if app.state.owns_database:
            database.dispose()


def create_app(settings: Settings | None = None, *, database: Database | None = None) -> FastAPI:
    """The app, with `settings` (by default the environment's) read here once: routes get
    them from `app.state.settings` (SettingsDep) and pass services what they need.

    The app makes its database from the settings and disposes of it when it shuts down,
    unless it is given one (tests share theirs), which stays its giver's.
    """
    settings = settings or get_settings()
    access_log.install()
    app = FastAPI(
        title="Rejoinder",
        version=package_version("rejoinder"),
        description=DESCRIPTION,
        lifespan=_lifespan,
        servers=[{"url": settings.public_url, "description": "This Rejoinder service."}],
        openapi_tags=TAGS,
        license_info={"name": "MIT", "identifier": "MIT"},
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.owns_database = database is None
    app.state.database = database or Database.from_settings(settings)
    app.state.rate_limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.auth_failure_limiter = RateLimiter(settings.auth_failures_per_minute)
    app.add_middleware(
        BodyGuard,
        max_body_bytes=settings.max_body_bytes,
        # ATS payloads (Greenhouse's full application above all) and pasted emails outgrow
        # the API's limit.
        prefix_limits={
            "/v1/webhooks/": settings.webhook_max_body_bytes,
            "/v1/rejections": settings.email_max_body_bytes,
        },
        # A saved .eml or pasted text to parse; an email vendor's form (SendGrid, Mailgun).
        prefix_media_types={
            "/v1/rejections/parse": frozenset({"message/rfc822", "text/plain"}),
            "/v1/webhooks/": frozenset(
                {"multipart/form-data", "application/x-www-form-urlencoded"}
            ),
        },
    )
    app.add_middleware(SingleQueryValues)
    if settings.cors_origins:
        # Outermost, so a preflight is answered before any other check looks at it.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "X-API-Key",
                "Idempotency-Key",
                "Content-Type",
                "If-None-Match",
                "If-Modified-Since",
            ],
            expose_headers=[
                "Location",
                "Retry-After",
                "Idempotent-Replayed",
                "ETag",
                "Last-Modified",
            ],
            max_age=600,
        )
    install_error_handlers(app)
    app.openapi = sdk_document(app)  # type: ignore[method-assign]
    app.add_exception_handler(IdempotentReplay, _replay)
    for module in (
        health,
        rejections,
        drafts,
        stats,
        plans,
        calendar_feeds,
        endpoints,
        integrations,
        webhooks,
        problems,
    ):
        app.include_router(module.router)
    return app


async def _replay(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, IdempotentReplay)
    return exc.response()


app = create_app()
