"""The plan listens: replies, feedback and silence change what comes next.

Each scenario drives one rejection through time with the clock passed in: the services read
`utcnow` from their module, which the `clock` fixture here sets.
"""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from app.models import OutboxEvent
from app.services import plans, rejections
from tests.api.outbound_support import Clock
from tests.helpers import example_context
from tests.inspection import inspection_session

# 15:00 UTC is 10:00 in New York, the example candidate's zone.
START = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


@pytest.fixture
def plan_clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock(START)
    for module in (plans, rejections):
        monkeypatch.setattr(module, "utcnow", clock)
    return clock


def create(client: TestClient, **changes: Any) -> dict[str, Any]:
    response = client.post("/v1/rejections", json={**example_context(), **changes})
    assert response.status_code == 201, response.text
    return dict(response.json())


def steps(client: TestClient, rejection: dict[str, Any]) -> dict[str, dict[str, Any]]:
    body = client.get(f"/v1/rejections/{rejection['id']}").json()
    return {step["kind"]: step for step in body["follow_up_plan"]["steps"]}


def done_on(
    client: TestClient, clock: Clock, rejection: dict[str, Any], kind: str, **extra: Any
) -> dict[str, Any]:
    """Mark the step done at 15:00 UTC on its own day, as the candidate would."""
    step = steps(client, rejection)[kind]
    clock.now = datetime.fromisoformat(step["due_on"]).replace(hour=15, tzinfo=UTC)
    path = f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}"
    response = client.patch(path, json={"status": "done", **extra})
    assert response.status_code == 200, response.text
    return dict(response.json())


def step_events(step_id: str) -> list[dict[str, Any]]:
    with inspection_session(write=False) as session:
        statement = select(OutboxEvent).where(OutboxEvent.event_type == "plan.step_updated")
        return [e.data for e in session.exec(statement).all() if e.data["step_id"] == step_id]


def test_a_reply_after_the_feedback_request_cancels_the_nudge(
    client: TestClient, plan_clock: Clock
) -> None:
    rejection = create(client)
    done_on(client, plan_clock, rejection, "send_last_pitch")
    done_on(client, plan_clock, rejection, "send_feedback_request")
    plan_clock.advance(timedelta(days=2))

    response = client.post(
        f"/v1/rejections/{rejection['id']}/replies",
        json={"on": plan_clock.now.date().isoformat(), "summary": "Happy to talk next week."},
    )

    assert response.status_code == 201, response.text
    changed = response.json()["changed_steps"]
    assert [(s["kind"], s["status"], s["cancel_reason"]) for s in changed] == [
        ("nudge", "cancelled", "replied")
    ]
    after = steps(client, rejection)
    assert after["nudge"]["status"] == "cancelled"
    assert after["value_check_in"]["status"] == "pending"
    due = client.get("/v1/plan/due", params={"on": after["nudge"]["due_on"]}).json()["items"]
    assert "nudge" not in [item["kind"] for item in due]
    assert [e["cancel_reason"] for e in step_events(after["nudge"]["id"])] == ["replied"]


def test_feedback_recorded_on_the_rejection_is_a_reply(
    client: TestClient, plan_clock: Clock
) -> None:
    rejection = create(client)
    done_on(client, plan_clock, rejection, "send_last_pitch")

    response = client.patch(
        f"/v1/rejections/{rejection['id']}",
        json={"received_feedback": "We needed deeper dbt experience."},
    )

    assert response.status_code == 200, response.text
    plan = {s["kind"]: s for s in response.json()["follow_up_plan"]["steps"]}
    assert plan["nudge"]["cancel_reason"] == "replied"
    # Feedback that came unasked answers the request not yet sent.
    assert plan["send_feedback_request"]["status"] == "cancelled"


def test_the_feedback_step_done_with_the_reply_cancels_the_nudge(
    client: TestClient, plan_clock: Clock
) -> None:
    rejection = create(client)
    done_on(client, plan_clock, rejection, "send_last_pitch")
    done_on(
        client,
        plan_clock,
        rejection,
        "send_feedback_request",
        received_feedback="Strong system design; we needed deeper dbt experience.",
    )

    assert steps(client, rejection)["nudge"]["cancel_reason"] == "replied"


def test_two_unanswered_touches_end_the_outreach_but_not_the_networking(
    client: TestClient, plan_clock: Clock
) -> None:
    rejection = create(client)
    done_on(client, plan_clock, rejection, "send_last_pitch")
    done_on(client, plan_clock, rejection, "send_feedback_request")
    done_on(client, plan_clock, rejection, "connect_on_linkedin")

    done_on(client, plan_clock, rejection, "nudge")

    after = steps(client, rejection)
    for kind in ("value_check_in", "reach_out_about_role", "quarterly_check_in"):
        assert (after[kind]["status"], after[kind]["cancel_reason"]) == ("cancelled", "unanswered")
        assert [e["status"] for e in step_events(after[kind]["id"])] == ["cancelled"]
    assert after["watch_openings"]["status"] == "pending"
    assert after["meet_at_events"]["status"] == "pending"


def test_a_reply_between_two_touches_keeps_the_outreach_going(
    client: TestClient, plan_clock: Clock
) -> None:
    rejection = create(client)
    done_on(client, plan_clock, rejection, "send_last_pitch")
    done_on(client, plan_clock, rejection, "send_feedback_request")
    plan_clock.advance(timedelta(days=1))
    client.post(
        f"/v1/rejections/{rejection['id']}/replies",
        json={"on": plan_clock.now.date().isoformat(), "channel": "linkedin"},
    )

    done_on(client, plan_clock, rejection, "value_check_in")

    after = steps(client, rejection)
    assert after["reach_out_about_role"]["status"] == "pending"
    assert after["quarterly_check_in"]["status"] == "pending"


def test_a_reply_dated_after_today_or_on_a_stopped_rejection_is_refused(
    client: TestClient, plan_clock: Clock
) -> None:
    rejection = create(client)
    path = f"/v1/rejections/{rejection['id']}/replies"

    tomorrow = client.post(path, json={"on": "2026-11-21"})
    before = client.post(path, json={"on": "2026-11-19"})
    client.post(f"/v1/rejections/{rejection['id']}/stop", json={})
    stopped = client.post(path, json={"on": "2026-11-20"})

    assert tomorrow.status_code == 422
    assert "on:" in tomorrow.json()["detail"]
    assert tomorrow.headers["content-type"] == "application/problem+json"
    assert before.status_code == 422
    assert stopped.status_code == 409


def test_a_retried_reply_with_its_idempotency_key_is_recorded_once(
    client: TestClient, plan_clock: Clock
) -> None:
    rejection = create(client)
    path = f"/v1/rejections/{rejection['id']}/replies"
    headers = {"Idempotency-Key": "reply-1"}

    first = client.post(path, json={"on": "2026-11-20"}, headers=headers)
    again = client.post(path, json={"on": "2026-11-20"}, headers=headers)

    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json()["id"] == again.json()["id"]
