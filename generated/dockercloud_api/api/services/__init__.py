# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the services group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.autodestroy import Autodestroy
from ...models.autorestart import Autorestart
from ...models.binding_spec import BindingSpec
from ...models.deployment_strategy import DeploymentStrategy
from ...models.env_var import EnvVar
from ...models.error_body import ErrorBody
from ...models.link_spec import LinkSpec
from ...models.list_meta import ListMeta
from ...models.network_mode import NetworkMode
from ...models.pid_mode import PidMode
from ...models.port_spec import PortSpec
from ...models.role import Role
from ...models.service import Service
from ...models.service_create import ServiceCreate
from ...models.service_list import ServiceList
from ...models.service_state import ServiceState
from ...models.service_update import ServiceUpdate
from ...models.tag_ref import TagRef
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
from . import services_create as _services_create
from . import services_get as _services_get
from . import services_list as _services_list
from . import services_redeploy as _services_redeploy
from . import services_scale as _services_scale
from . import services_start as _services_start
from . import services_stop as _services_stop
from . import services_terminate as _services_terminate
from . import services_update as _services_update


def _services_list_objects(page: ServiceList) -> list[Service]:
    return page.objects


#: How ``find`` searches this group: the filters of its list operation.
_FIND = Lookup("service", "/api/app/v1/service/", by_name=True, stack_filter="stack_name")


