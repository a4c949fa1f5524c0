"""Naming objects on the command line: a UUID, a short UUID (a prefix) or a name, as the docker-cloud CLI did.

The lookup itself is the library's ``client.<group>.find()``; this module only turns its errors into the
CLI's one-line messages (exit status 1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import click

from .. import Client
from .._find import is_direct
from ..errors import AmbiguousIdentifierError, NotFoundError
from ._output import ApiObject

T = TypeVar("T", bound=ApiObject)


class NotResolved(click.ClickException):
    """No object, or more than one, answers to an identifier: exit status 1."""

    exit_code = 1


@dataclass(frozen=True)
class Kind(Generic[T]):
    """One kind of object a command line argument may name.

    Attributes:
        noun: what the user calls it (``service``), for messages.
        find: the group's ``find`` (UUID, short UUID, name or resource URI, one match or an error).
    """

    noun: str
    find: Callable[[Client, str], T]


def find(client: Client, kind: Kind[T], identifier: str) -> T:
    """The one object of ``kind`` that ``identifier`` names.

    A whole UUID or a resource URI is fetched as it is, so an unknown one fails with the server's message.

    Raises:
        NotResolved: nothing matches, or several objects do.
        DockerCloudError: the API refused a request.
    """
    if is_direct(identifier):
        return kind.find(client, identifier)
    try:
        return kind.find(client, identifier)
    except AmbiguousIdentifierError as exc:
        listed = ", ".join(exc.candidates) + (", ..." if exc.more else "")
        raise NotResolved(f"{identifier!r} names more than one {kind.noun} ({listed}); give a longer UUID") from None
    except NotFoundError:
        raise NotResolved(f"no {kind.noun} named {identifier!r} (by UUID, short UUID or name)") from None
