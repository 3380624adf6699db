"""Request and response models of the integrations API and the ATS webhook receiver."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
)

# The zone and country types the rejection body accepts, so both validate alike.
from app.drafting.context import CountryCode, TimeZoneName, Tone
from app.types import Name, Ref

_EXAMPLE_ID = "01936b8e-6f2a-7c41-9d0e-3b5f2a8c9e10"
# Stored as given (HMAC needs the exact bytes), so nothing is stripped.
# PostgreSQL text cannot hold NUL, so the schema refuses it up front (a 422, never a 500).
Secret = Annotated[str, StringConstraints(min_length=1, max_length=512, pattern=r"^[^\u0000]+$")]
CompanyName = Name
# Lever's or Ashby's API root; where it may point (no private or loopback address unless the
# outbound settings allow it) is checked by the integrations service.
_BASE_URL_PATTERN = r"^https?://[A-Za-z0-9.\-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/\-]*)?$"


class Provider(StrEnum):
    """The ATS, or the inbound-email vendor a candidate forwards rejections through, that
    posts to an integration's webhook URL."""

    greenhouse = "greenhouse"
    lever = "lever"
    ashby = "ashby"
    workable = "workable"
    generic = "generic"
    postmark = "postmark"
    sendgrid = "sendgrid"
    mailgun = "mailgun"


# Forwarding: the vendors that post a forwarded email rather than an ATS event.
EMAIL_PROVIDERS = frozenset({Provider.postmark, Provider.sendgrid, Provider.mailgun})
# Those whose webhook URL carries Basic credentials, the password being the secret.
BASIC_AUTH_PROVIDERS = frozenset({Provider.postmark, Provider.sendgrid})


class IntegrationSettings(BaseModel):
    """Defaults for what ATS payloads do not carry; each one is optional."""

    model_config = ConfigDict(extra="forbid")

    tone: Tone | None = Field(default=None, description="The voice of the drafts.")
    timezone: TimeZoneName | None = Field(
        default=None,
        examples=["Europe/Berlin"],
        description="The candidates' IANA time zone; plan dates are counted in it.",
    )
    country: CountryCode | None = Field(
        default=None,
        examples=["DE"],
        description="ISO 3166-1 alpha-2 country whose public holidays the plan skips.",
    )
    draft_unknown_archive_reasons: StrictBool = Field(
        default=False,
        description="Lever: also draft rejections whose archive reason Rejoinder does not know "
        "as a company's rejection or a candidate's withdrawal (by default they are recorded as "
        "`ignored`, the reason's name in `error`).",
    )


class EmailIntegrationSettings(IntegrationSettings):
    """An email integration's defaults: those of every integration, and the candidate."""

    candidate_ref: Ref | None = Field(
        default=None,
        examples=["user-1234"],
        description="Email forwarding (`postmark`, `sendgrid`, `mailgun`) only; a 422 on any "
        "other provider. The candidate every forwarded rejection belongs to. Without it, the "
        "plus-tag of the address the email was sent to names them "
        "(`rejections+user-1234@in.example.com` -> `user-1234`).",
        json_schema_extra={"x-providers": ["postmark", "sendgrid", "mailgun"]},
    )


class _IntegrationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    company_name: CompanyName = Field(
        examples=["Acme Robotics"],
        description="The employer's name: fills `company.name`, which most payloads lack.",
    )
    settings: IntegrationSettings = Field(
        default_factory=IntegrationSettings, description="Defaults for every rejection."
    )


class VendorIntegrationCreate(_IntegrationCreate):
    """Greenhouse or Workable: the admin supplies the secret the vendor signs with."""

    provider: Literal["greenhouse", "workable"] = Field(
        description="The ATS.", examples=["greenhouse"]
    )
    secret: Secret | None = Field(
        default=None,
        examples=["a-long-random-secret"],
        description="The secret key typed into the vendor's webhook settings (Workable: the "
        "account API token). Without one only handshakes are answered. Never shown again.",
    )


