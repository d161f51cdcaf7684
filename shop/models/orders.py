import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from shop.storage import private_storage


def new_order_token() -> str:
    return secrets.token_urlsafe(24)


# Crockford's base32: digits and capitals without I, L, O and U, so a reference read aloud or
# typed from a phone call cannot be mistaken (`order_reference_parse` also reads 1 for I or L,
# 0 for O).
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_PREFIX = "LN"
REFERENCE_LENGTH = 10  # 50 random bits: no count of orders can be read from it
REFERENCE_PATTERN = r"LN-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"


def new_order_reference() -> str:
    """A random, human-friendly order reference, e.g. `LN-7K4QH-9XPMA` (what shoppers and staff
    see and quote; the primary key would reveal how many orders the shop takes)."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    half = REFERENCE_LENGTH // 2
    return f"{REFERENCE_PREFIX}-{chars[:half]}-{chars[half:]}"


def order_reference_parse(text: str) -> str | None:
    """The reference someone typed or read out (`ln 7k4qh 9xpma`, `LN-7K4QH-9XPMA`, `7K4QH9XPMA`,
    an O for a 0 or an I/L for a 1) in its stored form, or None if it cannot be one."""
    chars = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(chars) == REFERENCE_LENGTH + len(REFERENCE_PREFIX) and chars.startswith(
        REFERENCE_PREFIX
    ):
        chars = chars[len(REFERENCE_PREFIX) :]
    chars = chars.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(chars) != REFERENCE_LENGTH or any(ch not in REFERENCE_ALPHABET for ch in chars):
        return None
    half = REFERENCE_LENGTH // 2
    return f"{REFERENCE_PREFIX}-{chars[:half]}-{chars[half:]}"


class OrderStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Awaiting payment")
    PAID = "paid", _("Paid")
    PARTIALLY_FULFILLED = "partially_fulfilled", _("Partially shipped")
    FULFILLED = "fulfilled", _("Shipped")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Expired")
    REFUNDED = "refunded", _("Refunded")
    PARTIALLY_REFUNDED = "partially_refunded", _("Partially refunded")


class Order(models.Model):
    """A placed order: every amount, name and rate frozen when the shopper placed it.

    Status changes go through `shop/orders.py`, which also writes the timeline (`OrderEvent`).
    Money fields are in `currency`; `fx_rate` is the base-currency → order-currency rate used.
    """

    # Orders are no content anyone browses "usage" of; Wagtail's reference index would cost
    # several statements on every save in the checkout.
    wagtail_reference_index_ignore = True

    token = models.CharField(max_length=64, unique=True, default=new_order_token, editable=False)
    # What shoppers, staff and the payment provider see: random, never derived from the pk.
    reference = models.CharField(
        _("reference"), max_length=20, unique=True, default=new_order_reference, editable=False
    )
    status = models.CharField(
        _("status"), max_length=30, choices=OrderStatus.choices, default=OrderStatus.UNCONFIRMED
    )
    market = models.ForeignKey(
        "shop.Market", null=True, blank=True, on_delete=models.PROTECT, related_name="orders"
    )
    currency = models.CharField(_("currency"), max_length=3)
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # One order per cart: a second click on "place order" finds the first order.
    cart_token = models.CharField(max_length=64, null=True, blank=True, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="orders",
    )
    email = models.EmailField(_("email"), blank=True)
    country = models.CharField(_("destination country"), max_length=2, blank=True)
    shipping_address = models.JSONField(_("shipping address"), default=dict, blank=True)
    customs_id = models.CharField(_("customs ID (e.g. Korea PCCC)"), max_length=40, blank=True)
    shipping_method_name = models.CharField(_("shipping method"), max_length=150, blank=True)
    shipping_days_min = models.PositiveSmallIntegerField(null=True, blank=True)
    shipping_days_max = models.PositiveSmallIntegerField(null=True, blank=True)
    chargeable_weight_g = models.PositiveIntegerField(null=True, blank=True)
    subtotal = models.DecimalField(_("goods"), max_digits=19, decimal_places=4, default=0)
    shipping_price = models.DecimalField(_("shipping"), max_digits=19, decimal_places=4, default=0)
    duties_mode = models.CharField(_("duties mode"), max_length=3, blank=True)
    duties = models.DecimalField(
        _("duties and taxes"),
        max_digits=19,
        decimal_places=4,
        default=0,
        help_text=_("Collected now (DDP) or estimated, payable on delivery (DAP)."),
    )
    duties_breakdown = models.JSONField(default=list, blank=True)
    total = models.DecimalField(_("total charged"), max_digits=19, decimal_places=4, default=0)
    amount_refunded = models.DecimalField(max_digits=19, decimal_places=4, default=0)
    base_currency = models.CharField(max_length=3, blank=True)
    # Full precision: an inverted rate (1 ÷ 26,000) must be recorded as it was used.
    fx_rate = models.DecimalField(max_digits=40, decimal_places=28, null=True, blank=True)
    fx_rate_date = models.DateField(null=True, blank=True)
    fx_rate_source = models.CharField(max_length=40, blank=True)
    rounding_rule = models.CharField(max_length=20, blank=True)
    payment_gateway = models.CharField(_("payment gateway"), max_length=20, blank=True)
    expires_at = models.DateTimeField(_("unpaid order expires at"), null=True, blank=True)
    paid_at = models.DateTimeField(_("paid at"), null=True, blank=True)
    # The shopper's IANA time zone (their browser's, else the destination's main zone): order
    # pages and emails show times in it (shop/timezones.py).
    time_zone = models.CharField(_("time zone"), max_length=64, blank=True)
    # Set when staff removed the shopper's personal data (shop/privacy.py).
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        indexes = [models.Index(fields=["status", "expires_at"], name="order_expiry_idx")]
        # "change" lets staff act on an order (ship, record a document, print its papers);
        # giving money back or removing the shopper's data is the shop managers' alone.
        permissions = [
            ("manage_order", _("Can refund, cancel and anonymise orders")),
            ("view_sales", _("Can see sales figures and the sales report")),
        ]

    def __str__(self) -> str:
        return self.reference or f"#{self.pk}"

    @property
    def phone(self) -> str:
        """The phone number the shopper gave with the address (carriers ask for it)."""
        return (self.shipping_address or {}).get("phone", "")


class OrderLine(models.Model):
    """One variant on an order, with the names, customs data and price frozen when placed."""

    wagtail_reference_index_ignore = True

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    variant = models.ForeignKey(
        "shop.ProductVariant", null=True, on_delete=models.SET_NULL, related_name="order_lines"
    )
    sku = models.CharField(_("SKU"), max_length=64)
    product_name = models.CharField(_("product name"), max_length=255)
    variant_name = models.CharField(_("variant"), max_length=255, blank=True)
    hs_code = models.CharField(_("HS code"), max_length=10, blank=True)
    country_of_origin = models.CharField(_("country of origin"), max_length=2, blank=True)
    customs_description = models.CharField(max_length=255, blank=True)
    gross_weight_g = models.PositiveIntegerField(default=0)
    # Customs papers declare the goods' own weight per item (0: placed before it was kept, on
    # a line whose variant is gone; migration 0013 filled the others).
    net_weight_g = models.PositiveIntegerField(default=0)
    lead_time_days = models.PositiveSmallIntegerField(default=0)
    required_document = models.CharField(_("export document required"), max_length=40, blank=True)
    quantity = models.PositiveIntegerField(_("quantity"))
    quantity_fulfilled = models.PositiveIntegerField(_("quantity fulfilled"), default=0)
    unit_price = models.DecimalField(_("unit price"), max_digits=19, decimal_places=4)
    currency = models.CharField(_("currency"), max_length=3)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        constraints = [
            models.CheckConstraint(condition=models.Q(quantity__gt=0), name="order_line_positive"),
            models.CheckConstraint(
                condition=models.Q(quantity_fulfilled__lte=models.F("quantity")),
                name="order_line_fulfilled_within_quantity",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.sku}"

    @property
    def label(self) -> str:
        """The line's name, with the variant's only where the product's name lacks it (the
        name frozen at placing usually carries it already)."""
        if self.variant_name and self.variant_name not in self.product_name:
            return f"{self.product_name} — {self.variant_name}"
        return self.product_name


class OrderEvent(models.Model):
    """One entry in an order's timeline (placed, paid, refunded, expired, document recorded …)."""

    wagtail_reference_index_ignore = True

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("event"), max_length=40)
    message = models.CharField(_("message"), max_length=500, blank=True)
    data = models.JSONField(default=dict, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("order event")
        verbose_name_plural = _("order events")

    def __str__(self) -> str:
        return f"{self.order} {self.kind}"


class OrderDocument(models.Model):
    """An export document staff recorded for an order (e.g. a CITES permit number), with its
    expiry and, optionally, the scanned document (a private file: shop/storage.py). `kind` is
    the code of a `checkout.ExportDocumentKind`, kept as text so the record outlives the kind."""

    wagtail_reference_index_ignore = True

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("document"), max_length=40)
    reference = models.CharField(_("reference / number"), max_length=200)
    expires_on = models.DateField(_("valid until"), null=True, blank=True)
    file = models.FileField(
        _("scan of the document"),
        upload_to="order-documents/%Y/%m/",
        storage=private_storage,
        blank=True,
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("order document")
        verbose_name_plural = _("order documents")
        constraints = [
            models.UniqueConstraint(fields=["order", "kind"], name="order_document_unique_kind")
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.reference}"
