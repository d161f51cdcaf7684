from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction

        from cms import checks  # noqa: F401  (registers the page cache's checks)
        from cms.invalidation import invalidation_signals_connect
        from cms.routing import view_restrictions_changed
        from cms.search import search_signals_connect

        invalidation_signals_connect()
        search_signals_connect()
        for signal in (post_save, post_delete):
            signal.connect(
                view_restrictions_changed,
                sender=PageViewRestriction,
                dispatch_uid="view_restrictions_cache",
            )
