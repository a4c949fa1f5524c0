# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the repositories group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.repository import Repository
from ...models.repository_create import RepositoryCreate
from ...models.repository_list import RepositoryList
from ...models.repository_update import RepositoryUpdate
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
from . import repositories_create as _repositories_create
from . import repositories_get as _repositories_get
from . import repositories_list as _repositories_list
from . import repositories_remove as _repositories_remove
from . import repositories_update as _repositories_update


def _repositories_list_objects(page: RepositoryList) -> list[Repository]:
    return page.objects


class Repositories:
    """The repositories operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def create(
        self,
        *,
        name: str,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Repository:
        """Add a new external repository.

        Registers a repository that already exists on a third-party registry, with the credentials to
        pull from it.

        Operation ``repositories_create``: ``POST /api/repo/v1/repository/``.

        Args:
            name (str): Full repository name including the registry host, e.g.
                `my.registry.com/myrepo`.
            username (str | Unset): User name for the third-party registry.
            password (str | Unset): Password for the third-party registry.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = RepositoryCreate(
            name=name,
            username=username,
            password=password,
        )
        options = CallOptions(timeout, extra_headers)
        request = _repositories_create._get_kwargs(
            body=body,
        )

        return self._runtime.call("repositories_create", (), request, Repository.from_dict, options)

    def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Repository:
        """Get an external repository details.

        Returns one registered repository.

        Operation ``repositories_get``: ``GET /api/repo/v1/repository/{name}/``.

        Args:
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _repositories_get._get_kwargs()

        return self._runtime.call("repositories_get", (name,), request, Repository.from_dict, options)

    def remove(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove an external repository.

        Forgets the repository in Docker Cloud; the repository itself stays on its registry. (The
        reference's request line omits `{name}`; its example and parameter table have it.)

        Operation ``repositories_remove``: ``DELETE /api/repo/v1/repository/{name}/``.

        Args:
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _repositories_remove._get_kwargs()

        return self._runtime.call("repositories_remove", (name,), request, no_content, options)

    def update(
        self,
        name: str,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Repository:
        """Update credentials of an external repository.

        Replaces the user name and/or password used to pull from the repository.

        Operation ``repositories_update``: ``PATCH /api/repo/v1/repository/{name}/``.

        Args:
            name (str):  An object's resource_uri is accepted too.
            username (str | Unset): New user name for the registry.
            password (str | Unset): New password for the registry.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = RepositoryUpdate(
            username=username,
            password=password,
        )
        options = CallOptions(timeout, extra_headers)
        request = _repositories_update._get_kwargs(
            body=body,
        )

        return self._runtime.call("repositories_update", (name,), request, Repository.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        registry: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[RepositoryList, Repository]:
        """List all external repositories.

        Returns the third-party repositories registered in the namespace.

        Operation ``repositories_list``: ``GET /api/repo/v1/repository/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            registry (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _repositories_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            registry=registry,
        )

        return self._runtime.paginate(
            "repositories_list", (), request, RepositoryList.from_dict, _repositories_list_objects, options
        )


class AsyncRepositories:
    """The repositories operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        *,
        name: str,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Repository:
        """Add a new external repository.

        Registers a repository that already exists on a third-party registry, with the credentials to
        pull from it.

        Operation ``repositories_create``: ``POST /api/repo/v1/repository/``.

        Args:
            name (str): Full repository name including the registry host, e.g.
                `my.registry.com/myrepo`.
            username (str | Unset): User name for the third-party registry.
            password (str | Unset): Password for the third-party registry.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = RepositoryCreate(
            name=name,
            username=username,
            password=password,
        )
        options = CallOptions(timeout, extra_headers)
        request = _repositories_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call("repositories_create", (), request, Repository.from_dict, options)

    async def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Repository:
        """Get an external repository details.

        Returns one registered repository.

        Operation ``repositories_get``: ``GET /api/repo/v1/repository/{name}/``.

        Args:
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _repositories_get._get_kwargs()

        return await self._runtime.call("repositories_get", (name,), request, Repository.from_dict, options)

    async def remove(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove an external repository.

        Forgets the repository in Docker Cloud; the repository itself stays on its registry. (The
        reference's request line omits `{name}`; its example and parameter table have it.)

        Operation ``repositories_remove``: ``DELETE /api/repo/v1/repository/{name}/``.

        Args:
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _repositories_remove._get_kwargs()

        return await self._runtime.call("repositories_remove", (name,), request, no_content, options)

    async def update(
        self,
        name: str,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Repository:
        """Update credentials of an external repository.

        Replaces the user name and/or password used to pull from the repository.

        Operation ``repositories_update``: ``PATCH /api/repo/v1/repository/{name}/``.

        Args:
            name (str):  An object's resource_uri is accepted too.
            username (str | Unset): New user name for the registry.
            password (str | Unset): New password for the registry.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = RepositoryUpdate(
            username=username,
            password=password,
        )
        options = CallOptions(timeout, extra_headers)
        request = _repositories_update._get_kwargs(
            body=body,
        )

        return await self._runtime.call("repositories_update", (name,), request, Repository.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        registry: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[RepositoryList, Repository]:
        """List all external repositories.

        Returns the third-party repositories registered in the namespace.

        Operation ``repositories_list``: ``GET /api/repo/v1/repository/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            registry (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _repositories_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            registry=registry,
        )

        return self._runtime.paginate(
            "repositories_list", (), request, RepositoryList.from_dict, _repositories_list_objects, options
        )


class RepositoriesWithRawResponse:
    """``client.with_raw_response.repositories``: the repositories operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def create(
        self,
        *,
        name: str,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Repository]:
        """``Repositories.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = RepositoryCreate(
            name=name,
            username=username,
            password=password,
        )
        options = CallOptions(timeout, extra_headers)
        request = _repositories_create._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("repositories_create", (), request, Repository.from_dict, options)

    def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Repository]:
        """``Repositories.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _repositories_get._get_kwargs()

        return self._runtime.call_raw("repositories_get", (name,), request, Repository.from_dict, options)

    def remove(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``Repositories.remove``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _repositories_remove._get_kwargs()

        return self._runtime.call_raw("repositories_remove", (name,), request, no_content, options)

    def update(
        self,
        name: str,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Repository]:
        """``Repositories.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = RepositoryUpdate(
            username=username,
            password=password,
        )
        options = CallOptions(timeout, extra_headers)
        request = _repositories_update._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("repositories_update", (name,), request, Repository.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        registry: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RepositoryList]:
        """``Repositories.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _repositories_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            registry=registry,
        )

        return self._runtime.call_raw("repositories_list", (), request, RepositoryList.from_dict, options)


class AsyncRepositoriesWithRawResponse:
    """``async_client.with_raw_response.repositories``: the repositories operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        *,
        name: str,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Repository]:
        """``AsyncRepositories.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = RepositoryCreate(
            name=name,
            username=username,
            password=password,
        )
        options = CallOptions(timeout, extra_headers)
        request = _repositories_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("repositories_create", (), request, Repository.from_dict, options)

    async def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Repository]:
        """``AsyncRepositories.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _repositories_get._get_kwargs()

        return await self._runtime.call_raw("repositories_get", (name,), request, Repository.from_dict, options)

    async def remove(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``AsyncRepositories.remove``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _repositories_remove._get_kwargs()

        return await self._runtime.call_raw("repositories_remove", (name,), request, no_content, options)

    async def update(
        self,
        name: str,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Repository]:
        """``AsyncRepositories.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = RepositoryUpdate(
            username=username,
            password=password,
        )
        options = CallOptions(timeout, extra_headers)
        request = _repositories_update._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("repositories_update", (name,), request, Repository.from_dict, options)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        registry: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RepositoryList]:
        """``AsyncRepositories.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _repositories_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            registry=registry,
        )

        return await self._runtime.call_raw("repositories_list", (), request, RepositoryList.from_dict, options)
