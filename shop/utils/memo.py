"""A per-request memo for values read from the shared cache several times per request.

Cache versions (catalogue, pages, checkout rules, rates, prices, markets) are read by many parts
of one page; each read is a round trip to Redis. Within one request they are read once, all
together: the first version a request asks for fetches every registered version in one
round trip (`version_register`). Outside a request (tests, commands, tasks) there is no memo and
every read goes to the cache. Whoever changes such a value also calls `memo_forget`, so a
request that changes it sees its change.

Versions move when the change commits, never before (`cache_version_bump`): a value stored under
a version was then read after that version existed, hence after the change it covers was
committed (PostgreSQL's and SQLite's default READ COMMITTED reads; not under REPEATABLE READ).
Until then the changing transaction alone reads under a version of its own, so neither its
uncommitted data nor data it rolls back can reach another request.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import pickle
import secrets
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from decimal import Decimal
from types import MappingProxyType
from typing import TypeVar

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction

from shop.conf import langnghe_setting

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


_last_fresh = 0
_fresh_lock = threading.Lock()


def _fresh_version() -> int:
    # A lost version (evicted, or the cache flushed) restarts from the clock, never from a
    # number it had before: values kept under an old number (see `local_cached`) cannot return.
    # Strictly increasing in a process, so two bumps in one clock tick still differ.
    global _last_fresh
    with _fresh_lock:
        _last_fresh = max(time.time_ns(), _last_fresh + 1)
        return _last_fresh


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
    registered version); cached data built from what it covers carries it in its keys. In a
    transaction that changed what the key covers, a version of that transaction's own."""
    private = _pending_version(key)
    if private is not None:
        return private
    memo = _memo.get()
    if memo is None:
        return _version_read(key)
    versions = memo.get(_VERSIONS)
    if versions is None:
        versions = memo[_VERSIONS] = _versions_read()
    if key not in versions:  # not registered (or forgotten after a bump)
        versions[key] = _version_read(key)
    return versions[key]


def cache_versions(keys) -> dict[str, int]:
    """`cache_version` of each key, registered or not (e.g. one per product), with one round
    trip for those this request has not read yet; a key never set starts from a fresh number."""
    found: dict[str, int] = {}
    memo = _memo.get()
    versions = None
    if memo is not None:
        versions = memo.get(_VERSIONS)
        if versions is None:
            versions = memo[_VERSIONS] = _versions_read()
    unread = []
    for key in keys:
        private = _pending_version(key)
        if private is not None:
            found[key] = private
        elif versions is not None and key in versions:
            found[key] = versions[key]
        else:
            unread.append(key)
    if unread:
        shared = cache.get_many(unread)
        # Setting a fresh number over a concurrent bump only costs a cache miss: a fresh number
        # never makes an entry stored under an older one valid again.
        fresh = {key: _fresh_version() for key in unread if key not in shared}
        if fresh:
            cache.set_many(fresh, None)
        shared.update(fresh)
        found.update(shared)
        if versions is not None:
            versions.update(shared)
    return found


_DEPENDS = "langnghe:depends"


def cache_depend(keys) -> dict[str, int]:
    """`cache_versions(keys)`, noted as what this request's response shows: the page cache
    stores these versions with the page and serves it only while they stay the same."""
    found = cache_versions(keys)
    memo = _memo.get()
    if memo is not None:
        memo.setdefault(_DEPENDS, {}).update(found)
    return found


def cache_dependencies() -> dict[str, int]:
    """The versions this request's response depends on (`cache_depend`)."""
    memo = _memo.get()
    return dict(memo.get(_DEPENDS, {})) if memo is not None else {}


def cache_versions_unchanged(versions: dict[str, int]) -> bool:
    """Whether every key still has the version noted (one round trip at most)."""
    return not versions or cache_versions(versions) == versions


def cache_version_bump(*keys: str) -> None:
    """Move these versions on when the current transaction commits (at once outside one): every
    key built with an old version is forgotten. Until the commit, this transaction reads under
    private versions, so it sees its own change and nobody else does. However many keys and
    rows change, a transaction moves each key once, and each call's keys in one round trip."""
    for key in keys:
        memo_forget(key)
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _shared_bump(keys)
        return
    pending = _pending.setdefault(connection, {})
    new = []
    for key in keys:
        entry = pending.get(key)
        if entry is not None and _registered(connection, entry[0]):
            pending[key] = (entry[0], _private_version())
        else:
            new.append(key)
    if new:
        bump = _CommittedBump(tuple(new), connection)
        transaction.on_commit(bump, robust=True)
        for key in new:
            pending[key] = (bump, _private_version())


