from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.ats import (
    ADAPTERS,
    EventKind,
    LeverDetails,
    LeverFetch,
    LeverFetchError,
    PayloadError,
    SignatureError,
    complete_lever_event,
    lever_fetch_failed,
)
from app.ats.lever import MAX_AGE, NO_API_KEY
from app.drafting.context import Stage
from tests.ats.support import DEFAULTS, NOW, PREVIOUS, SECRET, delivery, dumps, fixture, lever

ADAPTER = ADAPTERS["lever"]
ARCHIVE = fixture("lever-candidateArchiveChange.json")
OPPORTUNITY = "3410c8b9-5c31-4bab-b7e9-9f710206d647"
REASON = "63dd55b2-a99f-4e7b-985f-22c7bf80ab42"
DETAILS = LeverDetails(
    candidate_name="Shane Smith",
    candidate_email="shane@example.com",
    job_title="Software Engineer",
    stage_name="On-site interview",
    reason_text="Underqualified",
    reason_type="non-hired",
    owner_name="Rachel Green",
    owner_email="rachel@lever.example",
)


def _unarchive() -> dict[str, object]:
    return dict(
        ARCHIVE,
        data=dict(ARCHIVE["data"], fromArchived=ARCHIVE["data"]["toArchived"], toArchived=None),
    )


def test_an_archive_change_signed_over_token_and_triggered_at_verifies() -> None:
    ADAPTER.verify(lever(ARCHIVE), [SECRET], now=NOW)


def test_the_documented_example_signature_verifies_against_no_test_token() -> None:
    with pytest.raises(SignatureError):
        ADAPTER.verify(delivery(dumps(ARCHIVE)), [SECRET], now=NOW)


def test_a_forged_signature_is_refused() -> None:
    with pytest.raises(SignatureError, match="does not match"):
        ADAPTER.verify(lever(ARCHIVE, secret="attacker"), [SECRET], now=NOW)


def test_a_changed_token_breaks_the_signature() -> None:
    signed = lever(ARCHIVE)
    tampered = signed.body.replace(b"f" * 48, b"e" * 48)
    with pytest.raises(SignatureError):
        ADAPTER.verify(delivery(tampered), [SECRET], now=NOW)


def test_a_body_without_a_signature_is_refused() -> None:
    body = fixture("lever-candidateArchiveChange.json")
    del body["signature"]
    with pytest.raises(SignatureError, match="missing signature"):
        ADAPTER.verify(delivery(dumps(body)), [SECRET], now=NOW)


# Lever documents no freshness window (hire.lever.co/developer/documentation#webhooks: the
# signature covers `token` + `triggeredAt`, nothing more is said), so only a replay from
# more than MAX_AGE (7 days) away is refused: an outage of ours loses nothing.
def test_a_triggered_at_an_hour_old_is_accepted() -> None:
    ADAPTER.verify(lever(ARCHIVE, at=NOW - timedelta(hours=1)), [SECRET], now=NOW)


def test_a_triggered_at_older_than_seven_days_is_refused() -> None:
    stale = lever(ARCHIVE, at=NOW - MAX_AGE - timedelta(seconds=1))
    with pytest.raises(SignatureError, match="7 days"):
        ADAPTER.verify(stale, [SECRET], now=NOW)


def test_a_triggered_at_far_in_the_future_is_refused() -> None:
    with pytest.raises(SignatureError):
        ADAPTER.verify(lever(ARCHIVE, at=NOW + timedelta(days=8)), [SECRET], now=NOW)


def test_the_previous_signature_token_still_verifies_during_rotation() -> None:
    ADAPTER.verify(lever(ARCHIVE, secret=PREVIOUS), ["rotated-new", PREVIOUS], now=NOW)


def test_a_body_that_is_not_json_cannot_be_verified_and_is_a_payload_error() -> None:
    with pytest.raises(PayloadError):
        ADAPTER.verify(delivery(b"token=abc"), [SECRET], now=NOW)


def test_the_event_id_is_the_delivery_id() -> None:
    event = ADAPTER.parse(lever(ARCHIVE, token="a" * 48), DEFAULTS)
    assert event.vendor_delivery_id == ARCHIVE["id"]


def test_without_an_event_id_the_signed_token_and_time_are_the_delivery_id() -> None:
    # The token alone is not documented as unique per request; the signed pair is what a
    # retry of the same body repeats.
    body = {key: value for key, value in ARCHIVE.items() if key != "id"}
    event = ADAPTER.parse(lever(body, token="b" * 48), DEFAULTS)
    assert event.vendor_delivery_id == f"{'b' * 48}:{int(NOW.timestamp() * 1000)}"


