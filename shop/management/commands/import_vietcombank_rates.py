"""Import Vietcombank's VND rates at its transfer buying rate (1 currency = x VND)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shop import rates
from shop.conf import langnghe_setting


class Command(BaseCommand):
    help = "Import Vietcombank VND rates from a file or a URL (default: LANGNGHE_VIETCOMBANK_URL)."

    def add_arguments(self, parser):
        origin = parser.add_mutually_exclusive_group()
        origin.add_argument("--file", help="path of a saved Vietcombank ExrateList XML file")
        origin.add_argument(
            "--url", help="URL to download instead of the LANGNGHE_VIETCOMBANK_URL setting"
        )
        parser.add_argument(
            "--confirm",
            action="store_true",
            help="import rates that moved more than LANGNGHE_RATE_MAX_CHANGE from the day before",
        )

    def handle(self, *args, file=None, url=None, confirm=False, **options):
        # call_command() skips argparse's exclusivity check, so repeat it here.
        if file and url:
            raise CommandError("use either --file or --url, not both")
        try:
            result = rates.rates_import_vietcombank(
                data=self._read(file=file, url=url), confirm=confirm
            )
        except rates.RateImportError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(result.summary())

    def _read(self, *, file: str | None, url: str | None) -> bytes:
        if not file:
            return rates.rates_fetch(url=url or langnghe_setting("LANGNGHE_VIETCOMBANK_URL"))
        try:
            return Path(file).read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read {file}: {exc.strerror}") from exc
