# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource groups (one package per tag) and the runtime protocols they call.

Why this template is overridden: the generated resource classes in ``api/<tag>/__init__.py``
(see ``endpoint_init.py.jinja``) need a small runtime (HTTP, namespace, credentials, errors,
pagination, action tracking). ``dockercloud_client`` implements it; the protocols live here so
that ``dockercloud_api`` never imports ``dockercloud_client``.
"""

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
PageT_co = TypeVar("PageT_co", covariant=True)
ItemT_co = TypeVar("ItemT_co", covariant=True)

#: A generated module's ``_parse_response(*, client, response)``.
ParseFunction = Callable[..., object]


class Pager(Protocol[PageT_co, ItemT_co]):
    """A lazy list: iterate items, or ``pages()``; each page is fetched only when reached."""

    def __iter__(self) -> Iterator[ItemT_co]: ...

    def pages(self) -> Iterator[PageT_co]: ...


class AsyncPager(Protocol[PageT_co, ItemT_co]):
    """A lazy list for ``async for``: iterate items, or ``pages()``."""

    def __aiter__(self) -> AsyncIterator[ItemT_co]: ...

    def pages(self) -> AsyncIterator[PageT_co]: ...


class Started(Protocol[T_co]):
    """The answer of an operation that started an action (``202`` + ``X-DockerCloud-Action-URI``).

    Attributes:
        object: the object in its new transitional state.
        action_uri: the resource URI of the action tracking the work.
    """

    @property
    def object(self) -> T_co: ...

    @property
    def action_uri(self) -> str | None: ...

    def wait(self, timeout: float | None = None) -> T_co:
        """Block until the action succeeds and return the refreshed object."""
        ...


class AsyncStarted(Protocol[T_co]):
    """The asyncio twin of ``Started``."""

    @property
    def object(self) -> T_co: ...

    @property
    def action_uri(self) -> str | None: ...

    async def wait(self, timeout: float | None = None) -> T_co:
        """Wait until the action succeeds and return the refreshed object."""
        ...


class Runtime(Protocol):
    """What a sync resource class needs from the client that owns it."""

    def path_values(self, operation_id: str, *args: str | None) -> tuple[str, ...]:
        """Path parameter values from identifiers, composite names or resource URIs."""
        ...

    def call(self, operation_id: str, request: dict[str, Any], parse: ParseFunction) -> Any:
        """Send the request of ``_get_kwargs`` and return the parsed success body."""
        ...

    def paginate(
        self,
        operation_id: str,
        request: dict[str, Any],
        parse: ParseFunction,
        items: Callable[[PageT], Sequence[ItemT]],
    ) -> Pager[PageT, ItemT]:
        """A lazy pager over a list operation."""
        ...

    def start(
        self,
        operation_id: str,
        request: dict[str, Any],
        parse: ParseFunction,
        refresh: Callable[[Mapping[str, Any]], T],
    ) -> Started[T]:
        """Send an operation that starts an action."""
        ...


class AsyncRuntime(Protocol):
    """What an async resource class needs from the client that owns it."""

    def path_values(self, operation_id: str, *args: str | None) -> tuple[str, ...]:
        """Path parameter values from identifiers, composite names or resource URIs."""
        ...

    async def call(self, operation_id: str, request: dict[str, Any], parse: ParseFunction) -> Any:
        """Send the request of ``_get_kwargs`` and return the parsed success body."""
        ...

    def paginate(
        self,
        operation_id: str,
        request: dict[str, Any],
        parse: ParseFunction,
        items: Callable[[PageT], Sequence[ItemT]],
    ) -> AsyncPager[PageT, ItemT]:
        """A lazy pager over a list operation."""
        ...

    async def start(
        self,
        operation_id: str,
        request: dict[str, Any],
        parse: ParseFunction,
        refresh: Callable[[Mapping[str, Any]], T],
    ) -> AsyncStarted[T]:
        """Send an operation that starts an action."""
        ...
