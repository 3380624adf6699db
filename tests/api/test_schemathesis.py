"""Property-based checks of the whole API against its own OpenAPI document."""

import json
import os
from datetime import UTC, date, datetime
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance
from schemathesis.specs.openapi.schemas import OpenApiSchema

# Minutes, not seconds: `make test` leaves it out, `make test-all` and CI run it.
pytestmark = pytest.mark.fuzz


@pytest.fixture
def api_schema(rejoinder_app: FastAPI) -> OpenApiSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", rejoinder_app)


schema = schemathesis.pytest.from_fixture("api_schema")
VISIBLE_RULE = "must contain a visible character"
QUIET_RULE = "not a usable quiet period"
EMAIL_PROBLEMS = ("/unreadable-email", "/not-a-rejection")
EMAIL_GAP = "the email does not say it"


def dated_after_today_somewhere(body: Any) -> bool:
    """Whether the body holds a `rejected_on` that is after today in some time zone: on or
    after today in UTC (zones run from UTC-12, so no local today is earlier than yesterday)."""
    if isinstance(body, dict):
        value = body.get("rejected_on")
        if isinstance(value, str):
            try:
                if date.fromisoformat(value) >= datetime.now(UTC).date():
                    return True
            except ValueError:
                pass
        return any(dated_after_today_somewhere(item) for item in body.values())
    if isinstance(body, list):
        return any(dated_after_today_somewhere(item) for item in body)
    return False


def valid_data_is_accepted_unless_dated_after_today(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> None:
    """positive_data_acceptance, less the rules a schema can only describe: a rejection
    cannot be dated after today in its time zone (excused only for a body that holds such a
    date, and named in `rejected_on`'s description), a name or text needs a character that
    draws something (the pattern lists the invisible characters of the Basic Multilingual
    Plane it can name, not combining marks or those beyond it), and a quiet period needs real
    days in order. Any other refusal of schema-valid data still fails."""
    if response.status_code == 422 and response.content:  # a HEAD answer has no body
        problem = json.loads(response.content)
        # The schema says it (the description of `rejected_on`), JSON Schema cannot: only a
        # body dated on or after today in UTC, refused for that field alone.
        if (
            problem.get("detail", "").startswith("rejected_on:")
            and "after today" in problem["detail"]
            and dated_after_today_somewhere(case.body)
        ):
            return
        errors = problem.get("errors") or []
        if errors and all(VISIBLE_RULE in error["message"] for error in errors):
            return
        # A quiet period's pattern names its form, not that 02-31 is no day or that it lasts
        # at most 92 days.
        if errors and all(QUIET_RULE in error["message"] for error in errors):
            return
        # What an email says is no schema's to state: a drawn string is rarely a rejection,
        # and what it leaves out the caller must give.
        if problem.get("type", "").endswith(EMAIL_PROBLEMS) or (
            errors and all(EMAIL_GAP in error["message"] for error in errors)
        ):
            return
        # An Idempotency-Key is spent on its first body; the schema cannot say which drawn
        # keys earlier draws spent, and a spent key with another body is refused.
        if problem.get("type", "").endswith("/idempotency-key-reused") and any(
            name.lower() == "idempotency-key" for name in case.headers or {}
        ):
            return
    if response.status_code == 413 and json.loads(response.content).get("type", "").endswith(
        "/email-too-large"
    ):
        return
    positive_data_acceptance(ctx, response, case)


@schema.parametrize()
@settings(
    max_examples=40,
    # CI replays one fixed set of examples, so a landing never hangs on a lucky draw;
    # runs elsewhere explore new ones each time.
    derandomize=os.environ.get("CI") == "true",
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_honours_its_schema_and_never_answers_5xx(
    case: schemathesis.Case, keys: dict[str, str]
) -> None:
    auth = {"Authorization": f"Bearer {keys['a']}"}
    # On the case as well as on the call: the negative-data check judges what the case holds,
    # and a drawn (invalid) Authorization that was never sent made valid requests look
    # negative. On the call, so the ignored-auth check knows the key is ours, not drawn.
    case.headers = {**(case.headers or {}), **auth}
    case.call_and_validate(
        headers=auth,
        excluded_checks=[positive_data_acceptance],
        additional_checks=[valid_data_is_accepted_unless_dated_after_today],
    )
