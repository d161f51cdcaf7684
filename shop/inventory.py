"""Stock: the only code that changes it.

Operations: reserve (a cart, time-limited), allocate (an order's lines), release (a cart's
reservations), deallocate (an order's lines), fulfil (units leave the shelf), and staff's
stock counts. Every operation locks the affected `Stock` rows with `select_for_update` in
primary-key order, so two transactions never wait on each other in a cycle, and reads
reservations only after holding the locks, so what it counts is what is committed.

available = quantity − allocated − live reservations of other carts.
Made-to-order variants have a lead time and no stock: they are never refused for stock.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import F, Q, Sum, Value
from django.db.models.lookups import Exact
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shop.conf import langnghe_setting
from shop.models import Allocation, OrderLine, ProductVariant, Reservation, Stock, Warehouse
from shop.models.catalogue import InventoryPolicy
from shop.signals import stock_changed


@dataclass(frozen=True)
class Shortage:
    """One variant that could not be had in the quantity asked for."""

    variant_id: int
    sku: str
    requested: int
    available: int


class InsufficientStock(Exception):
    """Raised when stock cannot cover a request; nothing was changed."""

    def __init__(self, shortages: Sequence[Shortage]) -> None:
        self.shortages = list(shortages)
        detail = ", ".join(
            f"{s.sku}: {s.requested} requested, {s.available} available" for s in self.shortages
        )
        super().__init__(f"Not enough stock ({detail}).")


class StockCountError(ValueError):
    """A stock count that would leave fewer units than orders already claim."""


@dataclass(frozen=True)
class Availability:
    """What a shopper may buy now: a unit count, or None with a lead time when made to order."""

    variant_id: int
    quantity: int | None
    lead_time_days: int | None

    @property
    def made_to_order(self) -> bool:
        return self.quantity is None

    @property
    def in_stock(self) -> bool:
        return self.quantity is None or self.quantity > 0

    @property
    def low(self) -> bool:
        """Few enough units are free that shoppers are told how many
        (`LANGNGHE_LOW_STOCK_THRESHOLD`; made to order is never low, 0 units is out of stock)."""
        if not self.quantity:
            return False
        return self.quantity <= langnghe_setting("LANGNGHE_LOW_STOCK_THRESHOLD")


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or timezone.now()


def _announce(
    variant_ids: Iterable[int | None],
    *,
    free_after: Mapping[int, int] | None = None,
    free_changed: bool = True,
) -> None:
    # Listeners (e.g. cached storefront pages) learn which variants changed once it is committed.
    # Only lasting changes announce: counts, allocations, shipments. Reservations last minutes
    # and come with every checkout that starts; announcing them would re-render the pages of
    # everything in carts, and the cart and checkout check live availability anyway.
    changed = frozenset(pk for pk in variant_ids if pk is not None)
    left = dict(free_after) if free_after is not None else None
    if changed:
        transaction.on_commit(
            lambda: stock_changed.send(
                sender=Stock, variant_ids=changed, free_after=left, free_changed=free_changed
            )
        )


def _live_reservations(
    stock_ids: Iterable[int], *, now: dt.datetime, exclude_cart: str | None
) -> tuple[dict[int, int], bool]:
    """Units held by live reservations per stock row, other than `exclude_cart`'s; and whether
    `exclude_cart` holds any reservation at all (live or lapsed, on any row), so that a cart
    without one is spared a DELETE. One query, grouped by row and by whose it is."""
    live = Q(stock_id__in=list(stock_ids), reserved_until__gt=now)
    if exclude_cart:
        # A lookup as a boolean column: the same SQL as CASE WHEN, less for the ORM to build.
        where, mine = live | Q(cart_token=exclude_cart), Exact(F("cart_token"), exclude_cart)
    else:
        where, mine = live, Value(False)
    rows = (
        Reservation.objects.filter(where)
        .order_by()
        .values("stock_id", is_mine=mine)
        .annotate(total=Sum("quantity"))
        .values_list("stock_id", "is_mine", "total")
    )
    held, own = {}, False
    for stock_id, is_mine, total in rows:
        if is_mine:
            own = True
        else:
            held[stock_id] = total
    return held, own


def _lock_stocks(variant_ids: Iterable[int]) -> list[Stock]:
    """Lock the stock rows of active warehouses for these variants, in primary-key order (only
    the stock rows: staff may edit a warehouse meanwhile)."""
    ids = sorted(set(variant_ids))
    if not ids:
        return []
    return list(
        Stock.objects.select_for_update(of=("self",))
        .filter(warehouse__is_active=True, variant_id__in=ids)
        .order_by("pk")
    )


def _is_tracked(variant: ProductVariant) -> bool:
    return variant.product.inventory_policy == InventoryPolicy.TRACKED


def _spread(
    stocks: list[Stock], held: Mapping[int, int], wanted: Mapping[int, int], skus: Mapping[int, str]
) -> dict[int, list[tuple[Stock, int]]]:
    """Split each variant's wanted quantity over its stock rows, in primary-key order."""
    by_variant: dict[int, list[Stock]] = defaultdict(list)
    for stock in stocks:
        by_variant[stock.variant_id].append(stock)
    plan: dict[int, list[tuple[Stock, int]]] = {}
    shortages = []
    for variant_id, quantity in wanted.items():
        parts, remaining = [], quantity
        for stock in by_variant[variant_id]:
            free = stock.quantity - stock.quantity_allocated - held.get(stock.pk, 0)
            take = min(max(free, 0), remaining)
            if take:
                parts.append((stock, take))
                remaining -= take
        if remaining:
            shortages.append(Shortage(variant_id, skus[variant_id], quantity, quantity - remaining))
        plan[variant_id] = parts
    if shortages:
        raise InsufficientStock(shortages)
    return plan


