from django.core.management.base import BaseCommand, CommandError

from checkout.privacy import cart_retention_days, carts_purge, webhook_payloads_purge


class Command(BaseCommand):
    help = (
        "Delete carts (emails, addresses, customs IDs) untouched for LANGNGHE_CART_RETENTION_DAYS, "
        "and empty payment events' bodies after LANGNGHE_WEBHOOK_RETENTION_DAYS. "
        "Production runs this daily (e.g. cron: 15 3 * * * manage.py purge_carts) or enqueues "
        "checkout.tasks.carts_purge_task on a tasks worker."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--days", type=int, default=None, help="Override the retention period (days)."
        )

    def handle(self, *args, days: int | None = None, **options) -> None:
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1.")
        count = carts_purge(days=days)
        kept = cart_retention_days() if days is None else days
        self.stdout.write(f"{count} cart(s) older than {kept} day(s) deleted.")
        emptied = webhook_payloads_purge()
        self.stdout.write(f"{emptied} old payment event body(ies) emptied.")