class LeverIntegrationCreate(_IntegrationCreate):
    """Lever: its signature token, and an API key to fetch what archive events leave out."""

    provider: Literal["lever"] = Field(description="The ATS.", examples=["lever"])
    secret: Secret | None = Field(
        default=None,
        examples=["lever-signature-token"],
        description="The webhook's signature token from Lever's settings. Never shown again.",
    )
    api_key: Secret | None = Field(
        default=None,
        examples=["lever-api-key"],
        description="A Lever API key with read access to opportunities, archive reasons, "
        "postings and interviews (`/opportunities/:id/interviews`, to thank who interviewed). "
        "Without it archive events are recorded as `needs_details`. Never shown again.",
    )
    api_base_url: str | None = Field(
        default=None,
        max_length=500,
        pattern=_BASE_URL_PATTERN,
        examples=["https://api.lever.co/v1"],
        description="Lever's API root; defaults to `https://api.lever.co/v1`.",
    )


class AshbyIntegrationCreate(_IntegrationCreate):
    """Ashby: its webhook's secret token, and optionally an API key to read a rejected
    application's stage history (when the webhook's payload carries none) and who
    interviewed."""

    provider: Literal["ashby"] = Field(description="The ATS.", examples=["ashby"])
    secret: Secret | None = Field(
        default=None,
        examples=["a-long-random-secret"],
        description="The secret token typed into Ashby's webhook settings. Without one only "
        "handshakes are answered. Never shown again.",
    )
    api_key: Secret | None = Field(
        default=None,
        examples=["ashby-api-key"],
        description="An Ashby API key with `candidatesRead` (the stage reached, "
        "`application.listHistory`, when the webhook does not say), `interviewsRead` (who "
        "interviewed, `interviewSchedule.list`) and `organizationRead` (`user.info`, for "
        "interviewers named by id only). Without it, or when Ashby does not answer, the "
        "rejection is drafted with the default stage and no interviewers. Never shown again.",
    )
    api_base_url: str | None = Field(
        default=None,
        max_length=500,
        pattern=_BASE_URL_PATTERN,
        examples=["https://api.ashbyhq.com"],
        description="Ashby's API root; defaults to `https://api.ashbyhq.com`.",
    )


class GenericIntegrationCreate(_IntegrationCreate):
    """A Standard Webhooks sender: Rejoinder generates the `whsec_` secret and shows it once."""

    provider: Literal["generic"] = Field(
        description="The vendor-neutral shape.", examples=["generic"]
    )


class EmailIntegrationCreate(_IntegrationCreate):
    """Email forwarding: a candidate forwards a rejection to an address of the vendor's, which
    posts it here; it is parsed and drafted like an ATS rejection."""

    provider: Literal["postmark", "sendgrid", "mailgun"] = Field(
        description="The inbound-email vendor.", examples=["postmark"]
    )
    company_name: CompanyName | None = Field(  # type: ignore[assignment]
        default=None,
        examples=["Acme Robotics"],
        description="Optional: the employer when every forwarded email is about one (the email "
        "names its employer otherwise).",
    )
    settings: EmailIntegrationSettings = Field(
        default_factory=EmailIntegrationSettings, description="Defaults for every rejection."
    )
    secret: Secret | None = Field(
        default=None,
        examples=["a-long-random-secret"],
        description="`postmark`, `sendgrid`: the password of the Basic credentials in the "
        "webhook URL (`https://rejoinder:<secret>@host/v1/webhooks/{id}`); generated and shown "
        "once when not given. `sendgrid` may instead take the public key of a Parse webhook "
        "security policy with signing on (base64, `MFkw…`): posts are then verified by their "
        "ECDSA signature and need no credentials in the URL. `mailgun`: the HTTP webhook "
        "signing key from Mailgun's settings (without one, posts wait as `awaiting_secret`). "
        "Never shown again.",
    )


IntegrationCreate = Annotated[
    VendorIntegrationCreate
    | LeverIntegrationCreate
    | AshbyIntegrationCreate
    | GenericIntegrationCreate
    | EmailIntegrationCreate,
    Field(discriminator="provider"),
]


