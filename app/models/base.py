"""What every table shares: aware UTC timestamps, stable constraint names, owner references."""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import SQLModel

# Stable constraint names on SQLite and PostgreSQL alike, so migrations can name them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp; SQLite keeps no offset, so it is put back on read."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware UTC datetime")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def utcnow() -> datetime:
    return datetime.now(UTC)


def owned_by(
    table: str, *, primary_key: bool = False, nullable: bool = False
) -> sa.Column[uuid.UUID]:
    """A reference to the row that owns this one: deleting the owner deletes it too."""
    return sa.Column(
        sa.Uuid,
        sa.ForeignKey(f"{table}.id", ondelete="CASCADE"),
        nullable=nullable,
        primary_key=primary_key,
    )


def refers_to(table: str) -> sa.Column[uuid.UUID]:
    """A reference that outlives its target: deleting the target leaves null."""
    return sa.Column(sa.Uuid, sa.ForeignKey(f"{table}.id", ondelete="SET NULL"), nullable=True)