def test_an_archive_change_is_a_rejection_that_needs_the_details_fetched() -> None:
    event = ADAPTER.parse(lever(ARCHIVE), DEFAULTS)
    assert event.kind is EventKind.rejection
    assert event.context is None
    assert event.needs_details == NO_API_KEY
    assert event.fetch == LeverFetch(opportunity_id=OPPORTUNITY, reason_id=REASON)
    assert event.application_id == OPPORTUNITY
    assert event.candidate_ref == ARCHIVE["data"]["contactId"]
    assert event.occurred_at is not None
    assert event.occurred_at.year == 2015


def test_to_archived_null_is_an_unrejection() -> None:
    event = ADAPTER.parse(lever(_unarchive()), DEFAULTS)
    assert event.kind is EventKind.unrejection
    assert event.application_id == OPPORTUNITY


def test_a_stage_change_is_ignored() -> None:
    event = ADAPTER.parse(lever(fixture("lever-candidateStageChange.json")), DEFAULTS)
    assert event.kind is EventKind.ignored
    assert event.ignored_reason == "event 'candidateStageChange' is not candidateArchiveChange"


def test_the_settings_page_test_request_is_a_handshake_even_unsigned() -> None:
    test_request = delivery(dumps(fixture("lever-test-request.json")))
    assert ADAPTER.is_handshake(test_request)
    assert ADAPTER.parse(test_request, DEFAULTS).kind is EventKind.handshake
    assert not ADAPTER.is_handshake(lever(ARCHIVE))


def test_an_archive_change_without_an_opportunity_is_a_payload_error() -> None:
    body = dict(ARCHIVE, data={"toArchived": None, "contactId": "c"})
    with pytest.raises(PayloadError, match="opportunityId"):
        ADAPTER.parse(lever(body), DEFAULTS)


def test_an_archive_change_without_to_archived_is_a_payload_error() -> None:
    body = dict(ARCHIVE, data={"opportunityId": OPPORTUNITY})
    with pytest.raises(PayloadError, match="toArchived"):
        ADAPTER.parse(lever(body), DEFAULTS)


def test_fetched_details_complete_the_rejection() -> None:
    event = complete_lever_event(
        ADAPTER.parse(lever(ARCHIVE), DEFAULTS), DETAILS, DEFAULTS, received_at=NOW
    )
    assert event.kind is EventKind.rejection
    assert (event.needs_details, event.fetch) == (None, None)
    context = event.context
    assert context is not None
    assert (context.candidate.name, context.candidate.email) == ("Shane Smith", "shane@example.com")
    assert context.role.title == "Software Engineer"
    assert context.stage is Stage.onsite
    assert context.reason == "Underqualified"
    assert context.contact is not None
    assert context.contact.name == "Rachel Green"
    assert context.rejected_on == date(2015, 5, 12)
    assert (context.external_ref, context.company.name) == (OPPORTUNITY, "Acme Robotics")


def test_an_archive_reason_of_type_hired_is_ignored() -> None:
    event = complete_lever_event(
        ADAPTER.parse(lever(ARCHIVE), DEFAULTS),
        replace(DETAILS, reason_text="Hired", reason_type="hired"),
        DEFAULTS,
        received_at=NOW,
    )
    assert event.kind is EventKind.ignored
    assert event.ignored_reason == "the archive reason is of type hired"


def test_details_without_a_job_title_keep_the_rejection_as_needing_details() -> None:
    event = complete_lever_event(
        ADAPTER.parse(lever(ARCHIVE), DEFAULTS),
        replace(DETAILS, job_title=None),
        DEFAULTS,
        received_at=NOW,
    )
    assert event.kind is EventKind.rejection
    assert event.context is None
    assert event.needs_details == "Lever did not return the job title"


def test_a_failed_fetch_keeps_the_rejection_and_says_why() -> None:
    event = lever_fetch_failed(
        ADAPTER.parse(lever(ARCHIVE), DEFAULTS), LeverFetchError("timed out (after one retry)")
    )
    assert event.kind is EventKind.rejection
    assert (
        event.needs_details == "fetching the details from Lever failed: timed out (after one retry)"
    )


def test_an_archive_reason_of_unknown_type_keeps_the_rejection_as_needing_details() -> None:
    event = complete_lever_event(
        ADAPTER.parse(lever(ARCHIVE), DEFAULTS),
        replace(DETAILS, reason_type=None),
        DEFAULTS,
        received_at=NOW,
    )
    assert event.kind is EventKind.rejection
    assert event.needs_details == "Lever did not say whether the archive reason is a hire"
