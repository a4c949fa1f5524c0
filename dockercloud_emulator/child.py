"""Run the emulator as a child process (``python -m dockercloud_emulator``) and read what it announces.

For programs that want the emulator's CPU time, memory and signals kept apart from their own: the demo
launcher (``examples/run_demo.py``) and the benchmarks. In-process users want :func:`run_emulator`.
"""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from typing import IO

#: Seconds the emulator may take to print ``READY``.
STARTUP_TIMEOUT = 30.0
#: Seconds a child may take to exit after a signal before it is killed.
STOP_TIMEOUT = 5.0
#: What the command line prints before ``READY`` (see ``__main__.py``).
ANNOUNCED = frozenset({"REST", "STREAM", "USER", "APIKEY", "ADMIN_TOKEN"})


def _read_lines(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def start_child(
    *,
    step_seconds: float = 0.0,
    stderr: IO[str] | None = None,
    new_session: bool = False,
    startup_timeout: float = STARTUP_TIMEOUT,
) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """Start the emulator on an ephemeral 127.0.0.1 port; return it and the values it announced.

    Args:
        step_seconds: seconds per state transition (``--step-seconds``).
        stderr: where the child's stderr goes (default: inherited).
        new_session: start the child in a session of its own, so that Ctrl-C in the terminal does
            not reach it and the caller decides when it stops.
        startup_timeout: seconds to wait for ``READY``.

    Returns:
        The process and what it announced: at least ``REST``, ``STREAM``, ``USER``, ``APIKEY`` and ``ADMIN_TOKEN``.

    Raises:
        RuntimeError: the emulator exited, or was not ready in time, or announced too little (it
            is stopped before raising).
    """
    command = [sys.executable, "-m", "dockercloud_emulator", "--host", "127.0.0.1", "--port", "0"]
    command += ["--step-seconds", str(step_seconds)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True, start_new_session=new_session)
    assert process.stdout is not None
    # A reader thread, so that the wait for READY is bounded even if the child prints nothing.
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True).start()
    announced: dict[str, str] = {}
    deadline = time.monotonic() + startup_timeout
    try:
        while True:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise RuntimeError(f"the emulator did not get ready within {startup_timeout:g}s") from None
            if line is None:
                raise RuntimeError(f"the emulator exited during startup (status {process.wait()})")
            if line == "READY":
                break
            key, _, value = line.partition(" ")
            announced[key] = value
        missing = ANNOUNCED - announced.keys()
        if missing:
            raise RuntimeError(f"the emulator did not announce {', '.join(sorted(missing))}")
    except RuntimeError:
        stop_child(process)
        raise
    return process, announced


def stop_child(process: subprocess.Popen[str], *, sig: int = signal.SIGTERM, timeout: float = STOP_TIMEOUT) -> bool:
    """Send ``sig``, wait up to ``timeout`` seconds, then kill: never leaves the child behind.

    Returns:
        True if the child had to be killed.
    """
    if process.poll() is not None:
        return False
    try:
        process.send_signal(sig)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout)
        return True
    return False
