"""Helpers the API tests share."""

import sqlalchemy as sa

from app import db


def count_rows(table: str) -> int:
    with db.get_engine().connect() as connection:
        return int(connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def example_context() -> dict[str, object]:
    """The contract's example body, as /docs shows it."""
    from app.drafting.context import RejectionContext

    examples = RejectionContext.model_config.get("json_schema_extra", {})
    assert isinstance(examples, dict)
    return dict(examples["examples"][0])
