"""Issue 13's targets, read off the rows of one ``make bench`` run.

Each target names the row that carries its ratio (by the start of its benchmark and candidate labels) and
the bound the ratio must keep. The verdict is printed into ``bench/results.md``; nothing here is asserted
in the tests, because timing on a shared machine is a measurement, not a contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    """One issue 13 target: the row to read and the bound its ratio must keep."""

    ident: str
    text: str
    benchmark: str  # start of the row's "benchmark" label
    candidate: str  # the row's "candidate" label, or its start if no label equals it
    at_most: float | None = None
    at_least: float | None = None

    def verdict(self, rows: list[dict[str, Any]]) -> tuple[str, str]:
        """Return the measured ratio (as printed) and "met", "not met" or "not measured"."""
        mine = [row for row in rows if row["benchmark"].startswith(self.benchmark)]
        exact = [row for row in mine if row["candidate"] == self.candidate]
        for row in exact or [row for row in mine if row["candidate"].startswith(self.candidate)]:
            ratio = ratio_of(row["ratio"])
            if ratio is None:
                break
            met = (self.at_most is None or ratio <= self.at_most) and (self.at_least is None or ratio >= self.at_least)
            return row["ratio"], "met" if met else "not met"
        return "", "not measured"


TARGETS = (
    Target("1a", "decode a 1,000-service page <= 1.0x json.loads", "1. decode", "dockercloud_api (ours)", at_most=1.0),
    Target(
        "1b",
        "decode + read every field <= 2.0x json.loads",
        "1. decode",
        "dockercloud_api (ours), read all",
        at_most=2.0,
    ),
    Target(
        "3",
        "list all 10,000 services, default settings <= 1.3x bare httpx at its best page size",
        "3. list all",
        "client.services.list(), default settings",
        at_most=1.3,
    ),
    Target(
        "3, read",
        "the same, reading each service's uuid (each object then decoded; the bare loop decodes none)",
        "3. list all",
        "client.services.list(), default settings, reading",
        at_most=1.3,
    ),
    Target(
        "4",
        "per request on httpx.MockTransport <= 1.2x bare httpx + json.loads",
        "4. per-request overhead, httpx.MockTransport",
        "client.services.get",
        at_most=1.2,
    ),
    Target(
        "5a",
        "AsyncClient, 200 gets at 20 ms latency >= 10x Client one by one",
        "5. 200 gets, server latency 20 ms",
        "AsyncClient, asyncio.gather",
        at_least=10.0,
    ),
    Target(
        "5b",
        "AsyncClient, 200 gets at 0 ms latency no slower than Client one by one",
        "5. 200 gets, server latency 0 ms",
        "AsyncClient, asyncio.gather",
        at_least=1.0,
    ),
    Target("6", "typed events >= 0.9x raw websockets + json.loads", "4. events", "client.events", at_least=0.9),
    Target("7 create", "emulator create, 50,000 vs 1,000 services <= 1.5x", "emulator scale", "create", at_most=1.5),
    Target("7 get", "emulator get, 50,000 vs 1,000 services <= 1.5x", "emulator scale", "get", at_most=1.5),
    Target("7 list", "emulator list page, 50,000 vs 1,000 services <= 1.5x", "emulator scale", "list", at_most=1.5),
)


def ratio_of(text: str) -> float | None:
    """The first number in a ratio cell ("0.84x json.loads" -> 0.84), or None if it has none."""
    match = re.search(r"\d+(?:\.\d+)?", text)
    return float(match.group()) if match else None


def render(rows: list[dict[str, Any]]) -> list[str]:
    """Markdown lines: one row per target with its ratio in this run and whether it is met."""
    lines = ["| target | what | this run | verdict |", "|---|---|---|---|"]
    for target in TARGETS:
        ratio, verdict = target.verdict(rows)
        lines.append(f"| {target.ident} | {target.text} | {ratio} | {verdict} |")
    return lines
