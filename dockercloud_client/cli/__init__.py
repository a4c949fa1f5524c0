"""The ``dockercloud`` command line (extra ``[cli]``): the docker-cloud CLI's commands over :class:`Client`.

Every command is a few lines over the public client; one module per command group. Settings
(credentials, hosts, namespace) are resolved by ``Client`` exactly as for library users, and are
never printed. Exit status: 0 success, 1 an API error (with the server's message), 2 a usage error,
130 interrupted.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from ..errors import DockerCloudError
from . import action, container, emulator, event, node, nodecluster, repository, service, stack, tag, trigger
from ._session import APIError, Session, cli_version, describe

__all__ = ["cli", "main"]


class _Root(click.Group):
    """The top group: the library's errors exit 1 with a readable message, Ctrl-C exits 130 (streams close)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DockerCloudError as exc:
            raise APIError(describe(exc)) from None
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None


@click.group(cls=_Root, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--namespace",
    metavar="NAME",
    default=None,
    help="User or organisation to work in (default: DOCKERCLOUD_NAMESPACE, else your own).",
)
@click.version_option(cli_version(), "-v", "--version", prog_name="dockercloud")
@click.pass_context
def cli(ctx: click.Context, namespace: str | None) -> None:
    """Docker Cloud from the command line: the docker-cloud CLI's commands over dockercloud-client.

    Credentials and hosts come from the environment as for the library: DOCKERCLOUD_USER with
    DOCKERCLOUD_APIKEY (or DOCKERCLOUD_AUTH, or ~/.docker/config.json), DOCKERCLOUD_REST_HOST and
    DOCKERCLOUD_STREAM_HOST. `dockercloud emulator` runs a local Docker Cloud and prints them.
    """
    session = Session(namespace)
    ctx.obj = session
    ctx.call_on_close(session.close)


for _group in (action, container, event, node, nodecluster, repository, service, stack, tag, trigger, emulator):
    for _command in _group.COMMANDS:
        cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``dockercloud`` console script."""
    cli.main(args=list(argv) if argv is not None else sys.argv[1:], prog_name="dockercloud")
