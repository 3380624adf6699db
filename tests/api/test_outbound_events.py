"""The rejection service writes its events to the outbox in the request's transaction."""

from fastapi.testclient import TestClient
from sqlmodel import col, select

from app.models import OutboxEvent
from tests.helpers import example_context
from tests.inspection import inspection_session


def events() -> list[tuple[str, dict[str, object]]]:
    with inspection_session(write=False) as session:
        rows = session.exec(select(OutboxEvent).order_by(col(OutboxEvent.id))).all()
        return [(row.event_type, row.data) for row in rows]


def test_creating_updating_and_stopping_a_rejection_each_record_an_event(
    client: TestClient,
) -> None:
    created = client.post("/v1/rejections", json=example_context()).json()
    client.patch(f"/v1/rejections/{created['id']}", json={"outcome": "offer"})
    client.post(f"/v1/rejections/{created['id']}/stop", json={})
    client.post(f"/v1/rejections/{created['id']}/stop", json={})

    recorded = events()

    assert [kind for kind, _ in recorded] == [
        "rejection.drafted",
        "rejection.updated",
        "rejection.updated",
    ]
    assert {data["rejection_id"] for _, data in recorded} == {created["id"]}
    assert recorded[0][1]["external_ref"] == "app-8812"
    assert recorded[1][1]["outcome"] == "offer"
    assert recorded[2][1]["status"] == "stopped"


def test_a_refused_create_records_nothing(client: TestClient) -> None:
    response = client.post(
        "/v1/rejections", json={**example_context(), "rejected_on": "2999-01-01"}
    )

    assert response.status_code == 422
    assert events() == []


def test_event_bodies_never_carry_the_drafted_messages(client: TestClient) -> None:
    created = client.post("/v1/rejections", json=example_context()).json()

    [(_, data)] = events()

    assert created["drafts"]["last_pitch"]["body"] not in str(data)
