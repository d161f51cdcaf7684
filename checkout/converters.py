"""URL converters: an order's bearer token is matched by its alphabet and length in the URL,
so a NUL byte or any other junk is a 404 before the database sees it."""

from django.urls import register_converter


class TokenConverter:
    """`secrets.token_urlsafe` output (orders and carts use 24 bytes: 32 characters)."""

    regex = r"[A-Za-z0-9_-]{16,64}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(TokenConverter, "token")