class Services:
    """The services operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def find(self, identifier: str) -> Service:
        """The one service named by ``identifier``, resolved as the docker-cloud CLI did.

        Args:
            identifier: a full or short UUID, a name, ``name.stack`` or a resource URI.

        Raises:
            NotFoundError: no service matches.
            AmbiguousIdentifierError: several do; ``candidates`` lists them.
        """
        return self._runtime.find(_FIND, identifier, self.list, self.get)

    def create(
        self,
        *,
        image: str,
        name: str | Unset = UNSET,
        nickname: str | Unset = UNSET,
        target_num_containers: int | Unset = UNSET,
        run_command: None | str | Unset = UNSET,
        entrypoint: None | str | Unset = UNSET,
        container_ports: Sequence[PortSpec | Mapping[str, Any]] | Unset = UNSET,
        container_envvars: Sequence[EnvVar | Mapping[str, Any]] | Unset = UNSET,
        linked_to_service: Sequence[LinkSpec | Mapping[str, Any]] | Unset = UNSET,
        bindings: Sequence[BindingSpec | Mapping[str, Any]] | Unset = UNSET,
        autorestart: Autorestart | str | Unset = UNSET,
        autodestroy: Autodestroy | str | Unset = UNSET,
        sequential_deployment: bool | Unset = UNSET,
        roles: Sequence[Role | str] | Unset = UNSET,
        privileged: bool | Unset = UNSET,
        deployment_strategy: DeploymentStrategy | str | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        autoredeploy: bool | Unset = UNSET,
        net: NetworkMode | str | Unset = UNSET,
        pid: PidMode | str | Unset = UNSET,
        working_dir: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service:
        """Create a new service.

        Creates a service (state `Not running`) without starting any container.

        Operation ``services_create``: ``POST /api/app/v1/service/``.

        Args:
            image (str): Docker image to run, e.g. `tutum/hello-world`.
            name (str | Unset): Name of the service; defaults to the image name without its
                namespace.
            nickname (str | Unset): Display name; defaults to `name`.
            target_num_containers (int | Unset): Number of containers to run. Default: 1.
            run_command (None | str | Unset): Command overriding the image's, e.g.
                `/run.sh`; `null` (the default) keeps the image's.
            entrypoint (None | str | Unset): Entrypoint overriding the image's, e.g.
                `/usr/sbin/sshd`; `null` (the default) keeps the image's.
            container_ports (list[PortSpec] | Unset): Ports to expose, in addition to the
                image's.
            container_envvars (list[EnvVar] | Unset): Environment variables; they override
                those of the image.
            linked_to_service (list[LinkSpec] | Unset): Links to other services.
            bindings (list[BindingSpec] | Unset): Volumes the service mounts.
            autorestart (Autorestart | Unset): When stopped containers are restarted
                automatically. Default: Autorestart.OFF.
            autodestroy (Autodestroy | Unset): When stopped containers are terminated
                automatically. Default: Autodestroy.OFF.
            sequential_deployment (bool | Unset): Deploy and scale containers one after the
                other. Default: False.
            roles (list[Role] | Unset): API roles granted to the service.
            privileged (bool | Unset): Run the containers with Docker's privileged flag.
                Default: False.
            deployment_strategy (DeploymentStrategy | Unset): How containers are spread over
                nodes: `EMPTIEST_NODE` picks the node with the fewest running containers,
                `HIGH_AVAILABILITY` the node with the fewest containers of this service,
                `EVERY_NODE` runs one container on each node (such services cannot be scaled by
                hand). Default: DeploymentStrategy.EMPTIEST_NODE.
            tags (list[TagRef] | Unset): Tags selecting the nodes the service may be
                deployed on.
            autoredeploy (bool | Unset): Redeploy when the image is updated in the Docker
                Cloud registry. Default: False.
            net (NetworkMode | Unset): `bridge`: own network stack on the Docker bridge;
                `host`: the node's network stack. Default: NetworkMode.BRIDGE.
            pid (PidMode | Unset): PID namespace of the containers: `none` (their own) or
                `host` (the node's). Default: PidMode.NONE.
            working_dir (str | Unset): Working directory in the containers. Default: '/'.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = ServiceCreate(
            image=image,
            name=name,
            nickname=nickname,
            target_num_containers=target_num_containers,
            run_command=run_command,
            entrypoint=entrypoint,
            container_ports=container_ports,
            container_envvars=container_envvars,
            linked_to_service=linked_to_service,
            bindings=bindings,
            autorestart=autorestart,
            autodestroy=autodestroy,
            sequential_deployment=sequential_deployment,
            roles=roles,
            privileged=privileged,
            deployment_strategy=deployment_strategy,
            tags=tags,
            autoredeploy=autoredeploy,
            net=net,
            pid=pid,
            working_dir=working_dir,
        )
        options = CallOptions(timeout, extra_headers)
        request = _services_create._get_kwargs(
            body=body,
        )

        return self._runtime.call("services_create", (), request, Service.from_dict, options)

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service:
        """Get an existing service.

        Returns one service.

        Operation ``services_get``: ``GET /api/app/v1/service/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_get._get_kwargs()

        return self._runtime.call("services_get", (uuid,), request, Service.from_dict, options)

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
    ) -> StartedAction[Service]: ...

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
    ) -> Service: ...

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
    ) -> StartedAction[Service] | Service: ...

    def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Service] | Service:
        """Terminate a service.

        Terminates every container of the service and then the service.  This cannot be undone and the
        data in the containers is lost.

        Operation ``services_terminate``: ``DELETE /api/app/v1/service/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_terminate._get_kwargs()

        started = self._runtime.start("services_terminate", (uuid,), request, Service.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def update(
        self,
        uuid: str,
        *,
        image: str | Unset = UNSET,
        autorestart: Autorestart | str | Unset = UNSET,
        autodestroy: Autodestroy | str | Unset = UNSET,
        autoredeploy: bool | Unset = UNSET,
        container_envvars: Sequence[EnvVar | Mapping[str, Any]] | Unset = UNSET,
        container_ports: Sequence[PortSpec | Mapping[str, Any]] | Unset = UNSET,
        cpu_shares: int | Unset = UNSET,
        deployment_strategy: DeploymentStrategy | str | Unset = UNSET,
        entrypoint: str | Unset = UNSET,
        linked_to_service: Sequence[LinkSpec | Mapping[str, Any]] | Unset = UNSET,
        memory: int | Unset = UNSET,
        net: NetworkMode | str | Unset = UNSET,
        nickname: str | Unset = UNSET,
        pid: PidMode | str | Unset = UNSET,
        privileged: bool | Unset = UNSET,
        roles: Sequence[Role | str] | Unset = UNSET,
        run_command: str | Unset = UNSET,
        sequential_deployment: bool | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        target_num_containers: int | Unset = UNSET,
        working_dir: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service:
        """Update an existing service.

        Changes the stored definition of the service.  Running containers keep the old definition until
        the service is redeployed (or scaled, for `target_num_containers`).

        Operation ``services_update``: ``PATCH /api/app/v1/service/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            image (str | Unset): Image, e.g. `tutum/ubuntu:5.6`; the tag defaults to
                `latest`.
            autorestart (Autorestart | Unset): When stopped containers are restarted
                automatically.
            autodestroy (Autodestroy | Unset): When stopped containers are terminated
                automatically.
            autoredeploy (bool | Unset): Redeploy when the image is updated in the Docker
                Cloud registry.
            container_envvars (list[EnvVar] | Unset): Environment variables (replace the
                current list).
            container_ports (list[PortSpec] | Unset): Ports to expose (replace the current
                list).
            cpu_shares (int | Unset): Relative CPU weight of the containers, e.g. 512.
            deployment_strategy (DeploymentStrategy | Unset): How containers are spread over
                nodes: `EMPTIEST_NODE` picks the node with the fewest running containers,
                `HIGH_AVAILABILITY` the node with the fewest containers of this service,
                `EVERY_NODE` runs one container on each node (such services cannot be scaled by
                hand).
            entrypoint (str | Unset): Entrypoint overriding the image's.
            linked_to_service (list[LinkSpec] | Unset): Links to other services (replace the
                current list).
            memory (int | Unset): Memory limit of each container, in MB.
            net (NetworkMode | Unset): `bridge`: own network stack on the Docker bridge;
                `host`: the node's network stack.
            nickname (str | Unset): Display name.
            pid (PidMode | Unset): PID namespace of the containers: `none` (their own) or
                `host` (the node's).
            privileged (bool | Unset): Run the containers with Docker's privileged flag.
            roles (list[Role] | Unset): API roles granted to the service.
            run_command (str | Unset): Command overriding the image's.
            sequential_deployment (bool | Unset): Deploy and scale containers one after the
                other.
            tags (list[TagRef] | Unset): New tag list (replaces the old one).
            target_num_containers (int | Unset): Number of containers the service should run
                (apply with scale).
            working_dir (str | Unset): Working directory in the containers.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = ServiceUpdate(
            image=image,
            autorestart=autorestart,
            autodestroy=autodestroy,
            autoredeploy=autoredeploy,
            container_envvars=container_envvars,
            container_ports=container_ports,
            cpu_shares=cpu_shares,
            deployment_strategy=deployment_strategy,
            entrypoint=entrypoint,
            linked_to_service=linked_to_service,
            memory=memory,
            net=net,
            nickname=nickname,
            pid=pid,
            privileged=privileged,
            roles=roles,
            run_command=run_command,
            sequential_deployment=sequential_deployment,
            tags=tags,
            target_num_containers=target_num_containers,
            working_dir=working_dir,
        )
        options = CallOptions(timeout, extra_headers)
        request = _services_update._get_kwargs(
            body=body,
        )

        return self._runtime.call("services_update", (uuid,), request, Service.from_dict, options)

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
    ) -> StartedAction[Service]: ...

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
    ) -> Service: ...

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
    ) -> StartedAction[Service] | Service: ...

    def start(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Service] | Service:
        """Start a service.

        Starts the containers of a stopped, partly running or not yet started service.

        Operation ``services_start``: ``POST /api/app/v1/service/{uuid}/start/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_start._get_kwargs()

        started = self._runtime.start("services_start", (uuid,), request, Service.from_dict, options)
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
    ) -> StartedAction[Service]: ...

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
    ) -> Service: ...

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
    ) -> StartedAction[Service] | Service: ...

    def stop(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Service] | Service:
        """Stop a service.

        Stops the containers of a running or partly running service.

        Operation ``services_stop``: ``POST /api/app/v1/service/{uuid}/stop/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_stop._get_kwargs()

        started = self._runtime.start("services_stop", (uuid,), request, Service.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    def scale(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Service]: ...

    @overload
    def scale(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service: ...

    @overload
    def scale(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Service] | Service: ...

    def scale(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Service] | Service:
        """Scale a service.

        Starts or terminates containers until the service has its stored `target_num_containers`; set
        that number first with a PATCH.

        Operation ``services_scale``: ``POST /api/app/v1/service/{uuid}/scale/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_scale._get_kwargs()

        started = self._runtime.start("services_scale", (uuid,), request, Service.from_dict, options)
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
    ) -> StartedAction[Service]: ...

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
    ) -> Service: ...

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
    ) -> StartedAction[Service] | Service: ...

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
    ) -> StartedAction[Service] | Service:
        """Redeploy a service.

        Replaces every container of the service with one built from the current service definition.

        Operation ``services_redeploy``: ``POST /api/app/v1/service/{uuid}/redeploy/``.

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

        request = _services_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        started = self._runtime.start("services_redeploy", (uuid,), request, Service.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ServiceState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        stack_name: str | Unset = UNSET,
        stack: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[ServiceList, Service]:
        """List all services.

        Returns the services of the namespace, including recently terminated ones.

        Operation ``services_list``: ``GET /api/app/v1/service/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (ServiceState | Unset): Lifecycle state of a service.  Note the lower-case
                r of `Not running` (stacks write `Not Running`).
            name (str | Unset):
            stack_name (str | Unset):
            stack (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ServiceState, state, "state")

        request = _services_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            stack_name=stack_name,
            stack=stack,
        )

        return self._runtime.paginate(
            "services_list", (), request, ServiceList.from_dict, _services_list_objects, options
        )


