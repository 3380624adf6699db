"""Route pieces more than one router uses: routers import from here and from deps, never from
each other."""

from typing import Any

from fastapi import Response

from app.drafting.context import CONTRACT_EXAMPLE

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
