"""Checks a human should see before a message is sent (filled in by the next commit)."""

from app.drafting.context import RejectionContext
from app.drafting.results import Channel, DraftKind, ReviewWarning


def review_text(
    text: str, *, kind: DraftKind, channel: Channel, context: RejectionContext | None = None
) -> list[ReviewWarning]:
    """What in this text a human should look at before sending it."""
    return []
