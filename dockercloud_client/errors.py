"""The exception tree of the client, and the one function that maps a response onto it.

::

    DockerCloudError
    ├── ConfigurationError (also a ValueError)   bad host URL, namespace, identifier
    │   ├── CredentialsError                     no credentials found, or incomplete arguments
    │   └── InvalidIdentifierError               an identifier or resource URI that is not safe to send
    ├── InvalidValueError (also a ValueError)    an argument the API does not accept (unknown enum
    │                                            string, mapping with unknown or missing keys)
    ├── APIConnectionError                       the request did not get an HTTP answer
    │   └── APITimeoutError
    ├── APIStatusError                           the server answered 4xx/5xx
    │   ├── BadRequestError              400
    │   ├── AuthenticationError          401
    │   ├── PermissionDeniedError        403
    │   ├── NotFoundError                404
    │   ├── MethodNotAllowedError        405
    │   ├── ConflictError                409
    │   ├── UnsupportedMediaTypeError    415
    │   ├── RateLimitError               429   (retry_after)
    │   └── InternalServerError          5xx
    ├── AmbiguousIdentifierError (also a LookupError)  find() matched several objects (candidates)
    ├── ResponseValidationError                  a 2xx body is not what the spec promises (a present
    │                                            attribute of the wrong JSON type; in strict mode
    │                                            also a missing or null documented attribute)
    ├── ResponseTooLargeError                    a body larger than the client's max_response_size
    ├── ActionFailedError                        an awaited action ended Failed or Canceled
    ├── ActionTimeoutError (also a TimeoutError) an awaited action did not finish in time
    ├── ClientClosedError (also a RuntimeError)  a request on a client after close()/aclose()
    └── StreamServerError                        a stream sent an error frame (not UNAUTHORIZED)

Streams (``client.events.stream()``, ``client.containers.logs()``, ...) raise from the same tree:
a refused websocket handshake maps like an HTTP answer (401 is ``AuthenticationError``, also for
an ``UNAUTHORIZED`` error frame), a lost connection is ``APIConnectionError``, a command that
outlives ``containers.run(timeout=...)`` is ``APITimeoutError``.

No exception stores a request, its headers or credentials: ``str()`` and ``repr()`` of every
error are safe to log.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from dockercloud_api.types import DockerCloudError, InvalidValueError

from ._redaction import authorization_secrets, redact_secrets

__all__ = [
    "APIConnectionError",
    "AmbiguousIdentifierError",
    "APIStatusError",
    "APITimeoutError",
    "ActionFailedError",
    "ActionTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "CredentialsError",
    "DockerCloudError",
    "InternalServerError",
    "InvalidIdentifierError",
    "InvalidValueError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "StreamServerError",
    "UnsupportedMediaTypeError",
    "status_error_from_response",
]

#: How many characters of an error body's message are put in an exception's message.
_MAX_MESSAGE_CHARS = 2000
#: How many characters of an error body are kept on the exception (``APIStatusError.body``).
MAX_ERROR_BODY_CHARS = 64 * 1024


class ConfigurationError(DockerCloudError, ValueError):
    """A setting (host URL, namespace, identifier) is malformed."""


class CredentialsError(ConfigurationError):
    """No usable credentials were found.

    Attributes:
        looked_at: every place that was consulted, with what was found there (never a secret).
    """

    def __init__(self, message: str, looked_at: tuple[str, ...] = ()) -> None:
        self.looked_at = looked_at
        details = "".join(f"\n  - {place}" for place in looked_at)
        super().__init__(message + details)


class InvalidIdentifierError(ConfigurationError):
    """An identifier, composite name or resource URI cannot be sent: it is raised before any request.

    A value must be exactly one path segment (no ``/`` except between the parts of a composite
    name, no ``.``/``..``, ``?``, ``#``, ``%``, ``\\``, whitespace or control characters), and a
    resource URI must be one of the operation's own resource and, on a client bound to a
    namespace, of that namespace.
    """


class APIConnectionError(DockerCloudError):
    """The request got no HTTP answer (DNS, refused connection, TLS, broken connection, ...).

    Attributes:
        method: the HTTP method.
        url: the URL, without any credentials.
    """

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = redact_url(url)
        super().__init__(f"{message} ({method} {self.url})")


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class APIStatusError(DockerCloudError):
    """The server answered with an error status.

    Attributes:
        status_code: the HTTP status.
        error: the ``error`` message of the ``{"error": ...}`` body, or the start of the raw body.
        method: the HTTP method.
        url: the URL, without any credentials.
        body: the response body decoded as text, at most its first 64 KiB.
        headers: the response headers.
    """

    def __init__(
        self,
        *,
        status_code: int,
        error: str,
        method: str,
        url: str,
        body: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.error = error
        self.method = method
        self.url = redact_url(url)
        self.body = body
        self.headers: dict[str, str] = dict(headers or {})
        reason = _reason(status_code)
        super().__init__(f"{status_code} {reason}: {method} {self.url}" + (f": {error}" if error else ""))


class BadRequestError(APIStatusError):
    """400: the request body or parameters are invalid."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this (for example in another namespace)."""


class NotFoundError(APIStatusError):
    """404: no such object or path."""


class MethodNotAllowedError(APIStatusError):
    """405: the method is not allowed on this path."""


class ConflictError(APIStatusError):
    """409: the object already exists, or its state forbids the change."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the request body is not JSON."""


class RateLimitError(APIStatusError):
    """429: too many requests.

    Attributes:
        retry_after: seconds to wait, from the ``Retry-After`` header, or None.
    """

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(**kwargs)


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class AmbiguousIdentifierError(DockerCloudError, LookupError):
    """``<group>.find(identifier)`` matched more than one object (nothing matching is ``NotFoundError``).

    Attributes:
        kind: what was looked for (``service``, ``node cluster``, ...).
        identifier: what the caller gave.
        candidates: ``<uuid> (<name>)`` of the matches (at most ten).
        more: whether there were more matches than ``candidates`` shows.
    """

    def __init__(self, kind: str, identifier: str, candidates: tuple[str, ...], *, more: bool = False) -> None:
        self.kind = kind
        self.identifier = identifier
        self.candidates = candidates
        self.more = more
        listed = ", ".join(candidates) + (", ..." if more else "")
        super().__init__(f"{identifier!r} matches more than one {kind}: {listed}; use the full UUID or a longer prefix")


class ResponseValidationError(DockerCloudError):
    """A successful response's body is not the JSON the spec promises.

    Attributes:
        operation_id: the operation whose response was invalid.
        status_code: the HTTP status of the response.
        url: the URL, without any credentials.
        reason: what was wrong.
        path: where in the body, e.g. ``objects[3].target_num_containers`` ("" for the whole body).
        expected: what the spec promises there, e.g. ``integer`` ("" when not about one attribute).
    """

    def __init__(
        self, *, operation_id: str, status_code: int, url: str, reason: str, path: str = "", expected: str = ""
    ) -> None:
        self.operation_id = operation_id
        self.status_code = status_code
        self.url = redact_url(url)
        self.reason = reason
        self.path = path
        self.expected = expected
        super().__init__(f"invalid response to {operation_id} ({status_code} from {self.url}): {reason}")


class ResponseTooLargeError(DockerCloudError):
    """The response body grew past the client's ``max_response_size``; reading stopped there.

    Attributes:
        method: the HTTP method.
        url: the URL, without any credentials.
        limit: the limit, in bytes.
    """

    def __init__(self, *, method: str, url: str, limit: int) -> None:
        self.method = method
        self.url = redact_url(url)
        self.limit = limit
        super().__init__(f"response body larger than {limit} bytes ({method} {self.url}); see max_response_size")


class ActionFailedError(DockerCloudError):
    """An awaited action ended in state ``Failed`` or ``Canceled``.

    ``str(e)`` is one line with the reason, e.g. ``Service Start failed: There are no deployed nodes in
    namespace 'alice' to deploy containers on. Deploy a node cluster first.``

    Attributes:
        action_uri: the action's resource URI.
        state: the final state.
        action: the final action object.
        log_lines: the last lines of the action's logs (at most ``ACTION_LOG_LINES``), oldest first.
        reason: the last log line (the server writes why the action failed there), or None.
    """

    def __init__(
        self, *, action_uri: str, state: str, action: object = None, log_lines: Sequence[str] = ()
    ) -> None:  # fmt: skip
        self.action_uri = action_uri
        self.state = state
        self.action = action
        self.log_lines = tuple(log_lines)
        self.reason = _reason_of(self.log_lines)
        name = _action_name(action)
        what = f"{name} {state.lower()}" if name else f"action {action_uri} ended {state}"
        super().__init__(f"{what}: {self.reason}" if self.reason else what)


class ActionTimeoutError(DockerCloudError, TimeoutError):
    """An awaited action was still running when the timeout expired.

    Attributes:
        action_uri: the action's resource URI.
        state: the last state seen.
        timeout: the timeout, in seconds.
        action: the last action object seen, or None.
        log_lines: the last lines of its logs so far, oldest first.
    """

    def __init__(
        self, *, action_uri: str, state: str, timeout: float, action: object = None, log_lines: Sequence[str] = ()
    ) -> None:  # fmt: skip
        self.action_uri = action_uri
        self.state = state
        self.timeout = timeout
        self.action = action
        self.log_lines = tuple(log_lines)
        name = _action_name(action) or f"action {action_uri}"
        last = f" (last log line: {self.log_lines[-1]})" if self.log_lines else ""
        super().__init__(f"{name} still {state!r} after {timeout:g} s{last}")


#: How many of an action's last log lines the action errors keep.
ACTION_LOG_LINES = 10


def action_log_lines(action: object) -> tuple[str, ...]:
    """The last non-empty lines of an action's ``logs`` (an Action model or anything with ``logs``)."""
    logs = getattr(action, "logs", None)
    if not isinstance(logs, str):
        return ()
    lines = [line.strip() for line in logs.splitlines() if line.strip()]
    return tuple(lines[-ACTION_LOG_LINES:])


def _reason_of(log_lines: Sequence[str]) -> str | None:
    if not log_lines:
        return None
    last = log_lines[-1]
    for prefix in ("Error: ", "ERROR: ", "error: "):
        if last.startswith(prefix):
            return last[len(prefix) :]
    return last


def _action_name(action: object) -> str | None:
    name = getattr(action, "action", None)
    return name if isinstance(name, str) and name else None


class ClientClosedError(DockerCloudError, RuntimeError):
    """A request on a client after ``close()``/``aclose()`` (or its ``with`` block): nothing was sent.

    Create a new client; a closed one has released its connections for good.
    """


class StreamServerError(DockerCloudError):
    """The server sent an ``{"type": "error"}`` frame on a stream (other than ``UNAUTHORIZED``).

    Attributes:
        message: the ``data.errorMessage`` text.
        url: the stream URL (it never holds credentials).
        frame: the decoded error frame.
    """

    def __init__(self, message: str, *, url: str, frame: dict[str, object] | None = None) -> None:
        self.message = message
        self.url = redact_url(url)
        self.frame = dict(frame or {})
        super().__init__(f"stream error from {self.url}: {message}")


_STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    429: RateLimitError,
}


