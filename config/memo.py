"""A per-request memo for values read from the shared cache several times per request.

Cache versions (catalogue, pages, checkout rules, rates, prices, markets) are read by many parts
of one page; each read is a round trip to Redis. Within one request they are read once, all
together: the first version a request asks for fetches every registered version in one
round trip (`version_register`). Outside a request (tests, commands, tasks) there is no memo and
every read goes to the cache. Whoever changes such a value also calls `memo_forget`, so a
request that changes it sees its change.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

from django.core.cache import cache
from django.core.signals import request_finished, request_started

T = TypeVar("T")
_memo: ContextVar[dict | None] = ContextVar("langnghe_request_memo", default=None)


def memoized(key: str, compute: Callable[[], T]) -> T:
    """`compute()` once per request under `key`."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def memo_forget(key: str) -> None:
    memo = _memo.get()
    if memo is not None:
        memo.pop(key, None)
        memo.get(_VERSIONS, {}).pop(key, None)


def _start(**_kwargs) -> None:
    _memo.set({})


def _finish(**_kwargs) -> None:
    _memo.set(None)


request_started.connect(_start, dispatch_uid="langnghe_memo_start")
request_finished.connect(_finish, dispatch_uid="langnghe_memo_finish")


def _fresh_version() -> int:
    # A lost version (evicted, or the cache flushed) restarts from the clock, never from a
    # number it had before: values kept under an old number (see `local_cached`) cannot return.
    return time.time_ns()


# Every version key a module registers; a request reads them all in one round trip.
_version_keys: list[str] = []
_VERSIONS = "langnghe:versions"


def version_register(key: str) -> str:
    """Register a version key (at import time); returns it."""
    if key not in _version_keys:
        _version_keys.append(key)
    return key


def _version_read(key: str) -> int:
    return cache.get_or_set(key, _fresh_version, None)


def _versions_read() -> dict[str, int]:
    versions = cache.get_many(_version_keys)
    for key in _version_keys:
        if key not in versions:  # evicted or never set: rare, one more round trip each
            versions[key] = _version_read(key)
    return versions


def cache_version(key: str) -> int:
    """A version number kept in the shared cache (read once per request, with every other
    registered version); cached data built from what it covers carries it in its keys."""
    memo = _memo.get()
    if memo is None:
        return _version_read(key)
    versions = memo.get(_VERSIONS)
    if versions is None:
        versions = memo[_VERSIONS] = _versions_read()
    if key not in versions:  # not registered (or forgotten after a bump)
        versions[key] = _version_read(key)
    return versions[key]


def cache_version_bump(key: str) -> None:
    """Move the version on: every key built with the old one is forgotten."""
    memo_forget(key)
    try:
        cache.incr(key)
    except ValueError:  # not in the cache (evicted, or never read)
        cache.set(key, _fresh_version(), None)


# Values under versioned keys never change (a change moves the version, hence the key), so a
# process may keep them: no round trip to the shared cache for rules read on every checkout step.
LOCAL_ENTRIES = 2048
_local: OrderedDict[str, object] = OrderedDict()
_local_lock = threading.Lock()


def local_cached(key: str, read: Callable[[], T]) -> T:
    """`read()` once per process for `key`, which must carry a `cache_version` (the newest
    `LOCAL_ENTRIES` keys are kept, the least recently used go first)."""
    with _local_lock:
        if key in _local:
            _local.move_to_end(key)
            return _local[key]
    value = read()
    with _local_lock:
        _local[key] = value
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)
    return value


def local_clear() -> None:
    """Forget what this process kept (tests, after clearing the shared cache)."""
    with _local_lock:
        _local.clear()
