"""Problem Details (RFC 9457): the one shape of every error, the kinds of problem a client
tells apart by `type`, and how a field is named in one. app/error_handlers.py renders them."""

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from pydantic import BaseModel, Field

PROBLEM_JSON = "application/problem+json"
# A problem's `type` is the settings' `public_url` + this + its slug: the page explaining it
# (app/api/problems.py), served by the service itself.
PROBLEMS_PATH = "/problems/"
# RFC 9457's type of a problem with no meaning beyond its status: one no page explains.
NO_TYPE = "about:blank"


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
        examples=["http://127.0.0.1:8000/problems/validation"],
        description="A URI naming the kind of problem: `<public URL>/problems/<slug>`, a page "
        "saying what it means and how to fix it (`GET /problems` lists them all).",
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
    """An expected failure, answered as one problem: `status` and `slug` (the tail of the
    problem's `type` URI) are class attributes, each instance carries its `detail`.

    The base itself is the 500 an unexpected exception is answered with. The direct
    subclasses name a status, and their `slug` (that status's phrase; 422's is `validation`,
    the type of every invalid field) is also the type of an HTTPException of that status; a
    subclass of those names one kind of problem clients tell apart by its `type`. Each slug
    has its page (app/api/problems.py). Every one is rendered by `error_response`."""

    status: int = 500
    slug: str = "internal"
    errors: list[FieldError] | None = None

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers


class BadRequestError(AppError):
    status = 400
    slug = "bad-request"


class MalformedJsonError(BadRequestError):
    slug = "malformed-json"


# The webhook receiver's refusals (app/services/webhooks.py `Refused`), which it returns
# rather than raises so the refusal it logged is committed: these classes name their types.
class MalformedPayloadError(BadRequestError):
    """An ATS or email vendor's delivery that cannot be read; an email vendor that retries
    only some statuses gets its own (403 Postmark, 406 Mailgun)."""

    slug = "malformed-payload"


class UnauthorizedError(AppError):
    """No API key, or one that is not valid; names the scheme to authenticate with."""

    status = 401
    slug = "unauthorized"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="rejoinder"'})


class InvalidSignatureError(UnauthorizedError):
    """A webhook delivery whose signature does not verify, or one replayed."""

    slug = "invalid-signature"


class ForbiddenError(AppError):
    status = 403
    slug = "forbidden"


class UrlNotAllowedError(ForbiddenError):
    """An outbound URL the settings do not let Rejoinder call (private address, plain http)."""

    slug = "url-not-allowed"


class NotFoundError(AppError):
    status = 404
    slug = "not-found"

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} was not found.")


class MethodNotAllowedError(AppError):
    """`detail` says which method to use; `Allow` lists it."""

    status = 405
    slug = "method-not-allowed"

    def __init__(self, detail: str, *, allow: str) -> None:
        super().__init__(detail, headers={"Allow": allow})


class ConflictError(AppError):
    status = 409
    slug = "conflict"


class AlreadyQueuedError(ConflictError):
    slug = "already-queued"


class InvalidTransitionError(ConflictError):
    slug = "invalid-transition"


class OutreachStoppedError(ConflictError):
    slug = "outreach-stopped"


class TooManyEndpointsError(ConflictError):
    slug = "too-many-endpoints"


class TooManyVersionsError(ConflictError):
    slug = "too-many-versions"


class UnprocessableError(AppError):
    """A request with invalid fields, or a value that is well-formed but cannot be used,
    such as a rejection dated tomorrow."""

    status = 422
    slug = "validation"

    def __init__(self, detail: str, *, errors: list[FieldError] | None = None) -> None:
        super().__init__(detail)
        self.errors = errors


class IdempotencyKeyReusedError(UnprocessableError):
    slug = "idempotency-key-reused"


class UnreadableEmailError(UnprocessableError):
    """The `email` is empty, binary, or otherwise no email at all."""

    slug = "unreadable-email"


class NotARejectionError(UnprocessableError):
    """The `email` reads as something else (an interview invitation, an offer)."""

    slug = "not-a-rejection"


class ContentTooLargeError(AppError):
    status = 413
    slug = "request-entity-too-large"


class BodyTooLargeError(ContentTooLargeError):
    """A request body over its path's limit, refused before routing (app/middleware.py)."""

    slug = "body-too-large"


