"""Keep credentials out of log records and exception chains.

* :class:`RedactingLogger` is the logger handed to ``websockets`` (its ``logger=`` argument), whose
  client logs every handshake header at DEBUG, ``Authorization`` included.
* :func:`without_request` copies an ``httpx`` transport error without the request it holds (and
  so without the request's ``Authorization`` header) for use as an exception's ``__cause__``.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Iterable, MutableMapping
from typing import Any

import httpx

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "RedactingLogger",
    "authorization_secrets",
    "redact_secrets",
    "without_request",
]

REDACTED = "<redacted>"
#: Header names whose values are never logged, in lower case.
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


class RedactingLogger(logging.LoggerAdapter[logging.Logger]):
    """A logger that replaces credentials in the arguments of every record before it is made.

    A value that follows a sensitive header name (``"> %s: %s", "Authorization", value``) is
    replaced, and so is every occurrence of the given secrets in any string argument or message.

    Args:
        logger: the logger to write to (e.g. ``logging.getLogger("websockets.client")``).
        secrets: strings that must never be written (the ``Authorization`` value and its parts).
    """

    def __init__(self, logger: logging.Logger, secrets: Iterable[str]) -> None:
        super().__init__(logger, {})
        self._secrets = _longest_first(secrets)

    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, MutableMapping[str, Any]]:
        return self._scrub(msg), kwargs

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if not self.isEnabledFor(level):
            return
        self.logger.log(level, self._scrub(msg), *self._scrub_args(args), **kwargs)

    def _scrub_args(self, args: tuple[object, ...]) -> tuple[object, ...]:
        scrubbed: list[object] = []
        hide_next = False
        for arg in args:
            if hide_next:
                scrubbed.append(REDACTED)
                hide_next = False
                continue
            hide_next = isinstance(arg, str) and arg.lower() in SENSITIVE_HEADERS
            scrubbed.append(self._scrub(arg))
        return tuple(scrubbed)

    def _scrub(self, value: object) -> object:
        if not self._secrets:
            return value
        text = value if isinstance(value, str) else None
        if text is None:
            # Frames and other objects are formatted lazily by logging: format them now to check.
            text = str(value)
            if not any(secret in text for secret in self._secrets):
                return value
        return _replace(text, self._secrets)


def _longest_first(secrets: Iterable[str]) -> list[str]:
    # Longest first, so that a secret containing another is replaced whole.
    return sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)


def _replace(text: str, ordered: list[str]) -> str:
    for secret in ordered:
        text = text.replace(secret, REDACTED)
    return text


def redact_secrets(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret (see :func:`authorization_secrets`) replaced.

    For what a server sends back: a hostile or misconfigured server may echo the request's
    ``Authorization`` header in an error body or header, which then ends up in an exception.
    """
    return _replace(text, _longest_first(secrets))


def authorization_secrets(authorization: str) -> list[str]:
    """The parts of an ``Authorization`` value that identify the credentials.

    ``"Basic ZGVtbzprZXk="`` gives the whole value, the encoded part and the decoded
    ``user:key`` and key; other schemes give the whole value and the token.
    """
    secrets = [authorization]
    scheme, _, token = authorization.partition(" ")
    if token:
        secrets.append(token.strip())
    if scheme.lower() == "basic" and token:
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        if decoded:
            secrets.append(decoded)
            secrets.append(decoded.partition(":")[2])
    return [s for s in secrets if s]


def without_request(exc: httpx.RequestError) -> httpx.RequestError:
    """A copy of ``exc`` (same type and message) that holds no request, headers or chained causes."""
    try:
        copy = type(exc)(str(exc))
    except TypeError:  # a subclass with another constructor
        copy = httpx.TransportError(str(exc))
    copy.__suppress_context__ = True
    return copy
