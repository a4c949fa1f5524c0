# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the containers group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.container import Container
from ...models.container_list import ContainerList
from ...models.container_state import ContainerState
from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...types import UNSET, Unset, enum_input
from .. import (
    AsyncPaginator,
    AsyncRuntime,
    AsyncStartedAction,
    CallOptions,
    Lookup,
    Paginator,
    ProgressCallback,
    RawResponse,
    Runtime,
    StartedAction,
    no_content,
)
from . import containers_get as _containers_get
from . import containers_list as _containers_list
from . import containers_redeploy as _containers_redeploy
from . import containers_start as _containers_start
from . import containers_stop as _containers_stop
from . import containers_terminate as _containers_terminate


def _containers_list_objects(page: ContainerList) -> list[Container]:
    return page.objects


#: How ``find`` searches this group: the filters of its list operation.
_FIND = Lookup("container", "/api/app/v1/container/", by_name=True, stack_filter="service_stack_name")


class Containers:
    """The containers operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def find(self, identifier: str) -> Container:
        """The one container named by ``identifier``, resolved as the docker-cloud CLI did.

        Args:
            identifier: a full or short UUID, a name, ``name.stack`` or a resource URI.

        Raises:
            NotFoundError: no container matches.
            AmbiguousIdentifierError: several do; ``candidates`` lists them.
        """
        return self._runtime.find(_FIND, identifier, self.list, self.get)

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container:
        """Get an existing container.

        Returns one container.

        Operation ``containers_get``: ``GET /api/app/v1/container/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _containers_get._get_kwargs()

        return self._runtime.call("containers_get", (uuid,), request, Container.from_dict, options)

    @overload
    def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container]: ...

    @overload
    def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container: ...

    @overload
    def terminate(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container] | Container: ...

    def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container] | Container:
        """Terminate a container.

        Destroys the container; this cannot be undone and its data is lost.

        Operation ``containers_terminate``: ``DELETE /api/app/v1/container/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _containers_terminate._get_kwargs()

        started = self._runtime.start("containers_terminate", (uuid,), request, Container.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    def start(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container]: ...

    @overload
    def start(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container: ...

    @overload
    def start(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container] | Container: ...

    def start(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container] | Container:
        """Start a container.

        Starts a stopped container.

        Operation ``containers_start``: ``POST /api/app/v1/container/{uuid}/start/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _containers_start._get_kwargs()

        started = self._runtime.start("containers_start", (uuid,), request, Container.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    def stop(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container]: ...

    @overload
    def stop(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container: ...

    @overload
    def stop(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container] | Container: ...

    def stop(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container] | Container:
        """Stop a container.

        Stops a running container.

        Operation ``containers_stop``: ``POST /api/app/v1/container/{uuid}/stop/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _containers_stop._get_kwargs()

        started = self._runtime.start("containers_stop", (uuid,), request, Container.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container]: ...

    @overload
    def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container: ...

    @overload
    def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container] | Container: ...

    def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Container] | Container:
        """Redeploy a container.

        Replaces the container with a new one built from its service's current definition.  (The
        reference's HTTP example wrongly calls `/start/`; the request line says `/redeploy/`.)

        Operation ``containers_redeploy``: ``POST /api/app/v1/container/{uuid}/redeploy/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            reuse_volumes (bool | Unset):  Default: True.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _containers_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        started = self._runtime.start("containers_redeploy", (uuid,), request, Container.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ContainerState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        service_stack_name: str | Unset = UNSET,
        service: str | Unset = UNSET,
        node: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[ContainerList, Container]:
        """List all containers.

        Returns the containers of the namespace, including recently terminated ones.

        Operation ``containers_list``: ``GET /api/app/v1/container/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (ContainerState | Unset): Lifecycle state of a container.
            name (str | Unset):
            service_stack_name (str | Unset):
            service (str | Unset):
            node (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ContainerState, state, "state")

        request = _containers_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            service_stack_name=service_stack_name,
            service=service,
            node=node,
        )

        return self._runtime.paginate(
            "containers_list", (), request, ContainerList.from_dict, _containers_list_objects, options
        )


class AsyncContainers:
    """The containers operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def find(self, identifier: str) -> Container:
        """The one container ``identifier`` names (see ``Containers.find``)."""
        return await self._runtime.find(_FIND, identifier, self.list, self.get)

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container:
        """Get an existing container.

        Returns one container.

        Operation ``containers_get``: ``GET /api/app/v1/container/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _containers_get._get_kwargs()

        return await self._runtime.call("containers_get", (uuid,), request, Container.from_dict, options)

    @overload
    async def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container]: ...

    @overload
    async def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container: ...

    @overload
    async def terminate(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container] | Container: ...

    async def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container] | Container:
        """Terminate a container.

        Destroys the container; this cannot be undone and its data is lost.

        Operation ``containers_terminate``: ``DELETE /api/app/v1/container/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _containers_terminate._get_kwargs()

        started = await self._runtime.start("containers_terminate", (uuid,), request, Container.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    async def start(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container]: ...

    @overload
    async def start(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container: ...

    @overload
    async def start(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container] | Container: ...

    async def start(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container] | Container:
        """Start a container.

        Starts a stopped container.

        Operation ``containers_start``: ``POST /api/app/v1/container/{uuid}/start/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _containers_start._get_kwargs()

        started = await self._runtime.start("containers_start", (uuid,), request, Container.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    async def stop(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container]: ...

    @overload
    async def stop(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container: ...

    @overload
    async def stop(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container] | Container: ...

    async def stop(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container] | Container:
        """Stop a container.

        Stops a running container.

        Operation ``containers_stop``: ``POST /api/app/v1/container/{uuid}/stop/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _containers_stop._get_kwargs()

        started = await self._runtime.start("containers_stop", (uuid,), request, Container.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    async def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container]: ...

    @overload
    async def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container: ...

    @overload
    async def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container] | Container: ...

    async def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Container] | Container:
        """Redeploy a container.

        Replaces the container with a new one built from its service's current definition.  (The
        reference's HTTP example wrongly calls `/start/`; the request line says `/redeploy/`.)

        Operation ``containers_redeploy``: ``POST /api/app/v1/container/{uuid}/redeploy/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            reuse_volumes (bool | Unset):  Default: True.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _containers_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        started = await self._runtime.start("containers_redeploy", (uuid,), request, Container.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ContainerState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        service_stack_name: str | Unset = UNSET,
        service: str | Unset = UNSET,
        node: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ContainerList, Container]:
        """List all containers.

        Returns the containers of the namespace, including recently terminated ones.

        Operation ``containers_list``: ``GET /api/app/v1/container/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (ContainerState | Unset): Lifecycle state of a container.
            name (str | Unset):
            service_stack_name (str | Unset):
            service (str | Unset):
            node (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ContainerState, state, "state")

        request = _containers_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            service_stack_name=service_stack_name,
            service=service,
            node=node,
        )

        return self._runtime.paginate(
            "containers_list", (), request, ContainerList.from_dict, _containers_list_objects, options
        )


class ContainersWithRawResponse:
    """``client.with_raw_response.containers``: the containers operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``Containers.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _containers_get._get_kwargs()

        return self._runtime.call_raw("containers_get", (uuid,), request, Container.from_dict, options)

    def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``Containers.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _containers_terminate._get_kwargs()

        return self._runtime.call_raw("containers_terminate", (uuid,), request, Container.from_dict, options)

    def start(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``Containers.start``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _containers_start._get_kwargs()

        return self._runtime.call_raw("containers_start", (uuid,), request, Container.from_dict, options)

    def stop(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``Containers.stop``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _containers_stop._get_kwargs()

        return self._runtime.call_raw("containers_stop", (uuid,), request, Container.from_dict, options)

    def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``Containers.redeploy``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _containers_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        return self._runtime.call_raw("containers_redeploy", (uuid,), request, Container.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ContainerState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        service_stack_name: str | Unset = UNSET,
        service: str | Unset = UNSET,
        node: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContainerList]:
        """``Containers.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ContainerState, state, "state")

        request = _containers_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            service_stack_name=service_stack_name,
            service=service,
            node=node,
        )

        return self._runtime.call_raw("containers_list", (), request, ContainerList.from_dict, options)


