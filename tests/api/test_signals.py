"""The rejection's signals through the HTTP API: create, read back, regenerate, preview,
history and the calendar agree on what was drafted (issue 13)."""

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.helpers import example_context

PITCH_WORDS = {"warm": 100, "formal": 100, "concise": 75}


def with_signals(**signals: bool) -> dict[str, Any]:
    body = example_context()
    body["signals"] = signals
    return body


def create(client: TestClient, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/rejections", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def kinds(rejection: dict[str, Any]) -> list[str]:
    return [step["kind"] for step in rejection["follow_up_plan"]["steps"]]


def titles(rejection: dict[str, Any]) -> dict[str, str]:
    return {step["kind"]: step["title"] for step in rejection["follow_up_plan"]["steps"]}


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_declined_feedback_is_not_asked_for_and_the_pitch_asks_lightly(
    client: TestClient, tone: str
) -> None:
    body = with_signals(feedback_declined=True)
    body["tone"] = tone

    created = create(client, body)

    assert created["context"]["signals"]["feedback_declined"] is True
    assert created["drafts"]["feedback_request"] is None
    assert "send_feedback_request" not in kinds(created)
    assert "nudge" not in kinds(created)
    pitch = created["drafts"]["last_pitch"]
    assert pitch["body"].count("?") == 1
    assert re.search(r"no need to reply|no reply (is )?needed", pitch["body"], re.IGNORECASE)
    assert pitch["word_count"] <= PITCH_WORDS[tone]
    assert created["review"]["warnings"] == []
    assert client.get(f"/v1/rejections/{created['id']}").json()["drafts"] == created["drafts"]


def test_regenerating_without_a_feedback_request_keeps_it_absent(client: TestClient) -> None:
    created = create(client, with_signals(feedback_declined=True))

    response = client.post(
        f"/v1/rejections/{created['id']}/drafts", json={"tone": "formal", "channel": "linkedin"}
    )

    assert response.status_code == 201, response.text
    drafts = response.json()["drafts"]
    assert drafts["feedback_request"] is None
    assert drafts["last_pitch"]["version"] == 2
    assert drafts["last_pitch"]["body"].count("?") == 1
    assert client.get(f"/v1/rejections/{created['id']}").json()["drafts"] == drafts
    history = client.get(f"/v1/rejections/{created['id']}/drafts").json()["items"]
    assert {item["kind"] for item in history} == {"last_pitch", "linkedin_note"}
    assert "nudge" not in kinds(response.json())


def test_the_preview_drafts_no_feedback_request_either(client: TestClient) -> None:
    response = client.post("/v1/drafts/preview", json=with_signals(feedback_declined=True))

    assert response.status_code == 200, response.text
    preview = response.json()
    assert preview["drafts"]["feedback_request"] is None
    assert "send_feedback_request" not in [s["kind"] for s in preview["follow_up_plan"]["steps"]]


def test_the_calendar_of_a_plan_without_a_feedback_request_exports(client: TestClient) -> None:
    created = create(client, with_signals(feedback_declined=True))

    response = client.get(f"/v1/rejections/{created['id']}/plan.ics")

    assert response.status_code == 200
    assert "feedback" not in response.text.lower().replace("feedback_declined", "")


def test_offered_feedback_is_accepted_and_its_step_says_so(client: TestClient) -> None:
    created = create(client, with_signals(feedback_offered=True))

    request = created["drafts"]["feedback_request"]
    assert "kindly offered to share feedback" in request["body"]
    assert "take you up on it" in request["body"]
    assert titles(created)["send_feedback_request"] == "Take Jordan Lee up on the offer of feedback"
    assert created["review"]["warnings"] == []


def test_feedback_cannot_be_both_offered_and_declined(client: TestClient) -> None:
    response = client.post(
        "/v1/rejections", json=with_signals(feedback_offered=True, feedback_declined=True)
    )

    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "offered and declined" in response.text


def test_an_invitation_to_reapply_dates_a_watch_step(client: TestClient) -> None:
    body = with_signals(invited_to_reapply=True)
    body["stage"] = "phone_screen"

    created = create(client, body)

    watch = next(s for s in created["follow_up_plan"]["steps"] if s["kind"] == "watch_openings")
    assert watch["title"].startswith("Acme Robotics invited you to apply again:")
    assert watch["due_on"] > body["rejected_on"]
    assert "apply again" in created["drafts"]["last_pitch"]["body"]


@pytest.mark.parametrize(
    "change",
    [
        {"signals": {"no_reply_sender": True}},
        {"contact": {"name": "Jordan Lee", "email": "noreply@acme.example"}},
    ],
    ids=["signal", "address"],
)
def test_a_no_reply_sender_sends_the_candidate_to_the_managers_own_address(
    client: TestClient, change: dict[str, Any]
) -> None:
    created = create(client, {**example_context(), **change})

    shown = titles(created)
    assert shown["send_last_pitch"].startswith(
        "The rejection came from a no-reply address: find Jordan Lee's own address"
    )
    assert shown["send_feedback_request"].endswith("not the no-reply one")
    assert shown["connect_on_linkedin"] == "Connect on LinkedIn with a short note"
    assert created["drafts"]["linkedin_note"] is not None
    fetched = client.get(f"/v1/rejections/{created['id']}").json()
    assert titles(fetched) == shown
