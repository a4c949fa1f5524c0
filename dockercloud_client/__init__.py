"""Typed Python client for the Docker Cloud REST API.

Example::

    from dockercloud_client import Client

    with Client() as client:                      # credentials from the environment
        for service in client.services.list(state="Running"):
            print(service.name)
        client.services.start(uuid, wait=True)   # blocks until the action succeeds
        with client.events.stream(type="service") as events:   # the Stream API (websockets)
            for event in events:
                print(event.action, event.resource_uri, event.state)

The request and response models are re-exported as ``dockercloud_client.models``::

    from dockercloud_client import Client, models

    client.stacks.create(name="shop", services=[models.ServiceCreate(image="tutum/hello-world")])
"""

from . import models
from ._client import AsyncClient, Client
from ._config import DEFAULT_REST_HOST, DEFAULT_STREAM_HOST, DEFAULT_TIMEOUT, Credentials
from ._pagination import AsyncPaginator, Paginator
from ._runtime import AsyncStartedAction, StartedAction
from ._transport import AsyncRetryTransport, RetryPolicy, RetryTransport
from .errors import (
    ActionFailedError,
    ActionTimeoutError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    CredentialsError,
    DockerCloudError,
    InternalServerError,
    InvalidIdentifierError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
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

__all__ = [
    "DEFAULT_REST_HOST",
    "DEFAULT_STREAM_HOST",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ActionFailedError",
    "ActionTimeoutError",
    "AsyncClient",
    "AsyncEventStream",
    "AsyncExecSession",
    "AsyncLogStream",
    "AsyncPaginator",
    "AsyncRetryTransport",
    "AsyncStartedAction",
    "AuthenticationError",
    "BadRequestError",
    "Client",
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
    "LogLine",
    "LogStream",
    "LogStreamType",
    "MethodNotAllowedError",
    "NotFoundError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "ReconnectPolicy",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "StartedAction",
    "StreamOptions",
    "StreamReconnected",
    "StreamServerError",
    "UnsupportedMediaTypeError",
    "models",
]
