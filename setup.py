"""Compiles the translation catalogues into the wheel.

`locale/` (the .po files) is the source; the wheel carries the compiled catalogues inside the
`shop` app (`shop/locale/`), where Django finds them for every installed app without the host
editing LOCALE_PATHS. The catalogue holds the storefront's and checkout's strings as well: one
catalogue, found through the app every other Langnghe app depends on.
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

        for po_path in sorted(SOURCE.glob("*/LC_MESSAGES/django.po")):
            relative = po_path.relative_to(SOURCE).with_suffix(".mo")
            target = Path(self.build_lib) / "shop" / "locale" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with po_path.open("rb") as source:
                catalog = read_po(source, locale=po_path.parts[-3])
            with target.open("wb") as out:
                write_mo(out, catalog, use_fuzzy=True)


setup(cmdclass={"build_py": BuildPyWithCatalogues})
