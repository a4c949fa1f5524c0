"""Log records without credentials, whatever the log level.

uvicorn logs each websocket's path with its query string at INFO (``?user=...&token=<API key>``)
and, at DEBUG and TRACE, the websockets library logs every handshake header through uvicorn's
logger (``< Authorization: Basic ...``). A :class:`RedactingFilter` on the loggers the emulator's
server uses rewrites such records before any handler sees them: ``Authorization`` values, the
``token=`` (and similar) query parameters and the emulator's own secrets (API keys, their Basic
encodings, the admin token) become ``<redacted>``.
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Iterable

# The client's marker and list of headers never logged (dockercloud_client._redaction), written out again:
# importing them would load the whole client and httpx into every emulator process (~0.6 s of CPU at each
# start). tests/emulator/test_log_redaction.py checks that both packages keep the same ones.
REDACTED = "<redacted>"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})

#: The loggers the emulator's server writes to (uvicorn passes its error logger to websockets).
LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi", "dockercloud_emulator")

_HEADER_NAMES = "|".join(re.escape(name) for name in sorted(SENSITIVE_HEADERS, key=len, reverse=True))
_PATTERNS = (
    # a header line or field of any form: "Authorization: Basic abc", "authorization=Bearer x", cookies
    (
        re.compile(rf"(?i)(\b(?:{_HEADER_NAMES})\b['\"]?\s*[:=,]\s*['\"]?)(?:[a-z]+\s+)?[^\s'\",)]+"),
        r"\1" + REDACTED,
    ),
    # a credential in a query string
    (re.compile(r"(?i)((?<![a-z0-9_-])(?:token|apikey|api_key|password)=)[^&\s'\"]*"), r"\1" + REDACTED),
)


def secrets_of(accounts: Iterable[tuple[str, str]], admin_token: str) -> set[str]:
    """Every API key, its Basic encoding with the user name, and the admin token."""
    found = {admin_token}
    for user, apikey in accounts:
        found.add(apikey)
        found.add(base64.b64encode(f"{user}:{apikey}".encode()).decode())
    return {s for s in found if s}


class RedactingFilter(logging.Filter):
    """Rewrites a record's message (and exception text) with credentials replaced by ``<redacted>``."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        # longest first, so that a key inside its own Basic encoding cannot leave a fragment behind
        self.secrets = sorted(set(secrets), key=len, reverse=True)

    def redact(self, text: str) -> str:
        """``text`` without credentials."""
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact ``record`` in place; never drops it."""
        message = record.getMessage()
        clean = self.redact(message)
        if clean != message:
            if record.name == "uvicorn.access" and isinstance(record.args, tuple):
                # uvicorn's access formatter reads the arguments one by one
                record.args = tuple(self.redact(a) if isinstance(a, str) else a for a in record.args)
            else:
                record.msg, record.args = clean, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True

    def install(self) -> None:
        """Attach to every logger of :data:`LOGGERS`."""
        for name in LOGGERS:
            logging.getLogger(name).addFilter(self)

    def uninstall(self) -> None:
        """Detach from every logger of :data:`LOGGERS`."""
        for name in LOGGERS:
            logging.getLogger(name).removeFilter(self)
