from django.core.management.base import BaseCommand

from shop.demo.loader import demo_load


class Command(BaseCommand):
    help = (
        "Load the demo shop (OCOP producers, products, stock, markets, sample exchange rates, "
        "groups, an admin and an artisan login). Safe to run again: it changes nothing the "
        "second time, and keeps existing passwords unless --reset-passwords is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the demo users new passwords and print them.",
        )

    def handle(self, *args, **options):
        demo_load(stdout=self.stdout, reset_passwords=options["reset_passwords"])
