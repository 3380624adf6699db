from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectionSignals")


@_attrs_define
class RejectionSignals:
    """What the rejection itself said beyond its reason; each changes the drafts or the plan.

    Read from a pasted or forwarded email (`email`), or set by the caller.

        Attributes:
            feedback_offered (bool | Unset): The employer offered feedback: the feedback request accepts the offer, and the
                plan asks for it even at a stage where it otherwise would not. Default: False.
            feedback_declined (bool | Unset): The employer said it cannot give individual feedback: no feedback request is
                drafted (`drafts.feedback_request` is null), the plan has no request or nudge, and the last pitch asks one
                lighter question instead. Default: False.
            invited_to_reapply (bool | Unset): The employer invited the candidate to apply again: the plan gains a dated
                step to look for the next opening (unless `interest` is low), and the last pitch thanks them for the invitation
                when the reason allows. Default: False.
            keeps_cv_on_file (bool | Unset): The employer said it keeps the CV or résumé on file: the plan gains the same
                dated step to look for the next opening (unless `interest` is low). Default: False.
            no_reply_sender (bool | Unset): The rejection came from an address that takes no reply: nothing is addressed to
                it, and the plan says where to find the hiring manager instead. A `contact.email` that reads as no-reply (`no-
                reply@…`) counts as this signal. Default: False.
    """

    feedback_offered: bool | Unset = False
    feedback_declined: bool | Unset = False
    invited_to_reapply: bool | Unset = False
    keeps_cv_on_file: bool | Unset = False
    no_reply_sender: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        feedback_offered = self.feedback_offered

        feedback_declined = self.feedback_declined

        invited_to_reapply = self.invited_to_reapply

        keeps_cv_on_file = self.keeps_cv_on_file

        no_reply_sender = self.no_reply_sender

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if feedback_offered is not UNSET:
            field_dict["feedback_offered"] = feedback_offered
        if feedback_declined is not UNSET:
            field_dict["feedback_declined"] = feedback_declined
        if invited_to_reapply is not UNSET:
            field_dict["invited_to_reapply"] = invited_to_reapply
        if keeps_cv_on_file is not UNSET:
            field_dict["keeps_cv_on_file"] = keeps_cv_on_file
        if no_reply_sender is not UNSET:
            field_dict["no_reply_sender"] = no_reply_sender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback_offered = d.pop("feedback_offered", UNSET)

        feedback_declined = d.pop("feedback_declined", UNSET)

        invited_to_reapply = d.pop("invited_to_reapply", UNSET)

        keeps_cv_on_file = d.pop("keeps_cv_on_file", UNSET)

        no_reply_sender = d.pop("no_reply_sender", UNSET)

        rejection_signals = cls(
            feedback_offered=feedback_offered,
            feedback_declined=feedback_declined,
            invited_to_reapply=invited_to_reapply,
            keeps_cv_on_file=keeps_cv_on_file,
            no_reply_sender=no_reply_sender,
        )

        return rejection_signals
