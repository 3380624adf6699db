from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_integration_settings import EmailIntegrationSettings


T = TypeVar("T", bound="IntegrationUpdate")


@_attrs_define
class IntegrationUpdate:
    """The fields to change; absent fields stay as they are.

    Attributes:
        company_name (None | str | Unset): The employer's name.
        secret (None | str | Unset): Not for `generic` (`x-providers` lists who takes it; on a `generic` integration a
            secret is a 422: send `rotate_secret`). Rotate to this vendor secret; the previous secret is still accepted for
            24 hours.
        rotate_secret (bool | Unset): `generic` only: `true` on any other provider's integration is a 422. Generates a
            new secret, shown once in the answer; the previous one is still accepted for 24 hours. Default: False.
        api_key (None | str | Unset): `lever` and `ashby` only: sent (even as `null`) on any other provider's
            integration it is a 422. A new API key; `null` removes it.
        api_base_url (None | str | Unset): `lever` and `ashby` only: sent (even as `null`) on any other provider's
            integration it is a 422. The vendor's API root; `null` restores the default.
        settings (EmailIntegrationSettings | None | Unset): Replaces the defaults as a whole (`candidate_ref`: email
            integrations only).
    """

    company_name: None | str | Unset = UNSET
    secret: None | str | Unset = UNSET
    rotate_secret: bool | Unset = False
    api_key: None | str | Unset = UNSET
    api_base_url: None | str | Unset = UNSET
    settings: EmailIntegrationSettings | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_integration_settings import EmailIntegrationSettings  # noqa: PLC0415

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        rotate_secret = self.rotate_secret

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

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, EmailIntegrationSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if secret is not UNSET:
            field_dict["secret"] = secret
        if rotate_secret is not UNSET:
            field_dict["rotate_secret"] = rotate_secret
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if api_base_url is not UNSET:
            field_dict["api_base_url"] = api_base_url
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_integration_settings import EmailIntegrationSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        rotate_secret = d.pop("rotate_secret", UNSET)

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

        def _parse_settings(data: object) -> EmailIntegrationSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = EmailIntegrationSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailIntegrationSettings | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        integration_update = cls(
            company_name=company_name,
            secret=secret,
            rotate_secret=rotate_secret,
            api_key=api_key,
            api_base_url=api_base_url,
            settings=settings,
        )

        return integration_update
