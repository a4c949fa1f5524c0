"""The HTTP client that ``Client`` and ``AsyncClient`` build for themselves: requests go straight to the transport.

Why not ``httpx.Client``: its per-request machinery (merging client-wide URL, headers, cookies and query;
the auth, redirect and event-hook loops; a cookie jar that re-parses every response's URL with urllib)
costs more than the rest of a call, typed decoding included (on ``httpx.MockTransport``, ``httpx.Client.get``
took about 2.4x what building the ``httpx.Request`` and handing it to the transport did; ``make bench`` has
the per-request row). This client needs none of it: the runtime sets every header itself
(credentials included), never follows a redirect (a 3xx is an error), keeps no cookies (the API
authenticates each request by its ``Authorization`` header, so a cookie a server sets is neither kept nor
sent back) and has no hooks. What it keeps from httpx is what matters: ``httpx.Request`` (URL, query,
JSON body, ``Host`` and ``Content-Length``), the transports (connection pool, TLS, retries, size limit and
deadline: ``_transport.py``; the proxy the environment names, ``_config.resolve_proxy``), the ``timeout``
extension and httpx's exceptions.

Requests are logged on ``dockercloud_client.http`` (``_logging``), not on httpx's own logger. An
``http_client=`` given to ``Client`` or ``AsyncClient`` is used as is instead, with its own hooks,
cookies, auth and proxies (and without the client's retries and bounds).
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Mapping
from typing import Any

import httpx

from .errors import ClientClosedError

__all__ = ["AsyncDirectHTTP", "DirectHTTP"]

#: The headers ``httpx.Client`` would add that the runtime does not set itself (it sets ``Accept``,
#: ``User-Agent`` and ``Authorization``); the retrying transport decodes these two itself, within the size limit.
DEFAULT_HEADERS = {"Accept-Encoding": "gzip, deflate", "Connection": "keep-alive"}


class _Direct:
    """What both clients share: the default timeout and building each request."""

    def __init__(self, timeout: httpx.Timeout) -> None:
        self._timeout = timeout.as_dict()
        self.is_closed = False

    def _build(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        timeout: float | httpx.Timeout | None = None,
        extensions: Mapping[str, Any] | None = None,
        **body: Any,
    ) -> httpx.Request:
        """The request ``httpx.Client.request`` would send with these arguments (``body``: params, json, ...)."""
        if self.is_closed:
            raise ClientClosedError("Cannot send a request, as the client has been closed.")
        limits = self._timeout if timeout is None else httpx.Timeout(timeout).as_dict()
        given = {name.lower() for name in headers}  # header names are case-insensitive
        defaults = {name: value for name, value in DEFAULT_HEADERS.items() if name.lower() not in given}
        return httpx.Request(
            method,
            url,
            headers=defaults | dict(headers),
            extensions={"timeout": limits, **(extensions or {})},
            **body,
        )


def _answered(response: httpx.Response, request: httpx.Request, started: float) -> httpx.Response:
    """The response with what ``httpx.Client`` would have set: its request and ``elapsed`` (body read included)."""
    response.request = request
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    return response


class DirectHTTP(_Direct):
    """Sends each request to ``transport`` as built, with no ``httpx.Client`` in between.

    Args:
        transport: the transport that sends requests and reads their bodies (the retrying one).
        timeout: the timeout of a request that gives none.
    """

    def __init__(self, transport: httpx.BaseTransport, timeout: httpx.Timeout) -> None:
        super().__init__(timeout)
        self._transport = transport

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send one request (the keywords of ``httpx.Client.request`` that the runtime uses)."""
        request = self._build(method, url, **kwargs)
        started = time.perf_counter()
        response = self._transport.handle_request(request)
        return _answered(response, request, started)

    def close(self) -> None:
        """Close the transport (its connections); later requests raise ``ClientClosedError``."""
        if not self.is_closed:
            self.is_closed = True
            self._transport.close()


class AsyncDirectHTTP(_Direct):
    """The asyncio twin of :class:`DirectHTTP`.

    Args:
        transport: the transport that sends requests and reads their bodies (the retrying one).
        timeout: the timeout of a request that gives none.
    """

    def __init__(self, transport: httpx.AsyncBaseTransport, timeout: httpx.Timeout) -> None:
        super().__init__(timeout)
        self._transport = transport

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send one request (the keywords of ``httpx.AsyncClient.request`` that the runtime uses)."""
        request = self._build(method, url, **kwargs)
        started = time.perf_counter()
        response = await self._transport.handle_async_request(request)
        return _answered(response, request, started)

    async def aclose(self) -> None:
        """Close the transport (its connections); later requests raise ``ClientClosedError``."""
        if not self.is_closed:
            self.is_closed = True
            await self._transport.aclose()
