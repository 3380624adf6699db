"""Calendar feeds: responses from rows. The token is shown once, inside the feed's URL."""

from app.models import CalendarFeed
from app.schemas.plans import CalendarFeedPublic, CalendarFeedSecret


def feed_public(feed: CalendarFeed) -> CalendarFeedPublic:
    return CalendarFeedPublic.model_validate(feed)


def feed_with_url(feed: CalendarFeed, token: str, *, feed_path: str) -> CalendarFeedSecret:
    public = feed_public(feed)
    return CalendarFeedSecret(**public.model_dump(), url=f"{feed_path}/{token}.ics")
