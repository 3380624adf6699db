"""The OpenAPI document as SDK generators and linters read it.

FastAPI writes the paths and schemas from the routes; this finishes what it cannot say: the
headers responses carry, an explicit `security` on every operation (none on public ones), the
outbound events as the document's `webhooks`, problem responses in the one media type they are
sent in, and schema names a generator turns into readable class names."""

import re
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from pydantic.json_schema import models_json_schema

from app.api.email_bodies import add_email_bodies
from app.errors import PROBLEM_JSON
from app.schemas.events import EVENT_PAYLOADS

_REF = "#/components/schemas/{model}"
_HEADER_REF = "#/components/headers/{name}"
METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
# What the SDKs leave out (`x-internal`, as Redocly names it): vendors post to the receivers,
# not the API's clients, and the problem pages are for people.
SDK_EXCLUDED = "x-internal"
_NOT_FOR_SDKS = frozenset({"receivers", "problems"})

TAGS: list[dict[str, Any]] = [
    {
        "name": "rejections",
        "description": "A rejection in, a last pitch, a feedback request and "
        "a dated follow-up plan out; from a typed context or the rejection email itself.",
    },
    {
        "name": "drafts",
        "description": "Preview drafts without storing them, review the "
        "candidate's edits, redraft, and the drafts' history.",
    },
    {
        "name": "plans",
        "description": "The follow-up plan: due steps, marking them done, "
        "replies from the company, quiet periods and the plan as a calendar.",
    },
    {
        "name": "calendar feeds",
        "description": "A secret calendar URL per candidate that calendar apps subscribe to.",
    },
    {
        "name": "outbound notifications",
        "description": "Endpoints that receive the events in "
        "`webhooks`, signed per Standard Webhooks, and their delivery log.",
    },
    {
        "name": "integrations",
        "description": "ATS and email-forwarding integrations: each gets "
        "a webhook URL and secret to paste into the vendor's settings.",
    },
    {
        "name": "receivers",
        "description": "Where ATS and email vendors post (signed by the "
        "vendor, no API key). Not part of the client SDKs (`x-internal`).",
    },
    {"name": "stats", "description": "What came of the rejections: outcomes and reply rates."},
    {"name": "health", "description": "Liveness and readiness probes."},
    {"name": "problems", "description": "A page per problem `type`: what it means, how to fix it."},
]

_HEADERS: dict[str, dict[str, Any]] = {
    "Location": {
        "description": "The URL of the resource just created.",
        "schema": {"type": "string", "format": "uri-reference"},
    },
    "RetryAfter": {
        "description": "Seconds to wait before retrying.",
        "schema": {"type": "integer", "minimum": 0},
    },
    "IdempotentReplayed": {
        "description": "`true` when this is the stored answer to an earlier request with the "
        "same `Idempotency-Key`, sent again instead of acting twice.",
        "schema": {"type": "string", "enum": ["true"]},
    },
}

_SIGNATURE_HEADERS: list[dict[str, Any]] = [
    {
        "name": "webhook-id",
        "in": "header",
        "required": True,
        "description": "The message's id: the same on every retry, so a receiver deduplicates.",
        "schema": {"type": "string"},
    },
    {
        "name": "webhook-timestamp",
        "in": "header",
        "required": True,
        "description": "Unix seconds when this attempt was signed; refuse old ones.",
        "schema": {"type": "integer"},
    },
    {
        "name": "webhook-signature",
        "in": "header",
        "required": True,
        "description": "`v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` "
        "under the endpoint's secret, space-separated while a rotated secret overlaps. Any "
        "Standard Webhooks library verifies it.",
        "schema": {"type": "string"},
    },
]

# Pydantic names a generic model's copies Found_str_, Found_date_; generators make classes of
# the names, so they read as words.
_GENERIC_NAME = re.compile(r"^([A-Za-z]+)_([A-Za-z]+)_$")
_TYPE_WORDS = {"str": "Text", "date": "Date"}


def sdk_document(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """`app.openapi`, finished as this module says, built once."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = build()
            add_email_bodies(document)
            _add_event_webhooks(document)
            _finish_operations(document)
            document["components"]["headers"] = _HEADERS
            _rename_generic_schemas(document)
            app.openapi_schema = document
        return app.openapi_schema

    return openapi


def operation_id(route: APIRoute) -> str:
    """`createRejection` for the route function `create_rejection`: short and stable, since
    every SDK names its methods after them."""
    return camel_case(route.name)


def camel_case(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)


def _operations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for section in ("paths", "webhooks"):
        for path in document.get(section, {}).values():
            for method, operation in path.items():
                if method in METHODS:
                    yield operation


def _finish_operations(document: dict[str, Any]) -> None:
    for operation in _operations(document):
        # Public operations say so, rather than leave a reader to guess.
        operation.setdefault("security", [])
        if _NOT_FOR_SDKS.intersection(operation.get("tags", [])):
            operation[SDK_EXCLUDED] = True
        takes_key = any(
            parameter.get("name") == "Idempotency-Key"
            for parameter in operation.get("parameters", [])
        )
        for status, response in operation.get("responses", {}).items():
            _declare_headers(status, response, takes_key)


def _declare_headers(status: str, response: dict[str, Any], takes_key: bool) -> None:
    headers = response.setdefault("headers", {})
    if status == "201":
        headers["Location"] = {"$ref": _HEADER_REF.format(name="Location")}
    if status in ("429", "503"):
        headers["Retry-After"] = {"$ref": _HEADER_REF.format(name="RetryAfter")}
    if takes_key and status.startswith("2"):
        headers["Idempotent-Replayed"] = {"$ref": _HEADER_REF.format(name="IdempotentReplayed")}
    if not headers:
        del response["headers"]
    content = response.get("content", {})
    if PROBLEM_JSON in content:
        # Problems are only ever sent as application/problem+json (FastAPI adds the route's
        # own media types to every response with a model).
        response["content"] = {PROBLEM_JSON: content[PROBLEM_JSON]}


def _add_event_webhooks(document: dict[str, Any]) -> None:
    models = [(model, "validation") for model in EVENT_PAYLOADS.values()]
    _, definitions = models_json_schema(models, ref_template=_REF)  # type: ignore[arg-type]
    document["components"]["schemas"].update(definitions["$defs"])
    webhooks = document.setdefault("webhooks", {})
    for event_type, model in EVENT_PAYLOADS.items():
        webhooks[event_type.value] = {
            "post": {
                "tags": ["outbound notifications"],
                "summary": f"`{event_type.value}`",
                "description": f"{model.__doc__} Sent to every enabled endpoint subscribed to "
                f"`{event_type.value}`, signed per Standard Webhooks; any `2xx` acknowledges "
                "it, anything else is retried with backoff.",
                "operationId": camel_case(f"on_{event_type.name}"),
                "parameters": _SIGNATURE_HEADERS,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": _REF.format(model=model.__name__)}}
                    },
                },
                "responses": {"200": {"description": "Received (any `2xx` will do)."}},
            }
        }


def _rename_generic_schemas(document: dict[str, Any]) -> None:
    schemas: dict[str, Any] = document["components"]["schemas"]
    renames = {}
    for name in list(schemas):
        match = _GENERIC_NAME.match(name)
        if match:
            generic, argument = match.groups()
            renames[name] = generic + _TYPE_WORDS.get(argument, argument)
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
    if renames:
        refs = {_REF.format(model=old): _REF.format(model=new) for old, new in renames.items()}
        _replace_refs(document, refs)


def _replace_refs(node: Any, refs: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in refs:
            node["$ref"] = refs[ref]
        for value in node.values():
            _replace_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            _replace_refs(value, refs)
