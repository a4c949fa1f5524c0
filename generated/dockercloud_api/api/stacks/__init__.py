# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the stacks group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.service_create import ServiceCreate
from ...models.stack import Stack
from ...models.stack_create import StackCreate
from ...models.stack_export import StackExport
from ...models.stack_list import StackList
from ...models.stack_service_update import StackServiceUpdate
from ...models.stack_update import StackUpdate
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
from . import stacks_create as _stacks_create
from . import stacks_export as _stacks_export
from . import stacks_get as _stacks_get
from . import stacks_list as _stacks_list
from . import stacks_redeploy as _stacks_redeploy
from . import stacks_start as _stacks_start
from . import stacks_stop as _stacks_stop
from . import stacks_terminate as _stacks_terminate
from . import stacks_update as _stacks_update


def _stacks_list_objects(page: StackList) -> list[Stack]:
    return page.objects


#: How ``find`` searches this group: the filters of its list operation.
_FIND = Lookup("stack", "/api/app/v1/stack/", by_name=True, stack_filter=None)


class Stacks:
    """The stacks operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def find(self, identifier: str) -> Stack:
        """The one stack named by ``identifier``, resolved as the docker-cloud CLI did.

        Args:
            identifier: a full or short UUID, a name or a resource URI.

        Raises:
            NotFoundError: no stack matches.
            AmbiguousIdentifierError: several do; ``candidates`` lists them.
        """
        return self._runtime.find(_FIND, identifier, self.list, self.get)

    def create(
        self,
        *,
        name: str,
        nickname: str | Unset = UNSET,
        services: Sequence[ServiceCreate | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stack:
        """Create a new stack.

        Creates a stack and its services (state `Not Running`) without starting them.  Services in the
        body may link to, or take volumes from, a sibling service by its name.

        Operation ``stacks_create``: ``POST /api/app/v1/stack/``.

        Args:
            name (str): Name of the stack, e.g. `my-hello-world-stack`.
            nickname (str | Unset): Display name; defaults to `name`.
            services (list[ServiceCreate] | Unset): Services of the stack, each written like
                a Create a new service body; links and volumes-from may name a sibling service
                instead of giving its resource URI.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = StackCreate(
            name=name,
            nickname=nickname,
            services=services,
        )
        options = CallOptions(timeout, extra_headers)
        request = _stacks_create._get_kwargs(
            body=body,
        )

        return self._runtime.call("stacks_create", (), request, Stack.from_dict, options)

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stack:
        """Get an existing stack.

        Returns one stack.

        Operation ``stacks_get``: ``GET /api/app/v1/stack/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_get._get_kwargs()

        return self._runtime.call("stacks_get", (uuid,), request, Stack.from_dict, options)

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
    ) -> StartedAction[Stack]: ...

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
    ) -> Stack: ...

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
    ) -> StartedAction[Stack] | Stack: ...

    def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Stack] | Stack:
        """Terminate a stack.

        Terminates every service of the stack and then the stack itself.

        Operation ``stacks_terminate``: ``DELETE /api/app/v1/stack/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_terminate._get_kwargs()

        started = self._runtime.start("stacks_terminate", (uuid,), request, Stack.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def update(
        self,
        uuid: str,
        *,
        services: Sequence[StackServiceUpdate | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stack:
        """Update an existing stack.

        Updates the stored definition of the stack's services (a redeploy applies it to running
        containers).  Services are matched by name; links and volumes-from may name a sibling.

        Operation ``stacks_update``: ``PATCH /api/app/v1/stack/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            services (list[StackServiceUpdate] | Unset): New definitions of the stack's
                services.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = StackUpdate(
            services=services,
        )
        options = CallOptions(timeout, extra_headers)
        request = _stacks_update._get_kwargs(
            body=body,
        )

        return self._runtime.call("stacks_update", (uuid,), request, Stack.from_dict, options)

    def export(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StackExport:
        """Export an existing stack.

        Returns the stack as a stackfile (the Stack YAML format) encoded as JSON: an object keyed by
        service name.  This is not a Stack object.

        Operation ``stacks_export``: ``GET /api/app/v1/stack/{uuid}/export/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_export._get_kwargs()

        return self._runtime.call("stacks_export", (uuid,), request, StackExport.from_dict, options)

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
    ) -> StartedAction[Stack]: ...

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
    ) -> Stack: ...

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
    ) -> StartedAction[Stack] | Stack: ...

    def start(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Stack] | Stack:
        """Start a stack.

        Starts the services of the stack.

        Operation ``stacks_start``: ``POST /api/app/v1/stack/{uuid}/start/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_start._get_kwargs()

        started = self._runtime.start("stacks_start", (uuid,), request, Stack.from_dict, options)
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
    ) -> StartedAction[Stack]: ...

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
    ) -> Stack: ...

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
    ) -> StartedAction[Stack] | Stack: ...

    def stop(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Stack] | Stack:
        """Stop a stack.

        Stops the services of the stack.

        Operation ``stacks_stop``: ``POST /api/app/v1/stack/{uuid}/stop/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_stop._get_kwargs()

        started = self._runtime.start("stacks_stop", (uuid,), request, Stack.from_dict, options)
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
    ) -> StartedAction[Stack]: ...

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
    ) -> Stack: ...

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
    ) -> StartedAction[Stack] | Stack: ...

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
    ) -> StartedAction[Stack] | Stack:
        """Redeploy a stack.

        Redeploys every service of the stack with its current definition.

        Operation ``stacks_redeploy``: ``POST /api/app/v1/stack/{uuid}/redeploy/``.

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

        request = _stacks_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        started = self._runtime.start("stacks_redeploy", (uuid,), request, Stack.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[StackList, Stack]:
        """List all stacks.

        Returns the stacks of the namespace, including recently terminated ones.

        Operation ``stacks_list``: ``GET /api/app/v1/stack/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            name (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _stacks_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            name=name,
        )

        return self._runtime.paginate("stacks_list", (), request, StackList.from_dict, _stacks_list_objects, options)


