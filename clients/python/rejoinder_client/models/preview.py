from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.drafts import Drafts
    from ..models.fit import Fit
    from ..models.planned_plan import PlannedPlan
    from ..models.reason_reading import ReasonReading
    from ..models.review import Review


T = TypeVar("T", bound="Preview")


@_attrs_define
class Preview:
    """Everything Rejoinder would draft for a context, stored nowhere.

    Attributes:
        drafts (Drafts): Every message drafted for one rejection.
        follow_up_plan (PlannedPlan): A follow-up plan that has not been stored.
        fit (Fit): Why the last pitch says what it says.
        reason (ReasonReading): How Rejoinder read the employer's stated reason.
        review (Review): The checks run over every generated draft.
    """

    drafts: Drafts
    follow_up_plan: PlannedPlan
    fit: Fit
    reason: ReasonReading
    review: Review
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drafts = self.drafts.to_dict()

        follow_up_plan = self.follow_up_plan.to_dict()

        fit = self.fit.to_dict()

        reason = self.reason.to_dict()

        review = self.review.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drafts": drafts,
                "follow_up_plan": follow_up_plan,
                "fit": fit,
                "reason": reason,
                "review": review,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drafts import Drafts  # noqa: PLC0415
        from ..models.fit import Fit  # noqa: PLC0415
        from ..models.planned_plan import PlannedPlan  # noqa: PLC0415
        from ..models.reason_reading import ReasonReading  # noqa: PLC0415
        from ..models.review import Review  # noqa: PLC0415

        d = dict(src_dict)
        drafts = Drafts.from_dict(d.pop("drafts"))

        follow_up_plan = PlannedPlan.from_dict(d.pop("follow_up_plan"))

        fit = Fit.from_dict(d.pop("fit"))

        reason = ReasonReading.from_dict(d.pop("reason"))

        review = Review.from_dict(d.pop("review"))

        preview = cls(
            drafts=drafts,
            follow_up_plan=follow_up_plan,
            fit=fit,
            reason=reason,
            review=review,
        )

        preview.additional_properties = d
        return preview

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
