"""Plan steps move from pending to done, skipped or snoozed; the due list shows what is left."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from tests.helpers import example_context


def create(client: TestClient, **changes: Any) -> dict[str, Any]:
    response = client.post("/v1/rejections", json={**example_context(), **changes})
    assert response.status_code == 201, response.text
    return dict(response.json())


def patch_step(
    client: TestClient, rejection: dict[str, Any], step: dict[str, Any], body: dict[str, Any]
) -> Any:
    return client.patch(f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}", json=body)


def step_of(rejection: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(s for s in rejection["follow_up_plan"]["steps"] if s["kind"] == kind)


def test_marking_a_step_done_records_when_and_the_note(client: TestClient) -> None:
    rejection = create(client)
    step = rejection["follow_up_plan"]["steps"][0]

    response = patch_step(client, rejection, step, {"status": "done", "note": "Sent Monday."})

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "done"
    assert body["note"] == "Sent Monday."
    assert body["completed_at"] is not None
    stored = client.get(f"/v1/rejections/{rejection['id']}").json()
    assert stored["follow_up_plan"]["steps"][0]["status"] == "done"


def test_a_finished_step_cannot_change_again(client: TestClient) -> None:
    rejection = create(client)
    step = rejection["follow_up_plan"]["steps"][0]
    patch_step(client, rejection, step, {"status": "skipped"})

    response = patch_step(client, rejection, step, {"status": "done"})

    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith("/invalid-transition")


def test_snoozing_moves_the_step_and_keeps_it_pending_in_the_due_list(client: TestClient) -> None:
    rejection = create(client)
    step = rejection["follow_up_plan"]["steps"][0]
    later = (date.today() + timedelta(days=30)).isoformat()

    response = patch_step(client, rejection, step, {"status": "snoozed", "due_on": later})

    assert response.status_code == 200, response.text
    assert response.json()["due_on"] == later
    assert response.json()["completed_at"] is None
    due = client.get("/v1/plan/due", params={"on": later}).json()["items"]
    assert step["id"] in [item["id"] for item in due]
    done = patch_step(client, rejection, step, {"status": "done"})
    assert done.status_code == 200


def test_snoozing_to_the_past_or_without_a_day_is_refused(client: TestClient) -> None:
    rejection = create(client)
    step = rejection["follow_up_plan"]["steps"][0]

    past = patch_step(client, rejection, step, {"status": "snoozed", "due_on": "2020-01-01"})
    no_day = patch_step(client, rejection, step, {"status": "snoozed"})
    unknown = patch_step(client, rejection, step, {"status": "cancelled"})

    assert (past.status_code, no_day.status_code, unknown.status_code) == (422, 422, 422)


def test_the_feedback_reply_is_stored_on_the_rejection(client: TestClient) -> None:
    rejection = create(client)
    step = step_of(rejection, "send_feedback_request")
    reply = "Strong system design; we needed deeper dbt experience."

    response = patch_step(client, rejection, step, {"status": "done", "received_feedback": reply})

    assert response.status_code == 200, response.text
    stored = client.get(f"/v1/rejections/{rejection['id']}").json()
    assert stored["received_feedback"] == reply
    assert stored["outcome"] == "feedback_received"


def test_only_the_feedback_request_step_carries_a_reply(client: TestClient) -> None:
    rejection = create(client)
    step = step_of(rejection, "send_last_pitch")

    response = patch_step(client, rejection, step, {"status": "done", "received_feedback": "x"})

    assert response.status_code == 422


def test_a_stopped_rejection_never_moves_a_step_again(client: TestClient) -> None:
    rejection = create(client)
    step = rejection["follow_up_plan"]["steps"][0]
    client.post(f"/v1/rejections/{rejection['id']}/stop", json={})

    response = patch_step(client, rejection, step, {"status": "done"})

    assert response.status_code == 409
    assert client.get("/v1/plan/due", params={"on": "2099-12-31"}).json()["items"] == []


def test_an_unknown_step_is_404(client: TestClient) -> None:
    rejection = create(client)
    fake = {"id": "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"}

    assert patch_step(client, rejection, fake, {"status": "done"}).status_code == 404


def test_the_due_list_is_oldest_first_with_company_and_role_and_pages(client: TestClient) -> None:
    first = create(client, candidate_ref="user-1")
    create(client, candidate_ref="user-2", company={"name": "Globex"})
    on = "2099-12-31"

    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        params = {"on": on, "limit": "3", **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/plan/due", params=params).json()
        seen += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            break

    steps = len(first["follow_up_plan"]["steps"]) * 2
    assert len(seen) == steps
    assert len({item["id"] for item in seen}) == steps
    keys = [(item["due_on"], item["id"]) for item in seen]
    assert keys == sorted(keys)
    assert {item["company_name"] for item in seen} == {"Acme Robotics", "Globex"}
    assert all(item["role_title"] == "Senior Data Engineer" for item in seen)
    only = client.get("/v1/plan/due", params={"on": on, "candidate_ref": "user-2"}).json()
    assert {item["candidate_ref"] for item in only["items"]} == {"user-2"}


def test_the_due_list_leaves_out_later_and_finished_steps(client: TestClient) -> None:
    rejection = create(client)
    steps = rejection["follow_up_plan"]["steps"]
    patch_step(client, rejection, steps[0], {"status": "done"})
    on = steps[1]["due_on"]

    due = client.get("/v1/plan/due", params={"on": on}).json()["items"]

    assert steps[0]["id"] not in [item["id"] for item in due]
    assert all(item["due_on"] <= on for item in due)
    assert steps[1]["id"] in [item["id"] for item in due]


def test_the_due_list_shows_another_tenant_nothing(
    client: TestClient, other_client: TestClient
) -> None:
    create(client)

    response = other_client.get("/v1/plan/due", params={"on": "2099-12-31"})

    assert response.json()["items"] == []


def test_a_snooze_is_bounded_to_two_years_so_no_far_day_breaks_the_calendars(
    client: TestClient,
) -> None:
    rejection = create(client, timezone="UTC")
    step = rejection["follow_up_plan"]["steps"][0]
    today = datetime.now(UTC).date()
    limit = date(today.year + 2, today.month, min(today.day, 28 if today.month == 2 else 31))

    far = patch_step(client, rejection, step, {"status": "snoozed", "due_on": "9999-12-31"})
    past_limit = patch_step(
        client, rejection, step, {"status": "snoozed", "due_on": str(limit + timedelta(days=1))}
    )

    for refused in (far, past_limit):
        assert refused.status_code == 422, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert "due_on" in refused.json()["detail"]
    assert client.get(f"/v1/rejections/{rejection['id']}/plan.ics").status_code == 200
    at_limit = patch_step(client, rejection, step, {"status": "snoozed", "due_on": str(limit)})
    assert at_limit.status_code == 200, at_limit.text
    assert client.get(f"/v1/rejections/{rejection['id']}/plan.ics").status_code == 200
    schema = client.get("/openapi.json").json()["components"]["schemas"]["StepSnoozed"]
    assert "2 years" in schema["properties"]["due_on"]["description"]
