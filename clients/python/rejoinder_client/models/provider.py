from enum import StrEnum


class Provider(StrEnum):
    ASHBY = "ashby"
    GENERIC = "generic"
    GREENHOUSE = "greenhouse"
    LEVER = "lever"
    MAILGUN = "mailgun"
    POSTMARK = "postmark"
    SENDGRID = "sendgrid"
    WORKABLE = "workable"

    def __str__(self) -> str:
        return str(self.value)
