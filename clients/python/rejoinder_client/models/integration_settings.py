from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.country import Country
from ..models.time_zone import TimeZone
from ..models.tone import Tone
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationSettings")


@_attrs_define
class IntegrationSettings:
    """Defaults for what ATS payloads do not carry; each one is optional.

    Attributes:
        tone (None | Tone | Unset): The voice of the drafts.
        timezone (None | TimeZone | Unset): The candidates' IANA time zone; plan dates are counted in it.
        country (Country | None | Unset): ISO 3166-1 alpha-2 country whose public holidays the plan skips.
        draft_unknown_archive_reasons (bool | Unset): Lever: also draft rejections whose archive reason Rejoinder does
            not know as a company's rejection or a candidate's withdrawal (by default they are recorded as `ignored`, the
            reason's name in `error`). Default: False.
    """

    tone: None | Tone | Unset = UNSET
    timezone: None | TimeZone | Unset = UNSET
    country: Country | None | Unset = UNSET
    draft_unknown_archive_reasons: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        tone: None | str | Unset
        if isinstance(self.tone, Unset):
            tone = UNSET
        elif isinstance(self.tone, Tone):
            tone = self.tone.value
        else:
            tone = self.tone

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        elif isinstance(self.timezone, TimeZone):
            timezone = self.timezone.value
        else:
            timezone = self.timezone

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, Country):
            country = self.country.value
        else:
            country = self.country

        draft_unknown_archive_reasons = self.draft_unknown_archive_reasons

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tone is not UNSET:
            field_dict["tone"] = tone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if country is not UNSET:
            field_dict["country"] = country
        if draft_unknown_archive_reasons is not UNSET:
            field_dict["draft_unknown_archive_reasons"] = draft_unknown_archive_reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_tone(data: object) -> None | Tone | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tone_type_0 = Tone(data)

                return tone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tone | Unset, data)

        tone = _parse_tone(d.pop("tone", UNSET))

        def _parse_timezone(data: object) -> None | TimeZone | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timezone_type_0 = TimeZone(data)

                return timezone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeZone | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_country(data: object) -> Country | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_type_0 = Country(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        draft_unknown_archive_reasons = d.pop("draft_unknown_archive_reasons", UNSET)

        integration_settings = cls(
            tone=tone,
            timezone=timezone,
            country=country,
            draft_unknown_archive_reasons=draft_unknown_archive_reasons,
        )

        return integration_settings
