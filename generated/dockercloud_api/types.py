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


_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTHS, start=1)}
_UTC = datetime.UTC


def _parse_rfc1123_fast(value: str) -> datetime.datetime | None:
    """The exact form Docker Cloud writes, ``Wed, 17 Sep 2014 08:26:22 +0000``, without email.utils (5x faster)."""
    if len(value) != 31 or value[3:5] != ", " or value[25] != " ":
        return None
    month = _MONTH_NUMBERS.get(value[8:11])
    offset = value[26:31]
    if month is None or offset[0] not in "+-" or not offset[1:].isdigit():
        return None
    try:
        if offset == "+0000":
            tz = _UTC
        else:
            minutes = int(offset[1:3]) * 60 + int(offset[3:5])
            tz = datetime.timezone(datetime.timedelta(minutes=-minutes if offset[0] == "-" else minutes))
        return datetime.datetime(
            int(value[12:16]),
            month,
            int(value[5:7]),
            int(value[17:19]),
            int(value[20:22]),
            int(value[23:25]),
            tzinfo=tz,
        )
    except ValueError:
        return None


def parse_timestamp(value: str) -> datetime.datetime:
    """Parse a Docker Cloud timestamp into a timezone-aware datetime.

    REST objects carry RFC 1123 strings (``Wed, 17 Sep 2014 08:26:22 +0000``) and events carry
    ISO 8601 (``2016-02-01T16:47:28Z``); both are accepted. A timestamp without an offset is UTC.

    Raises:
        ValueError: if ``value`` is neither form.
    """
    parsed = _parse_rfc1123_fast(value)
    if parsed is not None:
        return parsed
    try:
        if value[3:5] == ", ":
            parsed = parsedate_to_datetime(value)
        else:
            parsed = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"not an RFC 1123 or ISO 8601 timestamp: {value!r}") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_UTC)
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
