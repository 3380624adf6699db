"""Whether the database answers."""

import sqlalchemy as sa

from app.db import get_engine


def database_answers() -> bool:
    try:
        with get_engine().connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError:
        return False
    return True
