"""Alembic environment: one set of migrations for SQLite and PostgreSQL."""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

import app.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from app.db import create_db_engine
from app.settings import get_settings

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def run_migrations_online() -> None:
    # The `alembic` command's edge: it reads the settings itself (`rejoinder migrate` and the
    # tests name the URL).
    settings = get_settings()
    url = config.attributes.get("database_url") or settings.database_url
    engine = create_db_engine(
        url,
        sqlite_busy_timeout_ms=settings.sqlite_busy_timeout_ms,
        db_pool_size=settings.db_pool_size,
    )
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds a table by dropping the old one; with foreign keys
            # enforced that drop cascades and deletes every child row. SQLite ignores this
            # pragma inside a transaction, so it goes to the driver before ours begins.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        context.configure(
            connection=connection,
            target_metadata=SQLModel.metadata,
            # SQLite cannot ALTER most things in place; batch mode rebuilds the table.
            render_as_batch=sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                _refuse_broken_references(connection)
    engine.dispose()


def _refuse_broken_references(connection: Connection) -> None:
    # With enforcement off, nothing else would notice a migration that orphaned a row;
    # raising here makes the upgrade fail loudly instead.
    orphans = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if orphans:
        raise RuntimeError(f"the migration left rows that refer to nothing: {orphans[:5]}")


run_migrations_online()
