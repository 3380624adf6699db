"""Apply Alembic migrations from code (the CLI, `make run`, the tests)."""

import os
from pathlib import Path

from alembic import command
from alembic.config import Config

# An installed (non-editable) package has no migrations/ beside it: the image sets this.
MIGRATIONS_DIR = Path(
    os.environ.get("REJOINDER_MIGRATIONS_DIR")
    or Path(__file__).resolve().parent.parent / "migrations"
)


def alembic_config(database_url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["configure_logger"] = False
    if database_url:
        config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str | None = None, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str | None = None, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)
