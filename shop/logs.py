"""Logs never hold a bearer link or what staff searched for.

An order-status or pay link (`/order/<token>/`) opens someone's order without a login, so a log
line with it is a key to that order; a search term can be a shopper's name or email. The filter
keeps the first six characters of a token and drops search terms from every record it sees
(Django's request and server logs, gunicorn's access log: docs/operations.md)."""

from __future__ import annotations

import logging
import re

TOKEN_IN_PATH = re.compile(r"(/(?:order|pay|dummy|return)/)([A-Za-z0-9_-]{6})[A-Za-z0-9_%-]+")
SEARCH_TERM = re.compile(r"([?&](?:q|email|search)=)[^&\s\"']*", re.IGNORECASE)


def log_text_redact(text: str) -> str:
    """`text` with bearer tokens shortened and search terms removed."""
    return SEARCH_TERM.sub(r"\1…", TOKEN_IN_PATH.sub(r"\1\2…", text))


class RedactFilter(logging.Filter):
    """Rewrite each record's message and string arguments with `log_text_redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = log_text_redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                log_text_redact(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        elif isinstance(record.args, dict):
            record.args = {
                key: log_text_redact(value) if isinstance(value, str) else value
                for key, value in record.args.items()
            }
        return True
