"""A password validator: no password close to the shop's own name (an attacker's first guess)."""

from __future__ import annotations

import contextlib
from difflib import SequenceMatcher

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.utils.translation import gettext as _

LOCAL_HOSTS = frozenset({"localhost", "testserver"})


class SiteNameSimilarityValidator:
    """Refuse passwords similar to the site's names: WAGTAIL_SITE_NAME, the shop's brand
    "Langnghe", each Wagtail site's name and host name, and `extra_names`. Similarity as in
    Django's UserAttributeSimilarityValidator (a ratio of at least `max_similarity`, or the
    name inside the password)."""

    def __init__(self, max_similarity: float = 0.7, extra_names: tuple[str, ...] = ()) -> None:
        self.max_similarity = max_similarity
        self.extra_names = extra_names

    def _names(self) -> set[str]:
        names = {getattr(settings, "WAGTAIL_SITE_NAME", ""), "langnghe", *self.extra_names}
        from wagtail.models import Site

        with contextlib.suppress(DatabaseError):  # before migrations: no sites to compare
            for site_name, hostname in Site.objects.values_list("site_name", "hostname"):
                names.add(site_name)
                if hostname not in LOCAL_HOSTS and not hostname.replace(".", "").isdigit():
                    names.update({hostname, hostname.split(".")[0]})
        return {name.lower() for name in names if name and len(name) >= 3}

    def validate(self, password: str, user=None) -> None:
        lowered = password.lower()
        for name in self._names():
            similar = SequenceMatcher(a=lowered, b=name).quick_ratio() >= self.max_similarity
            if name in lowered or (
                similar and SequenceMatcher(a=lowered, b=name).ratio() >= self.max_similarity
            ):
                raise ValidationError(
                    _("The password is too similar to the name of the shop."),
                    code="password_too_similar",
                )

    def get_help_text(self) -> str:
        return _("Your password can’t be similar to the name of the shop.")
