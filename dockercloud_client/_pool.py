"""The connection pool of ``Client`` and ``AsyncClient``: its size, and a bound on requests in flight.

Why these numbers (measured in ``make bench``, benchmark 5): httpcore re-examines every pooled
connection, and counts the pool once per idle connection, each time a request starts or ends, and it
queues every request past the pool size inside the pool, where each queued request repeats that scan.
So the cost of one request grows with the square of the pool size and with the number of queued
requests: with httpx's default pool (100) 200 concurrent gets spent most of their time there, and a
pool of 200 made ``asyncio.gather`` barely faster than a loop. A pool of :data:`POOL_SIZE`
connections, all kept alive, with at most that many requests inside it (the others wait in a FIFO
semaphore in front, which costs nothing per waiting request), keeps that bookkeeping small. It is
not smaller because 200 gets through a pool of ``n`` take at least ``200 / n`` round trips, so a
pool of 10 could never be more than 10x faster than a loop; 20 leaves room for that. Docker
Cloud's API is one host, so the limit is per client, not per host.

``sniffio`` is a declared dependency for the same reason: without it httpcore's asyncio locks try
to import it on every acquisition and fail (a third of an async client's CPU time).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import cast

import anyio
import httpx

__all__ = ["POOL_LIMITS", "POOL_SIZE", "AsyncBoundedTransport"]

#: Connections per client, and requests of an ``AsyncClient`` in flight at once.
POOL_SIZE = 20
#: Every connection may stay alive (httpx's default keeps only 20 of 100), so a burst does not
#: close and reopen connections; an idle one is closed after 5 s, as httpx does.
POOL_LIMITS = httpx.Limits(max_connections=POOL_SIZE, max_keepalive_connections=POOL_SIZE, keepalive_expiry=5.0)


class _ReleasingStream(httpx.AsyncByteStream):
    """A response body that frees its request's slot once closed (after it was read, or not)."""

    def __init__(self, stream: httpx.AsyncByteStream, slots: anyio.Semaphore) -> None:
        self._stream = stream
        self._slots: anyio.Semaphore | None = slots

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            slots, self._slots = self._slots, None
            if slots is not None:
                slots.release()


class AsyncBoundedTransport(httpx.AsyncBaseTransport):
    """Lets at most ``size`` requests into the wrapped transport at once; the others wait in line.

    A request holds its slot from sending until its response is closed (the retrying transport
    reads and closes every body), not during retry waits, which happen outside this transport. The
    wait for a slot is bounded by the request's ``pool`` timeout, as httpx's own pool is
    (``httpx.PoolTimeout``).

    Args:
        transport: the transport that sends requests (its pool should hold ``size`` connections).
        size: requests in flight at once.
    """

    def __init__(self, transport: httpx.AsyncBaseTransport, size: int = POOL_SIZE) -> None:
        self._transport = transport
        self._slots = anyio.Semaphore(size)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        wait = (request.extensions.get("timeout") or {}).get("pool")
        try:
            with anyio.fail_after(wait):
                await self._slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout(f"no connection free within {wait:g} s", request=request) from None
        try:
            response = await self._transport.handle_async_request(request)
        except BaseException:
            self._slots.release()
            raise
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_ReleasingStream(cast(httpx.AsyncByteStream, response.stream), self._slots),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._transport.aclose()
