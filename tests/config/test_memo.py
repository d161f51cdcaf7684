"""config/memo.py: versions in the shared cache, and values a process keeps under them."""

from django.core.cache import cache, caches

from config.memo import cache_version, cache_version_bump, local_cached, local_clear


def test_a_lost_version_restarts_above_every_number_it_had():
    key = "test:memo:version"
    first = cache_version(key)
    cache_version_bump(key)
    bumped = cache_version(key)
    assert bumped == first + 1
    cache.delete(key)  # evicted, or the cache was flushed
    assert cache_version(key) > bumped


def test_local_values_are_read_once_per_key_and_a_new_version_reads_again():
    reads = []

    def read(value):
        def inner():
            reads.append(value)
            return value

        return inner

    key = "test:memo:local"
    version = cache_version(key)
    assert local_cached(f"{key}:{version}", read("old")) == "old"
    assert local_cached(f"{key}:{version}", read("other")) == "old"  # kept: no second read
    cache_version_bump(key)
    assert local_cached(f"{key}:{cache_version(key)}", read("new")) == "new"
    assert reads == ["old", "new"]
    local_clear()
    assert local_cached(f"{key}:{version}", read("again")) == "again"


def test_local_values_are_bounded(monkeypatch):
    from config import memo

    monkeypatch.setattr(memo, "LOCAL_ENTRIES", 3)
    for number in range(5):
        local_cached(f"test:bounded:{number}", lambda number=number: number)
    assert list(memo._local) == ["test:bounded:2", "test:bounded:3", "test:bounded:4"]


def test_a_request_reads_every_registered_version_in_one_round_trip(monkeypatch):
    from config import memo

    keys = [memo.version_register(f"test:memo:registered:{n}") for n in range(3)]
    for key in memo._version_keys:
        cache.set(key, 7, None)
    calls, depth = [], []
    backend = caches["default"]
    for name in ("get", "get_many", "get_or_set"):
        real = getattr(backend, name)

        def counted(*args, real=real, name=name, **kwargs):
            if not depth:  # locmem's get_many calls get: count only the caller's call
                calls.append(name)
            depth.append(name)
            try:
                return real(*args, **kwargs)
            finally:
                depth.pop()

        monkeypatch.setattr(backend, name, counted)
    memo._start()  # what request_started does
    try:
        assert [cache_version(key) for key in keys * 2] == [7] * 6
        assert calls == ["get_many"]
        cache_version_bump(keys[0])  # a request that changes a version sees its change
        assert cache_version(keys[0]) == 8
    finally:
        memo._finish()
        memo._version_keys[:] = [k for k in memo._version_keys if k not in keys]
