"""The machinery of the cassette kit: normalisation hooks, the cassette format, the scenario
registry and the glue that runs one scenario through ``Client`` or ``AsyncClient``.

Nothing here reads ``/work/shared``; the spec is read from ``spec/openapi.yaml``.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
CASSETTE_DIR = Path(__file__).resolve().parent / "recorded"

#: The host every recorded URI is rewritten to, and the one the clients use while replaying
#: (the spec's emulator server with its default port). Matching ignores host and port anyway.
FIXED_HOST = "http://127.0.0.1:8000"
#: The recording account (the emulator's demo account); the API key must never reach a cassette.
RECORD_USER = "demo"
RECORD_APIKEY = "demo-apikey"
ORG = "demo-org"
#: A UUID that exists nowhere, already in placeholder form so that normalisation keeps it as is.
UNKNOWN_UUID = "ffffffff-0000-4000-8000-000000000000"

FIXED_RFC1123 = "Wed, 17 Sep 2014 08:26:22 +0000"
FIXED_ISO8601 = "2014-09-17T08:26:22Z"
FIXED_USER_AGENT = "dockercloud-client/0.0.0 python/3"

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_PLACEHOLDER = re.compile(r"^[0-9a-f]{8}-0000-4000-8000-000000000000$")
_HOST = re.compile(r"\b(https?|wss?)://(?:127\.0\.0\.1|localhost):\d+")
_RFC1123 = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}:\d{2} (?:\+0000|GMT)"
)
_ISO8601 = re.compile(r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_USER_AGENT = re.compile(r"dockercloud-client/\S+ python/[0-9.]+\w*")
_KEEP_IPS = {"127.0.0.1", "0.0.0.0"}

#: Headers kept in cassettes; everything else (Authorization, User-Agent, Date, Server,
#: Content-Length, ...) is dropped.
REQUEST_HEADERS = ("content-type",)
RESPONSE_HEADERS = ("content-type", "retry-after", "x-dockercloud-action-uri", "location")


class Normaliser:
    """Makes a recording deterministic; one instance per cassette (its mappings are per cassette).

    Applied by vcrpy to every request (before matching and before recording) and to every recorded
    response, in the order of the traffic, so a UUID gets the same placeholder in the requests and
    the responses of a cassette and replay stays self-consistent:

    * ``http://127.0.0.1:<port>`` becomes :data:`FIXED_HOST`;
    * each UUID becomes ``0000000N-0000-4000-8000-000000000000`` (N counts in order of first
      appearance, in hex); placeholders are left alone, so replayed requests match. The emulator's
      node FQDNs start with the first 8 hex digits of the node's UUID: those follow the mapping;
    * RFC 1123 and ISO 8601 timestamps become :data:`FIXED_RFC1123` / :data:`FIXED_ISO8601`;
    * IPv4 addresses (except 127.0.0.1 and 0.0.0.0) become ``192.0.2.N`` in order of appearance;
    * the client's user agent inside bodies becomes :data:`FIXED_USER_AGENT`;
    * only the headers in :data:`REQUEST_HEADERS` / :data:`RESPONSE_HEADERS` are kept;
    * requests to ``/_emulator/`` (fault injection, reset) are not recorded at all.
    """

    def __init__(self) -> None:
        self.uuids: dict[str, str] = {}
        self.ips: dict[str, str] = {}

    def _uuid(self, match: re.Match[str]) -> str:
        value = match.group(0)
        if _PLACEHOLDER.match(value):
            return value
        if value not in self.uuids:
            self.uuids[value] = f"{len(self.uuids) + 1:08x}-0000-4000-8000-000000000000"
        return self.uuids[value]

    def _ip(self, match: re.Match[str]) -> str:
        value = match.group(0)
        if value in _KEEP_IPS or value.startswith("192.0.2."):
            return value
        return self.ips.setdefault(value, f"192.0.2.{len(self.ips) + 1}")

    def text(self, value: str) -> str:
        """Normalise one string (URI, header value or body)."""
        value = _HOST.sub(lambda m: FIXED_HOST.replace("http", m.group(1), 1), value)
        value = _UUID.sub(self._uuid, value)
        for real, placeholder in self.uuids.items():
            value = value.replace(real[:8] + ".", placeholder[:8] + ".")
        value = _RFC1123.sub(FIXED_RFC1123, value)
        value = _ISO8601.sub(FIXED_ISO8601, value)
        value = _IPV4.sub(self._ip, value)
        return _USER_AGENT.sub(FIXED_USER_AGENT, value)

    def _body(self, body: bytes | str | None) -> bytes | str | None:
        if isinstance(body, bytes):
            try:
                return self.text(body.decode("utf-8")).encode("utf-8")
            except UnicodeDecodeError:
                return body
        return self.text(body) if isinstance(body, str) else body

    def request(self, request: Any) -> Any:
        """vcrpy ``before_record_request`` hook (gets a deep copy of a ``vcr.request.Request``)."""
        if urlsplit(request.uri).path.startswith("/_emulator/"):
            return None
        request.uri = self.text(request.uri)
        request.headers = {k: self.text(v) for k, v in request.headers.items() if k.lower() in REQUEST_HEADERS}
        request.body = self._body(request.body_bytes)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """vcrpy ``before_record_response`` hook (a response dict: status, headers, body)."""
        headers = {
            name.lower(): [self.text(v) for v in values]
            for name, values in response["headers"].items()
            if name.lower() in RESPONSE_HEADERS
        }
        body = self._body(response["body"]["string"])
        return {"status": dict(response["status"]), "headers": headers, "body": {"string": body}}


def _pack_body(body: Any) -> Any:
    """``{"json": <parsed>}`` for a JSON text, ``{"string": <text>}`` otherwise, None when empty."""
    if body in (None, "", b""):
        return None
    text = body.decode("utf-8") if isinstance(body, bytes) else str(body)
    try:
        return {"json": json.loads(text)}
    except ValueError:
        return {"string": text}


def _unpack_body(body: Any) -> str:
    if body is None:
        return ""
    if "json" in body:
        return json.dumps(body["json"], ensure_ascii=False)
    return str(body["string"])


class PrettyJSONSerializer:
    """vcrpy serializer registered as ``json``: JSON bodies are stored parsed and pretty-printed.

    File format (``version`` 1 as in vcrpy; only the bodies differ)::

        {"version": 1, "interactions": [{
            "request": {"method": "GET", "uri": "http://127.0.0.1:8000/api/...", "headers": {...},
                        "body": null | {"json": ...} | {"string": "..."}},
            "response": {"status": {"code": 200, "message": "OK"}, "headers": {"content-type": [...]},
                         "body": null | {"json": ...} | {"string": "..."}}}]}
    """

    @staticmethod
    def serialize(cassette: dict[str, Any]) -> str:
        """Cassette dict (vcrpy's, bodies as text) -> file text."""
        out = []
        for item in cassette["interactions"]:
            request = dict(item["request"], body=_pack_body(item["request"]["body"]))
            response = dict(item["response"], body=_pack_body(item["response"]["body"]["string"]))
            out.append({"request": request, "response": response})
        return json.dumps({"version": cassette["version"], "interactions": out}, indent=2, ensure_ascii=False) + "\n"

    @staticmethod
    def deserialize(text: str) -> dict[str, Any]:
        """File text -> vcrpy's cassette dict."""
        data = json.loads(text)
        for item in data["interactions"]:
            item["request"]["body"] = _unpack_body(item["request"]["body"])
            item["response"]["body"] = {"string": _unpack_body(item["response"]["body"])}
        return dict(data)


def load_cassette(path: Path) -> list[dict[str, Any]]:
    """The interactions of a cassette file, bodies still parsed (``{"json": ...}``)."""
    interactions: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["interactions"]
    return interactions


# ---------------------------------------------------------------------------------------------
# Scenarios


@dataclass
class Ctx:
    """What a scenario gets: the client (sync or async) and helpers that hide the difference.

    Attributes:
        api: a ``Client`` or an ``AsyncClient`` (demo account, no namespace).
        is_async: which of the two.
        sleeps: every wait the client asked for (retries, action polls); nothing really sleeps.
        make_client: builds another client of the same kind (e.g. ``apikey="wrong"``).
        inject_fault: ``EmulatorHandle.inject_fault`` while recording, a no-op while replaying.
    """

    api: Any
    is_async: bool
    sleeps: list[float]
    make_client: Callable[..., Any]
    inject_fault: Callable[..., object]
    closers: list[Any] = field(default_factory=list)

    async def __call__(self, value: Any) -> Any:
        """The value of a client call: awaits it for the async client."""
        return await value if inspect.isawaitable(value) else value

    async def items(self, pager: Any) -> list[Any]:
        """Every item of a paginator (``for`` or ``async for``)."""
        if self.is_async:
            return [item async for item in pager]
        return list(pager)

    async def pages(self, pager: Any) -> list[Any]:
        """Every page of a paginator."""
        if self.is_async:
            return [page async for page in pager.pages()]
        return list(pager.pages())

    def client(self, **kwargs: Any) -> Any:
        """Another client of the same kind, closed with the test."""
        made = self.make_client(**kwargs)
        self.closers.append(made)
        return made


ScenarioFn = Callable[[Ctx], Awaitable[None]]


@dataclass(frozen=True)
class Scenario:
    """One recorded scenario, replayed through both clients from one cassette.

    Attributes:
        name: cassette base name (``recorded/<name>.json``).
        covers: operationIds this scenario exercises and asserts on (the coverage gate reads them).
        run: the scenario body.
        slow: record against the emulator whose actions stay ``In progress`` (step 60 s).
    """

    name: str
    covers: tuple[str, ...]
    run: ScenarioFn
    slow: bool = False


SCENARIOS: dict[str, Scenario] = {}
#: The clients every scenario is replayed through. Both send the same requests, so one cassette serves
#: both: ``make record`` records it with the first and replays it with both.
MODES = ("sync", "async")


def scenario(*covers: str, slow: bool = False) -> Callable[[ScenarioFn], ScenarioFn]:
    """Register a scenario under its function name (without ``scenario_``)."""

    def register(fn: ScenarioFn) -> ScenarioFn:
        name = fn.__name__.removeprefix("scenario_")
        assert name not in SCENARIOS, name
        SCENARIOS[name] = Scenario(name, tuple(covers), fn, slow)
        return fn

    return register


def cassette_path(name: str) -> Path:
    """Where a scenario's cassette lives (one for both clients)."""
    return CASSETTE_DIR / f"{name}.json"


# ---------------------------------------------------------------------------------------------
# Spec helpers


def operation_of(method: str, path: str, templates: Mapping[tuple[str, str], str]) -> str | None:
    """The operationId whose method and path template match (namespace already stripped)."""
    for (op_method, template), operation_id in templates.items():
        if op_method != method:
            continue
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if template.startswith("/api/repo/v1/repository/{"):
            pattern = pattern.replace("[^/]+", ".+")  # repository names hold a slash
        if re.match(pattern, path):
            return operation_id
    return None
