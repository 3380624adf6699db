"""Route pieces more than one router uses: routers import from here and from deps, never from
each other."""

import json
from typing import Any, TypeVar

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from app.drafting.context import CONTRACT_EXAMPLE
from app.errors import MalformedJsonError

ModelT = TypeVar("ModelT", bound=BaseModel)

# Every /v1 route can refuse the caller or slow them down.
AUTH_PROBLEMS = (401, 429)

# What "Try it out" in /docs offers for a RejectionContext body, ready to send as shown.
CONTEXT_EXAMPLES = {
    "onsite": {
        "summary": "After an onsite, with a contact and a stated reason",
        "value": CONTRACT_EXAMPLE,
    },
    "minimal": {
        "summary": "Only the three required fields",
        "value": {
            "candidate": {"name": "Sam Ortiz"},
            "company": {"name": "Globex"},
            "role": {"title": "Product Designer"},
        },
    },
}


class CalendarResponse(Response):
    media_type = "text/calendar"


# The 200 of a route that answers an `.ics` file.
CALENDAR_OK: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "An iCalendar (RFC 5545) file.",
        "content": {"text/calendar": {"schema": {"type": "string"}}},
    }
}
# What `CalendarFile.headers` sends, which the routes that serve a calendar merge into their
# 200 and 304.
CALENDAR_HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "A strong tag of the file: send it back in If-None-Match for a 304.",
        "schema": {"type": "string"},
    },
    "Last-Modified": {
        "description": "When what the file shows last changed (an HTTP-date): send it back "
        "in If-Modified-Since for a 304.",
        "schema": {"type": "string"},
    },
    "Cache-Control": {
        "description": "Revalidate on every poll: private, max-age=0, must-revalidate.",
        "schema": {"type": "string"},
    },
}
CALENDAR_NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {
        "description": "Not Modified: the file is the one whose ETag was sent in "
        "If-None-Match (or has not changed since If-Modified-Since). No body.",
        "headers": CALENDAR_HEADERS,
    }
}


async def json_body(request: Request) -> Any:
    """The body as JSON, for a route that also takes other media types and so reads its own."""
    try:
        return json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise MalformedJsonError("The request body is not valid JSON.") from None


def validated(model: type[ModelT], body: Any) -> ModelT:
    """`body` held to `model`, refused as FastAPI refuses a declared body: each bad field named
    under `body`."""
    try:
        return model.model_validate(body)
    except ValidationError as invalid:
        errors = [{**error, "loc": ("body", *error["loc"])} for error in invalid.errors()]
        # With the body, the handler names fields as the body spells them (app/errors.py).
        raise RequestValidationError(errors, body=body) from None
