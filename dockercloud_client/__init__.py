"""Typed Python client for the Docker Cloud REST and Stream APIs.

Example::

    from dockercloud_client import Client, models

    with Client() as client:  # credentials from the environment
        for service in client.services.list(state=models.ServiceState.RUNNING):
            print(service.name)
        web = client.services.create(image="tutum/hello-world", name="web")
        started = client.services.start(web.uuid)  # a StartedAction
        print(started.action().state)  # the action tracking the start
        web = started.wait(timeout=120)  # blocks until the action succeeds
        with client.events.stream(type="service") as events:  # the Stream API (websockets)
            for item in events:
                print(item)
                break

The request and response models are re-exported as ``dockercloud_client.models``::

    from dockercloud_client import Client, models

    with Client() as client:
        client.stacks.create(name="shop", services=[models.ServiceCreate(image="tutum/hello-world")])
"""

from dockercloud_api.api import AsyncPaginator, AsyncStartedAction, Paginator, RawResponse, StartedAction

from . import models
from ._client import AsyncClient, Client
from ._config import DEFAULT_REST_HOST, DEFAULT_STREAM_HOST, DEFAULT_TIMEOUT, Credentials, package_version
from ._runtime import AsyncCompletedAction, CompletedAction
from ._transport import AsyncRetryTransport, RetryPolicy, RetryTransport
from .errors import (
    ActionFailedError,
    ActionTimeoutError,
    AmbiguousIdentifierError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    CredentialsError,
    DockerCloudError,
    InternalServerError,
    InvalidIdentifierError,
    InvalidValueError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    StreamServerError,
    UnsupportedMediaTypeError,
)
from .streams import (
    AsyncEventStream,
    AsyncExecSession,
    AsyncLogStream,
    Event,
    EventAction,
    EventItem,
    EventStream,
    EventType,
    ExecOutput,
    ExecSession,
    LogLine,
    LogStream,
    LogStreamType,
    ReconnectPolicy,
    StreamOptions,
    StreamReconnected,
)

#: The installed version of the ``dockercloud-client`` distribution (from its package metadata).
__version__: str = package_version()

__all__ = [
    "DEFAULT_REST_HOST",
    "DEFAULT_STREAM_HOST",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ActionFailedError",
    "ActionTimeoutError",
    "AmbiguousIdentifierError",
    "AsyncClient",
    "AsyncEventStream",
    "AsyncExecSession",
    "AsyncLogStream",
    "AsyncPaginator",
    "AsyncRetryTransport",
    "AsyncCompletedAction",
    "AsyncStartedAction",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "Client",
    "CompletedAction",
    "ConfigurationError",
    "ConflictError",
    "Credentials",
    "CredentialsError",
    "DockerCloudError",
    "Event",
    "EventAction",
    "EventItem",
    "EventStream",
    "EventType",
    "ExecOutput",
    "ExecSession",
    "InternalServerError",
    "InvalidIdentifierError",
    "InvalidValueError",
    "LogLine",
    "LogStream",
    "LogStreamType",
    "MethodNotAllowedError",
    "NotFoundError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ReconnectPolicy",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "StartedAction",
    "StreamOptions",
    "StreamReconnected",
    "StreamServerError",
    "UnsupportedMediaTypeError",
    "__version__",
    "models",
]
