from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outcome import Outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectionUpdate")


@_attrs_define
class RejectionUpdate:
    """The fields a candidate may change after the drafts; absent fields stay as they are.

    Attributes:
        outcome (None | Outcome | Unset): What came of the rejection.
        notes (None | str | Unset): The candidate's own notes (at most 5000 characters).
        received_feedback (None | str | Unset): The text the employer sent back (at most 5000 characters).
        updates (list[str] | None | Unset): What you have done since, each as you did it ("shipped a dbt project at
            work", at most 300 characters): replaces the list. After feedback that named a gap, the update to the contact
            and the reach-out are drafted from it; nothing is invented.
    """

    outcome: None | Outcome | Unset = UNSET
    notes: None | str | Unset = UNSET
    received_feedback: None | str | Unset = UNSET
    updates: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        received_feedback: None | str | Unset
        if isinstance(self.received_feedback, Unset):
            received_feedback = UNSET
        else:
            received_feedback = self.received_feedback

        updates: list[str] | None | Unset
        if isinstance(self.updates, Unset):
            updates = UNSET
        elif isinstance(self.updates, list):
            updates = self.updates

        else:
            updates = self.updates

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if notes is not UNSET:
            field_dict["notes"] = notes
        if received_feedback is not UNSET:
            field_dict["received_feedback"] = received_feedback
        if updates is not UNSET:
            field_dict["updates"] = updates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_outcome(data: object) -> None | Outcome | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_received_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_feedback = _parse_received_feedback(d.pop("received_feedback", UNSET))

        def _parse_updates(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                updates_type_0 = cast(list[str], data)

                return updates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        updates = _parse_updates(d.pop("updates", UNSET))

        rejection_update = cls(
            outcome=outcome,
            notes=notes,
            received_feedback=received_feedback,
            updates=updates,
        )

        return rejection_update
