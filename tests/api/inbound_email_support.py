"""Helpers for the forwarding tests: email integrations, requests shaped and authenticated the
way Postmark, SendGrid and Mailgun send them, and reads of what they drafted."""

import base64
import hashlib
import hmac
import json
import secrets
import time
import uuid
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient

FIXTURES = Path(__file__).parent.parent / "fixtures" / "inbound"
ADDRESS = "rejections+user-1234@in.rejoinder.example"
CANDIDATE_REF = "user-1234"
FORWARDER = "Maya Chen <maya.chen@inboxly.example>"
MAILGUN_KEY = "mailgun-http-webhook-signing-key"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def rejection_eml() -> bytes:
    """The rejection as its sender sent it: what a forward as attachment carries."""
    return (FIXTURES / "acme-rejection.eml").read_bytes().replace(b"\n", b"\r\n")


def create(client: TestClient, provider: str, **fields: Any) -> dict[str, Any]:
    response = client.post("/v1/integrations", json={"provider": provider, **fields})
    assert response.status_code == 201, response.text
    created = response.json()
    assert isinstance(created, dict)
    return created


def basic(password: str, user: str = "rejoinder") -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"authorization": f"Basic {token}"}


def post(
    client: TestClient, integration: dict[str, Any], body: bytes, headers: dict[str, str]
) -> httpx.Response:
    return client.post(integration["webhook_url"], content=body, headers=headers)


def forward_message(text: str, *, attached: bytes | None = None) -> EmailMessage:
    """The candidate's forward: their note (with the rejection inline, or attached)."""
    message = EmailMessage(policy=policy.default)
    message["From"] = FORWARDER
    message["To"] = ADDRESS
    message["Subject"] = "Fwd: Your application for Senior Data Engineer at Acme Robotics"
    message["Date"] = "Mon, 30 Nov 2026 09:15:00 +0000"
    message["Message-ID"] = f"<{uuid.uuid4()}@inboxly.example>"
    message.set_content(text)
    if attached is not None:
        inner = BytesParser(policy=policy.default).parsebytes(attached)
        message.add_attachment(inner)
    return message


def postmark_body(text: str, *, attachment: bytes | None = None, raw: bytes | None = None) -> bytes:
    """Postmark's inbound JSON for the candidate's forward (postmarkapp.com's example)."""
    message_id = str(uuid.uuid4())
    body: dict[str, Any] = {
        "FromName": "Maya Chen",
        "MessageStream": "inbound",
        "From": "maya.chen@inboxly.example",
        "FromFull": {"Email": "maya.chen@inboxly.example", "Name": "Maya Chen"},
        "To": ADDRESS,
        "ToFull": [{"Email": ADDRESS, "Name": "", "MailboxHash": CANDIDATE_REF}],
        "Cc": "",
        "CcFull": [],
        "OriginalRecipient": ADDRESS,
        "Subject": "Fwd: Your application for Senior Data Engineer at Acme Robotics",
        "MessageID": message_id,
        "ReplyTo": "",
        "MailboxHash": CANDIDATE_REF,
        "Date": "Mon, 30 Nov 2026 09:15:00 +0000",
        "TextBody": text,
        "HtmlBody": "",
        "StrippedTextReply": "",
        "Tag": "",
        "Headers": [
            {"Name": "X-Spam-Status", "Value": "No"},
            {"Name": "Message-ID", "Value": f"<{message_id}@inboxly.example>"},
            {"Name": "MIME-Version", "Value": "1.0"},
        ],
        "Attachments": [],
    }
    if attachment is not None:
        body["Attachments"].append(
            {
                "Name": "Your application.eml",
                "Content": base64.b64encode(attachment).decode(),
                "ContentType": "message/rfc822",
                "ContentLength": len(attachment),
            }
        )
    if raw is not None:
        body["RawEmail"] = raw.decode()
    return json.dumps(body).encode()


def multipart(
    fields: dict[str, str], files: dict[str, tuple[str, str, bytes]] | None = None
) -> tuple[bytes, str]:
    """A `multipart/form-data` body as SendGrid and Mailgun send it, and its Content-Type."""
    boundary = "xYzZY" + secrets.token_hex(8)
    chunks: list[bytes] = []
    for name, value in fields.items():
        chunks.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
        )
    for name, (filename, content_type, content) in (files or {}).items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
        )
        chunks.append(head.encode() + content + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def sendgrid_fields(message: EmailMessage) -> dict[str, str]:
    """Inbound Parse's default (parsed) fields for `message`."""
    headers = "".join(f"{name}: {value}\n" for name, value in message.items())
    body = message.get_body(preferencelist=("plain",))
    return {
        "headers": headers,
        "dkim": "{@inboxly.example : pass}",
        "to": ADDRESS,
        "from": FORWARDER,
        "sender_ip": "209.85.220.41",
        "envelope": json.dumps({"to": [ADDRESS], "from": "maya.chen@inboxly.example"}),
        "subject": str(message["Subject"]),
        "charsets": json.dumps(
            {"to": "UTF-8", "subject": "UTF-8", "from": "UTF-8", "text": "utf-8"}
        ),
        "SPF": "pass",
        "text": body.get_content() if body is not None else "",
    }


def mailgun_signature(key: str = MAILGUN_KEY, *, at: int | None = None) -> dict[str, str]:
    timestamp = str(at if at is not None else int(time.time()))
    token = secrets.token_hex(25)  # Mailgun's tokens are 50 characters
    digest = hmac.new(key.encode(), (timestamp + token).encode(), hashlib.sha256).hexdigest()
    return {"timestamp": timestamp, "token": token, "signature": digest}


def mailgun_fields(message: EmailMessage) -> dict[str, str]:
    """A Mailgun route's forward() fields for `message` (without the signature)."""
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    return {
        "recipient": ADDRESS,
        "sender": "maya.chen@inboxly.example",
        "from": FORWARDER,
        "subject": str(message["Subject"]),
        "body-plain": text,
        "stripped-text": text.split("\n\n", 1)[0],
        "Message-Id": str(message["Message-ID"]),
        "message-headers": json.dumps([[name, str(value)] for name, value in message.items()]),
    }


def drafted(client: TestClient) -> list[dict[str, Any]]:
    """The rejections listed under the candidate_ref, each with its context and drafts."""
    page = client.get("/v1/rejections", params={"candidate_ref": CANDIDATE_REF})
    assert page.status_code == 200, page.text
    return [client.get(f"/v1/rejections/{item['id']}").json() for item in page.json()["items"]]


def outcomes(client: TestClient, integration: dict[str, Any]) -> list[dict[str, Any]]:
    response = client.get(f"/v1/integrations/{integration['id']}/deliveries")
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert isinstance(items, list)
    return items
