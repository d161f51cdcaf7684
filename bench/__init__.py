"""Benchmarks. Run them by hand (`python -m bench.<name>`); never timed assertions in tests."""

import sys
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
