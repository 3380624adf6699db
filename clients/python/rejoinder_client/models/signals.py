from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.found_reason_kind import FoundReasonKind
    from ..models.signal import Signal


T = TypeVar("T", bound="Signals")


@_attrs_define
class Signals:
    """What the email says beyond the context's fields; several change the drafts.

    Attributes:
        is_rejection (Signal): A yes/no reading of the email, with the words that said it when it is yes.
        invited_to_reapply (Signal): A yes/no reading of the email, with the words that said it when it is yes.
        keeps_cv_on_file (Signal): A yes/no reading of the email, with the words that said it when it is yes.
        feedback_offered (Signal): A yes/no reading of the email, with the words that said it when it is yes.
        feedback_declined (Signal): A yes/no reading of the email, with the words that said it when it is yes.
        no_reply_sender (Signal): A yes/no reading of the email, with the words that said it when it is yes.
        automated (Signal): A yes/no reading of the email, with the words that said it when it is yes.
        reason_kind (FoundReasonKind | None | Unset): What the stated reason is about, when one is stated.
    """

    is_rejection: Signal
    invited_to_reapply: Signal
    keeps_cv_on_file: Signal
    feedback_offered: Signal
    feedback_declined: Signal
    no_reply_sender: Signal
    automated: Signal
    reason_kind: FoundReasonKind | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.found_reason_kind import FoundReasonKind  # noqa: PLC0415

        is_rejection = self.is_rejection.to_dict()

        invited_to_reapply = self.invited_to_reapply.to_dict()

        keeps_cv_on_file = self.keeps_cv_on_file.to_dict()

        feedback_offered = self.feedback_offered.to_dict()

        feedback_declined = self.feedback_declined.to_dict()

        no_reply_sender = self.no_reply_sender.to_dict()

        automated = self.automated.to_dict()

        reason_kind: dict[str, Any] | None | Unset
        if isinstance(self.reason_kind, Unset):
            reason_kind = UNSET
        elif isinstance(self.reason_kind, FoundReasonKind):
            reason_kind = self.reason_kind.to_dict()
        else:
            reason_kind = self.reason_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_rejection": is_rejection,
                "invited_to_reapply": invited_to_reapply,
                "keeps_cv_on_file": keeps_cv_on_file,
                "feedback_offered": feedback_offered,
                "feedback_declined": feedback_declined,
                "no_reply_sender": no_reply_sender,
                "automated": automated,
            }
        )
        if reason_kind is not UNSET:
            field_dict["reason_kind"] = reason_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.found_reason_kind import FoundReasonKind  # noqa: PLC0415
        from ..models.signal import Signal  # noqa: PLC0415

        d = dict(src_dict)
        is_rejection = Signal.from_dict(d.pop("is_rejection"))

        invited_to_reapply = Signal.from_dict(d.pop("invited_to_reapply"))

        keeps_cv_on_file = Signal.from_dict(d.pop("keeps_cv_on_file"))

        feedback_offered = Signal.from_dict(d.pop("feedback_offered"))

        feedback_declined = Signal.from_dict(d.pop("feedback_declined"))

        no_reply_sender = Signal.from_dict(d.pop("no_reply_sender"))

        automated = Signal.from_dict(d.pop("automated"))

        def _parse_reason_kind(data: object) -> FoundReasonKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_kind_type_0 = FoundReasonKind.from_dict(data)

                return reason_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FoundReasonKind | None | Unset, data)

        reason_kind = _parse_reason_kind(d.pop("reason_kind", UNSET))

        signals = cls(
            is_rejection=is_rejection,
            invited_to_reapply=invited_to_reapply,
            keeps_cv_on_file=keeps_cv_on_file,
            feedback_offered=feedback_offered,
            feedback_declined=feedback_declined,
            no_reply_sender=no_reply_sender,
            automated=automated,
            reason_kind=reason_kind,
        )

        signals.additional_properties = d
        return signals

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
