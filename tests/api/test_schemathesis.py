"""Property-based checks of the whole API against its own OpenAPI document."""

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.schemas import OpenApiSchema


@pytest.fixture
def api_schema(rejoinder_app: FastAPI) -> OpenApiSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", rejoinder_app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_honours_its_schema_and_never_answers_5xx(case: schemathesis.Case) -> None:
    case.call_and_validate()
