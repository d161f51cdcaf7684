"""A per-request memo for values read from the shared cache several times per request.

Cache versions (catalogue, checkout rules) and the active markets are read by many parts of one
page; each read is a round trip to Redis. Within one request they are read once. Outside a
request (tests, commands, tasks) there is no memo and every read goes to the cache. Whoever
changes such a value also calls `memo_forget`, so a request that changes it sees its change.
"""

from __future__ import annotations

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


def _start(**_kwargs) -> None:
    _memo.set({})


def _finish(**_kwargs) -> None:
    _memo.set(None)


request_started.connect(_start, dispatch_uid="langnghe_memo_start")
request_finished.connect(_finish, dispatch_uid="langnghe_memo_finish")


def cache_version(key: str) -> int:
    """A version number kept in the shared cache (read once per request); cached data built
    from what it covers carries it in its keys."""
    return memoized(key, lambda: cache.get_or_set(key, 1, None))


def cache_version_bump(key: str) -> None:
    """Move the version on: every key built with the old one is forgotten."""
    memo_forget(key)
    try:
        cache.incr(key)
    except ValueError:  # not in the cache (evicted, or never read)
        cache.set(key, 2, None)
