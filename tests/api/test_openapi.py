"""The OpenAPI document is a product: described, exemplified, and its example works."""

import re
from collections.abc import Iterator
from typing import Any

from fastapi.testclient import TestClient


def walk_properties(schemas: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (schema_name, field_name, field)
        for schema_name, schema in schemas.items()
        for field_name, field in schema.get("properties", {}).items()
    ]


def test_every_schema_and_field_is_described(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]

    undescribed_schemas = [
        name for name, schema in schemas.items() if not schema.get("description")
    ]
    undescribed_fields = [
        f"{schema}.{name}"
        for schema, name, field in walk_properties(schemas)
        if not field.get("description")
    ]

    assert undescribed_schemas == []
    assert undescribed_fields == []


def test_every_field_has_an_example(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]

    def has_example(field: dict[str, Any]) -> bool:
        # A field whose type is another schema is exemplified by that schema's own fields.
        options = [field, *field.get("anyOf", [])]
        return "examples" in field or any(
            "$ref" in option
            or "$ref" in option.get("items", {})
            or "enum" in option
            or "const" in option
            or option.get("type") == "boolean"
            for option in options
        )

    missing = [
        f"{schema}.{name}"
        for schema, name, field in walk_properties(schemas)
        if schema not in {"HTTPValidationError", "ValidationError"} and not has_example(field)
    ]

    assert missing == []


def test_the_documented_example_creates_a_rejection(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    example = spec["components"]["schemas"]["RejectionContext"]["examples"][0]

    response = client.post("/v1/rejections", json=example)

    assert response.status_code == 201


def test_docs_are_served(client: TestClient) -> None:
    response = client.get("/docs")

    assert response.status_code == 200
    assert "swagger" in response.text.lower()


def test_every_example_offered_for_try_it_out_creates_a_rejection(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    content = spec["paths"]["/v1/rejections"]["post"]["requestBody"]["content"]
    examples = content["application/json"]["examples"]

    statuses = {
        name: client.post("/v1/rejections", json=example["value"]).status_code
        for name, example in examples.items()
    }

    assert statuses == {"onsite": 201, "minimal": 201, "from_email": 201}


def test_no_pattern_leans_on_an_escape_whose_meaning_differs_between_regex_engines(
    client: TestClient,
) -> None:
    # `\s`, `\S`, `\w`, `\b` and `\d` mean one thing to the ECMA regexes JSON Schema tools use and
    # another to Python's and Rust's: the server would then refuse what the schema allows.
    patterns = list(_patterns(client.get("/openapi.json").json()))

    assert patterns
    assert [p for p in patterns if re.search(r"(?<!\\)(?:\\\\)*\\[sSwWbBdD]", p)] == []


def _patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from _patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from _patterns(item)


def test_every_operation_id_is_unique(client: TestClient) -> None:
    # A client generator names one function per operation id: a repeat silently loses one.
    spec = client.get("/openapi.json").json()
    ids = [
        operation["operationId"]
        for path in spec["paths"].values()
        for operation in path.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]

    assert len(ids) == len(set(ids))
