import hashlib
from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.ats import ADAPTERS, EventKind, PayloadError, SignatureError
from app.drafting.context import Stage
from tests.ats.support import DEFAULTS, NOW, PREVIOUS, SECRET, ashby, delivery, dumps, fixture, raw

ADAPTER = ADAPTERS["ashby"]
STAGE_CHANGE = raw("ashby-candidateStageChange.json")


def _stage_change_with(**changes: Any) -> bytes:
    body = fixture("ashby-candidateStageChange.json")
    body["data"]["application"].update(changes)
    return dumps(body)


def test_a_stage_change_signed_over_the_raw_body_verifies() -> None:
    ADAPTER.verify(ashby(STAGE_CHANGE), [SECRET], now=NOW)


def test_one_changed_byte_in_the_body_fails_verification() -> None:
    headers = dict(ashby(STAGE_CHANGE).headers)
    tampered = STAGE_CHANGE.replace(b"James", b"Jamez")
    with pytest.raises(SignatureError, match="does not match"):
        ADAPTER.verify(delivery(tampered, headers), [SECRET], now=NOW)


def test_a_forged_signature_is_refused() -> None:
    with pytest.raises(SignatureError):
        ADAPTER.verify(ashby(STAGE_CHANGE, secret="attacker"), [SECRET], now=NOW)


def test_the_header_in_circulation_x_ashby_signature_is_not_accepted() -> None:
    headers = {"x-ashby-signature": ashby(STAGE_CHANGE).headers["ashby-signature"]}
    with pytest.raises(SignatureError, match="missing Ashby-Signature"):
        ADAPTER.verify(delivery(STAGE_CHANGE, headers), [SECRET], now=NOW)


def test_a_signature_without_the_sha256_prefix_is_refused() -> None:
    bare = ashby(STAGE_CHANGE).headers["ashby-signature"].removeprefix("sha256=")
    with pytest.raises(SignatureError):
        ADAPTER.verify(delivery(STAGE_CHANGE, {"ashby-signature": bare}), [SECRET], now=NOW)


def test_the_previous_secret_still_verifies_during_rotation() -> None:
    ADAPTER.verify(ashby(STAGE_CHANGE, secret=PREVIOUS), ["rotated-new", PREVIOUS], now=NOW)


