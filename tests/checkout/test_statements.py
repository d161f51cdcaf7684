"""The guest checkout's database statements per step, bounded (bench/checkout.py times them).

Counts, not seconds: a change that adds a query to a step fails here. BEGIN, COMMIT and
savepoints are statements too (each is a round trip); SQLite and PostgreSQL send the same ones.
"""

from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import FINGERPRINT, US_ADDRESS

pytestmark = pytest.mark.django_db(transaction=True)

FORM = "application/x-www-form-urlencoded"

# (method, path, data, expected status, statements at most)
STEPS = [
    ("POST", "/en/checkout/cart/add/", "add", 302, 4),
    ("GET", "/en/checkout/cart/", None, 200, 2),
    ("GET", "/en/checkout/", None, 200, 6),  # checkout starts: stock reserved
    ("POST", "/en/checkout/", "address", 302, 2),  # address and shipping method
    ("GET", "/en/checkout/review/", None, 200, 2),
    ("POST", "/en/checkout/place/", "place", 302, 12),  # order, lines, allocation, timeline
    ("GET", "/en/checkout/pay/{token}/", None, 200, 2),
    ("POST", "/en/checkout/payments/dummy/{token}/", "pay", 302, 7),  # and the email task
    ("GET", "/en/checkout/order/{token}/", None, 200, 2),
]


def _guest_checkout(data: dict) -> list[tuple[str, int, int]]:
    """One new guest from adding to cart to the confirmation: (path, statements, budget)."""
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    token, counts = "", []
    for method, path, key, status, budget in STEPS:
        path = path.format(token=token)
        with CaptureQueriesContext(connection) as queries:
            if method == "POST":
                response = client.post(path, urlencode(data.get(key, {})), content_type=FORM)
            else:
                response = client.get(path)
        assert response.status_code == status, (path, response.content.decode()[-3000:])
        if path.endswith("/place/"):
            token = response["Location"].rstrip("/").rsplit("/", 1)[-1]
        if path.endswith("/review/"):  # the place form carries what the review showed
            data["place"] = {"fingerprint": FINGERPRINT.search(response.content.decode())[1]}
        counts.append((path, len(queries), budget))
    return counts


# Sessions in the cache, as in production (REDIS_URL); database sessions add their own reads.
@override_settings(
    LANGNGHE_PAYMENT_GATEWAY="dummy", SESSION_ENGINE="django.contrib.sessions.backends.cache"
)
def test_the_whole_guest_checkout_stays_within_its_statement_budget():
    shop = checkout_shop_build(stock=5)
    data = {
        "add": {"variant": shop.variant.sku, "quantity": 1},
        "address": {**US_ADDRESS, "method": shop.method.pk},
        "pay": {"outcome": "succeed"},
    }
    _guest_checkout(data)  # the first guest fills the rule and page caches a running shop has
    counts = _guest_checkout(data)
    over = [(path, count, budget) for path, count, budget in counts if count > budget]
    assert not over, over
    assert sum(count for _path, count, _budget in counts) <= 39
