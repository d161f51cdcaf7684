"""shop/markets.py: which market a shopper is in, and the markets every request reads."""

import threading

import pytest
from django.db import connection, transaction

from shop.markets import market_resolve, markets_active
from shop.models import Market
from tests.factories import MarketFactory

pytestmark = pytest.mark.django_db


def test_a_caller_changing_its_markets_changes_nothing_for_anyone_else():
    MarketFactory(slug="jp", currency="JPY", countries=["JP"], is_default=True)
    mine = markets_active()
    mine[0].currency = "CHF"
    assert markets_active()[0].currency == "JPY"
    assert market_resolve(country="JP").currency == "JPY"


def test_a_market_changed_in_a_transaction_is_seen_there_before_it_commits():
    market = MarketFactory(slug="jp", currency="JPY", is_default=True)
    assert markets_active()[0].currency == "JPY"
    with transaction.atomic():
        market.currency = "USD"
        market.save()
        assert markets_active()[0].currency == "USD"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_market_change_committed_while_another_thread_reads_is_seen_by_its_next_read():
    market = MarketFactory(slug="jp", currency="JPY", is_default=True)
    assert markets_active()[0].currency == "JPY"
    saved, read = threading.Event(), threading.Event()
    errors = []

    def change():
        try:
            with transaction.atomic():
                changed = Market.objects.get(pk=market.pk)
                changed.currency = "USD"
                changed.save()
                saved.set()
                assert read.wait(30)  # commit only once the other thread has read and cached
        except Exception as exc:  # noqa: BLE001 – reported by the test below
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=change)
    thread.start()
    assert saved.wait(30)
    assert markets_active()[0].currency == "JPY"  # not committed yet
    read.set()
    thread.join(60)
    assert not thread.is_alive() and not errors
    assert markets_active()[0].currency == "USD"
