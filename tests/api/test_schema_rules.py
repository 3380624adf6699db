"""The OpenAPI document states the rules the server enforces beyond what JSON Schema can
express, so an OpenAPI-driven client is told before it is refused (issue 12, schemathesis)."""

from typing import Any

from fastapi.testclient import TestClient


def properties(client: TestClient, name: str) -> dict[str, Any]:
    document = client.get("/openapi.json").json()
    return dict(document["components"]["schemas"][name]["properties"])


def test_integration_update_fields_name_their_providers_and_the_refusal(
    client: TestClient,
) -> None:
    update = properties(client, "IntegrationUpdate")

    for field in ("api_key", "api_base_url"):
        assert update[field]["x-providers"] == ["lever", "ashby"]
        assert "`lever` and `ashby` only" in update[field]["description"]
        assert "422" in update[field]["description"]
    assert update["rotate_secret"]["x-providers"] == ["generic"]
    assert "422" in update["rotate_secret"]["description"]
    assert update["secret"]["x-providers"] == [
        "greenhouse",
        "ashby",
        "workable",
        "lever",
        "postmark",
        "sendgrid",
        "mailgun",
    ]
    assert "422" in update["secret"]["description"]


def test_rejected_on_states_it_may_not_be_after_today_in_the_contexts_time_zone(
    client: TestClient,
) -> None:
    description = properties(client, "RejectionContext")["rejected_on"]["description"]

    assert "not after today" in description
    assert "`timezone`" in description
    assert "422" in description
