# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""The seam between the generated resource classes and ``dockercloud_client`` (docs/architecture.md, "The seam").

This file is plain Python, linted and type-checked as it stands; ``generator/regen.py`` copies it into the
generated package, and ``api/__init__.py`` re-exports it. It holds the concrete types that resource methods
return (:class:`Paginator`, :class:`StartedAction`, :class:`RawResponse`, :class:`CallOptions` and the asyncio
twins), which ``dockercloud_client`` exports, so that what users write type-checks; and the ``Runtime``
protocols the resource classes call, which ``dockercloud_client`` implements, with the :class:`Lookup` a generated
``find`` hands them (how its group is searched). Defining them here, not in
``dockercloud_client``, keeps the import direction one way: ``dockercloud_api`` never imports the client.

The sync and asyncio twins (``Paginator``/``AsyncPaginator``, ``StartedAction``/``AsyncStartedAction``, the
two trackers and runtimes) differ only by ``await``; sharing one body would mean one of them running the
other's event loop. What they hold is written once (``_Started``).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx

from .models.action import Action

T = TypeVar("T")
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

#: The typed parser of an operation's success body, given the JSON decoded once by the runtime (a
#: model's ``from_dict``, or :func:`no_content`).
Parse = Callable[[Any], T]
#: The caller's path arguments of an operation, in template order, as given (None: omitted).
PathArgs = tuple[object, ...]
#: Called with the action after each poll while a ``wait`` is in progress.
ProgressCallback = Callable[[Action], object]


def no_content(data: object) -> None:
    """The parser of an operation whose success answer has no body (204)."""
    return None


#: Safety bound: a server that keeps answering a ``next`` link is stopped after this many pages.
MAX_PAGES = 100_000


@dataclass(frozen=True)
class CallOptions:
    """Per-call request options of an operation method.

    Attributes:
        timeout: seconds or an ``httpx.Timeout`` for this call's requests; None: the client's.
        extra_headers: headers added to (or replacing) the request's headers.
    """

    timeout: float | httpx.Timeout | None = None
    extra_headers: Mapping[str, str] | None = None


@dataclass(frozen=True)
class Lookup:
    """How ``find()`` searches one resource group, read from its list operation's filters in the spec.

    Attributes:
        kind: the object's name in messages (``service``).
        list_path: the list operation's path (for the error's ``url``).
        by_name: the list filters by ``name``: also try the identifier as a name.
        stack_filter: the list keyword that selects by stack name (``stack_name``) for ``name.stack`` identifiers.
    """

    kind: str
    list_path: str
    by_name: bool = True
    stack_filter: str | None = None

    def queries(self, identifier: str) -> list[dict[str, str]]:
        """The list filters to try, in order (the first that matches anything decides)."""
        if self.stack_filter is not None and "." in identifier:
            name, _, stack = identifier.partition(".")
            return [{"name": name, self.stack_filter: stack}]
        # An exact name first: a name made of hex letters ("db", "cafe") would otherwise depend on
        # whether some random UUID happens to start with it.
        queries = [{"name": identifier}] if self.by_name else []
        queries.append({"uuid_startswith": identifier})
        return queries


#: Fetches the first page (link None) or the page at a ``next`` link, and returns it with its own
#: ``next`` link. ``bulk``: the caller reads every item, so a first page of the largest size is best.
Fetch = Callable[[str | None, bool], tuple[PageT, str | None]]
AsyncFetch = Callable[[str | None, bool], Awaitable[tuple[PageT, str | None]]]


class Paginator(Generic[PageT, ItemT]):
    """A lazy list: iterate items (``for x in paginator``) or pages (``paginator.pages()``).

    Nothing is sent until it is iterated. Each iteration starts from the first page again and
    fetches one page at a time, following ``meta.next``; iterating items never holds more than one
    page. Iterating the items of a list called without ``limit=`` asks for the largest pages the
    API allows (fewer requests); ``pages()`` and ``first_page()`` use the API's default size.

    Args:
        fetch: fetches a page (see :data:`Fetch`).
        items: the objects of a page.
    """

    def __init__(self, fetch: Fetch[PageT], items: Callable[[PageT], Sequence[ItemT]]) -> None:
        self._fetch = fetch
        self._items = items

    def pages(self) -> Iterator[PageT]:
        """Yield each page, fetching the next one only when asked for it."""
        return self._pages(bulk=False)

    def _pages(self, *, bulk: bool) -> Iterator[PageT]:
        link: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            page, link = self._fetch(link, bulk)
            yield page
            if not link or link in seen:
                return
            seen.add(link)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self._pages(bulk=True):
            yield from self._items(page)

    def first_page(self) -> PageT:
        """Fetch and return only the first page."""
        return self._fetch(None, False)[0]


