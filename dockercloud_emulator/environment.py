"""The ``DOCKERCLOUD_*`` environment that points a client at a running emulator.

One place for it: ``--print-env`` prints it as shell lines, the pytest plugin and the demo launcher
set it for the code they run.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping

#: Variables that would win over the emulator's settings (a real ``DOCKERCLOUD_AUTH`` is read before
#: ``DOCKERCLOUD_USER``) or send requests elsewhere; they are removed wherever the environment is set.
OVERRIDING = ("DOCKERCLOUD_AUTH", "DOCKERCLOUD_PASS", "DOCKERCLOUD_NAMESPACE", "DOCKERCLOUD_STREAM_URL")


def client_environment(*, user: str, apikey: str, rest_url: str, stream_url: str) -> dict[str, str]:
    """The variables ``dockercloud_client.Client()`` reads, set for an emulator.

    Args:
        user: an account of the emulator (the demo account is ``demo``).
        apikey: that account's API key.
        rest_url: the emulator's REST host (``http://127.0.0.1:PORT``).
        stream_url: its Stream host (``ws://127.0.0.1:PORT``).

    Returns:
        ``DOCKERCLOUD_USER``, ``DOCKERCLOUD_APIKEY``, ``DOCKERCLOUD_REST_HOST`` and
        ``DOCKERCLOUD_STREAM_HOST``.
    """
    return {
        "DOCKERCLOUD_USER": user,
        "DOCKERCLOUD_APIKEY": apikey,
        "DOCKERCLOUD_REST_HOST": rest_url,
        "DOCKERCLOUD_STREAM_HOST": stream_url,
    }


def shell_lines(environment: Mapping[str, str]) -> list[str]:
    """POSIX shell lines that a shell can ``eval``: unset :data:`OVERRIDING`, then one ``export`` per variable.

    Values are quoted with :func:`shlex.quote`, so any account name or key survives the shell.
    """
    lines = [f"unset {' '.join(OVERRIDING)}"]
    lines += [f"export {name}={shlex.quote(value)}" for name, value in environment.items()]
    return lines
