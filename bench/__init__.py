"""Benchmarks. Run them by hand (`python -m bench.<name>`); never timed assertions in tests."""

import sys
import time
from collections.abc import Callable


class BenchError(RuntimeError):
    """A benchmark could not run (setup failed, a URL misbehaved, the deadline passed)."""


def bench_run(main: Callable[[], int]) -> None:
    """Exit with `main()`'s status (0: targets met, 1: missed), or 2 when the benchmark could
    not run, saying why."""
    try:
        sys.exit(main())
    except BenchError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        sys.exit(2)


def loop_ms() -> float:
    """Milliseconds this process takes for a million empty loop iterations at a module's top
    level (as `python -c` runs them; the figure earlier sessions noted), the best of three:
    how fast the machine runs Python at the moment. A shared machine's speed drifts (the same
    loop took 21 ms one day and 29-49 ms the next on one virtual machine), so a timing is only
    comparable with one taken at a similar loop time."""
    best = float("inf")
    loop = compile("for _ in range(1_000_000): pass", "<loop>", "exec")
    for _ in range(3):
        started = time.perf_counter()
        exec(loop, {})  # noqa: S102 (a constant loop, run as a script's top level runs it)
        best = min(best, time.perf_counter() - started)
    return best * 1000
