from django.core.management.base import BaseCommand

from cms.search import search_rebuild


class Command(BaseCommand):
    help = (
        "Write the search documents of every live product story, producer, listing and article "
        "page again (publishing keeps them up to date; run this once after installing or "
        "upgrading, or after changing pages outside Wagtail). Safe to run again."
    )

    def handle(self, *args, **options):
        counts = search_rebuild()
        self.stdout.write(", ".join(f"{count} {outcome}" for outcome, count in counts.items()))
