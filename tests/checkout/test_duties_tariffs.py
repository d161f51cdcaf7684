"""Tariffs (checkout.models.DutyTariff): duty rates by HS prefix that several rules share, as the
EU's 27 member states share one customs tariff, read by checkout/duties.py."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from checkout.duties import duty_rule_get
from checkout.models import DutyRate, DutyRule, DutyTariff
from langnghe_demo.context import DemoContext
from langnghe_demo.rules.duties import EU_TARIFF, EU_VAT_RATES, step_duties
from shop.money import Money
from tests.checkout.test_admin_orders import english
from tests.checkout.test_duties import BEFORE_EU_FEE, EU_FEE_DAY, eur, line, quote, rule_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DAY = dt.date(2026, 9, 1)


def tariff_create(rates: dict[str, str], name: str = "Common tariff") -> DutyTariff:
    tariff = DutyTariff.objects.create(name=name)
    for prefix, rate in rates.items():
        DutyRate.objects.create(tariff=tariff, hs_prefix=prefix, rate=Decimal(rate))
    return tariff


def eu_pair_create(tariff: DutyTariff, **fields) -> None:
    for country, vat in (("DE", "19"), ("FR", "20")):
        rule_create(
            name=f"EU {country}",
            countries=[country],
            currency="EUR",
            vat_rate=Decimal(vat),
            default_duty_rate=Decimal("4"),
            tariff=tariff,
            **fields,
        )


def duty(country: str, hs_code: str, value: str = "200") -> Money:
    """The duty part of a parcel's quote (above every threshold: no de minimis set)."""
    parts = quote(country, [line(hs_code, value)], eur("0"), DAY).parts
    return next(amount for label, amount in parts if label == "Import duty")


def test_every_rule_naming_a_tariff_applies_its_rates():
    eu_pair_create(tariff_create({"6912": "5.5"}))

    assert duty("DE", "691200") == eur("11.00")
    assert duty("FR", "691200") == eur("11.00")
    assert duty("FR", "460212") == eur("8.00")  # no prefix matches: the rule's default


def test_a_rate_changed_in_the_tariff_changes_for_every_rule_at_once():
    tariff = tariff_create({"6912": "5.5"})
    eu_pair_create(tariff)
    assert duty("DE", "691200") == eur("11.00")  # cached from here on

    tariff.rates.filter(hs_prefix="6912").update(rate=Decimal("6"))
    DutyRate.objects.get(tariff=tariff).save()  # as the admin saves it: the rules' cache moves on

    assert duty("DE", "691200") == eur("12.00")
    assert duty("FR", "691200") == eur("12.00")


def test_a_rules_own_rate_wins_for_the_same_prefix_and_the_longest_prefix_wins_overall():
    tariff = tariff_create({"69": "10", "691200": "1"})
    eu_pair_create(tariff)
    germany = DutyRule.objects.get(name="EU DE")
    DutyRate.objects.create(rule=germany, hs_prefix="69", rate=Decimal("2"))
    DutyRate.objects.create(rule=germany, hs_prefix="6912", rate=Decimal("3"))

    assert duty("DE", "691300") == eur("4.00")  # own 69 beats the tariff's 69
    assert duty("DE", "691210") == eur("6.00")  # own 6912, the longest match
    assert duty("DE", "691200") == eur("2.00")  # the tariff's 691200 is longer still
    assert duty("FR", "691300") == eur("20.00")  # France has no exception


def test_a_rate_belongs_to_a_rule_or_a_tariff_never_both_or_neither():
    tariff = tariff_create({})
    rule = rule_create(countries=["DE"], currency="EUR")

    for fields in ({}, {"rule": rule, "tariff": tariff}):
        rate = DutyRate(hs_prefix="6912", rate=Decimal(1), **fields)
        with translation.override("en"), pytest.raises(ValidationError) as refused:
            rate.full_clean()
        assert refused.value.messages == [
            "Choose either a rule or a tariff for this rate (one of them, not both)."
        ]
        with transaction.atomic(), pytest.raises(IntegrityError):
            rate.save()


