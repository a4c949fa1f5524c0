# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_timestamp(value: str) -> datetime.datetime:
    """Parse a Docker Cloud timestamp into a timezone-aware datetime.

    REST objects carry RFC 1123 strings (``Wed, 17 Sep 2014 08:26:22 +0000``) and events carry
    ISO 8601 (``2016-02-01T16:47:28Z``); both are accepted. A timestamp without an offset is UTC.

    Raises:
        ValueError: if ``value`` is neither form.
    """
    try:
        if value[3:5] == ", ":
            parsed = parsedate_to_datetime(value)
        else:
            parsed = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"not an RFC 1123 or ISO 8601 timestamp: {value!r}") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


def format_timestamp(value: datetime.datetime) -> str:
    """Write a datetime as Docker Cloud's RFC 1123 form (a naive datetime is taken as UTC)."""
    offset = value.utcoffset() or datetime.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return (
        f"{_WEEKDAYS[value.weekday()]}, {value.day:02d} {_MONTHS[value.month - 1]} {value.year:04d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d} {sign}{hours:02d}{minutes:02d}"
    )


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "format_timestamp", "parse_timestamp"]