def status_error_from_response(response: httpx.Response, secrets: Sequence[str] | None = None) -> APIStatusError:
    """Build the exception for an error response: the one place that maps statuses to classes.

    The body must already be read (it is, for every non-streaming httpx call). A server may quote the
    request in its refusal, its ``Authorization`` header included: the credentials are replaced in the
    body, the message and the headers the exception keeps.

    Args:
        response: a response with a 4xx or 5xx status.
        secrets: what to replace (:func:`~dockercloud_client._redaction.authorization_secrets`); None:
            the secrets of the request's own ``Authorization`` header.

    Returns:
        An instance of the matching ``APIStatusError`` subclass, or ``APIStatusError`` itself for a
        status without a dedicated class.
    """
    if secrets is None:
        sent = response.request.headers.get("Authorization")
        secrets = authorization_secrets(sent) if sent else []
    # Bodies may be large (up to the client's max_response_size): exceptions keep a bounded part.
    body = redact_secrets(response.text[:MAX_ERROR_BODY_CHARS], secrets)
    headers = httpx.Headers([(name, redact_secrets(value, secrets)) for name, value in response.headers.multi_items()])
    kwargs: dict[str, Any] = {
        "status_code": response.status_code,
        "error": _error_message(body),
        "method": response.request.method,
        "url": str(response.request.url),
        "body": body,
        "headers": headers,
    }
    status = response.status_code
    if status == 429:
        return RateLimitError(retry_after=parse_retry_after(headers.get("Retry-After")), **kwargs)
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(**kwargs)


