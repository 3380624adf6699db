"""Every error path answered as a problem (RFC 9457): one renderer, and the exception
handlers that reach it."""

import logging
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import Receive, Scope, Send

from app.errors import (
    NO_TYPE,
    PROBLEM_JSON,
    AppError,
    DatabaseUnavailableError,
    FieldError,
    MalformedJsonError,
    Problem,
    UnprocessableError,
    field_error,
    invalid_fields,
    reason_phrase,
    status_slug,
    type_uri,
)

# What a client waits before retrying when the database does not answer (or is busy): a
# restart or fail-over takes seconds, and a client hammering it helps nobody.
DATABASE_RETRY_AFTER_SECONDS = 5
# The driver's "cannot connect / connection lost / locked" errors, and the pool's own wait
# running out: the database is unavailable, not the request wrong.
DATABASE_UNAVAILABLE = (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.TimeoutError)

logger = logging.getLogger(__name__)


class ProblemResponse(JSONResponse):
    """A problem document whose `type` is written as it is sent, under the `public_url` of
    the app sending it (`scope["app"]`, set before any middleware runs): no renderer needs
    the settings passed in. Until then, and in an app without settings, the `type` is the
    bare path, a relative reference RFC 9457 allows."""

    media_type = PROBLEM_JSON

    def __init__(
        self, problem: Problem, slug: str | None, headers: Mapping[str, str] | None = None
    ) -> None:
        self.problem = problem
        self.slug = slug
        super().__init__(self._content(""), status_code=problem.status, headers=headers)

    def _content(self, base_url: str) -> dict[str, Any]:
        return self.problem.model_copy(update={"type": type_uri(base_url, self.slug)}).model_dump(
            exclude_none=True
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        settings = getattr(getattr(scope.get("app"), "state", None), "settings", None)
        public_url = getattr(settings, "public_url", None)
        if isinstance(public_url, str):
            self.body = self.render(self._content(public_url))
            self.headers["content-length"] = str(len(self.body))
        await super().__call__(scope, receive, send)


def problem_response(
    status: int,
    slug: str | None,
    detail: str,
    *,
    instance: str | None = None,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
) -> ProblemResponse:
    """The one renderer of a problem (`slug` None: a status with no type of its own). The
    exception handlers reach it through `_render`; only what answers outside them calls it
    directly: the ASGI guards in app/middleware.py, which run before routing, and the
    webhook route, which returns its refusal so the session commits what the refusal
    logged."""
    problem = Problem(
        type=NO_TYPE,  # ProblemResponse writes it, from `slug`, as it is sent
        title=reason_phrase(status),
        status=status,
        detail=detail,
        instance=instance,
        errors=errors,
    )
    return ProblemResponse(problem, slug, headers=headers)


def error_response(error: AppError, instance: str) -> ProblemResponse:
    """The problem of `error` at the path `instance`."""
    return problem_response(
        error.status,
        error.slug,
        error.detail,
        instance=instance,
        errors=error.errors,
        headers=error.headers,
    )


def _field_errors(exc: RequestValidationError) -> list[FieldError]:
    errors = []
    for error in exc.errors():
        location, *path = error.get("loc", ("body",))
        # A route that validates a body itself and leaves `body` unset keeps pydantic's path.
        body = exc.body if location == "body" else None
        errors.append(field_error(error, str(location), path, body=body))
    return errors


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = _field_errors(exc)
    if any(error.code == "json_invalid" for error in errors):
        return _render(request, MalformedJsonError("The request body is not valid JSON."))
    return _render(request, UnprocessableError(invalid_fields(errors), errors=errors))


async def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    slug = status_slug(exc.status_code)
    headers = dict(exc.headers) if exc.headers else {}
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request)
    return problem_response(
        exc.status_code, slug, str(exc.detail), instance=request.url.path, headers=headers
    )


def _allowed_methods(request: Request) -> str:
    # Starlette names only the first route that matched the path; a resource such as
    # /v1/rejections is served by several routes, and Allow must list all their methods.
    methods: set[str] = set()
    for context in iter_route_contexts(request.app.router.routes):
        if context.route.matches(request.scope)[0] != Match.NONE:
            methods |= context.methods or set()
    return ", ".join(sorted(methods))


def _render(request: Request, error: AppError) -> JSONResponse:
    """The one path from a raised AppError to its problem+json response."""
    return error_response(error, request.url.path)


async def _app_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return _render(request, exc)


async def _database_unavailable_handler(request: Request, exc: Exception) -> JSONResponse:
    # The driver's message names hosts and ports: it goes to the log, never to the client.
    logger.warning(
        "database unavailable",
        extra={"path": request.url.path, "error": type(getattr(exc, "orig", exc)).__name__},
    )
    return _render(
        request,
        DatabaseUnavailableError(
            "The database does not answer; retry in a few seconds.",
            retry_after=DATABASE_RETRY_AFTER_SECONDS,
        ),
    )


async def _unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the log through uvicorn; the client learns nothing internal.
    return _render(request, AppError("Something went wrong on our side."))


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(AppError, _app_error_handler)
    for unavailable in DATABASE_UNAVAILABLE:
        app.add_exception_handler(unavailable, _database_unavailable_handler)
    app.add_exception_handler(Exception, _unexpected_handler)