def stock_availability(
    *,
    variants: Iterable[ProductVariant],
    cart_token: str | None = None,
    now: dt.datetime | None = None,
) -> dict[int, Availability]:
    """What each variant has free now (a selector: one query, no locks).

    `cart_token`'s own reservations do not count against it.
    """
    variants = list(variants)
    now = _now(now)
    result = {
        v.pk: Availability(v.pk, None, v.lead_time_days)
        for v in variants
        if v.product.inventory_policy == InventoryPolicy.MADE_TO_ORDER
    }
    tracked = [v.pk for v in variants if v.pk not in result]
    free: dict[int, int] = defaultdict(int)
    for variant_id, quantity, allocated, held in _stock_rows(tracked, now, cart_token):
        free[variant_id] += max(quantity - allocated - held, 0)
    for variant_id in tracked:
        result[variant_id] = Availability(variant_id, free[variant_id], None)
    return result


def _stock_rows(
    variant_ids: list[int], now: dt.datetime, cart_token: str | None
) -> list[tuple[int, int, int, int]]:
    """(variant, on hand, allocated, held by others' live reservations) per active stock row,
    in one statement: the rows' reservations joined and summed, grouped by stock row. (A
    correlated subquery sends the same answer but costs the ORM a quarter more to build, on
    every cart, review and add-to-cart: docs/performance.md.)"""
    if not variant_ids:
        return []
    held = Q(reservations__reserved_until__gt=now)
    if cart_token:
        held &= ~Q(reservations__cart_token=cart_token)
    rows = (
        Stock.objects.filter(warehouse__is_active=True, variant_id__in=variant_ids)
        .order_by()
        .annotate(held=Sum("reservations__quantity", filter=held))
        .values_list("variant_id", "quantity", "quantity_allocated", "held")
    )
    return [(variant, on_hand, allocated, held or 0) for variant, on_hand, allocated, held in rows]


@transaction.atomic
def stock_reserve(
    *,
    cart_token: str,
    quantities: Mapping[ProductVariant, int],
    minutes: int | None = None,
    now: dt.datetime | None = None,
) -> list[Reservation]:
    """Hold stock for a cart while its shopper checks out, replacing the cart's earlier hold.

    All or nothing: raises `InsufficientStock` and keeps the earlier hold if any line is short.
    """
    now = _now(now)
    until = now + dt.timedelta(minutes=minutes or langnghe_setting("LANGNGHE_RESERVATION_MINUTES"))
    wanted = {v.pk: q for v, q in quantities.items() if q > 0 and _is_tracked(v)}
    skus = {v.pk: v.sku for v in quantities}
    stocks = _lock_stocks(wanted)
    held, own = _live_reservations((s.pk for s in stocks), now=now, exclude_cart=cart_token)
    _spread(stocks, held, wanted, skus)  # raises when a line is short, as before
    plan = _spread(stocks, held, _hold_limited(stocks, held, wanted), skus)
    if own:
        Reservation.objects.filter(cart_token=cart_token).delete()
    return Reservation.objects.bulk_create(
        Reservation(stock=stock, cart_token=cart_token, quantity=take, reserved_until=until)
        for parts in plan.values()
        for stock, take in parts
    )


