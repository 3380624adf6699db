from datetime import date
from typing import Any

import pytest

from app.ats import ADAPTERS, EventKind, PayloadError, SignatureError
from app.drafting.context import Stage
from tests.ats.support import (
    DEFAULTS,
    NOW,
    PREVIOUS,
    SECRET,
    delivery,
    dumps,
    fixture,
    greenhouse,
    raw,
)

ADAPTER = ADAPTERS["greenhouse"]
REJECT = raw("greenhouse-reject_candidate.json")


def _reject_with(**changes: Any) -> bytes:
    body = fixture("greenhouse-reject_candidate.json")
    application = body["payload"]["application"]
    for key, value in changes.items():
        if key.startswith("candidate_"):
            application["candidate"][key.removeprefix("candidate_")] = value
        else:
            application[key] = value
    return dumps(body)


def test_a_reject_candidate_signed_over_the_raw_body_verifies() -> None:
    ADAPTER.verify(greenhouse(REJECT), [SECRET], now=NOW)


def test_a_unicode_escaped_body_is_verified_byte_for_byte() -> None:
    body = REJECT.replace(b'"Too Junior"', b'"Too \\u003cJunior\\u003e"')
    ADAPTER.verify(greenhouse(body), [SECRET], now=NOW)


def test_one_changed_byte_in_the_body_fails_verification() -> None:
    signed = greenhouse(REJECT)
    tampered = delivery(REJECT.replace(b"265293", b"265294", 1), dict(signed.headers))
    with pytest.raises(SignatureError, match="does not match"):
        ADAPTER.verify(tampered, [SECRET], now=NOW)


def test_a_forged_signature_is_refused() -> None:
    with pytest.raises(SignatureError):
        ADAPTER.verify(greenhouse(REJECT, secret="attacker"), [SECRET], now=NOW)


def test_a_missing_signature_header_is_refused() -> None:
    with pytest.raises(SignatureError, match="missing Signature"):
        ADAPTER.verify(delivery(REJECT), [SECRET], now=NOW)


def test_a_signature_without_the_sha256_prefix_is_refused() -> None:
    bare = greenhouse(REJECT).headers["signature"].removeprefix("sha256 ")
    with pytest.raises(SignatureError, match="sha256 <hex>"):
        ADAPTER.verify(delivery(REJECT, {"signature": bare}), [SECRET], now=NOW)


def test_the_previous_secret_still_verifies_during_rotation() -> None:
    ADAPTER.verify(greenhouse(REJECT, secret=PREVIOUS), ["rotated-new", PREVIOUS], now=NOW)


def test_no_usable_secret_refuses_everything_even_an_empty_signature() -> None:
    with pytest.raises(SignatureError, match="no signing secret"):
        ADAPTER.verify(greenhouse(REJECT, secret=""), [""], now=NOW)


def test_errors_never_echo_the_secret_or_the_expected_signature() -> None:
    with pytest.raises(SignatureError) as caught:
        ADAPTER.verify(greenhouse(REJECT, secret="attacker"), [SECRET], now=NOW)
    assert SECRET not in str(caught.value)
    assert greenhouse(REJECT).headers["signature"][7:] not in str(caught.value)


