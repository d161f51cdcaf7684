from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from cms.bootstrap import page_lookup
from langnghe_demo.loader import demo_load


class Command(BaseCommand):
    help = (
        "Load the demo shop (OCOP producers, products, stock, markets, sample exchange rates, "
        "shipping and duty rules, groups, an admin and an artisan login, and the page tree). "
        "The demo home goes under --parent (default: the tree's root) and no existing Site is "
        "changed unless --as-default-site is given. Safe to run again: it changes nothing the "
        "second time, and keeps existing passwords unless --reset-passwords is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the demo users new passwords and print them.",
        )
        parser.add_argument(
            "--parent",
            help="The page (id, or URL path such as /home/) the demo home page goes under. "
            "Default: the tree's root.",
        )
        parser.add_argument(
            "--as-default-site",
            action="store_true",
            help="Make the demo home the default Site's root page, so the demo serves at /.",
        )
        parser.add_argument(
            "--languages",
            help="Comma-separated language codes to load pages in (the site's default language "
            "is always loaded), e.g. vi,en,ja for a quicker demo. Default: every language of "
            "LANGUAGES that the demo content is written in.",
        )

    def handle(self, *args, **options):
        parent = None
        if options["parent"]:
            try:
                parent = page_lookup(options["parent"])
            except Page.DoesNotExist as error:
                raise CommandError(f"--parent {options['parent']}: no such page.") from error
        demo_load(
            stdout=self.stdout,
            reset_passwords=options["reset_passwords"],
            parent=parent,
            as_default_site=options["as_default_site"],
            languages=_languages(options["languages"]),
        )


def _languages(value: str | None) -> list[str] | None:
    if not value:
        return None
    codes = [code.strip().lower() for code in value.split(",") if code.strip()]
    known = {code for code, _name in settings.LANGUAGES}
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise CommandError(f"--languages: not in LANGUAGES: {', '.join(unknown)}.")
    return codes
