"""Validate HTTP exchanges against ``spec/openapi.yaml`` with openapi-core (shared by the test suites).

The emulator tests validate live httpx traffic, the cassette tests validate recorded interactions; both
turn what they have into :class:`OpenAPIRequest` / :class:`OpenAPIResponse` and call :func:`openapi`.
Two conventions of the spec need care (docs/architecture.md): paths are written without the namespace
segment, and REST timestamps have the custom format ``rfc1123-date-time`` (ISO 8601 is accepted too).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from dockercloud_api.types import parse_timestamp

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "openapi.yaml"
_AFTER_VERSION = re.compile(r"^(/api/[a-z]+/v1/)([^/]+)/(.*)$")
_REPOSITORY = re.compile(r"^(/api/repo/v1/repository/)(.+)/$")


def load_yaml(path: Path) -> Any:
    """A YAML file as ``yaml.safe_load`` reads it, with libyaml's parser (some 6 times faster on the spec)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def spec() -> dict[str, Any]:
    """The parsed spec (loaded once; not to be changed: see :func:`spec_copy`)."""
    loaded: dict[str, Any] = load_yaml(SPEC_PATH)
    return loaded


def spec_copy() -> dict[str, Any]:
    """A copy of the parsed spec of the caller's own, which it may change."""
    return copy.deepcopy(spec())


@cache
def resource_segments() -> frozenset[str]:
    """The first segment after ``/v1/`` of every spec path (``service``, ``nodecluster``, ...)."""
    return frozenset(m.group(2) for path in spec()["paths"] if (m := _AFTER_VERSION.match(path)))


def strip_namespace(path: str) -> str:
    """``/api/app/v1/demo-org/service/`` -> ``/api/app/v1/service/`` (spec paths have no namespace)."""
    match = _AFTER_VERSION.match(path)
    if match and match.group(2) not in resource_segments():
        return match.group(1) + match.group(3)
    return path


def spec_path(url: str) -> str:
    """The spec-side path of a request URL: namespace stripped, a repository name as one segment."""
    path = strip_namespace(urlsplit(url).path)
    repository = _REPOSITORY.match(path)
    if repository:  # repository names contain slashes; the spec's {name} is one path segment
        return repository.group(1) + repository.group(2).replace("/", "%2F") + "/"
    return path


def is_wire_timestamp(value: Any) -> bool:
    """A timestamp as the spec lets clients read it: RFC 1123 (REST objects) or ISO 8601 (events)."""
    if not isinstance(value, str):
        return True
    try:
        parse_timestamp(value)
    except ValueError:
        return False
    return True


@cache
def openapi() -> OpenAPI:
    """openapi-core over the spec, with the wire form of timestamps (loaded once)."""
    config = Config(
        extra_format_validators={"rfc1123-date-time": is_wire_timestamp},
        extra_format_unmarshallers={"rfc1123-date-time": parse_timestamp},
    )
    return OpenAPI.from_dict(spec(), config=config)


class OpenAPIRequest:
    """openapi-core's Request protocol over the parts of a request."""

    def __init__(self, method: str, url: str, headers: Mapping[str, str], body: bytes | None) -> None:
        parts = urlsplit(url)
        self.host_url = f"{parts.scheme}://{parts.netloc}"
        self.path = spec_path(url)
        self.method = method.lower()
        self.body = body or None
        self.content_type = headers.get("content-type", "application/json")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(parts.query, keep_blank_values=True)),
            header=Headers(dict(headers)),
            cookie=ImmutableMultiDict({}),
        )


class OpenAPIResponse:
    """openapi-core's Response protocol over the parts of a response."""

    def __init__(self, status_code: int, headers: Mapping[str, str], body: bytes | None) -> None:
        self.status_code = status_code
        self.headers = Headers(dict(headers))
        self.content_type = self.headers.get("content-type", "")
        self.data = body or None