class AsyncServices:
    """The services operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def find(self, identifier: str) -> Service:
        """The one service ``identifier`` names (see ``Services.find``)."""
        return await self._runtime.find(_FIND, identifier, self.list, self.get)

    async def create(
        self,
        *,
        image: str,
        name: str | Unset = UNSET,
        nickname: str | Unset = UNSET,
        target_num_containers: int | Unset = UNSET,
        run_command: None | str | Unset = UNSET,
        entrypoint: None | str | Unset = UNSET,
        container_ports: Sequence[PortSpec | Mapping[str, Any]] | Unset = UNSET,
        container_envvars: Sequence[EnvVar | Mapping[str, Any]] | Unset = UNSET,
        linked_to_service: Sequence[LinkSpec | Mapping[str, Any]] | Unset = UNSET,
        bindings: Sequence[BindingSpec | Mapping[str, Any]] | Unset = UNSET,
        autorestart: Autorestart | str | Unset = UNSET,
        autodestroy: Autodestroy | str | Unset = UNSET,
        sequential_deployment: bool | Unset = UNSET,
        roles: Sequence[Role | str] | Unset = UNSET,
        privileged: bool | Unset = UNSET,
        deployment_strategy: DeploymentStrategy | str | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        autoredeploy: bool | Unset = UNSET,
        net: NetworkMode | str | Unset = UNSET,
        pid: PidMode | str | Unset = UNSET,
        working_dir: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service:
        """Create a new service.

        Creates a service (state `Not running`) without starting any container.

        Operation ``services_create``: ``POST /api/app/v1/service/``.

        Args:
            image (str): Docker image to run, e.g. `tutum/hello-world`.
            name (str | Unset): Name of the service; defaults to the image name without its
                namespace.
            nickname (str | Unset): Display name; defaults to `name`.
            target_num_containers (int | Unset): Number of containers to run. Default: 1.
            run_command (None | str | Unset): Command overriding the image's, e.g.
                `/run.sh`; `null` (the default) keeps the image's.
            entrypoint (None | str | Unset): Entrypoint overriding the image's, e.g.
                `/usr/sbin/sshd`; `null` (the default) keeps the image's.
            container_ports (list[PortSpec] | Unset): Ports to expose, in addition to the
                image's.
            container_envvars (list[EnvVar] | Unset): Environment variables; they override
                those of the image.
            linked_to_service (list[LinkSpec] | Unset): Links to other services.
            bindings (list[BindingSpec] | Unset): Volumes the service mounts.
            autorestart (Autorestart | Unset): When stopped containers are restarted
                automatically. Default: Autorestart.OFF.
            autodestroy (Autodestroy | Unset): When stopped containers are terminated
                automatically. Default: Autodestroy.OFF.
            sequential_deployment (bool | Unset): Deploy and scale containers one after the
                other. Default: False.
            roles (list[Role] | Unset): API roles granted to the service.
            privileged (bool | Unset): Run the containers with Docker's privileged flag.
                Default: False.
            deployment_strategy (DeploymentStrategy | Unset): How containers are spread over
                nodes: `EMPTIEST_NODE` picks the node with the fewest running containers,
                `HIGH_AVAILABILITY` the node with the fewest containers of this service,
                `EVERY_NODE` runs one container on each node (such services cannot be scaled by
                hand). Default: DeploymentStrategy.EMPTIEST_NODE.
            tags (list[TagRef] | Unset): Tags selecting the nodes the service may be
                deployed on.
            autoredeploy (bool | Unset): Redeploy when the image is updated in the Docker
                Cloud registry. Default: False.
            net (NetworkMode | Unset): `bridge`: own network stack on the Docker bridge;
                `host`: the node's network stack. Default: NetworkMode.BRIDGE.
            pid (PidMode | Unset): PID namespace of the containers: `none` (their own) or
                `host` (the node's). Default: PidMode.NONE.
            working_dir (str | Unset): Working directory in the containers. Default: '/'.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = ServiceCreate(
            image=image,
            name=name,
            nickname=nickname,
            target_num_containers=target_num_containers,
            run_command=run_command,
            entrypoint=entrypoint,
            container_ports=container_ports,
            container_envvars=container_envvars,
            linked_to_service=linked_to_service,
            bindings=bindings,
            autorestart=autorestart,
            autodestroy=autodestroy,
            sequential_deployment=sequential_deployment,
            roles=roles,
            privileged=privileged,
            deployment_strategy=deployment_strategy,
            tags=tags,
            autoredeploy=autoredeploy,
            net=net,
            pid=pid,
            working_dir=working_dir,
        )
        options = CallOptions(timeout, extra_headers)
        request = _services_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call("services_create", (), request, Service.from_dict, options)

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service:
        """Get an existing service.

        Returns one service.

        Operation ``services_get``: ``GET /api/app/v1/service/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_get._get_kwargs()

        return await self._runtime.call("services_get", (uuid,), request, Service.from_dict, options)

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
    ) -> AsyncStartedAction[Service]: ...

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
    ) -> Service: ...

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
    ) -> AsyncStartedAction[Service] | Service: ...

    async def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Service] | Service:
        """Terminate a service.

        Terminates every container of the service and then the service.  This cannot be undone and the
        data in the containers is lost.

        Operation ``services_terminate``: ``DELETE /api/app/v1/service/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_terminate._get_kwargs()

        started = await self._runtime.start("services_terminate", (uuid,), request, Service.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    async def update(
        self,
        uuid: str,
        *,
        image: str | Unset = UNSET,
        autorestart: Autorestart | str | Unset = UNSET,
        autodestroy: Autodestroy | str | Unset = UNSET,
        autoredeploy: bool | Unset = UNSET,
        container_envvars: Sequence[EnvVar | Mapping[str, Any]] | Unset = UNSET,
        container_ports: Sequence[PortSpec | Mapping[str, Any]] | Unset = UNSET,
        cpu_shares: int | Unset = UNSET,
        deployment_strategy: DeploymentStrategy | str | Unset = UNSET,
        entrypoint: str | Unset = UNSET,
        linked_to_service: Sequence[LinkSpec | Mapping[str, Any]] | Unset = UNSET,
        memory: int | Unset = UNSET,
        net: NetworkMode | str | Unset = UNSET,
        nickname: str | Unset = UNSET,
        pid: PidMode | str | Unset = UNSET,
        privileged: bool | Unset = UNSET,
        roles: Sequence[Role | str] | Unset = UNSET,
        run_command: str | Unset = UNSET,
        sequential_deployment: bool | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        target_num_containers: int | Unset = UNSET,
        working_dir: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service:
        """Update an existing service.

        Changes the stored definition of the service.  Running containers keep the old definition until
        the service is redeployed (or scaled, for `target_num_containers`).

        Operation ``services_update``: ``PATCH /api/app/v1/service/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            image (str | Unset): Image, e.g. `tutum/ubuntu:5.6`; the tag defaults to
                `latest`.
            autorestart (Autorestart | Unset): When stopped containers are restarted
                automatically.
            autodestroy (Autodestroy | Unset): When stopped containers are terminated
                automatically.
            autoredeploy (bool | Unset): Redeploy when the image is updated in the Docker
                Cloud registry.
            container_envvars (list[EnvVar] | Unset): Environment variables (replace the
                current list).
            container_ports (list[PortSpec] | Unset): Ports to expose (replace the current
                list).
            cpu_shares (int | Unset): Relative CPU weight of the containers, e.g. 512.
            deployment_strategy (DeploymentStrategy | Unset): How containers are spread over
                nodes: `EMPTIEST_NODE` picks the node with the fewest running containers,
                `HIGH_AVAILABILITY` the node with the fewest containers of this service,
                `EVERY_NODE` runs one container on each node (such services cannot be scaled by
                hand).
            entrypoint (str | Unset): Entrypoint overriding the image's.
            linked_to_service (list[LinkSpec] | Unset): Links to other services (replace the
                current list).
            memory (int | Unset): Memory limit of each container, in MB.
            net (NetworkMode | Unset): `bridge`: own network stack on the Docker bridge;
                `host`: the node's network stack.
            nickname (str | Unset): Display name.
            pid (PidMode | Unset): PID namespace of the containers: `none` (their own) or
                `host` (the node's).
            privileged (bool | Unset): Run the containers with Docker's privileged flag.
            roles (list[Role] | Unset): API roles granted to the service.
            run_command (str | Unset): Command overriding the image's.
            sequential_deployment (bool | Unset): Deploy and scale containers one after the
                other.
            tags (list[TagRef] | Unset): New tag list (replaces the old one).
            target_num_containers (int | Unset): Number of containers the service should run
                (apply with scale).
            working_dir (str | Unset): Working directory in the containers.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = ServiceUpdate(
            image=image,
            autorestart=autorestart,
            autodestroy=autodestroy,
            autoredeploy=autoredeploy,
            container_envvars=container_envvars,
            container_ports=container_ports,
            cpu_shares=cpu_shares,
            deployment_strategy=deployment_strategy,
            entrypoint=entrypoint,
            linked_to_service=linked_to_service,
            memory=memory,
            net=net,
            nickname=nickname,
            pid=pid,
            privileged=privileged,
            roles=roles,
            run_command=run_command,
            sequential_deployment=sequential_deployment,
            tags=tags,
            target_num_containers=target_num_containers,
            working_dir=working_dir,
        )
        options = CallOptions(timeout, extra_headers)
        request = _services_update._get_kwargs(
            body=body,
        )

        return await self._runtime.call("services_update", (uuid,), request, Service.from_dict, options)

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
    ) -> AsyncStartedAction[Service]: ...

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
    ) -> Service: ...

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
    ) -> AsyncStartedAction[Service] | Service: ...

    async def start(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Service] | Service:
        """Start a service.

        Starts the containers of a stopped, partly running or not yet started service.

        Operation ``services_start``: ``POST /api/app/v1/service/{uuid}/start/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_start._get_kwargs()

        started = await self._runtime.start("services_start", (uuid,), request, Service.from_dict, options)
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
    ) -> AsyncStartedAction[Service]: ...

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
    ) -> Service: ...

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
    ) -> AsyncStartedAction[Service] | Service: ...

    async def stop(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Service] | Service:
        """Stop a service.

        Stops the containers of a running or partly running service.

        Operation ``services_stop``: ``POST /api/app/v1/service/{uuid}/stop/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_stop._get_kwargs()

        started = await self._runtime.start("services_stop", (uuid,), request, Service.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    async def scale(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Service]: ...

    @overload
    async def scale(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service: ...

    @overload
    async def scale(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Service] | Service: ...

    async def scale(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Service] | Service:
        """Scale a service.

        Starts or terminates containers until the service has its stored `target_num_containers`; set
        that number first with a PATCH.

        Operation ``services_scale``: ``POST /api/app/v1/service/{uuid}/scale/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _services_scale._get_kwargs()

        started = await self._runtime.start("services_scale", (uuid,), request, Service.from_dict, options)
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
    ) -> AsyncStartedAction[Service]: ...

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
    ) -> Service: ...

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
    ) -> AsyncStartedAction[Service] | Service: ...

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
    ) -> AsyncStartedAction[Service] | Service:
        """Redeploy a service.

        Replaces every container of the service with one built from the current service definition.

        Operation ``services_redeploy``: ``POST /api/app/v1/service/{uuid}/redeploy/``.

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

        request = _services_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        started = await self._runtime.start("services_redeploy", (uuid,), request, Service.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ServiceState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        stack_name: str | Unset = UNSET,
        stack: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ServiceList, Service]:
        """List all services.

        Returns the services of the namespace, including recently terminated ones.

        Operation ``services_list``: ``GET /api/app/v1/service/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (ServiceState | Unset): Lifecycle state of a service.  Note the lower-case
                r of `Not running` (stacks write `Not Running`).
            name (str | Unset):
            stack_name (str | Unset):
            stack (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ServiceState, state, "state")

        request = _services_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            stack_name=stack_name,
            stack=stack,
        )

        return self._runtime.paginate(
            "services_list", (), request, ServiceList.from_dict, _services_list_objects, options
        )


