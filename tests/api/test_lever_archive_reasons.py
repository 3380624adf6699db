"""Lever archives are drafted only when their archive reason means the company rejected.

Lever types an archive reason only `hired` or `non-hired` (GET /archive_reasons/:id,
https://hire.lever.co/developer/documentation#archive-reasons), so a candidate who withdrew or
declined an offer is `non-hired` too; the reason's own name, looked up in
app/ats/data/lever_archive_reasons.json, tells them apart.
"""

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ats import LeverFetchError, fetch_archive_details
from app.ats.lever_client import REASONS, _ReasonCache
from app.ats.lever_reasons import ReasonMeaning, reason_meaning
from app.settings import Settings
from tests.api.webhook_support import (
    create_integration,
    deliveries,
    lever_body,
    post,
    rejections_count,
)
from tests.ats.support import raw
from tests.ats.test_lever_client import (  # the loopback fake of Lever's API
    OPPORTUNITY_BODY,
    POSTING,
    POSTING_BODY,
    REASON,
    REASON_BODY,
    Script,
    lever_api,  # noqa: F401  (a fixture)
)

ARCHIVE = json.loads(raw("lever-candidateArchiveChange.json"))
OPPORTUNITY_ID = ARCHIVE["data"]["opportunityId"]
REASON_PATH = f"/v1/archive_reasons/{REASON}"
JSON = {"content-type": "application/json"}


@pytest.fixture(autouse=True)
def no_cached_reasons() -> Iterator[None]:
    # The cache lives as long as the process; each test starts from Lever's answers.
    REASONS.clear()
    yield
    REASONS.clear()


@pytest.fixture
def fake_lever(
    lever_api: tuple[str, Script],  # noqa: F811
    outbound_settings: Settings,  # the fake API is on loopback, allowed only in development
) -> tuple[str, Script]:
    base_url, script = lever_api
    script.answers[f"/v1/opportunities/{OPPORTUNITY_ID}"] = [(200, OPPORTUNITY_BODY, 0)]
    script.answers[REASON_PATH] = [(200, REASON_BODY, 0)]
    script.answers[f"/v1/postings/{POSTING}"] = [(200, POSTING_BODY, 0)]
    return base_url, script


def _archive_reason(script: Script, text: str, reason_type: str = "non-hired") -> None:
    reason = {"data": {**REASON_BODY["data"], "text": text, "type": reason_type}}
    script.answers[REASON_PATH] = [(200, reason, 0)]


def _lever(client: TestClient, base_url: str, **settings: Any) -> dict[str, Any]:
    return create_integration(
        client, "lever", api_key="lever-key", api_base_url=base_url, settings=settings
    )


@pytest.mark.parametrize("text", ["Withdrew", "Offer declined", "Unresponsive", "Duplicate"])
def test_an_archive_the_candidate_ended_is_recorded_and_not_drafted(
    client: TestClient, fake_lever: tuple[str, Script], text: str
) -> None:
    base_url, script = fake_lever
    _archive_reason(script, text)
    integration = _lever(client, base_url)

    post(client, integration, lever_body(ARCHIVE), JSON)

    [row] = deliveries(integration["id"])
    assert row.disposition == "ignored"
    assert row.error == f"the archive reason {text!r} is not a rejection by the company"
    assert rejections_count() == 0


@pytest.mark.parametrize("text", ["Underqualified", "Position filled", "Culture Fit"])
def test_an_archive_the_company_decided_is_drafted(
    client: TestClient, fake_lever: tuple[str, Script], text: str
) -> None:
    base_url, script = fake_lever
    _archive_reason(script, text)
    integration = _lever(client, base_url)

    post(client, integration, lever_body(ARCHIVE), JSON)

    [row] = deliveries(integration["id"])
    assert row.disposition == "drafted", row.error
    assert rejections_count() == 1


