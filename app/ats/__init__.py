"""ATS webhook adapters: verify a vendor's delivery and parse it into an AtsEvent (pure).

`ADAPTERS[provider]` gives the adapter for `greenhouse`, `lever`, `ashby`, `workable`,
`generic` (Standard Webhooks), and the inbound-email vendors a candidate forwards a rejection
through: `postmark`, `sendgrid`, `mailgun`. See base.Adapter for the order the receiver calls
them in.
"""

from app.ats.ashby import AshbyAdapter
from app.ats.base import (
    Adapter,
    AtsEvent,
    Delivery,
    DetailsFetcher,
    EventKind,
    IntegrationDefaults,
    LeverFetch,
    PayloadError,
    SignatureError,
    SingleUse,
    VendorApi,
)
from app.ats.email_forms import new_basic_password
from app.ats.generic import GenericAdapter, new_generic_secret
from app.ats.greenhouse import GreenhouseAdapter
from app.ats.lever import LeverAdapter, complete_lever_event, lever_fetch_failed
from app.ats.lever_client import LeverDetails, LeverFetchError, fetch_archive_details
from app.ats.mailgun import MailgunAdapter
from app.ats.postmark import PostmarkAdapter
from app.ats.sendgrid import SendGridAdapter
from app.ats.workable import WorkableAdapter

ADAPTERS: dict[str, Adapter] = {
    adapter.provider: adapter
    for adapter in (
        GreenhouseAdapter(),
        LeverAdapter(),
        AshbyAdapter(),
        WorkableAdapter(),
        GenericAdapter(),
        PostmarkAdapter(),
        SendGridAdapter(),
        MailgunAdapter(),
    )
}

# The answer that stops a vendor retrying a body it would send again unchanged: Mailgun stops
# on 406 and Postmark on 403 (their documented retry rules; Mailgun otherwise retries for 8
# hours, Postmark 10 times over 10.5). Every other vendor retries whatever it gets: 400.
MALFORMED_STATUS: dict[str, int] = {"mailgun": 406, "postmark": 403}

__all__ = [
    "ADAPTERS",
    "MALFORMED_STATUS",
    "Adapter",
    "AtsEvent",
    "Delivery",
    "DetailsFetcher",
    "EventKind",
    "IntegrationDefaults",
    "LeverDetails",
    "LeverFetch",
    "LeverFetchError",
    "PayloadError",
    "SignatureError",
    "SingleUse",
    "VendorApi",
    "complete_lever_event",
    "fetch_archive_details",
    "lever_fetch_failed",
    "new_basic_password",
    "new_generic_secret",
]
