"""Exec sessions in a container (bidirectional), synchronous and asynchronous, and ``run`` helpers.

The wire format is undocumented; what this module does is inferred from the Docker Cloud CLI and
the Go SDK:

* stdin goes to the server as text frames; end of input is the EOT character ``"\\u0004"``;
* output comes as ``{"type": ..., "output": "...", "streamType": "stdout"|"stderr"}`` frames;
* a frame whose ``output`` is exactly ``"EOF"`` marks the end of the command (Go SDK), as does the
  server closing the connection normally.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from types import TracebackType
from typing import Self

from websockets.asyncio.client import ClientConnection as AsyncClientConnection
from websockets.exceptions import ConnectionClosed, ConnectionClosedOK
from websockets.sync.client import ClientConnection

from ..errors import APIConnectionError, APITimeoutError
from ._async import AsyncSocket
from ._sync import SyncSocket
from .decode import decode_exec_frame
from .logs import DEFAULT_HANDSHAKE_RETRY
from .models import ErrorFrame, ExecOutput, LogStreamType, UnknownFrame
from .policy import ReconnectPolicy, StreamOptions, describe_close, error_frame_exception
from .urls import exec_url

__all__ = ["END_OF_INPUT", "END_OF_OUTPUT", "AsyncExecSession", "ExecSession", "arun", "run"]

logger = logging.getLogger("dockercloud_client.streams")

#: Sent by :meth:`ExecSession.close_stdin`: the CLI's end-of-input marker (EOT).
END_OF_INPUT = "\u0004"
#: ``output`` value that marks the end of the command.
END_OF_OUTPUT = "EOF"


def _output(url: str, raw: str | bytes) -> ExecOutput | None | bool:
    """Decode a frame: output to yield, None to skip, True at the end marker; raises on errors."""
    frame = decode_exec_frame(raw)
    if isinstance(frame, ExecOutput):
        return True if frame.output == END_OF_OUTPUT else frame
    if isinstance(frame, ErrorFrame):
        raise error_frame_exception(frame.message, url, frame.raw, frame.is_unauthorized)
    if isinstance(frame, UnknownFrame):
        logger.warning("exec %s: skipped a frame (%s): %.200s", url, frame.reason, frame.text)
    return None


def _stdin_text(data: str | bytes) -> str:
    return data.decode("utf-8") if isinstance(data, bytes) else data


def _collect(outputs: list[ExecOutput], stderr: bool) -> str:
    return "".join(o.output for o in outputs if stderr or o.stream_type != LogStreamType.STDERR)


class ExecSession:
    """A command running in a container: iterate its output, ``send()`` stdin, ``close_stdin()``.

    A context manager; ``close()`` is safe from any thread. ``send`` may be called from another
    thread than the one iterating. Iteration ends when the command ends (end marker or normal
    close by the server) or on ``close()``.

    Attributes:
        url: the stream URL (no credentials).
    """

    def __init__(
        self,
        *,
        url_base: str,
        authorization: str,
        namespace: str | None,
        user_agent: str,
        identifier: str,
        command: str = "sh",
        retry: ReconnectPolicy = DEFAULT_HANDSHAKE_RETRY,
        options: StreamOptions | None = None,
    ) -> None:
        """Prepare the session (nothing is connected yet).

        Args:
            url_base: stream host, e.g. ``wss://ws.cloud.docker.com``.
            authorization: the ``Authorization`` header value.
            namespace: namespace, or None for the authenticated user.
            user_agent: the ``User-Agent`` header value.
            identifier: uuid or resource URI of the container.
            command: the command line (default ``sh``, as documented).
            retry: handshake retries (a 401 is never retried).
            options: websocket settings (keepalive, timeouts).
        """
        self.url = exec_url(url_base, identifier, namespace, command)
        self._socket = SyncSocket(
            self.url, authorization=authorization, user_agent=user_agent, options=options or StreamOptions()
        )
        self._retry = retry
        self._ws: ClientConnection | None = None
        self._finished = False
        self._closed_by_us = False

    @property
    def finished(self) -> bool:
        """Whether the command ended (or the session was closed)."""
        return self._finished or self._socket.closed

    def connect(self) -> None:
        """Open the session now (iteration and ``send`` open it on first use)."""
        if self.finished or self._ws is not None:
            return
        result = self._socket.connect(self._retry)
        if result is not None:
            self._ws = result[0]

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> ExecOutput:
        item = self.next_output()
        if item is None:
            raise StopIteration
        return item

    def next_output(self, timeout: float | None = None) -> ExecOutput | None:
        """The next output frame, or None once the command ended.

        Args:
            timeout: seconds to wait (None: no limit).

        Raises:
            APITimeoutError: nothing arrived within ``timeout``.
            APIConnectionError: the connection was lost abnormally.
            AuthenticationError: the server rejected the credentials.
            StreamServerError: the server sent an error frame.
        """
        while True:
            if self.finished:
                return None
            if self._ws is None:
                self.connect()
                if self._ws is None:
                    return None
            try:
                raw = self._ws.recv(timeout=timeout)
            except TimeoutError:
                raise APITimeoutError(f"no exec output within {timeout:g} s", method="GET", url=self.url) from None
            except ConnectionClosed as exc:
                self._end(exc)
                return None
            try:
                item = _output(self.url, raw)
            except Exception:
                self.close()
                raise
            if item is True:
                self._finished = True
                self._socket.close()
                return None
            if isinstance(item, ExecOutput):
                return item

    def _end(self, exc: ConnectionClosed) -> None:
        closed_by_us = self._closed_by_us
        self._finished = True
        self._ws = None
        self._socket.close()
        if not closed_by_us and not isinstance(exc, ConnectionClosedOK):
            raise APIConnectionError(f"exec session lost: {describe_close(exc)}", method="GET", url=self.url) from exc

    def send(self, data: str | bytes) -> None:
        """Write to the command's stdin (bytes must be UTF-8).

        Raises:
            APIConnectionError: the session already ended.
        """
        self.connect()
        if self._ws is None or self.finished:
            raise APIConnectionError("exec session already ended", method="GET", url=self.url)
        try:
            self._ws.send(_stdin_text(data))
        except ConnectionClosed as exc:
            raise APIConnectionError(f"exec session lost: {describe_close(exc)}", method="GET", url=self.url) from exc

    def close_stdin(self) -> None:
        """Signal the end of stdin (sends EOT, as the CLI does); output keeps flowing."""
        self.send(END_OF_INPUT)

    def read_all(self, timeout: float | None = None, *, stderr: bool = True) -> str:
        """Collect the remaining output until the command ends.

        Args:
            timeout: overall seconds allowed (None: no limit).
            stderr: include stderr output (interleaved in arrival order).

        Raises:
            APITimeoutError: the command did not end within ``timeout``.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        outputs: list[ExecOutput] = []
        while True:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                item = self.next_output(remaining)
            except APITimeoutError:
                self.close()
                raise APITimeoutError(f"exec did not finish within {timeout:g} s", method="GET", url=self.url) from None
            if item is None:
                return _collect(outputs, stderr)
            outputs.append(item)

    def close(self) -> None:
        """End the session: safe from any thread and idempotent."""
        self._closed_by_us = True
        self._socket.close()


