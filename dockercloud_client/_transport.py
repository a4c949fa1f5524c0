"""Retries, a size limit and a total deadline at the httpx transport, so that every call gets them.

What is retried, up to ``max_retries`` times (default 2, so at most 3 attempts):

* any method, when the connection could not be made (``httpx.ConnectError``,
  ``httpx.ConnectTimeout``, ``httpx.PoolTimeout``): the request was never sent;
* ``GET``, ``HEAD``, ``OPTIONS``, ``DELETE`` (idempotent), also on any other transport error,
  including a connection reset while the body was read (the body is read here, inside the
  retries), and on the statuses ``_backoff.RETRYABLE_STATUSES`` (408, 429, 502, 503 and 504),
  the same as a stream handshake.

``POST`` and ``PATCH`` are never retried once sent: they may have started work on the server.

Waits grow exponentially from ``initial_delay`` (0.5 s) up to ``max_delay`` (8 s), each reduced by
up to 25 % of random jitter. A ``Retry-After`` header (seconds or HTTP date) replaces the computed
wait; one longer than ``max_retry_after`` (60 s) is not waited for: the answer (429, so
``RateLimitError``) is returned at once.

Bounds of one call: ``deadline`` seconds in all (connection, every attempt, every wait; the client
sets it to its timeout times the number of attempts), and a body of at most ``max_response_size``
bytes once decoded (64 MiB), checked while it is read, so memory stays bounded
(``ResponseTooLargeError``; a ``Content-Length`` over it is refused before reading). Every network
wait of the client's own connections, the reading of the head included, ends by the deadline
(``_deadline``). The body is read in place, by the response itself through a bounded stream (no copy, no
new response), unless it is compressed: then it is counted as it is decoded. A connection whose server
sent bytes beyond the response is closed once the body is read, so they are never taken for the answer to
the next request.
A response to a request retried after an attempt that the server may have processed carries
``RETRIED_AFTER_SEND`` in its extensions (a DELETE answered 404 then means the first attempt did the
work). ``sleep`` and ``clock`` are injectable for tests.

A request whose extensions carry ``MAX_RETRIES_EXTENSION`` (``client.with_options(max_retries=)``)
uses that count instead of the policy's.
"""

from __future__ import annotations

import logging
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, cast

import anyio
import attrs
import httpx

from ._backoff import RETRYABLE_STATUSES, Backoff
from ._deadline import within
from .errors import ResponseTooLargeError, parse_retry_after, redact_url

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "MAX_RETRIES_EXTENSION",
    "RETRIED_AFTER_SEND",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
]

logger = logging.getLogger("dockercloud_client")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: httpx request extension: the retries of this request, overriding the policy's ``max_retries``.
MAX_RETRIES_EXTENSION = "dockercloud_client.max_retries"
#: Statuses after which the server may have done the work (a gateway gave up waiting for it).
_MAYBE_PROCESSED_STATUSES = frozenset({502, 504})
#: Largest decoded response body accepted by default.
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024
#: Key of ``response.extensions``: the request was retried after an attempt that may have been processed.
RETRIED_AFTER_SEND = "dockercloud_client.retried_after_send"


