"""The problem hierarchy: each class's status and type, and what a client gets when one is
raised through the handlers `install_error_handlers` installs."""

from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import error_handlers, errors
from app.error_handlers import install_error_handlers
from app.errors import (
    PROBLEM_JSON,
    AlreadyQueuedError,
    AppError,
    AwaitingSecretError,
    BadRequestError,
    BodyTooLargeError,
    ConflictError,
    ContentTooLargeError,
    DatabaseUnavailableError,
    EmailTooLargeError,
    FieldError,
    ForbiddenError,
    IdempotencyKeyReusedError,
    InvalidSignatureError,
    InvalidTransitionError,
    MalformedJsonError,
    MalformedPayloadError,
    MethodNotAllowedError,
    NotARejectionError,
    NotFoundError,
    OutreachStoppedError,
    RateLimitedError,
    ServiceUnavailableError,
    TooManyEndpointsError,
    TooManyFailedAuthenticationsError,
    TooManyRequestsError,
    TooManyVersionsError,
    UnauthorizedError,
    UnprocessableError,
    UnreadableEmailError,
    UnsupportedMediaTypeError,
    UrlNotAllowedError,
)
from app.settings import Settings

# Where the test app says it is reached: every `type` is a page under it.
PUBLIC_URL = "https://rejoinder.example.test/api"
TYPE_BASE = PUBLIC_URL + "/problems/"

# RFC 9110's reason phrases where they differ from Python 3.11's HTTPStatus.
TITLES = {413: "Content Too Large", 422: "Unprocessable Content"}

# class -> (status, type slug): the types clients see, which must never change.
HIERARCHY: dict[type[AppError], tuple[int, str]] = {
    AppError: (500, "internal"),
    BadRequestError: (400, "bad-request"),
    MalformedJsonError: (400, "malformed-json"),
    MalformedPayloadError: (400, "malformed-payload"),
    UnauthorizedError: (401, "unauthorized"),
    InvalidSignatureError: (401, "invalid-signature"),
    ForbiddenError: (403, "forbidden"),
    UrlNotAllowedError: (403, "url-not-allowed"),
    NotFoundError: (404, "not-found"),
    MethodNotAllowedError: (405, "method-not-allowed"),
    ConflictError: (409, "conflict"),
    AlreadyQueuedError: (409, "already-queued"),
    InvalidTransitionError: (409, "invalid-transition"),
    OutreachStoppedError: (409, "outreach-stopped"),
    TooManyEndpointsError: (409, "too-many-endpoints"),
    TooManyVersionsError: (409, "too-many-versions"),
    UnprocessableError: (422, "validation"),
    IdempotencyKeyReusedError: (422, "idempotency-key-reused"),
    UnreadableEmailError: (422, "unreadable-email"),
    NotARejectionError: (422, "not-a-rejection"),
    ContentTooLargeError: (413, "request-entity-too-large"),
    BodyTooLargeError: (413, "body-too-large"),
    EmailTooLargeError: (413, "email-too-large"),
    UnsupportedMediaTypeError: (415, "unsupported-media-type"),
    TooManyRequestsError: (429, "too-many-requests"),
    RateLimitedError: (429, "rate-limited"),
    TooManyFailedAuthenticationsError: (429, "too-many-failed-authentications"),
    ServiceUnavailableError: (503, "service-unavailable"),
    DatabaseUnavailableError: (503, "database-unavailable"),
    AwaitingSecretError: (503, "awaiting-secret"),
}

# An instance of each, as the code raises it, with the detail and headers a client sees.
RAISED: list[tuple[AppError, str, dict[str, str]]] = [
    (AppError("Something went wrong."), "Something went wrong.", {}),
    (MalformedJsonError("Not JSON."), "Not JSON.", {}),
    (MalformedPayloadError("Not Lever's."), "Not Lever's.", {}),
    (
        InvalidSignatureError("Not authentic."),
        "Not authentic.",
        {"www-authenticate": 'Bearer realm="rejoinder"'},
    ),
    (
        UnauthorizedError("Send an API key."),
        "Send an API key.",
        {"www-authenticate": 'Bearer realm="rejoinder"'},
    ),
    (UrlNotAllowedError("url: no."), "url: no.", {}),
    (NotFoundError("Rejection"), "Rejection was not found.", {}),
    (MethodNotAllowedError("Use POST.", allow="POST"), "Use POST.", {"allow": "POST"}),
    (
        AlreadyQueuedError("The delivery is pending already."),
        "The delivery is pending already.",
        {},
    ),
    (InvalidTransitionError("The step is done."), "The step is done.", {}),
    (OutreachStoppedError("Stopped."), "Stopped.", {}),
    (TooManyEndpointsError("At most 10."), "At most 10.", {}),
    (TooManyVersionsError("At most 20."), "At most 20.", {}),
    (UnprocessableError("on: after today."), "on: after today.", {}),
    (IdempotencyKeyReusedError("Reused."), "Reused.", {}),
    (UnreadableEmailError("email: empty."), "email: empty.", {}),
    (NotARejectionError("email: an offer."), "email: an offer.", {}),
    (EmailTooLargeError("email: too large."), "email: too large.", {}),
    (BodyTooLargeError("Over 64 KiB."), "Over 64 KiB.", {}),
    (UnsupportedMediaTypeError("Send JSON."), "Send JSON.", {}),
    (RateLimitedError("Slow down.", retry_after=7), "Slow down.", {"retry-after": "7"}),
    (
        TooManyFailedAuthenticationsError("Too many.", retry_after=30),
        "Too many.",
        {"retry-after": "30"},
    ),
    (
        DatabaseUnavailableError("The database does not answer."),
        "The database does not answer.",
        {},
    ),
    (
        DatabaseUnavailableError("Retry.", retry_after=5),
        "Retry.",
        {"retry-after": "5"},
    ),
    (
        AwaitingSecretError("Set the secret.", retry_after=600),
        "Set the secret.",
        {"retry-after": "600"},
    ),
]