def _hold_limited(
    stocks: list[Stock], held: Mapping[int, int], wanted: Mapping[int, int]
) -> dict[int, int]:
    """The units a cart may hold: per item at most `LANGNGHE_HOLD_MAX_UNITS_PER_ITEM` and at
    most `LANGNGHE_HOLD_MAX_SHARE` of its free stock (at least one unit), and at most
    `LANGNGHE_HOLD_MAX_UNITS` in all, so one session cannot hold a whole shelf for the
    reservation's minutes. Units beyond the hold are still sold to whoever places first."""
    per_item = langnghe_setting("LANGNGHE_HOLD_MAX_UNITS_PER_ITEM")
    share = Decimal(str(langnghe_setting("LANGNGHE_HOLD_MAX_SHARE")))
    budget = langnghe_setting("LANGNGHE_HOLD_MAX_UNITS")
    free: dict[int, int] = defaultdict(int)
    for stock in stocks:
        free[stock.variant_id] += max(
            stock.quantity - stock.quantity_allocated - held.get(stock.pk, 0), 0
        )
    limited = {}
    for variant_id, quantity in sorted(wanted.items()):
        by_share = max(1, math.ceil(free[variant_id] * share))
        take = min(quantity, per_item, by_share, budget)
        if take > 0:
            limited[variant_id] = take
            budget -= take
    return limited


def reservation_release(*, cart_token: str) -> int:
    """Drop a cart's hold on stock. Releasing twice is harmless: it returns 0 the second time."""
    deleted, _details = Reservation.objects.filter(cart_token=cart_token).delete()
    return deleted


def reservations_purge_expired(*, now: dt.datetime | None = None) -> int:
    """Delete reservations past their time (they already count for nothing; this tidies up)."""
    deleted, _details = Reservation.objects.filter(reserved_until__lte=_now(now)).delete()
    return deleted


def stock_allocate(
    *,
    lines: Sequence[OrderLine],
    cart_token: str | None = None,
    now: dt.datetime | None = None,
    new_lines: bool = False,
) -> list[Allocation]:
    """Claim stock for an order's lines, all or nothing; consumes the cart's reservation.

    Idempotent per line: a line already allocated is left as it is (`new_lines=True` says the
    lines were created in this transaction, so there is nothing to look up). Raises
    `InsufficientStock` (and changes nothing) when any line cannot be covered.
    """
    if transaction.get_connection().in_atomic_block:
        # Joins the caller's transaction (placing an order) without a savepoint's two round
        # trips: a shortage is raised before the first write, so the caller's transaction
        # stays usable, and any database error rolls the caller back as a whole.
        return _allocate(lines=lines, cart_token=cart_token, now=now, new_lines=new_lines)
    with transaction.atomic():
        return _allocate(lines=lines, cart_token=cart_token, now=now, new_lines=new_lines)


def _allocate(*, lines, cart_token, now, new_lines) -> list[Allocation]:
    now = _now(now)
    lines = [line for line in lines if line.variant_id is not None]
    variants = {line.variant_id: line.variant for line in lines}
    done = set()
    if not new_lines:
        allocated = Allocation.objects.filter(order_line__in=lines)
        done = set(allocated.values_list("order_line_id", flat=True))
    todo = [line for line in lines if line.pk not in done and _is_tracked(line.variant)]
    wanted: dict[int, int] = defaultdict(int)
    for line in todo:
        wanted[line.variant_id] += line.quantity
    stocks = _lock_stocks(wanted)
    held, own = _live_reservations((s.pk for s in stocks), now=now, exclude_cart=cart_token)
    plan = _spread(stocks, held, wanted, {pk: v.sku for pk, v in variants.items()})

    allocations = []
    taken: dict[int, int] = defaultdict(int)
    for line in todo:
        remaining = line.quantity
        for index, (stock, take) in enumerate(plan[line.variant_id]):
            part = min(take, remaining)
            if not part:
                continue
            plan[line.variant_id][index] = (stock, take - part)
            remaining -= part
            taken[stock.pk] += part
            allocations.append(Allocation(order_line=line, stock=stock, quantity=part))
            Stock.objects.filter(pk=stock.pk).update(
                quantity_allocated=F("quantity_allocated") + part
            )
    if own:
        Reservation.objects.filter(cart_token=cart_token).delete()
    _announce(wanted, free_after=_free_after(stocks, held, taken))
    return Allocation.objects.bulk_create(allocations)


