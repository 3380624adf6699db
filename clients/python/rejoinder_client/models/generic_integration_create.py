from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_settings import IntegrationSettings


T = TypeVar("T", bound="GenericIntegrationCreate")


@_attrs_define
class GenericIntegrationCreate:
    """A Standard Webhooks sender: Rejoinder generates the `whsec_` secret and shows it once.

    Attributes:
        company_name (str): The employer's name: fills `company.name`, which most payloads lack.
        provider (Literal['generic']): The vendor-neutral shape.
        settings (IntegrationSettings | Unset): Defaults for what ATS payloads do not carry; each one is optional.
    """

    company_name: str
    provider: Literal["generic"]
    settings: IntegrationSettings | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        provider = self.provider

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_name": company_name,
                "provider": provider,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_settings import IntegrationSettings  # noqa: PLC0415

        d = dict(src_dict)
        company_name = d.pop("company_name")

        provider = cast(Literal["generic"], d.pop("provider"))
        if provider != "generic":
            raise ValueError(f"provider must match const 'generic', got '{provider}'")

        _settings = d.pop("settings", UNSET)
        settings: IntegrationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = IntegrationSettings.from_dict(_settings)

        generic_integration_create = cls(
            company_name=company_name,
            provider=provider,
            settings=settings,
        )

        return generic_integration_create
