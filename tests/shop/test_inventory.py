import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from shop.inventory import (
    Availability,
    InsufficientStock,
    StockCountError,
    reservation_release,
    reservations_purge_expired,
    stock_allocate,
    stock_availability,
    stock_deallocate,
    stock_fulfil,
    stock_reserve,
    stock_set_quantity,
)
from shop.models import Allocation, Reservation, Stock
from shop.signals import stock_changed
from tests.concurrency import run_concurrently
from tests.factories import (
    MadeToOrderVariantFactory,
    OrderFactory,
    OrderLineFactory,
    StockFactory,
    VariantFactory,
    WarehouseFactory,
)


@pytest.fixture
def unlimited_holds(settings):
    """For tests of how holds work, not how much one cart may hold."""
    settings.LANGNGHE_HOLD_MAX_UNITS_PER_ITEM = 1000
    settings.LANGNGHE_HOLD_MAX_SHARE = "1"
    settings.LANGNGHE_HOLD_MAX_UNITS = 1000


def available(variant, cart_token=None, now=None):
    return stock_availability(variants=[variant], cart_token=cart_token, now=now)[
        variant.pk
    ].quantity


@pytest.mark.django_db
class TestReservations:
    def test_reservation_holds_stock_from_other_carts_only(self):
        stock = StockFactory(quantity=5)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 3})
        assert available(stock.variant) == 2
        assert available(stock.variant, cart_token="cart-a") == 5
        with pytest.raises(InsufficientStock):
            stock_reserve(cart_token="cart-b", quantities={stock.variant: 3})

    @pytest.mark.usefixtures("unlimited_holds")
    def test_reservations_expire(self):
        stock = StockFactory(quantity=5)
        now = timezone.now()
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 5}, minutes=20, now=now)
        assert available(stock.variant, now=now + dt.timedelta(minutes=19)) == 0
        later = now + dt.timedelta(minutes=21)
        assert available(stock.variant, now=later) == 5
        stock_reserve(cart_token="cart-b", quantities={stock.variant: 5}, now=later)
        assert reservations_purge_expired(now=later) == 1
        assert list(Reservation.objects.values_list("cart_token", flat=True)) == ["cart-b"]

    def test_reserving_again_replaces_the_carts_hold(self):
        stock = StockFactory(quantity=5)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 4})
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 2})
        assert Reservation.objects.get().quantity == 2

    def test_a_refused_reservation_keeps_the_earlier_hold(self):
        stock = StockFactory(quantity=5)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 2})
        with pytest.raises(InsufficientStock) as excinfo:
            stock_reserve(cart_token="cart-a", quantities={stock.variant: 6})
        assert excinfo.value.shortages[0].available == 5
        assert Reservation.objects.get().quantity == 2

    def test_releasing_twice_is_harmless(self):
        stock = StockFactory(quantity=5)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 5})
        assert reservation_release(cart_token="cart-a") == 1
        assert reservation_release(cart_token="cart-a") == 0
        assert available(stock.variant) == 5

    @pytest.mark.usefixtures("unlimited_holds")
    def test_reservation_spreads_over_warehouses(self):
        variant = VariantFactory()
        StockFactory(variant=variant, quantity=2)
        StockFactory(variant=variant, quantity=3)
        stock_reserve(cart_token="cart-a", quantities={variant: 4})
        assert sorted(Reservation.objects.values_list("quantity", flat=True)) == [2, 2]

    def test_free_stock_counts_each_warehouse_row_with_its_own_live_holds(self):
        # Two rows alike in every count: each keeps its own holds (grouped by row, not by
        # the counts), a lapsed hold frees its units, and the asking cart's hold is its own.
        variant, now = VariantFactory(), timezone.now()
        first, second = (StockFactory(variant=variant, quantity=3) for _ in range(2))
        for stock, cart, quantity, minutes in (
            (first, "cart-x", 1, 10),
            (first, "cart-y", 2, -1),
            (second, "cart-own", 2, 10),
        ):
            Reservation.objects.create(
                stock=stock,
                cart_token=cart,
                quantity=quantity,
                reserved_until=now + dt.timedelta(minutes=minutes),
            )
        assert available(variant, now=now) == (3 - 1) + (3 - 2)
        assert available(variant, cart_token="cart-own", now=now) == (3 - 1) + 3

    def test_inactive_warehouse_stock_is_not_sold(self):
        stock = StockFactory(quantity=5, warehouse=WarehouseFactory(is_active=False))
        assert available(stock.variant) == 0
        with pytest.raises(InsufficientStock):
            stock_reserve(cart_token="cart-a", quantities={stock.variant: 1})


