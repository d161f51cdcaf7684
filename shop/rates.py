"""Importing exchange rates from the ECB and Vietcombank XML feeds.

Parsing is pure and strict and happens in full before anything is written, so a bad or
truncated file raises RateImportError and leaves the stored rates exactly as they were.
"""

import datetime
import http.client
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from decimal import Decimal
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.db import transaction

from shop.conf import langnghe_setting
from shop.models import ExchangeRate
from shop.models.markets import RateSource
from shop.pricing import rates_cache_clear

RATES_MAX_BYTES = 2 * 1024 * 1024
GESMES_NS = "http://www.gesmes.org/xml/2002-08-01"
EUROFXREF_NS = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref"
ECB = "ECB file"
VIETCOMBANK = "Vietcombank file"
USER_AGENT = "Langnghe rate importer (+https://langnghe.example)"

# ExchangeRate.rate is max_digits=24, decimal_places=10: refuse what the column cannot hold
# rather than let the database round or reject it halfway through an import.
_MAX_INTEGER_DIGITS = 14
_MAX_DECIMAL_PLACES = 10
# Explicit ASCII digits: \d and Decimal() would also accept other scripts' digits.
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_GROUPED_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_CURRENCY = re.compile(r"[A-Za-z]{3}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Vietcombank writes US-style local time, e.g. "11/20/2026 8:15:00 AM"; parsed by hand
# because strptime's %p depends on the process locale.
_VCB_DATETIME = re.compile(
    r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}) +([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))? *([AP]M)",
    re.IGNORECASE,
)


class RateImportError(ValueError):
    """A rates file or download is unusable; the message says what is wrong with it."""


@dataclass(frozen=True)
class ParsedRate:
    """One unit of `base` is worth `rate` units of `quote` on `date`."""

    base: str
    quote: str
    rate: Decimal
    date: datetime.date

    @property
    def key(self) -> tuple[str, str, datetime.date]:
        return (self.base, self.quote, self.date)


@dataclass(frozen=True)
class RateImport:
    """What one import stored: `created` new rows, `updated` changed rows, the rest as before."""

    source: str
    dates: list[datetime.date]
    currencies: list[str]
    total: int
    created: int
    updated: int

    @property
    def unchanged(self) -> int:
        return self.total - self.created - self.updated

    def summary(self) -> str:
        """One line for a log or a management command, e.g. 'ECB: 29 rates for 2026-11-20 (…)'."""
        label = {RateSource.ECB: "ECB", RateSource.VIETCOMBANK: "Vietcombank"}.get(
            self.source, self.source
        )
        span = str(self.dates[0])
        if len(self.dates) > 1:
            span = f"{len(self.dates)} days, {self.dates[0]} to {self.dates[-1]}"
        counts = f"{self.created} new, {self.updated} updated"
        if self.unchanged:
            counts += f", {self.unchanged} unchanged"
        return f"{label}: {self.total} rates for {span} ({counts})"


def rates_parse_ecb(*, data: bytes) -> list[ParsedRate]:
    """Parse an ECB eurofxref file (daily, 90-day or full history) into EUR→currency rates."""
    root = _parse_xml(data, label=ECB)
    if root.tag != f"{{{GESMES_NS}}}Envelope":
        raise RateImportError(f"{ECB}: root element is <{root.tag}>, expected <gesmes:Envelope>")
    days = [cube for cube in root.iter(f"{{{EUROFXREF_NS}}}Cube") if "time" in cube.attrib]
    if not days:
        raise RateImportError(f"{ECB}: no <Cube time=...> element found")
    rates = [rate for day in days for rate in _ecb_day(day)]
    _require_unique(rates, label=ECB)
    return rates


def rates_parse_vietcombank(*, data: bytes) -> list[ParsedRate]:
    """Parse Vietcombank's <ExrateList> into currency→VND rates at the bank's transfer rate."""
    root = _parse_xml(data, label=VIETCOMBANK)
    if root.tag != "ExrateList":
        raise RateImportError(f"{VIETCOMBANK}: root element is <{root.tag}>, expected <ExrateList>")
    day = _vietcombank_date(root.findtext("DateTime"))
    parsed = (_vietcombank_rate(node, day) for node in root.iter("Exrate"))
    rates = [rate for rate in parsed if rate is not None]
    if not rates:
        raise RateImportError(f"{VIETCOMBANK}: no <Exrate> with a Transfer or Buy rate found")
    _require_unique(rates, label=VIETCOMBANK)
    return rates


@dataclass(frozen=True)
class RateJump:
    """A new rate that moved further from the one before it than staff allow."""

    base: str
    quote: str
    date: datetime.date
    old: Decimal
    new: Decimal

    def __str__(self) -> str:
        change = (self.new / self.old - 1) * 100
        old, new = (format(value.normalize(), "f") for value in (self.old, self.new))
        return f"{self.base}→{self.quote} {self.date}: {old} → {new} ({change:+.1f} %)"


