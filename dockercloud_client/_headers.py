"""What an HTTP header can carry, checked before a request is built.

httpx sends a header given as text in ASCII, and h11 refuses a CR, LF or NUL in it with an error that
quotes the whole value: for an ``Authorization`` header, the credential. So values are checked first,
and the errors name the header, never its value.
"""

from __future__ import annotations

import re

#: A field name: RFC 9110's token.
_FIELD_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
#: A value httpx can send from text: visible ASCII, space and tab. A CR or LF would end the header and
#: start another one.
_FIELD_VALUE = re.compile(r"[\t\x20-\x7e]*")


def is_field_name(name: str) -> bool:
    """Whether ``name`` can be sent as a header name."""
    return _FIELD_NAME.fullmatch(name) is not None


def unsendable_character(value: str) -> str | None:
    """The first character of ``value`` a header value cannot hold (as an escape, e.g. ``'\\r'``), or None."""
    if _FIELD_VALUE.fullmatch(value):
        return None
    return next(repr(char) for char in value if not _FIELD_VALUE.fullmatch(char))
