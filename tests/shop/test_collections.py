"""shop/collections.py: every producer gets its own collection, even on a flushed database."""

import pytest
from wagtail.models import Collection

from shop.collections import PRODUCERS_COLLECTION, producer_collection
from tests.factories import ProducerFactory

pytestmark = pytest.mark.django_db


def test_a_producer_saved_on_a_database_without_a_root_collection_still_gets_its_own():
    # A flushed database (transactional tests, a host's `manage.py flush`) has no root
    # collection; saving a producer must not fail there.
    Collection.objects.all().delete()

    producer = ProducerFactory(name="Bát Tràng")
    collection = producer_collection(producer=producer)

    assert collection.get_parent().name == PRODUCERS_COLLECTION
    assert collection.get_parent().get_parent().is_root()
    assert collection.name == f"Bát Tràng ({producer.pk})"
