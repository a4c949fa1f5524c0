"""Command line: ``python -m dockercloud_emulator --host 127.0.0.1 --port 0 [--account U:K]...``.

Runs in the foreground and prints, one per line (flushed), lines a script can parse::

    REST http://127.0.0.1:PORT
    STREAM ws://127.0.0.1:PORT
    USER demo
    APIKEY demo-apikey
    DOCKERCLOUD_AUTH Basic ZGVtbzpkZW1vLWFwaWtleQ==
    ORG demo-org demo
    ADMIN_TOKEN <random>   (for /_emulator/...: Authorization: Bearer <token>)
    READY

With ``--print-env`` it prints POSIX shell lines instead, which a shell can ``eval`` (or a person
paste into another terminal) to point ``dockercloud_client.Client()`` at it::

    unset DOCKERCLOUD_AUTH DOCKERCLOUD_PASS DOCKERCLOUD_NAMESPACE DOCKERCLOUD_STREAM_URL
    export DOCKERCLOUD_USER=demo
    export DOCKERCLOUD_APIKEY=demo-apikey
    export DOCKERCLOUD_REST_HOST=http://127.0.0.1:PORT
    export DOCKERCLOUD_STREAM_HOST=ws://127.0.0.1:PORT
    # ready: ...
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .auth import parse_account, parse_org
from .environment import shell_lines
from .server import EmulatorServer, NonLoopbackRefused


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m dockercloud_emulator", description="Local Docker Cloud API emulator (REST + Stream API)."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback only by default)")
    parser.add_argument("--port", type=int, default=0, help="port (0 = pick a free one)")
    parser.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="USER:APIKEY",
        help="an account (repeatable); default demo:demo-apikey",
    )
    parser.add_argument(
        "--org",
        action="append",
        default=[],
        metavar="NAME:MEMBER[,MEMBER...]",
        help="an organisation (repeatable); default demo-org:demo",
    )
    parser.add_argument(
        "--step-seconds", type=float, default=0.0, help="seconds per state transition (0 = instant; about 1 for demos)"
    )
    parser.add_argument("--allow-non-loopback", action="store_true", help="allow listening on a non-loopback address")
    parser.add_argument("--log-level", default="warning", help="uvicorn log level")
    parser.add_argument(
        "--print-env",
        action="store_true",
        help="print `export DOCKERCLOUD_...=...` lines a shell can eval instead of the KEY value lines",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run until SIGINT/SIGTERM."""
    args = parse_args(argv)
    try:
        accounts = [parse_account(a) for a in args.account]
        orgs = [parse_org(o) for o in args.org]
        if args.step_seconds < 0:
            raise ValueError("--step-seconds must be >= 0")
        server = EmulatorServer(
            args.host,
            args.port,
            accounts=accounts,
            orgs=orgs,
            step_seconds=args.step_seconds,
            allow_non_loopback=args.allow_non_loopback,
            log_level=args.log_level,
        )
    except (ValueError, NonLoopbackRefused, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    handle = server.start()
    if args.print_env:
        for line in shell_lines(handle.client_environment()):
            print(line, flush=True)
        print(f"# ready: the emulator serves {handle.rest_url} until Ctrl-C", flush=True)
    else:
        print(f"REST {handle.rest_url}", flush=True)
        print(f"STREAM {handle.stream_url}", flush=True)
        print(f"USER {handle.username}", flush=True)
        print(f"APIKEY {handle.apikey}", flush=True)
        print(f"DOCKERCLOUD_AUTH {handle.auth_header}", flush=True)
        for name, members in sorted(server.app.state.accounts.orgs.items()):
            print(f"ORG {name} {','.join(sorted(members))}", flush=True)
        print(f"ADMIN_TOKEN {handle.admin_token}", flush=True)
        print("READY", flush=True)
    try:
        while not stop.wait(0.5):
            if not server.thread.is_alive():
                return 1
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
