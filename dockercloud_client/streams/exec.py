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
import threading
from typing import Any, TypeVar

from websockets.asyncio.client import ClientConnection as AsyncClientConnection
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection

from ..errors import APIConnectionError, APITimeoutError
from ._async import AsyncOneShot, AsyncSocket
from ._common import ConnectionT, Deadline, OneShotState, SocketBase, check_frame
from ._sync import SyncOneShot, SyncSocket
from .decode import decode_exec_frame
from .models import ExecOutput, LogStreamType
from .policy import StreamSettings
from .urls import exec_url

__all__ = ["END_OF_INPUT", "END_OF_OUTPUT", "AsyncExecSession", "ExecSession", "arun", "run"]

_SocketT = TypeVar("_SocketT", bound=SocketBase[Any])

#: Sent by :meth:`ExecSession.close_stdin`: the CLI's end-of-input marker (EOT).
END_OF_INPUT = "\u0004"
#: ``output`` value that marks the end of the command.
END_OF_OUTPUT = "EOF"


def _output(url: str, raw: str | bytes) -> ExecOutput | None | bool:
    """Decode a frame: output to yield, None to skip, True at the end marker; raises on errors."""
    frame = decode_exec_frame(raw)
    if isinstance(frame, ExecOutput):
        return True if frame.output == END_OF_OUTPUT else frame
    check_frame("exec", url, frame)
    return None


def _stdin_text(data: str | bytes) -> str:
    return data.decode("utf-8") if isinstance(data, bytes) else data


def _collect(outputs: list[ExecOutput], stderr: bool) -> str:
    return "".join(o.output for o in outputs if stderr or o.stream_type != LogStreamType.STDERR)


class _ExecSessionBase(OneShotState[_SocketT, ConnectionT]):
    """What :class:`ExecSession` and :class:`AsyncExecSession` share: arguments, URL and state."""

    _what = "exec session"

    def __init__(self, settings: StreamSettings, identifier: str, command: str = "sh") -> None:
        """Prepare the session (nothing is connected yet).

        Args:
            settings: host, credentials, namespace, user agent, websocket options and handshake retries.
            identifier: uuid or resource URI of the container.
            command: the command line (default ``sh``, as documented).
        """
        self._prepare(exec_url(settings.url_base, identifier, settings.namespace, command), settings)

    @property
    def finished(self) -> bool:
        """Whether the command ended (or the session was closed)."""
        return self._over()

    def _decode(self, raw: str | bytes) -> ExecOutput | None | bool:
        """Decode a frame (see :func:`_output`); at the end marker, mark the session finished."""
        item = _output(self.url, raw)
        if item is True:
            self._finished = True
        return item

    def _ended_error(self) -> APIConnectionError:
        return APIConnectionError("exec session already ended", method="GET", url=self.url)

    def _send_failed(self, exc: ConnectionClosed) -> APIConnectionError:
        """The error of a send that failed: the session ended (or was closed meanwhile), or was lost."""
        return self._ended_error() if self._socket.closed else self._lost(exc)

    def _stdin_timeout(self) -> APITimeoutError:
        return APITimeoutError(f"stdin not taken within {self._deadline.timeout:g} s", method="GET", url=self.url)

    def _unfinished_error(self, timeout: float | None) -> APITimeoutError:
        return APITimeoutError(f"exec did not finish within {timeout:g} s", method="GET", url=self.url)


class ExecSession(_ExecSessionBase[SyncSocket, ClientConnection], SyncOneShot):
    """A command running in a container: iterate its output, ``send()`` stdin, ``close_stdin()``.

    A context manager; ``close()`` is safe from any thread. ``send`` may be called from another
    thread than the one iterating. Iteration ends when the command ends (end marker or normal
    close by the server) or on ``close()``.

    Attributes:
        url: the stream URL (no credentials).
    """

    def connect(self) -> None:
        """Open the session now (iteration and ``send`` open it on first use)."""
        self._connect()

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
                raw = self._recv(timeout, "no exec output", end=False)
            except ConnectionClosed as exc:
                self._end(exc)
                return None
            try:
                item = self._decode(raw)
            except Exception:
                self.close()
                raise
            if item is True:
                self._socket.close()
                return None
            if isinstance(item, ExecOutput):
                return item

    def send(self, data: str | bytes) -> None:
        """Write to the command's stdin (bytes must be UTF-8).

        Raises:
            APIConnectionError: the session already ended or was closed (also by ``close()`` from
                another thread while this send waited for a server that does not read), or the
                connection was lost.
            APITimeoutError: the session's deadline (see ``limit``) passed while the send waited for
                a server that does not read; the session is closed.
        """
        self.connect()
        if self.finished:
            raise self._ended_error()
        text = _stdin_text(data)
        # Within the session's deadline (see ``limit``), a send blocked by a server that does not read
        # is ended by closing the session.
        left = self._deadline.remaining()
        timer = None if left is None else threading.Timer(left, self._close)
        try:
            with self._socket.sending() as ws:
                if timer is not None:
                    timer.daemon = True
                    timer.start()
                ws.send(text)
        except ConnectionClosed as exc:
            if self._deadline.remaining() == 0:
                raise self._stdin_timeout() from None
            raise self._send_failed(exc) from exc
        finally:
            if timer is not None:
                timer.cancel()

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
        deadline = Deadline(timeout)
        outputs: list[ExecOutput] = []
        while True:
            try:
                item = self.next_output(deadline.remaining())
            except APITimeoutError:
                self.limit(0.0)  # the time is up: close without waiting for the server's answer
                self.close()
                raise self._unfinished_error(timeout) from None
            if item is None:
                return _collect(outputs, stderr)
            outputs.append(item)

    def close(self) -> None:
        """End the session: safe from any thread and idempotent."""
        self._close()


