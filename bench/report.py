"""``bench/results.md``: this run's targets and rows, and the previous run kept for comparison."""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path
from typing import Any

from bench import targets

RESULTS = Path(__file__).resolve().parent / "results.md"
ABOUT = (
    "Each row is a measurement and its ratio against a baseline measured in the same run, on the same data "
    "(sources: `bench/*.py`). The targets (issue 13) are read off those rows by `bench/targets.py`; they are "
    "reported here and never asserted in tests."
)
PREVIOUS = "## Previous run"


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )


def render(rows: list[dict[str, Any]], previous: str) -> str:
    """This run's targets and rows, then the previous run's text (kept for comparison, one run deep)."""
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {machine()}. Date: {datetime.date.today().isoformat()}. Command: `make bench`.",
        "",
        ABOUT,
        "",
        "## Targets",
        "",
        *targets.render(rows),
        "",
        "## Measurements",
        "",
        "| benchmark | candidate | measurement | ratio | note |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {r['benchmark']} | {r['candidate']} | {r['value']} | {r['ratio']} | {r['note']} |" for r in rows]
    if previous:
        lines += ["", f"{PREVIOUS} (as this file stood before this run)", "", previous]
    return "\n".join(lines) + "\n"


def previous_run() -> str:
    """The last run's text from ``results.md``, without its title and without the run before it."""
    if not RESULTS.exists():
        return ""
    text = RESULTS.read_text().split(f"\n{PREVIOUS}", 1)[0]
    body = text.split("\n", 1)[1] if text.startswith("# ") else text
    # one heading level down, so that it nests under "Previous run"
    return "\n".join("#" + line if line.startswith("## ") else line for line in body.strip().splitlines())
