"""A market staff add in the admin (shop/admin/markets.py) sells at once: no code, no deploy."""

from decimal import Decimal

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from checkout.models import ShippingZone
from shop.models import Market, Order
from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import checkout_to_review, order_place
from tests.factories import ExchangeRateFactory, UserFactory

pytestmark = pytest.mark.django_db

CA_ADDRESS = {
    "country": "CA",
    "email": "chloe@example.ca",
    "name": "Chloé Tremblay",
    "street_address": "1000 Rue Sherbrooke O",
    "city": "Montréal",
    "country_area": "QC",
    "postal_code": "H3A 3G4",
    "phone": "+1 514 555 0100",
}
AU_ADDRESS = {
    "country": "AU",
    "email": "jack@example.au",
    "name": "Jack Nguyen",
    "street_address": "1 Martin Place",
    "city": "Sydney",
    "country_area": "NSW",
    "postal_code": "2000",
    "phone": "+61 2 5550 0100",
}
SG_ADDRESS = {
    "country": "SG",
    "email": "mei@example.sg",
    "name": "Tan Mei Ling",
    "street_address": "1 Raffles Place",
    "postal_code": "048616",
    "phone": "+65 6555 0100",
}


@pytest.mark.parametrize(
    ("country", "currency", "address"),
    [("CA", "CAD", CA_ADDRESS), ("AU", "AUD", AU_ADDRESS), ("SG", "SGD", SG_ADDRESS)],
)
def test_a_market_staff_add_for_a_served_country_takes_orders(country, currency, address):
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        shop = checkout_shop_build(stock=5)
        zone = ShippingZone.objects.get()
        zone.countries = [*zone.countries, country]  # the zone already serves the country
        zone.save()
        ExchangeRateFactory(
            base_currency=currency,
            quote_currency="VND",
            rate=Decimal("19000"),
            date=timezone.localdate(),
        )
        admin = Client()
        admin.force_login(UserFactory(username="boss", is_superuser=True, is_staff=True))
        response = admin.post(
            reverse("shop_market:add"),
            {
                "name": f"Market {country}",
                "slug": f"market-{country.lower()}",
                "countries": [country],
                "currency": currency,
                "default_language": "en",
                "rounding_rule": "ceil_99",
                "duties_mode": "DAP",
                "is_active": "on",
                "position": "5",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        market = Market.objects.get(slug=f"market-{country.lower()}")

        shopper = Client()
        review = checkout_to_review(shopper, shop.variant, address=address, lang="en")
        quote = review.context["quote"]
        assert quote.currency == currency
        # 450,000 VND / 19,000 = 23.68 → up to .99
        assert quote.subtotal.amount == Decimal("23.99")
        assert order_place(shopper, lang="en").status_code == 302
        order = Order.objects.get()
        assert (order.market, order.currency, order.country) == (market, currency, country)