@pytest.mark.django_db
class TestHoldLimits:
    """One cart cannot hold a whole shelf for the reservation's minutes."""

    def test_a_cart_holds_at_most_half_of_an_items_free_stock(self):
        stock = StockFactory(quantity=4)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 4})
        assert Reservation.objects.get().quantity == 2
        assert available(stock.variant) == 2  # another shopper can still check out

    def test_the_last_unit_can_be_held(self):
        stock = StockFactory(quantity=1)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 1})
        assert Reservation.objects.get().quantity == 1

    def test_a_cart_holds_at_most_the_per_item_limit(self, settings):
        settings.LANGNGHE_HOLD_MAX_UNITS_PER_ITEM = 3
        stock = StockFactory(quantity=100)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 20})
        assert Reservation.objects.get().quantity == 3

    def test_a_cart_holds_at_most_the_limit_in_all(self, settings):
        settings.LANGNGHE_HOLD_MAX_UNITS = 7
        stocks = [StockFactory(quantity=100) for _ in range(3)]
        stock_reserve(cart_token="cart-a", quantities={s.variant: 5 for s in stocks})
        assert sum(Reservation.objects.values_list("quantity", flat=True)) == 7

    def test_units_beyond_the_hold_are_still_sold_to_the_cart_that_places_first(self):
        stock = StockFactory(quantity=4)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 4})
        line = OrderLineFactory(variant=stock.variant, quantity=4)
        stock_allocate(lines=[line], cart_token="cart-a")
        stock.refresh_from_db()
        assert stock.quantity_allocated == 4

    def test_more_than_there_is_is_still_refused(self):
        stock = StockFactory(quantity=4)
        with pytest.raises(InsufficientStock):
            stock_reserve(cart_token="cart-a", quantities={stock.variant: 5})

    def test_staff_release_a_carts_hold(self, client, django_user_model):
        from django.urls import reverse

        from shop.permissions import shop_staff_group_ensure

        stock = StockFactory(quantity=4)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 2})
        reservation = Reservation.objects.get()
        staff = django_user_model.objects.create_user("staff", password="x")
        staff.groups.add(shop_staff_group_ensure())
        client.force_login(staff)
        page = client.get(reverse("shop_reservation:inspect", args=[reservation.pk]))
        assert reverse("shop_reservation:release", args=[reservation.pk]) in page.content.decode()
        response = client.post(reverse("shop_reservation:release", args=[reservation.pk]))
        assert response.status_code == 302
        assert not Reservation.objects.exists()
        assert available(stock.variant) == 4

    def test_an_artisan_cannot_release_holds_on_other_producers_stock(
        self, client, django_user_model
    ):
        from django.urls import reverse

        from shop.permissions import artisan_group_ensure

        stock = StockFactory(quantity=4)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 2})
        artisan = django_user_model.objects.create_user("artisan", password="x")
        artisan.groups.add(artisan_group_ensure())
        client.force_login(artisan)
        reservation = Reservation.objects.get()
        client.post(reverse("shop_reservation:release", args=[reservation.pk]))
        assert Reservation.objects.exists()


