"""``<group>.find(identifier)``: one object from a name, ``name.stack`` or UUID prefix, as the docker-cloud CLI did.

The CLI (through python-dockercloud's ``Utils.fetch_remote_*``) accepted, wherever it wanted an
object, a full UUID, a UUID prefix, a name, or ``name.stack`` for services and containers. It
asked the server's list filters: ``uuid__startswith`` first, then ``name`` when nothing matched (this
module asks ``name`` first, so a name made of hex letters never depends on random UUIDs);
for ``name.stack`` only ``name`` with the stack's name. Exactly one match is the answer; none is
"not found", several are an ambiguity listing the candidates. One refinement: lists keep recently
terminated objects, whose names are often reused, so among several matches a single one that is
not ``Terminated`` wins. A resource URI or a whole UUID is fetched as it is. This module does the same on top of
the generated list operations (sync and async), so ``client.services.find("web")`` works like
``docker-cloud service inspect web``.

Which groups have ``find`` and what it accepts follows from the spec: a group whose list filters by
``uuid__startswith`` gets a generated ``find`` (``generator/resource_groups.py``) with the
:class:`~dockercloud_api.api.Lookup` of its filters: services and containers (UUID prefix, name,
``name.stack``), stacks and node clusters (UUID prefix, name), nodes and actions (UUID prefix
only: they have no name, as in the CLI). Repositories, registries and the catalogue are already
addressed by name in ``get``.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable
from typing import Any, TypeVar

from dockercloud_api.api import Lookup

from .errors import AmbiguousIdentifierError, InvalidIdentifierError, NotFoundError

T = TypeVar("T")

#: How many candidates an ambiguity reports (one more is fetched to know there are more).
MAX_CANDIDATES = 10


#: A whole UUID names one object: it is fetched directly (one GET; a 404 carries the server's message).
_FULL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def is_direct(identifier: str) -> bool:
    """Whether ``identifier`` is fetched as it is (a resource URI or a whole UUID) rather than looked up."""
    return identifier.startswith("/api/") or _FULL_UUID.fullmatch(identifier) is not None


def _checked(identifier: object) -> str:
    if not isinstance(identifier, str):
        raise InvalidIdentifierError(f"identifier must be a string, got {type(identifier).__name__}")
    if not identifier.strip():
        raise InvalidIdentifierError("identifier must not be empty (it would match every object)")
    return identifier


def _label(item: Any) -> str:
    """``<uuid> (<name>)`` of a candidate, with whichever name-like attribute it has."""
    for attr in ("name", "nickname", "action"):
        value = getattr(item, attr, None)
        if isinstance(value, str) and value:
            return f"{item.uuid} ({value})"
    return str(item.uuid)


def _state(item: Any) -> object:
    state = getattr(item, "state", None)
    return getattr(state, "value", state)  # an enum member, or a plain value the decoder kept


def _one(lookup: Lookup, identifier: str, found: list[T]) -> T:
    if len(found) > 1:  # a reused name: the live object, if only one is
        live = [item for item in found if _state(item) != "Terminated"]
        found = live if len(live) == 1 else found
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError(
            status_code=404,
            error=f"no {lookup.kind} matches {identifier!r} (tried: full or short UUID"
            + (", name" if lookup.by_name else "")
            + (", name.stack" if lookup.stack_filter else "")
            + ")",
            method="GET",
            url=lookup.list_path,
        )
    raise AmbiguousIdentifierError(lookup.kind, identifier, tuple(_label(item) for item in found[:MAX_CANDIDATES]),
                                   more=len(found) > MAX_CANDIDATES)  # fmt: skip


def find_one(lookup: Lookup, identifier: str, lister: Callable[..., Iterable[T]], getter: Callable[[str], T]) -> T:
    """The one object ``identifier`` names, through a group's ``list`` and ``get`` methods.

    Raises:
        NotFoundError: nothing matches.
        AmbiguousIdentifierError: several objects match; ``candidates`` lists them.
        InvalidIdentifierError: ``identifier`` is empty or not a string.
    """
    text = _checked(identifier)
    if is_direct(text):
        return getter(text)
    found: list[T] = []
    for query in lookup.queries(text):
        for item in lister(**query):
            found.append(item)
            if len(found) > MAX_CANDIDATES:
                break
        if found:
            break
    return _one(lookup, text, found)


async def find_one_async(
    lookup: Lookup, identifier: str, lister: Callable[..., AsyncIterable[T]], getter: Callable[[str], Awaitable[T]]
) -> T:
    """:func:`find_one` for an async group's ``list`` and ``get``."""
    text = _checked(identifier)
    if is_direct(text):
        return await getter(text)
    found: list[T] = []
    for query in lookup.queries(text):
        async for item in lister(**query):
            found.append(item)
            if len(found) > MAX_CANDIDATES:
                break
        if found:
            break
    return _one(lookup, text, found)
