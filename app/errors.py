"""Problem Details (RFC 9457) for every error path: one shape, one renderer."""

import logging
from http import HTTPStatus
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://rejoinder.dev/problems/"
# What a client waits before retrying when the database does not answer (or is busy): a
# restart or fail-over takes seconds, and a client hammering it helps nobody.
DATABASE_RETRY_AFTER_SECONDS = 5
# The driver's "cannot connect / connection lost / locked" errors, and the pool's own wait
# running out: the database is unavailable, not the request wrong.
DATABASE_UNAVAILABLE = (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.TimeoutError)

logger = logging.getLogger(__name__)


class FieldError(BaseModel):
    """One bad field of a request."""

    field: str = Field(
        examples=["candidate.name"], description="Dotted path of the field, e.g. `candidate.name`."
    )
    location: str = Field(
        examples=["body"], description="Where the field was: `body`, `query`, `path`, `header`."
    )
    message: str = Field(
        examples=["String should have at most 200 characters"], description="What is wrong with it."
    )
    code: str = Field(
        examples=["string_too_long"],
        description="A stable machine-readable code, e.g. `string_too_long`.",
    )


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = Field(
        examples=["https://rejoinder.dev/problems/validation"],
        description="A URI naming the kind of problem.",
    )
    title: str = Field(
        examples=["Unprocessable Content"], description="A short summary of the kind of problem."
    )
    status: int = Field(examples=[422], description="The HTTP status code.")
    detail: str = Field(
        examples=["The request has invalid fields: candidate.name."],
        description="What went wrong with this request.",
    )
    instance: str | None = Field(
        examples=["/v1/rejections"], default=None, description="The request path."
    )
    errors: list[FieldError] | None = Field(
        default=None, description="For validation problems: each bad field."
    )


class AppError(Exception):
    """An expected failure that maps to one HTTP status and problem type."""

    def __init__(
        self, status: int, slug: str, detail: str, *, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.detail = detail
        self.headers = headers


class NotFoundError(AppError):
    def __init__(self, what: str) -> None:
        super().__init__(404, "not-found", f"{what} was not found.")


def problem_response(
    status: int,
    slug: str,
    detail: str,
    *,
    instance: str | None = None,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    problem = Problem(
        type=TYPE_BASE + slug,
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=instance,
        errors=errors,
    )
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def _field_errors(exc: RequestValidationError) -> list[FieldError]:
    errors = []
    for error in exc.errors():
        location, *path = error.get("loc", ("body",))
        errors.append(
            FieldError(
                field=".".join(str(part) for part in path) or str(location),
                location=str(location),
                message=str(error.get("msg", "invalid value")),
                code=str(error.get("type", "invalid")),
            )
        )
    return errors


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = _field_errors(exc)
    if any(error.code == "json_invalid" for error in errors):
        return problem_response(
            400,
            "malformed-json",
            "The request body is not valid JSON.",
            instance=request.url.path,
        )
    names = ", ".join(sorted({error.field for error in errors}))
    return problem_response(
        422,
        "validation",
        f"The request has invalid fields: {names}.",
        instance=request.url.path,
        errors=errors,
    )


async def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    slug = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "-")
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


async def _app_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return problem_response(
        exc.status, exc.slug, exc.detail, instance=request.url.path, headers=exc.headers
    )


async def _database_unavailable_handler(request: Request, exc: Exception) -> JSONResponse:
    # The driver's message names hosts and ports: it goes to the log, never to the client.
    logger.warning(
        "database unavailable",
        extra={"path": request.url.path, "error": type(getattr(exc, "orig", exc)).__name__},
    )
    return problem_response(
        503,
        "database-unavailable",
        "The database does not answer; retry in a few seconds.",
        instance=request.url.path,
        headers={"Retry-After": str(DATABASE_RETRY_AFTER_SECONDS)},
    )


async def _unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the log through uvicorn; the client learns nothing internal.
    return problem_response(
        500, "internal", "Something went wrong on our side.", instance=request.url.path
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(AppError, _app_error_handler)
    for unavailable in DATABASE_UNAVAILABLE:
        app.add_exception_handler(unavailable, _database_unavailable_handler)
    app.add_exception_handler(Exception, _unexpected_handler)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the problems a route can answer."""
    return {
        status: {
            "model": Problem,
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
