"""Hostile, unsigned or oddly signed deliveries are refused with a 4xx problem, never a 500:
an absurd Standard Webhooks timestamp, and bodies nested deep enough to exhaust the parser's
recursion (refused before the parser sees them, whether or not they are signed)."""

import json

import pytest
from fastapi.testclient import TestClient

from app.ats import ADAPTERS, PayloadError, SignatureError
from app.ats.fields import load_object
from tests.api.webhook_support import create_integration, deliveries, signed
from tests.ats.support import GENERIC_SECRET, NOW, delivery, raw

JSON = {"content-type": "application/json"}
DEEP_ARRAY = b"[" * 1000 + b"]" * 1000
DEEP_OBJECT = b'{"a":' * 5000 + b"1" + b"}" * 5000


@pytest.mark.parametrize(
    "stamp",
    ["999999999999", "9" * 5000, "²", "-1", "+1700000000", "1e9", "0x10"],
    ids=["far-future", "thousands-of-digits", "superscript", "negative", "plus", "float", "hex"],
)
def test_an_unreadable_webhook_timestamp_is_a_401(client: TestClient, stamp: str) -> None:
    integration = create_integration(client, "generic")
    body = raw("generic-candidate.rejected.json")
    headers: dict[str, str | bytes] = {
        **signed("generic", body, secret=integration["secret"]),
        # A header's bytes are read as Latin-1: byte 0xB2 arrives as '²'.
        "webhook-timestamp": stamp.encode("latin-1"),
    }

    response = client.post(integration["webhook_url"], content=body, headers=headers)

    assert response.status_code == 401, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert [row.disposition for row in deliveries(integration["id"])] == ["rejected_signature"]


@pytest.mark.parametrize("stamp", ["١٢٣", "²", "999999999999", "9" * 5000])
def test_the_generic_adapter_refuses_non_ascii_and_impossible_timestamps(stamp: str) -> None:
    headers = {"webhook-id": "m", "webhook-timestamp": stamp, "webhook-signature": "v1,AAAA"}

    with pytest.raises(SignatureError):
        ADAPTERS["generic"].verify(delivery(b"{}", headers), [GENERIC_SECRET], now=NOW)


@pytest.mark.parametrize("provider", ["greenhouse", "ashby", "lever", "workable", "generic"])
@pytest.mark.parametrize("body", [DEEP_ARRAY, DEEP_OBJECT], ids=["array", "object"])
def test_an_unsigned_deeply_nested_body_is_a_4xx_problem(
    client: TestClient, provider: str, body: bytes
) -> None:
    integration = create_integration(client, provider)

    response = client.post(integration["webhook_url"], content=body, headers=JSON)

    assert response.status_code in (400, 401), response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert all(row.body is None for row in deliveries(integration["id"]))


@pytest.mark.parametrize("provider", ["greenhouse", "ashby", "workable"])
def test_a_signed_deeply_nested_body_is_a_400(client: TestClient, provider: str) -> None:
    integration = create_integration(client, provider)

    response = client.post(
        integration["webhook_url"], content=DEEP_ARRAY, headers=signed(provider, DEEP_ARRAY)
    )

    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert "nested" in response.json()["detail"]


def test_a_signed_body_with_a_deep_value_inside_an_object_is_a_400(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")
    payload = json.dumps(json.loads(raw("greenhouse-reject_candidate.json")))
    body = payload[:-1].encode() + b', "extra": ' + DEEP_ARRAY + b"}"

    response = client.post(
        integration["webhook_url"], content=body, headers=signed("greenhouse", body)
    )

    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    body = json.dumps({"note": "[" * 500 + '\\"' + "{" * 500, "ok": True}).encode()

    assert load_object(body)["note"].startswith("[[[")


def test_nesting_past_the_limit_is_a_payload_error() -> None:
    with pytest.raises(PayloadError, match="nested"):
        load_object(b'{"a": ' + b"[" * 64 + b"]" * 64 + b"}")
    assert "a" in load_object(b'{"a": ' + b"[" * 63 + b"]" * 63 + b"}")
