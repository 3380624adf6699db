from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drafted_message import DraftedMessage


T = TypeVar("T", bound="Drafts")


@_attrs_define
class Drafts:
    """Every message drafted for one rejection.

    Attributes:
        last_pitch (DraftedMessage): One rendered message.
        feedback_request (DraftedMessage | None | Unset): The message that asks for feedback; null when the employer
            said it gives no individual feedback (the last pitch asks one lighter question instead).
        interviewer_thanks (list[DraftedMessage] | Unset): One short, distinct thank-you per interviewer.
        linkedin_note (DraftedMessage | None | Unset): A connection note within LinkedIn's character limit.
    """

    last_pitch: DraftedMessage
    feedback_request: DraftedMessage | None | Unset = UNSET
    interviewer_thanks: list[DraftedMessage] | Unset = UNSET
    linkedin_note: DraftedMessage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.drafted_message import DraftedMessage  # noqa: PLC0415

        last_pitch = self.last_pitch.to_dict()

        feedback_request: dict[str, Any] | None | Unset
        if isinstance(self.feedback_request, Unset):
            feedback_request = UNSET
        elif isinstance(self.feedback_request, DraftedMessage):
            feedback_request = self.feedback_request.to_dict()
        else:
            feedback_request = self.feedback_request

        interviewer_thanks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interviewer_thanks, Unset):
            interviewer_thanks = []
            for interviewer_thanks_item_data in self.interviewer_thanks:
                interviewer_thanks_item = interviewer_thanks_item_data.to_dict()
                interviewer_thanks.append(interviewer_thanks_item)

        linkedin_note: dict[str, Any] | None | Unset
        if isinstance(self.linkedin_note, Unset):
            linkedin_note = UNSET
        elif isinstance(self.linkedin_note, DraftedMessage):
            linkedin_note = self.linkedin_note.to_dict()
        else:
            linkedin_note = self.linkedin_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "last_pitch": last_pitch,
            }
        )
        if feedback_request is not UNSET:
            field_dict["feedback_request"] = feedback_request
        if interviewer_thanks is not UNSET:
            field_dict["interviewer_thanks"] = interviewer_thanks
        if linkedin_note is not UNSET:
            field_dict["linkedin_note"] = linkedin_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drafted_message import DraftedMessage  # noqa: PLC0415

        d = dict(src_dict)
        last_pitch = DraftedMessage.from_dict(d.pop("last_pitch"))

        def _parse_feedback_request(data: object) -> DraftedMessage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feedback_request_type_0 = DraftedMessage.from_dict(data)

                return feedback_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftedMessage | None | Unset, data)

        feedback_request = _parse_feedback_request(d.pop("feedback_request", UNSET))

        _interviewer_thanks = d.pop("interviewer_thanks", UNSET)
        interviewer_thanks: list[DraftedMessage] | Unset = UNSET
        if _interviewer_thanks is not UNSET:
            interviewer_thanks = []
            for interviewer_thanks_item_data in _interviewer_thanks:
                interviewer_thanks_item = DraftedMessage.from_dict(interviewer_thanks_item_data)

                interviewer_thanks.append(interviewer_thanks_item)

        def _parse_linkedin_note(data: object) -> DraftedMessage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linkedin_note_type_0 = DraftedMessage.from_dict(data)

                return linkedin_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftedMessage | None | Unset, data)

        linkedin_note = _parse_linkedin_note(d.pop("linkedin_note", UNSET))

        drafts = cls(
            last_pitch=last_pitch,
            feedback_request=feedback_request,
            interviewer_thanks=interviewer_thanks,
            linkedin_note=linkedin_note,
        )

        drafts.additional_properties = d
        return drafts

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