def _free_after(
    stocks: list[Stock], held: Mapping[int, int], taken: Mapping[int, int]
) -> dict[int, int]:
    """What shoppers see free per variant once `taken` units per stock row are claimed, as
    `stock_availability` counts it (others' live reservations held back; the ordering cart's
    own reservation is consumed). An allocation can only lower it."""
    free: dict[int, int] = defaultdict(int)
    for stock in stocks:
        left = stock.quantity - stock.quantity_allocated - taken.get(stock.pk, 0)
        free[stock.variant_id] += max(left - held.get(stock.pk, 0), 0)
    return dict(free)


@transaction.atomic
def stock_deallocate(*, lines: Sequence[OrderLine]) -> int:
    """Give back the unfulfilled units claimed by these lines. Harmless when repeated."""
    allocations = list(
        Allocation.objects.filter(order_line__in=lines)
        .order_by("stock_id")
        .values_list("pk", "stock_id", "quantity")
    )
    if not allocations:
        return 0
    list(
        Stock.objects.select_for_update()
        .filter(pk__in={stock_id for _pk, stock_id, _q in allocations})
        .order_by("pk")
    )
    returned: dict[int, int] = defaultdict(int)
    for _pk, stock_id, quantity in allocations:
        returned[stock_id] += quantity
    for stock_id, quantity in returned.items():
        Stock.objects.filter(pk=stock_id).update(
            quantity_allocated=F("quantity_allocated") - quantity
        )
    Allocation.objects.filter(pk__in=[pk for pk, _s, _q in allocations]).delete()
    _announce(line.variant_id for line in lines)
    return sum(returned.values())


@transaction.atomic
def stock_fulfil(*, line: OrderLine, quantity: int) -> None:
    """Ship `quantity` units of a line: they leave both the allocation and the shelf."""
    if quantity <= 0:
        raise ValueError("Fulfil at least one unit.")
    line = OrderLine.objects.select_for_update().get(pk=line.pk)
    if line.quantity_fulfilled + quantity > line.quantity:
        raise ValueError(
            _("Only %(left)d unit(s) of this line remain to fulfil.")
            % {"left": line.quantity - line.quantity_fulfilled}
        )
    allocations = list(line.allocations.order_by("stock_id"))
    if allocations:
        list(
            Stock.objects.select_for_update()
            .filter(pk__in=[a.stock_id for a in allocations])
            .order_by("pk")
        )
        if sum(a.quantity for a in allocations) < quantity:
            raise InsufficientStock(
                [
                    Shortage(
                        line.variant_id or 0,
                        line.sku,
                        quantity,
                        sum(a.quantity for a in allocations),
                    )
                ]
            )
        remaining = quantity
        for allocation in allocations:
            part = min(allocation.quantity, remaining)
            if not part:
                break
            Stock.objects.filter(pk=allocation.stock_id).update(
                quantity=F("quantity") - part, quantity_allocated=F("quantity_allocated") - part
            )
            if part == allocation.quantity:
                allocation.delete()
            else:
                Allocation.objects.filter(pk=allocation.pk).update(quantity=F("quantity") - part)
            remaining -= part
    elif line.variant is not None and _is_tracked(line.variant):
        raise InsufficientStock([Shortage(line.variant_id, line.sku, quantity, 0)])
    OrderLine.objects.filter(pk=line.pk).update(
        quantity_fulfilled=F("quantity_fulfilled") + quantity
    )
    # Shipped units leave the shelf and the allocation together: nobody's free units move.
    _announce([line.variant_id], free_changed=False)


@transaction.atomic
def stock_set_quantity(*, warehouse: Warehouse, variant: ProductVariant, quantity: int) -> Stock:
    """Record a stock count (receiving goods, a stocktake). Never below what orders claim."""
    if quantity < 0:
        raise StockCountError(_("A stock count cannot be negative."))
    if variant.product.inventory_policy != InventoryPolicy.TRACKED:
        raise StockCountError(_("Made-to-order products carry no stock."))
    stock, _created = Stock.objects.get_or_create(warehouse=warehouse, variant=variant)
    stock = Stock.objects.select_for_update().get(pk=stock.pk)
    if quantity < stock.quantity_allocated:
        raise StockCountError(
            _("%(allocated)d unit(s) are already allocated to orders; count at least that many.")
            % {"allocated": stock.quantity_allocated}
        )
    stock.quantity = quantity
    stock.save(update_fields=["quantity"])
    _announce([stock.variant_id])
    return stock
