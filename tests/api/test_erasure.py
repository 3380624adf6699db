"""Erasing a rejection erases what the outbox says about it (issue 12 #4)."""

import json
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import col, select

from app.models import OutboundDelivery, OutboxEvent
from app.worker import Worker
from tests.api.outbound_support import Receiver
from tests.helpers import example_context
from tests.inspection import inspection_session

ALL_EVENTS = [
    "rejection.drafted",
    "rejection.updated",
    "rejection.deleted",
    "plan.step_due",
    "plan.step_updated",
]


def register(client: TestClient, receiver: Receiver) -> dict[str, Any]:
    response = client.post("/v1/endpoints", json={"url": receiver.url, "events": ALL_EVENTS})
    assert response.status_code == 201, response.text
    endpoint = response.json()
    receiver.secrets.append(endpoint["secret"])
    return dict(endpoint)


def outbox() -> list[tuple[str, dict[str, Any]]]:
    with inspection_session(write=False) as session:
        rows = session.exec(select(OutboxEvent).order_by(col(OutboxEvent.id))).all()
        return [(row.event_type, row.data) for row in rows]


def delivery_statuses() -> list[str]:
    with inspection_session(write=False) as session:
        return sorted(row.status for row in session.exec(select(OutboundDelivery)).all())


def test_deleting_a_rejection_erases_its_events_cancels_their_deliveries_and_says_deleted(
    client: TestClient, receiver: Receiver, worker: Worker
) -> None:
    first = register(client, receiver)
    rejection = client.post("/v1/rejections", json=example_context()).json()
    rejection_id = rejection["id"]
    step = rejection["follow_up_plan"]["steps"][0]
    done = client.patch(
        f"/v1/rejections/{rejection_id}/plan/steps/{step['id']}", json={"status": "done"}
    )
    assert done.status_code == 200, done.text
    assert worker.fan_out() == 2  # two deliveries queued for the first endpoint, not sent
    client.patch(f"/v1/rejections/{rejection_id}", json={"outcome": "offer"})  # not fanned out

    assert client.delete(f"/v1/rejections/{rejection_id}").status_code == 204
    register(client, receiver)  # an endpoint registered after the erasure

    stored = json.dumps(outbox())
    for third_party in ("Acme Robotics", "Senior Data Engineer", "app-8812", step["title"]):
        assert third_party not in stored
    assert ("rejection.deleted", {"rejection_id": rejection_id}) in outbox()
    assert delivery_statuses() == ["cancelled", "cancelled"]

    while worker.run_once():
        pass
    payloads = receiver.payloads()
    assert [payload["type"] for payload in payloads] == ["rejection.deleted"] * 2
    assert all(payload["data"] == {"rejection_id": rejection_id} for payload in payloads)
    assert all(item.verified for item in receiver.received)

    listed = client.get(f"/v1/endpoints/{first['id']}/deliveries").json()["items"]
    statuses = sorted(item["status"] for item in listed)
    assert statuses == ["cancelled", "cancelled", "succeeded"]
    assert all(not item["attempts"] for item in listed if item["status"] == "cancelled")


def test_deleting_a_missing_rejection_records_no_event(client: TestClient) -> None:
    missing = "0190f0c0-0000-7000-8000-000000000000"
    assert client.delete(f"/v1/rejections/{missing}").status_code == 404
    assert outbox() == []
