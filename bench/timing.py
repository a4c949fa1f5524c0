"""Side-by-side timing: candidates run interleaved in the same process, so drift hits all alike."""

from __future__ import annotations

import gc
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


def interleaved_cpu(
    candidates: Mapping[str, Callable[[], object]], *, rounds: int = 15, loops: int = 2
) -> dict[str, tuple[float, float]]:
    """(best, median) CPU seconds per call of each candidate, over interleaved rounds of ``loops`` calls.

    For the decode benchmark, where one call allocates ~100,000 objects: CPU time of this thread (the
    machine is shared, so wall time mostly measures other processes), and the garbage collector treated
    the same for every candidate: a full collection before each timed batch, none inside it (whether a
    collection falls inside a batch would otherwise depend on the candidate's allocation count).
    """
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for fn in candidates.values():
        fn()
    enabled = gc.isenabled()
    try:
        for _ in range(rounds):
            for name, fn in candidates.items():
                gc.collect()
                gc.disable()
                start = time.thread_time()
                for _ in range(loops):
                    fn()
                samples[name].append((time.thread_time() - start) / loops)
                gc.enable()
    finally:
        if enabled:
            gc.enable()
    return {name: (min(values), statistics.median(values)) for name, values in samples.items()}
