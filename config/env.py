"""Typed readers for settings taken from the environment."""

import os
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name) or default
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from exc


def env_int_or_off(name: str, default: int) -> int | None:
    """A whole number, or None when the variable says `off`."""
    if (os.environ.get(name) or "").strip().lower() == "off":
        return None
    return env_int(name, default)


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def csp_origins(*urls: str) -> list[str]:
    """The origins (scheme://host[:port]) of absolute URLs, for CSP source lists; relative or
    empty URLs add nothing (they are 'self')."""
    origins = []
    for url in urls:
        if url.startswith("https://*."):
            origins.append(url.rstrip("/"))
            continue
        parts = urlsplit(url)
        if parts.scheme and parts.netloc and f"{parts.scheme}://{parts.netloc}" not in origins:
            origins.append(f"{parts.scheme}://{parts.netloc}")
    return origins


EMAIL_SCHEMES = {"smtp": (False, False), "smtp+tls": (True, False), "smtps": (False, True)}


def env_email_url(url: str) -> dict[str, object]:
    """Django's SMTP settings from one URL: smtp://user:password@host:587?tls=true, or the
    smtp+tls:// and smtps:// (SSL) schemes. User and password may be percent-encoded."""
    parts = urlsplit(url)
    if parts.scheme not in EMAIL_SCHEMES or not parts.hostname:
        raise ImproperlyConfigured(
            "EMAIL_URL must look like smtp://user:password@host:587?tls=true "
            "(or smtp+tls://, smtps://)."
        )
    use_tls, use_ssl = EMAIL_SCHEMES[parts.scheme]
    options = dict(parse_qsl(parts.query))
    use_tls = use_tls or options.get("tls", "").lower() in {"1", "true", "yes"}
    use_ssl = use_ssl or options.get("ssl", "").lower() in {"1", "true", "yes"}
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or (465 if use_ssl else 587 if use_tls else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }
