"""Demo duty rules and export restrictions for the demo markets (catalogue/markets.py).

Thresholds, VAT rates and dates follow the cited sources (checked on 2026-11-01). Duty rates by
HS prefix are demo figures (MFN, rounded; no trade-agreement preferences): check TARIC, the
HTSUS, Japan's and Korea's tariffs and the UK Global Tariff before relying on them.

The EU is split by standard VAT rate (one rule per rate, all 27 member states covered) because
import VAT is the destination member state's; the customs part is the same in every rule, and
the duty rates by HS prefix are one shared tariff (as are the two US rules').
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from checkout.documents import document_kinds_install
from checkout.models import (
    DocumentKind,
    DutyFee,
    DutyRate,
    DutyRule,
    DutyTariff,
    ExportRestriction,
    FeeKind,
    RestrictionKind,
    RestrictionReason,
)
from langnghe_demo.context import DemoContext, _upsert
from shop.models import Product

CHECKED_ON = dt.date(2026, 11, 1)
EU_FLAT_FEE_FROM = dt.date(2026, 7, 1)
US_NO_DE_MINIMIS_FROM = dt.date(2025, 8, 29)
DEMO_FIGURES = "Duty rates by HS prefix are demo figures (MFN, rounded): check {tariff}."

# Standard VAT rates of the 27 member states (European Commission, VAT rates, 2026).
EU_VAT_RATES: dict[str, list[str]] = {
    "17": ["LU"],
    "18": ["MT"],
    "19": ["CY", "DE"],
    "20": ["AT", "BG", "FR"],
    "21": ["BE", "CZ", "ES", "LT", "LV", "NL", "RO"],
    "22": ["IT", "SI"],
    "23": ["IE", "PL", "PT", "SK"],
    "24": ["EE", "GR"],
    "25": ["DK", "HR", "SE"],
    "25.5": ["FI"],
    "27": ["HU"],
}

# Demo MFN duty rates (%) for the demo catalogue's HS codes.
EU_RATES = {
    "6912": "5.5", "6913": "6", "4602": "3.7", "9401": "0", "94015": "5.6", "4420": "4",
    "4419": "0", "9701": "0", "6214": "8", "6215": "6.3", "5007": "6.9", "9503": "0",
    "0813": "2.4", "0409": "17.3", "090210": "3.2", "0902": "0", "3305": "0", "3307": "0",
    "3401": "0", "1211": "0",
}  # fmt: skip
US_RATES = {
    "6912": "9.8", "6913": "6", "4602": "4.5", "9401": "0", "4420": "3.2", "4419": "3.2",
    "9701": "0", "6214": "1.1", "6215": "0", "5007": "0", "9503": "0", "0813": "2.2",
    "0409": "1", "0902": "0", "3305": "0", "3307": "2.4", "3401": "0", "1211": "0",
}  # fmt: skip
JP_RATES = {"0409": "25.5", "0813": "9", "0902": "17", "6214": "6", "5007": "7.5", "9701": "0"}
KR_RATES = {"0409": "243", "090210": "513.6", "090230": "40", "0813": "30", "6214": "13"}
GB_RATES = {"6912": "6", "6913": "6", "0409": "16", "0813": "4", "0902": "0", "9701": "0"}

EU_TARIFF = "EU Common Customs Tariff (demo rates)"
US_TARIFF = "US Harmonized Tariff Schedule (demo rates)"
# Rates shared by several rules: the EU's by all 22 of its rules, the US's by its two.
TARIFFS: dict[str, dict] = {
    EU_TARIFF: {
        "rates": EU_RATES,
        "source": "https://taxation-customs.ec.europa.eu/customs-4/calculation-customs-duties/"
        "customs-tariff/eu-customs-tariff-taric_en",
        "notes": DEMO_FIGURES.format(tariff="TARIC"),
    },
    US_TARIFF: {
        "rates": US_RATES,
        "source": "https://hts.usitc.gov/",
        "notes": DEMO_FIGURES.format(tariff="the HTSUS"),
    },
}

EU_CUSTOMS = {
    "currency": "EUR",
    "de_minimis_duty": Decimal("150"),
    "de_minimis_tax": None,
    "default_duty_rate": Decimal("3.5"),
    "customs_id": "",
    "tariff": EU_TARIFF,
    "rates": {},
}


def _eu_rules() -> list[dict]:
    rules = []
    for vat, countries in EU_VAT_RATES.items():
        label = f"EU, VAT {vat} % ({', '.join(countries)})"
        common = {**EU_CUSTOMS, "countries": countries, "vat_rate": Decimal(vat)}
        rules.append(
            {
                **common,
                "name": f"{label}, IOSS",
                "valid_from": dt.date(2021, 7, 1),
                "valid_until": EU_FLAT_FEE_FROM - dt.timedelta(days=1),
                "source": "https://vat-one-stop-shop.ec.europa.eu/one-stop-shop/"
                "import-one-stop-shop-ioss_en",
                "notes": "Duty relief up to €150 (Reg. (EC) 1186/2009 art. 23); import VAT from "
                "the first euro, collected through IOSS. " + DEMO_FIGURES.format(tariff="TARIC"),
                "fees": [],
            }
        )
        rules.append(
            {
                **common,
                "name": f"{label}, €3 per item category",
                "valid_from": EU_FLAT_FEE_FROM,
                "valid_until": None,
                "source": "https://www.consilium.europa.eu/en/press/press-releases/2025/12/12/"
                "customs-council-agrees-to-levy-customs-duty-on-small-parcels/",
                "notes": "Interim flat customs duty of €3 per distinct tariff subheading (HS6) "
                "on parcels under €150 from IOSS sellers, from 2026-07-01 until the EU customs "
                "data hub (expected 2028). " + DEMO_FIGURES.format(tariff="TARIC"),
                "fees": [("EU flat customs duty on low-value parcels", FeeKind.PER_DISTINCT_HS6)],
            }
        )
    return rules


US_COMMON = {
    "countries": ["US"],
    "currency": "USD",
    "de_minimis_tax": None,
    "vat_rate": Decimal("0"),
    "default_duty_rate": Decimal("3.5"),
    "customs_id": "",
    "tariff": US_TARIFF,
    "rates": {},
    "fees": [],
}
US_NOTE = (
    " No federal VAT; state sales tax is not modelled, nor are additional IEEPA duties: check "
    "CBP guidance. " + DEMO_FIGURES.format(tariff="the HTSUS")
)

RULES: list[dict] = [
    *_eu_rules(),
    {
        **US_COMMON,
        "name": "United States, $800 de minimis",
        "valid_from": dt.date(2016, 3, 10),
        "valid_until": US_NO_DE_MINIMIS_FROM - dt.timedelta(days=1),
        "de_minimis_duty": Decimal("800"),
        "source": "https://www.cbp.gov/trade/trade-enforcement/tftea/section-321-programs",
        "notes": "Section 321: $800 per person per day, duty free." + US_NOTE,
    },
    {
        **US_COMMON,
        "name": "United States, no de minimis",
        "valid_from": US_NO_DE_MINIMIS_FROM,
        "valid_until": None,
        "de_minimis_duty": None,
        "source": "https://content.govdelivery.com/accounts/USDHSCBP/bulletins/3f01456",
        "notes": "Executive Order 14324: duty-free de minimis suspended for all countries from "
        "2025-08-29 (CSMS # 66065494)." + US_NOTE,
    },
    {
        "name": "Japan",
        "countries": ["JP"],
        "valid_from": dt.date(2000, 1, 1),
        "valid_until": None,
        "currency": "JPY",
        "de_minimis_duty": Decimal("10000"),
        "de_minimis_tax": Decimal("10000"),
        "vat_rate": Decimal("10"),
        "default_duty_rate": Decimal("3"),
        "customs_id": "",
        "source": "https://www.customs.go.jp/english/c-answer_e/imtsukan/1006_e.htm",
        "notes": "Duty and consumption tax exempt at a customs value of ¥10,000 or less per "
        "parcel. Personal imports are valued at 60 % of the retail price; the shop uses the full "
        "price (the estimate errs high). " + DEMO_FIGURES.format(tariff="Japan's tariff"),
        "rates": JP_RATES,
        "fees": [],
    },
    {
        "name": "South Korea",
        "countries": ["KR"],
        "valid_from": dt.date(2000, 1, 1),
        "valid_until": None,
        "currency": "USD",
        "de_minimis_duty": Decimal("150"),
        "de_minimis_tax": Decimal("150"),
        "vat_rate": Decimal("10"),
        "default_duty_rate": Decimal("8"),
        "customs_id": "pccc",
        "source": "https://www.customs.go.kr/english/main.do",
        "notes": "Personal imports up to USD 150 are cleared free of duty and VAT (list "
        "clearance); the recipient's personal customs clearance code (PCCC, "
        "unipass.customs.go.kr) is required. " + DEMO_FIGURES.format(tariff="Korea's tariff"),
        "rates": KR_RATES,
        "fees": [],
    },
    {
        "name": "United Kingdom",
        "countries": ["GB"],
        "valid_from": dt.date(2021, 1, 1),
        "valid_until": None,
        "currency": "GBP",
        "de_minimis_duty": Decimal("135"),
        "de_minimis_tax": None,
        "vat_rate": Decimal("20"),
        "default_duty_rate": Decimal("4"),
        "customs_id": "",
        "source": "https://www.gov.uk/guidance/vat-and-overseas-goods-sold-directly-to-"
        "customers-in-the-uk",
        "notes": "VAT from the first pound (charged by the seller up to £135); customs duty only "
        "above £135. " + DEMO_FIGURES.format(tariff="the UK Global Tariff"),
        "rates": GB_RATES,
        "fees": [],
    },
    {
        "name": "Vietnam (domestic)",
        "countries": ["VN"],
        "valid_from": dt.date(2000, 1, 1),
        "valid_until": None,
        "currency": "VND",
        "de_minimis_duty": None,
        "de_minimis_tax": None,
        "vat_rate": Decimal("0"),
        "default_duty_rate": Decimal("0"),
        "customs_id": "",
        "source": "https://www.customs.gov.vn/",
        "notes": "Domestic sales: Vietnamese VAT is in the shelf price and nothing is due on "
        "delivery. This rule exists so the checkout does not say duties may apply.",
        "rates": {},
        "fees": [],
    },
]

CITES_SOURCE = "https://cites.org/eng/app/appendices.php"
CITES_NOTE = (
    "Aquilaria spp., CITES Appendix II, annotation #14: beads, prayer beads, carvings and wood "
    "chips need an export permit; exhausted powder and finished products packaged for retail "
    "(the incense) are exempt."
)
FDA_SOURCE = (
    "https://www.fda.gov/food/importing-food-products-united-states/prior-notice-imported-foods"
)

# (product slug or None, HS prefix, countries, kind, reason, document, source, notes)
RESTRICTIONS: list[tuple] = [
    ("vong-tay-tram-huong", "", [], RestrictionKind.DOCUMENT, RestrictionReason.CITES,
     DocumentKind.CITES_PERMIT, CITES_SOURCE, CITES_NOTE),
    ("tram-huong-mieng", "", [], RestrictionKind.DOCUMENT, RestrictionReason.CITES,
     DocumentKind.CITES_PERMIT, CITES_SOURCE, CITES_NOTE),
    ("tram-huong-mieng", "", ["US"], RestrictionKind.PROHIBITED, RestrictionReason.PLANT, "",
     "https://www.ecfr.gov/current/title-7/section-319.40-3",
     "Raw agarwood chips are unmanufactured wood articles for USDA APHIS (7 CFR 319.40): they "
     "need an import permit and treatment that a consumer parcel cannot have, so the shop does "
     "not sell them to the US."),
    *[
        (None, prefix, ["US"], RestrictionKind.DOCUMENT, RestrictionReason.FOOD,
         DocumentKind.FDA_PRIOR_NOTICE, FDA_SOURCE,
         "Food shipped to the US needs FDA prior notice, filed by the shop before dispatch.")
        for prefix in ("0409", "0813", "0902")
    ],
]  # fmt: skip


def _tariff_upsert(ctx: DemoContext, name: str, record: dict) -> DutyTariff:
    values = {"source": record["source"], "source_date": CHECKED_ON, "notes": record["notes"]}
    tariff = _upsert(ctx, "Tariffs", DutyTariff, {"name": name}, values)
    for prefix, rate in record["rates"].items():
        lookup = {"tariff": tariff, "hs_prefix": prefix}
        _upsert(ctx, "Duty rates", DutyRate, lookup, {"rate": Decimal(rate)})
    return tariff


def _rule_upsert(ctx: DemoContext, record: dict, tariffs: dict[str, DutyTariff]) -> DutyRule:
    skip = ("name", "valid_from", "rates", "fees", "tariff")
    values = {k: v for k, v in record.items() if k not in skip}
    values["tariff"] = tariffs.get(record.get("tariff", ""))
    values["source_date"] = CHECKED_ON
    lookup = {"name": record["name"], "valid_from": record["valid_from"]}
    rule = _upsert(ctx, "Duty rules", DutyRule, lookup, values)
    for prefix, rate in record["rates"].items():
        lookup = {"rule": rule, "hs_prefix": prefix}
        _upsert(ctx, "Duty rates", DutyRate, lookup, {"rate": Decimal(rate)})
    for name, kind in record["fees"]:
        values = {"kind": kind, "amount": Decimal("3"), "only_up_to_de_minimis": True}
        _upsert(ctx, "Duty fees", DutyFee, {"rule": rule, "name": name}, values)
    return rule


def _product(ctx: DemoContext, slug: str) -> Product | None:
    return ctx.products.get(slug) or Product.objects.filter(slug=slug).first()


def step_duties(ctx: DemoContext) -> None:
    """Upsert the demo duty rules (with rates and fees) and export restrictions."""
    document_kinds_install()
    tariffs = {name: _tariff_upsert(ctx, name, record) for name, record in TARIFFS.items()}
    for record in RULES:
        _rule_upsert(ctx, record, tariffs)
    for slug, prefix, countries, kind, reason, document, source, notes in RESTRICTIONS:
        product = _product(ctx, slug) if slug else None
        if slug and product is None:
            ctx.notes.append(f"Export restriction skipped: no product {slug}.")
            continue
        lookup = {
            "product": product,
            "category": None,
            "hs_prefix": prefix,
            "kind": kind,
            "reason": reason,
            "countries": ",".join(countries),
        }
        values = {"document_id": document or None, "source": source, "notes": notes}
        _upsert(ctx, "Export restrictions", ExportRestriction, lookup, values)
