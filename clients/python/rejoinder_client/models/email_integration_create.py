from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.email_integration_create_provider import EmailIntegrationCreateProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_integration_settings import EmailIntegrationSettings


T = TypeVar("T", bound="EmailIntegrationCreate")


@_attrs_define
class EmailIntegrationCreate:
    """Email forwarding: a candidate forwards a rejection to an address of the vendor's, which
    posts it here; it is parsed and drafted like an ATS rejection.

        Attributes:
            provider (EmailIntegrationCreateProvider): The inbound-email vendor.
            company_name (None | str | Unset): Optional: the employer when every forwarded email is about one (the email
                names its employer otherwise).
            settings (EmailIntegrationSettings | Unset): An email integration's defaults: those of every integration, and
                the candidate.
            secret (None | str | Unset): `postmark`, `sendgrid`: the password of the Basic credentials in the webhook URL
                (`https://rejoinder:<secret>@host/v1/webhooks/{id}`); generated and shown once when not given. `sendgrid` may
                instead take the public key of a Parse webhook security policy with signing on (base64, `MFkw…`): posts are then
                verified by their ECDSA signature and need no credentials in the URL. `mailgun`: the HTTP webhook signing key
                from Mailgun's settings (without one, posts wait as `awaiting_secret`). Never shown again.
    """

    provider: EmailIntegrationCreateProvider
    company_name: None | str | Unset = UNSET
    settings: EmailIntegrationSettings | Unset = UNSET
    secret: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provider": provider,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_integration_settings import EmailIntegrationSettings  # noqa: PLC0415

        d = dict(src_dict)
        provider = EmailIntegrationCreateProvider(d.pop("provider"))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: EmailIntegrationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = EmailIntegrationSettings.from_dict(_settings)

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        email_integration_create = cls(
            provider=provider,
            company_name=company_name,
            settings=settings,
            secret=secret,
        )

        return email_integration_create
