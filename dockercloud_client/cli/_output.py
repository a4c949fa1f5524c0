"""Printing results: rich tables for people, ``--json`` (API field names) and ``-q`` (ids) for scripts.

Tables read the objects' JSON form (``to_dict()``), so a column is named by its API field, exactly
as ``--json`` shows it.
"""

from __future__ import annotations

import email.utils
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

import click
from rich.table import Table

from ._session import Session

F = TypeVar("F", bound=Callable[..., Any])


class ApiObject(Protocol):
    """A generated model: ``to_dict()`` gives its JSON form with the API's field names."""

    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Column:
    """A table column: its header and how to render a cell from an object's JSON form."""

    header: str
    cell: Callable[[dict[str, Any]], str]


def field(name: str, header: str | None = None) -> Column:
    """A column showing the API field ``name`` as text (empty for null or absent)."""
    return Column(header or name.upper(), lambda data: text(data.get(name)))


def text(value: Any) -> str:
    """A cell's text: empty for None, names for tags, ``a, b`` for lists."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(item.get("name", item)) if isinstance(item, dict) else str(item) for item in value)
    return str(value)


def visible(value: str) -> str:
    """``value`` with every character a terminal would act on or hide written as an escape (``\\x1b``).

    Cells hold what the server sent: an escape sequence could recolour or retitle the terminal, a bidi
    override reorder the line, a newline break the table. Printable text, non-ASCII included, is kept.
    """
    if value.isprintable():
        return value
    return "".join(char if char.isprintable() else ascii(char)[1:-1] for char in value)


def short_uuid(value: Any) -> str:
    """The first 8 characters of a UUID, as the docker-cloud CLI showed them."""
    return str(value or "")[:8]


def uri_name(value: Any) -> str:
    """The last path segment of a resource URI (``/api/infra/v1/region/digitalocean/lon1/`` → ``lon1``)."""
    return str(value or "").rstrip("/").rsplit("/", 1)[-1]


def ago(value: Any, now: datetime | None = None) -> str:
    """A timestamp of the API (RFC 1123 or ISO 8601) as "5 minutes ago"; empty for null."""
    if not value:
        return ""
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        try:
            when = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = int(((now or datetime.now(UTC)) - when).total_seconds())
    if seconds < 0:
        return "just now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return f"{seconds} second{'s' if seconds != 1 else ''} ago"


def as_json(value: ApiObject | dict[str, Any] | Sequence[ApiObject]) -> str:
    """``value`` as indented JSON with the API's field names."""
    if isinstance(value, dict):
        data: Any = value
    elif isinstance(value, Sequence):
        data = [item.to_dict() for item in value]
    else:
        data = value.to_dict()
    return json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False)


def show_one(obj: ApiObject | dict[str, Any]) -> None:
    """Print one object as JSON (``inspect`` commands, like the docker-cloud CLI)."""
    click.echo(as_json(obj))


def show_list(
    session: Session,
    objects: Iterable[ApiObject],
    columns: Sequence[Column],
    *,
    json_output: bool,
    quiet: bool,
    key: str = "uuid",
) -> None:
    """Print a list: a table, ``--json`` (a JSON array) or ``-q`` (the ``key`` field, one per line)."""
    items = list(objects)
    if json_output:
        click.echo(as_json(items))
        return
    rows = [item.to_dict() for item in items]
    if quiet:
        for row in rows:
            click.echo(visible(text(row.get(key))))
        return
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for column in columns:
        table.add_column(column.header, no_wrap=True, overflow="ellipsis")
    for row in rows:
        table.add_row(*(visible(column.cell(row)) for column in columns))
    with session.out.capture() as captured:
        session.out.print(table)
    for line in captured.get().splitlines():
        click.echo(line.rstrip())  # rich pads every cell, the last one too


def json_option(function: F) -> F:
    """``--json``: print the API's JSON (field names as the API spells them) instead of a table."""
    return click.option("--json", "json_output", is_flag=True, help="Print JSON with the API's field names.")(function)


def list_options(function: F) -> F:
    """What every listing takes: ``--json`` (:func:`json_option`) and ``-q/--quiet`` (only the identifiers)."""
    function = click.option("-q", "--quiet", is_flag=True, help="Print only the identifiers.")(function)
    return json_option(function)
