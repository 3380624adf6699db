"""The services called directly, without HTTP, on the test database (tests/conftest.py): the
logic the API tests reach only through requests. Every test's rows are deleted after it."""

import uuid

import pytest

from tests.services.support import tenant_named


@pytest.fixture
def tenant_id(keys: dict[str, str]) -> uuid.UUID:
    """Tenant `a`, the API tests' `client`."""
    return tenant_named("a")


@pytest.fixture
def other_tenant_id(keys: dict[str, str]) -> uuid.UUID:
    """Tenant `b`, the API tests' `other_client`."""
    return tenant_named("b")
