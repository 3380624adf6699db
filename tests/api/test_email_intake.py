"""Reading a rejection email through the HTTP API: `POST /v1/rejections/parse` (nothing
stored) and `POST /v1/rejections` with `email` (the caller's fields win, the email fills the
gaps, the answer names them)."""

from email.message import EmailMessage
from typing import Any

from fastapi.testclient import TestClient

from app.services import email_intake
from tests.helpers import count_rows

REJECTION = """From: Jordan Lee <jordan.lee@acme-robotics.example>
To: Maya Chen <maya@example.com>
Subject: Your application for Senior Data Engineer at Acme Robotics
Date: Fri, 20 Nov 2026 16:02:00 -0500

Hi Maya,

Thank you for taking the time to interview with us for the Senior Data Engineer position at
Acme Robotics. After careful consideration, we have decided to move forward with another
candidate whose experience more closely matches our needs.

We were impressed by your background and would encourage you to apply for future openings.

Best regards,
Jordan Lee
Engineering Manager
Acme Robotics
"""

DECLINED = """From: Acme Robotics <no-reply@acme-robotics.example>
Subject: Your application to Acme Robotics
Date: Tue, 24 Nov 2026 09:00:00 +0000

Dear Maya,

Thank you for your interest in the Product Designer role at Acme Robotics. We have reviewed
your application and regret to inform you that we will not be moving forward.

Due to the high volume of applications, we are unable to provide individual feedback.

Please do not reply to this email.

The Acme Robotics Talent Team
"""

INVITATION = """From: Jordan Lee <jordan.lee@acme-robotics.example>
Subject: Interview invitation: Senior Data Engineer at Acme Robotics
Date: Fri, 20 Nov 2026 16:02:00 -0500

Hi Maya,

Thank you for applying for the Senior Data Engineer position. We would like to invite you to
a 45-minute video interview with the team next week. Please pick a time that suits you from
the link below.

Best,
Jordan Lee
"""


def _value(found: dict[str, Any] | None) -> Any:
    assert found is not None
    return found["value"]


def _spans_what_it_says(text: str, found: dict[str, Any]) -> None:
    start, end = found["span"]
    assert found["value"].lower() in text[start:end].lower()


def test_parse_reads_the_header_of_a_context_with_spans_into_the_text(client: TestClient) -> None:
    before = count_rows("rejection")

    response = client.post("/v1/rejections/parse", json={"email": REJECTION})

    assert response.status_code == 200, response.text
    parsed = response.json()
    context, text = parsed["context"], parsed["text"]
    assert _value(context["company"]["name"]) == "Acme Robotics"
    assert _value(context["role"]["title"]) == "Senior Data Engineer"
    assert _value(context["contact"]["name"]) == "Jordan Lee"
    assert _value(context["contact"]["email"]) == "jordan.lee@acme-robotics.example"
    assert _value(context["rejected_on"]) == "2026-11-20"
    for found in (context["company"]["name"], context["role"]["title"], context["contact"]["name"]):
        assert 0 < found["confidence"] <= 1
        _spans_what_it_says(text, found)
    assert parsed["signals"]["is_rejection"]["value"] is True
    assert parsed["signals"]["invited_to_reapply"]["value"] is True
    assert parsed["signals"]["feedback_declined"]["value"] is False
    assert parsed["language"] == "en"
    assert count_rows("rejection") == before  # nothing is stored


def test_the_date_header_is_read_in_the_candidates_time_zone(client: TestClient) -> None:
    # 16:02 in New York on the 20th is already the 21st in Tokyo.
    response = client.post(
        "/v1/rejections/parse", params={"timezone": "Asia/Tokyo"}, json={"email": REJECTION}
    )

    assert response.status_code == 200, response.text
    assert response.json()["context"]["rejected_on"]["value"] == "2026-11-21"


