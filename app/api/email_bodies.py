"""How the OpenAPI document states the bodies that carry an email, which their routes read
themselves: `POST /v1/rejections` takes a context or a context-from-email (one of two
schemas), `POST /v1/rejections/parse` JSON or a raw message."""

from typing import Any

from pydantic.json_schema import models_json_schema

from app.api.common import CONTEXT_EXAMPLES
from app.schemas.email import EMAIL_EXAMPLE, ParseRequest, rejection_from_email

RAW_EMAIL_TYPES = frozenset({"message/rfc822", "text/plain"})

_REF = "#/components/schemas/{model}"

CREATE_EXAMPLES: dict[str, Any] = {
    **CONTEXT_EXAMPLES,
    "from_email": {
        "summary": "From the rejection email, with the candidate's own skills",
        "value": {
            "email": EMAIL_EXAMPLE,
            "candidate": {"name": "Maya Chen", "skills": ["Kafka", "Airflow", "Python"]},
            "timezone": "America/New_York",
        },
    },
}

CREATE_BODY: dict[str, Any] = {"x-body-schemas": ["RejectionContext", "RejectionFromEmail"]}

PARSE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"$ref": _REF.format(model="ParseRequest")},
                "example": {"email": EMAIL_EXAMPLE},
            },
            "message/rfc822": {
                "schema": {
                    "type": "string",
                    "format": "binary",
                    "description": "A saved message (`.eml`), as the mail client wrote it.",
                },
            },
            "text/plain": {
                "schema": {"type": "string"},
                "example": EMAIL_EXAMPLE,
            },
        },
    }
}


def add_email_bodies(document: dict[str, Any]) -> None:
    """The email bodies' schemas as components, and the create body as one of its two."""
    models = [(ParseRequest, "validation"), (rejection_from_email(), "validation")]
    _, definitions = models_json_schema(models, ref_template=_REF)  # type: ignore[arg-type]
    document.setdefault("components", {}).setdefault("schemas", {}).update(definitions["$defs"])
    for path in document["paths"].values():
        for operation in path.values():
            names = operation.pop("x-body-schemas", None)
            if names:
                content = operation["requestBody"]["content"]["application/json"]
                content["schema"] = {"oneOf": [{"$ref": _REF.format(model=n)} for n in names]}
