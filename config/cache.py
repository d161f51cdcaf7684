"""Django's Redis cache with one redis-py client per connection pool.

Django builds a new `redis.Redis` object for every cache call, and redis-py's constructor fills
its table of response callbacks each time: about a third of a millisecond of CPU per `get`,
several times per checkout request. A client is thread-safe (connections come from the pool),
so one per pool does the same work for free.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class PooledClientRedisCacheClient(RedisCacheClient):
    """Keeps the client it makes for each connection pool."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class PooledRedisCache(RedisCache):
    """`django.core.cache.backends.redis.RedisCache` reusing its redis-py clients."""

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient
