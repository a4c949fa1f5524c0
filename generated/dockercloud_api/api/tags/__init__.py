# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the tags group: one method per operation."""

from typing import Literal, cast, overload

from ...models.error import Error
from ...models.list_meta import ListMeta
from ...models.tag import Tag
from ...models.tag_list import TagList
from ...models.tag_origin import TagOrigin
from ...types import UNSET, Unset
from .. import AsyncPager, AsyncRuntime, AsyncStarted, Pager, Runtime, Started
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
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        origin: TagOrigin | Unset = UNSET,
    ) -> Pager[TagList, Tag]:
        """List all node tags.

        Returns every tag used on the user's nodes (this page of the reference was never published).

        Operation ``tags_list``: ``GET /api/infra/v1/tag/``.

        Args:
            limit (int | Unset):  Default: 25.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            origin (TagOrigin | Unset): Who set the tag (`tutum` tags are set by Docker
                Cloud itself).
        """

        request = _tags_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            origin=origin,
        )

        return self._runtime.paginate("tags_list", request, _tags_list._parse_response, _tags_list_objects)


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
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        origin: TagOrigin | Unset = UNSET,
    ) -> AsyncPager[TagList, Tag]:
        """List all node tags.

        Returns every tag used on the user's nodes (this page of the reference was never published).

        Operation ``tags_list``: ``GET /api/infra/v1/tag/``.

        Args:
            limit (int | Unset):  Default: 25.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            origin (TagOrigin | Unset): Who set the tag (`tutum` tags are set by Docker
                Cloud itself).
        """

        request = _tags_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            origin=origin,
        )

        return self._runtime.paginate("tags_list", request, _tags_list._parse_response, _tags_list_objects)
