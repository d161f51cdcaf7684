"""checkout/admin/orders.py: the staff's order listing, detail page and actions."""

import csv
import datetime as dt
import io
from decimal import Decimal
from html import unescape as html_unescape

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from checkout.documents import document_label
from checkout.models import Payment, PaymentStatus
from shop.inventory import stock_allocate
from shop.models import Order, OrderDocument, OrderEvent, OrderStatus, Stock
from shop.money import Money
from shop.orders import order_document_record, order_mark_paid
from shop.permissions import shop_staff_group_ensure
from tests.factories import OrderFactory, OrderLineFactory, StockFactory, UserFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("_dummy_gateway"),
]

TOTAL = Decimal("45.00")


@pytest.fixture
def _dummy_gateway():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        yield


def english(user):
    """The admin speaks the user's preferred language; the site default is Vietnamese."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def admin_client(client):
    client.force_login(english(UserFactory(username="admin", is_superuser=True, is_staff=True)))
    return client


def placed(*, document: str = "", email: str = "buyer@example.com", quantity: int = 2) -> Order:
    """An unpaid order of one line, its units allocated from a stock of 10."""
    stock = StockFactory(quantity=10)
    order = OrderFactory(total=TOTAL, currency="USD", email=email, country="US")
    OrderLineFactory(
        order=order,
        variant=stock.variant,
        quantity=quantity,
        unit_price=Decimal("22.50"),
        hs_code="691200",
        country_of_origin="VN",
        required_document=document,
    )
    stock_allocate(lines=list(order.lines.all()))
    return order


def paid(**kwargs) -> Order:
    order = placed(**kwargs)
    Payment.objects.create(
        order=order,
        gateway="dummy",
        reference=f"dummy_{order.pk}",
        amount=TOTAL,
        currency="USD",
        status=PaymentStatus.SUCCEEDED,
    )
    order_mark_paid(order=order, amount=Money(TOTAL, "USD"), gateway="dummy")
    order.refresh_from_db()
    return order


def stock_of(order: Order) -> Stock:
    return Stock.objects.get(variant=order.lines.get().variant)


def act(client, order: Order, action: str, data: dict | None = None):
    return client.post(reverse(f"shop_order:{action}", args=[order.pk]), data or {})


def said(client, response) -> list[tuple[str, str]]:
    """The (level, text) messages an action shows on the order page it redirects to."""
    assert response.status_code == 302
    page = client.get(response.url)
    assert page.status_code == 200
    with translation.override("en"):
        return [(m.level_tag, str(m).strip()) for m in page.context["messages"]]


def detail_html(client, order: Order) -> str:
    response = client.get(reverse("shop_order:inspect", args=[order.pk]))
    assert response.status_code == 200
    return response.content.decode()


class TestListing:
    def test_list_shows_the_order_with_its_total_in_its_currency(self, admin_client):
        order = paid()
        response = admin_client.get(reverse("shop_order:index"))
        assert response.status_code == 200
        assert order.pk in {o.pk for o in response.context["object_list"]}
        html = response.content.decode()
        assert "$45.00" in html
        assert "buyer@example.com" in html
        assert reverse("shop_order:inspect", args=[order.pk]) in html

    @pytest.mark.parametrize("query", ["other@example", "#{pk}", "{pk}", "{token}"])
    def test_search_finds_by_email_number_or_token(self, admin_client, query):
        wanted = placed(email="other@example.com")
        placed(email="someone@example.com")
        query = query.format(pk=wanted.pk, token=wanted.token)
        response = admin_client.get(reverse("shop_order:index"), {"q": query})
        assert [o.pk for o in response.context["object_list"]] == [wanted.pk]

    @pytest.mark.parametrize(
        "query",
        ["{ref}", "{ref_lower}", "{ref_bare}", "{ref_tail}"],
    )
    def test_search_finds_by_the_reference_a_shopper_quotes(self, admin_client, query):
        wanted = placed(email="other@example.com")
        placed(email="someone@example.com")
        query = query.format(
            ref=wanted.reference,
            ref_lower=wanted.reference.lower().replace("-", " "),
            ref_bare=wanted.reference.removeprefix("LN-").replace("-", ""),
            ref_tail=wanted.reference[-5:],
        )
        response = admin_client.get(reverse("shop_order:index"), {"q": query})
        assert [o.pk for o in response.context["object_list"]] == [wanted.pk]
        assert wanted.reference in response.content.decode()

    def test_detail_names_the_order_by_its_reference(self, admin_client):
        order = placed()
        assert order.reference in detail_html(admin_client, order)

    def test_filter_by_status_narrows_the_list(self, admin_client):
        unpaid, done = placed(), paid()
        response = admin_client.get(reverse("shop_order:index"), {"status": "paid"})
        found = {o.pk for o in response.context["object_list"]}
        assert done.pk in found
        assert unpaid.pk not in found

    def test_filter_by_country_narrows_the_list(self, admin_client):
        us = placed()
        jp = OrderFactory(country="JP")
        response = admin_client.get(reverse("shop_order:index"), {"country": "JP"})
        assert {o.pk for o in response.context["object_list"]} == {jp.pk}
        assert us.pk != jp.pk

    def _dated(self, day: str, **fields) -> Order:
        order = OrderFactory(total=TOTAL, currency="USD", country="US", **fields)
        placed_at = dt.datetime.fromisoformat(f"{day}T10:00:00+07:00")
        Order.objects.filter(pk=order.pk).update(created_at=placed_at)
        return order

    def test_filter_by_the_days_orders_were_placed(self, admin_client):
        early, inside, late = (
            self._dated(day) for day in ("2026-11-02", "2026-11-15", "2026-12-01")
        )
        response = admin_client.get(
            reverse("shop_order:index"),
            {"created_at_from": "2026-11-10", "created_at_to": "2026-11-30"},
        )
        assert {o.pk for o in response.context["object_list"]} == {inside.pk}
        assert {early.pk, late.pk}.isdisjoint(o.pk for o in response.context["object_list"])

    def test_csv_export_holds_exactly_the_filtered_orders(self, admin_client):
        inside = self._dated(
            "2026-11-15", email="ann@example.com", shipping_address={"phone": "+1 415 555 0100"}
        )
        self._dated("2026-11-02", email="early@example.com")
        jp = self._dated("2026-11-16", email="jp@example.com")
        Order.objects.filter(pk=jp.pk).update(country="JP")
        response = admin_client.get(
            reverse("shop_order:index"),
            {
                "created_at_from": "2026-11-10",
                "created_at_to": "2026-11-30",
                "country": "US",
                "export": "csv",
            },
        )
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith('attachment; filename="orders.csv"')
        text = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows and "Reference" in rows[0], text
        assert [row["Reference"] for row in rows] == [inside.reference], text
        assert rows[0]["Email"] == "ann@example.com"
        assert rows[0]["Phone"] == "+1 415 555 0100"
        assert (rows[0]["Currency"], Decimal(rows[0]["Total"])) == ("USD", TOTAL)
        assert rows[0]["Status"] == "Awaiting payment"  # in the reader's language, as the headings

    def test_the_list_reads_the_same_statements_for_5_or_50_orders(self, admin_client):
        def statements() -> int:
            with CaptureQueriesContext(connection) as queries:
                response = admin_client.get(reverse("shop_order:index"))
            assert response.status_code == 200
            return len(queries)

        for _ in range(5):
            paid()
        few = statements()
        for _ in range(45):
            paid()
        assert len(admin_client.get(reverse("shop_order:index")).context["object_list"]) == 50
        assert statements() == few

    def test_orders_cannot_be_added_edited_or_deleted(self, admin_client):
        order = paid()
        for name, args in (("add", []), ("edit", [order.pk]), ("delete", [order.pk])):
            with pytest.raises(NoReverseMatch):
                reverse(f"shop_order:{name}", args=args)
        html = admin_client.get(reverse("shop_order:index")).content.decode()
        assert "/edit/" not in html


class TestDetail:
    def test_detail_shows_lines_money_payment_and_timeline(self, admin_client):
        order = paid(document="cites_permit")
        html = detail_html(admin_client, order)
        line = order.lines.get()
        for text in (line.sku, line.product_name, "691200", "$22.50", "$45.00"):
            assert text in html
        assert "CITES export permit" in html  # required, and listed as missing
        assert f"dummy_{order.pk}" in html  # the payment row
        paid_event = order.events.get(kind="paid")
        # The timeline speaks the reader's language (English), not the shop's (Vietnamese),
        # in which the message was stored.
        assert paid_event.message.startswith("Đã thanh toán")
        assert "<strong>Paid</strong>: Paid $45.00 via dummy ." in html  # amounts by Babel
        assert paid_event.message not in html

    def test_the_timeline_is_in_each_readers_language(self, client):
        order = paid(document="cites_permit")
        order_document_record(order=order, kind="cites_permit", reference="VN-77")
        reader = english(UserFactory(username="yamada", is_superuser=True, is_staff=True))
        UserProfile.objects.filter(user=reader).update(preferred_language="ja")
        client.force_login(reader)
        html = html_unescape(detail_html(client, order))
        assert "dummy経由で$45.00が支払われました（）。" in html
        with translation.override("ja"):
            assert f"{document_label('cites_permit')}: VN-77" in html

    def test_the_rate_reads_as_people_quote_it_and_the_exact_one_is_kept(self, admin_client):
        order = paid()
        exact = Decimal(1) / Decimal(26000)
        Order.objects.filter(pk=order.pk).update(
            base_currency="VND", fx_rate=exact, fx_rate_source="vietcombank"
        )
        html = html_unescape(detail_html(admin_client, order))
        assert "1 USD = 26,000 VND" in html
        order.refresh_from_db()
        assert f"Exact rate used: 1 VND = {order.fx_rate} USD" in html

    def test_staffs_own_words_and_old_entries_are_shown_as_written(self, admin_client):
        order = paid()
        OrderEvent.objects.create(order=order, kind="note", message="Gọi khách <b>trước</b>")
        OrderEvent.objects.create(
            order=order, kind="paid", message="kept", data={"note": {"msgid": "%(x)s"}}
        )
        html = detail_html(admin_client, order)
        assert "Gọi khách &lt;b&gt;trước&lt;/b&gt;" in html  # escaped, unknown kind as its code
        assert "<strong>Paid</strong>: kept" in html  # a note that cannot be worded falls back

    def test_detail_offers_the_actions_to_a_superuser(self, admin_client):
        html = detail_html(admin_client, paid())
        for action in ("document", "fulfil", "cancel", "refund"):
            assert f'/{action}/"' in html

    def test_each_line_is_named_once_and_the_shoppers_phone_is_shown(self, admin_client):
        order = placed()
        order.shipping_address = {"name": "Ann", "phone": "+1 415 555 0100"}
        order.save(update_fields=["shipping_address"])
        order.lines.update(product_name="Tea set — Blue glaze", variant_name="Blue glaze")
        html = detail_html(admin_client, order)
        assert "Tea set — Blue glaze" in html and "Blue glaze — Blue glaze" not in html
        assert 'href="tel:+1 415 555 0100"' in html
        order.lines.update(product_name="Tea set", variant_name="Blue glaze")
        assert "Tea set — Blue glaze" in detail_html(admin_client, order)


class TestFulfil:
    def test_refused_while_the_cites_permit_is_missing(self, admin_client):
        order = paid(document="cites_permit")
        response = act(admin_client, order, "fulfil")
        assert response.status_code == 302
        assert response.url == reverse("shop_order:inspect", args=[order.pk])
        assert said(admin_client, response) == [
            ("error", "Record these documents before shipping: CITES export permit")
        ]
        order.refresh_from_db()
        assert order.status == OrderStatus.PAID
        assert (stock_of(order).quantity, stock_of(order).quantity_allocated) == (10, 2)

    def test_recording_the_permit_then_shipping_fulfils_and_takes_the_stock(self, admin_client):
        order = paid(document="cites_permit")
        response = act(
            admin_client, order, "document", {"kind": "cites_permit", "reference": "VN-2025-0042"}
        )
        assert said(admin_client, response) == [
            ("success", "Recorded CITES export permit VN-2025-0042.")
        ]
        assert OrderDocument.objects.get(order=order).reference == "VN-2025-0042"

        response = act(admin_client, order, "fulfil")
        assert said(admin_client, response) == [
            ("success", "Shipped 2 unit(s); the order is now Shipped.")
        ]
        order.refresh_from_db()
        assert order.status == OrderStatus.FULFILLED
        assert order.lines.get().quantity_fulfilled == 2
        assert (stock_of(order).quantity, stock_of(order).quantity_allocated) == (8, 0)

    def test_shipping_part_of_a_line_leaves_the_order_partly_shipped(self, admin_client):
        order = paid(quantity=3)
        line = order.lines.get()
        page = admin_client.get(f"/admin/shop/orders/{order.pk}/").content.decode()
        assert f'name="ship-{line.pk}" value="3" min="0" max="3"' in page

        response = act(admin_client, order, "fulfil", {f"ship-{line.pk}": "2"})
        assert said(admin_client, response) == [
            ("success", "Shipped 2 unit(s); the order is now Partially shipped.")
        ]
        line.refresh_from_db()
        assert line.quantity_fulfilled == 2
        assert (stock_of(order).quantity, stock_of(order).quantity_allocated) == (8, 1)
        page = admin_client.get(f"/admin/shop/orders/{order.pk}/").content.decode()
        assert f'name="ship-{line.pk}" value="1" min="0" max="1"' in page

    @pytest.mark.parametrize("posted", ["4", "-1", "two", "0"])
    def test_a_wrong_number_of_units_ships_nothing(self, admin_client, posted):
        order = paid(quantity=3)
        line = order.lines.get()
        response = act(admin_client, order, "fulfil", {f"ship-{line.pk}": posted})
        [(level, text)] = said(admin_client, response)
        assert level == "error"
        expected = "Choose at least one unit to ship." if posted == "0" else "from 0 to 3"
        assert expected in text
        line.refresh_from_db()
        assert line.quantity_fulfilled == 0

    def test_an_unknown_document_kind_is_refused(self, admin_client):
        order = paid()
        response = act(admin_client, order, "document", {"kind": "passport", "reference": "x"})
        assert [level for level, _text in said(admin_client, response)] == ["error"]
        assert not OrderDocument.objects.filter(order=order).exists()

    def test_an_unpaid_order_is_not_shipped(self, admin_client):
        order = placed()
        response = act(admin_client, order, "fulfil")
        assert said(admin_client, response) == [("error", "Only paid orders can be shipped.")]
        order.refresh_from_db()
        assert order.status == OrderStatus.UNCONFIRMED


class TestAnonymise:
    def test_without_the_confirmation_nothing_is_removed(self, admin_client):
        order = placed()
        order_cancel_unpaid(order)
        response = act(admin_client, order, "anonymise")
        [(level, _text)] = said(admin_client, response)
        assert level == "error"
        order.refresh_from_db()
        assert (order.email, order.anonymised_at) == ("buyer@example.com", None)

    def test_a_confirmed_anonymisation_removes_the_email_and_address(self, admin_client):
        order = placed()
        order_cancel_unpaid(order)
        response = act(admin_client, order, "anonymise", {"confirm": "on"})
        [(level, text)] = said(admin_client, response)
        assert (level, html_unescape(text)) == (
            "success",
            "The shopper's personal data was removed.",
        )
        order.refresh_from_db()
        assert order.email == ""
        html = detail_html(admin_client, order)
        assert "buyer@example.com" not in html
        assert "Anonymised" in html

    def test_an_order_still_to_ship_says_why_and_keeps_its_data(self, admin_client):
        order = paid()
        html = detail_html(admin_client, order)
        assert "This order still has units to ship" in html
        response = act(admin_client, order, "anonymise", {"confirm": "on"})
        [(level, text)] = said(admin_client, response)
        assert (level, text) == (
            "error",
            "This order still has units to ship: ship or cancel them first.",
        )
        order.refresh_from_db()
        assert order.email == "buyer@example.com"


def order_cancel_unpaid(order: Order) -> None:
    from shop.orders import order_cancel

    order_cancel(order=order)


class TestCancel:
    def test_cancelling_a_paid_order_refunds_it_and_releases_the_stock(self, admin_client):
        order = paid()
        page = admin_client.get(reverse("shop_order:inspect", args=[order.pk])).content.decode()
        assert "Refunds $45.00 to the shopper" in page  # said before staff confirm
        response = act(admin_client, order, "cancel", {"reason": "out of glaze", "confirm": "on"})
        [(level, text)] = said(admin_client, response)
        assert level == "success"
        assert text.startswith("Order cancelled and its stock released; refunded $45.00 (")
        order.refresh_from_db()
        assert order.status == OrderStatus.CANCELLED
        assert (order.amount_refunded, order.currency) == (TOTAL, "USD")
        payment = order.payments.get()
        assert (payment.status, payment.amount_refunded) == (PaymentStatus.REFUNDED, TOTAL)
        assert order.events.filter(kind="refunded").count() == 1
        assert (stock_of(order).quantity, stock_of(order).quantity_allocated) == (10, 0)

    def test_cancelling_an_unpaid_order_refunds_nothing(self, admin_client):
        order = placed()
        page = admin_client.get(reverse("shop_order:inspect", args=[order.pk])).content.decode()
        assert "Nothing was paid, so nothing is refunded." in page
        response = act(admin_client, order, "cancel", {"confirm": "on"})
        assert said(admin_client, response) == [
            ("success", "Order cancelled and its stock released.")
        ]
        order.refresh_from_db()
        assert (order.status, order.amount_refunded) == (OrderStatus.CANCELLED, 0)
        assert stock_of(order).quantity_allocated == 0

    def test_a_shipped_order_cannot_be_cancelled(self, admin_client):
        order = paid()
        assert said(admin_client, act(admin_client, order, "fulfil"))[0][0] == "success"
        response = act(admin_client, order, "cancel", {"confirm": "on"})
        [(level, text)] = said(admin_client, response)
        assert level == "error"
        assert "cannot become Cancelled" in text
        order.refresh_from_db()
        assert (order.status, order.amount_refunded) == (OrderStatus.FULFILLED, 0)

    def test_cancelling_without_the_confirmation_changes_nothing(self, admin_client):
        order = paid()
        response = act(admin_client, order, "cancel", {"reason": "slip of the mouse"})
        assert said(admin_client, response) == [
            ("error", "Tick the box to confirm the cancellation.")
        ]
        order.refresh_from_db()
        assert (order.status, order.amount_refunded) == (OrderStatus.PAID, 0)
        assert not order.events.filter(kind="cancelled").exists()


class TestRefund:
    def test_partial_refund(self, admin_client):
        order = paid()
        response = act(admin_client, order, "refund", {"amount": "10.00", "reason": "chipped"})
        [(level, text)] = said(admin_client, response)
        assert level == "success"
        assert text.startswith("Refunded $10.00 (dummy_refund_")
        order.refresh_from_db()
        assert order.status == OrderStatus.PARTIALLY_REFUNDED
        assert order.amount_refunded == Decimal("10.00")
        assert order.payments.get().status == PaymentStatus.PARTIALLY_REFUNDED

    @pytest.mark.parametrize("amount", ["45.01", "0", "-1", "10.001"])
    def test_an_amount_outside_what_is_refundable_changes_nothing(self, admin_client, amount):
        order = paid()
        first = act(admin_client, order, "refund", {"amount": "5.00"})
        assert said(admin_client, first)[0][0] == "success"
        response = act(admin_client, order, "refund", {"amount": amount})
        [(level, _text)] = said(admin_client, response)
        assert level == "error"
        order.refresh_from_db()
        assert (order.status, order.amount_refunded) == (
            OrderStatus.PARTIALLY_REFUNDED,
            Decimal("5.00"),
        )
        assert order.payments.get().amount_refunded == Decimal("5.00")
        assert order.events.filter(kind="refunded").count() == 1

    def test_more_than_is_left_names_the_limit(self, admin_client):
        order = paid()
        response = act(admin_client, order, "refund", {"amount": "50"})
        assert said(admin_client, response) == [
            ("error", "A refund must be more than zero and at most $45.00.")
        ]

    def test_an_order_without_a_payment_is_not_refunded(self, admin_client):
        order = placed()
        order_mark_paid(order=order, amount=Money(TOTAL, "USD"), gateway="dummy")
        response = act(admin_client, order, "refund", {"amount": "5"})
        assert said(admin_client, response) == [("error", "This order has no payment to refund.")]
        order.refresh_from_db()
        assert (order.status, order.amount_refunded) == (OrderStatus.PAID, 0)


def staff_user(*, can_change: bool):
    """Shop staff may act on orders; a viewer group may only look at them."""
    user = english(UserFactory(username="staff-change" if can_change else "staff-view"))
    if can_change:
        user.groups.add(shop_staff_group_ensure())
        return user
    group, _created = Group.objects.get_or_create(name="Order viewers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_order"),
    )
    user.groups.add(group)
    return user


class TestPermissions:
    def test_staff_who_may_only_view_see_the_order_but_cannot_act(self, client):
        order = paid()
        client.force_login(staff_user(can_change=False))
        html = detail_html(client, order)
        assert order.lines.get().sku in html
        assert reverse("shop_order:refund", args=[order.pk]) not in html
        for action, data in (
            ("cancel", {}),
            ("refund", {"amount": "5"}),
            ("fulfil", {}),
            ("document", {"kind": "cites_permit", "reference": "x"}),
        ):
            response = act(client, order, action, data)
            assert response.status_code == 302
            assert response.url == reverse("wagtailadmin_home")
        order.refresh_from_db()
        assert (order.status, order.amount_refunded) == (OrderStatus.PAID, 0)
        assert not order.documents.exists()
        assert stock_of(order).quantity == 10

    def test_shop_staff_find_orders_in_the_admin_menu(self, client):
        client.force_login(staff_user(can_change=False))
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("shop_order:index") in html

    def test_a_user_with_change_permission_on_orders_may_act(self, client):
        order = paid()
        client.force_login(staff_user(can_change=True))
        act(client, order, "refund", {"amount": "5"})
        order.refresh_from_db()
        assert order.amount_refunded == Decimal("5")

    def test_a_user_without_admin_access_is_sent_to_log_in(self, client):
        order = paid()
        client.force_login(UserFactory())
        response = act(client, order, "cancel")
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))
        order.refresh_from_db()
        assert order.status == OrderStatus.PAID

    def test_a_post_without_the_csrf_token_is_refused(self):
        order = paid()
        client = Client(enforce_csrf_checks=True)
        client.force_login(UserFactory(username="root", is_superuser=True))
        response = act(client, order, "cancel")
        assert response.status_code == 403
        order.refresh_from_db()
        assert order.status == OrderStatus.PAID

    def test_actions_answer_only_post(self, admin_client):
        order = paid()
        response = admin_client.get(reverse("shop_order:cancel", args=[order.pk]))
        assert response.status_code == 405
        order.refresh_from_db()
        assert order.status == OrderStatus.PAID


@pytest.mark.parametrize(
    ("language", "status", "amount", "column"),
    [("ja", "返金済み", "返金額", "発送数"), ("fr", "Remboursée", "Remboursé", "Expédié")],
)
def test_refunded_and_shipped_read_differently_as_status_amount_and_column(
    language, status, amount, column
):
    from django.utils import translation

    from shop.models import OrderStatus

    with translation.override(language):
        assert str(OrderStatus.REFUNDED.label) == status
        assert translation.pgettext("amount refunded", "Refunded") == amount
        assert translation.pgettext("quantity shipped", "Shipped") == column