class RateJumpError(RateImportError):
    """Rates that moved more than `LANGNGHE_RATE_MAX_CHANGE`: a misplaced separator (×1000)
    would price a $249 painting at $0.99. Nothing was written; confirm to import anyway."""

    def __init__(self, jumps: list[RateJump]) -> None:
        self.jumps = jumps
        share = f"{rate_max_change() * 100:.0f} %"
        listed = "; ".join(str(jump) for jump in jumps[:10])
        more = f" and {len(jumps) - 10} more" if len(jumps) > 10 else ""
        super().__init__(
            f"{len(jumps)} rate(s) moved more than {share} from the rate before: {listed}{more}. "
            "Nothing was imported; check the file, or import it with --confirm."
        )


def rate_max_change() -> Decimal:
    """How far (a share: 0.25 = 25 %) a new rate may move from the previous one unconfirmed."""
    return Decimal(str(langnghe_setting("LANGNGHE_RATE_MAX_CHANGE")))


def rate_previous(*, base: str, quote: str, before: datetime.date) -> Decimal | None:
    """The latest stored rate for the pair on or before `before` (any source)."""
    row = (
        ExchangeRate.objects.filter(base_currency=base, quote_currency=quote, date__lte=before)
        .order_by("-date", "-imported_at")
        .values_list("rate", flat=True)
        .first()
    )
    return row


def rate_moved_too_far(*, old: Decimal | None, new: Decimal) -> bool:
    """Whether `new` is further from `old` than `rate_max_change` (never for a first rate)."""
    return old is not None and old > 0 and abs(new / old - 1) > rate_max_change()


def rate_jumps(*, rates: list[ParsedRate]) -> list[RateJump]:
    """Each rate that moved too far from the one before it: the previous day in the same file,
    else the latest stored rate of the pair."""
    jumps = []
    pairs: dict[tuple[str, str], list[ParsedRate]] = {}
    for rate in sorted(rates, key=lambda r: r.date):
        pairs.setdefault((rate.base, rate.quote), []).append(rate)
    for (base, quote), series in pairs.items():
        previous = rate_previous(base=base, quote=quote, before=series[0].date)
        for rate in series:
            if rate_moved_too_far(old=previous, new=rate.rate):
                jumps.append(RateJump(base, quote, rate.date, previous, rate.rate))
            previous = rate.rate
    return jumps


def rates_import_ecb(*, data: bytes, confirm: bool = False) -> RateImport:
    """Store an ECB file's rates (source "ecb"); nothing is written if any part is invalid, or
    (unless `confirm`) if a rate moved further than staff allow (`RateJumpError`)."""
    return _store(rates_parse_ecb(data=data), source=RateSource.ECB, confirm=confirm)


def rates_import_vietcombank(*, data: bytes, confirm: bool = False) -> RateImport:
    """Store a Vietcombank file's rates (source "vietcombank"); all or nothing, as for ECB."""
    rates = rates_parse_vietcombank(data=data)
    return _store(rates, source=RateSource.VIETCOMBANK, confirm=confirm)


