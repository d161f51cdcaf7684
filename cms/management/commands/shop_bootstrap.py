from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page

from cms.bootstrap import page_lookup, shop_home_ensure
from shop.bootstrap import shop_bootstrap


class Command(BaseCommand):
    help = (
        "Set up an empty shop for a real cooperative: one market, one warehouse and the shop's "
        "home page (published) under --parent. Safe to run again: what exists is kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--parent",
            required=True,
            help="The page (id, or URL path such as /home/) the shop's home page goes under.",
        )
        parser.add_argument("--market-name", default="Main market", help="The market's name.")
        parser.add_argument(
            "--currency", default="USD", help="The market's currency (ISO 4217). Default: USD."
        )
        parser.add_argument(
            "--countries",
            default="",
            help="Comma-separated ISO country codes the market sells to, e.g. VN,JP. "
            "Default: none (the market serves every country no other market covers).",
        )
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="The market's and the shop page's language. Default: LANGUAGE_CODE.",
        )
        parser.add_argument(
            "--warehouse-name", default="Main warehouse", help="The warehouse's name."
        )

    def handle(self, *args, **options):
        try:
            parent = page_lookup(options["parent"])
        except Page.DoesNotExist as error:
            raise CommandError(f"--parent {options['parent']}: no such page.") from error
        try:
            with transaction.atomic():
                made = shop_bootstrap(
                    market_name=options["market_name"],
                    currency=options["currency"],
                    countries=options["countries"].split(","),
                    language=options["language"],
                    warehouse_name=options["warehouse_name"],
                )
                home, home_created = shop_home_ensure(parent=parent, language=options["language"])
        except ValidationError as error:
            raise CommandError(" ".join(_messages(error))) from error

        def state(created: bool) -> str:
            return "created" if created else "already there"

        self.stdout.write(f"Market {made.market}: {state(made.market_created)}")
        self.stdout.write(f"Warehouse {made.warehouse}: {state(made.warehouse_created)}")
        self.stdout.write(f"Shop page {home.url_path}: {state(home_created)}")


def _messages(error: ValidationError) -> list[str]:
    if hasattr(error, "error_dict"):
        return [f"{field}: {m}" for field, ms in error.message_dict.items() for m in ms]
    return list(error.messages)