class ServicesWithRawResponse:
    """``client.with_raw_response.services``: the services operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def create(
        self,
        *,
        image: str,
        name: str | Unset = UNSET,
        nickname: str | Unset = UNSET,
        target_num_containers: int | Unset = UNSET,
        run_command: None | str | Unset = UNSET,
        entrypoint: None | str | Unset = UNSET,
        container_ports: Sequence[PortSpec | Mapping[str, Any]] | Unset = UNSET,
        container_envvars: Sequence[EnvVar | Mapping[str, Any]] | Unset = UNSET,
        linked_to_service: Sequence[LinkSpec | Mapping[str, Any]] | Unset = UNSET,
        bindings: Sequence[BindingSpec | Mapping[str, Any]] | Unset = UNSET,
        autorestart: Autorestart | str | Unset = UNSET,
        autodestroy: Autodestroy | str | Unset = UNSET,
        sequential_deployment: bool | Unset = UNSET,
        roles: Sequence[Role | str] | Unset = UNSET,
        privileged: bool | Unset = UNSET,
        deployment_strategy: DeploymentStrategy | str | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        autoredeploy: bool | Unset = UNSET,
        net: NetworkMode | str | Unset = UNSET,
        pid: PidMode | str | Unset = UNSET,
        working_dir: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``Services.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = ServiceCreate(
            image=image,
            name=name,
            nickname=nickname,
            target_num_containers=target_num_containers,
            run_command=run_command,
            entrypoint=entrypoint,
            container_ports=container_ports,
            container_envvars=container_envvars,
            linked_to_service=linked_to_service,
            bindings=bindings,
            autorestart=autorestart,
            autodestroy=autodestroy,
            sequential_deployment=sequential_deployment,
            roles=roles,
            privileged=privileged,
            deployment_strategy=deployment_strategy,
            tags=tags,
            autoredeploy=autoredeploy,
            net=net,
            pid=pid,
            working_dir=working_dir,
        )
        options = CallOptions(timeout, extra_headers)
        request = _services_create._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("services_create", (), request, Service.from_dict, options)

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``Services.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_get._get_kwargs()

        return self._runtime.call_raw("services_get", (uuid,), request, Service.from_dict, options)

    def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``Services.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_terminate._get_kwargs()

        return self._runtime.call_raw("services_terminate", (uuid,), request, Service.from_dict, options)

    def update(
        self,
        uuid: str,
        *,
        image: str | Unset = UNSET,
        autorestart: Autorestart | str | Unset = UNSET,
        autodestroy: Autodestroy | str | Unset = UNSET,
        autoredeploy: bool | Unset = UNSET,
        container_envvars: Sequence[EnvVar | Mapping[str, Any]] | Unset = UNSET,
        container_ports: Sequence[PortSpec | Mapping[str, Any]] | Unset = UNSET,
        cpu_shares: int | Unset = UNSET,
        deployment_strategy: DeploymentStrategy | str | Unset = UNSET,
        entrypoint: str | Unset = UNSET,
        linked_to_service: Sequence[LinkSpec | Mapping[str, Any]] | Unset = UNSET,
        memory: int | Unset = UNSET,
        net: NetworkMode | str | Unset = UNSET,
        nickname: str | Unset = UNSET,
        pid: PidMode | str | Unset = UNSET,
        privileged: bool | Unset = UNSET,
        roles: Sequence[Role | str] | Unset = UNSET,
        run_command: str | Unset = UNSET,
        sequential_deployment: bool | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        target_num_containers: int | Unset = UNSET,
        working_dir: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``Services.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = ServiceUpdate(
            image=image,
            autorestart=autorestart,
            autodestroy=autodestroy,
            autoredeploy=autoredeploy,
            container_envvars=container_envvars,
            container_ports=container_ports,
            cpu_shares=cpu_shares,
            deployment_strategy=deployment_strategy,
            entrypoint=entrypoint,
            linked_to_service=linked_to_service,
            memory=memory,
            net=net,
            nickname=nickname,
            pid=pid,
            privileged=privileged,
            roles=roles,
            run_command=run_command,
            sequential_deployment=sequential_deployment,
            tags=tags,
            target_num_containers=target_num_containers,
            working_dir=working_dir,
        )
        options = CallOptions(timeout, extra_headers)
        request = _services_update._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("services_update", (uuid,), request, Service.from_dict, options)

    def start(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``Services.start``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_start._get_kwargs()

        return self._runtime.call_raw("services_start", (uuid,), request, Service.from_dict, options)

    def stop(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``Services.stop``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_stop._get_kwargs()

        return self._runtime.call_raw("services_stop", (uuid,), request, Service.from_dict, options)

    def scale(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``Services.scale``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_scale._get_kwargs()

        return self._runtime.call_raw("services_scale", (uuid,), request, Service.from_dict, options)

    def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``Services.redeploy``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _services_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        return self._runtime.call_raw("services_redeploy", (uuid,), request, Service.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ServiceState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        stack_name: str | Unset = UNSET,
        stack: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ServiceList]:
        """``Services.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ServiceState, state, "state")

        request = _services_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            stack_name=stack_name,
            stack=stack,
        )

        return self._runtime.call_raw("services_list", (), request, ServiceList.from_dict, options)


