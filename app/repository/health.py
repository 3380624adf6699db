"""Whether the database answers."""

import sqlalchemy as sa
from sqlalchemy.engine import Engine


def database_answers(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError:
        return False
    return True
