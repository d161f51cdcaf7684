"""shop/utils/memo.py: versions in the shared cache, and values a process keeps under them."""

from types import MappingProxyType

import pytest
from django.core.cache import cache, caches
from django.db import transaction

from shop.utils.memo import (
    cache_depend,
    cache_dependencies,
    cache_version,
    cache_version_bump,
    cache_versions,
    cache_versions_unchanged,
    local_cached,
    local_clear,
)


def test_a_lost_version_restarts_above_every_number_it_had():
    key = "test:memo:version"
    first = cache_version(key)
    cache_version_bump(key)
    bumped = cache_version(key)
    assert bumped > first
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
    from shop.utils import memo

    monkeypatch.setattr(memo, "LOCAL_ENTRIES", 3)
    for number in range(5):
        local_cached(f"test:bounded:{number}", lambda number=number: number)
    assert list(memo._local) == ["test:bounded:2", "test:bounded:3", "test:bounded:4"]


def test_a_request_reads_every_registered_version_in_one_round_trip(monkeypatch):
    from shop.utils import memo

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
        assert cache_version(keys[0]) > 7
    finally:
        memo._finish()
        memo._version_keys[:] = [k for k in memo._version_keys if k not in keys]


# --- versions move when changes commit ------------------------------------------------------------


@pytest.mark.django_db
def test_a_version_moves_only_when_the_change_commits(django_capture_on_commit_callbacks):
    key = "test:memo:commit"
    before = cache_version(key)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        cache_version_bump(key)
        own = cache_version(key)
        assert own != before  # the changing transaction reads under its own version
        assert cache_version(key) == own
        assert cache.get(key) == before  # everyone else still reads the committed one
    assert cache.get(key) > before
    assert cache_version(key) == cache.get(key)


@pytest.mark.django_db
def test_a_rolled_back_change_leaves_the_version_as_it_was(django_capture_on_commit_callbacks):
    key = "test:memo:rollback"
    before = cache_version(key)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            cache_version_bump(key)
            assert cache_version(key) != before
            raise RuntimeError("rolled back")
        assert cache_version(key) == before
    assert callbacks == []
    assert cache_version(key) == before


@pytest.mark.django_db
def test_many_changes_in_one_transaction_move_the_version_once(
    django_capture_on_commit_callbacks,
):
    key = "test:memo:many"
    before = cache_version(key)
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        seen = set()
        for _ in range(3):
            cache_version_bump(key)
            seen.add(cache_version(key))
        assert len(seen) == 3  # each change is seen by the transaction that made it
    assert len(callbacks) == 1
    assert cache_version(key) > before


@pytest.mark.django_db
def test_one_transaction_moves_many_keys_with_one_callback_and_one_round_trip(
    django_capture_on_commit_callbacks, monkeypatch
):
    keys = [f"test:memo:tags:{n}" for n in range(4)]
    before = cache_versions(keys)
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        cache_version_bump(*keys[:3])
        cache_version_bump(keys[0], keys[1])  # already pending: no second callback
        writes = []
        real = cache.set_many
        monkeypatch.setattr(cache, "set_many", lambda *a, **k: writes.append(a) or real(*a, **k))
    assert len(callbacks) == 1
    assert len(writes) == 1 and sorted(writes[0][0]) == keys[:3]
    after = cache_versions(keys)
    assert all(after[key] != before[key] for key in keys[:3])
    assert after[keys[3]] == before[keys[3]]


def test_versions_of_unregistered_keys_come_in_one_round_trip_and_start_fresh(monkeypatch):
    from shop.utils import memo

    keys = [f"test:memo:unregistered:{n}" for n in range(3)]
    cache.delete_many(keys)
    memo._start()
    try:
        first = cache_versions(keys)
        assert set(first) == set(keys) and all(cache.get(key) == first[key] for key in keys)
        calls = []
        monkeypatch.setattr(cache, "get_many", lambda *a, **k: calls.append(a) or {})
        assert cache_versions(keys) == first  # read once per request
        assert calls == []
    finally:
        memo._finish()


def test_a_response_remembers_the_versions_it_showed_and_sees_them_move():
    from shop.utils import memo

    keys = ["test:memo:shown:a", "test:memo:shown:b"]
    memo._start()
    try:
        cache_depend(keys[:1])
        cache_depend(keys[1:])
        shown = cache_dependencies()
        assert set(shown) == set(keys)
    finally:
        memo._finish()
    assert cache_versions_unchanged(shown)
    cache_version_bump(keys[1])
    assert not cache_versions_unchanged(shown)
    cache.delete(keys[0])  # evicted: a fresh number, never the one the response showed
    assert not cache_versions_unchanged({keys[0]: shown[keys[0]]})


# --- what a process keeps -------------------------------------------------------------------------


def test_local_values_expire_after_the_configured_seconds(monkeypatch, settings):
    from shop.utils import memo

    settings.LANGNGHE_LOCAL_CACHE_SECONDS = 5
    now = [1000.0]
    monkeypatch.setattr(memo, "_clock", lambda: now[0])
    reads = []

    def read():
        reads.append(now[0])
        return len(reads)

    assert local_cached("test:memo:expiry", read) == 1
    now[0] += 4.9
    assert local_cached("test:memo:expiry", read) == 1
    now[0] += 0.1
    assert local_cached("test:memo:expiry", read) == 2
    assert reads == [1000.0, 1005.0]


def test_no_caller_can_change_what_another_caller_reads():
    from shop.utils import memo

    mine = local_cached("test:memo:mutable", lambda: {"currency": "EUR", "rows": [1]})
    mine["currency"] = "CHF"
    mine["rows"].append(2)
    assert local_cached("test:memo:mutable", dict) == {"currency": "EUR", "rows": [1]}

    frozen = local_cached("test:memo:frozen", lambda: MappingProxyType({"a": (1, "b")}))
    with pytest.raises(TypeError):
        frozen["a"] = 2
    assert local_cached("test:memo:frozen", dict) is frozen  # immutable: shared, not copied

    memo._start()  # one request: one copy, read by all its callers
    try:
        first = local_cached("test:memo:mutable", dict)
        assert local_cached("test:memo:mutable", dict) is first
    finally:
        memo._finish()
    memo._start()
    try:
        assert local_cached("test:memo:mutable", dict) is not first
    finally:
        memo._finish()
