from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.demo import step_pages
        from shop.demo.loader import DEMO_STEPS, DemoStep

        # The shop app cannot know about pages; the page tree joins the demo as its last step.
        if not any(step.name == "pages" for step in DEMO_STEPS):
            DEMO_STEPS.append(DemoStep("pages", step_pages))
