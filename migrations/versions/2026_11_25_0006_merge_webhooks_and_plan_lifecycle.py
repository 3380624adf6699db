"""Merge the webhook (0004) and plan lifecycle (0005) branches, built side by side from 0003.

Revision ID: 0006
Revises: 0004, 0005
Create Date: 2026-11-25 23:00:00
"""

from collections.abc import Sequence

revision: str = "0006"
down_revision: tuple[str, str] = ("0004", "0005")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
