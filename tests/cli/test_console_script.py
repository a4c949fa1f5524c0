"""The installed ``dockercloud`` console script, run as real processes: ``emulator`` and ``event``."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dockercloud_client import Client

SCRIPT = shutil.which("dockercloud", path=str(Path(sys.executable).parent))


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKERCLOUD_")}
    env["NO_PROXY"] = ",".join(filter(None, [env.get("NO_PROXY"), "127.0.0.1"]))
    env.update(extra)
    return env


def _exports(process: subprocess.Popen[str]) -> dict[str, str]:
    """The ``export NAME=value`` lines ``dockercloud emulator`` prints before it serves."""
    assert process.stdout is not None
    exported: dict[str, str] = {}
    while len(exported) < 4:
        line = process.stdout.readline()
        assert line, "the emulator ended before printing its exports"
        if line.startswith("export "):
            name, _, value = line[len("export ") :].strip().partition("=")
            exported[name] = value
    return exported


@pytest.mark.timeout(60)
def test_the_console_script_runs_the_emulator_and_follows_events(tmp_path: Path) -> None:
    assert SCRIPT, "the dockercloud console script is not installed next to this Python"
    emulator = subprocess.Popen(
        [SCRIPT, "emulator", "--step-seconds", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    events: subprocess.Popen[str] | None = None
    try:
        exported = _exports(emulator)
        assert exported["DOCKERCLOUD_REST_HOST"].startswith("http://127.0.0.1:")
        env = _env(HOME=str(tmp_path), **exported)
        listed = subprocess.run(
            [SCRIPT, "nodecluster", "provider", "-q"], env=env, capture_output=True, text=True, timeout=30
        )
        assert listed.returncode == 0 and "digitalocean" in listed.stdout.split(), listed.stderr

        events = subprocess.Popen(
            [SCRIPT, "event", "--type", "service", "--count", "1", "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert events.stderr is not None
        assert "Listening for events" in events.stderr.readline()  # connected: what follows is seen
        with Client(
            user=exported["DOCKERCLOUD_USER"],
            apikey=exported["DOCKERCLOUD_APIKEY"],
            rest_host=exported["DOCKERCLOUD_REST_HOST"],
            environ={},
        ) as client:
            service = client.services.create(image="tutum/hello-world", name="watched")
        out, err = events.communicate(timeout=30)
        assert events.returncode == 0, err
        assert f'"resource_uri": "/api/app/v1/demo/service/{service.uuid}/"' in out and '"type": "service"' in out
        assert exported["DOCKERCLOUD_APIKEY"] not in out + err

        # Without --count it follows until Ctrl-C, which ends it with status 130 (and closes the stream).
        events = subprocess.Popen([SCRIPT, "event"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert events.stderr is not None
        assert "Listening for events" in events.stderr.readline()
        events.send_signal(signal.SIGINT)
        out, err = events.communicate(timeout=30)
        assert events.returncode == 130, err
        assert "Traceback" not in err
    finally:
        for process in (events, emulator):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=5)
    assert emulator.returncode == 0  # SIGTERM ends the emulator cleanly
