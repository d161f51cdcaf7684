"""Benchmarks. Run them by hand (`python -m bench.<name>`); never timed assertions in tests."""