def _all_subclasses(cls: type[AppError]) -> Iterator[type[AppError]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_subclasses(sub)


def test_the_table_names_every_class_errors_defines() -> None:
    defined = {
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, AppError)
    }
    assert defined == set(HIERARCHY)
    # And nothing elsewhere in app/ extends the hierarchy behind its back.
    import app.main  # noqa: F401 - imports every router and service

    assert {sub for sub in _all_subclasses(AppError) if sub.__module__.startswith("app.")} == (
        defined - {AppError}
    )


@pytest.mark.parametrize(
    ("cls", "expected"), HIERARCHY.items(), ids=lambda v: getattr(v, "__name__", "")
)
def test_each_class_carries_its_status_and_type(
    cls: type[AppError], expected: tuple[int, str]
) -> None:
    assert (cls.status, cls.slug) == expected


def test_a_specific_type_keeps_its_parents_status() -> None:
    for cls in HIERARCHY:
        parent = cls.__mro__[1]
        if parent is not AppError and issubclass(parent, AppError):
            assert cls.status == parent.status, cls


def test_a_status_class_defaults_to_the_type_an_http_exception_of_that_status_gets() -> None:
    # The same status means the same default type, raised by us or by Starlette.
    for cls in AppError.__subclasses__():
        if cls is not UnprocessableError:
            assert cls.slug == HTTPStatus(cls.status).phrase.lower().replace(" ", "-"), cls


def test_every_raised_class_is_tried_through_the_handlers() -> None:
    raised = {type(error) for error, _, _ in RAISED}
    # The status classes above a specific type are tried through their children.
    parents = {BadRequestError, ForbiddenError, ConflictError, TooManyRequestsError}
    parents |= {ServiceUnavailableError, ContentTooLargeError}
    assert raised | parents == set(HIERARCHY)


# What the next GET /raise raises.
_PENDING: list[BaseException] = []


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = FastAPI()
    app.state.settings = Settings(public_url=PUBLIC_URL + "/")
    install_error_handlers(app)

    @app.get("/raise")
    def raise_it() -> None:
        raise _PENDING.pop()

    class Body(BaseModel):
        name: str

    @app.post("/body")
    def take_body(body: Body) -> None:
        return None

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _raise(client: TestClient, error: BaseException) -> Any:
    _PENDING.append(error)
    return client.get("/raise")


@pytest.mark.parametrize(
    ("error", "detail", "headers"),
    RAISED,
    ids=lambda v: type(v).__name__ if isinstance(v, AppError) else "",
)
def test_raising_one_answers_its_problem(
    client: TestClient, error: AppError, detail: str, headers: dict[str, str]
) -> None:
    response = _raise(client, error)
    status, slug = HIERARCHY[type(error)]
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM_JSON
    assert response.json() == {
        "type": TYPE_BASE + slug,
        "title": TITLES.get(status) or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": "/raise",
    }
    for name, value in headers.items():
        assert response.headers[name] == value
    for name in ("www-authenticate", "retry-after"):
        if name not in headers:
            assert name not in response.headers