def rates_fetch(*, url: str, timeout: float = 20) -> bytes:
    """Download a rates file over http(s), refusing other schemes and bodies over 2 MB."""
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        raise RateImportError(f"refusing to download {url!r}: only http and https are allowed")
    # The scheme is checked just above, which is what ruff's S310 asks for.
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310
    try:
        with _http_opener().open(request, timeout=timeout) as response:
            data = response.read(RATES_MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise RateImportError(f"could not download {url}: HTTP {exc.code} {exc.reason}") from exc
    except (OSError, http.client.HTTPException) as exc:  # URLError, timeouts, resets, bad replies
        reason = getattr(exc, "reason", None) or exc
        raise RateImportError(f"could not download {url}: {reason}") from exc
    if len(data) > RATES_MAX_BYTES:
        raise RateImportError(f"refusing {url}: the file is larger than {RATES_MAX_BYTES} bytes")
    return data


def _http_opener() -> urllib.request.OpenerDirector:
    # No file:// or ftp:// handlers, so a redirect cannot lead outside http(s) either.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPRedirectHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _store(rates: list[ParsedRate], *, source: str, confirm: bool) -> RateImport:
    dates = sorted({rate.date for rate in rates})
    if not confirm:
        jumps = rate_jumps(rates=rates)
        if jumps:
            raise RateJumpError(jumps)
    with transaction.atomic():
        stored = {
            (row.base_currency, row.quote_currency, row.date): row.rate
            for row in ExchangeRate.objects.filter(source=source, date__range=(dates[0], dates[-1]))
        }
        # Unchanged rows are not rewritten, so a repeated import leaves them untouched.
        changed = [rate for rate in rates if stored.get(rate.key) != rate.rate]
        ExchangeRate.objects.bulk_create(
            [_row(rate, source=source) for rate in changed],
            # An import running at the same moment must not turn this one into an IntegrityError.
            update_conflicts=True,
            unique_fields=["base_currency", "quote_currency", "date", "source"],
            update_fields=["rate", "imported_at"],
        )
    if changed:
        # bulk_create sends no signals: clear resolved rates here.
        transaction.on_commit(rates_cache_clear)
    created = sum(1 for rate in changed if rate.key not in stored)
    return RateImport(
        source=str(source),
        dates=dates,
        currencies=sorted({rate.base for rate in rates} | {rate.quote for rate in rates}),
        total=len(rates),
        created=created,
        updated=len(changed) - created,
    )


def _row(rate: ParsedRate, *, source: str) -> ExchangeRate:
    return ExchangeRate(
        base_currency=rate.base,
        quote_currency=rate.quote,
        rate=rate.rate,
        date=rate.date,
        source=source,
    )


def _parse_xml(data: bytes, *, label: str) -> Element:
    try:
        return fromstring(data, forbid_dtd=True)
    except ParseError as exc:
        raise RateImportError(f"{label}: not well-formed XML, perhaps truncated ({exc})") from exc
    except DefusedXmlException as exc:
        raise RateImportError(f"{label}: refused unsafe XML ({exc})") from exc


def _ecb_date(raw: str) -> datetime.date:
    error = RateImportError(f"{ECB}: <Cube time={raw!r}> is not a date like '2026-11-20'")
    if _ISO_DATE.fullmatch(raw.strip()) is None:
        raise error
    try:
        return datetime.date.fromisoformat(raw.strip())
    except ValueError:
        raise error from None


def _ecb_day(cube: Element) -> list[ParsedRate]:
    day = _ecb_date(cube.get("time", ""))
    rates = []
    for node in cube.findall(f"{{{EUROFXREF_NS}}}Cube"):
        code = _currency(node.get("currency"), label=ECB)
        rate = _parse_rate(node.get("rate"), what=f"{ECB}: rate for {code} on {day}")
        rates.append(ParsedRate(base="EUR", quote=code, rate=rate, date=day))
    if not rates:
        raise RateImportError(f"{ECB}: <Cube time='{day}'> holds no rates")
    return rates


def _vietcombank_date(raw: str | None) -> datetime.date:
    if raw is None:
        raise RateImportError(f"{VIETCOMBANK}: no <DateTime> element found")
    error = RateImportError(
        f"{VIETCOMBANK}: <DateTime> {raw.strip()!r} is not a month/day/year date and time "
        "like '11/20/2026 8:15:00 AM'"
    )
    match = _VCB_DATETIME.fullmatch(raw.strip())
    if match is None or not 1 <= int(match[4]) <= 12:
        raise error
    try:
        datetime.time(0, int(match[5]), int(match[6] or 0))
        return datetime.date(int(match[3]), int(match[1]), int(match[2]))
    except ValueError:
        raise error from None


def _vietcombank_rate(node: Element, day: datetime.date) -> ParsedRate | None:
    code = _currency(node.get("CurrencyCode"), label=VIETCOMBANK)
    # Card and bank-transfer sales are converted at Transfer; cash Buy only when that is "-".
    for column in ("Transfer", "Buy"):
        raw = node.get(column)
        if raw is None:
            raise RateImportError(f"{VIETCOMBANK}: <Exrate> for {code} has no {column} attribute")
        if raw.strip() != "-":
            what = f"{VIETCOMBANK}: {column} rate for {code}"
            rate = _parse_rate(raw, what=what, grouped=True)
            return ParsedRate(base=code, quote="VND", rate=rate, date=day)
    return None  # the bank quotes neither rate today: not an error, just nothing to store


def _currency(raw: str | None, *, label: str) -> str:
    code = (raw or "").strip()
    if _CURRENCY.fullmatch(code) is None:
        raise RateImportError(f"{label}: currency code {raw!r} is not 3 letters")
    return code.upper()


def _parse_rate(raw: str | None, *, what: str, grouped: bool = False) -> Decimal:
    if raw is None:
        raise RateImportError(f"{what} is missing")
    text = raw.strip()
    if not (_PLAIN_NUMBER.fullmatch(text) or (grouped and _GROUPED_NUMBER.fullmatch(text))):
        raise RateImportError(f"{what} is {raw!r}, not a number")
    rate = Decimal(text.replace(",", ""))
    if rate <= 0:
        raise RateImportError(f"{what} is {raw!r}; a rate must be positive")
    _, digits, exponent = rate.as_tuple()
    if -exponent > _MAX_DECIMAL_PLACES or len(digits) + exponent > _MAX_INTEGER_DIGITS:
        raise RateImportError(
            f"{what} is {raw!r}: more than {_MAX_INTEGER_DIGITS} digits before or "
            f"{_MAX_DECIMAL_PLACES} after the decimal point"
        )
    return rate


def _require_unique(rates: list[ParsedRate], *, label: str) -> None:
    seen: set[tuple[str, str, datetime.date]] = set()
    for rate in rates:
        if rate.key in seen:
            raise RateImportError(
                f"{label}: {rate.base}→{rate.quote} appears twice for {rate.date}"
            )
        seen.add(rate.key)
