#!/usr/bin/env python3
"""Run the tour (``examples/tour.py``) against a local Docker Cloud emulator: what ``make demo`` does.

1. starts ``python -m dockercloud_emulator`` on an ephemeral 127.0.0.1 port as a child process, at
   demo speed (``--step-seconds``, default 0.5: every state transition takes that long, so the
   event stream has something to show);
2. runs the tour as another child with ``DOCKERCLOUD_USER``, ``DOCKERCLOUD_APIKEY``,
   ``DOCKERCLOUD_REST_HOST`` and ``DOCKERCLOUD_STREAM_HOST`` pointing at the emulator (any
   ``DOCKERCLOUD_AUTH`` / ``DOCKERCLOUD_NAMESPACE`` of your own is removed from the tour's
   environment, so your real account is never used);
3. then shows a few ``dockercloud`` commands (the command line, ``CLI_COMMANDS``) against the same emulator;
4. stops the emulator whatever happened (success, failure, Ctrl-C, SIGTERM): SIGTERM, a bounded
   wait, then SIGKILL; and exits with the tour's exit status.

Usage: ``python examples/run_demo.py [--step-seconds S] [--timeout SECONDS]``.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from types import FrameType

from dockercloud_emulator.child import STOP_TIMEOUT, start_child, stop_child
from dockercloud_emulator.environment import client_environment

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def log(text: str) -> None:
    print(f"[run_demo] {text}", flush=True)


def stop(process: subprocess.Popen[str], name: str, sig: int = signal.SIGTERM) -> None:
    """Stop a child (signal, bounded wait, then kill) and say so if it had to be killed."""
    if stop_child(process, sig=sig, timeout=STOP_TIMEOUT):
        log(f"{name} did not stop in {STOP_TIMEOUT:g}s; killed it")


def tour_environment(announced: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKERCLOUD_")}
    env.update(
        client_environment(
            user=announced["USER"],
            apikey=announced["APIKEY"],
            rest_url=announced["REST"],
            stream_url=announced["STREAM"],
        ),
        PYTHONUNBUFFERED="1",
    )
    # Loopback traffic must not go to a proxy configured for the outside world.
    for key in ("NO_PROXY", "no_proxy"):
        env[key] = ",".join(filter(None, [env.get(key, ""), "127.0.0.1", "localhost"]))
    return env


#: What the demo's last part types: the ``dockercloud`` command line over the same client.
CLI_COMMANDS = [
    ["nodecluster", "create", "--sync", "cli-cluster", "digitalocean", "lon1", "1gb"],
    ["stack", "up", "-f", "examples/docker-cloud.yml", "-n", "cli-shop", "--sync"],
    ["service", "scale", "web", "3", "--sync"],
    ["service", "ps"],
    ["container", "exec", "web-3", "hostname"],
]


def run_cli_commands(env: dict[str, str], timeout: float) -> int:
    """Run ``CLI_COMMANDS`` one after the other, each shown as typed; the first failure's status is returned."""
    print("\n== The same from the command line (dockercloud, extra [cli]) " + "=" * 16, flush=True)
    for args in CLI_COMMANDS:
        print(f"$ dockercloud {' '.join(args)}", flush=True)
        status = subprocess.run(
            [sys.executable, "-m", "dockercloud_client.cli", *args], cwd=ROOT, env=env, timeout=timeout
        ).returncode
        if status != 0:
            return status
    return 0


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--step-seconds", type=float, default=0.5, help="seconds per emulated state transition")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds the tour may run before it is stopped")
    parser.add_argument("--tour", default=str(HERE / "tour.py"), help=argparse.SUPPRESS)  # tests run other scripts
    parser.add_argument("--skip-cli", action="store_true", help="do not show the dockercloud commands after the tour")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _raise_interrupt)  # a SIGTERM cleans up like Ctrl-C

    emulator: subprocess.Popen[str] | None = None
    tour: subprocess.Popen[str] | None = None
    status = 1
    with tempfile.TemporaryFile("w+", encoding="utf-8") as emulator_log:
        try:
            # A session of its own: Ctrl-C in the terminal reaches the tour, and this launcher stops the
            # emulator itself, after the tour has cleaned up.
            emulator, announced = start_child(step_seconds=args.step_seconds, stderr=emulator_log, new_session=True)
            log(f"emulator (pid {emulator.pid}) on {announced['REST']} at {args.step_seconds:g}s per step")
            tour = subprocess.Popen([sys.executable, args.tour], cwd=ROOT, env=tour_environment(announced), text=True)
            try:
                status = tour.wait(timeout=args.timeout)
                if status == 0 and not args.skip_cli:
                    status = run_cli_commands(tour_environment(announced), args.timeout)
            except subprocess.TimeoutExpired:
                log(f"the demo did not finish within {args.timeout:g}s; stopping it")
                stop(tour, "the tour", signal.SIGINT)
                status = 124
        except KeyboardInterrupt:
            log("interrupted; stopping")
            if tour is not None:
                # The terminal already sent SIGINT to the tour; give it time to clean up.
                try:
                    tour.wait(timeout=STOP_TIMEOUT * 2)
                except subprocess.TimeoutExpired:
                    stop(tour, "the tour", signal.SIGINT)
            status = 130
        except (RuntimeError, OSError) as exc:
            log(f"error: {exc}")
            status = 1
        finally:
            if tour is not None:
                stop(tour, "the tour")
            if emulator is not None:
                stop(emulator, "the emulator")
                log(f"emulator (pid {emulator.pid}) stopped")
            if status != 0:
                emulator_log.seek(0)
                tail = emulator_log.read()[-4000:]
                if tail.strip():
                    log("emulator output (last lines):")
                    print(tail, end="" if tail.endswith("\n") else "\n", flush=True)
    if status != 0:
        log(f"exit status {status}")
    return status


if __name__ == "__main__":
    sys.exit(main())
