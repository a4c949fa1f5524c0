"""Error type raised by handlers and turned into ``{"error": ...}`` responses."""

from __future__ import annotations


class ApiError(Exception):
    """An HTTP error with a human readable message (rendered as ``{"error": message}``)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def bad_request(message: str) -> ApiError:
    """400 Bad Request."""
    return ApiError(400, message)


def not_found(what: str = "object") -> ApiError:
    """404 Not Found for an unknown object."""
    return ApiError(404, f"Not found: the requested {what} cannot be found.")
