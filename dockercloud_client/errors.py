"""The exception tree of the client, and the one function that maps a response onto it.

::

    DockerCloudError
    ├── ConfigurationError (also a ValueError)   bad host URL, namespace, identifier
    │   ├── CredentialsError                     no credentials found, or incomplete arguments
    │   └── InvalidIdentifierError               an identifier or resource URI that is not safe to send
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
    ├── ResponseValidationError                  a 2xx body is not what the spec promises
    ├── ResponseTooLargeError                    a body larger than the client's max_response_size
    ├── ActionFailedError                        an awaited action ended Failed or Canceled
    ├── ActionTimeoutError (also a TimeoutError) an awaited action did not finish in time
    └── StreamServerError                        a stream sent an error frame (not UNAUTHORIZED)

Streams (``client.events.stream()``, ``client.containers.logs()``, ...) raise from the same tree:
a refused websocket handshake maps like an HTTP answer (401 is ``AuthenticationError``, also for
an ``UNAUTHORIZED`` error frame), a lost connection is ``APIConnectionError``, a command that
outlives ``containers.run(timeout=...)`` is ``APITimeoutError``.

No exception stores a request, its headers or credentials: ``str()`` and ``repr()`` of every
error are safe to log.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ActionFailedError",
    "ActionTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "CredentialsError",
    "DockerCloudError",
    "InternalServerError",
    "InvalidIdentifierError",
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


class DockerCloudError(Exception):
    """Base class of every error raised by ``dockercloud_client``."""


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


class ResponseValidationError(DockerCloudError):
    """A successful response's body is not the JSON the spec promises.

    Attributes:
        operation_id: the operation whose response was invalid.
        status_code: the HTTP status of the response.
        url: the URL, without any credentials.
        reason: what was wrong.
    """

    def __init__(self, *, operation_id: str, status_code: int, url: str, reason: str) -> None:
        self.operation_id = operation_id
        self.status_code = status_code
        self.url = redact_url(url)
        self.reason = reason
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

    Attributes:
        action_uri: the action's resource URI.
        state: the final state.
        action: the final action object.
    """

    def __init__(self, *, action_uri: str, state: str, action: object = None) -> None:
        self.action_uri = action_uri
        self.state = state
        self.action = action
        super().__init__(f"action {action_uri} ended {state}")


class ActionTimeoutError(DockerCloudError, TimeoutError):
    """An awaited action was still running when the timeout expired.

    Attributes:
        action_uri: the action's resource URI.
        state: the last state seen.
        timeout: the timeout, in seconds.
    """

    def __init__(self, *, action_uri: str, state: str, timeout: float) -> None:
        self.action_uri = action_uri
        self.state = state
        self.timeout = timeout
        super().__init__(f"action {action_uri} still {state!r} after {timeout:g} s")


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


def status_error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the exception for an error response: the one place that maps statuses to classes.

    The body must already be read (it is, for every non-streaming httpx call).

    Args:
        response: a response with a 4xx or 5xx status.

    Returns:
        An instance of the matching ``APIStatusError`` subclass, or ``APIStatusError`` itself for a
        status without a dedicated class.
    """
    # Bodies may be large (up to the client's max_response_size): exceptions keep a bounded part.
    body = response.text[:MAX_ERROR_BODY_CHARS]
    error = _error_message(body)
    kwargs: dict[str, Any] = {
        "status_code": response.status_code,
        "error": error,
        "method": response.request.method,
        "url": str(response.request.url),
        "body": body,
        "headers": response.headers,
    }
    status = response.status_code
    if status == 429:
        return RateLimitError(retry_after=parse_retry_after(response.headers.get("Retry-After")), **kwargs)
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(**kwargs)


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
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
