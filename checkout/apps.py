from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CheckoutConfig(AppConfig):
    name = "checkout"
    verbose_name = _("Checkout")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from checkout.demo.duties import step_duties
        from checkout.demo.shipping import step_shipping
        from shop.demo.loader import DEMO_STEPS, DemoStep

        # Shipping and duty rules join the demo after the catalogue and markets they refer to.
        for name, step in (("shipping", step_shipping), ("duties", step_duties)):
            if not any(existing.name == name for existing in DEMO_STEPS):
                DEMO_STEPS.append(DemoStep(name, step))
