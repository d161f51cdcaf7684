"""Benchmarks. Run them by hand (`python -m bench.<name>`); never timed assertions in tests."""


class BenchError(RuntimeError):
    """A benchmark could not run (setup failed, a URL misbehaved, the deadline passed)."""
