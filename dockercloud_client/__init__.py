"""Typed Python client for the Docker Cloud REST API.

Example::

    from dockercloud_client import Client

    with Client() as client:                      # credentials from the environment
        for service in client.services.list(state="Running"):
            print(service.name)
        client.services.start(uuid, wait=True)   # blocks until the action succeeds
"""

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
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnsupportedMediaTypeError,
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
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "StartedAction",
    "UnsupportedMediaTypeError",
]
