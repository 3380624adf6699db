"""The bodies that carry a rejection email: one to read (`POST /v1/rejections/parse`), and a
rejection drafted from one (`POST /v1/rejections` with `email`).

`RejectionFromEmail` is `RejectionContext` with every field optional, the nested ones too,
plus the email: what the caller gives wins, the email fills the gaps, and the merged context
is then held to `RejectionContext` as any other. It is derived, not restated, so the two
bodies cannot drift.
"""

from copy import copy
from functools import cache
from typing import Any, TypeGuard

from pydantic import BaseModel, ConfigDict, Field, create_model
from pydantic.fields import FieldInfo

from app.drafting.context import RejectionContext

_EMAIL_DESCRIPTION = (
    "The rejection email as text: pasted from a mail client (the body, with or without the "
    "header lines above it), or a whole raw message. At most 256 KiB."
)
EMAIL_EXAMPLE = (
    "From: Jordan Lee <jordan@acme.example>\n"
    "Subject: Your application for Senior Data Engineer at Acme Robotics\n"
    "Date: Fri, 20 Nov 2026 16:02:00 -0500\n\n"
    "Hi Maya,\n\nThank you for interviewing with us for the Senior Data Engineer role. "
    "After a lot of thought we have decided to move forward with another candidate who had "
    "more dbt experience. We'd encourage you to apply for future openings.\n\n"
    "Best,\nJordan Lee\nEngineering Manager, Acme Robotics"
)


class ParseRequest(BaseModel):
    """A rejection email to read; nothing is stored."""

    model_config = ConfigDict(extra="forbid")

    email: str = Field(description=_EMAIL_DESCRIPTION, examples=[EMAIL_EXAMPLE])


def _optional(info: FieldInfo, annotation: Any) -> tuple[Any, FieldInfo]:
    # Left out, not null: the default is never validated and the schema does not show it,
    # so a field given as null is refused as in `RejectionContext`.
    loose = copy(info)
    loose.default = None
    loose.default_factory = None
    return annotation, loose


def _without_defaults(schema: dict[str, Any]) -> None:
    for field in schema.get("properties", {}).values():
        field.pop("default", None)


def _has_required_fields(annotation: Any) -> TypeGuard[type[BaseModel]]:
    return (
        isinstance(annotation, type)
        and issubclass(annotation, BaseModel)
        and any(field.is_required() for field in annotation.model_fields.values())
    )


def _hints(model: type[BaseModel]) -> type[BaseModel]:
    """`model` with every field optional; a nested model with required fields in turn."""
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        annotation = info.annotation
        if _has_required_fields(annotation):
            annotation = _hints(annotation)
        fields[name] = _optional(info, annotation)
    return create_model(
        f"{model.__name__}Hints",
        __config__=ConfigDict(extra="forbid", json_schema_extra=_without_defaults),
        __doc__=f"{model.__doc__} Every field optional: the email fills what is left out.",
        **fields,
    )


@cache
def rejection_from_email() -> type[BaseModel]:
    """The body of `POST /v1/rejections` that carries an email."""
    context_hints = _hints(RejectionContext)
    return create_model(
        "RejectionFromEmail",
        __base__=context_hints,
        __doc__="A rejection drafted from its email: the fields you give win, the ones the "
        "email holds fill the gaps (the answer's `from_email` lists them), and the result "
        "must still name the candidate, the company and the role.",
        email=(str, Field(description=_EMAIL_DESCRIPTION, examples=[EMAIL_EXAMPLE])),
    )
