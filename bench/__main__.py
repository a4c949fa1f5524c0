"""``make bench``: run every benchmark side by side and write ``bench/results.md``."""

from __future__ import annotations

import datetime
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import client_bench, concurrency, decode, emulator_bench, events_bench

RESULTS = Path(__file__).resolve().parent / "results.md"
ABOUT = (
    "Each row is a measurement and its ratio against a baseline measured in the same run, on the same data "
    "(sources: `bench/*.py`). Targets, reported against and never asserted in tests: decode a 1,000-service page "
    "within 1.0x `json.loads` and decode + read every field within 2.0x; per-request overhead within 1.3x of "
    "bare httpx; at least 50,000 events/s; 200 concurrent gets at least 10x faster than sequential ones at 20 ms "
    "of latency, and no slower at 0 ms."
)


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )


def render(rows: list[dict[str, Any]]) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {machine()}. Date: {datetime.date.today().isoformat()}. Command: `make bench`.",
        "",
        ABOUT,
        "",
        "| benchmark | candidate | measurement | ratio | note |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {r['benchmark']} | {r['candidate']} | {r['value']} | {r['ratio']} | {r['note']} |" for r in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="dockercloud-bench-") as tmp:
        sections: list[tuple[str, Callable[[], list[dict[str, Any]]]]] = [
            ("decode", lambda: decode.run(Path(tmp))),
            ("events", events_bench.run),
            ("client", client_bench.run),
            ("emulator", emulator_bench.run),
            ("concurrency", concurrency.run),
        ]
        for name, section in sections:
            print(f"running {name} ...", flush=True)
            section_rows = section()
            for row in section_rows:
                print(f"  {row['candidate']}: {row['value']} {row['ratio']} {row['note']}", flush=True)
            rows += section_rows
    text = render(rows)
    RESULTS.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
