"""``Client`` and ``AsyncClient``: settings, the HTTP connection pool and the resource groups.

The resource groups come from the spec: ``dockercloud_api.client.ResourceGroups`` (generated, one
attribute per tag) creates them all; the clients below only replace the groups that
``_resources`` extends by hand (streams, ``find``, ``wait``, ``triggers.call(count=)``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import anyio
import httpx

from dockercloud_api.client import (
    AsyncResourceGroups,
    AsyncResourceGroupsWithRawResponse,
    ResourceGroups,
    ResourceGroupsWithRawResponse,
)
from dockercloud_api.models.action import Action
from dockercloud_api.operations import OPERATIONS

from ._config import (
    DEFAULT_CREDENTIAL_HELPER_TIMEOUT,
    Credentials,
    checked_timeout,
    resolve_credentials,
    resolve_namespace,
    resolve_proxy,
    resolve_rest_host,
    resolve_stream_host,
    user_agent,
)
from ._deadline import sync_transport
from ._http import AsyncDirectHTTP, DirectHTTP
from ._logging import configure_from_env
from ._pool import AsyncBoundedTransport, AsyncLanes
from ._resources import (
    Actions,
    AsyncActions,
    AsyncContainers,
    AsyncEvents,
    AsyncServices,
    AsyncTriggers,
    Containers,
    Events,
    Services,
    Triggers,
)
from ._runtime import AsyncRuntime, Settings, SyncRuntime
from ._transport import DEFAULT_MAX_RESPONSE_SIZE, AsyncRetryTransport, RetryPolicy, RetryTransport
from .errors import ConfigurationError
from .streams import StreamOptions, StreamSettings

_CONSTRUCTOR_DOC = """
    Every setting is resolved once, here (never at import): an explicit argument wins, then the
    environment (``environ``, default ``os.environ``), then ``~/.docker/config.json``.

    Credentials, first complete source wins (see ``resolve_credentials``):

    1. ``auth`` (a complete ``Authorization`` value), else ``user`` + ``apikey`` or ``password``;
    2. ``DOCKERCLOUD_AUTH``, used verbatim;
    3. ``DOCKERCLOUD_USER`` + ``DOCKERCLOUD_APIKEY`` (or ``DOCKERCLOUD_PASS``);
    4. ``$DOCKER_CONFIG/config.json`` or ``<home>/.docker/config.json``: the credential helper
       (``credHelpers`` / ``credsStore``, run as ``docker-credential-<name> get``), then the
       ``auths["https://index.docker.io/v1/"]`` entry.

    Nothing found raises ``CredentialsError`` naming every place looked at.

    Args:
        user: Docker ID.
        apikey: API key of ``user``.
        password: password of ``user``.
        auth: a complete ``Authorization`` header value.
        namespace: user or organisation for namespaced operations; else ``DOCKERCLOUD_NAMESPACE``;
            else the authenticated user.
        rest_host: REST URL; else ``DOCKERCLOUD_REST_HOST``; else ``https://cloud.docker.com``.
        stream_host: Stream API URL; else ``DOCKERCLOUD_STREAM_HOST``, ``DOCKERCLOUD_STREAM_URL``;
            else ``wss://ws.cloud.docker.com``. Used by ``events.stream()``, ``containers.logs()``,
            ``containers.exec()``, ``containers.run()``, ``services.logs()`` and ``actions.logs()``,
            which send the same credentials, user agent and namespace as the REST calls.
        stream_options: websocket settings of those streams (keepalive, timeouts, proxy).
        timeout: seconds, or an ``httpx.Timeout``; default 10 s to connect and 60 s per read.
        max_retries: retries of idempotent requests and of connections that failed (default 2).
            One call never takes longer than the timeout (its longest part: 60 s by default) times
            the number of attempts, retries and waits included.
        max_response_size: largest response body accepted, in bytes once decoded (default 64 MiB);
            a larger one raises ``ResponseTooLargeError`` while it is read. None: no limit.
        user_agent: a product token put before ``dockercloud-client/<v> python/<v>``.
        http_client: an httpx client to use as is (not closed by ``close()``; no retries added).
        transport: an httpx transport to send through (wrapped with the retries). By default
            ``AsyncClient`` keeps 20 connections in lanes of one and sends 20 requests at once (also
            through a given ``transport``); the others wait in line (``dockercloud_client._pool`` says
            why). ``Client`` uses httpx's pool.
        environ: the environment to read instead of ``os.environ`` (``DOCKERCLOUD_LOG=debug`` or
            ``info`` there turns on the client's log handler, see ``dockercloud_client._logging``).
        home: the folder holding ``.docker/config.json`` instead of the user's home.
        credential_helper_timeout: seconds a ``docker-credential-*`` program may run (default 10).
        strict: refuse responses that lack an attribute the spec documents as always sent (default:
            tolerant decoding, see the README's "Decoding"); a present attribute of the wrong type is
            refused either way (``ResponseValidationError``).
        sleep: the function used to wait between retries and action polls (for tests).
        clock: a monotonic clock in seconds for action timeouts and call deadlines (for tests).

    Raises:
        CredentialsError: no credentials were found.
        ConfigurationError: a host or the namespace is malformed.
"""


def _resolve(
    *,
    user: str | None,
    apikey: str | None,
    password: str | None,
    auth: str | None,
    namespace: str | None,
    rest_host: str | None,
    stream_host: str | None,
    user_agent_prefix: str | None,
    environ: Mapping[str, str] | None,
    home: str | os.PathLike[str] | None,
    credential_helper_timeout: float,
    strict: bool,
) -> tuple[Settings, str, str | None]:
    env: Mapping[str, str] = os.environ if environ is None else environ
    configure_from_env(env)
    credentials: Credentials = resolve_credentials(
        user=user,
        apikey=apikey,
        password=password,
        auth=auth,
        environ=env,
        home=Path(home) if home is not None else None,
        helper_timeout=credential_helper_timeout,
    )
    rest = resolve_rest_host(rest_host, env)
    settings = Settings(
        rest_host=rest,
        credentials=credentials,
        user_agent=user_agent(user_agent_prefix),
        namespace=resolve_namespace(namespace, env),
        operations=OPERATIONS,
        action_from_dict=Action.from_dict,
        strict=strict,
    )
    return settings, resolve_stream_host(stream_host, env), resolve_proxy(rest, env)


RuntimeT = TypeVar("RuntimeT", SyncRuntime, AsyncRuntime)


class _Common(Generic[RuntimeT]):
    """What ``Client`` and ``AsyncClient`` share: settings, properties and namespace copies."""

    _settings: Settings
    _stream_host: str
    _stream_options: StreamOptions
    _owns_http: bool
    _retrying: bool
    _runtime: RuntimeT

    def _configure(
        self, resolved: tuple[Settings, str, str | None], stream_options: StreamOptions | None, owns_http: bool
    ) -> str | None:
        """Keep what ``_resolve`` found and the stream options; return the proxy (only the new pool uses it)."""
        self._settings, self._stream_host, proxy = resolved
        self._stream_options = stream_options or StreamOptions()
        self._owns_http = owns_http
        # Only a pool the client built itself has the retrying transport that with_options can steer.
        self._retrying = owns_http
        return proxy

    def _attach(self, runtime: RuntimeT) -> None:
        raise NotImplementedError

    def _streams(self, settings: Settings) -> StreamSettings:
        """The stream settings for a runtime's settings (namespace included)."""
        return StreamSettings(
            url_base=self._stream_host,
            authorization=settings.credentials.authorization,
            namespace=settings.namespace,
            user_agent=settings.user_agent,
            options=self._stream_options,
        )

    def with_namespace(self, namespace: str | None) -> Self:
        """A client for another namespace sharing this one's connection pool and credentials.

        Closing it does nothing; close the original client.
        """
        return self._derived(replace(self._settings, namespace=resolve_namespace(namespace or "", {})))

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client with other REST timeouts or retries, sharing this one's connection pool.

        Like ``with_namespace``, closing the copy does nothing. Streams keep their own settings
        (``stream_options``). A per-call ``timeout=`` still wins over the copy's.

        Example::

            patient = client.with_options(timeout=120, max_retries=5)
            patient.services.list()

        Args:
            timeout: seconds, or an ``httpx.Timeout``, for every request; None keeps the current one.
            max_retries: retries of idempotent requests and failed connections (see the README);
                None keeps the current count. With an injected ``http_client`` there is no retrying
                transport to apply it to, so it raises.

        Raises:
            ConfigurationError: ``max_retries`` is negative, or given with an injected ``http_client``.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = checked_timeout(timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise ConfigurationError(f"max_retries must be 0 or more, not {max_retries}")
            if not self._retrying:
                raise ConfigurationError("max_retries cannot be changed on a client built with http_client=")
            changes["max_retries"] = max_retries
        return self._derived(replace(self._settings, **changes))

    def _derived(self, settings: Settings) -> Self:
        """A copy bound to other settings, sharing the connection pool (it never closes it)."""
        clone = object.__new__(type(self))
        clone._stream_host = self._stream_host
        clone._stream_options = self._stream_options
        clone._owns_http = False
        clone._retrying = self._retrying
        clone._settings = settings
        clone._attach(self._runtime.derive(settings))
        return clone

    @property
    def namespace(self) -> str | None:
        """The namespace applied to namespaced operations (None: the authenticated user's)."""
        return self._settings.namespace

    @property
    def rest_host(self) -> str:
        """The REST base URL."""
        return self._settings.rest_host

    @property
    def stream_host(self) -> str:
        """The Stream API base URL (``ws://`` or ``wss://``)."""
        return self._stream_host

    @property
    def user(self) -> str | None:
        """The user name of the credentials, when known."""
        return self._settings.credentials.user

    @property
    def credentials_source(self) -> str:
        """Where the credentials were found (e.g. ``"DOCKERCLOUD_AUTH"``); never the secret."""
        return self._settings.credentials.source

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(rest_host={self.rest_host!r}, namespace={self.namespace!r}, "
            f"user={self.user!r}, credentials={self.credentials_source!r})"
        )


class Client(_Common[SyncRuntime], ResourceGroups):
    __doc__ = "Docker Cloud REST client (blocking).\n" + _CONSTRUCTOR_DOC

    # The groups _resources extends by hand; every other group is as ResourceGroups declares it.
    actions: Actions
    events: Events
    services: Services
    containers: Containers
    triggers: Triggers

    def __init__(
        self,
        *,
        user: str | None = None,
        apikey: str | None = None,
        password: str | None = None,
        auth: str | None = None,
        namespace: str | None = None,
        rest_host: str | None = None,
        stream_host: str | None = None,
        stream_options: StreamOptions | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        user_agent: str | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        environ: Mapping[str, str] | None = None,
        home: str | os.PathLike[str] | None = None,
        credential_helper_timeout: float = DEFAULT_CREDENTIAL_HELPER_TIMEOUT,
        strict: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        resolved = _resolve(
            user=user, apikey=apikey, password=password, auth=auth, namespace=namespace,
            rest_host=rest_host, stream_host=stream_host, user_agent_prefix=user_agent,
            environ=environ, home=home, credential_helper_timeout=credential_helper_timeout, strict=strict,
        )  # fmt: skip
        proxy = self._configure(resolved, stream_options, owns_http=http_client is None)
        if http_client is None:
            policy = RetryPolicy(max_retries=max_retries, max_response_size=max_response_size)
            retrying = RetryTransport(transport or sync_transport(proxy), policy, sleep=sleep, clock=clock)
            http: DirectHTTP | httpx.Client = DirectHTTP(retrying, checked_timeout(timeout))
        else:
            http = http_client
        self._attach(SyncRuntime(self._settings, http, sleep=sleep, clock=clock))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client configured from the environment only (``os.environ`` by default)."""
        return cls(environ=environ, **kwargs)

    def _attach(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self._attach_groups(runtime)
        streams = self._streams(runtime.settings)
        self.actions = Actions(runtime, streams)
        self.events = Events(streams)
        self.services = Services(runtime, streams)
        self.containers = Containers(runtime, streams)
        self.triggers = Triggers(runtime)

    @property
    def with_raw_response(self) -> ResourceGroupsWithRawResponse:
        """Every REST operation answering its HTTP response: ``client.with_raw_response.services.get(uuid)``.

        Returns:
            The resource groups, whose methods take the same arguments (but no ``wait=``) and return a
            ``RawResponse`` (``status_code``, ``headers``, ``http_response``, ``parse()``).
        """
        return ResourceGroupsWithRawResponse(self._runtime)

    def close(self) -> None:
        """Close the connection pool (unless it was injected or is shared with another client)."""
        if self._owns_http:
            self._runtime.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_Common[AsyncRuntime], AsyncResourceGroups):
    __doc__ = "Docker Cloud REST client (asyncio; ``await`` each call, ``async for`` over lists).\n" + _CONSTRUCTOR_DOC

    # The groups _resources extends by hand; every other group is as AsyncResourceGroups declares it.
    actions: AsyncActions
    events: AsyncEvents
    services: AsyncServices
    containers: AsyncContainers
    triggers: AsyncTriggers

    def __init__(
        self,
        *,
        user: str | None = None,
        apikey: str | None = None,
        password: str | None = None,
        auth: str | None = None,
        namespace: str | None = None,
        rest_host: str | None = None,
        stream_host: str | None = None,
        stream_options: StreamOptions | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        user_agent: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        environ: Mapping[str, str] | None = None,
        home: str | os.PathLike[str] | None = None,
        credential_helper_timeout: float = DEFAULT_CREDENTIAL_HELPER_TIMEOUT,
        strict: bool = False,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        resolved = _resolve(
            user=user, apikey=apikey, password=password, auth=auth, namespace=namespace,
            rest_host=rest_host, stream_host=stream_host, user_agent_prefix=user_agent,
            environ=environ, home=home, credential_helper_timeout=credential_helper_timeout, strict=strict,
        )  # fmt: skip
        proxy = self._configure(resolved, stream_options, owns_http=http_client is None)
        if http_client is None:
            policy = RetryPolicy(max_retries=max_retries, max_response_size=max_response_size)
            bounded = AsyncLanes(proxy=proxy) if transport is None else AsyncBoundedTransport(transport)
            retrying = AsyncRetryTransport(bounded, policy, sleep=sleep, clock=clock)
            http: AsyncDirectHTTP | httpx.AsyncClient = AsyncDirectHTTP(retrying, checked_timeout(timeout))
        else:
            http = http_client
        self._attach(AsyncRuntime(self._settings, http, sleep=sleep, clock=clock))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client configured from the environment only (``os.environ`` by default)."""
        return cls(environ=environ, **kwargs)

    def _attach(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self._attach_groups(runtime)
        streams = self._streams(runtime.settings)
        self.actions = AsyncActions(runtime, streams)
        self.events = AsyncEvents(streams)
        self.services = AsyncServices(runtime, streams)
        self.containers = AsyncContainers(runtime, streams)
        self.triggers = AsyncTriggers(runtime)

    @property
    def with_raw_response(self) -> AsyncResourceGroupsWithRawResponse:
        """Every REST operation answering its HTTP response (``await`` each call; see ``Client``)."""
        return AsyncResourceGroupsWithRawResponse(self._runtime)

    async def close(self) -> None:
        """Close the connection pool (unless it was injected or is shared with another client)."""
        if self._owns_http:
            await self._runtime.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
