"""Room for what long names become: plan step titles and casefolded company keys.

A step title quotes a name of up to 200 characters inside a sentence, and casefolding can
make a name longer ("ß" folds to "ss", "ﬃ" to "ffi", at most three characters for one).
PostgreSQL refused both; SQLite never checked.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 00:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.alter_column(
            "title", existing_type=sa.String(length=200), type_=sa.Text(), existing_nullable=False
        )
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.alter_column(
            "company_key",
            existing_type=sa.String(length=200),
            type_=sa.String(length=600),
            existing_nullable=False,
        )


def downgrade() -> None:
    # The old columns cannot hold what the new ones may: cut to fit rather than fail.
    op.execute("UPDATE plan_step SET title = substr(title, 1, 200) WHERE length(title) > 200")
    op.execute(
        "UPDATE rejection SET company_key = substr(company_key, 1, 200)"
        " WHERE length(company_key) > 200"
    )
    with op.batch_alter_table("rejection", schema=None) as batch_op:
        batch_op.alter_column(
            "company_key",
            existing_type=sa.String(length=600),
            type_=sa.String(length=200),
            existing_nullable=False,
        )
    with op.batch_alter_table("plan_step", schema=None) as batch_op:
        batch_op.alter_column(
            "title", existing_type=sa.Text(), type_=sa.String(length=200), existing_nullable=False
        )
