"""The order freezes the variant's label in the order's language (issue 14)."""

import pytest
from django.utils import translation

from checkout.placement import order_place
from shop.models import ProductVariant
from tests.checkout.builders import checkout_shop_build
from tests.checkout.test_placement import _ready_cart


@pytest.mark.django_db
def test_the_order_line_freezes_the_label_in_the_orders_language():
    shop = checkout_shop_build()
    ProductVariant.objects.filter(pk=shop.variant.pk).update(
        name="Bộ 6 chén", name_translations={"en": "Set of 6 cups", "ko": "6잔 세트"}
    )
    shop.variant.refresh_from_db()
    with translation.override("ko"):
        order = order_place(cart_token=_ready_cart(shop).token, language="ko")
    line = order.lines.get()
    assert line.variant_name == "6잔 세트"
    assert line.product_name.endswith("– 6잔 세트")
    # Customs papers read the English description, not the shopper's language.
    assert line.customs_description == shop.variant.product.customs_description

    ProductVariant.objects.filter(pk=shop.variant.pk).update(name_translations={})
    line.refresh_from_db()
    assert line.variant_name == "6잔 세트"  # frozen: later edits leave the order alone
