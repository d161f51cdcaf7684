"""localstripe (a stateful fake Stripe from PyPI) served on 127.0.0.1 for the tests.

The server is localstripe's own routes and middlewares in a fresh aiohttp `Application`, minus
its `save_store_middleware`, and its store's `dump_to_disk` is switched off, so tests never read
or write /tmp/localstripe.pickle. It runs in a background thread with its own event loop for
the whole session; each test starts from an empty store (`DELETE /_config/data`) and gets
Django settings pointing the SDK at it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web

IDEMPOTENCY = web.AppKey("idempotency", object)
SECRET_KEY = "sk_test_langnghe_localstripe"
PUBLISHABLE_KEY = "pk_test_langnghe_localstripe"
WEBHOOK_SECRET = "whsec_test_langnghe"


def _idempotency_middleware():
    """Stripe's idempotency keys, which localstripe lacks: a POST repeated with the same
    `Idempotency-Key` gets the first response and changes nothing (docs.stripe.com/api/
    idempotent_requests). Handlers here never yield to the loop, so check-and-store is atomic."""
    responses: dict[str, tuple[int, bytes, str]] = {}

    @web.middleware
    async def middleware(request, handler):
        key = request.headers.get("Idempotency-Key")
        if request.method != "POST" or not key:
            return await handler(request)
        if key not in responses:
            response = await handler(request)
            responses[key] = (response.status, response.body, response.content_type)
        status, body, content_type = responses[key]
        return web.Response(status=status, body=body, content_type=content_type)

    middleware.responses = responses
    return middleware


def _application() -> web.Application:
    with warnings.catch_warnings():
        # Importing builds localstripe's own app with plain-function handlers (deprecated).
        warnings.simplefilter("ignore", DeprecationWarning)
        from localstripe import server

    idempotency = _idempotency_middleware()
    app = web.Application(
        middlewares=[server.error_middleware, server.auth_middleware, idempotency]
    )
    app[IDEMPOTENCY] = idempotency
    app.on_response_prepare.append(server.add_cors_headers)
    for route in server.app.router.routes():
        app.router.add_route(route.method, route.resource.canonical, _as_async(route.handler))
    return app


def _as_async(handler):
    # aiohttp deprecates plain-function handlers, which localstripe still uses.
    if asyncio.iscoroutinefunction(handler):
        return handler

    async def wrapper(request):
        return handler(request)

    return wrapper


def _accept_receipt_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    """localstripe 1.15.10 refuses `description` and `receipt_email` on PaymentIntents, which
    Stripe accepts; keep them on the object so tests can also check what was sent."""
    from localstripe.resources import PaymentIntent

    original = PaymentIntent.__init__

    def __init__(self, *args, description=None, receipt_email=None, **kwargs):
        original(self, *args, **kwargs)
        self.description = description
        self.receipt_email = receipt_email

    monkeypatch.setattr(PaymentIntent, "__init__", __init__)


class LocalStripe:
    """localstripe running in a thread; `url` is its API base."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.app = _application()
        self.runner = web.AppRunner(self.app, access_log=None)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.thread = threading.Thread(target=self._run, name="localstripe", daemon=True)
        self.started = threading.Event()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self.runner.setup())
        self.loop.run_until_complete(web.SockSite(self.runner, self.sock).start())
        self.started.set()
        self.loop.run_forever()

    def start(self) -> None:
        self.thread.start()
        if not self.started.wait(10):
            raise RuntimeError("localstripe did not start")

    async def _shutdown(self) -> None:
        # localstripe schedules webhook deliveries as tasks; none is registered here.
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for pending in tasks:
            pending.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.runner.cleanup()

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()

    def request(self, method: str, path: str, data: dict[str, Any] | None = None) -> Any:
        """A raw API call, as Stripe.js or the dashboard would make it (form-encoded)."""
        body = None
        if data is not None:
            body = urllib.parse.urlencode(_flatten(data)).encode()
        req = urllib.request.Request(  # noqa: S310 (always localstripe's http URL)
            self.url + path,
            data=body,
            method=method,
            headers={"Authorization": f"Bearer {SECRET_KEY}"},
        )
        with urllib.request.urlopen(req, timeout=10) as response:  # noqa: S310
            text = response.read().decode()
        return json.loads(text) if text.strip() else None

    def flush(self) -> None:
        self.request("DELETE", "/_config/data")
        self.app[IDEMPOTENCY].responses.clear()


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        name = f"{prefix}[{key}]" if prefix else key
        if isinstance(value, dict):
            pairs += _flatten(value, name)
        else:
            pairs.append((name, str(value)))
    return pairs


@pytest.fixture(scope="session")
def localstripe_server() -> Iterator[LocalStripe]:
    from localstripe.resources import store

    with pytest.MonkeyPatch.context() as monkeypatch:
        # The store pickles itself to /tmp on every change; tests keep it in memory only.
        monkeypatch.setattr(store, "dump_to_disk", lambda: None)
        _accept_receipt_fields(monkeypatch)
        server = LocalStripe()
        server.start()
        yield server
        server.stop()


@pytest.fixture
def localstripe(localstripe_server: LocalStripe, settings) -> LocalStripe:
    """An empty localstripe, with Django's Stripe settings pointing at it."""
    localstripe_server.flush()
    settings.STRIPE_SECRET_KEY = SECRET_KEY
    settings.STRIPE_PUBLISHABLE_KEY = PUBLISHABLE_KEY
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_API_BASE = localstripe_server.url
    settings.STRIPE_JS_URL = f"{localstripe_server.url}/js.stripe.com/v3/"
    settings.LANGNGHE_PAYMENT_GATEWAY = "stripe"
    return localstripe_server


def shopper_pays(server: LocalStripe, *, intent_id: str, card: str) -> dict[str, Any]:
    """What Stripe.js does on the pay page: attach a card to the intent and confirm it.

    A declined card makes localstripe answer 402 (as Stripe does); the intent is returned either
    way.
    """
    method = server.request(
        "POST",
        "/v1/payment_methods",
        {"type": "card", "card": {"number": card, "exp_month": 12, "exp_year": 2034, "cvc": "123"}},
    )
    server.request("POST", f"/v1/payment_intents/{intent_id}", {"payment_method": method["id"]})
    try:
        server.request("POST", f"/v1/payment_intents/{intent_id}/confirm", {})
    except urllib.error.HTTPError as error:
        if error.code != 402:
            raise
    return server.request("GET", f"/v1/payment_intents/{intent_id}")


def stripe_signature(payload: bytes, *, secret: str = WEBHOOK_SECRET, at: int | None = None) -> str:
    """The `Stripe-Signature` header exactly as Stripe computes it."""
    timestamp = int(time.time()) if at is None else at
    signed = f"{timestamp}.".encode() + payload
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"
