from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider import Provider

if TYPE_CHECKING:
    from ..models.email_integration_settings import EmailIntegrationSettings
    from ..models.integration_settings import IntegrationSettings


T = TypeVar("T", bound="IntegrationPublic")


@_attrs_define
class IntegrationPublic:
    """An integration as the API shows it: secrets and API keys are never included.

    Attributes:
        id (UUID): The integration's id.
        provider (Provider): The ATS, or the inbound-email vendor a candidate forwards rejections through, that
            posts to an integration's webhook URL.
        company_name (None | str): The employer's name; null for an email integration that names none.
        webhook_url (str): Where the ATS posts; prefix it with this service's public origin.
        settings (EmailIntegrationSettings | IntegrationSettings): Defaults for every rejection.
        has_secret (bool): Whether a signing secret is set.
        previous_secret_expires_at (datetime.datetime | None): Until when the rotated-out secret is still accepted.
        has_api_key (bool): Whether a vendor API key is set (Lever, Ashby).
        api_base_url (None | str): The vendor API root, when not the default.
        created_at (datetime.datetime): When it was created.
        updated_at (datetime.datetime): When it last changed.
    """

    id: UUID
    provider: Provider
    company_name: None | str
    webhook_url: str
    settings: EmailIntegrationSettings | IntegrationSettings
    has_secret: bool
    previous_secret_expires_at: datetime.datetime | None
    has_api_key: bool
    api_base_url: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.integration_settings import IntegrationSettings  # noqa: PLC0415

        id = str(self.id)

        provider = self.provider.value

        company_name: None | str
        company_name = self.company_name

        webhook_url = self.webhook_url

        settings: dict[str, Any]
        if isinstance(self.settings, IntegrationSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings.to_dict()

        has_secret = self.has_secret

        previous_secret_expires_at: None | str
        if isinstance(self.previous_secret_expires_at, datetime.datetime):
            previous_secret_expires_at = self.previous_secret_expires_at.isoformat()
        else:
            previous_secret_expires_at = self.previous_secret_expires_at

        has_api_key = self.has_api_key

        api_base_url: None | str
        api_base_url = self.api_base_url

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
                "company_name": company_name,
                "webhook_url": webhook_url,
                "settings": settings,
                "has_secret": has_secret,
                "previous_secret_expires_at": previous_secret_expires_at,
                "has_api_key": has_api_key,
                "api_base_url": api_base_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_integration_settings import EmailIntegrationSettings  # noqa: PLC0415
        from ..models.integration_settings import IntegrationSettings  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        provider = Provider(d.pop("provider"))

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(d.pop("company_name"))

        webhook_url = d.pop("webhook_url")

        def _parse_settings(data: object) -> EmailIntegrationSettings | IntegrationSettings:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = IntegrationSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            settings_type_1 = EmailIntegrationSettings.from_dict(data)

            return settings_type_1

        settings = _parse_settings(d.pop("settings"))

        has_secret = d.pop("has_secret")

        def _parse_previous_secret_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_secret_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return previous_secret_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        previous_secret_expires_at = _parse_previous_secret_expires_at(d.pop("previous_secret_expires_at"))

        has_api_key = d.pop("has_api_key")

        def _parse_api_base_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        api_base_url = _parse_api_base_url(d.pop("api_base_url"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        integration_public = cls(
            id=id,
            provider=provider,
            company_name=company_name,
            webhook_url=webhook_url,
            settings=settings,
            has_secret=has_secret,
            previous_secret_expires_at=previous_secret_expires_at,
            has_api_key=has_api_key,
            api_base_url=api_base_url,
            created_at=created_at,
            updated_at=updated_at,
        )

        integration_public.additional_properties = d
        return integration_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
