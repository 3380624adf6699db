from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stats_by_outcome import StatsByOutcome
    from ..models.stats_by_stage import StatsByStage


T = TypeVar("T", bound="Stats")


@_attrs_define
class Stats:
    """How the caller's rejections turned out: the product's own measure.

    Attributes:
        total (int): Rejections in the range.
        by_stage (StatsByStage): Rejections per stage reached.
        by_outcome (StatsByOutcome): Rejections per outcome; `unknown` when none was recorded.
        turned_into_opportunity (int): Rejections that led to a new interview or an offer.
        opportunity_rate (float): `turned_into_opportunity / total` (0 when there are none).
    """

    total: int
    by_stage: StatsByStage
    by_outcome: StatsByOutcome
    turned_into_opportunity: int
    opportunity_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_stage = self.by_stage.to_dict()

        by_outcome = self.by_outcome.to_dict()

        turned_into_opportunity = self.turned_into_opportunity

        opportunity_rate = self.opportunity_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by_stage": by_stage,
                "by_outcome": by_outcome,
                "turned_into_opportunity": turned_into_opportunity,
                "opportunity_rate": opportunity_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stats_by_outcome import StatsByOutcome  # noqa: PLC0415
        from ..models.stats_by_stage import StatsByStage  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        by_stage = StatsByStage.from_dict(d.pop("by_stage"))

        by_outcome = StatsByOutcome.from_dict(d.pop("by_outcome"))

        turned_into_opportunity = d.pop("turned_into_opportunity")

        opportunity_rate = d.pop("opportunity_rate")

        stats = cls(
            total=total,
            by_stage=by_stage,
            by_outcome=by_outcome,
            turned_into_opportunity=turned_into_opportunity,
            opportunity_rate=opportunity_rate,
        )

        stats.additional_properties = d
        return stats

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
