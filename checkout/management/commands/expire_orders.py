from django.core.management.base import BaseCommand

from shop.orders import orders_expire_due


class Command(BaseCommand):
    help = (
        "Expire unpaid orders past their expiry time and release their allocated stock. "
        "Production runs this every few minutes (e.g. cron: */5 * * * * manage.py "
        "expire_orders) or enqueues checkout.tasks.orders_expire_task on a tasks worker."
    )

    def handle(self, *args, **options) -> None:
        count = orders_expire_due()
        self.stdout.write(f"{count} order(s) expired.")
