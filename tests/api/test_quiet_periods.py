"""A tenant's own quiet periods keep every step that messages a contact out of them."""

from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from tests.helpers import example_context

CONTACT_KINDS = {
    "send_last_pitch",
    "send_feedback_request",
    "connect_on_linkedin",
    "nudge",
    "value_check_in",
    "reach_out_about_role",
    "quarterly_check_in",
}


@pytest.fixture(autouse=True)
def _no_periods_left_behind(client: TestClient) -> Iterator[None]:
    # Tenants outlive a test (only their records are cleared): leave their settings as found.
    yield
    client.patch("/v1/quiet-periods", json={"periods": []})


def test_a_tenant_blackout_range_moves_contact_steps_out_of_it(client: TestClient) -> None:
    response = client.patch("/v1/quiet-periods", json={"periods": ["2027-01-06..2027-01-31"]})

    assert response.status_code == 200, response.text
    assert response.json() == {
        "periods": ["2027-01-06..2027-01-31"],
        "defaults": ["12-20..01-05"],
    }
    created = client.post("/v1/rejections", json=example_context()).json()
    for step in created["follow_up_plan"]["steps"]:
        if step["kind"] in CONTACT_KINDS:
            assert not date(2026, 12, 20) <= date.fromisoformat(step["due_on"]) <= date(2027, 1, 31)
    check_in = next(s for s in created["follow_up_plan"]["steps"] if s["kind"] == "value_check_in")
    assert check_in["due_on"] == "2027-02-01"


def test_a_bad_period_is_a_problem_naming_it(client: TestClient) -> None:
    response = client.patch("/v1/quiet-periods", json={"periods": ["12-20..01-05", "13-01..01-05"]})

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert "periods" in response.text


def test_another_tenant_sees_only_its_own_periods(
    client: TestClient, other_client: TestClient
) -> None:
    client.patch("/v1/quiet-periods", json={"periods": ["11-25..12-24"]})

    assert other_client.get("/v1/quiet-periods").json()["periods"] == []
    assert client.get("/v1/quiet-periods").json()["periods"] == ["11-25..12-24"]
