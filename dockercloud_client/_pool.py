"""``AsyncClient``'s connection pool: 20 lanes of one connection each, and a bound on requests in flight.

Why (measured in ``make bench``, benchmark 5): httpcore's pool re-examines every one of its
connections each time a request starts or ends (an ``is_readable`` poll for each idle one, and a
count of the pool per idle connection), and queues every request past its size inside, where each
queued request repeats that scan. So one request costs more the larger the pool and the queue: with
httpx's default pool (100) 200 concurrent gets spent most of their time there, and a pool of 200 made
``asyncio.gather`` barely faster than a loop. :class:`AsyncLanes` keeps that bookkeeping constant: it
holds up to :data:`POOL_SIZE` httpx transports of one connection each, and a request waits in a FIFO
line (:class:`_Slots`, free of cost per waiting request) for a free lane. Same-process A/B, 200 gets: at
20 ms of latency 5.6x a loop instead of 3.0x for a bounded pool of 20 connections, at 0 ms 0.7x instead
of 0.2x. Docker Cloud's API is one host, so the limit is per client.

Each lane's connections read and write through :class:`~dockercloud_client._asyncio_backend.AsyncioBackend`
(httpcore's network-backend extension point on plain asyncio) instead of httpcore's anyio backend, and a
request waits for its lane on asyncio's own futures instead of an anyio semaphore in a cancel scope:
about a quarter less CPU per request (same process, 200 gets, 11 interleaved rounds: 869 instead of 1,172
us at the best round; 0 ms: 0.65x instead of 0.54x at the best round, 1.04x instead of 0.84x on medians;
20 ms: 12.5x instead of 11.3x, 10.1x instead of 9.4x). What is left above ``Client`` is httpx's and
httpcore's asyncio path itself (their locks and shielded scopes on anyio, async generators per body
layer, the event loop, and the garbage collector, which concurrent requests keep busier).

Why 20 lanes (``AsyncLanes(n)``, 200 gets against ``bench/rest_server.py``, ratio to ``Client`` one by one,
best and median of 5 interleaved rounds, one run per latency, 2-core machine under a load of 3 to 4, with the
asyncio backend):

====== ============== ==============
lanes  0 ms           20 ms
====== ============== ==============
10     0.68x / 0.86x  7.5x / 7.0x
20     0.76x / 0.81x  11.2x / 8.8x
32     0.74x / 0.72x  12.4x / 11.5x
50     0.66x / 0.94x  18.1x / 13.0x
====== ============== ==============

200 gets through ``n`` connections take at least ``200 / n`` round trips, so 10 lanes cap the gain at 20 ms;
at 0 ms each request's CPU (not the number of round trips) bounds it, and no lane count differs beyond the
noise (5 to 32 lanes: 760 to 814 us of CPU per request at the best of 9 rounds). More lanes gain at 20 ms
(a second run: 11.6x for 20, 9.9x for 32, 13.0x for 50) but hold more connections, and requests in flight,
open on the one server; 20 meets benchmark 5's 10x at 20 ms.

Tried and rejected: lanes that drive their httpcore connection directly (no httpcore pool and httpx
transport per lane) took a fifth less CPU per request (11.1x instead of 10.4x at 20 ms), but requests then
no longer pass through ``httpx.AsyncHTTPTransport``, which vcrpy patches: the cassette replays of
``AsyncClient`` (ours, and any user's) went to the network instead, and respx, which patches httpcore's
pool and connection classes, would miss them the same way. The asyncio backend keeps both in the path.

``sniffio`` is a declared dependency for the same reason: without it httpcore's asyncio locks try
to import it on every acquisition and fail (a third of an async client's CPU time).
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import cast

import httpcore
import httpx

from ._asyncio_backend import AsyncioBackend

__all__ = ["LANE_LIMITS", "POOL_SIZE", "AsyncBoundedTransport", "AsyncLanes", "lane_transport"]

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


class _Slots:
    """At most ``size`` holders at once; the others wait in line (FIFO), each within its ``pool`` timeout.

    asyncio's own futures and timer, not an anyio semaphore in a ``fail_after`` scope: a cancel scope per
    waiting request showed in benchmark 5 (``AsyncClient`` is asyncio only). A free slot is taken without
    a trip through the event loop; a release hands its slot straight to the first waiter, so a slot is free
    only when nobody waits, and FIFO holds.
    """

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiters: deque[asyncio.Future[None]] = deque()

    async def take(self, request: httpx.Request) -> None:
        """Take a slot, waiting at most the request's ``pool`` timeout (``httpx.PoolTimeout``), as httpx's pool does."""
        if self._free:
            self._free -= 1
            return
        wait = (request.extensions.get("timeout") or {}).get("pool")
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(wait):
                await waiter
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled():
                self.give()  # handed a slot it will not use: the next in line gets it
            else:
                waiter.cancel()  # skipped by give()
            if isinstance(exc, TimeoutError):
                raise httpx.PoolTimeout(f"no connection free within {wait:g} s", request=request) from None
            raise

    def give(self) -> None:
        """Free a slot: the first waiter still waiting gets it, else it is free."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1


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


def lane_transport(
    ssl_context: ssl.SSLContext, proxy: str | None, network_backend: httpcore.AsyncNetworkBackend
) -> httpx.AsyncHTTPTransport:
    """One lane: an httpx transport of one kept-alive connection, opened through ``network_backend``.

    httpx's constructor takes no network backend, so it is set on the httpcore pool (a proxy's too) that
    the transport built, before that pool has opened anything. Requests still go through
    ``httpx.AsyncHTTPTransport.handle_async_request`` and httpcore's pool and connection, which is what
    vcrpy and respx patch.
    """
    lane = httpx.AsyncHTTPTransport(verify=ssl_context, limits=LANE_LIMITS, proxy=proxy)
    lane._pool._network_backend = network_backend
    return lane


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
        self._slots = _Slots(size)
        self._free: list[httpx.AsyncHTTPTransport] = []
        self._lanes: list[httpx.AsyncHTTPTransport] = []
        self._ssl_context: ssl.SSLContext | None = None
        self._backend = AsyncioBackend()

    def _lane(self) -> httpx.AsyncHTTPTransport:
        if self._free:
            return self._free.pop()
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context()
        lane = lane_transport(self._ssl_context, self._proxy, self._backend)
        self._lanes.append(lane)
        return lane

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._slots.take(request)
        lane = self._lane()  # holding a slot, a lane is free or may be created (never more than size)

        def release() -> None:
            self._free.append(lane)
            self._slots.give()

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
        self._slots = _Slots(size)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._slots.take(request)
        return await _send(self._transport, request, self._slots.give)

    async def aclose(self) -> None:
        await self._transport.aclose()