class AsyncStacks:
    """The stacks operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def find(self, identifier: str) -> Stack:
        """The one stack ``identifier`` names (see ``Stacks.find``)."""
        return await self._runtime.find(_FIND, identifier, self.list, self.get)

    async def create(
        self,
        *,
        name: str,
        nickname: str | Unset = UNSET,
        services: Sequence[ServiceCreate | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stack:
        """Create a new stack.

        Creates a stack and its services (state `Not Running`) without starting them.  Services in the
        body may link to, or take volumes from, a sibling service by its name.

        Operation ``stacks_create``: ``POST /api/app/v1/stack/``.

        Args:
            name (str): Name of the stack, e.g. `my-hello-world-stack`.
            nickname (str | Unset): Display name; defaults to `name`.
            services (list[ServiceCreate] | Unset): Services of the stack, each written like
                a Create a new service body; links and volumes-from may name a sibling service
                instead of giving its resource URI.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = StackCreate(
            name=name,
            nickname=nickname,
            services=services,
        )
        options = CallOptions(timeout, extra_headers)
        request = _stacks_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call("stacks_create", (), request, Stack.from_dict, options)

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stack:
        """Get an existing stack.

        Returns one stack.

        Operation ``stacks_get``: ``GET /api/app/v1/stack/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_get._get_kwargs()

        return await self._runtime.call("stacks_get", (uuid,), request, Stack.from_dict, options)

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
    ) -> AsyncStartedAction[Stack]: ...

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
    ) -> Stack: ...

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
    ) -> AsyncStartedAction[Stack] | Stack: ...

    async def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Stack] | Stack:
        """Terminate a stack.

        Terminates every service of the stack and then the stack itself.

        Operation ``stacks_terminate``: ``DELETE /api/app/v1/stack/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_terminate._get_kwargs()

        started = await self._runtime.start("stacks_terminate", (uuid,), request, Stack.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    async def update(
        self,
        uuid: str,
        *,
        services: Sequence[StackServiceUpdate | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stack:
        """Update an existing stack.

        Updates the stored definition of the stack's services (a redeploy applies it to running
        containers).  Services are matched by name; links and volumes-from may name a sibling.

        Operation ``stacks_update``: ``PATCH /api/app/v1/stack/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            services (list[StackServiceUpdate] | Unset): New definitions of the stack's
                services.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = StackUpdate(
            services=services,
        )
        options = CallOptions(timeout, extra_headers)
        request = _stacks_update._get_kwargs(
            body=body,
        )

        return await self._runtime.call("stacks_update", (uuid,), request, Stack.from_dict, options)

    async def export(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StackExport:
        """Export an existing stack.

        Returns the stack as a stackfile (the Stack YAML format) encoded as JSON: an object keyed by
        service name.  This is not a Stack object.

        Operation ``stacks_export``: ``GET /api/app/v1/stack/{uuid}/export/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_export._get_kwargs()

        return await self._runtime.call("stacks_export", (uuid,), request, StackExport.from_dict, options)

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
    ) -> AsyncStartedAction[Stack]: ...

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
    ) -> Stack: ...

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
    ) -> AsyncStartedAction[Stack] | Stack: ...

    async def start(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Stack] | Stack:
        """Start a stack.

        Starts the services of the stack.

        Operation ``stacks_start``: ``POST /api/app/v1/stack/{uuid}/start/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_start._get_kwargs()

        started = await self._runtime.start("stacks_start", (uuid,), request, Stack.from_dict, options)
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
    ) -> AsyncStartedAction[Stack]: ...

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
    ) -> Stack: ...

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
    ) -> AsyncStartedAction[Stack] | Stack: ...

    async def stop(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Stack] | Stack:
        """Stop a stack.

        Stops the services of the stack.

        Operation ``stacks_stop``: ``POST /api/app/v1/stack/{uuid}/stop/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _stacks_stop._get_kwargs()

        started = await self._runtime.start("stacks_stop", (uuid,), request, Stack.from_dict, options)
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
    ) -> AsyncStartedAction[Stack]: ...

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
    ) -> Stack: ...

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
    ) -> AsyncStartedAction[Stack] | Stack: ...

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
    ) -> AsyncStartedAction[Stack] | Stack:
        """Redeploy a stack.

        Redeploys every service of the stack with its current definition.

        Operation ``stacks_redeploy``: ``POST /api/app/v1/stack/{uuid}/redeploy/``.

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

        request = _stacks_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        started = await self._runtime.start("stacks_redeploy", (uuid,), request, Stack.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[StackList, Stack]:
        """List all stacks.

        Returns the stacks of the namespace, including recently terminated ones.

        Operation ``stacks_list``: ``GET /api/app/v1/stack/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            name (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _stacks_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            name=name,
        )

        return self._runtime.paginate("stacks_list", (), request, StackList.from_dict, _stacks_list_objects, options)


