"""Lazy paginators: one page at a time, following meta.next; iterating every item asks for large pages."""

from __future__ import annotations

import pytest

from dockercloud_client import AsyncPaginator, Paginator

pytestmark = pytest.mark.anyio

PAGES = {None: ([1, 2], "/p2"), "/p2": ([3], "/p3"), "/p3": ([4, 5], None)}


def test_items_and_pages_are_lazy() -> None:
    fetched: list[str | None] = []
    bulk_first: list[bool] = []

    def fetch(link: str | None, bulk: bool) -> tuple[list[int], str | None]:
        fetched.append(link)
        if link is None:
            bulk_first.append(bulk)
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
    # Items: the whole list is read, so the first page may be large; pages and first_page: as asked.
    assert bulk_first == [True, True, False, False]


def test_a_looping_next_link_stops() -> None:
    pager = Paginator(lambda link, bulk: ([0], "/same"), lambda page: page)
    assert list(pager) == [0, 0]


async def test_async_paginator() -> None:
    async def fetch(link: str | None, bulk: bool) -> tuple[list[int], str | None]:
        return PAGES[link]

    pager = AsyncPaginator(fetch, lambda page: page)
    assert [x async for x in pager] == [1, 2, 3, 4, 5]
    assert [p async for p in pager.pages()] == [[1, 2], [3], [4, 5]]
    assert await pager.first_page() == [1, 2]


def test_page_sizes_on_the_wire() -> None:
    """Without limit=: items in pages of the spec's maximum, pages()/first_page()/raw with its default."""
    import httpx

    from dockercloud_api.operations import OPERATIONS
    from dockercloud_client import Client

    default, maximum = OPERATIONS["services_list"].page_limits or (0, 0)
    assert (default, maximum) == (25, 1000)  # spec/openapi.yaml, the limit parameter
    limits: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        limits.append(request.url.params.get("limit"))
        meta = {"limit": 1, "offset": 0, "total_count": 0, "next": None, "previous": None}
        return httpx.Response(200, json={"meta": meta, "objects": []})

    with Client(
        transport=httpx.MockTransport(answer), rest_host="http://127.0.0.1:9", auth="Basic eDp5", environ={}
    ) as client:
        list(client.services.list())
        list(client.services.list().pages())
        client.services.list().first_page()
        client.with_raw_response.services.list()
        list(client.services.list(limit=7))
        list(client.services.list(limit=7).pages())
    assert limits == [str(maximum), str(default), str(default), str(default), "7", "7"]