class AsyncContainersWithRawResponse:
    """``async_client.with_raw_response.containers``: the containers operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``AsyncContainers.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _containers_get._get_kwargs()

        return await self._runtime.call_raw("containers_get", (uuid,), request, Container.from_dict, options)

    async def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``AsyncContainers.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _containers_terminate._get_kwargs()

        return await self._runtime.call_raw("containers_terminate", (uuid,), request, Container.from_dict, options)

    async def start(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``AsyncContainers.start``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _containers_start._get_kwargs()

        return await self._runtime.call_raw("containers_start", (uuid,), request, Container.from_dict, options)

    async def stop(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``AsyncContainers.stop``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _containers_stop._get_kwargs()

        return await self._runtime.call_raw("containers_stop", (uuid,), request, Container.from_dict, options)

    async def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Container]:
        """``AsyncContainers.redeploy``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _containers_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        return await self._runtime.call_raw("containers_redeploy", (uuid,), request, Container.from_dict, options)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ContainerState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        service_stack_name: str | Unset = UNSET,
        service: str | Unset = UNSET,
        node: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContainerList]:
        """``AsyncContainers.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ContainerState, state, "state")

        request = _containers_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            service_stack_name=service_stack_name,
            service=service,
            node=node,
        )

        return await self._runtime.call_raw("containers_list", (), request, ContainerList.from_dict, options)
