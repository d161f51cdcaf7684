import ast
import datetime
import inspect
import socket
import threading
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

import langnghe_demo
import shop
import shop.rates
from shop.models import ExchangeRate
from shop.rates import (
    RATES_MAX_BYTES,
    RateImportError,
    RateJumpError,
    rates_fetch,
    rates_import_ecb,
    rates_import_vietcombank,
    rates_parse_ecb,
    rates_parse_vietcombank,
)

# The sample feeds the demo imports (langnghe_demo/catalogue/rates/).
DEMO = Path(langnghe_demo.__file__).parent / "catalogue" / "rates"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ECB_DAILY = DEMO / "eurofxref-daily.xml"
VIETCOMBANK = DEMO / "vietcombank.xml"
NOV_18, NOV_19, NOV_20 = (datetime.date(2026, 11, day) for day in (18, 19, 20))


def snapshot():
    """Every stored rate, down to its import timestamp."""
    return list(
        ExchangeRate.objects.order_by("pk").values_list(
            "pk", "base_currency", "quote_currency", "rate", "date", "source", "imported_at"
        )
    )


def stored(base, quote, date, source):
    return ExchangeRate.objects.get(
        base_currency=base, quote_currency=quote, date=date, source=source
    ).rate


def vietcombank_xml(
    *, code="USD", buy="26,170.00", transfer="26,200.00", when="11/20/2026 8:15:00 AM"
):
    return (
        f'<?xml version="1.0" encoding="utf-8"?><ExrateList><DateTime>{when}</DateTime>'
        f'<Exrate CurrencyCode="{code}" CurrencyName="US DOLLAR" Buy="{buy}" '
        f'Transfer="{transfer}" Sell="26,530.00" /><Source>Vietcombank</Source></ExrateList>'
    ).encode()


def ecb_xml(cubes):
    return (
        '<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
        'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">'
        f"<Cube>{cubes}</Cube></gesmes:Envelope>"
    ).encode()


# --- ECB --------------------------------------------------------------------------------


def test_ecb_daily_sample_parses_to_29_exact_euro_rates_for_one_day():
    rates = rates_parse_ecb(data=ECB_DAILY.read_bytes())

    by_quote = {rate.quote: rate.rate for rate in rates}
    assert len(rates) == 29
    assert {(rate.base, rate.date) for rate in rates} == {("EUR", NOV_20)}
    assert by_quote["USD"] == Decimal("1.1552")
    assert by_quote["JPY"] == Decimal("181.23")
    assert by_quote["IDR"] == Decimal("19342.51")
    assert str(by_quote["GBP"]) == "0.88050"
    assert "VND" not in by_quote


@pytest.mark.django_db
def test_ecb_daily_import_stores_eur_rates_under_source_ecb():
    result = rates_import_ecb(data=ECB_DAILY.read_bytes())

    assert (result.source, result.dates, result.created, result.updated) == ("ecb", [NOV_20], 29, 0)
    assert result.summary() == "ECB: 29 rates for 2026-11-20 (29 new, 0 updated)"
    assert ExchangeRate.objects.filter(source="ecb", base_currency="EUR").count() == 29
    assert stored("EUR", "USD", NOV_20, "ecb") == Decimal("1.1552")
    assert stored("EUR", "KRW", NOV_20, "ecb") == Decimal("1695.42")


@pytest.mark.django_db
def test_ecb_hist_sample_imports_three_dates():
    result = rates_import_ecb(data=(SAMPLES / "eurofxref-hist-90d.xml").read_bytes())

    assert result.dates == [NOV_18, NOV_19, NOV_20]
    assert (result.total, result.created) == (24, 24)
    assert "3 days, 2026-11-18 to 2026-11-20" in result.summary()
    assert stored("EUR", "USD", NOV_18, "ecb") == Decimal("1.1497")
    assert stored("EUR", "JPY", NOV_19, "ecb") == Decimal("180.91")
    assert ExchangeRate.objects.filter(date=NOV_18).count() == 8