class AsyncPaginator(Generic[PageT, ItemT]):
    """A lazy list for ``async for``: iterate items, or pages (``async for page in p.pages()``).

    Page sizes as for :class:`Paginator`.

    Args:
        fetch: fetches a page (see :data:`AsyncFetch`).
        items: the objects of a page.
    """

    def __init__(self, fetch: AsyncFetch[PageT], items: Callable[[PageT], Sequence[ItemT]]) -> None:
        self._fetch = fetch
        self._items = items

    def pages(self) -> AsyncIterator[PageT]:
        """Yield each page, fetching the next one only when asked for it."""
        return self._pages(bulk=False)

    async def _pages(self, *, bulk: bool) -> AsyncIterator[PageT]:
        link: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            page, link = await self._fetch(link, bulk)
            yield page
            if not link or link in seen:
                return
            seen.add(link)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self._pages(bulk=True):
            for item in self._items(page):
                yield item

    async def first_page(self) -> PageT:
        """Fetch and return only the first page."""
        return (await self._fetch(None, False))[0]


class RawResponse(Generic[T]):
    """One call's HTTP response, with its body parsed on demand (``client.with_raw_response``).

    Non-2xx answers still raise the client's errors; a list operation answers one page.

    Attributes:
        http_response: the ``httpx.Response``, its body already read.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (e.g. ``X-DockerCloud-Action-URI``)."""
        return self.http_response.headers

    def parse(self) -> T:
        """The body as the model the regular method returns (parsed on each call)."""
        return self._parse()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"RawResponse(status_code={self.status_code}, method={request.method!r}, url={str(request.url)!r})"


class ActionTracker(Protocol):
    """What a :class:`StartedAction` needs from the client: fetch, poll, refresh."""

    def require_action_uri(self, uri: str | None, operation_id: str) -> str:
        """``uri``, or raise the client's error: the operation answered no action to track."""
        ...

    def fetch_action(self, uri: str) -> Action:
        """GET the action at ``uri``."""
        ...

    def wait_action(self, uri: str, timeout: float | None, on_progress: ProgressCallback | None) -> Action:
        """Poll the action until ``Success``; raise when it fails or the time is up."""
        ...

    def refresh(self, uri: str, from_dict: Parse[T], operation_id: str) -> T | None:
        """GET the object at ``uri`` again (None: it is gone, e.g. terminated)."""
        ...


class AsyncActionTracker(Protocol):
    """The asyncio twin of :class:`ActionTracker`."""

    def require_action_uri(self, uri: str | None, operation_id: str) -> str:
        """``uri``, or raise the client's error: the operation answered no action to track."""
        ...

    async def fetch_action(self, uri: str) -> Action:
        """GET the action at ``uri``."""
        ...

    async def wait_action(self, uri: str, timeout: float | None, on_progress: ProgressCallback | None) -> Action:
        """Poll the action until ``Success``; raise when it fails or the time is up."""
        ...

    async def refresh(self, uri: str, from_dict: Parse[T], operation_id: str) -> T | None:
        """GET the object at ``uri`` again (None: it is gone)."""
        ...


TrackerT = TypeVar("TrackerT", ActionTracker, AsyncActionTracker)


class _Started(Generic[TrackerT, T]):
    """What :class:`StartedAction` and :class:`AsyncStartedAction` hold."""

    def __init__(
        self,
        tracker: TrackerT,
        *,
        object: T,
        action_uri: str | None,
        resource_uri: str | None,
        refresh: Parse[T],
        operation_id: str,
    ) -> None:
        self._tracker: TrackerT = tracker
        self.object = object
        self.action_uri = action_uri
        self._resource_uri = resource_uri
        self._refresh = refresh
        self._operation_id = operation_id

    def _uri(self) -> str:
        return self._tracker.require_action_uri(self.action_uri, self._operation_id)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(action_uri={self.action_uri!r}, object={self._resource_uri!r})"


