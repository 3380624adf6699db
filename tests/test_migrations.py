"""Alembic owns the schema: head matches the models, and base is empty again."""

import uuid
from datetime import UTC, date, datetime, timedelta

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


def test_upgrading_a_database_with_data_keeps_every_draft_and_step(
    empty_database_url: str,
) -> None:
    # SQLite rebuilds a table to alter it; with foreign keys enforced, dropping the old
    # rejection table would cascade-delete its drafts and steps.
    migrate.upgrade(empty_database_url, "0001")
    rejection_id, now = uuid.uuid4(), datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    engine = sa.create_engine(empty_database_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO rejection (id, created_at, updated_at, status, stage, tone,"
                    " candidate_name, company_name, company_key, role_title, rejected_on,"
                    " context, fit, review) VALUES (:id, :now, :now, 'drafted', 'onsite',"
                    " 'warm', 'Maya Chen', 'Acme', 'acme', 'Data Engineer', :day,"
                    " '{}', '{}', '{}')"
                ),
                {"id": _uuid(rejection_id, engine), "now": now, "day": date(2026, 11, 20)},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO draft (id, rejection_id, kind, position, version, channel,"
                    " tone, body, word_count, char_count, template, created_at) VALUES"
                    " (:id, :rejection, 'last_pitch', 0, 1, 'email', 'warm', 'Thank you.',"
                    " 2, 10, 'last_pitch/warm.j2', :now)"
                ),
                {
                    "id": _uuid(uuid.uuid4(), engine),
                    "rejection": _uuid(rejection_id, engine),
                    "now": now,
                },
            )
            connection.execute(
                sa.text(
                    "INSERT INTO plan_step (id, rejection_id, position, kind, title, due_on,"
                    " status) VALUES (:id, :rejection, 0, 'send_thanks', 'Send the note',"
                    " :day, 'pending')"
                ),
                {
                    "id": _uuid(uuid.uuid4(), engine),
                    "rejection": _uuid(rejection_id, engine),
                    "day": date(2026, 11, 20),
                },
            )
    finally:
        engine.dispose()

    migrate.upgrade(empty_database_url)

    engine = sa.create_engine(empty_database_url)
    try:
        with engine.connect() as connection:
            counts = {
                table: connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("rejection", "draft", "plan_step")
            }
            tenant = connection.execute(sa.text("SELECT name FROM tenant")).scalar_one()
    finally:
        engine.dispose()
    assert counts == {"rejection": 1, "draft": 1, "plan_step": 1}
    assert tenant == "local"


def test_0012_keeps_each_applications_newest_state_only(empty_database_url: str) -> None:
    # Before 0012 an application had a row per state it reached; after, one row: the newest.
    # The empty database is shared by this module's tests: start from, and leave, base.
    migrate.downgrade(empty_database_url, "base")
    migrate.upgrade(empty_database_url, "0011")
    tenant, integration = uuid.uuid4(), uuid.uuid4()
    rejected_at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    engine = sa.create_engine(empty_database_url)
    try:
        with engine.begin() as connection:
            ids = {"tenant": _uuid(tenant, engine), "integration": _uuid(integration, engine)}
            connection.execute(
                sa.text("INSERT INTO tenant (id, name, created_at) VALUES (:tenant, 't', :at)"),
                {**ids, "at": rejected_at},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO integration (id, tenant_id, provider, company_name, settings,"
                    " created_at, updated_at) VALUES (:integration, :tenant, 'greenhouse',"
                    " 'Acme', '{}', :at, :at)"
                ),
                {**ids, "at": rejected_at},
            )
            for application, state, hours in (("a1", "rejected", 0), ("a1", "unrejected", 1)):
                connection.execute(
                    sa.text(
                        "INSERT INTO webhook_application_state (id, integration_id,"
                        " application_id, state, created_at) VALUES (:id, :integration, :app,"
                        " :state, :at)"
                    ),
                    {
                        **ids,
                        "id": _uuid(uuid.uuid4(), engine),
                        "app": application,
                        "state": state,
                        "at": rejected_at + timedelta(hours=hours),
                    },
                )
    finally:
        engine.dispose()

    migrate.upgrade(empty_database_url)

    engine = sa.create_engine(empty_database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text("SELECT application_id, state FROM webhook_application_state")
            ).all()
    finally:
        engine.dispose()
        migrate.downgrade(empty_database_url, "base")
    assert [tuple(row) for row in rows] == [("a1", "unrejected")]


def _uuid(value: uuid.UUID, engine: sa.Engine) -> str:
    # sa.Uuid stores 32 hex digits on SQLite and a native uuid on PostgreSQL.
    return value.hex if engine.dialect.name == "sqlite" else str(value)