@pytest.mark.django_db
def test_ecb_hist_after_the_daily_file_adds_only_the_earlier_days():
    rates_import_ecb(data=ECB_DAILY.read_bytes())

    result = rates_import_ecb(data=(SAMPLES / "eurofxref-hist-90d.xml").read_bytes())

    assert (result.created, result.updated, result.unchanged) == (16, 0, 8)
    assert ExchangeRate.objects.count() == 29 + 16


@pytest.mark.parametrize(
    ("cubes", "message"),
    [
        ("", r"no <Cube time=\.\.\.> element found"),
        ("<Cube time='2026-13-01'><Cube currency='USD' rate='1.1'/></Cube>", "not a date"),
        ("<Cube time='2026-11-20'></Cube>", "holds no rates"),
        ("<Cube time='2026-11-20'><Cube currency='US' rate='1.1'/></Cube>", "'US' is not 3"),
        ("<Cube time='2026-11-20'><Cube currency='USD'/></Cube>", "rate for USD .* missing"),
        (
            "<Cube time='2026-11-20'><Cube currency='USD' rate='1.1'/>"
            "<Cube currency='USD' rate='1.2'/></Cube>",
            "EUR→USD appears twice for 2026-11-20",
        ),
    ],
)
def test_broken_ecb_structure_is_refused_with_a_clear_message(cubes, message):
    with pytest.raises(RateImportError, match=f"^ECB file: .*{message}"):
        rates_parse_ecb(data=ecb_xml(cubes))


def test_a_vietcombank_file_given_to_the_ecb_parser_is_refused():
    with pytest.raises(RateImportError, match="root element is <ExrateList>"):
        rates_parse_ecb(data=VIETCOMBANK.read_bytes())


# --- Vietcombank ------------------------------------------------------------------------


@pytest.mark.django_db
def test_vietcombank_sample_imports_transfer_rates_into_vnd():
    result = rates_import_vietcombank(data=VIETCOMBANK.read_bytes())

    assert (result.source, result.dates, result.created) == ("vietcombank", [NOV_20], 20)
    assert result.summary() == "Vietcombank: 20 rates for 2026-11-20 (20 new, 0 updated)"
    assert stored("USD", "VND", NOV_20, "vietcombank") == Decimal("26200.00")
    assert stored("JPY", "VND", NOV_20, "vietcombank") == Decimal("167.00")
    assert stored("EUR", "VND", NOV_20, "vietcombank") == Decimal("30266.24")
    assert stored("GBP", "VND", NOV_20, "vietcombank") == Decimal("34373.92")
    # Buy="-" (no cash purchase) must not stop the transfer rate from being used.
    assert stored("KWD", "VND", NOV_20, "vietcombank") == Decimal("85385.80")


def test_vietcombank_falls_back_to_buy_and_skips_currencies_with_no_rate():
    rates = rates_parse_vietcombank(data=(SAMPLES / "vietcombank-2026-11-19.xml").read_bytes())

    by_base = {rate.base: rate for rate in rates}
    assert len(rates) == 19
    assert "RUB" not in by_base
    assert by_base["THB"].rate == Decimal("724.44")
    assert by_base["USD"].rate == Decimal("26185.00")
    assert {rate.date for rate in rates} == {NOV_19}


def test_vietcombank_rates_are_decimals_never_floats():
    rates = rates_parse_vietcombank(data=VIETCOMBANK.read_bytes())

    assert rates
    assert all(type(rate.rate) is Decimal for rate in rates)


def test_rates_module_contains_no_float():
    tree = ast.parse(inspect.getsource(shop.rates))
    floats = [
        node.lineno
        for node in ast.walk(tree)
        if (isinstance(node, ast.Constant) and isinstance(node.value, float))
        or (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "float")
    ]
    assert floats == []


