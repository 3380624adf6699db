from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.vendor_integration_create_provider import VendorIntegrationCreateProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_settings import IntegrationSettings


T = TypeVar("T", bound="VendorIntegrationCreate")


@_attrs_define
class VendorIntegrationCreate:
    """Greenhouse or Workable: the admin supplies the secret the vendor signs with.

    Attributes:
        company_name (str): The employer's name: fills `company.name`, which most payloads lack.
        provider (VendorIntegrationCreateProvider): The ATS.
        settings (IntegrationSettings | Unset): Defaults for what ATS payloads do not carry; each one is optional.
        secret (None | str | Unset): The secret key typed into the vendor's webhook settings (Workable: the account API
            token). Without one only handshakes are answered. Never shown again.
    """

    company_name: str
    provider: VendorIntegrationCreateProvider
    settings: IntegrationSettings | Unset = UNSET
    secret: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        provider = self.provider.value

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
                "company_name": company_name,
                "provider": provider,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_settings import IntegrationSettings  # noqa: PLC0415

        d = dict(src_dict)
        company_name = d.pop("company_name")

        provider = VendorIntegrationCreateProvider(d.pop("provider"))

        _settings = d.pop("settings", UNSET)
        settings: IntegrationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = IntegrationSettings.from_dict(_settings)

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        vendor_integration_create = cls(
            company_name=company_name,
            provider=provider,
            settings=settings,
            secret=secret,
        )

        return vendor_integration_create