@pytest.mark.django_db
class TestAllocation:
    def test_allocation_claims_stock_and_consumes_the_carts_reservation(self):
        stock = StockFactory(quantity=5)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 2})
        line = OrderLineFactory(variant=stock.variant, quantity=2)
        stock_allocate(lines=[line], cart_token="cart-a")
        stock.refresh_from_db()
        assert stock.quantity_allocated == 2
        assert not Reservation.objects.exists()
        assert available(stock.variant) == 3

    @pytest.mark.usefixtures("unlimited_holds")
    def test_allocation_announces_what_shoppers_now_see_free(
        self, django_capture_on_commit_callbacks
    ):
        first = StockFactory(quantity=6)
        StockFactory(variant=first.variant, quantity=4, warehouse=WarehouseFactory())
        stock_reserve(cart_token="other", quantities={first.variant: 3})
        stock_reserve(cart_token="mine", quantities={first.variant: 2})
        heard = []

        def listen(variant_ids, free_after, **_kwargs):
            heard.append((set(variant_ids), free_after))

        stock_changed.connect(listen)
        try:
            with django_capture_on_commit_callbacks(execute=True):
                line = OrderLineFactory(variant=first.variant, quantity=2)
                stock_allocate(lines=[line], cart_token="mine")
        finally:
            stock_changed.disconnect(listen)
        # 10 on the shelves, 2 sold now, 3 held by the other cart: 5 free, as a shopper sees.
        assert heard == [({first.variant_id}, {first.variant_id: 5})]
        assert heard[0][1][first.variant_id] == available(first.variant)

    def test_a_count_announces_no_free_units_since_they_may_have_risen(
        self, django_capture_on_commit_callbacks
    ):
        stock = StockFactory(quantity=1)
        received = []

        def listen(variant_ids, free_after, **_kwargs):
            received.append(free_after)

        stock_changed.connect(listen)
        try:
            with django_capture_on_commit_callbacks(execute=True):
                stock_set_quantity(warehouse=stock.warehouse, variant=stock.variant, quantity=9)
        finally:
            stock_changed.disconnect(listen)
        assert received == [None]

    def test_a_shipment_announces_that_no_free_units_moved(
        self, django_capture_on_commit_callbacks
    ):
        stock = StockFactory(quantity=5)
        line = OrderLineFactory(variant=stock.variant, quantity=3)
        stock_allocate(lines=[line])
        free_before = available(stock.variant)
        heard = []

        def listen(variant_ids, free_changed, **_kwargs):
            heard.append((set(variant_ids), free_changed))

        stock_changed.connect(listen)
        try:
            with django_capture_on_commit_callbacks(execute=True):
                stock_fulfil(line=line, quantity=2)
        finally:
            stock_changed.disconnect(listen)
        assert heard == [({stock.variant_id}, False)]
        assert available(stock.variant) == free_before == 2

    @pytest.mark.usefixtures("unlimited_holds")
    def test_others_live_reservations_block_allocation(self):
        stock = StockFactory(quantity=2)
        stock_reserve(cart_token="cart-a", quantities={stock.variant: 2})
        line = OrderLineFactory(variant=stock.variant, quantity=1)
        with pytest.raises(InsufficientStock):
            stock_allocate(lines=[line], cart_token="cart-b")

    def test_allocation_is_all_or_nothing(self):
        plenty, scarce = StockFactory(quantity=10), StockFactory(quantity=1)
        order = OrderFactory()
        lines = [
            OrderLineFactory(order=order, variant=plenty.variant, quantity=3),
            OrderLineFactory(order=order, variant=scarce.variant, quantity=2),
        ]
        with pytest.raises(InsufficientStock) as excinfo:
            stock_allocate(lines=lines)
        assert [s.sku for s in excinfo.value.shortages] == [scarce.variant.sku]
        assert not Allocation.objects.exists()
        plenty.refresh_from_db()
        assert plenty.quantity_allocated == 0

    def test_allocating_the_same_line_twice_allocates_once(self):
        stock = StockFactory(quantity=5)
        line = OrderLineFactory(variant=stock.variant, quantity=2)
        stock_allocate(lines=[line])
        stock_allocate(lines=[line])
        stock.refresh_from_db()
        assert stock.quantity_allocated == 2

    def test_deallocating_twice_is_harmless(self):
        stock = StockFactory(quantity=5)
        line = OrderLineFactory(variant=stock.variant, quantity=2)
        stock_allocate(lines=[line])
        assert stock_deallocate(lines=[line]) == 2
        assert stock_deallocate(lines=[line]) == 0
        stock.refresh_from_db()
        assert (stock.quantity, stock.quantity_allocated) == (5, 0)

    def test_fulfilment_takes_units_off_the_shelf(self):
        stock = StockFactory(quantity=5)
        line = OrderLineFactory(variant=stock.variant, quantity=3)
        stock_allocate(lines=[line])
        stock_fulfil(line=line, quantity=2)
        stock.refresh_from_db()
        line.refresh_from_db()
        assert (stock.quantity, stock.quantity_allocated, line.quantity_fulfilled) == (3, 1, 2)
        with translation.override("en"), pytest.raises(ValueError, match="remain"):
            stock_fulfil(line=line, quantity=2)
        stock_fulfil(line=line, quantity=1)
        stock.refresh_from_db()
        assert (stock.quantity, stock.quantity_allocated) == (2, 0)
        assert not Allocation.objects.exists()

    def test_made_to_order_is_never_refused_and_holds_no_stock(self):
        variant = MadeToOrderVariantFactory(lead_time_days=30)
        line = OrderLineFactory(variant=variant, quantity=7)
        assert stock_allocate(lines=[line]) == []
        assert stock_reserve(cart_token="cart-a", quantities={variant: 7}) == []
        availability = stock_availability(variants=[variant])[variant.pk]
        assert availability.made_to_order and availability.lead_time_days == 30
        stock_fulfil(line=line, quantity=7)
        assert not Stock.objects.exists()