class AsyncExecSession(_ExecSessionBase[AsyncSocket, AsyncClientConnection], AsyncOneShot):
    """Asynchronous twin of :class:`ExecSession`.

    Attributes:
        url: the stream URL (no credentials).
    """

    async def connect(self) -> None:
        """Open the session now (iteration and ``send`` open it on first use)."""
        await self._connect()

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
                raw = await self._recv(timeout, "no exec output", end=False)
            except ConnectionClosed as exc:
                await self._end(exc)
                return None
            try:
                item = self._decode(raw)
            except Exception:
                await self.aclose()
                raise
            if item is True:
                await self._socket.aclose()
                return None
            if isinstance(item, ExecOutput):
                return item

    async def send(self, data: str | bytes) -> None:
        """Write to the command's stdin (bytes must be UTF-8)."""
        await self.connect()
        if self.finished:
            raise self._ended_error()
        text = _stdin_text(data)
        try:
            with self._socket.sending() as ws:
                try:  # within the session's deadline (see ``limit``): see ``ExecSession.send``
                    await asyncio.wait_for(ws.send(text), self._deadline.remaining())
                except TimeoutError:
                    # Part of a frame may be out: closing while still "sending" aborts the connection.
                    await self._aclose(close_timeout=0.0)
                    raise self._stdin_timeout() from None
        except ConnectionClosed as exc:
            raise self._send_failed(exc) from exc
        if self._socket.closed:  # aborted by aclose(): websockets returns as if sent, yet nothing was
            raise self._ended_error()

    async def close_stdin(self) -> None:
        """Signal the end of stdin (sends EOT, as the CLI does); output keeps flowing."""
        await self.send(END_OF_INPUT)

    async def read_all(self, timeout: float | None = None, *, stderr: bool = True) -> str:
        """Collect the remaining output until the command ends (see ``ExecSession.read_all``)."""
        deadline = Deadline(timeout)
        outputs: list[ExecOutput] = []
        while True:
            try:
                item = await self.next_output(deadline.remaining())
            except APITimeoutError:
                self.limit(0.0)
                await self.aclose()
                raise self._unfinished_error(timeout) from None
            if item is None:
                return _collect(outputs, stderr)
            outputs.append(item)

    async def aclose(self) -> None:
        """End the session (idempotent)."""
        await self._aclose()


def run(
    session: ExecSession, *, timeout: float | None = 60.0, stdin: str | bytes | None = None, stderr: bool = True
) -> str:
    """Run a session to completion and return its output.

    Sends ``stdin`` (if any) then end-of-input, as the CLI does in non-interactive mode, and
    collects stdout (and stderr, unless ``stderr=False``) in arrival order.

    Args:
        session: a fresh session (``ExecSession(settings, container, command)``).
        timeout: overall seconds allowed (None: no limit).
        stdin: input for the command.
        stderr: include stderr.

    Raises:
        APITimeoutError: the command did not end in time (the session is closed). The timeout
            bounds everything: connecting, sending stdin (to a server that does not read it),
            running, and closing.
    """
    session.limit(timeout)
    with session:
        # The command may already have ended and the server closed the socket (a command that does
        # not read stdin): its output is still buffered and read below, which also raises for a
        # connection that was lost rather than closed.
        try:
            if stdin:
                session.send(stdin)
            session.close_stdin()
        except APITimeoutError:
            raise session._unfinished_error(timeout) from None
        except APIConnectionError:
            pass
        return session.read_all(timeout, stderr=stderr)


async def arun(
    session: AsyncExecSession, *, timeout: float | None = 60.0, stdin: str | bytes | None = None, stderr: bool = True
) -> str:
    """Asynchronous twin of :func:`run`."""
    session.limit(timeout)
    async with session:
        try:  # see run()
            if stdin:
                await session.send(stdin)
            await session.close_stdin()
        except APITimeoutError:
            raise session._unfinished_error(timeout) from None
        except APIConnectionError:
            pass
        return await session.read_all(timeout, stderr=stderr)
