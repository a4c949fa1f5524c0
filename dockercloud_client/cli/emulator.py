"""``dockercloud emulator``: run the local Docker Cloud emulator and print the variables that point at it."""

from __future__ import annotations

import shlex
import signal
import threading
from types import FrameType

import click

#: Variables a user may have set for a real account; they would win over the emulator's, so they are unset.
_OVERRIDING = ("DOCKERCLOUD_AUTH", "DOCKERCLOUD_NAMESPACE", "DOCKERCLOUD_PASS")


@click.command("emulator")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=0, show_default=True, help="0: a free port.")
@click.option(
    "--step-seconds",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds each state transition takes (0: instant).",
)
def emulator(port: int, step_seconds: float) -> None:
    """Run a local Docker Cloud on 127.0.0.1 until interrupted.

    It prints shell `export` lines for its URLs and demo account:
    `eval "$(dockercloud emulator)"` does not return, so run it in another terminal and paste them.
    """
    try:
        from dockercloud_emulator.server import EmulatorServer
    except ImportError as exc:  # the server's dependencies are the [emulator] extra
        raise click.ClickException(f"the emulator needs: pip install 'dockercloud-client[emulator]' ({exc})") from None
    server = EmulatorServer("127.0.0.1", port, step_seconds=step_seconds)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, on_signal)
    handle = server.start()
    try:
        click.echo(f"unset {' '.join(_OVERRIDING)}")
        for name, value in (
            ("DOCKERCLOUD_REST_HOST", handle.rest_url),
            ("DOCKERCLOUD_STREAM_HOST", handle.stream_url),
            ("DOCKERCLOUD_USER", handle.username),
            ("DOCKERCLOUD_APIKEY", handle.apikey),  # the emulator's own demo account, not a real secret
        ):
            click.echo(f"export {name}={shlex.quote(value)}")
        click.echo("# emulator running; Ctrl-C to stop", err=True)
        while not stop.wait(0.5):
            if not server.thread.is_alive():
                raise click.ClickException("the emulator stopped unexpectedly")
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)


COMMANDS = [emulator]
