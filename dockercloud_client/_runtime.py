"""The runtime that the generated resource classes call (the ``Runtime`` protocols of
``dockercloud_api.api``): sends a generated module's request with the namespace, credentials,
user agent and per-call options applied, maps errors, parses, paginates and tracks actions.

Each response body is decoded from JSON once (:meth:`_Base._decode`); the typed parser of the
operation (a model's ``from_dict``), the list envelope's ``meta.next`` and a 202 answer's
``resource_uri`` all read that one decoded value.
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import httpx

from dockercloud_api._decoding import lazy_errors, parse_json
from dockercloud_api.api import (
    AsyncPaginator,
    AsyncStartedAction,
    CallOptions,
    Lookup,
    Paginator,
    Parse,
    PathArgs,
    ProgressCallback,
    RawResponse,
    StartedAction,
)
from dockercloud_api.models.action import Action
from dockercloud_api.types import DecodeError, find_undocumented

from ._actions import ACTION_URI_HEADER, ActionWaiter, AsyncActionWaiter
from ._config import Credentials, checked_timeout
from ._find import find_one, find_one_async
from ._headers import is_field_name, unsendable_character
from ._http import AsyncDirectHTTP, DirectHTTP
from ._identifiers import PathValue, ResolvedPath, resolve_path
from ._logging import log_request, log_response
from ._redaction import without_request
from ._transport import MAX_RETRIES_EXTENSION, RETRIED_AFTER_SEND
from .errors import (
    APIConnectionError,
    APITimeoutError,
    DockerCloudError,
    InvalidIdentifierError,
    InvalidValueError,
    NotFoundError,
    ResponseValidationError,
    status_error_from_response,
)

T = TypeVar("T")
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

#: The options of a call that gave none (the client's defaults apply).
NO_OPTIONS = CallOptions()


class OperationFacts(Protocol):
    """What the runtime reads from ``dockercloud_api.operations.OperationInfo``."""

    @property
    def operation_id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def namespaced(self) -> bool: ...
    @property
    def authenticated(self) -> bool: ...
    @property
    def composite(self) -> tuple[str, ...]: ...
    @property
    def page_limits(self) -> tuple[int, int] | None: ...
    @property
    def success_status(self) -> int: ...


@dataclass(frozen=True)
class Settings:
    """Everything a runtime needs besides the HTTP client (shared by ``with_namespace`` copies).

    Attributes:
        rest_host: REST base URL without trailing slash.
        credentials: the resolved credentials.
        user_agent: the ``User-Agent`` value.
        namespace: namespace for namespaced operations, or None.
        operations: operation facts by operationId.
        action_from_dict: builds the action object from its JSON.
        timeout: the timeout of every request (``with_options``); None: the HTTP client's.
        max_retries: the retries of every request (``with_options``); None: the transport's.
        strict: also refuse a response that lacks an attribute the spec documents as always sent
            (tolerant decoding accepts it); the project's own emulator and cassette tests use it.
    """

    rest_host: str
    credentials: Credentials
    user_agent: str
    namespace: str | None
    operations: Mapping[str, OperationFacts]
    action_from_dict: Callable[[Mapping[str, Any]], Action] = Action.from_dict
    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    strict: bool = False


class _Base:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def path_values(self, operation_id: str, *args: str | None) -> tuple[str, ...]:
        """Checked path parameter values from identifiers, composite names or resource URIs.

        Each value remembers the namespace of a resource URI it came from (:class:`PathValue`), so
        the request goes there. See ``_identifiers.resolve_path``.

        Raises:
            InvalidIdentifierError: before anything is sent.
        """
        resolved = self._resolve(operation_id, args)
        return tuple(PathValue(value, resolved.namespace) for value in resolved.values)

    def path(self, operation_id: str, *args: str | None) -> str:
        """The checked path of an operation for identifiers or resource URIs, namespace included."""
        return self._resolve(operation_id, args).path()

    def _resolve(self, operation_id: str, args: Sequence[object | None]) -> ResolvedPath:
        info = self._info(operation_id)
        carried = {a.namespace for a in args if isinstance(a, PathValue) and a.namespace is not None}
        if len(carried) > 1:
            raise InvalidIdentifierError(f"path parameters of {operation_id} come from different namespaces")
        # A namespace carried from a URI was already checked against this client's own.
        namespace = carried.pop() if carried else self.settings.namespace
        return resolve_path(info.path, args, namespace=namespace, namespaced=info.namespaced, composite=info.composite)

    def _info(self, operation_id: str) -> OperationFacts:
        try:
            return self.settings.operations[operation_id]
        except KeyError:
            raise DockerCloudError(f"unknown operation {operation_id!r}") from None

    def _build(
        self, operation_id: str, path: PathArgs, request: Mapping[str, Any], options: CallOptions, bulk: bool = False
    ) -> dict[str, Any]:
        """httpx ``request()`` arguments for the caller's path arguments and a ``_get_kwargs`` result.

        The path is resolved here, once, from the operation's template and what the caller passed
        (identifiers, composite names or resource URIs are checked, never trusted: decision 12).
        A list called without ``limit`` gets the spec's default page size, or its maximum when
        ``bulk`` (every item will be read: fewer, larger pages; the ``next`` links keep the size).
        """
        info = self._info(operation_id)
        headers = _replaced(self._headers(info.authenticated), request.get("headers"), options.extra_headers)
        kwargs: dict[str, Any] = {
            "method": request.get("method", info.method),
            "url": self.settings.rest_host + self._resolve(operation_id, path).path(),
            "headers": headers,
        }
        for key in ("params", "json", "content", "data", "files", "cookies"):
            if key in request:
                kwargs[key] = request[key]
        if info.page_limits is not None and "limit" not in kwargs.get("params", {}):
            default, maximum = info.page_limits
            kwargs["params"] = {"limit": maximum if bulk else default, **kwargs.get("params", {})}
        return self._with_limits(kwargs, options.timeout)

    def _with_limits(self, kwargs: dict[str, Any], timeout: float | httpx.Timeout | None = None) -> dict[str, Any]:
        """Add the per-call timeout (else ``with_options``'s) and ``with_options``'s retries."""
        timeout = self.settings.timeout if timeout is None else checked_timeout(timeout)
        if timeout is not None:
            kwargs["timeout"] = timeout
        if self.settings.max_retries is not None:
            kwargs["extensions"] = {MAX_RETRIES_EXTENSION: self.settings.max_retries}
        return kwargs

    def _follow(self, link: str, options: CallOptions = NO_OPTIONS) -> dict[str, Any]:
        """httpx ``request()`` arguments for a GET of a server-given link (next page, action, object).

        Only the path and query are used, against the configured host, so credentials never go to
        a host named in a response.
        """
        parts = urlsplit(link)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = _replaced(self._headers(True), options.extra_headers)
        return self._with_limits(
            {"method": "GET", "url": self.settings.rest_host + path, "headers": headers}, options.timeout
        )

    def _headers(self, authenticated: bool) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": self.settings.user_agent}
        if authenticated:
            headers["Authorization"] = self.settings.credentials.authorization
        return headers

    @staticmethod
    def _done_by_lost_attempt(request: Mapping[str, Any], response: httpx.Response) -> bool:
        """Whether a DELETE failed only because an earlier attempt, whose answer was lost, did it.

        The transport marks a response to a request retried after an attempt the server may have
        processed; for a DELETE, a 404 or an "already terminated/terminating" answer then means success.
        """
        if request["method"] != "DELETE" or not response.extensions.get(RETRIED_AFTER_SEND):
            return False
        if response.status_code == 404:
            return True
        return response.status_code in (400, 409) and "already terminat" in response.text[:2000].lower()

    def _get_again(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """A GET of a request's own URL (the object a DELETE was about), with its limits."""
        headers = {k: v for k, v in request["headers"].items() if k.lower() != "content-type"}
        again = {"method": "GET", "url": request["url"], "headers": headers}
        return again | {k: request[k] for k in ("timeout", "extensions") if k in request}

    def _check(self, response: httpx.Response) -> httpx.Response:
        if not 200 <= response.status_code < 300:
            raise status_error_from_response(response)
        return response

    def _decode(self, operation_id: str, response: httpx.Response) -> Any:
        """The response body decoded from JSON: the one parse of each response (None when empty)."""
        if not response.content:
            return None
        try:
            return parse_json(response.content)
        except ValueError:  # orjson.JSONDecodeError is one
            raise self._invalid(operation_id, response, "body is not JSON") from None

    def _parse(self, operation_id: str, response: httpx.Response, parse: Parse[T]) -> T:
        """The typed success body: ``parse`` applied to the body decoded from JSON."""
        return self._typed(operation_id, response, parse, self._decode(operation_id, response))

    def _typed(self, operation_id: str, response: httpx.Response, parse: Parse[T], data: Any) -> T:
        """``parse`` applied to the already decoded body, its errors reported as ``ResponseValidationError``."""
        try:
            # A list page's objects are filled on first access: an invalid one raises the same error then.
            with lazy_errors(lambda error: self._invalid(operation_id, response, error)):
                parsed = parse(data)
            return self._checked(operation_id, response, parsed)
        except DecodeError as exc:
            raise self._invalid(operation_id, response, exc) from exc
        except DockerCloudError:
            raise
        except Exception as exc:  # the generated models raise DecodeError only; anything else is a bug, still reported
            # An empty body (a proxy's 200, a 204 where an object was promised) reaches a model as None.
            reason = "body is empty" if not response.content else f"{type(exc).__name__}: {exc}"
            raise self._invalid(operation_id, response, reason) from exc

    def _checked(self, operation_id: str, response: httpx.Response, decoded: T) -> T:
        """In strict mode, refuse a decoded object that lacks a documented attribute."""
        if self.settings.strict:
            problem = find_undocumented(decoded)
            if problem is not None:
                raise self._invalid(operation_id, response, problem)
        return decoded

    def _raw(self, operation_id: str, response: httpx.Response, parse: Parse[T]) -> RawResponse[T]:
        return RawResponse(response, lambda: self._parse(operation_id, response, parse))

    def _json_object(self, operation_id: str, response: httpx.Response) -> dict[str, Any]:
        data = self._decode(operation_id, response)
        if not isinstance(data, dict):
            raise self._invalid(operation_id, response, "body is not a JSON object")
        return data

    def _page(self, operation_id: str, response: httpx.Response, parse: Parse[PageT]) -> tuple[PageT, str | None]:
        """A list page and its ``next`` link, from one decoding of the body."""
        data = self._json_object(operation_id, response)
        meta = data.get("meta")
        if not isinstance(meta, dict):
            raise self._invalid(operation_id, response, "list envelope without 'meta'")
        link = meta.get("next")
        if link is not None and not isinstance(link, str):
            raise self._invalid(operation_id, response, "'meta.next' is not a string")
        return self._typed(operation_id, response, parse, data), link or None

    def _started(self, operation_id: str, response: httpx.Response, parse: Parse[T]) -> tuple[T, str | None]:
        """A 202 answer's object and its ``resource_uri`` (to refresh it after the action), decoded once."""
        data = self._decode(operation_id, response)
        uri = data.get("resource_uri") if isinstance(data, dict) else None
        return self._typed(operation_id, response, parse, data), uri if isinstance(uri, str) and uri else None

    def require_action_uri(self, uri: str | None, operation_id: str) -> str:
        """``uri``, or raise: the operation answered no action to track."""
        if not uri:
            raise DockerCloudError(
                f"{operation_id} answered without an {ACTION_URI_HEADER} header: nothing to wait for"
            )
        return uri

    def _action_state(self, uri: str, response: httpx.Response) -> tuple[str, Action]:
        data = self._json_object("actions_get", response)
        state = data.get("state")
        if not isinstance(state, str):
            raise self._invalid("actions_get", response, "action without a 'state'")
        return state, self._typed("actions_get", response, self.settings.action_from_dict, data)

    @staticmethod
    def _invalid(operation_id: str, response: httpx.Response, reason: str | DecodeError) -> ResponseValidationError:
        """The error for a 2xx body that is not what the spec promises (``reason`` names the attribute path)."""
        path, expected = (reason.location, reason.expected) if isinstance(reason, DecodeError) else ("", "")
        return ResponseValidationError(
            operation_id=operation_id, status_code=response.status_code, url=str(response.request.url),
            reason=str(reason), path=path, expected=expected,
        )  # fmt: skip


def _check_header(name: str, value: str) -> None:
    """Refuse, before anything is sent, a header that HTTP cannot carry (the value is not shown: it may
    be a credential)."""
    if isinstance(name, str) and not is_field_name(name):
        message = f"extra_headers: {name!r} is not an HTTP header name"
        raise InvalidValueError(message, argument="extra_headers", value=name)
    bad = unsendable_character(value) if isinstance(value, str) else None
    if bad is not None:
        raise InvalidValueError(
            f"extra_headers[{name!r}]: the value cannot be sent in an HTTP header (it holds {bad}; a header"
            " value is printable ASCII)",
            argument=f"extra_headers[{name!r}]",
            value=value,
        )


def _replaced(headers: dict[str, str], *others: Mapping[str, str] | None) -> dict[str, str]:
    """``headers`` updated by each of ``others`` (checked), names compared without case (so never sent twice)."""
    for other in others:
        for name, value in (other or {}).items():
            _check_header(name, value)
            lowered = name.lower()
            for known in [known for known in headers if known.lower() == lowered]:
                del headers[known]
            headers[name] = value
    return headers


def _refuse_unsendable(request: Mapping[str, Any]) -> None:
    """Raise an error naming the value of the JSON body or the query that cannot be sent, if there is one."""
    found = _first_unsendable(request.get("json"), "") or _first_unsendable(request.get("params"), "")
    if found is None:
        return
    path, value = found
    reason = "a lone surrogate is not UTF-8" if isinstance(value, str) else "NaN and infinity are not JSON"
    raise InvalidValueError(f"{path}: {value!r} cannot be sent ({reason})", argument=path, value=value) from None


def _first_unsendable(value: object, path: str) -> tuple[str, object] | None:
    """Where a JSON body or a query holds a string with a lone surrogate, or a JSON body a non-finite float
    (httpx refuses both)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path, value
    elif isinstance(value, float) and not math.isfinite(value):
        return path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            found = _first_unsendable(item, f"{path}.{key}" if path else str(key))
            if found is not None:
                return found
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _first_unsendable(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def _transport_error(request: Mapping[str, Any], exc: httpx.RequestError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(
        f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, method=request["method"], url=request["url"]
    )


class CompletedAction(StartedAction[T]):
    """What a terminate returns when its first attempt did the work but its answer was lost.

    The retried DELETE found the object already terminated or gone: there is no action to follow,
    ``object`` is the object as it is now and :meth:`wait` returns it at once.

    Attributes:
        done: always True (a :class:`StartedAction` has something left to wait for).
    """

    done = True

    def wait(self, timeout: float | None = None, *, on_progress: ProgressCallback | None = None) -> T:
        """Return the object: the work is already done."""
        return self.object


class AsyncCompletedAction(AsyncStartedAction[T]):
    """The asyncio twin of :class:`CompletedAction`."""

    done = True

    async def wait(self, timeout: float | None = None, *, on_progress: ProgressCallback | None = None) -> T:
        """Return the object: the work is already done."""
        return self.object


class SyncRuntime(_Base):
    """Sends generated requests through a shared HTTP client (its own ``DirectHTTP``, or an ``httpx.Client``)."""

    def __init__(
        self,
        settings: Settings,
        http: httpx.Client | DirectHTTP,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(settings)
        self.http = http
        self._sleep = sleep
        self._clock = clock

    def derive(self, settings: Settings) -> SyncRuntime:
        """A runtime with other settings (namespace, timeout, retries) sharing the HTTP client."""
        return SyncRuntime(settings, self.http, sleep=self._sleep, clock=self._clock)

    def send(self, request: dict[str, Any]) -> httpx.Response:
        """Send built request arguments; raise the mapped error for a non-2xx answer."""
        return self._check(self._send(request))

    def _send(self, request: dict[str, Any]) -> httpx.Response:
        log_request(request)
        started = self._clock()
        try:
            response = self.http.request(**request)
        except ValueError:  # a JSON body httpx cannot encode: say which value
            _refuse_unsendable(request)
            raise
        except httpx.RequestError as exc:  # TransportError, or DecodingError of a corrupt compressed body
            log_response(request, None, self._clock() - started)
            # The httpx error holds the request and its Authorization header: chain a copy without it.
            raise _transport_error(request, exc) from without_request(exc)
        log_response(request, response.status_code, self._clock() - started)
        return response

    def call(
        self,
        operation_id: str,
        path: PathArgs,
        request: Mapping[str, Any],
        parse: Parse[T],
        options: CallOptions = NO_OPTIONS,
    ) -> T:
        """Send one operation and return its parsed success body."""
        built = self._build(operation_id, path, request, options)
        response = self._send(built)
        if self._done_by_lost_attempt(built, response) and self._info(operation_id).success_status == 204:
            return parse(None)
        return self._parse(operation_id, self._check(response), parse)

    def call_raw(
        self,
        operation_id: str,
        path: PathArgs,
        request: Mapping[str, Any],
        parse: Parse[T],
        options: CallOptions = NO_OPTIONS,
    ) -> RawResponse[T]:
        """Send one operation and return its response, parsed on demand (``with_raw_response``)."""
        return self._raw(operation_id, self.send(self._build(operation_id, path, request, options)), parse)

    def paginate(
        self,
        operation_id: str,
        path: PathArgs,
        request: Mapping[str, Any],
        parse: Parse[PageT],
        items: Callable[[PageT], Sequence[ItemT]],
        options: CallOptions = NO_OPTIONS,
    ) -> Paginator[PageT, ItemT]:
        """A lazy paginator over a list operation (the options apply to every page)."""
        # Both first requests are built now, so a bad identifier raises before anything is sent.
        firsts = {bulk: self._build(operation_id, path, request, options, bulk=bulk) for bulk in (False, True)}

        def fetch(link: str | None, bulk: bool) -> tuple[PageT, str | None]:
            built = firsts[bulk] if link is None else self._follow(link, options)
            return self._page(operation_id, self.send(built), parse)

        return Paginator(fetch, items)

    def start(
        self,
        operation_id: str,
        path: PathArgs,
        request: Mapping[str, Any],
        parse: Parse[T],
        options: CallOptions = NO_OPTIONS,
    ) -> StartedAction[T]:
        """Send an operation that starts an action; the result can ``wait()`` for it."""
        built = self._build(operation_id, path, request, options)
        response = self._send(built)
        if self._done_by_lost_attempt(built, response):
            done = self._parse(operation_id, self.send(self._get_again(built)), parse)
            return CompletedAction(
                self, object=done, action_uri=None, resource_uri=None, refresh=parse, operation_id=operation_id
            )
        obj, resource_uri = self._started(operation_id, self._check(response), parse)
        return StartedAction(
            self,
            object=obj,
            action_uri=response.headers.get(ACTION_URI_HEADER) or None,
            resource_uri=resource_uri,
            refresh=parse,
            operation_id=operation_id,
        )

    def refresh(self, uri: str, from_dict: Parse[T], operation_id: str) -> T | None:
        """GET a resource URI and build the object from its JSON; None when it is gone (404)."""
        try:
            response = self.send(self._follow(uri))
        except NotFoundError:  # terminated objects may be gone
            return None
        return self._parse(operation_id, response, from_dict)

    def find(
        self, lookup: Lookup, identifier: str, lister: Callable[..., Iterable[T]], getter: Callable[[str], T]
    ) -> T:
        """The one object ``identifier`` names (a generated group's ``find``; see ``_find``)."""
        return find_one(lookup, identifier, lister, getter)

    def fetch_action(self, uri: str) -> Action:
        """GET an action."""
        return self._poll_action(uri)[1]

    def _poll_action(self, uri: str) -> tuple[str, Action]:
        return self._action_state(uri, self.send(self._follow(uri)))

    def wait_action(
        self, uri: str, timeout: float | None = None, on_progress: ProgressCallback | None = None
    ) -> Action:
        """Poll an action until ``Success`` (see ``_actions.ActionWaiter``)."""
        waiter = ActionWaiter(self._poll_action, sleep=self._sleep, clock=self._clock)
        return waiter.wait(uri, timeout, on_progress=on_progress)


class AsyncRuntime(_Base):
    """Sends generated requests through a shared HTTP client (``AsyncDirectHTTP``, or an ``httpx.AsyncClient``)."""

    def __init__(
        self,
        settings: Settings,
        http: httpx.AsyncClient | AsyncDirectHTTP,
        *,
        sleep: Callable[[float], Awaitable[None]],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(settings)
        self.http = http
        self._sleep = sleep
        self._clock = clock

    def derive(self, settings: Settings) -> AsyncRuntime:
        """A runtime with other settings (namespace, timeout, retries) sharing the HTTP client."""
        return AsyncRuntime(settings, self.http, sleep=self._sleep, clock=self._clock)

    async def send(self, request: dict[str, Any]) -> httpx.Response:
        """Send built request arguments; raise the mapped error for a non-2xx answer."""
        return self._check(await self._send(request))

    async def _send(self, request: dict[str, Any]) -> httpx.Response:
        log_request(request)
        started = self._clock()
        try:
            response = await self.http.request(**request)
        except ValueError:  # a JSON body httpx cannot encode: say which value
            _refuse_unsendable(request)
            raise
        except httpx.RequestError as exc:  # TransportError, or DecodingError of a corrupt compressed body
            log_response(request, None, self._clock() - started)
            # The httpx error holds the request and its Authorization header: chain a copy without it.
            raise _transport_error(request, exc) from without_request(exc)
        log_response(request, response.status_code, self._clock() - started)
        return response

    async def call(
        self,
        operation_id: str,
        path: PathArgs,
        request: Mapping[str, Any],
        parse: Parse[T],
        options: CallOptions = NO_OPTIONS,
    ) -> T:
        """Send one operation and return its parsed success body."""
        built = self._build(operation_id, path, request, options)
        response = await self._send(built)
        if self._done_by_lost_attempt(built, response) and self._info(operation_id).success_status == 204:
            return parse(None)
        return self._parse(operation_id, self._check(response), parse)

    async def call_raw(
        self,
        operation_id: str,
        path: PathArgs,
        request: Mapping[str, Any],
        parse: Parse[T],
        options: CallOptions = NO_OPTIONS,
    ) -> RawResponse[T]:
        """Send one operation and return its response, parsed on demand (``with_raw_response``)."""
        return self._raw(operation_id, await self.send(self._build(operation_id, path, request, options)), parse)

    def paginate(
        self,
        operation_id: str,
        path: PathArgs,
        request: Mapping[str, Any],
        parse: Parse[PageT],
        items: Callable[[PageT], Sequence[ItemT]],
        options: CallOptions = NO_OPTIONS,
    ) -> AsyncPaginator[PageT, ItemT]:
        """A lazy paginator over a list operation (the options apply to every page)."""
        # Both first requests are built now, so a bad identifier raises before anything is sent.
        firsts = {bulk: self._build(operation_id, path, request, options, bulk=bulk) for bulk in (False, True)}

        async def fetch(link: str | None, bulk: bool) -> tuple[PageT, str | None]:
            built = firsts[bulk] if link is None else self._follow(link, options)
            return self._page(operation_id, await self.send(built), parse)

        return AsyncPaginator(fetch, items)

    async def start(
        self,
        operation_id: str,
        path: PathArgs,
        request: Mapping[str, Any],
        parse: Parse[T],
        options: CallOptions = NO_OPTIONS,
    ) -> AsyncStartedAction[T]:
        """Send an operation that starts an action; the result can ``await wait()`` for it."""
        built = self._build(operation_id, path, request, options)
        response = await self._send(built)
        if self._done_by_lost_attempt(built, response):
            done = self._parse(operation_id, await self.send(self._get_again(built)), parse)
            return AsyncCompletedAction(
                self, object=done, action_uri=None, resource_uri=None, refresh=parse, operation_id=operation_id
            )
        obj, resource_uri = self._started(operation_id, self._check(response), parse)
        return AsyncStartedAction(
            self,
            object=obj,
            action_uri=response.headers.get(ACTION_URI_HEADER) or None,
            resource_uri=resource_uri,
            refresh=parse,
            operation_id=operation_id,
        )

    async def refresh(self, uri: str, from_dict: Parse[T], operation_id: str) -> T | None:
        """GET a resource URI and build the object from its JSON; None when it is gone (404)."""
        try:
            response = await self.send(self._follow(uri))
        except NotFoundError:  # terminated objects may be gone
            return None
        return self._parse(operation_id, response, from_dict)

    async def find(
        self,
        lookup: Lookup,
        identifier: str,
        lister: Callable[..., AsyncIterable[T]],
        getter: Callable[[str], Awaitable[T]],
    ) -> T:
        """The one object ``identifier`` names (a generated group's ``find``; see ``_find``)."""
        return await find_one_async(lookup, identifier, lister, getter)

    async def fetch_action(self, uri: str) -> Action:
        """GET an action."""
        return (await self._poll_action(uri))[1]

    async def _poll_action(self, uri: str) -> tuple[str, Action]:
        return self._action_state(uri, await self.send(self._follow(uri)))

    async def wait_action(
        self, uri: str, timeout: float | None = None, on_progress: ProgressCallback | None = None
    ) -> Action:
        """Poll an action until ``Success`` (see ``_actions.AsyncActionWaiter``)."""
        waiter = AsyncActionWaiter(self._poll_action, sleep=self._sleep, clock=self._clock)
        return await waiter.wait(uri, timeout, on_progress=on_progress)