@pytest.mark.django_db
def test_a_new_vietcombank_day_adds_rows_and_keeps_the_previous_day():
    rates_import_vietcombank(data=(SAMPLES / "vietcombank-2026-11-19.xml").read_bytes())

    result = rates_import_vietcombank(data=VIETCOMBANK.read_bytes())

    assert (result.created, result.updated) == (20, 0)
    assert stored("USD", "VND", NOV_19, "vietcombank") == Decimal("26185.00")
    assert stored("USD", "VND", NOV_20, "vietcombank") == Decimal("26200.00")


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("11/20/2026 8:15:00 AM", NOV_20),
        ("11/20/2026 11:59:59 PM", NOV_20),
        ("  1/2/2027 12:00 am ", datetime.date(2027, 1, 2)),
    ],
)
def test_vietcombank_datetime_is_read_month_first(when, expected):
    (rate,) = rates_parse_vietcombank(data=vietcombank_xml(when=when))

    assert rate.date == expected


@pytest.mark.parametrize(
    "when", ["20/11/2026 8:15:00 AM", "2/30/2026 8:15:00 AM", "11/20/2026 13:15:00 PM", "", "x"]
)
def test_an_unparsable_vietcombank_date_is_refused(when):
    with pytest.raises(RateImportError, match="Vietcombank file: <DateTime> .* month/day/year"):
        rates_parse_vietcombank(data=vietcombank_xml(when=when))


@pytest.mark.parametrize(
    ("transfer", "message"),
    [
        ("abc", "Transfer rate for USD is 'abc', not a number"),
        ("NaN", "not a number"),
        ("Infinity", "not a number"),
        ("2.62e4", "not a number"),
        ("-26,200.00", "not a number"),
        ("26 200", "not a number"),
        ("2,62,00.00", "not a number"),
        ("٢٦٢٠٠", "not a number"),
        ("0.00", "must be positive"),
        ("1.00000000001", "after the decimal point"),
        ("123,456,789,012,345.00", "digits before"),
    ],
)
def test_anything_but_a_plain_positive_decimal_is_refused(transfer, message):
    with pytest.raises(RateImportError, match=message):
        rates_parse_vietcombank(data=vietcombank_xml(transfer=transfer))


@pytest.mark.parametrize(
    ("transfer", "expected"), [(" 26,200.00 ", "26200.00"), ("26200.5", "26200.5"), ("0.5", "0.5")]
)
def test_plain_and_comma_grouped_rates_are_read_exactly(transfer, expected):
    (rate,) = rates_parse_vietcombank(data=vietcombank_xml(transfer=transfer))

    assert rate.rate == Decimal(expected)


@pytest.mark.parametrize("code", ["US", "USDX", "U$D", ""])
def test_a_currency_code_that_is_not_three_letters_is_refused(code):
    with pytest.raises(RateImportError, match="is not 3 letters"):
        rates_parse_vietcombank(data=vietcombank_xml(code=code))


def test_unsafe_xml_with_entities_is_refused():
    data = b'<!DOCTYPE x [<!ENTITY a "aaaa">]><ExrateList>&a;</ExrateList>'

    with pytest.raises(RateImportError, match="Vietcombank file: refused unsafe XML"):
        rates_parse_vietcombank(data=data)


# --- Importing is idempotent and all-or-nothing -----------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("importer", "path"), [(rates_import_ecb, ECB_DAILY), (rates_import_vietcombank, VIETCOMBANK)]
)
def test_importing_the_same_file_twice_changes_nothing(importer, path):
    first = importer(data=path.read_bytes())
    before = snapshot()

    second = importer(data=path.read_bytes())

    assert first.created > 0
    assert (second.created, second.updated, second.unchanged) == (0, 0, first.total)
    assert snapshot() == before