class IntegrationUpdate(BaseModel):
    """The fields to change; absent fields stay as they are."""

    model_config = ConfigDict(extra="forbid")

    company_name: CompanyName | None = Field(
        default=None, examples=["Acme Robotics GmbH"], description="The employer's name."
    )
    secret: Secret | None = Field(
        default=None,
        examples=["the-new-secret"],
        description="Not for `generic` (`x-providers` lists who takes it; on a `generic` "
        "integration a secret is a 422: send `rotate_secret`). Rotate to this vendor secret; "
        "the previous secret is still accepted for 24 hours.",
        json_schema_extra={
            "x-providers": [
                "greenhouse",
                "ashby",
                "workable",
                "lever",
                "postmark",
                "sendgrid",
                "mailgun",
            ]
        },
    )
    rotate_secret: StrictBool = Field(
        default=False,
        description="`generic` only: `true` on any other provider's integration is a 422. "
        "Generates a new secret, shown once in the answer; the previous one is still accepted "
        "for 24 hours.",
        json_schema_extra={"x-providers": ["generic"]},
    )
    api_key: Secret | None = Field(
        default=None,
        examples=["lever-api-key"],
        description="`lever` and `ashby` only: sent (even as `null`) on any other provider's "
        "integration it is a 422. A new API key; `null` removes it.",
        json_schema_extra={"x-providers": ["lever", "ashby"]},
    )
    api_base_url: str | None = Field(
        default=None,
        max_length=500,
        pattern=_BASE_URL_PATTERN,
        examples=["https://api.lever.co/v1"],
        description="`lever` and `ashby` only: sent (even as `null`) on any other provider's "
        "integration it is a 422. The vendor's API root; `null` restores the default.",
        json_schema_extra={"x-providers": ["lever", "ashby"]},
    )
    settings: EmailIntegrationSettings | None = Field(
        default=None,
        description="Replaces the defaults as a whole (`candidate_ref`: email integrations only).",
    )


class IntegrationPublic(BaseModel):
    """An integration as the API shows it: secrets and API keys are never included."""

    id: uuid.UUID = Field(description="The integration's id.", examples=[_EXAMPLE_ID])
    provider: Provider = Field(description="The ATS.", examples=["greenhouse"])
    company_name: str | None = Field(
        description="The employer's name; null for an email integration that names none.",
        examples=["Acme Robotics"],
    )
    webhook_url: str = Field(
        description="Where the ATS posts; prefix it with this service's public origin.",
        examples=[f"/v1/webhooks/{_EXAMPLE_ID}"],
    )
    # The plain settings first: an email integration with no candidate shows just those.
    settings: IntegrationSettings | EmailIntegrationSettings = Field(
        description="Defaults for every rejection."
    )
    has_secret: bool = Field(description="Whether a signing secret is set.")
    previous_secret_expires_at: datetime | None = Field(
        description="Until when the rotated-out secret is still accepted.",
        examples=["2026-11-26T14:03:11Z"],
    )
    has_api_key: bool = Field(description="Whether a vendor API key is set (Lever, Ashby).")
    api_base_url: str | None = Field(
        description="The vendor API root, when not the default.",
        examples=["https://api.lever.co/v1"],
    )
    created_at: datetime = Field(
        description="When it was created.", examples=["2026-11-25T10:00:00Z"]
    )
    updated_at: datetime = Field(
        description="When it last changed.", examples=["2026-11-25T10:00:00Z"]
    )


class IntegrationWithSecret(IntegrationPublic):
    """An integration just created or rotated: a generated secret is shown this once."""

    secret: Secret | None = Field(
        description="The generated secret: `generic`'s `whsec_` signing secret, or the Basic "
        "auth password of a `postmark` or `sendgrid` integration created without one; store "
        "it now, it is never shown again. Null otherwise, and in a replay.",
        examples=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
    )
    redacted: bool = Field(
        default=False,
        description="`false` in the first answer. `true` in an `Idempotency-Key` replay: the "
        "generated secret is never stored, so the replay's `secret` is null; rotate it if lost.",
    )

    def without_secret(self) -> "IntegrationWithSecret":
        """The answer as it is kept for replay."""
        if self.secret is None:
            return self
        return self.model_copy(update={"secret": None, "redacted": True})


class IntegrationList(BaseModel):
    """The caller's integrations, newest first."""

    items: list[IntegrationPublic] = Field(description="Every integration of the caller.")