@pytest.mark.django_db
class TestStockCounts:
    def test_count_cannot_go_below_allocated(self):
        stock = StockFactory(quantity=5)
        stock_allocate(lines=[OrderLineFactory(variant=stock.variant, quantity=4)])
        with translation.override("en"), pytest.raises(StockCountError, match="already allocated"):
            stock_set_quantity(warehouse=stock.warehouse, variant=stock.variant, quantity=3)
        assert (
            stock_set_quantity(
                warehouse=stock.warehouse, variant=stock.variant, quantity=4
            ).quantity
            == 4
        )

    def test_count_creates_the_stock_row(self):
        variant, warehouse = VariantFactory(), WarehouseFactory()
        stock_set_quantity(warehouse=warehouse, variant=variant, quantity=12)
        assert Stock.objects.get(variant=variant, warehouse=warehouse).quantity == 12

    def test_made_to_order_carries_no_stock(self):
        with pytest.raises(StockCountError):
            stock_set_quantity(
                warehouse=WarehouseFactory(), variant=MadeToOrderVariantFactory(), quantity=1
            )

    @pytest.mark.parametrize(
        ("quantity", "allocated"), [(-1, 0), (3, 4), (5, -1)], ids=["negative", "over", "neg-alloc"]
    )
    def test_database_refuses_impossible_stock(self, quantity, allocated):
        stock = StockFactory(quantity=5)
        with pytest.raises(IntegrityError), transaction.atomic():
            Stock.objects.filter(pk=stock.pk).update(
                quantity=quantity, quantity_allocated=allocated
            )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_allocations_never_oversell():
    stock = StockFactory(quantity=5)
    lines = [OrderLineFactory(variant=stock.variant, quantity=1) for _ in range(20)]

    results = run_concurrently(20, lambda i: stock_allocate(lines=[lines[i]]))

    refused = [r for r in results if isinstance(r, InsufficientStock)]
    allocated = [r for r in results if isinstance(r, list)]
    assert len(allocated) == 5
    assert len(refused) == 15
    assert len(allocated) + len(refused) == 20  # nothing else (no deadlock, no integrity error)
    stock.refresh_from_db()
    assert (stock.quantity, stock.quantity_allocated) == (5, 5)
    assert Allocation.objects.count() == 5


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_reservations_and_allocations_over_two_variants_never_deadlock_or_oversell():
    a, b = StockFactory(quantity=3), StockFactory(quantity=3)

    def work(i):
        # Half the carts list the variants in one order, half in the other: PK-ordered locks
        # keep them from deadlocking.
        first, second = (a, b) if i % 2 else (b, a)
        stock_reserve(cart_token=f"cart-{i}", quantities={first.variant: 1, second.variant: 1})
        order = OrderFactory()
        lines = [
            OrderLineFactory(order=order, variant=first.variant),
            OrderLineFactory(order=order, variant=second.variant),
        ]
        return stock_allocate(lines=lines, cart_token=f"cart-{i}")

    results = run_concurrently(12, work)

    assert sum(isinstance(r, list) for r in results) == 3
    assert sum(isinstance(r, InsufficientStock) for r in results) == 9
    for stock in (a, b):
        stock.refresh_from_db()
        assert stock.quantity_allocated == 3


@pytest.mark.django_db
def test_a_shortage_inside_the_callers_transaction_leaves_it_usable():
    # Placing an order allocates inside its own transaction, without a savepoint.
    stock = StockFactory(quantity=1)
    order = OrderFactory()
    line = OrderLineFactory(order=order, variant=stock.variant, quantity=2)
    with transaction.atomic():
        with pytest.raises(InsufficientStock):
            stock_allocate(lines=[line])
        stock.refresh_from_db()  # the transaction still answers
        assert stock.quantity_allocated == 0
        assert not Allocation.objects.exists()


@pytest.mark.parametrize(
    ("quantity", "threshold", "low"),
    [(5, 5, True), (1, 5, True), (6, 5, False), (0, 5, False), (None, 5, False), (1, 0, False)],
    ids=["at", "below", "above", "sold-out", "made-to-order", "never"],
)
def test_stock_is_low_at_the_threshold_and_not_above(settings, quantity, threshold, low):
    settings.LANGNGHE_LOW_STOCK_THRESHOLD = threshold
    assert Availability(1, quantity, None if quantity is not None else 10).low is low