def test_parse_takes_a_saved_message_with_an_html_part(client: TestClient) -> None:
    message = EmailMessage()
    message["From"] = "Acme Robotics <no-reply@acme-robotics.example>"
    message["Subject"] = "Your application to Acme Robotics"
    message["Date"] = "Tue, 24 Nov 2026 09:00:00 +0000"
    body = DECLINED.split("\n\n", 1)[1]
    message.set_content(body)
    message.add_alternative(
        "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>",
        subtype="html",
    )

    response = client.post(
        "/v1/rejections/parse",
        content=message.as_bytes(),
        headers={"content-type": "message/rfc822"},
    )

    assert response.status_code == 200, response.text
    parsed = response.json()
    assert _value(parsed["context"]["company"]["name"]) == "Acme Robotics"
    assert parsed["signals"]["feedback_declined"]["value"] is True
    assert parsed["signals"]["no_reply_sender"]["value"] is True
    # A no-reply address is not a contact's.
    assert "email" not in parsed["context"]["contact"]


def test_parse_takes_pasted_text(client: TestClient) -> None:
    response = client.post(
        "/v1/rejections/parse",
        content=REJECTION.split("\n\n", 1)[1].encode(),
        headers={"content-type": "text/plain; charset=utf-8"},
    )

    assert response.status_code == 200, response.text
    assert _value(response.json()["context"]["role"]["title"]) == "Senior Data Engineer"


def test_an_invitation_is_not_a_rejection_and_yields_no_context(client: TestClient) -> None:
    response = client.post("/v1/rejections/parse", json={"email": INVITATION})

    assert response.status_code == 200, response.text
    parsed = response.json()
    assert parsed["signals"]["is_rejection"]["value"] is False
    assert "stage" not in parsed["context"]
    assert "name" not in parsed["context"]["company"]
    assert "title" not in parsed["context"]["role"]


