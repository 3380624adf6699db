"""`rejoinder webhooks sign` prints a curl whose headers and body, posted through the app to
an integration made through the API, are accepted and drafted: the signer and the receiver
share their primitives, so this holds them together."""

import base64
import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.ats.lever_client import REASONS
from app.ats.sender import SIGNABLE, example_payload
from app.cli import cli
from tests.api.inbound_email_support import CANDIDATE_REF, MAILGUN_KEY, create
from tests.api.test_lever_archive_reasons import fake_lever  # noqa: F401  (a fixture)
from tests.api.webhook_support import COMPANY, create_integration, deliveries
from tests.ats.support import SECRET
from tests.ats.test_lever_client import Script, lever_api  # noqa: F401  (a fixture)

BASE = "http://testserver"
EMAIL = ("postmark", "sendgrid", "mailgun")


@pytest.fixture(autouse=True)
def no_cached_reasons() -> Iterator[None]:
    REASONS.clear()
    yield
    REASONS.clear()


def _sign(*args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(cli, ["webhooks", "sign", *args], env=env)
    assert result.exit_code == 0, result.output
    return result.output


@dataclass
class Request:
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    multipart: dict[str, str] = field(default_factory=dict)
    urlencoded: dict[str, str] = field(default_factory=dict)


def _curl_request(command: str) -> Request:
    """What a printed curl sends, as bash reads it: a stand-in `curl` prints the arguments it
    is given."""
    stand_in = 'curl() { printf "%s\\0" "$@"; }\n'
    shell = subprocess.run(["bash", "-c", stand_in + command], capture_output=True, check=True)
    words = shell.stdout.split(b"\0")[:-1]
    assert words[:3] == [b"-sS", b"-X", b"POST"]
    request = Request(words[3].decode())
    for flag, value in zip(words[4::2], words[5::2], strict=True):
        text = value.decode()
        if flag == b"-H":
            name, _, header = text.partition(": ")
            request.headers[name] = header
        elif flag == b"--data-binary":
            request.body = value
        else:
            form = request.multipart if flag == b"--form-string" else request.urlencoded
            assert flag in (b"--form-string", b"--data-urlencode")
            name, _, form[name] = text.partition("=")
    return request


def _post_printed(client: TestClient, command: str) -> httpx.Response:
    request = _curl_request(command)
    assert request.url.startswith(BASE)
    path = request.url.removeprefix(BASE)
    # curl encodes form fields itself; the test client encodes them the same two ways.
    if request.multipart:
        files = {name: (None, value) for name, value in request.multipart.items()}
        response: httpx.Response = client.post(path, files=files, headers=request.headers)
    elif request.urlencoded:
        response = client.post(path, data=request.urlencoded, headers=request.headers)
    else:
        response = client.post(path, content=request.body, headers=request.headers)
    return response


def _integration(client: TestClient, provider: str, lever_base: str | None) -> dict[str, Any]:
    if provider == "lever":
        # Lever's archive event carries ids only: the drafts need its API (a loopback fake).
        return create_integration(client, "lever", api_key="lever-key", api_base_url=lever_base)
    if provider in EMAIL:
        # The employer comes from the forwarded email; Postmark's and SendGrid's password is
        # generated, Mailgun's signing key is the account's.
        fields = {"secret": MAILGUN_KEY} if provider == "mailgun" else {}
        return create(client, provider, **fields)
    return create_integration(client, provider)


def _secret(integration: dict[str, Any]) -> str:
    provider = integration["provider"]
    if provider == "mailgun":
        return MAILGUN_KEY
    generated = integration["secret"] if provider in ("generic", "postmark", "sendgrid") else None
    return generated or SECRET


@pytest.mark.parametrize("provider", SIGNABLE)
def test_the_printed_curl_of_each_example_is_accepted_and_drafted(
    client: TestClient,
    fake_lever: tuple[str, Script],  # noqa: F811
    provider: str,
) -> None:
    integration = _integration(client, provider, fake_lever[0])
    secret = _secret(integration)

    command = _sign(
        provider, "--url", integration["webhook_url"], "--base-url", BASE, "--secret", secret
    )
    response = _post_printed(client, command)

    assert response.status_code == 200, response.text
    assert response.json()["status"] == "received"
    [row] = deliveries(integration["id"])
    assert row.disposition == "drafted", row.error
    rejection = client.get(f"/v1/rejections/{row.rejection_id}").json()
    assert rejection["context"]["company"]["name"] == COMPANY
    assert rejection["drafts"]["last_pitch"]["body"]
    if provider in EMAIL:
        # The plus-tag of the example's address names the candidate.
        assert rejection["context"]["candidate_ref"] == CANDIDATE_REF


def test_the_greenhouse_example_thanks_each_interviewer_who_met_the_candidate(
    client: TestClient,
) -> None:
    integration = create_integration(client, "greenhouse")
    command = _sign(
        "greenhouse",
        "--integration",
        integration["id"],
        "--base-url",
        BASE + "/",
        env={"REJOINDER_WEBHOOK_SECRET": SECRET},
    )

    _post_printed(client, command)

    [row] = deliveries(integration["id"])
    rejection = client.get(f"/v1/rejections/{row.rejection_id}").json()
    # Held interviews only, once each: a declined and a merely scheduled interviewer are not.
    names = [person["name"] for person in rejection["context"]["interviewers"]]
    assert names == ["Priya Natarajan", "Tomas Greer"]
    thanks = rejection["drafts"]["interviewer_thanks"]
    assert ["Priya" in thanks[0]["body"], "Tomas" in thanks[1]["body"]] == [True, True]


def test_a_payload_file_is_sent_byte_for_byte_and_a_wrong_secret_is_refused(
    client: TestClient, tmp_path: Path
) -> None:
    integration = create_integration(client, "ashby")
    payload = tmp_path / "mine.json"
    payload.write_bytes(example_payload("ashby").replace(b"Tobias", b"Tob\xc3\xadas 'T'"))

    command = _sign(
        "ashby",
        "--url",
        BASE + integration["webhook_url"],
        "--secret",
        "not-the-secret",
        "--payload",
        str(payload),
    )

    assert _curl_request(command).body == payload.read_bytes()
    refused = _post_printed(client, command)
    assert refused.status_code == 401
    assert refused.headers["content-type"] == "application/problem+json"


def test_the_secret_is_required_and_the_target_must_be_named_once() -> None:
    runner = CliRunner()
    no_secret = runner.invoke(cli, ["webhooks", "sign", "greenhouse", "--integration", "x"])
    no_target = runner.invoke(cli, ["webhooks", "sign", "workable", "--secret", SECRET])
    bad_id = runner.invoke(
        cli, ["webhooks", "sign", "workable", "--secret", SECRET, "--integration", "nope"]
    )
    unknown = runner.invoke(cli, ["webhooks", "sign", "teamtailor", "--secret", SECRET])
    bad_key = runner.invoke(
        cli, ["webhooks", "sign", "generic", "--secret", "whsec_%%%", "--url", "/v1/webhooks/x"]
    )

    public = ec.generate_private_key(ec.SECP256R1()).public_key()
    der = public.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    verifying_key = runner.invoke(
        cli,
        ["webhooks", "sign", "sendgrid", "--url", "/v1/webhooks/x"],
        env={"REJOINDER_WEBHOOK_SECRET": base64.b64encode(der).decode()},
    )

    refused = (no_secret, no_target, bad_id, unknown, bad_key, verifying_key)
    assert [result.exit_code for result in refused] == [2] * 6
    assert "--secret" in no_secret.output
    assert "--url or --integration" in no_target.output
    assert "not an integration id" in bad_id.output
    assert "whsec_" in bad_key.output
    assert "public key cannot sign" in verifying_key.output


def test_lever_signs_a_fresh_token_into_the_body() -> None:
    command = _sign("lever", "--url", "/v1/webhooks/x", "--secret", SECRET)

    body = json.loads(_curl_request(command).body)
    again = json.loads(
        _curl_request(_sign("lever", "--url", "/v1/webhooks/x", "--secret", SECRET)).body
    )
    assert len(body["token"]) == 48
    assert body["token"] != again["token"]
    assert body["data"]["opportunityId"] == "3410c8b9-5c31-4bab-b7e9-9f710206d647"
