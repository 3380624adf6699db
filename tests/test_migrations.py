"""Alembic owns the schema: head matches the models, and base is empty again."""

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app import migrate


def test_upgrade_to_head_builds_the_tables_the_models_describe(empty_database_url: str) -> None:
    migrate.upgrade(empty_database_url)
    engine = sa.create_engine(empty_database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, SQLModel.metadata)
            tables = set(sa.inspect(connection).get_table_names())
    finally:
        engine.dispose()

    assert differences == []
    assert {"rejection", "draft", "plan_step"} <= tables


def test_downgrade_to_base_removes_every_table(empty_database_url: str) -> None:
    migrate.upgrade(empty_database_url)
    migrate.downgrade(empty_database_url, "base")
    engine = sa.create_engine(empty_database_url)
    try:
        tables = set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()

    assert tables <= {"alembic_version"}
