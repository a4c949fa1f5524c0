"""``dockercloud emulator``: run the local Docker Cloud emulator and print the variables that point at it."""

from __future__ import annotations

import click


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
    """Run a local Docker Cloud on 127.0.0.1 until interrupted (Ctrl-C or SIGTERM).

    It first prints shell lines (`unset ...`, `export DOCKERCLOUD_...`) for its URLs and demo account:
    paste them into the shell that runs `dockercloud`. This is `python -m dockercloud_emulator --print-env`.
    """
    try:
        from dockercloud_emulator.__main__ import main as run_emulator
    except ImportError as exc:  # the server's dependencies are the [emulator] extra
        raise click.ClickException(f"the emulator needs: pip install 'dockercloud-client[emulator]' ({exc})") from None
    args = ["--print-env", "--host", "127.0.0.1", "--port", str(port), "--step-seconds", str(step_seconds)]
    raise click.exceptions.Exit(run_emulator(args))


COMMANDS = [emulator]
