"""Compiles the translation catalogues into the wheel.

`locale/` (the .po files) is the source; the wheel carries the compiled catalogues inside the
`shop` app (`shop/locale/`), where Django finds them for every installed app without the host
editing LOCALE_PATHS. The catalogue holds the storefront's and checkout's strings as well: one
catalogue, found through the app every other Langnghe app depends on.

`cms/locale/` holds the Vietnamese of Wagtail's admin screens that Wagtail itself leaves
untranslated (docs/decisions.md); it is compiled in place in the wheel (`cms/locale/`).
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCE = Path(__file__).parent / "locale"


class BuildPyWithCatalogues(build_py):
    """build_py that also writes `shop/locale/<lang>/LC_MESSAGES/django.mo` from `locale/`."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads locale/ through the project's LOCALE_PATHS
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        catalogues = [
            (po, Path("shop") / "locale" / po.relative_to(SOURCE))
            for po in sorted(SOURCE.glob("*/LC_MESSAGES/django.po"))
        ]
        admin = Path(__file__).parent / "cms" / "locale"
        catalogues += [
            (po, Path("cms") / "locale" / po.relative_to(admin))
            for po in sorted(admin.glob("*/LC_MESSAGES/*.po"))
        ]
        for po_path, relative in catalogues:
            target = Path(self.build_lib) / relative.with_suffix(".mo")
            target.parent.mkdir(parents=True, exist_ok=True)
            with po_path.open("rb") as source:
                catalog = read_po(source, locale=po_path.parts[-3], domain=po_path.stem)
            with target.open("wb") as out:
                write_mo(out, catalog, use_fuzzy=True)


setup(cmdclass={"build_py": BuildPyWithCatalogues})