class StacksWithRawResponse:
    """``client.with_raw_response.stacks``: the stacks operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def create(
        self,
        *,
        name: str,
        nickname: str | Unset = UNSET,
        services: Sequence[ServiceCreate | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``Stacks.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = StackCreate(
            name=name,
            nickname=nickname,
            services=services,
        )
        options = CallOptions(timeout, extra_headers)
        request = _stacks_create._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("stacks_create", (), request, Stack.from_dict, options)

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``Stacks.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_get._get_kwargs()

        return self._runtime.call_raw("stacks_get", (uuid,), request, Stack.from_dict, options)

    def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``Stacks.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_terminate._get_kwargs()

        return self._runtime.call_raw("stacks_terminate", (uuid,), request, Stack.from_dict, options)

    def update(
        self,
        uuid: str,
        *,
        services: Sequence[StackServiceUpdate | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``Stacks.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = StackUpdate(
            services=services,
        )
        options = CallOptions(timeout, extra_headers)
        request = _stacks_update._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("stacks_update", (uuid,), request, Stack.from_dict, options)

    def export(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[StackExport]:
        """``Stacks.export``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_export._get_kwargs()

        return self._runtime.call_raw("stacks_export", (uuid,), request, StackExport.from_dict, options)

    def start(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``Stacks.start``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_start._get_kwargs()

        return self._runtime.call_raw("stacks_start", (uuid,), request, Stack.from_dict, options)

    def stop(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``Stacks.stop``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_stop._get_kwargs()

        return self._runtime.call_raw("stacks_stop", (uuid,), request, Stack.from_dict, options)

    def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``Stacks.redeploy``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _stacks_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        return self._runtime.call_raw("stacks_redeploy", (uuid,), request, Stack.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[StackList]:
        """``Stacks.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _stacks_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            name=name,
        )

        return self._runtime.call_raw("stacks_list", (), request, StackList.from_dict, options)


class AsyncStacksWithRawResponse:
    """``async_client.with_raw_response.stacks``: the stacks operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        *,
        name: str,
        nickname: str | Unset = UNSET,
        services: Sequence[ServiceCreate | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``AsyncStacks.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = StackCreate(
            name=name,
            nickname=nickname,
            services=services,
        )
        options = CallOptions(timeout, extra_headers)
        request = _stacks_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("stacks_create", (), request, Stack.from_dict, options)

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``AsyncStacks.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_get._get_kwargs()

        return await self._runtime.call_raw("stacks_get", (uuid,), request, Stack.from_dict, options)

    async def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``AsyncStacks.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_terminate._get_kwargs()

        return await self._runtime.call_raw("stacks_terminate", (uuid,), request, Stack.from_dict, options)

    async def update(
        self,
        uuid: str,
        *,
        services: Sequence[StackServiceUpdate | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``AsyncStacks.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = StackUpdate(
            services=services,
        )
        options = CallOptions(timeout, extra_headers)
        request = _stacks_update._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("stacks_update", (uuid,), request, Stack.from_dict, options)

    async def export(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[StackExport]:
        """``AsyncStacks.export``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_export._get_kwargs()

        return await self._runtime.call_raw("stacks_export", (uuid,), request, StackExport.from_dict, options)

    async def start(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``AsyncStacks.start``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_start._get_kwargs()

        return await self._runtime.call_raw("stacks_start", (uuid,), request, Stack.from_dict, options)

    async def stop(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``AsyncStacks.stop``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _stacks_stop._get_kwargs()

        return await self._runtime.call_raw("stacks_stop", (uuid,), request, Stack.from_dict, options)

    async def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Stack]:
        """``AsyncStacks.redeploy``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _stacks_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        return await self._runtime.call_raw("stacks_redeploy", (uuid,), request, Stack.from_dict, options)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[StackList]:
        """``AsyncStacks.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _stacks_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            name=name,
        )

        return await self._runtime.call_raw("stacks_list", (), request, StackList.from_dict, options)
