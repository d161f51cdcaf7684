from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LangngheDemoConfig(AppConfig):
    name = "langnghe_demo"
    label = "langnghe_demo"
    verbose_name = _("Demo data")
    default_auto_field = "django.db.models.BigAutoField"
