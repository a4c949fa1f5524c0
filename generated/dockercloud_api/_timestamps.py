# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Docker Cloud timestamps to and from timezone-aware datetimes (decision 6), for the generated models and requests.

Plain Python copied into the generated package by ``generator/regen.py`` (no template logic).
"""

from __future__ import annotations

import datetime
from email.utils import parsedate_to_datetime

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_DIGITS = {name: f"{number:02d}" for number, name in enumerate(_MONTHS, start=1)}
_UTC = datetime.UTC
_fromisoformat = datetime.datetime.fromisoformat


def parse_timestamp(value: str) -> datetime.datetime:
    """Parse a Docker Cloud timestamp into a timezone-aware datetime.

    REST objects carry RFC 1123 strings (``Wed, 17 Sep 2014 08:26:22 +0000``) and events carry
    ISO 8601 (``2016-02-01T16:47:28Z``); both are accepted. A timestamp without an offset is UTC.

    Raises:
        ValueError: if ``value`` is neither form.
    """
    if value[10:11] == "T":  # ISO 8601 with a time (events): straight to the C parser
        try:
            parsed = _fromisoformat(value)
        except ValueError:
            pass  # the general parsers below decide
        else:
            return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)
    # Docker Cloud's exact RFC 1123 form (31 characters, the time ending at 25), its fields rearranged for the C
    # ISO parser, which checks them (digits, ranges, the offset). One split() is ~0.8x the time of checking the
    # form by slices first; building the datetime from int() fields takes ~4x (bench/README.md).
    parts = value.split(" ")
    if len(parts) == 6 and len(value) == 31 and value[25] == " ":  # weekday, day, month, year, time, offset
        month = _MONTH_DIGITS.get(parts[2])
        if month is not None and parts[0][3:] == ",":
            try:
                return _fromisoformat(f"{parts[3]}-{month}-{parts[1]}T{parts[4]}{parts[5]}")
            except ValueError:
                pass  # e.g. a one-digit day or a named zone: the general parsers decide
    try:
        parsed = parsedate_to_datetime(value) if value[3:5] == ", " else _fromisoformat(value)
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


__all__ = ["format_timestamp", "parse_timestamp"]
