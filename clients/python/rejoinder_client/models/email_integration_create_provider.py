from enum import StrEnum


class EmailIntegrationCreateProvider(StrEnum):
    MAILGUN = "mailgun"
    POSTMARK = "postmark"
    SENDGRID = "sendgrid"

    def __str__(self) -> str:
        return str(self.value)