def test_a_tariff_in_use_cannot_be_deleted_from_under_its_rules():
    from django.db.models import ProtectedError

    tariff = tariff_create({"6912": "5.5"})
    eu_pair_create(tariff)

    with pytest.raises(ProtectedError):
        tariff.delete()
    assert duty_rule_get(country="DE", on=DAY).tariff == tariff


def test_demo_eu_rules_share_one_tariff_and_keep_their_quotes():
    ctx = DemoContext()
    from tests.checkout.test_duties import (
        step_categories,
        step_markets,
        step_producers,
        step_products,
    )

    for step in (step_categories, step_producers, step_products, step_markets, step_duties):
        step(ctx)
    tariff = DutyTariff.objects.get(name=EU_TARIFF)
    eu_rules = DutyRule.objects.filter(tariff=tariff)

    assert eu_rules.count() == 2 * len(EU_VAT_RATES) == 22
    assert not DutyRate.objects.filter(rule__in=eu_rules).exists()  # no copies left
    market = ctx.markets["euro-area"]
    lines = [line("691200", "100"), line("460212", "40")]
    assert quote("DE", lines, eur("20"), BEFORE_EU_FEE, market=market).total == eur("30.40")
    assert quote("FR", lines, eur("20"), EU_FEE_DAY, market=market).total == eur("39.20")


def test_staff_add_a_rate_to_a_tariff_and_a_rate_without_either_gets_a_message(client):
    user = english(UserFactory(is_superuser=True, is_staff=True))
    client.force_login(user)
    tariff = tariff_create({}, name="Pacific tariff")
    url = reverse("checkout_dutyrate:add")

    missing = client.post(url, {"hs_prefix": "6912", "rate": "5"})
    added = client.post(url, {"tariff": tariff.pk, "hs_prefix": "6912", "rate": "5"})

    assert missing.status_code == 200
    assert "Choose either a rule or a tariff" in missing.content.decode()
    assert added.status_code == 302
    assert tariff.rates.get().rate == Decimal("5")
    listing = client.get(reverse("checkout_dutytariff:index"))
    assert "Pacific tariff" in listing.content.decode()


@pytest.mark.django_db(transaction=True)
def test_upgrade_turns_rates_copied_into_several_rules_into_one_tariff():
    from tests.shop.migrating import migrate_latest, migrate_to

    try:
        old = migrate_to([("checkout", "0004_exporter")])
        rule_model, rate_model = (
            old.get_model("checkout", "DutyRule"),
            old.get_model("checkout", "DutyRate"),
        )
        common = {"valid_from": DAY, "currency": "EUR", "source": "https://example.org"}
        rates = {"eu": {"6912": "5.5", "4602": "3.7"}, "gb": {"6912": "6"}}
        for name, kind in (("DE", "eu"), ("FR", "eu"), ("IT", "eu"), ("GB", "gb")):
            rule = rule_model.objects.create(name=name, countries=name, source_date=DAY, **common)
            for prefix, rate in rates[kind].items():
                rate_model.objects.create(rule=rule, hs_prefix=prefix, rate=Decimal(rate))
        new = migrate_to([("checkout", "0006_duty_tariffs_shared")])
        tariff = new.get_model("checkout", "DutyTariff").objects.get()
        rules = new.get_model("checkout", "DutyRule").objects
        rate_rows = new.get_model("checkout", "DutyRate").objects
        shared = dict(rate_rows.filter(tariff=tariff).values_list("hs_prefix", "rate"))
        assert shared == {"6912": Decimal("5.5"), "4602": Decimal("3.7")}
        assert set(rules.filter(tariff=tariff).values_list("name", flat=True)) == {"DE", "FR", "IT"}
        assert not rate_rows.filter(rule__name__in=["DE", "FR", "IT"]).exists()
        assert list(rate_rows.filter(rule__name="GB").values_list("rate", flat=True)) == [6]
        assert rules.get(name="GB").tariff_id is None
    finally:
        migrate_latest()