class AsyncServicesWithRawResponse:
    """``async_client.with_raw_response.services``: the services operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        *,
        image: str,
        name: str | Unset = UNSET,
        nickname: str | Unset = UNSET,
        target_num_containers: int | Unset = UNSET,
        run_command: None | str | Unset = UNSET,
        entrypoint: None | str | Unset = UNSET,
        container_ports: Sequence[PortSpec | Mapping[str, Any]] | Unset = UNSET,
        container_envvars: Sequence[EnvVar | Mapping[str, Any]] | Unset = UNSET,
        linked_to_service: Sequence[LinkSpec | Mapping[str, Any]] | Unset = UNSET,
        bindings: Sequence[BindingSpec | Mapping[str, Any]] | Unset = UNSET,
        autorestart: Autorestart | str | Unset = UNSET,
        autodestroy: Autodestroy | str | Unset = UNSET,
        sequential_deployment: bool | Unset = UNSET,
        roles: Sequence[Role | str] | Unset = UNSET,
        privileged: bool | Unset = UNSET,
        deployment_strategy: DeploymentStrategy | str | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        autoredeploy: bool | Unset = UNSET,
        net: NetworkMode | str | Unset = UNSET,
        pid: PidMode | str | Unset = UNSET,
        working_dir: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``AsyncServices.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = ServiceCreate(
            image=image,
            name=name,
            nickname=nickname,
            target_num_containers=target_num_containers,
            run_command=run_command,
            entrypoint=entrypoint,
            container_ports=container_ports,
            container_envvars=container_envvars,
            linked_to_service=linked_to_service,
            bindings=bindings,
            autorestart=autorestart,
            autodestroy=autodestroy,
            sequential_deployment=sequential_deployment,
            roles=roles,
            privileged=privileged,
            deployment_strategy=deployment_strategy,
            tags=tags,
            autoredeploy=autoredeploy,
            net=net,
            pid=pid,
            working_dir=working_dir,
        )
        options = CallOptions(timeout, extra_headers)
        request = _services_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("services_create", (), request, Service.from_dict, options)

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``AsyncServices.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_get._get_kwargs()

        return await self._runtime.call_raw("services_get", (uuid,), request, Service.from_dict, options)

    async def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``AsyncServices.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_terminate._get_kwargs()

        return await self._runtime.call_raw("services_terminate", (uuid,), request, Service.from_dict, options)

    async def update(
        self,
        uuid: str,
        *,
        image: str | Unset = UNSET,
        autorestart: Autorestart | str | Unset = UNSET,
        autodestroy: Autodestroy | str | Unset = UNSET,
        autoredeploy: bool | Unset = UNSET,
        container_envvars: Sequence[EnvVar | Mapping[str, Any]] | Unset = UNSET,
        container_ports: Sequence[PortSpec | Mapping[str, Any]] | Unset = UNSET,
        cpu_shares: int | Unset = UNSET,
        deployment_strategy: DeploymentStrategy | str | Unset = UNSET,
        entrypoint: str | Unset = UNSET,
        linked_to_service: Sequence[LinkSpec | Mapping[str, Any]] | Unset = UNSET,
        memory: int | Unset = UNSET,
        net: NetworkMode | str | Unset = UNSET,
        nickname: str | Unset = UNSET,
        pid: PidMode | str | Unset = UNSET,
        privileged: bool | Unset = UNSET,
        roles: Sequence[Role | str] | Unset = UNSET,
        run_command: str | Unset = UNSET,
        sequential_deployment: bool | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        target_num_containers: int | Unset = UNSET,
        working_dir: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``AsyncServices.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = ServiceUpdate(
            image=image,
            autorestart=autorestart,
            autodestroy=autodestroy,
            autoredeploy=autoredeploy,
            container_envvars=container_envvars,
            container_ports=container_ports,
            cpu_shares=cpu_shares,
            deployment_strategy=deployment_strategy,
            entrypoint=entrypoint,
            linked_to_service=linked_to_service,
            memory=memory,
            net=net,
            nickname=nickname,
            pid=pid,
            privileged=privileged,
            roles=roles,
            run_command=run_command,
            sequential_deployment=sequential_deployment,
            tags=tags,
            target_num_containers=target_num_containers,
            working_dir=working_dir,
        )
        options = CallOptions(timeout, extra_headers)
        request = _services_update._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("services_update", (uuid,), request, Service.from_dict, options)

    async def start(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``AsyncServices.start``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_start._get_kwargs()

        return await self._runtime.call_raw("services_start", (uuid,), request, Service.from_dict, options)

    async def stop(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``AsyncServices.stop``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_stop._get_kwargs()

        return await self._runtime.call_raw("services_stop", (uuid,), request, Service.from_dict, options)

    async def scale(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``AsyncServices.scale``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _services_scale._get_kwargs()

        return await self._runtime.call_raw("services_scale", (uuid,), request, Service.from_dict, options)

    async def redeploy(
        self,
        uuid: str,
        *,
        reuse_volumes: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Service]:
        """``AsyncServices.redeploy``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _services_redeploy._get_kwargs(
            reuse_volumes=reuse_volumes,
        )

        return await self._runtime.call_raw("services_redeploy", (uuid,), request, Service.from_dict, options)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ServiceState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        stack_name: str | Unset = UNSET,
        stack: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ServiceList]:
        """``AsyncServices.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ServiceState, state, "state")

        request = _services_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            stack_name=stack_name,
            stack=stack,
        )

        return await self._runtime.call_raw("services_list", (), request, ServiceList.from_dict, options)
