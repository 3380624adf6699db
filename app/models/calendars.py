"""When each calendar last changed: the time its Last-Modified and stamps show."""

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, owned_by


class CalendarVersion(SQLModel, table=True):
    """The content a calendar last served, as a hash, and when that content first appeared.

    A calendar's data records no time for every change that shows in it (a snooze, a note, a
    reworded step, an erased rejection of a feed), so the time is recorded where the file is
    made: a render whose content differs from the stored hash stores the new one and the time.
    """

    __tablename__ = "calendar_version"

    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant", primary_key=True))
    # What the calendar shows: a feed's id, or a rejection's id for its plan.ics. No foreign
    # key can point at either, so erasing a rejection and revoking a feed delete the row.
    subject_id: uuid.UUID = Field(primary_key=True)
    content_hash: str = Field(max_length=64)
    changed_at: datetime = Field(sa_type=UTCDateTime)
