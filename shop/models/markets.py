from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from shop.money import RoundingRule, currency_choices


def language_choices() -> list[tuple[str, str]]:
    """The host's LANGUAGES, read when a form asks: never frozen into a migration."""
    return list(settings.LANGUAGES)


class DutiesMode(models.TextChoices):
    DDP = "DDP", _("DDP – duties and taxes collected at checkout")
    DAP = "DAP", _("DAP – duties and taxes estimated, paid on delivery")


class Market(models.Model):
    """A set of destination countries sold to in one currency, language and duties mode."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=50, unique=True)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=currency_choices())
    default_language = models.CharField(
        _("default language"), max_length=10, choices=language_choices
    )
    rounding_rule = models.CharField(
        _("price rounding"), max_length=20, choices=RoundingRule.choices, default=RoundingRule.NONE
    )
    duties_mode = models.CharField(
        _("duties mode"), max_length=3, choices=DutiesMode.choices, default=DutiesMode.DAP
    )
    is_active = models.BooleanField(_("active"), default=True)
    is_default = models.BooleanField(
        _("default market"),
        default=False,
        help_text=_("Used when the shopper's country belongs to no market."),
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("market")
        verbose_name_plural = _("markets")
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=models.Q(is_default=True),
                name="market_single_default",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.currency})"

    def clean(self) -> None:
        if not self.is_active:
            return
        taken = {}
        for other in Market.objects.filter(is_active=True).exclude(pk=self.pk):
            for country in other.countries:
                taken[country.code] = other.name
        clashes = sorted(
            f"{country.name} ({taken[country.code]})"
            for country in self.countries
            if country.code in taken
        )
        if clashes:
            raise ValidationError(
                {
                    "countries": _("Already in another active market: %(clashes)s")
                    % {"clashes": ", ".join(clashes)}
                }
            )


class MarketPrice(models.Model):
    """An explicit price for a variant in a market, in the market's currency."""

    market = models.ForeignKey(Market, on_delete=models.CASCADE, related_name="prices")
    variant = models.ForeignKey(
        "shop.ProductVariant", on_delete=models.CASCADE, related_name="market_prices"
    )
    amount = models.DecimalField(
        _("price"), max_digits=19, decimal_places=4, validators=[MinValueValidator(Decimal("0"))]
    )

    class Meta:
        verbose_name = _("market price")
        verbose_name_plural = _("market prices")
        constraints = [
            models.UniqueConstraint(fields=["market", "variant"], name="market_price_unique"),
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="market_price_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.variant} in {self.market.name}: {self.amount} {self.market.currency}"

    def clean(self) -> None:
        from shop.money import Money, money_chargeable_unit, money_is_chargeable

        if self.amount is None or self.market_id is None:
            return
        currency = self.market.currency
        if not money_is_chargeable(Money(self.amount, currency)):
            raise ValidationError(
                {
                    "amount": _("A price in %(currency)s is a multiple of %(unit)s.")
                    % {"currency": currency, "unit": money_chargeable_unit(currency).normalize()}
                }
            )


class RateSource(models.TextChoices):
    ECB = "ecb", _("European Central Bank (eurofxref)")
    VIETCOMBANK = "vietcombank", _("Vietcombank")
    MANUAL = "manual", _("Entered by staff")


class ExchangeRate(models.Model):
    """One unit of `base_currency` is worth `rate` units of `quote_currency` on `date`."""

    base_currency = models.CharField(_("base currency"), max_length=3)
    quote_currency = models.CharField(_("quote currency"), max_length=3)
    rate = models.DecimalField(
        _("rate"), max_digits=24, decimal_places=10, validators=[MinValueValidator(Decimal("0"))]
    )
    date = models.DateField(_("date"))
    source = models.CharField(_("source"), max_length=20, choices=RateSource.choices)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        ordering = ["-date", "base_currency", "quote_currency"]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        constraints = [
            models.UniqueConstraint(
                fields=["base_currency", "quote_currency", "date", "source"],
                name="exchange_rate_unique_per_day_and_source",
            ),
            models.CheckConstraint(condition=models.Q(rate__gt=0), name="exchange_rate_positive"),
        ]
        indexes = [models.Index(fields=["base_currency", "quote_currency", "-date"])]

    def __str__(self) -> str:
        pair = f"1 {self.base_currency} = {self.rate} {self.quote_currency}"
        return f"{pair} ({self.date}, {self.source})"
