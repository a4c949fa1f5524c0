# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from enum import StrEnum
from typing import Any


class ActionState(StrEnum):
    CANCELED = "Canceled"
    CANCELING = "Canceling"
    FAILED = "Failed"
    IN_PROGRESS = "In progress"
    PENDING = "Pending"
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ActionState | None":
        """Keep a value this client does not know as a pseudo-member named ``UNKNOWN``."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (kept by ``_missing_``)."""
        return self._name_ != "UNKNOWN"
