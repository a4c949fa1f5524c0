"""Side-by-side timing: candidates run interleaved in the same process, so drift hits all alike."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping


def interleaved(candidates: Mapping[str, Callable[[], object]], *, rounds: int = 7, loops: int = 5) -> dict[str, float]:
    """Median seconds per call of each candidate, over ``rounds`` interleaved rounds of ``loops`` calls."""
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for fn in candidates.values():  # warm up caches and lazy imports before measuring
        fn()
    for _ in range(rounds):
        for name, fn in candidates.items():
            start = time.perf_counter()
            for _ in range(loops):
                fn()
            samples[name].append((time.perf_counter() - start) / loops)
    return {name: statistics.median(values) for name, values in samples.items()}