def test_a_move_to_archived_rejected_by_org_maps_to_a_rejection_context() -> None:
    event = ADAPTER.parse(ashby(STAGE_CHANGE), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert event.vendor_delivery_id == "75395d87-4044-4dc4-bc29-0cec185e5f06"
    assert event.application_id == "0a9d3c1e-5b7f-4f2a-9c61-2f3e8d4b7a10"
    assert event.candidate_ref == "5b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8"
    context = event.context
    assert context is not None
    assert (context.candidate.name, context.candidate.email) == ("James", "test@ashbyhq.com")
    assert context.role.title == "First Designer"
    assert context.reason == "Too inexperienced"
    assert context.stage is Stage.applied
    assert context.rejected_on == date(2024, 5, 20)
    assert context.contact is not None
    assert (context.contact.name, context.contact.title) == ("Joey Joe", "Hiring Manager")
    assert context.contact.email == "joey@example.com"


def test_the_application_update_twin_carries_the_same_delivery_id() -> None:
    body = fixture("ashby-candidateStageChange.json")
    body["action"] = "applicationUpdate"
    event = ADAPTER.parse(ashby(dumps(body)), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert event.vendor_delivery_id == "75395d87-4044-4dc4-bc29-0cec185e5f06"


@pytest.mark.parametrize("reason_type", ["RejectedByCandidate", "Other"])
def test_an_archive_reason_not_rejected_by_org_is_ignored(reason_type: str) -> None:
    reason = {"id": "r", "text": "Withdrew", "reasonType": reason_type, "isArchived": False}
    event = ADAPTER.parse(ashby(_stage_change_with(archiveReason=reason)), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert event.ignored_reason is not None
    assert reason_type in event.ignored_reason


def test_a_move_to_an_active_stage_is_ignored() -> None:
    stage = {"id": "s", "title": "Onsite", "type": "Active"}
    body = _stage_change_with(status="Active", currentInterviewStage=stage, archiveReason=None)
    event = ADAPTER.parse(ashby(body), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert event.ignored_reason == "the application was not moved to an Archived stage"


def test_ping_is_a_handshake_answered_without_a_signature() -> None:
    ping = delivery(raw("ashby-ping.json"))
    assert ADAPTER.is_handshake(ping)
    assert ADAPTER.parse(ping, DEFAULTS).kind is EventKind.handshake
    assert not ADAPTER.is_handshake(ashby(STAGE_CHANGE))


def test_other_actions_are_ignored() -> None:
    body = dumps({"action": "candidateHire", "webhookActionId": "w", "data": {}})
    assert ADAPTER.parse(ashby(body), DEFAULTS).kind is EventKind.ignored


def test_a_stage_change_without_a_webhook_action_id_gets_a_digest_for_its_delivery_id() -> None:
    # The candidateStageChange schema requires only `action` and `data`
    # (https://developers.ashbyhq.com/reference/candidatestagechangewebhook), though "Common
    # Payload Data" (https://developers.ashbyhq.com/docs/common-payload-data) says every
    # payload carries `webhookActionId`.
    body = raw("ashby-candidateStageChange-no_webhookActionId.json")
    event = ADAPTER.parse(ashby(body), DEFAULTS)
    assert event.kind is EventKind.rejection
    digest = hashlib.sha256(body)
    digest.update(b"\x006c1f0a42-8d3e-4b57-9a20-7e5d41c3b901\x002026-11-17T15:20:41.000Z")
    assert event.vendor_delivery_id == f"sha256:{digest.hexdigest()}"
    # A retry re-sends the same bytes: the same id, so the receiver drops it.
    assert ADAPTER.parse(ashby(body), DEFAULTS).vendor_delivery_id == event.vendor_delivery_id


def test_two_moves_without_a_webhook_action_id_get_two_delivery_ids() -> None:
    body = fixture("ashby-candidateStageChange-no_webhookActionId.json")
    first = ADAPTER.parse(ashby(dumps(body)), DEFAULTS)
    body["data"]["application"]["updatedAt"] = "2026-11-18T09:00:00.000Z"
    second = ADAPTER.parse(ashby(dumps(body)), DEFAULTS)
    assert first.vendor_delivery_id != second.vendor_delivery_id


def test_another_action_without_a_webhook_action_id_is_ignored_not_refused() -> None:
    body = dumps({"action": "jobUpdate", "data": {"job": {"id": "j"}}})
    event = ADAPTER.parse(ashby(body), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert (event.vendor_delivery_id or "").startswith("sha256:")


def test_a_stage_change_without_its_job_is_a_payload_error() -> None:
    with pytest.raises(PayloadError, match=r"application\.job"):
        ADAPTER.parse(ashby(_stage_change_with(job=None)), DEFAULTS)


def test_malformed_json_is_a_payload_error() -> None:
    with pytest.raises(PayloadError):
        ADAPTER.parse(ashby(b"[1, 2"), DEFAULTS)


def test_the_stage_before_archiving_is_read_from_the_history() -> None:
    # The webhook's currentInterviewStage is the Archived stage itself
    # (https://developers.ashbyhq.com/reference/candidatestagechangewebhook); the history's
    # entries follow application.listHistory
    # (https://developers.ashbyhq.com/reference/applicationlisthistory).
    body = raw("ashby-candidateStageChange-archived_with_history.json")
    event = ADAPTER.parse(ashby(body), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert event.context is not None
    assert event.context.stage is Stage.technical  # "Technical Interview"


def test_a_history_out_of_order_is_read_by_its_times() -> None:
    body = fixture("ashby-candidateStageChange-archived_with_history.json")
    body["data"]["application"]["applicationHistory"].reverse()
    event = ADAPTER.parse(ashby(dumps(body)), DEFAULTS)
    assert event.context is not None
    assert event.context.stage is Stage.technical


def test_without_a_history_the_archived_stage_is_not_taken_for_a_stage() -> None:
    stage = {"id": "s", "title": "Archived: Onsite Panel", "type": "Archived"}
    event = ADAPTER.parse(ashby(_stage_change_with(currentInterviewStage=stage)), DEFAULTS)
    assert event.context is not None
    assert event.context.stage is Stage.applied  # the context's default, not "onsite"


def test_a_move_back_out_of_archived_is_an_unrejection() -> None:
    body = raw("ashby-candidateStageChange-unarchived.json")
    event = ADAPTER.parse(ashby(body), DEFAULTS)
    assert event.kind is EventKind.unrejection
    assert event.application_id == "3b8e1d52-7c4a-4e19-b0f6-2a9d5c8e7f13"
    assert event.context is None
    assert event.occurred_at == datetime(2026, 11, 18, 10, 30, tzinfo=UTC)


def test_an_ordinary_move_with_a_history_is_still_ignored() -> None:
    body = fixture("ashby-candidateStageChange-unarchived.json")
    history = body["data"]["application"]["applicationHistory"]
    del history[-2]  # Technical Interview follows Recruiter Screen, not Archived
    event = ADAPTER.parse(ashby(dumps(body)), DEFAULTS)
    assert event.kind is EventKind.ignored


def test_the_hiring_team_is_the_contact_not_the_interviewers() -> None:
    # Ashby's rejection payload (the application schema of
    # https://developers.ashbyhq.com/reference/candidatestagechangewebhook) names no interviews
    # and no interviewers: its hiringTeam is who runs the hiring (recruiter, hiring manager,
    # coordinator), not who met the candidate, so thanking them for an interview would invent one.
    # Who interviewed comes from interviewSchedule.list, through the details hook
    # (tests/ats/test_interviewer_lookups.py, tests/api/test_ats_interviewers.py).
    team = [
        {"firstName": "Joey", "lastName": "Joe", "role": "Hiring Manager", "email": "j@x.example"},
        {"firstName": "Rae", "lastName": "Cole", "role": "Coordinator", "email": "r@x.example"},
    ]

    event = ADAPTER.parse(ashby(_stage_change_with(hiringTeam=team)), DEFAULTS)

    assert event.context is not None
    assert event.context.contact is not None
    assert event.context.contact.name == "Joey Joe"
    assert event.context.interviewers == []
