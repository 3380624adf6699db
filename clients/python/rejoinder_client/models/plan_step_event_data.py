from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancel_reason import CancelReason
from ..models.step_kind import StepKind
from ..models.step_status import StepStatus

T = TypeVar("T", bound="PlanStepEventData")


@_attrs_define
class PlanStepEventData:
    """A plan step that came due or changed, with its rejection's references.

    Attributes:
        rejection_id (UUID): The rejection the step belongs to.
        step_id (UUID): The step's id.
        kind (StepKind): One move of the keep-the-bridge plan.
        title (str): What to do.
        due_on (datetime.date): The day to do it, in the candidate's time zone.
        status (StepStatus): Where a plan step stands.
        cancel_reason (CancelReason | None): Why the step was cancelled while the plan went on, if it was.
        external_ref (None | str): The caller's own id.
        candidate_ref (None | str): The job board's own id for the candidate.
    """

    rejection_id: UUID
    step_id: UUID
    kind: StepKind
    title: str
    due_on: datetime.date
    status: StepStatus
    cancel_reason: CancelReason | None
    external_ref: None | str
    candidate_ref: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rejection_id = str(self.rejection_id)

        step_id = str(self.step_id)

        kind = self.kind.value

        title = self.title

        due_on = self.due_on.isoformat()

        status = self.status.value

        cancel_reason: None | str
        if isinstance(self.cancel_reason, CancelReason):
            cancel_reason = self.cancel_reason.value
        else:
            cancel_reason = self.cancel_reason

        external_ref: None | str
        external_ref = self.external_ref

        candidate_ref: None | str
        candidate_ref = self.candidate_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rejection_id": rejection_id,
                "step_id": step_id,
                "kind": kind,
                "title": title,
                "due_on": due_on,
                "status": status,
                "cancel_reason": cancel_reason,
                "external_ref": external_ref,
                "candidate_ref": candidate_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rejection_id = UUID(d.pop("rejection_id"))

        step_id = UUID(d.pop("step_id"))

        kind = StepKind(d.pop("kind"))

        title = d.pop("title")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        status = StepStatus(d.pop("status"))

        def _parse_cancel_reason(data: object) -> CancelReason | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancel_reason_type_0 = CancelReason(data)

                return cancel_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancelReason | None, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))

        def _parse_external_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_ref = _parse_external_ref(d.pop("external_ref"))

        def _parse_candidate_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        candidate_ref = _parse_candidate_ref(d.pop("candidate_ref"))

        plan_step_event_data = cls(
            rejection_id=rejection_id,
            step_id=step_id,
            kind=kind,
            title=title,
            due_on=due_on,
            status=status,
            cancel_reason=cancel_reason,
            external_ref=external_ref,
            candidate_ref=candidate_ref,
        )

        plan_step_event_data.additional_properties = d
        return plan_step_event_data

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
