import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import standardwebhooks.webhooks as library
from standardwebhooks import Webhook

from app.ats import ADAPTERS, EventKind, PayloadError, SignatureError, new_generic_secret
from app.drafting.context import Stage
from tests.ats.support import DEFAULTS, GENERIC_SECRET, NOW, delivery, dumps, fixture, generic, raw

ADAPTER = ADAPTERS["generic"]
REJECTED = raw("generic-candidate.rejected.json")
VECTOR = fixture("generic-standard-webhooks-test-vector.json")
VECTOR_TIME = datetime.fromtimestamp(int(VECTOR["headers"]["webhook-timestamp"]), tz=UTC)


def _rejected_with(**changes: Any) -> bytes:
    body = fixture("generic-candidate.rejected.json")
    body["data"]["rejection"].update(changes)
    return dumps(body)


def test_the_standard_webhooks_vector_verifies_at_its_own_time() -> None:
    vector = delivery(VECTOR["body"].encode(), VECTOR["headers"])
    ADAPTER.verify(vector, [VECTOR["secret"]], now=VECTOR_TIME)


def test_the_library_itself_verifies_the_vector_at_its_own_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> "Frozen":
            return cls.fromtimestamp(VECTOR_TIME.timestamp(), tz=tz)

    monkeypatch.setattr(library, "datetime", Frozen)
    parsed = Webhook(VECTOR["secret"]).verify(VECTOR["body"], VECTOR["headers"])
    assert parsed == json.loads(VECTOR["body"])


def test_the_library_signs_the_vector_to_the_documented_signature() -> None:
    signature = Webhook(VECTOR["secret"]).sign(
        VECTOR["headers"]["webhook-id"], VECTOR_TIME, VECTOR["body"]
    )
    assert signature == VECTOR["headers"]["webhook-signature"]


def test_the_vector_is_stale_today() -> None:
    vector = delivery(VECTOR["body"].encode(), VECTOR["headers"])
    with pytest.raises(SignatureError, match="5-minute"):
        ADAPTER.verify(vector, [VECTOR["secret"]], now=NOW)


def test_a_rejection_signed_now_verifies() -> None:
    ADAPTER.verify(generic(REJECTED), [GENERIC_SECRET], now=NOW)


def test_our_signature_passes_the_library_on_the_real_clock() -> None:
    signed = generic(REJECTED, at=datetime.now(UTC))
    Webhook(GENERIC_SECRET).verify(signed.body, dict(signed.headers))


def test_a_timestamp_older_than_five_minutes_is_refused() -> None:
    stale = generic(REJECTED, at=NOW - timedelta(minutes=5, seconds=1))
    with pytest.raises(SignatureError, match="5-minute"):
        ADAPTER.verify(stale, [GENERIC_SECRET], now=NOW)


def test_a_timestamp_more_than_five_minutes_ahead_is_refused() -> None:
    early = generic(REJECTED, at=NOW + timedelta(minutes=5, seconds=1))
    with pytest.raises(SignatureError):
        ADAPTER.verify(early, [GENERIC_SECRET], now=NOW)


def test_one_changed_byte_in_the_body_fails_verification() -> None:
    headers = dict(generic(REJECTED).headers)
    tampered = REJECTED.replace(b"app_123", b"app_124")
    with pytest.raises(SignatureError, match="does not match"):
        ADAPTER.verify(delivery(tampered, headers), [GENERIC_SECRET], now=NOW)


def test_a_changed_message_id_fails_verification() -> None:
    headers = dict(generic(REJECTED).headers, **{"webhook-id": "msg_other"})
    with pytest.raises(SignatureError):
        ADAPTER.verify(delivery(REJECTED, headers), [GENERIC_SECRET], now=NOW)


@pytest.mark.parametrize("header", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_missing_header_is_refused(header: str) -> None:
    headers = {k: v for k, v in generic(REJECTED).headers.items() if k != header}
    with pytest.raises(SignatureError, match="missing"):
        ADAPTER.verify(delivery(REJECTED, headers), [GENERIC_SECRET], now=NOW)


def test_a_forged_signature_is_refused() -> None:
    forged = generic(REJECTED, secret=new_generic_secret())
    with pytest.raises(SignatureError):
        ADAPTER.verify(forged, [GENERIC_SECRET], now=NOW)


def test_the_previous_secret_still_verifies_during_rotation() -> None:
    ADAPTER.verify(generic(REJECTED), [new_generic_secret(), GENERIC_SECRET], now=NOW)


def test_one_valid_signature_among_several_is_enough() -> None:
    signed = generic(REJECTED)
    header = f"v1,Zm9yZ2Vk v2,abc {signed.headers['webhook-signature']} garbage"
    headers = dict(signed.headers, **{"webhook-signature": header})
    ADAPTER.verify(delivery(REJECTED, headers), [GENERIC_SECRET], now=NOW)


def test_a_secret_that_is_not_base64_is_skipped_not_crashed_on() -> None:
    with pytest.raises(SignatureError, match="no usable signing secret"):
        ADAPTER.verify(generic(REJECTED), ["whsec_%%%"], now=NOW)


def test_new_secrets_are_fresh_and_usable_by_the_library() -> None:
    first, second = new_generic_secret(), new_generic_secret()
    assert first.startswith("whsec_")
    assert first != second
    signed = generic(REJECTED, secret=first)
    ADAPTER.verify(signed, [first], now=NOW)


def test_a_company_side_rejection_maps_to_a_rejection_context() -> None:
    event = ADAPTER.parse(generic(REJECTED), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert (event.provider, event.vendor_delivery_id) == ("generic", "msg_1")
    assert (event.application_id, event.candidate_ref) == ("app_123", "cand_456")
    context = event.context
    assert context is not None
    assert (context.candidate.name, context.candidate.email) == ("Ada Example", "ada@example.com")
    assert context.role.title == "Backend Engineer"
    assert context.stage is Stage.phone_screen
    assert context.reason == "Not enough experience"
    assert context.rejected_on == date(2025, 3, 4)


def test_a_rejection_not_by_the_company_is_ignored() -> None:
    event = ADAPTER.parse(generic(_rejected_with(reason_type="withdrawn_by_candidate")), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert event.ignored_reason == "reason_type 'withdrawn_by_candidate' is not rejected_by_company"


def test_other_types_are_ignored() -> None:
    body = dumps({"type": "candidate.hired", "timestamp": "2025-03-04T09:15:22Z", "data": {}})
    assert ADAPTER.parse(generic(body), DEFAULTS).kind is EventKind.ignored


def test_generic_has_no_handshake() -> None:
    assert not ADAPTER.is_handshake(generic(REJECTED))


def test_a_rejection_without_an_application_id_is_a_payload_error() -> None:
    body = fixture("generic-candidate.rejected.json")
    del body["data"]["application_id"]
    with pytest.raises(PayloadError, match="application_id"):
        ADAPTER.parse(generic(dumps(body)), DEFAULTS)


def test_a_body_that_is_not_an_object_is_a_payload_error() -> None:
    with pytest.raises(PayloadError, match="not a JSON object"):
        ADAPTER.parse(generic(b'"candidate.rejected"'), DEFAULTS)
