"""Lazy paginators: one page at a time, following meta.next."""

from __future__ import annotations

import pytest

from dockercloud_client import AsyncPaginator, Paginator

pytestmark = pytest.mark.anyio

PAGES = {None: ([1, 2], "/p2"), "/p2": ([3], "/p3"), "/p3": ([4, 5], None)}


def test_items_and_pages_are_lazy() -> None:
    fetched: list[str | None] = []

    def fetch(link: str | None) -> tuple[list[int], str | None]:
        fetched.append(link)
        return PAGES[link]

    pager = Paginator(fetch, lambda page: page)
    assert fetched == []
    iterator = iter(pager)
    assert next(iterator) == 1 and next(iterator) == 2
    assert fetched == [None]
    assert next(iterator) == 3
    assert fetched == [None, "/p2"]
    assert list(pager) == [1, 2, 3, 4, 5]
    assert list(pager.pages()) == [[1, 2], [3], [4, 5]]
    assert pager.first_page() == [1, 2]


def test_a_looping_next_link_stops() -> None:
    pager = Paginator(lambda link: ([0], "/same"), lambda page: page)
    assert list(pager) == [0, 0]


async def test_async_paginator() -> None:
    async def fetch(link: str | None) -> tuple[list[int], str | None]:
        return PAGES[link]

    pager = AsyncPaginator(fetch, lambda page: page)
    assert [x async for x in pager] == [1, 2, 3, 4, 5]
    assert [p async for p in pager.pages()] == [[1, 2], [3], [4, 5]]
    assert await pager.first_page() == [1, 2]