class StartedAction(_Started[ActionTracker, T]):
    """The answer of an operation that started an action (``202`` + ``X-DockerCloud-Action-URI``).

    Attributes:
        object: the object in its new transitional state, as the server answered it.
        action_uri: the resource URI of the action tracking the work.
    """

    def action(self) -> Action:
        """Fetch the action now (its ``state``, ``logs``, ...)."""
        return self._tracker.fetch_action(self._uri())

    def wait(self, timeout: float | None = None, *, on_progress: ProgressCallback | None = None) -> T:
        """Block until the action succeeds and return the refreshed object.

        Args:
            timeout: seconds to wait (default 600).
            on_progress: called with the :class:`Action` after every poll.

        Raises:
            ActionFailedError: the action ended ``Failed`` or ``Canceled``.
            ActionTimeoutError: it did not end within ``timeout`` seconds.
        """
        self._tracker.wait_action(self._uri(), timeout, on_progress)
        if self._resource_uri is None:
            return self.object
        refreshed = self._tracker.refresh(self._resource_uri, self._refresh, self._operation_id)
        return self.object if refreshed is None else refreshed


class AsyncStartedAction(_Started[AsyncActionTracker, T]):
    """The asyncio twin of :class:`StartedAction` (``await started.wait()``)."""

    async def action(self) -> Action:
        """Fetch the action now."""
        return await self._tracker.fetch_action(self._uri())

    async def wait(self, timeout: float | None = None, *, on_progress: ProgressCallback | None = None) -> T:
        """Wait until the action succeeds and return the refreshed object (see ``StartedAction.wait``)."""
        await self._tracker.wait_action(self._uri(), timeout, on_progress)
        if self._resource_uri is None:
            return self.object
        refreshed = await self._tracker.refresh(self._resource_uri, self._refresh, self._operation_id)
        return self.object if refreshed is None else refreshed


class Runtime(ActionTracker, Protocol):
    """What a sync resource class needs from the client that owns it."""

    def call(
        self, operation_id: str, path: PathArgs, request: dict[str, Any], parse: Parse[T], options: CallOptions
    ) -> T:
        """Send a request built by ``_get_kwargs`` and return its parsed success body."""
        ...

    def call_raw(
        self, operation_id: str, path: PathArgs, request: dict[str, Any], parse: Parse[T], options: CallOptions
    ) -> RawResponse[T]:
        """Send a request built by ``_get_kwargs`` and return the response, parsed on demand."""
        ...

    def paginate(
        self,
        operation_id: str,
        path: PathArgs,
        request: dict[str, Any],
        parse: Parse[PageT],
        items: Callable[[PageT], Sequence[ItemT]],
        options: CallOptions,
    ) -> Paginator[PageT, ItemT]:
        """A lazy paginator over a list operation."""
        ...

    def start(
        self,
        operation_id: str,
        path: PathArgs,
        request: dict[str, Any],
        parse: Parse[T],
        options: CallOptions,
    ) -> StartedAction[T]:
        """Send an operation that starts an action."""
        ...

    def find(
        self, lookup: Lookup, identifier: str, lister: Callable[..., Iterable[T]], getter: Callable[[str], T]
    ) -> T:
        """The one object ``identifier`` names, through the group's ``list`` and ``get``."""
        ...


class AsyncRuntime(AsyncActionTracker, Protocol):
    """What an async resource class needs from the client that owns it."""

    async def call(
        self, operation_id: str, path: PathArgs, request: dict[str, Any], parse: Parse[T], options: CallOptions
    ) -> T:
        """Send a request built by ``_get_kwargs`` and return its parsed success body."""
        ...

    async def call_raw(
        self, operation_id: str, path: PathArgs, request: dict[str, Any], parse: Parse[T], options: CallOptions
    ) -> RawResponse[T]:
        """Send a request built by ``_get_kwargs`` and return the response, parsed on demand."""
        ...

    def paginate(
        self,
        operation_id: str,
        path: PathArgs,
        request: dict[str, Any],
        parse: Parse[PageT],
        items: Callable[[PageT], Sequence[ItemT]],
        options: CallOptions,
    ) -> AsyncPaginator[PageT, ItemT]:
        """A lazy paginator over a list operation."""
        ...

    async def start(
        self,
        operation_id: str,
        path: PathArgs,
        request: dict[str, Any],
        parse: Parse[T],
        options: CallOptions,
    ) -> AsyncStartedAction[T]:
        """Send an operation that starts an action."""
        ...

    async def find(
        self,
        lookup: Lookup,
        identifier: str,
        lister: Callable[..., AsyncIterable[T]],
        getter: Callable[[str], Awaitable[T]],
    ) -> T:
        """The one object ``identifier`` names, through the group's ``list`` and ``get``."""
        ...
