"""``AsyncClient``'s connection pool: 20 lanes of one connection each, and a bound on requests in flight.

Why (measured in ``make bench``, benchmark 5): httpcore's pool re-examines every one of its
connections each time a request starts or ends (an ``is_readable`` poll through anyio for each idle
one, and a count of the pool per idle connection), and queues every request past its size inside,
where each queued request repeats that scan. So one request costs more the larger the pool and the
queue: with httpx's default pool (100) 200 concurrent gets spent most of their time there, and a pool
of 200 made ``asyncio.gather`` barely faster than a loop. :class:`AsyncLanes` keeps that bookkeeping
constant: it holds up to :data:`POOL_SIZE` httpx transports of one connection each, and a request
waits in a FIFO semaphore (free of cost per waiting request) for a free lane. Same-process A/B, 200
gets: at 20 ms of latency 5.6x a loop instead of 3.0x for a bounded pool of 20 connections, at 0 ms
0.7x instead of 0.2x. Docker Cloud's API is one host, so the limit is per client.

Why 20 lanes (``AsyncLanes(n)``, 200 gets against ``bench/rest_server.py``, ratio to ``Client`` one by one,
best and median of 5 interleaved rounds, one run per latency, loaded 2-core machine):

====== ============== ==============
lanes  0 ms           20 ms
====== ============== ==============
10     0.56x / 0.55x  7.3x / 6.9x
20     0.63x / 0.60x  10.1x / 9.2x
32     0.54x / 0.54x  10.7x / 9.5x
50     0.54x / 0.55x  11.4x / 10.9x
====== ============== ==============

200 gets through ``n`` connections take at least ``200 / n`` round trips, so 10 lanes cap the gain; past
20, each request's CPU (not the number of round trips) bounds it, and more lanes only add a little at 20 ms
while costing at 0 ms and holding more connections (and requests in flight) open on the one server.

Tried and rejected: lanes that drive their httpcore connection directly (no httpcore pool and httpx
transport per lane) took a fifth less CPU per request (11.1x instead of 10.4x at 20 ms), but requests then
no longer pass through ``httpx.AsyncHTTPTransport``, which vcrpy patches: the cassette replays of
``AsyncClient`` (ours, and any user's) went to the network instead (mocking tools that patch httpcore's
pools would miss them the same way).

``sniffio`` is a declared dependency for the same reason: without it httpcore's asyncio locks try
to import it on every acquisition and fail (a third of an async client's CPU time).
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable
from typing import cast

import anyio
import httpx

__all__ = ["LANE_LIMITS", "POOL_SIZE", "AsyncBoundedTransport", "AsyncLanes"]

#: Connections per client, and requests of an ``AsyncClient`` in flight at once.
POOL_SIZE = 20
#: One lane: one connection, kept alive between requests, closed after 5 s idle as httpx does.
LANE_LIMITS = httpx.Limits(max_connections=1, max_keepalive_connections=1, keepalive_expiry=5.0)


class _ReleasingStream(httpx.AsyncByteStream):
    """A response body that calls ``release`` once, when closed (after it was read, or not)."""

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()  # the body's own iterator: no extra step per chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


async def _take_slot(slots: anyio.Semaphore, request: httpx.Request) -> None:
    """Take a free slot at once, else wait for one within the request's ``pool`` timeout (as httpx's pool does).

    A free slot is taken without a timeout scope or a trip through the event loop (their cost per request
    showed in benchmark 5); FIFO still holds, since a release hands its slot straight to the first waiter,
    so a slot is free only when nobody waits.
    """
    try:
        slots.acquire_nowait()
        return
    except anyio.WouldBlock:
        pass
    wait = (request.extensions.get("timeout") or {}).get("pool")
    try:
        with anyio.fail_after(wait):
            await slots.acquire()
    except TimeoutError:
        raise httpx.PoolTimeout(f"no connection free within {wait:g} s", request=request) from None


async def _send(
    transport: httpx.AsyncBaseTransport, request: httpx.Request, release: Callable[[], None]
) -> httpx.Response:
    """Send through ``transport``; ``release`` runs once the response is closed, or at once on failure."""
    try:
        response = await transport.handle_async_request(request)
    except BaseException:
        release()
        raise
    if response.is_closed:  # already read (a transport that built it with ``content=``): nothing to wait for
        release()
    else:  # the same response, not a copy: the body reads through the stream that frees the slot
        response.stream = _ReleasingStream(cast(httpx.AsyncByteStream, response.stream), release)
    return response


class AsyncLanes(httpx.AsyncBaseTransport):
    """``AsyncClient``'s own pool: up to ``size`` lanes, each an httpx transport of one connection.

    A request waits for a free lane (FIFO, within its ``pool`` timeout), sends on it and gives it
    back when its response is closed (the retrying transport reads and closes every body; retry
    waits happen outside, without a lane). The most recently freed lane is reused first, so its
    connection is warm; lanes are created on demand and share one SSL context. Because each
    httpcore pool holds a single connection, its bookkeeping per request is constant instead of
    growing with the pool (see the module docstring).

    Args:
        size: lanes, so connections and requests in flight.
        proxy: the proxy every lane connects through (``_config.resolve_proxy``), or None.
    """

    def __init__(self, size: int = POOL_SIZE, proxy: str | None = None) -> None:
        self._proxy = proxy
        self._slots = anyio.Semaphore(size)
        self._free: list[httpx.AsyncHTTPTransport] = []
        self._lanes: list[httpx.AsyncHTTPTransport] = []
        self._ssl_context: ssl.SSLContext | None = None

    def _lane(self) -> httpx.AsyncHTTPTransport:
        if self._free:
            return self._free.pop()
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context()
        lane = httpx.AsyncHTTPTransport(verify=self._ssl_context, limits=LANE_LIMITS, proxy=self._proxy)
        self._lanes.append(lane)
        return lane

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await _take_slot(self._slots, request)
        lane = self._lane()  # holding a slot, a lane is free or may be created (never more than size)

        def release() -> None:
            self._free.append(lane)
            self._slots.release()

        return await _send(lane, request, release)

    async def aclose(self) -> None:
        for lane in self._lanes:
            await lane.aclose()


class AsyncBoundedTransport(httpx.AsyncBaseTransport):
    """Lets at most ``size`` requests into a caller's transport at once; the others wait in line.

    For ``AsyncClient(transport=...)``: a request holds its slot from sending until its response is
    closed, and waits for one within its ``pool`` timeout (``httpx.PoolTimeout``).

    Args:
        transport: the transport that sends requests.
        size: requests in flight at once.
    """

    def __init__(self, transport: httpx.AsyncBaseTransport, size: int = POOL_SIZE) -> None:
        self._transport = transport
        self._slots = anyio.Semaphore(size)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await _take_slot(self._slots, request)
        return await _send(self._transport, request, self._slots.release)

    async def aclose(self) -> None:
        await self._transport.aclose()
