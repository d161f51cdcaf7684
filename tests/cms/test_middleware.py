"""cms/middleware.py: what a shop without any market answers."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/en/", "/en/checkout/cart/"])
def test_a_shop_without_markets_says_it_is_not_open_instead_of_failing(client, path):
    response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "3600"
    assert "not open yet" in response.content.decode()


def test_the_message_is_in_the_shoppers_language(client):
    response = client.get("/vi/", HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 503
    assert "not open yet" not in response.content.decode()