def _problem(response: Any, status: int, type_tail: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = dict(response.json())
    assert problem["type"].endswith(f"/{type_tail}")
    return problem


def test_empty_binary_and_oversized_emails_are_clear_problems(client: TestClient) -> None:
    empty = client.post("/v1/rejections/parse", json={"email": "   \n "})
    problem = _problem(empty, 422, "unreadable-email")
    assert problem["errors"][0]["field"] == "email"

    binary = client.post(
        "/v1/rejections/parse",
        content=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        headers={"content-type": "message/rfc822"},
    )
    _problem(binary, 422, "unreadable-email")

    oversized = client.post("/v1/rejections/parse", json={"email": "word " * 60_000})
    problem = _problem(oversized, 413, "email-too-large")
    assert "256 KiB" in problem["detail"]


def test_parse_refuses_an_unknown_time_zone_and_other_media_types(client: TestClient) -> None:
    zone = client.post(
        "/v1/rejections/parse", params={"timezone": "Mars/Olympus"}, json={"email": REJECTION}
    )
    problem = _problem(zone, 422, "validation")
    assert problem["errors"] == [
        {
            "field": "timezone",
            "location": "query",
            "message": "Value error, unknown IANA time zone 'Mars/Olympus'",
            "code": "value_error",
        }
    ]

    xml = client.post(
        "/v1/rejections/parse", content=b"<email/>", headers={"content-type": "application/xml"}
    )
    problem = _problem(xml, 415, "unsupported-media-type")
    assert "message/rfc822" in problem["detail"]

    not_json = client.post(
        "/v1/rejections/parse", content=b"{", headers={"content-type": "application/json"}
    )
    _problem(not_json, 400, "malformed-json")

    no_email = client.post("/v1/rejections/parse", json={"text": REJECTION})
    fields = {error["field"] for error in _problem(no_email, 422, "validation")["errors"]}
    assert fields == {"email", "text"}


def test_parse_needs_an_api_key(rejoinder_app: Any) -> None:
    with TestClient(rejoinder_app, raise_server_exceptions=False) as anonymous:
        response = anonymous.post("/v1/rejections/parse", json={"email": REJECTION})

    assert response.status_code == 401


def test_create_from_an_email_fills_the_gaps_and_says_which(client: TestClient) -> None:
    response = client.post(
        "/v1/rejections",
        json={
            "email": REJECTION,
            "candidate": {"name": "Maya Chen", "skills": ["Kafka", "dbt"]},
            "company": {"needs": ["scaling the data platform"]},
            "timezone": "America/New_York",
        },
    )

    assert response.status_code == 201, response.text
    created = response.json()
    context = created["context"]
    assert context["company"] == {"name": "Acme Robotics", "needs": ["scaling the data platform"]}
    assert context["role"]["title"] == "Senior Data Engineer"
    assert context["contact"]["name"] == "Jordan Lee"
    assert context["rejected_on"] == "2026-11-20"
    assert context["signals"]["invited_to_reapply"] is True
    assert {"company.name", "role.title", "contact.name", "rejected_on"} <= set(
        created["from_email"]
    )
    assert "signals.invited_to_reapply" in created["from_email"]
    # What the caller gave is theirs, not the email's.
    assert not {"candidate.name", "company.needs", "timezone"} & set(created["from_email"])
    assert "Jordan" in created["drafts"]["last_pitch"]["body"]

    stored = client.get(f"/v1/rejections/{created['id']}").json()
    assert stored["context"] == context
    assert stored["from_email"] is None


def test_the_callers_fields_win_over_the_emails(client: TestClient) -> None:
    response = client.post(
        "/v1/rejections",
        json={
            "email": REJECTION,
            "candidate": {"name": "Maya Chen"},
            "company": {"name": "Acme"},
            "contact": {"name": "Jordan Lee", "title": "Head of Data"},
        },
    )

    assert response.status_code == 201, response.text
    created = response.json()
    assert created["context"]["company"]["name"] == "Acme"
    assert created["context"]["contact"]["title"] == "Head of Data"
    assert "company.name" not in created["from_email"]
    assert "contact.title" not in created["from_email"]


def test_a_field_neither_the_caller_nor_the_email_gives_is_named(client: TestClient) -> None:
    before = count_rows("rejection")
    email = REJECTION.replace(" for Senior Data Engineer", "").replace(
        " for the Senior Data Engineer position", ""
    )

    response = client.post(
        "/v1/rejections", json={"email": email, "candidate": {"name": "Maya Chen"}}
    )

    problem = _problem(response, 422, "validation")
    missing = [error for error in problem["errors"] if error["field"] == "role"]
    assert missing
    assert "the email does not say it" in missing[0]["message"]
    assert count_rows("rejection") == before


def test_create_refuses_an_email_that_is_not_a_rejection(client: TestClient) -> None:
    before = count_rows("rejection")

    response = client.post(
        "/v1/rejections", json={"email": INVITATION, "candidate": {"name": "Maya Chen"}}
    )

    problem = _problem(response, 422, "not-a-rejection")
    assert problem["errors"][0]["field"] == "email"
    assert count_rows("rejection") == before


def test_the_callers_own_bad_fields_are_named_before_the_email_is_read(
    client: TestClient,
) -> None:
    response = client.post(
        "/v1/rejections", json={"email": REJECTION, "tone": "angry", "stage": None}
    )

    problem = _problem(response, 422, "validation")
    assert {error["field"] for error in problem["errors"]} == {"tone", "stage"}


def test_signals_read_from_the_email_change_the_drafts(client: TestClient) -> None:
    response = client.post(
        "/v1/rejections", json={"email": DECLINED, "candidate": {"name": "Maya Chen"}}
    )

    assert response.status_code == 201, response.text
    created = response.json()
    assert created["context"]["signals"]["feedback_declined"] is True
    assert created["context"]["signals"]["no_reply_sender"] is True
    assert created["drafts"]["feedback_request"] is None
    kinds = [step["kind"] for step in created["follow_up_plan"]["steps"]]
    assert "send_feedback_request" not in kinds


def test_an_idempotent_retry_with_an_email_replays_the_first_answer(client: TestClient) -> None:
    body = {"email": REJECTION, "candidate": {"name": "Maya Chen"}}
    headers = {"Idempotency-Key": "email-retry-1"}

    first = client.post("/v1/rejections", json=body, headers=headers)
    again = client.post("/v1/rejections", json=body, headers=headers)

    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.json()["from_email"]


def test_the_openapi_document_states_both_create_bodies_and_the_parse_media_types(
    client: TestClient,
) -> None:
    document = client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]

    create = document["paths"]["/v1/rejections"]["post"]["requestBody"]["content"]
    assert create["application/json"]["schema"] == {
        "oneOf": [
            {"$ref": "#/components/schemas/RejectionContext"},
            {"$ref": "#/components/schemas/RejectionFromEmail"},
        ]
    }
    assert schemas["RejectionFromEmail"]["required"] == ["email"]
    assert "name" in schemas["CandidateHints"]["properties"]
    assert "required" not in schemas["CandidateHints"]
    parse = document["paths"]["/v1/rejections/parse"]["post"]["requestBody"]["content"]
    assert set(parse) == {"application/json", "message/rfc822", "text/plain"}
    assert schemas["ParseRequest"]["required"] == ["email"]


