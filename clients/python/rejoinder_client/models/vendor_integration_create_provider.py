from enum import StrEnum


class VendorIntegrationCreateProvider(StrEnum):
    GREENHOUSE = "greenhouse"
    WORKABLE = "workable"

    def __str__(self) -> str:
        return str(self.value)
