import base64
import hashlib
import hmac
from collections.abc import Callable
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
    hex_hmac,
    raw,
    workable,
)

ADAPTER = ADAPTERS["workable"]
MOVED = raw("workable-candidate_moved.json")


def _moved_with(**changes: Any) -> bytes:
    body = fixture("workable-candidate_moved.json")
    body["data"].update(changes)
    return dumps(body)


def test_a_candidate_moved_signed_over_the_raw_body_verifies() -> None:
    ADAPTER.verify(workable(MOVED), [SECRET], now=NOW)


def test_an_upper_case_hex_signature_verifies_too() -> None:
    headers = {"x-workable-signature": hex_hmac(SECRET, MOVED).upper()}
    ADAPTER.verify(delivery(MOVED, headers), [SECRET], now=NOW)


def test_one_changed_byte_in_the_body_fails_verification() -> None:
    headers = dict(workable(MOVED).headers)
    with pytest.raises(SignatureError, match="does not match"):
        ADAPTER.verify(delivery(MOVED.replace(b"true", b"TRUE", 1), headers), [SECRET], now=NOW)


def test_a_missing_signature_header_is_refused() -> None:
    with pytest.raises(SignatureError, match="missing X-Workable-Signature"):
        ADAPTER.verify(delivery(MOVED), [SECRET], now=NOW)


def test_a_forged_signature_is_refused() -> None:
    with pytest.raises(SignatureError):
        ADAPTER.verify(workable(MOVED, secret="attacker"), [SECRET], now=NOW)


def test_the_previous_token_still_verifies_during_rotation() -> None:
    ADAPTER.verify(workable(MOVED, secret=PREVIOUS), ["rotated-new", PREVIOUS], now=NOW)


def test_workable_has_no_handshake() -> None:
    assert not ADAPTER.is_handshake(workable(MOVED))


def test_a_disqualified_candidate_maps_to_a_rejection_context() -> None:
    event = ADAPTER.parse(workable(MOVED), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert event.vendor_delivery_id == "3f2c1a9e-7b4d-4e8a-9c11-5a6b7c8d9e0f"
    assert (event.application_id, event.candidate_ref) == ("ce4da98", "ce4da98")
    context = event.context
    assert context is not None
    assert context.candidate.name == "Lakita Marrero"
    assert context.candidate.email == "lakita.marrero@example.com"
    assert context.role.title == "Office Manager"
    assert context.stage is Stage.applied
    assert context.reason == "Very tardy"
    assert context.rejected_on == date(2024, 5, 20)


def test_a_candidate_who_withdrew_is_ignored() -> None:
    event = ADAPTER.parse(workable(_moved_with(withdrew=True)), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert event.ignored_reason == "the candidate withdrew"


def test_a_move_that_is_not_a_disqualification_is_ignored() -> None:
    event = ADAPTER.parse(workable(_moved_with(disqualified=False, stage="Interview")), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert event.ignored_reason == "the candidate is not disqualified"


def test_other_events_are_ignored() -> None:
    body = dumps({"id": "e", "event_type": "candidate_created", "data": {}})
    assert ADAPTER.parse(workable(body), DEFAULTS).kind is EventKind.ignored


def test_a_move_without_the_disqualified_flag_is_a_payload_error() -> None:
    body = fixture("workable-candidate_moved.json")
    del body["data"]["disqualified"]
    with pytest.raises(PayloadError, match="disqualified"):
        ADAPTER.parse(workable(dumps(body)), DEFAULTS)


def test_a_move_without_an_event_id_gets_a_digest_for_its_delivery_id() -> None:
    # Workable's docs show no envelope (https://workable.readme.io/reference/
    # webhook-subscriptions-candidates-employees: it POSTs "the associated resource").
    body = fixture("workable-candidate_moved.json")
    del body["id"]
    raw_body = dumps(body)
    event = ADAPTER.parse(workable(raw_body), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert (event.vendor_delivery_id or "").startswith("sha256:")
    assert (
        ADAPTER.parse(workable(raw_body), DEFAULTS).vendor_delivery_id == event.vendor_delivery_id
    )


def test_a_bare_candidate_without_an_envelope_is_a_candidate_moved() -> None:
    # The documented payload is the candidate resource itself
    # (https://workable.readme.io/reference/webhook-subscriptions-candidates-employees,
    # fields as https://workable.readme.io/reference/candidate-events lists them).
    body = raw("workable-candidate_moved-bare_candidate.json")
    event = ADAPTER.parse(workable(body), DEFAULTS)
    assert (event.kind, event.event_name) == (EventKind.rejection, "candidate_moved")
    assert event.application_id == "d81f3a0"
    # The body's `id` is the candidate's, not the delivery's.
    assert (event.vendor_delivery_id or "").startswith("sha256:")
    assert event.context is not None
    assert event.context.candidate.name == "Marisol Ventura"
    assert event.context.stage is Stage.phone_screen


def test_an_envelope_without_event_type_is_read_as_candidate_moved() -> None:
    body = fixture("workable-candidate_moved.json")
    del body["event_type"]
    event = ADAPTER.parse(workable(dumps(body)), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert event.vendor_delivery_id == "3f2c1a9e-7b4d-4e8a-9c11-5a6b7c8d9e0f"


@pytest.mark.parametrize("encode", [base64.b64encode, base64.urlsafe_b64encode])
def test_a_base64_signature_verifies_too(encode: Callable[[bytes], bytes]) -> None:
    # The docs name the header and HMAC-SHA256 over the payload, not the digest's encoding.
    digest = hmac.new(SECRET.encode(), MOVED, hashlib.sha256).digest()
    for value in (encode(digest).decode(), encode(digest).decode().rstrip("=")):
        ADAPTER.verify(delivery(MOVED, {"x-workable-signature": value}), [SECRET], now=NOW)


def test_a_base64_signature_under_another_key_is_refused() -> None:
    digest = hmac.new(b"attacker", MOVED, hashlib.sha256).digest()
    headers = {"x-workable-signature": base64.b64encode(digest).decode()}
    with pytest.raises(SignatureError, match="does not match"):
        ADAPTER.verify(delivery(MOVED, headers), [SECRET], now=NOW)


def test_a_signature_that_is_neither_hex_nor_base64_is_refused() -> None:
    with pytest.raises(SignatureError, match="does not match"):
        ADAPTER.verify(
            delivery(MOVED, {"x-workable-signature": "not a digest!"}), [SECRET], now=NOW
        )
