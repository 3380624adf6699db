"""Outcomes, stop requests and stats: what happened after the drafts."""

from fastapi.testclient import TestClient

from tests.helpers import example_context


def create(client: TestClient, **changes: object) -> dict[str, object]:
    response = client.post("/v1/rejections", json={**example_context(), **changes})
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_patch_records_outcome_notes_and_the_feedback_received(client: TestClient) -> None:
    created = create(client)

    response = client.patch(
        f"/v1/rejections/{created['id']}",
        json={
            "outcome": "feedback_received",
            "notes": "Jordan replied within a day.",
            "received_feedback": "We needed someone who had run dbt in production.",
        },
    )

    assert response.status_code == 200
    body = response.json()
    assert body["outcome"] == "feedback_received"
    assert body["notes"] == "Jordan replied within a day."
    assert body["received_feedback"].startswith("We needed")
    assert body["updated_at"] > created["updated_at"]
    assert client.get(f"/v1/rejections/{created['id']}").json() == body


def test_patch_leaves_fields_it_was_not_sent(client: TestClient) -> None:
    created = create(client)
    client.patch(f"/v1/rejections/{created['id']}", json={"notes": "first"})

    body = client.patch(f"/v1/rejections/{created['id']}", json={"outcome": "offer"}).json()

    assert body["notes"] == "first"
    assert body["outcome"] == "offer"


def test_patch_refuses_an_unknown_outcome(client: TestClient) -> None:
    created = create(client)

    response = client.patch(f"/v1/rejections/{created['id']}", json={"outcome": "hired?"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "outcome"


def test_stop_cancels_every_pending_step_and_says_which(client: TestClient) -> None:
    created = create(client)
    steps = created["follow_up_plan"]["steps"]  # type: ignore[index]

    response = client.post(f"/v1/rejections/{created['id']}/stop", json={"reason": "contact_asked"})

    assert response.status_code == 200
    result = response.json()
    assert result["status"] == "stopped"
    assert result["stop_reason"] == "contact_asked"
    assert [step["id"] for step in result["cancelled_steps"]] == [step["id"] for step in steps]
    after = client.get(f"/v1/rejections/{created['id']}").json()
    assert {step["status"] for step in after["follow_up_plan"]["steps"]} == {"cancelled"}
    assert after["status"] == "stopped"


def test_stopping_twice_cancels_nothing_more(client: TestClient) -> None:
    created = create(client)
    client.post(f"/v1/rejections/{created['id']}/stop")

    again = client.post(f"/v1/rejections/{created['id']}/stop", json={})

    assert again.status_code == 200
    assert again.json()["cancelled_steps"] == []


def test_stats_count_by_stage_and_outcome_and_measure_opportunities(client: TestClient) -> None:
    onsite = [create(client, stage="onsite") for _ in range(3)]
    create(client, stage="applied")
    create(client, stage="final", rejected_on="2026-01-05")
    client.patch(f"/v1/rejections/{onsite[0]['id']}", json={"outcome": "new_interview"})
    client.patch(f"/v1/rejections/{onsite[1]['id']}", json={"outcome": "offer"})
    client.patch(f"/v1/rejections/{onsite[2]['id']}", json={"outcome": "no_reply"})

    everything = client.get("/v1/stats").json()
    november = client.get("/v1/stats", params={"from": "2026-11-01", "to": "2026-11-30"}).json()

    assert everything["total"] == 5
    assert everything["by_stage"] == {"onsite": 3, "applied": 1, "final": 1}
    assert everything["by_outcome"] == {
        "new_interview": 1,
        "offer": 1,
        "no_reply": 1,
        "unknown": 2,
    }
    assert everything["turned_into_opportunity"] == 2
    assert everything["opportunity_rate"] == 0.4
    assert november["total"] == 4
    assert november["opportunity_rate"] == 0.5


def test_stats_refuse_a_day_that_does_not_exist(client: TestClient) -> None:
    response = client.get("/v1/stats", params={"from": "2026-02-30"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "from"


def test_stats_refuse_a_number_where_a_day_belongs(client: TestClient) -> None:
    response = client.get("/v1/stats", params={"to": "0"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "to"


def test_the_list_filters_by_candidate_ref(client: TestClient) -> None:
    mine = create(client, candidate_ref="user-1")
    create(client, candidate_ref="user-2")

    page = client.get("/v1/rejections", params={"candidate_ref": "user-1"}).json()

    assert [item["id"] for item in page["items"]] == [mine["id"]]
