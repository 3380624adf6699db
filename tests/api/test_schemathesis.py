"""Property-based checks of the whole API against its own OpenAPI document."""

import json
import os

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance
from schemathesis.specs.openapi.schemas import OpenApiSchema


@pytest.fixture
def api_schema(rejoinder_app: FastAPI) -> OpenApiSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", rejoinder_app)


schema = schemathesis.pytest.from_fixture("api_schema")


def valid_data_is_accepted_unless_dated_after_today(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> None:
    """positive_data_acceptance, less the one rule a schema cannot state: a rejection cannot
    be dated after today. Any other refusal of schema-valid data still fails."""
    if response.status_code == 422:
        problem = json.loads(response.content)
        if (
            problem.get("detail", "").startswith("rejected_on:")
            and "after today" in problem["detail"]
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
    case.call_and_validate(
        headers={"Authorization": f"Bearer {keys['a']}"},
        excluded_checks=[positive_data_acceptance],
        additional_checks=[valid_data_is_accepted_unless_dated_after_today],
    )
