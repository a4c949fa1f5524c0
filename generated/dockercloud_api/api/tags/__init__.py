# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the tags group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.tag import Tag
from ...models.tag_list import TagList
from ...models.tag_origin import TagOrigin
from ...types import UNSET, Unset, enum_input
from .. import (
    AsyncPaginator,
    AsyncRuntime,
    AsyncStartedAction,
    CallOptions,
    Paginator,
    ProgressCallback,
    RawResponse,
    Runtime,
    StartedAction,
    no_content,
)
from . import tags_list as _tags_list


def _tags_list_objects(page: TagList) -> list[Tag]:
    return page.objects


class Tags:
    """The tags operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        origin: TagOrigin | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[TagList, Tag]:
        """List all node tags.

        Returns every tag used on the user's nodes (this page of the reference was never published).

        Operation ``tags_list``: ``GET /api/infra/v1/tag/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            origin (TagOrigin | Unset): Who set the tag (`tutum` tags are set by Docker
                Cloud itself).
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        origin = origin if isinstance(origin, Unset) else enum_input(TagOrigin, origin, "origin")
        request = _tags_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            origin=origin,
        )

        return self._runtime.paginate("tags_list", (), request, TagList.from_dict, _tags_list_objects, options)


class AsyncTags:
    """The tags operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        origin: TagOrigin | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TagList, Tag]:
        """List all node tags.

        Returns every tag used on the user's nodes (this page of the reference was never published).

        Operation ``tags_list``: ``GET /api/infra/v1/tag/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            origin (TagOrigin | Unset): Who set the tag (`tutum` tags are set by Docker
                Cloud itself).
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        origin = origin if isinstance(origin, Unset) else enum_input(TagOrigin, origin, "origin")
        request = _tags_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            origin=origin,
        )

        return self._runtime.paginate("tags_list", (), request, TagList.from_dict, _tags_list_objects, options)


class TagsWithRawResponse:
    """``client.with_raw_response.tags``: the tags operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        origin: TagOrigin | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[TagList]:
        """``Tags.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        origin = origin if isinstance(origin, Unset) else enum_input(TagOrigin, origin, "origin")
        request = _tags_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            origin=origin,
        )

        return self._runtime.call_raw("tags_list", (), request, TagList.from_dict, options)


class AsyncTagsWithRawResponse:
    """``async_client.with_raw_response.tags``: the tags operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        origin: TagOrigin | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[TagList]:
        """``AsyncTags.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        origin = origin if isinstance(origin, Unset) else enum_input(TagOrigin, origin, "origin")
        request = _tags_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            origin=origin,
        )

        return await self._runtime.call_raw("tags_list", (), request, TagList.from_dict, options)
