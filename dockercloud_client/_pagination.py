"""Lazy paginators over Docker Cloud's ``{meta: {next, ...}, objects: [...]}`` list envelope.

A paginator sends nothing until it is iterated. Each iteration starts from the first page again
and fetches one page at a time, following ``meta.next`` (the ``limit`` of the first request is
carried along by the server in ``next``). Iterating items never holds more than one page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Generic, TypeVar

__all__ = ["AsyncPaginator", "Paginator"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

#: Safety bound: a server that keeps answering a ``next`` link is stopped after this many pages.
MAX_PAGES = 100_000


class Paginator(Generic[PageT, ItemT]):
    """Iterate items (``for x in paginator``) or pages (``for page in paginator.pages()``).

    Args:
        fetch: fetches the first page (argument None) or the page at a ``next`` link.
        items: the objects of a page.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], tuple[PageT, str | None]],
        items: Callable[[PageT], Sequence[ItemT]],
    ) -> None:
        self._fetch = fetch
        self._items = items

    def pages(self) -> Iterator[PageT]:
        """Yield each page, fetching the next one only when asked for it."""
        link: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            page, link = self._fetch(link)
            yield page
            if not link or link in seen:
                return
            seen.add(link)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from self._items(page)

    def first_page(self) -> PageT:
        """Fetch and return only the first page."""
        return self._fetch(None)[0]


class AsyncPaginator(Generic[PageT, ItemT]):
    """Iterate items (``async for x in paginator``) or pages (``async for page in paginator.pages()``).

    Args:
        fetch: fetches the first page (argument None) or the page at a ``next`` link.
        items: the objects of a page.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[tuple[PageT, str | None]]],
        items: Callable[[PageT], Sequence[ItemT]],
    ) -> None:
        self._fetch = fetch
        self._items = items

    async def pages(self) -> AsyncIterator[PageT]:
        """Yield each page, fetching the next one only when asked for it."""
        link: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            page, link = await self._fetch(link)
            yield page
            if not link or link in seen:
                return
            seen.add(link)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self._items(page):
                yield item

    async def first_page(self) -> PageT:
        """Fetch and return only the first page."""
        return (await self._fetch(None))[0]
