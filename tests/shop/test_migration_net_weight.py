"""Migration shop 0013: order lines placed before keep their variant's net weight."""

import pytest
from django.db import connection

from tests.factories import OrderFactory, OrderLineFactory, VariantFactory
from tests.shop.migrating import migrate_latest, migrate_to

BEFORE = [("shop", "0012_shipments")]
AFTER = [("shop", "0013_order_line_net_weight")]


@pytest.mark.django_db(transaction=True)
def test_earlier_order_lines_take_their_variants_net_weight():
    variant = VariantFactory(net_weight_g=640, gross_weight_g=900)
    order = OrderFactory()
    with_variant = OrderLineFactory(order=order, variant=variant, gross_weight_g=900)
    without = OrderLineFactory(order=order, variant=variant, gross_weight_g=500)
    try:
        migrate_to(BEFORE)
        # The old schema has no net weight; the variant of the second line is gone.
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE shop_orderline SET variant_id = NULL WHERE id = %s", [without.pk]
            )
        new = migrate_to(AFTER)
        weights = dict(new.get_model("shop", "OrderLine").objects.values_list("pk", "net_weight_g"))
        assert weights == {with_variant.pk: 640, without.pk: 0}
    finally:
        migrate_latest()
