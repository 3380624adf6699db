"""ATS webhook adapters: verify a vendor's delivery and parse it into an AtsEvent (pure).

`ADAPTERS[provider]` gives the adapter for `greenhouse`, `lever`, `ashby`, `workable` and
`generic` (Standard Webhooks). See base.Adapter for the order the receiver calls them in.
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
    VendorApi,
)
from app.ats.generic import GenericAdapter, new_generic_secret
from app.ats.greenhouse import GreenhouseAdapter
from app.ats.lever import LeverAdapter, complete_lever_event, lever_fetch_failed
from app.ats.lever_client import LeverDetails, LeverFetchError, fetch_archive_details
from app.ats.workable import WorkableAdapter

ADAPTERS: dict[str, Adapter] = {
    adapter.provider: adapter
    for adapter in (
        GreenhouseAdapter(),
        LeverAdapter(),
        AshbyAdapter(),
        WorkableAdapter(),
        GenericAdapter(),
    )
}

__all__ = [
    "ADAPTERS",
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
    "VendorApi",
    "complete_lever_event",
    "fetch_archive_details",
    "lever_fetch_failed",
    "new_generic_secret",
]
