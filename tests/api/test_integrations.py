"""`/v1/integrations`: create, read, list, update, rotate and delete; secrets are write-only."""

from fastapi.testclient import TestClient

from tests.api.webhook_support import create_integration, post, signed
from tests.ats.support import SECRET, raw


def test_creating_an_integration_answers_its_webhook_url_and_no_secret(client: TestClient) -> None:
    response = client.post(
        "/v1/integrations",
        json={"provider": "greenhouse", "company_name": "Acme Robotics", "secret": SECRET},
    )

    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/v1/integrations/{body['id']}"
    assert body["webhook_url"] == f"/v1/webhooks/{body['id']}"
    assert (body["provider"], body["has_secret"], body["secret"]) == ("greenhouse", True, None)
    assert SECRET not in response.text


def test_a_generic_integration_shows_its_generated_secret_once(client: TestClient) -> None:
    created = create_integration(client, "generic")

    assert created["secret"].startswith("whsec_")
    again = client.get(f"/v1/integrations/{created['id']}")
    listed = client.get("/v1/integrations")
    assert created["secret"] not in again.text
    assert created["secret"] not in listed.text
    assert "secret" not in again.json()


def test_a_lever_api_key_is_never_returned(client: TestClient) -> None:
    created = create_integration(client, "lever", api_key="lever-api-key-123")

    read = client.get(f"/v1/integrations/{created['id']}")

    assert read.json()["has_api_key"] is True
    assert "lever-api-key-123" not in read.text
    assert SECRET not in read.text


def test_settings_fill_the_defaults_and_are_validated(client: TestClient) -> None:
    created = create_integration(
        client, "ashby", settings={"tone": "formal", "timezone": "Europe/Berlin", "country": "de"}
    )
    assert created["settings"] == {
        "tone": "formal",
        "timezone": "Europe/Berlin",
        "country": "DE",
        "draft_unknown_archive_reasons": False,
    }

    bad = client.post(
        "/v1/integrations",
        json={"provider": "ashby", "company_name": "Acme", "settings": {"timezone": "Mars/Base"}},
    )
    assert bad.status_code == 422


def test_a_generic_integration_takes_no_secret_and_vendors_take_no_api_key(
    client: TestClient,
) -> None:
    generic = client.post(
        "/v1/integrations", json={"provider": "generic", "company_name": "A", "secret": "mine"}
    )
    vendor = client.post(
        "/v1/integrations", json={"provider": "workable", "company_name": "A", "api_key": "k"}
    )
    unknown = client.post("/v1/integrations", json={"provider": "teamtailor", "company_name": "A"})

    assert [generic.status_code, vendor.status_code, unknown.status_code] == [422, 422, 422]


def test_rotating_a_generic_secret_shows_the_new_one_once(client: TestClient) -> None:
    created = create_integration(client, "generic")

    rotated = client.patch(f"/v1/integrations/{created['id']}", json={"rotate_secret": True})

    assert rotated.status_code == 200
    assert rotated.json()["secret"].startswith("whsec_")
    assert rotated.json()["secret"] != created["secret"]
    assert rotated.json()["previous_secret_expires_at"] is not None


def test_update_refuses_what_the_provider_does_not_use(client: TestClient) -> None:
    generic = create_integration(client, "generic")
    vendor = create_integration(client, "greenhouse")

    answers = [
        client.patch(f"/v1/integrations/{generic['id']}", json={"secret": "typed"}),
        client.patch(f"/v1/integrations/{vendor['id']}", json={"rotate_secret": True}),
        client.patch(f"/v1/integrations/{vendor['id']}", json={"api_key": "k"}),
    ]

    assert [answer.status_code for answer in answers] == [422, 422, 422]


def test_update_changes_only_what_is_sent(client: TestClient) -> None:
    created = create_integration(client, "greenhouse", settings={"tone": "concise"})

    updated = client.patch(
        f"/v1/integrations/{created['id']}", json={"company_name": "Acme Robotics GmbH"}
    ).json()

    assert updated["company_name"] == "Acme Robotics GmbH"
    assert updated["settings"] == {
        "tone": "concise",
        "timezone": None,
        "country": None,
        "draft_unknown_archive_reasons": False,
    }
    assert updated["has_secret"] is True
    assert updated["previous_secret_expires_at"] is None


def test_list_shows_the_callers_integrations_newest_first(client: TestClient) -> None:
    first = create_integration(client, "greenhouse")
    second = create_integration(client, "ashby")

    items = client.get("/v1/integrations").json()["items"]

    assert [item["id"] for item in items] == [second["id"], first["id"]]


def test_deleting_an_integration_closes_its_webhook_url(client: TestClient) -> None:
    created = create_integration(client, "greenhouse")
    body = raw("greenhouse-reject_candidate.json")

    assert client.delete(f"/v1/integrations/{created['id']}").status_code == 204

    assert client.get(f"/v1/integrations/{created['id']}").status_code == 404
    assert post(client, created, body, signed("greenhouse", body)).status_code == 404
    assert client.delete(f"/v1/integrations/{created['id']}").status_code == 404


def test_deliveries_page_newest_first_and_filter_by_outcome(client: TestClient) -> None:
    created = create_integration(client, "greenhouse")
    body = raw("greenhouse-reject_candidate.json")
    for event_id in ("gh-1", "gh-2", "gh-3"):
        post(client, created, body, signed("greenhouse", body, event_id=event_id))
    url = f"/v1/integrations/{created['id']}/deliveries"

    first = client.get(url, params={"limit": 2}).json()
    rest = client.get(url, params={"limit": 2, "cursor": first["next_cursor"]}).json()
    duplicates = client.get(url, params={"outcome": "duplicate"}).json()["items"]

    outcomes = [item["outcome"] for item in first["items"] + rest["items"]]
    assert outcomes == ["duplicate", "duplicate", "drafted"]
    assert rest["next_cursor"] is None
    assert len(duplicates) == 2
    assert first["items"][0]["event"] == "reject_candidate"
    assert first["items"][0]["delivery_id"] == "gh-3"
