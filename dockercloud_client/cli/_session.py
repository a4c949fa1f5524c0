"""What every command shares: the lazily created ``Client``, the consoles and the error mapping.

Exit codes: 0 success, 1 an API or configuration error (the server's message is printed), 2 a usage
error (click's own), 130 interrupted.
"""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console

from .. import Client
from ..errors import APIStatusError, DockerCloudError

#: Width of tables when the output is not a terminal (pipes, files, tests): wide enough not to wrap.
PIPE_WIDTH = 240


class APIError(click.ClickException):
    """An error the API (or the client's configuration) reported: exit status 1."""

    exit_code = 1


def describe(error: DockerCloudError) -> str:
    """A one-line message for ``error``: the server's own message first, then the status.

    The library's messages never contain a credential, so they are safe to print.
    """
    if isinstance(error, APIStatusError):
        return f"{error.error or 'the server gave no message'} ({error.status_code} on {error.method} {error.url})"
    return str(error)


class Session:
    """The state of one ``dockercloud`` invocation (``ctx.obj``).

    Args:
        namespace: the ``--namespace`` option; None lets ``Client`` resolve it
            (``DOCKERCLOUD_NAMESPACE``, else the authenticated user).
    """

    def __init__(self, namespace: str | None) -> None:
        self.namespace = namespace
        self._client: Client | None = None
        self.out = _console(sys.stdout, stderr=False)
        self.err = _console(sys.stderr, stderr=True)

    @property
    def client(self) -> Client:
        """The ``Client``, created on first use exactly as the library resolves its settings."""
        if self._client is None:
            self._client = Client(namespace=self.namespace, user_agent=f"dockercloud-cli/{cli_version()}")
        return self._client

    def close(self) -> None:
        """Close the client's connections, if it was created."""
        if self._client is not None:
            self._client.close()
            self._client = None


def _console(stream: Any, *, stderr: bool) -> Console:
    """A rich console on ``stream``: terminal width on a TTY, a wide fixed width in a pipe."""
    terminal = bool(getattr(stream, "isatty", lambda: False)())
    # No markup or emoji codes: what is printed holds names the server sent, and "[/x]" or ":smile:" in
    # one must print as it is (an unmatched closing tag made rich raise MarkupError).
    return Console(
        file=stream, stderr=stderr, width=None if terminal else PIPE_WIDTH, highlight=False, markup=False, emoji=False
    )


def cli_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dockercloud-client")
    except PackageNotFoundError:  # running from a checkout that was not installed
        return "0+unknown"


#: Decorator passing the invocation's :class:`Session` as a command's first argument.
pass_session = click.make_pass_decorator(Session)