@pytest.mark.django_db
def test_a_corrected_rate_for_the_same_day_is_updated_not_duplicated():
    rates_import_vietcombank(data=vietcombank_xml(transfer="26,200.00"))

    result = rates_import_vietcombank(data=vietcombank_xml(transfer="26,210.00"))

    assert (result.created, result.updated) == (0, 1)
    assert ExchangeRate.objects.count() == 1
    assert stored("USD", "VND", NOV_20, "vietcombank") == Decimal("26210.00")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("importer", "sample", "message"),
    [
        (rates_import_ecb, "ecb-malformed.xml", "ECB file: not well-formed XML.*line 15"),
        (rates_import_ecb, "ecb-bad-rate.xml", "ECB file: rate for USD on 2026-11-20 is 'abc'"),
        (rates_import_vietcombank, "vietcombank-bad-date.xml", "'20/11/2026 8:15:00 AM'"),
        (rates_import_vietcombank, "vietcombank-no-rates.xml", "no <Exrate> with a Transfer"),
    ],
)
def test_a_bad_file_raises_a_helpful_error_and_leaves_rates_as_they_were(importer, sample, message):
    rates_import_ecb(data=ECB_DAILY.read_bytes())
    rates_import_vietcombank(data=(SAMPLES / "vietcombank-2026-11-19.xml").read_bytes())
    before = snapshot()

    with pytest.raises(RateImportError, match=message):
        importer(data=(SAMPLES / sample).read_bytes())

    assert len(before) == 29 + 19
    assert snapshot() == before


# --- Management commands ----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("command", "path", "line"),
    [
        ("import_ecb_rates", ECB_DAILY, "ECB: 29 rates for 2026-11-20 (29 new, 0 updated)"),
        (
            "import_vietcombank_rates",
            VIETCOMBANK,
            "Vietcombank: 20 rates for 2026-11-20 (20 new, 0 updated)",
        ),
    ],
)
def test_import_commands_read_a_file_and_print_one_line(command, path, line):
    out = StringIO()

    call_command(command, file=str(path), stdout=out)

    assert out.getvalue() == line + "\n"
    assert ExchangeRate.objects.count() == int(line.split()[1])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("command", "sample", "message"),
    [
        ("import_ecb_rates", "ecb-bad-rate.xml", "rate for USD on 2026-11-20 is 'abc'"),
        ("import_vietcombank_rates", "vietcombank-no-rates.xml", "no <Exrate>"),
        ("import_vietcombank_rates", "does-not-exist.xml", "cannot read .*does-not-exist"),
    ],
)
def test_import_commands_turn_errors_into_command_errors_and_write_nothing(
    command, sample, message
):
    with pytest.raises(CommandError, match=message):
        call_command(command, file=str(SAMPLES / sample), stdout=StringIO())

    assert ExchangeRate.objects.count() == 0


def test_import_commands_refuse_file_and_url_together():
    with pytest.raises(CommandError, match="either --file or --url"):
        call_command("import_ecb_rates", file=str(ECB_DAILY), url="http://127.0.0.1/x")


# --- Downloading ------------------------------------------------------------------------


