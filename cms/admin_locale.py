"""Where the Vietnamese of Wagtail's admin that Langnghe ships lives (cms/locale).

Django finds its messages for templates and Python through the installed `cms` app. The admin's
scripts (Wagtail's and wagtail-localize's JavaScript catalogues) are only looked up in their own
packages and in LOCALE_PATHS, so a host adds this folder there (docs/integration.md):

    from cms.admin_locale import ADMIN_LOCALE_DIR
    LOCALE_PATHS = [..., ADMIN_LOCALE_DIR]

Importable from settings: it imports nothing of Django's.
"""

from pathlib import Path

ADMIN_LOCALE_DIR = Path(__file__).resolve().parent / "locale"
