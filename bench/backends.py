"""Where the storefront benchmark's servers keep their data: a throw-away SQLite file or
PostgreSQL database, and optionally a Redis database for the cache and the sessions."""

from __future__ import annotations

import argparse
import sys
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from bench import BenchError

POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test_bench_storefront"


@dataclass
class Backends:
    """Where the servers keep their data, and what the report says of it."""

    database_url: str
    database: str  # e.g. "SQLite", "PostgreSQL 15.20"
    redis_url: str = ""
    redis: str = ""  # e.g. "Redis 7.0.15"
    prepared: bool = False  # the database already holds the demo
    drop: bool = False  # a PostgreSQL database of ours, dropped at the end


def backends_open(args: argparse.Namespace, workdir: Path) -> Backends:
    """The database (a new SQLite file, the one `--database` names, or a new PostgreSQL
    database) and, with `--redis`, the emptied Redis database (first: a Redis that does not
    answer leaves no database behind)."""
    redis = f"Redis {redis_flush(args.redis)}" if args.redis else ""
    if args.database_url:
        version = postgres_create(args.database_url)
        backends = Backends(args.database_url, f"PostgreSQL {version}", drop=True)
    elif args.database:
        database = Path(args.database).resolve()
        if not database.is_file():
            raise BenchError(f"{database} does not exist")
        backends = Backends(f"sqlite:///{database}", "SQLite", prepared=True)
    else:
        backends = Backends(f"sqlite:///{workdir / 'bench.sqlite3'}", "SQLite")
    backends.redis_url, backends.redis = args.redis, redis
    return backends


def backends_close(backends: Backends, *, keep: bool) -> None:
    """Drop our PostgreSQL database and empty Redis, unless `keep`; never raises (it runs in
    the benchmarks' `finally`, where it must not hide why they stopped)."""
    if keep:
        kept = [backends.database_url] if backends.drop else []
        kept += [backends.redis_url] if backends.redis_url else []
        if kept:
            print("Kept " + ", ".join(kept))
        return
    if backends.drop:
        postgres_drop(backends.database_url)
    if backends.redis_url:
        try:
            redis_flush(backends.redis_url)
        except BenchError as exc:
            print(f"warning: could not empty Redis: {exc}", file=sys.stderr)


def _postgres_admin(url: str) -> tuple[str, str]:
    """The URL of the server's `postgres` database, and the benchmark database's name."""
    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    if not parts.scheme.startswith("postgres") or not name.startswith("test_"):
        raise BenchError(
            f"--database-url must be postgres://…/test_<name> (it is dropped at the end): {url}"
        )
    return urllib.parse.urlunsplit(parts._replace(path="/postgres")), name


def postgres_create(url: str) -> str:
    """Create the (throw-away) database `url` names, dropping a leftover; the server version."""
    import psycopg
    from psycopg import sql

    admin, name = _postgres_admin(url)
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            version = conn.execute("SHOW server_version").fetchone()[0]
    except psycopg.Error as exc:
        raise BenchError(f"cannot create database {name} at {admin}: {exc}") from exc
    print(f"Created PostgreSQL database {name}.")
    return version.split()[0]


def postgres_drop(url: str) -> None:
    import psycopg
    from psycopg import sql

    admin, name = _postgres_admin(url)
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        print(f"warning: could not drop database {name}: {exc}", file=sys.stderr)
        return
    print(f"Dropped PostgreSQL database {name}.")


def redis_flush(url: str) -> str:
    """Empty the Redis database `url` names (no page, version or session of another run may
    be found); the server version."""
    import redis

    if urllib.parse.urlsplit(url).path.strip("/") in ("", "0"):
        raise BenchError(
            f"--redis needs a database of its own, e.g. …:6379/9 (it is flushed): {url}"
        )
    try:
        client = redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=10)
        client.flushdb()
        return client.info("server")["redis_version"]
    except redis.RedisError as exc:
        raise BenchError(f"Redis at {url}: {exc}") from exc
