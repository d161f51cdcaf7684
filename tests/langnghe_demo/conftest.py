import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """`load_demo` draws its images into MEDIA_ROOT: a temporary one, not the project's."""
    settings.MEDIA_ROOT = tmp_path / "media"
