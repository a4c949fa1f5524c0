# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource groups (one package per tag), the types their methods return and the runtime they call.

Defined in ``dockercloud_api._seam``; ``dockercloud_client`` implements the ``Runtime`` protocols and re-exports the types.
"""

from .._seam import (
    MAX_PAGES,
    ActionTracker,
    AsyncActionTracker,
    AsyncFetch,
    AsyncPaginator,
    AsyncRuntime,
    AsyncStartedAction,
    CallOptions,
    Fetch,
    Lookup,
    Paginator,
    Parse,
    PathArgs,
    ProgressCallback,
    RawResponse,
    Runtime,
    StartedAction,
    no_content,
)

__all__ = [
    "MAX_PAGES",
    "ActionTracker",
    "AsyncActionTracker",
    "AsyncFetch",
    "AsyncPaginator",
    "AsyncRuntime",
    "AsyncStartedAction",
    "CallOptions",
    "Fetch",
    "Lookup",
    "Paginator",
    "Parse",
    "PathArgs",
    "ProgressCallback",
    "RawResponse",
    "Runtime",
    "StartedAction",
    "no_content",
]
