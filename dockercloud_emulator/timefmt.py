"""Timestamp formats used on the wire: RFC 1123 for REST objects, ISO 8601 'Z' for events."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def rfc1123(ts: float | None = None) -> str:
    """Format epoch seconds as ``Wed, 17 Sep 2014 08:26:22 +0000``."""
    moment = datetime.fromtimestamp(time.time() if ts is None else ts, tz=UTC)
    return moment.strftime("%a, %d %b %Y %H:%M:%S +0000")


def iso8601(ts: float | None = None) -> str:
    """Format epoch seconds as ``2016-02-01T16:47:28Z``."""
    moment = datetime.fromtimestamp(time.time() if ts is None else ts, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(value: str) -> float:
    """Parse an RFC 1123 or ISO 8601 timestamp into epoch seconds; ValueError if neither."""
    text = value.strip()
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is None:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()
