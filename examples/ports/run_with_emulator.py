#!/usr/bin/env python3
"""Run a command (a port's example or tests) against a fresh emulator on 127.0.0.1: ``make ports`` uses it.

The command gets ``DOCKERCLOUD_REST_HOST``, ``DOCKERCLOUD_STREAM_HOST``, ``DOCKERCLOUD_USER`` and
``DOCKERCLOUD_APIKEY`` for the emulator's demo account (an organisation ``demo-org`` has it as a member)
and ``DOCKERCLOUD_EMULATOR_ADMIN_TOKEN`` (fault injection); any ``DOCKERCLOUD_*`` variable of your own
is removed first, so a real account is never used. Actions finish at once (``step_seconds=0``).
``--raw-auth`` sends the credentials as ``DOCKERCLOUD_AUTH`` (a complete ``Authorization`` value, as
Docker Cloud sets it in containers with an API role) instead of the user name and key;
``--namespace`` sets ``DOCKERCLOUD_NAMESPACE``.

Usage: ``python examples/ports/run_with_emulator.py [--timeout S] [--raw-auth] [--namespace NS] -- COMMAND
[ARG...]``; exits with the command's status.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from dockercloud_emulator import run_emulator
from dockercloud_emulator.environment import client_environment


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds the command may run (default 300)")
    parser.add_argument("--raw-auth", action="store_true", help="DOCKERCLOUD_AUTH instead of user name and key")
    parser.add_argument("--namespace", help="DOCKERCLOUD_NAMESPACE (e.g. demo-org)")
    parser.add_argument("command", nargs="+", help="the command and its arguments")
    args = parser.parse_args()
    with run_emulator(step_seconds=0, accounts=[("demo", "demo-apikey")], orgs=[("demo-org", ["demo"])]) as emu:
        env = {key: value for key, value in os.environ.items() if not key.startswith("DOCKERCLOUD_")}
        env.update(
            client_environment(user=emu.username, apikey=emu.apikey, rest_url=emu.rest_url, stream_url=emu.stream_url),
            DOCKERCLOUD_EMULATOR_ADMIN_TOKEN=emu.admin_token,
        )
        if args.raw_auth:
            del env["DOCKERCLOUD_USER"], env["DOCKERCLOUD_APIKEY"]
            env["DOCKERCLOUD_AUTH"] = emu.auth_header
        if args.namespace:
            env["DOCKERCLOUD_NAMESPACE"] = args.namespace
        # Loopback traffic must not go to a proxy configured for the outside world.
        env["NO_PROXY"] = env["no_proxy"] = ",".join(filter(None, [env.get("NO_PROXY", ""), "127.0.0.1", "localhost"]))
        return subprocess.run(args.command, env=env, timeout=args.timeout, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