class AsyncExecSession:
    """Asynchronous twin of :class:`ExecSession`.

    Attributes:
        url: the stream URL (no credentials).
    """

    def __init__(
        self,
        *,
        url_base: str,
        authorization: str,
        namespace: str | None,
        user_agent: str,
        identifier: str,
        command: str = "sh",
        retry: ReconnectPolicy = DEFAULT_HANDSHAKE_RETRY,
        options: StreamOptions | None = None,
    ) -> None:
        """Prepare the session; the arguments are those of :class:`ExecSession`."""
        self.url = exec_url(url_base, identifier, namespace, command)
        self._socket = AsyncSocket(
            self.url, authorization=authorization, user_agent=user_agent, options=options or StreamOptions()
        )
        self._retry = retry
        self._ws: AsyncClientConnection | None = None
        self._finished = False
        self._closed_by_us = False

    @property
    def finished(self) -> bool:
        """Whether the command ended (or the session was closed)."""
        return self._finished or self._socket.closed

    async def connect(self) -> None:
        """Open the session now (iteration and ``send`` open it on first use)."""
        if self.finished or self._ws is not None:
            return
        result = await self._socket.connect(self._retry)
        if result is not None:
            self._ws = result[0]

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> ExecOutput:
        item = await self.next_output()
        if item is None:
            raise StopAsyncIteration
        return item

    async def next_output(self, timeout: float | None = None) -> ExecOutput | None:
        """The next output frame, or None once the command ended (see ``ExecSession.next_output``)."""
        while True:
            if self.finished:
                return None
            if self._ws is None:
                await self.connect()
                if self._ws is None:
                    return None
            try:
                raw = await self._ws.recv() if timeout is None else await _wait(self._ws, timeout)
            except TimeoutError:
                raise APITimeoutError(f"no exec output within {timeout:g} s", method="GET", url=self.url) from None
            except ConnectionClosed as exc:
                await self._end(exc)
                return None
            try:
                item = _output(self.url, raw)
            except Exception:
                await self.aclose()
                raise
            if item is True:
                self._finished = True
                await self._socket.aclose()
                return None
            if isinstance(item, ExecOutput):
                return item

    async def _end(self, exc: ConnectionClosed) -> None:
        closed_by_us = self._closed_by_us
        self._finished = True
        self._ws = None
        await self._socket.aclose()
        if not closed_by_us and not isinstance(exc, ConnectionClosedOK):
            raise APIConnectionError(f"exec session lost: {describe_close(exc)}", method="GET", url=self.url) from exc

    async def send(self, data: str | bytes) -> None:
        """Write to the command's stdin (bytes must be UTF-8)."""
        await self.connect()
        if self._ws is None or self.finished:
            raise APIConnectionError("exec session already ended", method="GET", url=self.url)
        try:
            await self._ws.send(_stdin_text(data))
        except ConnectionClosed as exc:
            raise APIConnectionError(f"exec session lost: {describe_close(exc)}", method="GET", url=self.url) from exc

    async def close_stdin(self) -> None:
        """Signal the end of stdin (sends EOT, as the CLI does); output keeps flowing."""
        await self.send(END_OF_INPUT)

    async def read_all(self, timeout: float | None = None, *, stderr: bool = True) -> str:
        """Collect the remaining output until the command ends (see ``ExecSession.read_all``)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        outputs: list[ExecOutput] = []
        while True:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                item = await self.next_output(remaining)
            except APITimeoutError:
                await self.aclose()
                raise APITimeoutError(f"exec did not finish within {timeout:g} s", method="GET", url=self.url) from None
            if item is None:
                return _collect(outputs, stderr)
            outputs.append(item)

    async def aclose(self) -> None:
        """End the session (idempotent)."""
        self._closed_by_us = True
        await self._socket.aclose()


async def _wait(ws: AsyncClientConnection, timeout: float) -> str | bytes:
    return await asyncio.wait_for(ws.recv(), timeout)


def run(
    session: ExecSession, *, timeout: float | None = 60.0, stdin: str | bytes | None = None, stderr: bool = True
) -> str:
    """Run a session to completion and return its output.

    Sends ``stdin`` (if any) then end-of-input, as the CLI does in non-interactive mode, and
    collects stdout (and stderr, unless ``stderr=False``) in arrival order.

    Args:
        session: a fresh session (see ``Streams.exec``).
        timeout: overall seconds allowed (None: no limit).
        stdin: input for the command.
        stderr: include stderr.

    Raises:
        APITimeoutError: the command did not end in time (the session is closed).
    """
    with session:
        if stdin:
            session.send(stdin)
        # The command may already have ended and the server closed the socket: its output is
        # still buffered and read below.
        with contextlib.suppress(APIConnectionError):
            session.close_stdin()
        return session.read_all(timeout, stderr=stderr)


async def arun(
    session: AsyncExecSession, *, timeout: float | None = 60.0, stdin: str | bytes | None = None, stderr: bool = True
) -> str:
    """Asynchronous twin of :func:`run`."""
    async with session:
        if stdin:
            await session.send(stdin)
        with contextlib.suppress(APIConnectionError):
            await session.close_stdin()
        return await session.read_all(timeout, stderr=stderr)
