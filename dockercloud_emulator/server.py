"""Run the emulator with uvicorn in a background thread on a pre-bound loopback socket.

>>> with run_emulator() as emu:                       # doctest: +SKIP
...     httpx.get(emu.rest_url + "/api/infra/v1/provider/", headers={"Authorization": emu.auth_header})
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import uvicorn

from .app import EmulatorApp, create_app
from .auth import admin_header, basic_header
from .connections import guarded_protocol
from .environment import client_environment
from .limits import Limits
from .redaction import RedactingFilter, secrets_of
from .state import EmulatorConfig

if TYPE_CHECKING:
    import httpx

START_TIMEOUT = 10.0
#: Largest request head (request line and headers) in bytes; larger → 400.
MAX_HEAD_BYTES = 16 * 1024


class NonLoopbackRefused(ValueError):
    """Raised when asked to bind a non-loopback address without ``allow_non_loopback``."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` names only loopback addresses."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind_socket(host: str, port: int, allow_non_loopback: bool = False) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0 = ephemeral)."""
    if not is_loopback(host) and not allow_non_loopback:
        raise NonLoopbackRefused(
            f"refusing to listen on non-loopback address {host!r}; pass --allow-non-loopback to do it anyway"
        )
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must be IPPROTO_TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto says TCP, and
    # without it every response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((("127.0.0.1" if host == "localhost" else host), port))
    sock.listen(512)
    sock.setblocking(False)
    return sock


@dataclass
class EmulatorHandle:
    """A running emulator: its URLs, demo credentials and admin helpers."""

    host: str
    port: int
    app: EmulatorApp
    username: str
    apikey: str
    _server: uvicorn.Server | None = field(default=None, repr=False)

    @property
    def rest_url(self) -> str:
        """``http://host:port`` (the REST host)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def stream_url(self) -> str:
        """``ws://host:port`` (the Stream host; same port as REST)."""
        return "ws" + self.rest_url[len("http") :]

    @property
    def auth_header(self) -> str:
        """``Basic ...`` value for the demo (first) account, the ``DOCKERCLOUD_AUTH`` form."""
        return basic_header(self.username, self.apikey)

    def client_environment(self) -> dict[str, str]:
        """The ``DOCKERCLOUD_*`` variables that point ``Client()`` at this emulator (demo account)."""
        return client_environment(
            user=self.username, apikey=self.apikey, rest_url=self.rest_url, stream_url=self.stream_url
        )

    def auth_for(self, user: str) -> str:
        """``Basic ...`` value for another configured account."""
        return basic_header(user, self.app.state.accounts.users[user])

    @property
    def admin_token(self) -> str:
        """The token of the admin endpoints (``/_emulator/...``), sent as ``Authorization: Bearer <token>``."""
        return self.app.state.config.admin_token

    def _admin(self, method: str, path: str, body: Any = None) -> httpx.Response:
        import httpx  # here, not at the top: the emulator's own process never needs a client (~0.3 s to import)

        headers = {"Authorization": admin_header(self.admin_token)}
        with httpx.Client(base_url=self.rest_url, timeout=10.0, headers=headers) as client:
            response = client.request(method, path, json=body)
        response.raise_for_status()
        return response

    def inject_fault(
        self,
        path: str = "*",
        kind: str = "status",
        *,
        count: int = 1,
        method: str | None = None,
        status: int = 503,
        retry_after: float | None = None,
        delay: float = 1.0,
        after_messages: int = 0,
    ) -> dict[str, Any]:
        """Add a fault rule (see :mod:`dockercloud_emulator.faults`); returns its description.

        ``path`` is a path prefix, or a glob (``*`` any characters, ``?`` one) matched against the whole path.
        """
        body: dict[str, Any] = {
            "path": path,
            "kind": kind,
            "count": count,
            "status": status,
            "delay": delay,
            "after_messages": after_messages,
        }
        if method is not None:
            body["method"] = method
        if retry_after is not None:
            body["retry_after"] = retry_after
        result: dict[str, Any] = self._admin("POST", "/_emulator/faults/", body).json()
        return result

    def clear_faults(self) -> None:
        """Remove every fault rule."""
        self._admin("DELETE", "/_emulator/faults/")

    def reset(self) -> None:
        """Restore the seeded state."""
        self._admin("POST", "/_emulator/reset/")


