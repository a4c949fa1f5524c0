"""Decision 6: RFC 1123 and ISO 8601 timestamps become timezone-aware datetimes."""

from __future__ import annotations

import datetime as dt
import itertools
from email.utils import parsedate_to_datetime

import pytest

from dockercloud_api.types import format_timestamp, parse_timestamp

UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed, 17 Sep 2014 08:26:22 +0000", dt.datetime(2014, 9, 17, 8, 26, 22, tzinfo=UTC)),
        ("Thu, 16 Oct 2014 12:04:08 +0000", dt.datetime(2014, 10, 16, 12, 4, 8, tzinfo=UTC)),
        ("Mon, 13 Oct 2014 11:01:43 -0230", dt.datetime(2014, 10, 13, 13, 31, 43, tzinfo=UTC)),
        ("2016-02-01T16:47:28Z", dt.datetime(2016, 2, 1, 16, 47, 28, tzinfo=UTC)),
        ("2016-02-01T16:47:28.123456+02:00", dt.datetime(2016, 2, 1, 14, 47, 28, 123456, tzinfo=UTC)),
        ("2016-02-01T16:47:28", dt.datetime(2016, 2, 1, 16, 47, 28, tzinfo=UTC)),
        ("2016-02-01 16:47:28+00:00", dt.datetime(2016, 2, 1, 16, 47, 28, tzinfo=UTC)),
    ],
)
def test_parse_gives_aware_datetimes(text: str, expected: dt.datetime) -> None:
    parsed = parse_timestamp(text)
    assert parsed.tzinfo is not None
    assert parsed == expected


@pytest.mark.parametrize("text", ["", "yesterday", "Wed, 99 Foo 2014 08:26:22 +0000", "2016-13-01T00:00:00Z"])
def test_parse_rejects_garbage_with_a_clear_error(text: str) -> None:
    with pytest.raises(ValueError, match="RFC 1123 or ISO 8601"):
        parse_timestamp(text)


@pytest.mark.parametrize(
    "text", ["Wed, 17 Sep 2014 08:26:22 +0000", "Sat, 01 Jan 2000 00:00:00 +0000", "Mon, 13 Oct 2014 11:01:43 -0230"]
)
def test_rfc1123_round_trips(text: str) -> None:
    assert format_timestamp(parse_timestamp(text)) == text


def test_naive_datetime_is_written_as_utc() -> None:
    assert format_timestamp(dt.datetime(2020, 2, 29, 23, 59, 1)) == "Sat, 29 Feb 2020 23:59:01 +0000"


def test_rfc1123_reads_as_the_standard_library_reads_it() -> None:
    """Outside evidence: every RFC 1123 variant, well-formed or not, reads as email.utils reads it (or fails).

    The fast path rearranges the exact form for ``datetime.fromisoformat``; it must never accept a form the
    standard parser refuses, nor read one differently (one-digit days, missing seconds, named zones, 24:00 ...).
    """
    fields = itertools.product(
        ["Mon,", "Sat,"],
        ["1", "01", "29", "31", "32", "00"],
        ["Oct", "Feb", "oct"],
        ["2014", "2000", "14"],
        ["11:01:43", "11:01", "23:59:59", "24:00:00", "11:01:60", "1:01:43", "110143"],
        ["+0000", "-0230", "+1400", "-0000", "GMT", "+2400", "+00:00"],
    )
    compared = 0
    for parts in fields:
        text = " ".join(parts)
        try:
            expected: dt.datetime | None = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            expected = None
        if expected is not None and expected.tzinfo is None:  # "-0000": no offset known, read as UTC
            expected = expected.replace(tzinfo=UTC)
        try:
            parsed: dt.datetime | None = parse_timestamp(text)
        except ValueError:
            parsed = None
        assert parsed == expected, text
        if parsed is not None and expected is not None:
            assert parsed.utcoffset() == expected.utcoffset(), text
            compared += 1
    assert compared > 1000  # most variants are valid timestamps