#: ``delay-seconds`` of RFC 9110 section 10.2.3 (ASCII digits; a fraction is taken too).
_DELAY_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay seconds or an HTTP date), or None.

    Any other value (``-1``, ``nan``, ``inf``, ``1e3``, text) is None, a wait the server did not ask for, so the
    client's own backoff applies (``float()`` would read ``nan`` and ``-1`` as "retry at once"). A date in the
    obsolete asctime form has no zone: it is GMT, as every HTTP date is (RFC 9110 section 5.6.7), not local time.
    """
    if not value:
        return None
    value = value.strip()
    if _DELAY_SECONDS.fullmatch(value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - now())


def redact_url(url: str) -> str:
    """Drop any ``user:password@`` part from a URL (the client never puts secrets in URLs)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _error_message(body: str) -> str:
    """The ``error`` (or ``detail``, ``message``) of a JSON body, else the body; at most a few KB."""
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    message = body.strip()
    if isinstance(data, dict):
        for key in ("error", "detail", "message"):
            if isinstance(data.get(key), str):
                message = str(data[key])
                break
    if len(message) > _MAX_MESSAGE_CHARS:
        return message[:_MAX_MESSAGE_CHARS] + f"... ({len(message) - _MAX_MESSAGE_CHARS} more characters)"
    return message


def _reason(status_code: int) -> str:
    phrase = httpx.codes.get_reason_phrase(status_code)
    return phrase or "Error"
