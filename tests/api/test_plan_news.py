"""Every later touch carries something: a posting, or what the candidate did since feedback.

Without either the reach-out is a reminder; feedback naming a gap re-plans what follows.
"""

from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient

from tests.api.outbound_support import Clock
from tests.api.test_plan_listening import create, plan_clock, step_events, steps

# The clock the plan scenarios run on (20 November 2026), as a fixture of this module too.
__all__ = ["plan_clock"]

POSTING = {"posting_title": "Staff Data Engineer", "posting_url": "https://acme.example/jobs/42"}


def patch_step(
    client: TestClient, rejection: dict[str, Any], kind: str, body: dict[str, Any]
) -> Any:
    step = steps(client, rejection)[kind]
    return client.patch(f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}", json=body)


def test_a_reach_out_without_a_posting_is_a_reminder_until_one_is_added(
    client: TestClient,
) -> None:
    rejection = create(client)
    reminder = steps(client, rejection)["reach_out_about_role"]
    assert reminder["message"] is None
    assert reminder["title"].startswith("Reminder:")

    response = patch_step(
        client, rejection, "reach_out_about_role", {"status": "pending", **POSTING}
    )

    assert response.status_code == 200, response.text
    reach = steps(client, rejection)["reach_out_about_role"]
    assert reach["status"] == "pending"
    assert reach["posting_title"] == "Staff Data Engineer"
    assert "Staff Data Engineer" in reach["message"]
    assert "https://acme.example/jobs/42" in reach["message"]
    assert len(step_events(reach["id"])) == 2  # the posting added, then the note drafted


def test_only_the_reach_out_takes_a_posting(client: TestClient) -> None:
    rejection = create(client)

    response = patch_step(client, rejection, "nudge", {"status": "pending", **POSTING})
    bad_url = patch_step(
        client,
        rejection,
        "reach_out_about_role",
        {"status": "pending", "posting_title": "X", "posting_url": "ftp://x"},
    )

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert "posting_title" in response.json()["detail"]
    assert bad_url.status_code == 422


def test_feedback_naming_a_gap_rewrites_the_reach_out_and_adds_build_and_update_steps(
    client: TestClient,
) -> None:
    rejection = create(client)
    patch_step(client, rejection, "reach_out_about_role", {"status": "pending", **POSTING})
    before = steps(client, rejection)["reach_out_about_role"]["message"]
    assert "Kafka" in before

    response = patch_step(
        client,
        rejection,
        "send_feedback_request",
        {"status": "done", "received_feedback": "We needed deeper Kafka experience."},
    )

    assert response.status_code == 200, response.text
    after = steps(client, rejection)
    assert after["nudge"]["cancel_reason"] == "replied"
    assert "Kafka" not in after["reach_out_about_role"]["message"]
    assert "Kafka experience" in after["build_skill"]["title"]
    assert after["send_update"]["message"] is None  # nothing to tell yet, and nothing invented
    assert step_events(after["build_skill"]["id"])

    updated = client.patch(
        f"/v1/rejections/{rejection['id']}",
        json={"updates": ["shipped a Kafka Streams service at work"]},
    )

    assert updated.status_code == 200, updated.text
    assert updated.json()["updates"] == ["shipped a Kafka Streams service at work"]
    plan = {s["kind"]: s for s in updated.json()["follow_up_plan"]["steps"]}
    assert "I shipped a Kafka Streams service at work" in plan["send_update"]["message"]
    days = [s["due_on"] for s in updated.json()["follow_up_plan"]["steps"]]
    assert days == sorted(days)


def test_updates_are_checked_like_every_field(client: TestClient) -> None:
    rejection = create(client)

    response = client.patch(f"/v1/rejections/{rejection['id']}", json={"updates": ["x" * 301]})

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_a_phone_screen_plan_has_the_short_shape(client: TestClient, plan_clock: Clock) -> None:
    rejection = create(client, stage="phone_screen")

    kinds = [step["kind"] for step in rejection["follow_up_plan"]["steps"]]

    assert kinds == ["send_last_pitch", "watch_openings", "reach_out_about_role"]
    assert rejection["follow_up_plan"]["steps"][0]["due_on"] == "2026-11-23"


def test_a_late_november_final_round_keeps_quiet_over_the_year_end(
    client: TestClient, plan_clock: Clock
) -> None:
    plan_clock.advance(timedelta(days=7))  # Friday 27 November
    rejection = create(client, stage="final", rejected_on="2026-11-27")

    for step in rejection["follow_up_plan"]["steps"]:
        if step["channel"] is not None:
            assert not "2026-12-20" <= step["due_on"] <= "2027-01-05", step