def test_a_reject_candidate_maps_to_a_rejection_context() -> None:
    event = ADAPTER.parse(greenhouse(REJECT), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert (event.provider, event.event_name, event.vendor_delivery_id) == (
        "greenhouse",
        "reject_candidate",
        "gh-evt-1",
    )
    assert (event.application_id, event.candidate_ref) == ("265293", "265788")
    context = event.context
    assert context is not None
    assert context.candidate.name == "Hector Porter"
    assert context.candidate.email == "hector.porter.265788@example.com"
    assert context.company.name == "Acme Robotics"
    assert context.role.title == "Designer"
    assert context.stage is Stage.final
    assert context.reason == "Too Junior"
    assert context.rejected_on == date(2015, 2, 11)
    assert (context.external_ref, context.candidate_ref) == ("265293", "265788")
    assert context.contact is None


def test_the_recruiter_becomes_the_contact() -> None:
    recruiter = {"id": 1, "first_name": "Rita", "last_name": "Ruiz", "email": "rita@acme.example"}
    event = ADAPTER.parse(greenhouse(_reject_with(candidate_recruiter=recruiter)), DEFAULTS)
    assert event.context is not None
    assert event.context.contact is not None
    assert event.context.contact.name == "Rita Ruiz"
    assert event.context.contact.email == "rita@acme.example"


def test_ping_is_a_handshake_answered_without_a_signature() -> None:
    ping = delivery(raw("greenhouse-ping.json"))
    assert ADAPTER.is_handshake(ping)
    assert ADAPTER.parse(ping, DEFAULTS).kind is EventKind.handshake


def test_a_rejection_is_not_a_handshake() -> None:
    assert not ADAPTER.is_handshake(greenhouse(REJECT))
    assert not ADAPTER.is_handshake(delivery(b"not json"))


def test_unreject_candidate_is_an_unrejection_of_the_same_application() -> None:
    event = ADAPTER.parse(greenhouse(raw("greenhouse-unreject_candidate.json")), DEFAULTS)
    assert event.kind is EventKind.unrejection
    assert (event.application_id, event.candidate_ref) == ("265293", "265788")
    assert event.context is None


def test_a_rejected_prospect_is_ignored() -> None:
    event = ADAPTER.parse(greenhouse(_reject_with(prospect=True)), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert event.ignored_reason is not None
    assert "prospect" in event.ignored_reason


def test_a_candidate_who_may_not_be_emailed_is_ignored() -> None:
    event = ADAPTER.parse(greenhouse(_reject_with(candidate_can_email=False)), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert event.ignored_reason is not None
    assert "can_email" in event.ignored_reason


def test_a_they_rejected_us_reason_type_is_ignored() -> None:
    reason = {"id": 1, "name": "Took another offer", "type": {"id": 2, "name": "They rejected us"}}
    event = ADAPTER.parse(greenhouse(_reject_with(rejection_reason=reason)), DEFAULTS)
    assert event.kind is EventKind.ignored


def test_other_actions_are_ignored_with_the_reason() -> None:
    body = dumps({"action": "new_candidate_application", "payload": {}})
    event = ADAPTER.parse(greenhouse(body), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert event.ignored_reason == "action 'new_candidate_application' is not a rejection"


def test_malformed_json_is_a_payload_error() -> None:
    with pytest.raises(PayloadError, match="not valid JSON"):
        ADAPTER.parse(greenhouse(b'{"action": "reject_candidate",'), DEFAULTS)


def test_a_rejection_without_its_application_is_a_payload_error() -> None:
    body = dumps({"action": "reject_candidate", "payload": {}})
    with pytest.raises(PayloadError, match=r"payload\.application"):
        ADAPTER.parse(greenhouse(body), DEFAULTS)


def test_a_rejection_without_a_job_is_a_payload_error() -> None:
    with pytest.raises(PayloadError, match=r"role\.title"):
        ADAPTER.parse(greenhouse(_reject_with(jobs=[])), DEFAULTS)


def test_a_none_specified_reason_type_is_no_reason() -> None:
    # Harvest's rejection-reason types are "We rejected them", "They rejected us" and "None
    # specified" (https://developers.greenhouse.io/harvest.html#rejection-reasons).
    body = raw("greenhouse-reject_candidate-none_specified.json")
    event = ADAPTER.parse(greenhouse(body), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert event.context is not None
    assert event.context.reason is None


def test_a_reason_named_none_specified_is_no_reason_either() -> None:
    reason = {"id": 9, "name": "None specified", "type": {"id": 1, "name": "We rejected them"}}
    event = ADAPTER.parse(greenhouse(_reject_with(rejection_reason=reason)), DEFAULTS)
    assert event.context is not None
    assert event.context.reason is None


def test_interviewers_of_held_interviews_are_mapped_once_each() -> None:
    # current_stage.interviews[].interviewers[] = {id, display_name, status}
    # (https://developers.greenhouse.io/webhooks.html#candidate-stage-change).
    body = raw("greenhouse-reject_candidate-interviewers.json")
    event = ADAPTER.parse(greenhouse(body), DEFAULTS)
    assert event.context is not None
    assert [(i.name, i.title) for i in event.context.interviewers] == [
        ("Priya Natarajan", None),
        ("Tomas Greer", None),
    ]


def test_an_interviewer_title_is_kept_where_a_payload_carries_one() -> None:
    stage = {
        "id": 1,
        "name": "Onsite",
        "interviews": [
            {
                "id": 2,
                "status": "complete",
                "interviewers": [{"id": 3, "name": "Ada Byron", "title": "Staff Engineer"}],
            }
        ],
    }
    event = ADAPTER.parse(greenhouse(_reject_with(current_stage=stage)), DEFAULTS)
    assert event.context is not None
    [interviewer] = event.context.interviewers
    assert (interviewer.name, interviewer.title) == ("Ada Byron", "Staff Engineer")


def test_a_large_panel_is_capped_at_the_contexts_limit() -> None:
    panel = [{"id": n, "display_name": f"Interviewer {n}"} for n in range(15)]
    stage = {"id": 1, "name": "Onsite", "interviews": [{"id": 2, "interviewers": panel}]}
    event = ADAPTER.parse(greenhouse(_reject_with(current_stage=stage)), DEFAULTS)
    assert event.context is not None
    assert len(event.context.interviewers) == 10
