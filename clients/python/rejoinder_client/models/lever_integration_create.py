from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_settings import IntegrationSettings


T = TypeVar("T", bound="LeverIntegrationCreate")


@_attrs_define
class LeverIntegrationCreate:
    """Lever: its signature token, and an API key to fetch what archive events leave out.

    Attributes:
        company_name (str): The employer's name: fills `company.name`, which most payloads lack.
        provider (Literal['lever']): The ATS.
        settings (IntegrationSettings | Unset): Defaults for what ATS payloads do not carry; each one is optional.
        secret (None | str | Unset): The webhook's signature token from Lever's settings. Never shown again.
        api_key (None | str | Unset): A Lever API key with read access to opportunities, archive reasons, postings and
            interviews (`/opportunities/:id/interviews`, to thank who interviewed). Without it archive events are recorded
            as `needs_details`. Never shown again.
        api_base_url (None | str | Unset): Lever's API root; defaults to `https://api.lever.co/v1`.
    """

    company_name: str
    provider: Literal["lever"]
    settings: IntegrationSettings | Unset = UNSET
    secret: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    api_base_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        provider = self.provider

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        api_base_url: None | str | Unset
        if isinstance(self.api_base_url, Unset):
            api_base_url = UNSET
        else:
            api_base_url = self.api_base_url

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
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if api_base_url is not UNSET:
            field_dict["api_base_url"] = api_base_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_settings import IntegrationSettings  # noqa: PLC0415

        d = dict(src_dict)
        company_name = d.pop("company_name")

        provider = cast(Literal["lever"], d.pop("provider"))
        if provider != "lever":
            raise ValueError(f"provider must match const 'lever', got '{provider}'")

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

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_api_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_base_url = _parse_api_base_url(d.pop("api_base_url", UNSET))

        lever_integration_create = cls(
            company_name=company_name,
            provider=provider,
            settings=settings,
            secret=secret,
            api_key=api_key,
            api_base_url=api_base_url,
        )

        return lever_integration_create