def test_parse_is_no_rejection_id_for_other_methods(client: TestClient) -> None:
    for method in ("GET", "PATCH", "DELETE", "OPTIONS"):
        response = client.request(method, "/v1/rejections/parse", json={"email": REJECTION})

        problem = _problem(response, 405, "method-not-allowed")
        assert response.headers["allow"] == "POST"
        assert problem["instance"] == "/v1/rejections/parse"


def test_signals_that_contradict_are_refused_and_the_schema_says_so(client: TestClient) -> None:
    body = {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Acme Robotics"},
        "role": {"title": "Senior Data Engineer"},
        "signals": {"feedback_offered": True, "feedback_declined": True},
    }

    response = client.post("/v1/rejections", json=body)

    problem = _problem(response, 422, "validation")
    assert [error["field"] for error in problem["errors"]] == ["signals"]
    schema = client.get("/openapi.json").json()["components"]["schemas"]["RejectionSignals"]
    assert set(schema["not"]["required"]) == {"feedback_offered", "feedback_declined"}


def test_a_parser_failure_is_a_422_and_the_log_never_quotes_the_email(
    client: TestClient, monkeypatch: Any, caplog: Any
) -> None:
    def broken(raw: object, **_: object) -> None:
        raise ValueError("choked on 'Hi Maya, thank you for interviewing'")

    monkeypatch.setattr(email_intake, "parse_email", broken)

    response = client.post("/v1/rejections/parse", json={"email": REJECTION})

    problem = _problem(response, 422, "unreadable-email")
    assert problem["errors"][0]["field"] == "email"
    [failure] = [r for r in caplog.records if r.name == "app.services.email_intake"]
    assert failure.error == "ValueError"
    assert "Maya" not in caplog.text
    assert not failure.exc_info


def test_a_date_header_from_a_clock_running_ahead_reads_as_today(client: TestClient) -> None:
    email = REJECTION.replace("Fri, 20 Nov 2026", "Fri, 20 Nov 2099")

    parsed = client.post("/v1/rejections/parse", json={"email": email}).json()
    created = client.post("/v1/rejections", json={"email": email, "candidate": {"name": "Maya"}})

    assert parsed["context"]["rejected_on"]["value"] < "2099-01-01"
    assert parsed["context"]["rejected_on"]["confidence"] < 0.8
    assert created.status_code == 201, created.text
    assert created.json()["context"]["rejected_on"] == parsed["context"]["rejected_on"]["value"]