class EmulatorServer:
    """uvicorn serving one :class:`EmulatorApp` from a background thread."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        accounts: Iterable[tuple[str, str]] = (),
        orgs: Iterable[tuple[str, Iterable[str]]] = (),
        step_seconds: float = 0.0,
        allow_non_loopback: bool = False,
        log_level: str = "warning",
        limits: Limits | None = None,
        admin_token: str | None = None,
    ) -> None:
        self.config = EmulatorConfig.create(accounts, orgs, step_seconds, limits, admin_token)
        limits = self.config.limits
        self.app = create_app(self.config)
        self.sock = bind_socket(host, port, allow_non_loopback)
        self.host = host if host != "localhost" else "127.0.0.1"
        self.port: int = self.sock.getsockname()[1]
        self.server = uvicorn.Server(
            uvicorn.Config(
                self.app,
                log_level=log_level,
                lifespan="on",
                ws="websockets-sansio",
                http=guarded_protocol(limits.head_timeout),
                timeout_keep_alive=limits.keep_alive,
                h11_max_incomplete_event_size=MAX_HEAD_BYTES,
                ws_max_size=limits.max_body_bytes,
                timeout_graceful_shutdown=2,
                ws_ping_interval=None,
                access_log=False,
            )
        )
        self.thread = threading.Thread(target=self._serve, name=f"dockercloud-emulator-{self.port}", daemon=True)
        # after uvicorn.Config, which (re)configures the uvicorn loggers
        self.redactor = RedactingFilter(secrets_of(self.app.state.accounts.users.items(), self.config.admin_token))
        self.redactor.install()
        self.error: BaseException | None = None

    def _serve(self) -> None:
        try:
            self.server.run(sockets=[self.sock])
        except BaseException as exc:  # reported by start()
            self.error = exc

    def start(self, timeout: float = START_TIMEOUT) -> EmulatorHandle:
        """Start serving; waits (bounded) until uvicorn reports it has started."""
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if self.error is not None or not self.thread.is_alive():
                raise RuntimeError(f"emulator failed to start: {self.error!r}")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"emulator did not start within {timeout} s")
            time.sleep(0.01)
        user, apikey = next(iter(self.app.state.accounts.users.items()))
        return EmulatorHandle(self.host, self.port, self.app, user, apikey, self.server)

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to exit and wait (bounded) for the thread."""
        self.server.should_exit = True
        if self.thread.is_alive():
            self.thread.join(timeout)
        if self.thread.is_alive():
            self.server.force_exit = True
            self.thread.join(timeout)
        with contextlib.suppress(OSError):
            self.sock.close()
        self.redactor.uninstall()


@contextlib.contextmanager
def run_emulator(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    accounts: Iterable[tuple[str, str]] = (),
    orgs: Iterable[tuple[str, Iterable[str]]] = (),
    step_seconds: float = 0.0,
    allow_non_loopback: bool = False,
    log_level: str = "warning",
    limits: Limits | None = None,
    admin_token: str | None = None,
) -> Iterator[EmulatorHandle]:
    """Start an emulator on an ephemeral loopback port in a background thread; yields its handle.

    ``limits`` bounds request sizes, nesting, waits and event queues (default :class:`Limits`).
    ``admin_token`` guards ``/_emulator/...`` (default: a random one, ``handle.admin_token``).
    """
    server = EmulatorServer(
        host,
        port,
        accounts=accounts,
        orgs=orgs,
        step_seconds=step_seconds,
        allow_non_loopback=allow_non_loopback,
        log_level=log_level,
        limits=limits,
        admin_token=admin_token,
    )
    handle = server.start()
    try:
        yield handle
    finally:
        server.stop()