def _shared_bump(keys) -> None:
    # A new number from the clock rather than an increment: one round trip for any number of
    # keys, and never a number a key had before (see `_fresh_version`).
    for key in keys:
        memo_forget(key)
    if keys:
        cache.set_many(dict.fromkeys(keys, _fresh_version()), None)


# Versions of changes not yet committed, per database connection (so per thread): key →
# (the commit callback that will move the shared version, this transaction's private version).
_pending: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class _CommittedBump:
    """The on-commit callback of `cache_version_bump` (its identity marks its keys pending)."""

    def __init__(self, keys: tuple[str, ...], connection) -> None:
        self.keys, self.connection = keys, weakref.ref(connection)
        self.__qualname__ = f"cache_version_bump{keys!r}"  # named in Django's error log

    def __call__(self) -> None:
        connection = self.connection()
        pending = _pending.get(connection) if connection is not None else None
        for key in self.keys:
            if pending is not None and pending.get(key, (None,))[0] is self:
                del pending[key]
        _shared_bump(self.keys)


def _registered(connection, bump: _CommittedBump) -> bool:
    # A rolled-back transaction or savepoint takes its callbacks off this list.
    return any(func is bump for _sids, func, _robust in connection.run_on_commit)


def _pending_version(key: str) -> int | None:
    connection = transaction.get_connection()
    pending = _pending.get(connection)
    if not pending or key not in pending:
        return None
    bump, private = pending[key]
    if connection.in_atomic_block and _registered(connection, bump):
        return private
    del pending[key]  # rolled back: the shared version still tells the truth
    return None


def _private_version() -> int:
    # Negative, so never a shared version (those count up from the clock), and random, so no
    # other transaction or process ever reads what this one stores under it.
    return -secrets.randbits(62) - 1


# Values under versioned keys never change (a change moves the version, hence the key), so a
# process may keep them: no round trip to the shared cache for rules read on every checkout step.
# Kept a few seconds only (`LANGNGHE_LOCAL_CACHE_SECONDS`): a change that moved no version (a
# `QuerySet.update`, a bump lost with the shared cache) is then seen soon all the same.
LOCAL_ENTRIES = 2048
_local: OrderedDict[str, tuple[float, object]] = OrderedDict()
_local_lock = threading.Lock()
_clock = time.monotonic


class _Copied:
    """A mutable value kept pickled: each request unpickles its own copy."""

    __slots__ = ("data",)

    def __init__(self, value: object) -> None:
        self.data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


_SCALARS = (type(None), bool, int, float, complex, str, bytes, Decimal, dt.date, dt.time, enum.Enum)


def _immutable(value: object) -> bool:
    """Whether no caller can change `value` (or anything it holds)."""
    if isinstance(value, _SCALARS):
        return True
    if isinstance(value, tuple | frozenset):
        return all(_immutable(item) for item in value)
    if isinstance(value, MappingProxyType):
        return all(_immutable(k) and _immutable(v) for k, v in value.items())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.__dataclass_params__.frozen and all(
            _immutable(getattr(value, field.name)) for field in dataclasses.fields(value)
        )
    return False


def local_cached(key: str, read: Callable[[], T], *, keep_none: bool = True) -> T:
    """`read()` once per process for `key`, which must carry a `cache_version`, kept for
    `LANGNGHE_LOCAL_CACHE_SECONDS` (the newest `LOCAL_ENTRIES` keys, least recently used go
    first). Immutable values (tuples, frozensets, MappingProxyType, frozen dataclasses of such
    or of scalars) are shared as they are; any other value is kept pickled and every request
    gets its own copy, so no caller can change what another reads. `keep_none=False`: a None
    read is not kept (read again next time)."""
    now = _clock()
    with _local_lock:
        entry = _local.get(key)
        if entry is not None and entry[0] > now:
            _local.move_to_end(key)
            kept = entry[1]
        else:
            kept = None
    if kept is None:
        value = read()
        if value is None and not keep_none:
            return value
        kept = value if _immutable(value) else _Copied(value)
        seconds = langnghe_setting("LANGNGHE_LOCAL_CACHE_SECONDS")
        with _local_lock:
            _local[key] = (now + seconds, kept)
            _local.move_to_end(key)
            while len(_local) > LOCAL_ENTRIES:
                _local.popitem(last=False)
    if isinstance(kept, _Copied):
        data = kept.data
        # Our own bytes, pickled above from what `read()` returned: nothing untrusted.
        copy = lambda: pickle.loads(data)  # noqa: E731, S301
        return memoized(f"langnghe:local-copy:{key}:{id(kept)}", copy)
    return kept


def local_clear() -> None:
    """Forget what this process kept (tests, after clearing the shared cache)."""
    with _local_lock:
        _local.clear()