def test_an_unknown_archive_reason_is_recorded_with_its_name_and_not_drafted(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, script = fake_lever
    _archive_reason(script, "Budget freeze Q3")
    integration = _lever(client, base_url)

    post(client, integration, lever_body(ARCHIVE), JSON)

    [row] = deliveries(integration["id"])
    assert row.disposition == "ignored"
    assert "'Budget freeze Q3' is not known" in (row.error or "")
    assert "draft_unknown_archive_reasons" in (row.error or "")
    assert rejections_count() == 0


def test_an_integration_may_opt_in_to_drafting_unknown_archive_reasons(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, script = fake_lever
    _archive_reason(script, "Budget freeze Q3")
    integration = _lever(client, base_url, draft_unknown_archive_reasons=True)
    assert integration["settings"]["draft_unknown_archive_reasons"] is True

    post(client, integration, lever_body(ARCHIVE), JSON)

    [row] = deliveries(integration["id"])
    assert row.disposition == "drafted", row.error
    context = client.get(f"/v1/rejections/{row.rejection_id}").json()["context"]
    assert context["reason"] == "Budget freeze Q3"


def test_opting_in_still_never_drafts_a_withdrawal(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, script = fake_lever
    _archive_reason(script, "Withdrew")
    integration = _lever(client, base_url, draft_unknown_archive_reasons=True)

    post(client, integration, lever_body(ARCHIVE), JSON)

    assert [row.disposition for row in deliveries(integration["id"])] == ["ignored"]


def test_the_setting_must_be_a_boolean(client: TestClient) -> None:
    response = client.post(
        "/v1/integrations",
        json={
            "provider": "lever",
            "company_name": "Acme",
            "settings": {"draft_unknown_archive_reasons": "yes"},
        },
    )
    assert response.status_code == 422


def _fetch(base_url: str, api_key: str = "lever-key") -> Any:
    return fetch_archive_details(
        api_key=api_key,
        base_url=base_url,
        opportunity_id=OPPORTUNITY_ID,
        reason_id=REASON,
        timeout=2.0,
        retry_delay=0.0,
    )


def _reason_requests(script: Script) -> int:
    return sum(1 for path, _ in script.requests if path.startswith(REASON_PATH))


def test_an_archive_reason_is_fetched_once_per_account(
    fake_lever: tuple[str, Script],
) -> None:
    base_url, script = fake_lever

    first, again = _fetch(base_url), _fetch(base_url)
    assert _reason_requests(script) == 1
    assert first.reason_text == again.reason_text == "Underqualified"

    _fetch(base_url, api_key="another-account")
    assert _reason_requests(script) == 2


def test_a_failed_archive_reason_fetch_is_not_cached(fake_lever: tuple[str, Script]) -> None:
    base_url, script = fake_lever
    script.answers[REASON_PATH] = [(404, {"code": "ResourceNotFound"}, 0), (200, REASON_BODY, 0)]

    with pytest.raises(LeverFetchError, match="404"):
        _fetch(base_url)
    assert _fetch(base_url).reason_text == "Underqualified"


def test_the_reason_cache_is_bounded_and_drops_the_least_recently_used() -> None:
    cache = _ReasonCache(2)
    a, b, c = (cache.key("key", "https://api.lever.co/v1", r) for r in "abc")
    cache.put(a, {"text": "A"})
    cache.put(b, {"text": "B"})
    assert cache.get(a) == {"text": "A"}  # a is now the most recent
    cache.put(c, {"text": "C"})

    assert cache.get(b) is None
    assert cache.get(a) == {"text": "A"}
    assert cache.get(c) == {"text": "C"}
    account, _ = cache.key("lever-secret-api-key", "https://api.lever.co/v1", "r")
    assert "lever-secret-api-key" not in account  # the API key is kept hashed
    assert len(account) == 64


@pytest.mark.parametrize(
    ("text", "reason_type", "meaning"),
    [
        ("Offer Declined", "non-hired", ReasonMeaning.not_rejected),
        ("offer-declined", "non-hired", ReasonMeaning.not_rejected),
        ("  Under-qualified ", "non-hired", ReasonMeaning.rejected_by_company),
        ("Hired", "hired", ReasonMeaning.not_rejected),
        ("Anything", "hired", ReasonMeaning.not_rejected),
        ("Timing", "non-hired", ReasonMeaning.unknown),
        (None, "non-hired", ReasonMeaning.unknown),
    ],
)
def test_an_archive_reason_name_is_read_from_the_table(
    text: str | None, reason_type: str, meaning: ReasonMeaning
) -> None:
    assert reason_meaning(text, reason_type) == meaning