@pytest.fixture
def rate_server(monkeypatch):
    """A throwaway HTTP server on 127.0.0.1 serving the sample files; no real network."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    pages = {
        "/eurofxref-daily.xml": ECB_DAILY.read_bytes(),
        "/vietcombank.xml": VIETCOMBANK.read_bytes(),
        "/huge.xml": b" " * (RATES_MAX_BYTES + 1),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/to-file":
                self.send_response(302)
                self.send_header("Location", f"file://{ECB_DAILY}")
                self.end_headers()
            elif self.path in pages:
                self.send_response(200)
                self.send_header("Content-Length", str(len(pages[self.path])))
                self.end_headers()
                self.wfile.write(pages[self.path])
            else:
                self.send_error(404)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_rates_fetch_returns_the_served_bytes(rate_server):
    data = rates_fetch(url=f"{rate_server}/eurofxref-daily.xml", timeout=5)

    assert data == ECB_DAILY.read_bytes()


def test_rates_fetch_turns_a_404_into_a_rate_import_error(rate_server):
    with pytest.raises(RateImportError, match="could not download .*HTTP 404"):
        rates_fetch(url=f"{rate_server}/missing.xml", timeout=5)


def test_rates_fetch_refuses_a_file_larger_than_the_cap(rate_server):
    with pytest.raises(RateImportError, match=f"larger than {RATES_MAX_BYTES} bytes"):
        rates_fetch(url=f"{rate_server}/huge.xml", timeout=5)


def test_rates_fetch_does_not_follow_a_redirect_to_a_local_file(rate_server):
    with pytest.raises(RateImportError, match="could not download"):
        rates_fetch(url=f"{rate_server}/to-file", timeout=5)


@pytest.mark.parametrize("url", [f"file://{ECB_DAILY}", "ftp://127.0.0.1/rates.xml", "rates.xml"])
def test_rates_fetch_refuses_anything_but_http_and_https(url):
    with pytest.raises(RateImportError, match="only http and https are allowed"):
        rates_fetch(url=url)


def test_rates_fetch_reports_a_refused_connection():
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    with pytest.raises(RateImportError, match=f"could not download http://127.0.0.1:{port}/"):
        rates_fetch(url=f"http://127.0.0.1:{port}/eurofxref-daily.xml", timeout=5)


@pytest.mark.django_db
def test_import_command_downloads_from_the_settings_url_by_default(rate_server, settings):
    settings.LANGNGHE_VIETCOMBANK_URL = f"{rate_server}/vietcombank.xml"
    out = StringIO()

    call_command("import_vietcombank_rates", stdout=out)

    assert out.getvalue().startswith("Vietcombank: 20 rates for 2026-11-20")
    assert stored("USD", "VND", NOV_20, "vietcombank") == Decimal("26200.00")


@pytest.mark.django_db
def test_import_command_reports_a_failed_download_as_a_command_error(rate_server):
    with pytest.raises(CommandError, match="HTTP 404"):
        call_command("import_ecb_rates", url=f"{rate_server}/gone.xml", stdout=StringIO())

    assert ExchangeRate.objects.count() == 0


# --- rates that move too far (a misplaced separator) ----------------------------------------


@pytest.mark.django_db
def test_an_ecb_file_with_a_rate_off_by_1000_is_refused_whole():
    with pytest.raises(RateJumpError) as refused:
        rates_import_ecb(data=(SAMPLES / "ecb-x1000.xml").read_bytes())
    message = str(refused.value)
    assert "EUR→USD 2026-11-20: 1.1534 → 1155.2" in message
    assert "EUR→JPY 2026-11-20" in message and "--confirm" in message
    assert {(j.base, j.quote) for j in refused.value.jumps} == {("EUR", "USD"), ("EUR", "JPY")}
    assert not ExchangeRate.objects.exists()


@pytest.mark.django_db
def test_staff_may_confirm_a_large_move():
    rates_import_ecb(data=(SAMPLES / "ecb-x1000.xml").read_bytes(), confirm=True)
    assert stored("EUR", "USD", NOV_20, "ecb") == Decimal("1155.2")


@pytest.mark.django_db
def test_a_vietcombank_rate_with_a_vietnamese_separator_is_refused_against_the_day_before():
    rates_import_vietcombank(data=(SAMPLES / "vietcombank-2026-11-19.xml").read_bytes())
    before = snapshot()
    out, err = StringIO(), StringIO()
    path = str(SAMPLES / "vietcombank-2026-11-20-separator.xml")
    with pytest.raises(CommandError, match=r"USD→VND 2026-11-20: 26185 → 26\.185"):
        call_command("import_vietcombank_rates", "--file", path, stdout=out, stderr=err)
    assert snapshot() == before
    call_command("import_vietcombank_rates", "--file", path, "--confirm", stdout=out)
    assert stored("USD", "VND", NOV_20, "vietcombank") == Decimal("26.185")


@pytest.mark.django_db
def test_the_first_rate_of_a_pair_is_imported_and_the_limit_is_a_setting(settings):
    rates_import_vietcombank(data=vietcombank_xml(when="11/19/2026 8:15:00 AM"))  # nothing before
    settings.LANGNGHE_RATE_MAX_CHANGE = "0.0001"  # one basis point: a 0.4 % move is "large"
    with pytest.raises(RateJumpError):
        rates_import_vietcombank(data=vietcombank_xml(transfer="26,300.00"))
    settings.LANGNGHE_RATE_MAX_CHANGE = "0.25"
    rates_import_vietcombank(data=vietcombank_xml(transfer="26,300.00"))
    assert stored("USD", "VND", NOV_20, "vietcombank") == Decimal("26300.00")