def test_an_unprocessable_error_lists_its_fields(client: TestClient) -> None:
    field = FieldError(field="name", location="body", message="missing", code="missing")
    response = _raise(
        client, UnprocessableError("The request has invalid fields: name.", errors=[field])
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [field.model_dump()]


def test_an_invalid_body_is_a_validation_problem(client: TestClient) -> None:
    response = client.post("/body", json={})
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM_JSON
    problem = response.json()
    assert problem["type"] == TYPE_BASE + "validation"
    assert problem["detail"] == "The request has invalid fields: name."
    assert [error["field"] for error in problem["errors"]] == ["name"]


def test_a_body_that_is_not_json_is_malformed_json(client: TestClient) -> None:
    response = client.post(
        "/body", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == PROBLEM_JSON
    assert response.json() == {
        "type": TYPE_BASE + "malformed-json",
        "title": "Bad Request",
        "status": 400,
        "detail": "The request body is not valid JSON.",
        "instance": "/body",
    }


def test_a_database_that_does_not_answer_is_a_503_with_retry_after(client: TestClient) -> None:
    response = _raise(
        client, sa.exc.OperationalError("SELECT 1", {}, Exception("db.internal:5432"))
    )
    assert response.status_code == 503
    assert response.headers["retry-after"] == str(error_handlers.DATABASE_RETRY_AFTER_SECONDS)
    assert response.json()["type"] == TYPE_BASE + "database-unavailable"
    assert response.json()["detail"] == "The database does not answer; retry in a few seconds."
    assert "5432" not in response.text


def test_an_unexpected_exception_is_a_500_that_tells_nothing(client: TestClient) -> None:
    response = _raise(client, RuntimeError("secret internals"))
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM_JSON
    assert response.json() == {
        "type": TYPE_BASE + "internal",
        "title": "Internal Server Error",
        "status": 500,
        "detail": "Something went wrong on our side.",
        "instance": "/raise",
    }


def test_an_http_exception_gets_the_type_of_its_status(client: TestClient) -> None:
    response = client.get("/nowhere")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM_JSON
    assert response.json()["type"] == TYPE_BASE + NotFoundError.slug


def test_every_type_has_its_own_slug() -> None:
    # The slug names the page a `type` points at: two classes sharing one would share a page.
    slugs = [cls.slug for cls in HIERARCHY]
    assert len(set(slugs)) == len(slugs)
    assert set(errors.problem_classes()) == set(slugs)


def test_an_http_exception_of_a_status_class_gets_that_class_type(client: TestClient) -> None:
    # 422's phrase would say `unprocessable-entity`; the class of 422 says `validation`.
    response = _raise(client, StarletteHTTPException(422, "No."))
    assert response.json()["type"] == TYPE_BASE + "validation"
    assert response.json()["title"] == "Unprocessable Content"


def test_an_http_exception_of_a_status_no_class_names_is_about_blank(client: TestClient) -> None:
    response = _raise(client, StarletteHTTPException(418, "Short and stout."))
    assert response.status_code == 418
    assert response.json() == {
        "type": "about:blank",
        "title": "I'm a Teapot",
        "status": 418,
        "detail": "Short and stout.",
        "instance": "/raise",
    }


def test_an_app_without_settings_answers_a_relative_type() -> None:
    app = FastAPI()
    install_error_handlers(app)
    with TestClient(app) as bare:
        response = bare.get("/nowhere")
    assert response.json()["type"] == "/problems/not-found"
    assert response.headers["content-length"] == str(len(response.content))


def test_the_content_length_counts_the_type_written_under_the_public_url(
    client: TestClient,
) -> None:
    response = client.get("/nowhere")
    assert response.json()["type"] == TYPE_BASE + "not-found"
    assert response.headers["content-length"] == str(len(response.content))


@pytest.mark.parametrize(
    ("body", "loc", "expected"),
    [
        # A tagged union's tag is not in the body; the missing field is kept.
        ({"provider": "greenhouse"}, ("greenhouse", "company_name"), ["company_name"]),
        # A plain union's member names, nested.
        ({"settings": {"tz": 1}}, ("settings", "Settings", "tz"), ["settings", "tz"]),
        ({"a": "x"}, ("a", "function-after[check(), str]"), ["a", "function-after[check(), str]"]),
        # Keys and indexes that are in the body stay.
        ({"candidate": {"name": ""}}, ("candidate", "name"), ["candidate", "name"]),
        ({"steps": [{}, {"on": 1}]}, ("steps", 1, "on"), ["steps", 1, "on"]),
        ({"steps": [{}]}, ("steps", 3, "on"), ["steps", "on"]),
        # A top-level field, or none at all.
        ({}, ("name",), ["name"]),
        ({}, (), []),
    ],
)
def test_a_field_path_keeps_only_what_the_body_holds(
    body: Any, loc: tuple[Any, ...], expected: list[Any]
) -> None:
    assert errors.body_path(body, loc) == expected


def test_a_route_that_validates_its_body_itself_gets_the_same_field_names() -> None:
    error = {"type": "missing", "msg": "Field required"}
    body = {"provider": "lever"}
    loc = ("lever", "company_name")
    assert errors.field_error(error, "body", loc, body=body).field == "company_name"
    # Without the body nothing tells a tag from a key: pydantic's path stays.
    assert errors.field_error(error, "body", loc).field == "lever.company_name"