def _positive_or_none(_instance: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and value <= 0:
        raise ValueError(f"{attribute.name} must be > 0")


@attrs.frozen(kw_only=True)
class RetryPolicy(Backoff):
    """When and how long to wait before trying a request again, and the bounds of one call.

    The waits are the shared :class:`~dockercloud_client._backoff.Backoff` (``initial_delay``,
    ``max_delay``, ``multiplier``, ``jitter``, ``random``; by default 0.5 s doubling up to 8 s, less
    up to 25 % of jitter).

    Attributes:
        max_retries: retries after the first attempt; 0 disables retries.
        max_retry_after: longest wait a ``Retry-After`` header may ask for, in seconds; a longer
            one ends the retries at once.
        deadline: seconds one call may take in all (attempts and waits); None (default): the
            request's longest timeout times the number of attempts (no limit without timeouts).
        max_response_size: largest decoded body in bytes, or None for no limit.
    """

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    max_retry_after: float = 60.0
    deadline: float | None = attrs.field(default=None, validator=_positive_or_none)
    max_response_size: int | None = attrs.field(default=DEFAULT_MAX_RESPONSE_SIZE, validator=_positive_or_none)

    def for_request(self, request: httpx.Request) -> RetryPolicy:
        """This policy, with the ``max_retries`` a request's extensions ask for, if any."""
        retries = request.extensions.get(MAX_RETRIES_EXTENSION)
        return self if retries is None else attrs.evolve(self, max_retries=retries)

    def retries_status(self, request: httpx.Request, response: httpx.Response) -> bool:
        """Whether this response status warrants another attempt of this request."""
        return request.method in IDEMPOTENT_METHODS and response.status_code in RETRYABLE_STATUSES

    def retries_error(self, request: httpx.Request, error: httpx.TransportError) -> bool:
        """Whether this transport error warrants another attempt of this request."""
        if isinstance(error, _NOT_SENT_ERRORS):
            return True
        return request.method in IDEMPOTENT_METHODS

    def wait(self, retry: int, response: httpx.Response | None = None) -> float | None:
        """Seconds to wait before retry number ``retry`` (0-based); None when not worth waiting.

        A ``Retry-After`` header of ``response`` replaces the backoff's :meth:`delay`; None means it
        asked for a longer wait than ``max_retry_after``.
        """
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                return retry_after if retry_after <= self.max_retry_after else None
        return self.delay(retry)


class _Call:
    """The bookkeeping of one call through a retrying transport (no I/O)."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request, clock: Callable[[], float]) -> None:
        self.policy = policy = policy.for_request(request)
        self.request = request
        self.clock = clock
        self._timeouts = dict(request.extensions.get("timeout") or {})
        self.total = policy.deadline
        if self.total is None:
            longest = max((t for t in self._timeouts.values() if t is not None), default=None)
            self.total = None if longest is None else longest * (policy.max_retries + 1)
        self.deadline = None if self.total is None else clock() + self.total
        self.retry = 0
        self.maybe_processed = False

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - self.clock()

    def start_attempt(self) -> None:
        """Shrink the attempt's httpx timeouts to what is left of the deadline."""
        left = self.remaining()
        if left is None or (self.retry == 0 and self.policy.deadline is None):
            return  # a derived deadline is at least the first attempt's own timeouts
        if left <= 0:
            raise httpx.TimeoutException(self._expired(), request=self.request)
        timeouts = {key: (left if value is None else min(value, left)) for key, value in self._timeouts.items()}
        self.request.extensions = {**self.request.extensions, "timeout": timeouts}

    def check_size(self, size: int) -> None:
        """Raise when a body of ``size`` bytes (decoded) is over the limit."""
        limit = self.policy.max_response_size
        if limit is not None and size > limit:
            raise ResponseTooLargeError(method=self.request.method, url=str(self.request.url), limit=limit)

    def check_deadline(self) -> None:
        left = self.remaining()
        if left is not None and left <= 0:
            raise httpx.ReadTimeout(self._expired(), request=self.request)

    def expired(self, error: httpx.TransportError) -> httpx.TimeoutException | None:
        """The error to raise instead of a timeout that the deadline caused (it names the deadline), or None."""
        left = self.remaining()
        if not isinstance(error, httpx.TimeoutException) or left is None or left > 0:
            return None
        return type(error)(self._expired(), request=self.request)

    def _expired(self) -> str:
        return f"the call did not finish within its deadline of {self.total:g} s"

    def wait_after_error(self, error: httpx.TransportError) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to raise it."""
        if self.retry >= self.policy.max_retries or not self.policy.retries_error(self.request, error):
            return None
        wait = self._fits(self.policy.wait(self.retry))
        if wait is not None:
            self.maybe_processed |= not isinstance(error, _NOT_SENT_ERRORS)
            _log_retry(self.request, type(error).__name__, wait, self.retry)
        return wait

    def wait_after_status(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying after this response (then closed), or None to return it."""
        if self.retry >= self.policy.max_retries or not self.policy.retries_status(self.request, response):
            return None
        wait = self._fits(self.policy.wait(self.retry, response))
        if wait is not None:
            self.maybe_processed |= response.status_code in _MAYBE_PROCESSED_STATUSES
            _log_retry(self.request, str(response.status_code), wait, self.retry)
        return wait

    def _fits(self, wait: float | None) -> float | None:
        """The wait, unless it would end after the deadline."""
        left = self.remaining()
        if wait is None or (left is not None and wait >= left):
            return None
        return wait

    def finished(self, response: httpx.Response) -> httpx.Response:
        if self.retry and self.maybe_processed:
            response.extensions = {**response.extensions, RETRIED_AFTER_SEND: True}
        return response


class _BoundedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A raw body that stops at the size limit (``counted``) and at the call's deadline, chunk by chunk.

    At its end, before httpx closes the response (which hands the connection back to its pool), a connection
    whose server sent more than the response is closed (:func:`_overrun_network_stream`).
    """

    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, call: _Call, *, counted: bool = True
    ) -> None:
        self._stream = stream
        self._call = call
        self._counted = counted
        self._size = 0

    def _checked(self, chunk: bytes) -> bytes:
        if self._counted:
            self._size += len(chunk)
            self._call.check_size(self._size)
        self._call.check_deadline()
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        for chunk in cast(httpx.SyncByteStream, self._stream):
            yield self._checked(chunk)
        overrun = _overrun_network_stream(self._stream)
        if overrun is not None:
            overrun.close()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in cast(httpx.AsyncByteStream, self._stream):
            yield self._checked(chunk)
        overrun = _overrun_network_stream(self._stream)
        if overrun is not None:
            await overrun.aclose()

    def close(self) -> None:
        cast(httpx.SyncByteStream, self._stream).close()

    async def aclose(self) -> None:
        await cast(httpx.AsyncByteStream, self._stream).aclose()


#: Attributes that lead from a body stream to the httpcore HTTP/1.1 connection it is read from, through our
#: wrappers (``_BoundedStream``, ``_pool._ReleasingStream``), httpx's and httpcore's (pool, then connection).
_INNER_ATTRIBUTES = ("_connection", "_httpcore_stream", "_stream")


def _overrun_network_stream(stream: object) -> Any:
    """The network stream of a connection whose server sent bytes beyond the response just read, else None.

    Such bytes (a body on a 204, a ``Content-Length`` shorter than the body, a second response nobody asked
    for) stay in httpcore's parser, which would read them as the answer to the next request sent on the
    connection: RFC 9112 section 6.3 forbids processing them as a separate response. Closing the network
    stream makes httpcore's pool drop the connection (it reads as disconnected) instead of reusing it.
    httpcore has no public way to its parser (encode/httpcore#872), hence the walk through the wrappers; on
    another transport (a mock, a cassette) nothing is found and nothing is done.
    """
    for _ in range(8):  # a handful of wrappers deep
        parser = getattr(stream, "_h11_state", None)
        if parser is not None:
            return stream._network_stream if parser.trailing_data[0] else None  # type: ignore[attr-defined]
        stream = next((getattr(stream, name) for name in _INNER_ATTRIBUTES if hasattr(stream, name)), None)
        if stream is None:
            return None
    return None


def _reads_in_place(call: _Call, response: httpx.Response) -> bool:
    """Bound the reading of a response's body; False when it must be decoded chunk by chunk instead.

    The limit is on the decoded body. Without ``Content-Encoding`` (the usual case) the raw bytes are
    the decoded ones: the response's own stream is wrapped in a :class:`_BoundedStream` and it reads
    itself, so it is neither copied nor rebuilt, and a ``Content-Length`` above the limit is refused
    before any of the body is read. A compressed body (the declared length says nothing of its
    decoded size) is counted as it is decoded (:class:`_Body`).
    """
    if response.is_stream_consumed:  # already in memory (a transport built it with ``content=``)
        call.check_size(len(response.content))
        call.check_deadline()
        return True
    if response.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity"):
        response.stream = _BoundedStream(response.stream, call, counted=False)  # counted once decoded
        return False
    length = response.headers.get("Content-Length")
    # Transfer-Encoding overrides Content-Length (RFC 9112 section 6.3), as h11 reads the body: not a size then.
    if length is not None and length.isdigit() and "Transfer-Encoding" not in response.headers:
        call.check_size(int(length))
    response.stream = _BoundedStream(response.stream, call)
    return True


#: Decoded bytes one inflating step may produce, per coding: a compressed body costs little more memory than its limit.
_INFLATE_STEP = 64 * 1024
_INFLATED_CODINGS = frozenset({"gzip", "x-gzip", "deflate"})


class _Inflater:
    """Undoes one gzip or deflate coding in steps of at most :data:`_INFLATE_STEP` decoded bytes.

    httpx's own decoders inflate each received chunk whole: 64 KiB of gzip become 64 MiB, and stacked codings
    (``gzip, gzip``) multiply that, before a size check could run. A deflate body without its zlib header
    (sent by some servers) is read as raw deflate, as httpx does.
    """

    def __init__(self, coding: str) -> None:
        self._may_be_raw = coding == "deflate"
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS if self._may_be_raw else zlib.MAX_WBITS | 16)
        self._started = False

    def steps(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes of ``data``, step by step."""
        while data:
            try:
                decoded = self._zlib.decompress(data, _INFLATE_STEP)
            except zlib.error as exc:
                if not self._may_be_raw or self._started:
                    raise httpx.DecodingError(str(exc)) from exc
                self._may_be_raw = False
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._started = True
            data = self._zlib.unconsumed_tail
            yield decoded

    def flush(self) -> bytes:
        try:
            return self._zlib.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(str(exc)) from exc


def _inflaters(content_encoding: str) -> list[_Inflater]:
    """One inflater per coding, the last applied first.

    Raises:
        httpx.DecodingError: a coding other than gzip or deflate. The client asks for those two only
            (``Accept-Encoding``); httpx would pass an unknown one through as if it were identity, and would
            decode ``br``/``zstd`` (when brotli or zstandard is installed) a whole chunk at a time, unbounded.
    """
    codings = [c.strip().lower() for c in content_encoding.split(",")]
    codings = [c for c in codings if c not in ("", "identity")]
    refused = [c for c in codings if c not in _INFLATED_CODINGS]
    if refused:
        raise httpx.DecodingError(
            f"the response is in Content-Encoding {', '.join(refused)}, which the client did not ask for"
            " (it accepts gzip and deflate)"
        )
    return [_Inflater(coding) for coding in reversed(codings)]


class _Body:
    """Collects a compressed response's body, decoded, up to the size limit and the deadline."""

    def __init__(self, call: _Call, response: httpx.Response) -> None:
        self._call = call
        self._response = response
        self._chunks: list[bytes] = []
        self._size = 0
        #: Our bounded inflaters, fed the raw body (httpx's own decoders are never used).
        self.inflaters = _inflaters(response.headers.get("Content-Encoding", ""))

    def take(self, chunk: bytes) -> None:
        """Add a chunk of the raw body."""
        self._through(0, chunk)

    def _through(self, layer: int, data: bytes) -> None:
        if layer == len(self.inflaters):
            self._add(data)
            return
        for decoded in self.inflaters[layer].steps(data):
            self._through(layer + 1, decoded)

    def _add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        self._call.check_size(self._size)
        self._chunks.append(chunk)
        self._call.check_deadline()

    def response(self) -> httpx.Response:
        """The response with its body in memory (already decoded, so without ``Content-Encoding``)."""
        for layer, inflater in enumerate(self.inflaters):
            self._through(layer + 1, inflater.flush())
        headers = httpx.Headers(self._response.headers)
        for name in ("Content-Encoding", "Content-Length", "Transfer-Encoding"):
            headers.pop(name, None)
        return httpx.Response(
            self._response.status_code,
            headers=headers,
            content=b"".join(self._chunks),
            request=self._call.request,
            extensions=self._response.extensions,
        )


def _read(call: _Call, response: httpx.Response) -> httpx.Response:
    """The response with its body read within the call's bounds (closed in any case)."""
    try:
        if _reads_in_place(call, response):
            response.read()
            return response
        body = _Body(call, response)
        for chunk in response.iter_raw():
            body.take(chunk)
        return body.response()
    finally:
        response.close()


async def _aread(call: _Call, response: httpx.Response) -> httpx.Response:
    """The asyncio twin of :func:`_read`."""
    try:
        if _reads_in_place(call, response):
            await response.aread()
            return response
        body = _Body(call, response)
        async for chunk in response.aiter_raw():
            body.take(chunk)
        return body.response()
    finally:
        await response.aclose()


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport, reads each body within the bounds and retries what ``policy`` allows.

    Args:
        transport: the transport that sends requests.
        policy: the retry policy and bounds.
        sleep: the function used to wait (``time.sleep``; tests pass a recorder).
        clock: a monotonic clock in seconds, for the deadline.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._transport = transport
        self._policy = policy or RetryPolicy()
        self._sleep = sleep
        self._clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self._policy, request, self._clock)
        while True:
            call.start_attempt()
            try:
                with within(call.remaining):
                    response = self._transport.handle_request(request)
                    response = _read(call, response)
            except httpx.TransportError as error:
                wait = call.wait_after_error(error)
                if wait is None:
                    expired = call.expired(error)
                    if expired is None:
                        raise
                    raise expired from error
            else:
                wait = call.wait_after_status(response)
                if wait is None:
                    return call.finished(response)
            self._sleep(wait)
            call.retry += 1

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport; the twin of :class:`RetryTransport`.

    Args:
        transport: the transport that sends requests.
        policy: the retry policy and bounds.
        sleep: the coroutine function used to wait (``anyio.sleep``; tests pass a recorder).
        clock: a monotonic clock in seconds, for the deadline.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._transport = transport
        self._policy = policy or RetryPolicy()
        self._sleep = sleep
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self._policy, request, self._clock)
        while True:
            call.start_attempt()
            try:
                with within(call.remaining):
                    response = await self._transport.handle_async_request(request)
                    response = await _aread(call, response)
            except httpx.TransportError as error:
                wait = call.wait_after_error(error)
                if wait is None:
                    expired = call.expired(error)
                    if expired is None:
                        raise
                    raise expired from error
            else:
                wait = call.wait_after_status(response)
                if wait is None:
                    return call.finished(response)
            await self._sleep(wait)
            call.retry += 1

    async def aclose(self) -> None:
        await self._transport.aclose()


def _log_retry(request: httpx.Request, reason: str, wait: float, retry: int) -> None:
    # Method and URL only: headers (Authorization) are never logged.
    logger.info(
        "retrying %s %s after %s in %.2f s (retry %d)",
        request.method,
        redact_url(str(request.url)),
        reason,
        wait,
        retry + 1,
    )
