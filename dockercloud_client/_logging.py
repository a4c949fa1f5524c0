"""The client's loggers, and ``DOCKERCLOUD_LOG``: a switch for diagnostic output with secrets redacted.

The client logs through the standard :mod:`logging` package, under ``dockercloud_client``:

* ``dockercloud_client``: retries (INFO) and everything below;
* ``dockercloud_client.http``: every REST request and response (DEBUG): method, URL, status,
  elapsed time and the request headers, credential headers redacted;
* ``dockercloud_client.actions``: each change of state of an action being waited on (INFO);
* ``dockercloud_client.streams``: websocket connections, reconnections and skipped frames.

No log record carries a credential: the client never puts one in a URL, headers are redacted
before they are logged (:func:`redact_headers`), and ``websockets`` logs through a redacting adapter
(``_redaction.RedactingLogger``). ``DOCKERCLOUD_LOG`` (``debug``, ``info``,
``warning``), read when a client is created, adds one handler writing to stderr at that level;
its :class:`RedactingFilter` also scrubs ``Authorization`` values from any message, in case
another library's record reaches it. The same filter sits on httpx's and httpcore's own loggers from
the first client on: httpcore logs each response's headers at DEBUG (``Set-Cookie`` included) to
whatever handler a program has, ``DOCKERCLOUD_LOG`` or not.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping

from ._redaction import REDACTED, SENSITIVE_HEADERS

__all__ = ["LOG_ENV", "LOGGER", "RedactingFilter", "configure_from_env", "redact_headers"]

#: The environment variable that turns on the client's own log handler.
LOG_ENV = "DOCKERCLOUD_LOG"
#: The parent of every logger of the client.
LOGGER = "dockercloud_client"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
# Besides SENSITIVE_HEADERS: fragments of header names that suggest a secret (an extra_headers token).
_SECRET_FRAGMENTS = ("auth", "token", "secret", "password", "apikey", "api-key", "session")
# "Basic <b64>", "Bearer <token>", "ApiKey user:key" and "Authorization: <value>" in free text.
_SCHEME_VALUE = re.compile(r"\b(Basic|Bearer|ApiKey|Token)\s+[^\s'\",}]+", re.I)
_HEADER_VALUE = re.compile(r"((?:proxy-)?authorization['\"]?\s*[:=]\s*['\"]?)[^'\"\n,}]+", re.I)
# httpcore's DEBUG form of a header: (b'Set-Cookie', b'session=...'), quoted either way.
_BYTES_HEADER = re.compile(r"(\(b['\"](?:set-cookie|cookie|(?:proxy-)?authorization)['\"],\s*b)(['\"]).*?\2\)", re.I)
#: The loggers of the HTTP libraries under the client that log headers (filtered from the first client on).
_LIBRARY_LOGGERS = ("httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy")


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` whose credential values are replaced by ``<redacted>``."""
    return {name: REDACTED if _is_secret_header(name) else value for name, value in headers.items()}


def _is_secret_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in SENSITIVE_HEADERS or any(fragment in lowered for fragment in _SECRET_FRAGMENTS)


def redact_text(text: str) -> str:
    """``text`` with authorization values (``Basic …``, ``Authorization: …``) replaced."""
    text = _HEADER_VALUE.sub(lambda m: m.group(1) + REDACTED, text)
    text = _BYTES_HEADER.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(2)})", text)
    return _SCHEME_VALUE.sub(lambda m: f"{m.group(1)} {REDACTED}", text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with :func:`redact_text` before a handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``DOCKERCLOUD_LOG`` installs (a class of its own, so it is installed once)."""


def configure_from_env(environ: Mapping[str, str]) -> None:
    """Install the stderr handler at the level ``DOCKERCLOUD_LOG`` names (once per process).

    An unset or empty variable changes nothing; an unknown value is ignored, so a typo never stops
    a program from starting.
    """
    _filter_library_loggers()
    level = _LEVELS.get(environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger(LOGGER)
    handler = next((h for h in logger.handlers if isinstance(h, _Handler)), None)
    if handler is None:
        handler = _Handler(sys.stderr)
        handler.addFilter(RedactingFilter())
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    handler.setLevel(level)
    logger.setLevel(level)


def _filter_library_loggers() -> None:
    """Put a :class:`RedactingFilter` on httpx's and httpcore's loggers (once each)."""
    for name in _LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())


_http = logging.getLogger(f"{LOGGER}.http")


def log_request(request: Mapping[str, object]) -> None:
    """Log built request arguments (method, URL, redacted headers) at DEBUG on ``.http``."""
    if _http.isEnabledFor(logging.DEBUG):
        headers = request.get("headers")
        shown = redact_headers(headers) if isinstance(headers, Mapping) else {}
        _http.debug("request %s %s headers=%s", request.get("method"), request.get("url"), shown)


def log_response(request: Mapping[str, object], status: int | None, elapsed: float) -> None:
    """Log the outcome of a request (status, or None for a transport error) at DEBUG on ``.http``."""
    if _http.isEnabledFor(logging.DEBUG):
        outcome = "failed" if status is None else str(status)
        _http.debug("response %s for %s %s in %.3f s", outcome, request.get("method"), request.get("url"), elapsed)
