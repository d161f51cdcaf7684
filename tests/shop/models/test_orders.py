"""shop/models/orders.py: an order's reference is random, readable and unique."""

import re

import pytest
from django.db import IntegrityError, transaction

from shop.models.orders import (
    REFERENCE_ALPHABET,
    REFERENCE_PATTERN,
    new_order_reference,
    order_reference_parse,
)
from tests.factories import OrderFactory


def test_a_reference_is_ten_crockford_characters_in_two_groups():
    for _ in range(200):
        reference = new_order_reference()
        assert re.fullmatch(REFERENCE_PATTERN, reference), reference
        assert not set(reference[3:].replace("-", "")) & set("ILOU")
    assert len(REFERENCE_ALPHABET) == len(set(REFERENCE_ALPHABET)) == 32


def test_references_do_not_repeat():
    assert len({new_order_reference() for _ in range(5000)}) == 5000


@pytest.mark.parametrize(
    "typed",
    ["LN-7K4QH-9XPMA", "ln-7k4qh-9xpma", "7K4QH9XPMA", "LN 7K4QH 9XPMA", " ln7k4qh-9xpma "],
)
def test_a_reference_is_read_back_however_it_was_typed(typed):
    assert order_reference_parse(typed) == "LN-7K4QH-9XPMA"


def test_letters_mistaken_for_digits_are_read_as_the_digits():
    assert order_reference_parse("LN-OK4QH-IXPML") == "LN-0K4QH-1XPM1"


@pytest.mark.parametrize("typed", ["", "12", "LN-7K4QH-9XPM", "LN-7K4QH-9XPMAB", "LN-7K4QH-9XPMU"])
def test_what_cannot_be_a_reference_is_none(typed):
    assert order_reference_parse(typed) is None


@pytest.mark.django_db
def test_an_order_gets_a_reference_on_creation_and_shows_it():
    order = OrderFactory()
    assert re.fullmatch(REFERENCE_PATTERN, order.reference)
    assert str(order) == order.reference


@pytest.mark.django_db(transaction=True)
def test_two_orders_cannot_share_a_reference():
    first = OrderFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        OrderFactory(reference=first.reference)
