"""Naming objects on the command line: a UUID, a short UUID (a prefix) or a name, as the docker-cloud CLI did.

This is the CLI's one lookup function. When the library offers ``client.<resource>.find()``, only the
body of :func:`find` changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import click

from .. import Client
from ._output import ApiObject

T = TypeVar("T", bound=ApiObject)

_FULL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


class NotResolved(click.ClickException):
    """No object, or more than one, answers to an identifier: exit status 1."""

    exit_code = 1


@dataclass(frozen=True)
class Kind(Generic[T]):
    """How to look up one kind of object.

    Attributes:
        noun: what the user calls it (``service``), for messages.
        get: fetches one object by UUID or resource URI.
        every: lists every object of the kind (in the client's namespace).
        named: lists the objects with a given name (a server-side filter), or None if the kind has no name.
    """

    noun: str
    get: Callable[[Client, str], T]
    every: Callable[[Client], Iterable[T]]
    named: Callable[[Client, str], Iterable[T]] | None = None


def _live(candidates: list[T]) -> list[T]:
    """Prefer objects that are not ``Terminated`` (their names may be reused)."""
    live = [c for c in candidates if c.to_dict().get("state") != "Terminated"]
    return live or candidates


def _one(kind: Kind[T], identifier: str, candidates: list[T]) -> T | None:
    candidates = _live(candidates)
    if len(candidates) > 1:
        uuids = ", ".join(str(c.to_dict().get("uuid", "?")) for c in candidates)
        raise NotResolved(f"{identifier!r} names more than one {kind.noun} ({uuids}); give a longer UUID")
    return candidates[0] if candidates else None


def find(client: Client, kind: Kind[T], identifier: str) -> T:
    """The one object of ``kind`` that ``identifier`` names.

    A full UUID or a resource URI is fetched directly; otherwise an exact name is tried (through the
    server's ``name`` filter), then a UUID prefix over the listed objects.

    Raises:
        NotResolved: nothing matches, or several objects do.
        DockerCloudError: the API refused a request (e.g. 404 for an unknown full UUID).
    """
    if _FULL_UUID.fullmatch(identifier) or identifier.startswith("/api/"):
        return kind.get(client, identifier)
    if kind.named is not None:
        match = _one(kind, identifier, list(kind.named(client, identifier)))
        if match is not None:
            return match
    prefix = identifier.lower()
    match = _one(kind, identifier, [o for o in kind.every(client) if _uuid(o).startswith(prefix)])
    if match is None:
        raise NotResolved(f"no {kind.noun} named {identifier!r} (by UUID, short UUID or name)")
    return match


def _uuid(obj: ApiObject) -> str:
    data: dict[str, Any] = obj.to_dict()
    return str(data.get("uuid", "")).lower()
