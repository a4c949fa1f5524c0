"""``make bench``: run every benchmark side by side and write ``bench/results.md``."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import client_bench, concurrency, decode, emulator_bench, events_bench, report


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
    text = report.render(rows, report.previous_run())
    report.RESULTS.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
