from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    name = "shop"
    verbose_name = _("Shop")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.models import Site

        from shop import checks  # noqa: F401  (registers the shared-cache and private-files checks)
        from shop.branding import sites_cache_clear
        from shop.collections import producer_editors_changed, producer_saved
        from shop.markets import markets_cache_clear
        from shop.models import ExchangeRate, Market, MarketPrice, Producer
        from shop.pricing import prices_cache_clear, rates_cache_clear

        for signal in (post_save, post_delete):
            signal.connect(markets_cache_clear, sender=Market, dispatch_uid="markets_cache")
            signal.connect(rates_cache_clear, sender=ExchangeRate, dispatch_uid="rates_cache")
            signal.connect(sites_cache_clear, sender=Site, dispatch_uid="sites_cache")
            # A market's currency decides what its explicit prices mean.
            for sender in (Market, MarketPrice):
                signal.connect(
                    prices_cache_clear, sender=sender, dispatch_uid=f"prices_{sender.__name__}"
                )
        post_save.connect(producer_saved, sender=Producer, dispatch_uid="producer_collection")
        m2m_changed.connect(
            producer_editors_changed,
            sender=Producer.editors.through,
            dispatch_uid="producer_files_group",
        )