class EmailTooLargeError(ContentTooLargeError):
    """An email over 256 KiB: the whole body's limit is the middleware's, this is the
    email's own inside it."""

    slug = "email-too-large"


class UnsupportedMediaTypeError(AppError):
    status = 415
    slug = "unsupported-media-type"


class TooManyRequestsError(AppError):
    """Over a rate; says in `Retry-After` how many seconds to wait."""

    status = 429
    slug = "too-many-requests"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after)})


class RateLimitedError(TooManyRequestsError):
    slug = "rate-limited"


class TooManyFailedAuthenticationsError(TooManyRequestsError):
    slug = "too-many-failed-authentications"


class ServiceUnavailableError(AppError):
    status = 503
    slug = "service-unavailable"

    def __init__(self, detail: str, *, retry_after: int | None = None) -> None:
        headers = None if retry_after is None else {"Retry-After": str(retry_after)}
        super().__init__(detail, headers=headers)


class DatabaseUnavailableError(ServiceUnavailableError):
    slug = "database-unavailable"


class AwaitingSecretError(ServiceUnavailableError):
    """A webhook delivery to an integration with no secret, while its parking is full."""

    slug = "awaiting-secret"


def problem_classes() -> dict[str, type[AppError]]:
    """Every problem type the service answers, by slug: the classes of the hierarchy, which
    also name the types the HTTPException handler and the webhook receiver use."""
    found: dict[str, type[AppError]] = {}
    pending: list[type[AppError]] = [AppError]
    while pending:
        cls = pending.pop(0)
        found.setdefault(cls.slug, cls)
        pending.extend(cls.__subclasses__())
    return found


def status_slug(status: int) -> str | None:
    # An HTTPException (Starlette's 404 and 405, a form that cannot be parsed) has the type
    # of the class of its status, so each such type has its page; a status no class names
    # has no meaning beyond itself.
    return next((cls.slug for cls in AppError.__subclasses__() if cls.status == status), None)


# RFC 9110 renamed these; Python's HTTPStatus keeps the older phrases until 3.13.
_RFC_9110_PHRASES = {
    413: "Content Too Large",
    414: "URI Too Long",
    416: "Range Not Satisfiable",
    422: "Unprocessable Content",
}


def type_uri(base_url: str, slug: str | None) -> str:
    """A problem's `type`: its page under the service's `base_url` (`about:blank` for a
    status with no type of its own)."""
    return base_url + PROBLEMS_PATH + slug if slug else NO_TYPE


def reason_phrase(status: int) -> str:
    """The current (RFC 9110) reason phrase of `status`: a problem's `title`."""
    return _RFC_9110_PHRASES.get(status) or HTTPStatus(status).phrase


def field_error(
    error: Mapping[str, Any], location: str, path: Sequence[Any], *, body: Any = None
) -> FieldError:
    """One pydantic error as the problem's entry for its field; given the `body` validated,
    its path is spelled as the body spells it (`body_path`)."""
    if body is not None:
        path = body_path(body, path)
    return FieldError(
        field=".".join(str(part) for part in path) or location,
        location=location,
        message=str(error.get("msg", "invalid value")),
        code=str(error.get("type", "invalid")),
    )


def invalid_fields(errors: Sequence[FieldError]) -> str:
    """The detail of a validation problem: which fields."""
    return f"The request has invalid fields: {', '.join(sorted({e.field for e in errors}))}."


def body_path(body: Any, path: Sequence[Any]) -> list[Any]:
    """`path` as the body spells it. Pydantic puts into `loc` what the body does not hold: a
    tagged union's tag (`greenhouse` in `greenhouse.company_name`), a plain union's member
    (`str`, `function-after[...]`). An intermediate segment that is not a key of (or an index
    into) the body at that point is dropped; the last one stays, since a missing field is not
    in the body either."""
    kept: list[Any] = []
    value = body
    for part in path[:-1]:
        if _holds(value, part):
            value = value[part]
            kept.append(part)
    return [*kept, *path[-1:]]


def _holds(value: Any, part: Any) -> bool:
    if isinstance(value, Mapping):
        return isinstance(part, str) and part in value
    return isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the problems a route can answer."""
    return {
        status: {
            "model": Problem,
            "description": reason_phrase(status),
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
