"""The storefront benchmark's visitors, over HTTP to 127.0.0.1 as a browser would come.

- a first visit: no cookies (the page cache answers);
- a shopper with a cart: added a product (the buy box's POST) and sends the session cookie and
  every other cookie the shop set back on each request (pages are served live);
- right after an order: a guest checks out and pays with the dummy gateway (untimed), then the
  first request to each of three pages is timed: the ordered product's story, the listing and
  another product's story.

`Browser` keeps the cookies; `shopper` makes a shopper with a cart; `guest_checkout` buys one
item; `orders_then_pages` runs the after-order rounds. Used by `bench/storefront.py`.
"""

from __future__ import annotations

import html
import http.client
import re
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie

from bench import BenchError
from tests.checkout.flow import US_ADDRESS

HOST = "127.0.0.1"
HEADERS = {"Accept-Language": "en", "Accept": "text/html", "User-Agent": "langnghe-bench"}
TIMEOUT = 30.0
SESSION_COOKIE = "sessionid"
CACHE_HEADER = "X-Langnghe-Cache"  # "hit" when cms.middleware answered from the page cache

CART_ADD_PATH = "/en/checkout/cart/add/"
CART_PATH = "/en/checkout/cart/"
ADDRESS_PATH = "/en/checkout/"
REVIEW_PATH = "/en/checkout/review/"
PLACE_PATH = "/en/checkout/place/"
DUMMY_PAY_PATH = "/en/checkout/payments/dummy/{token}/"
PAY_PATH = re.compile(r"/en/checkout/pay/([^/]+)/")

FIRST_VISIT = "first visit"
SHOPPER = "shopper with a cart"
AFTER_ORDER = "right after an order"
ORDERED, LISTING, OTHER = "story (ordered)", "listing", "story (other product)"


# --- a browser ---------------------------------------------------------------------------------


@dataclass
class Reply:
    method: str
    path: str
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    seconds: float  # connect, request and the whole response

    @property
    def text(self) -> str:
        return self.body.decode(errors="replace")

    @property
    def location(self) -> str:
        """The redirect's path and query (the shop answers with relative URLs)."""
        parts = urllib.parse.urlsplit(self.headers.get("Location", ""))
        return parts.path + (f"?{parts.query}" if parts.query else "")

    @property
    def cache_hit(self) -> bool:
        return self.headers.get(CACHE_HEADER) == "hit"


class Browser:
    """A visitor of one server: every request on a new connection (gunicorn's sync workers
    close it anyway), cookies kept as set and sent back (one host, so no domain or path rules),
    forms posted URL-encoded with the `Origin` header a browser adds."""

    def __init__(self, port: int, log: list[Reply] | None = None) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}
        self.log = log  # every reply, in order, when given

    def headers(self) -> dict[str, str]:
        """The headers of the next GET: the visitor's language, and its cookies."""
        if not self.cookies:
            return dict(HEADERS)
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        return {**HEADERS, "Cookie": cookie}

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def post(self, path: str, form: dict[str, str]) -> Reply:
        return self.request("POST", path, form)

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> Reply:
        headers, body = self.headers(), None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://{HOST}:{self.port}"
        conn = http.client.HTTPConnection(HOST, self.port, timeout=TIMEOUT)
        try:
            started = time.perf_counter()
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            content = response.read()
            seconds = time.perf_counter() - started
        except OSError as exc:
            raise BenchError(f"{method} {path}: {type(exc).__name__}: {exc}") from exc
        finally:
            conn.close()
        self._remember(response.msg.get_all("Set-Cookie") or [])
        reply = Reply(method, path, response.status, response.msg, content, seconds)
        if self.log is not None:
            self.log.append(reply)
        return reply

    def _remember(self, set_cookies: list[str]) -> None:
        for header in set_cookies:
            jar = SimpleCookie()
            try:
                jar.load(header)
            except CookieError:
                continue
            for name, morsel in jar.items():
                if morsel.value == "" or morsel["max-age"] == "0":  # how Django deletes one
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value


def expect(reply: Reply, status: int, what: str) -> Reply:
    """`reply` if it has `status`, else a BenchError saying what answered instead."""
    if reply.status != status:
        where = f" (→ {reply.location})" if reply.location else ""
        raise BenchError(
            f"{what}: {reply.method} {reply.path} answered {reply.status}{where}, not "
            f"{status}:\n{page_text(reply.text)[:1500]}"
        )
    return reply


def page_messages(markup: str) -> str:
    """The messages a page shows (a refusal, "added to your cart" …), else its text."""
    found = re.findall(r'(?s)<ul class="messages">(.*?)</ul>', markup)
    return page_text(" ".join(found)) if found else page_text(markup)[:1500]


def page_text(markup: str) -> str:
    """The visible text of a page, roughly (for error messages)."""
    markup = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", markup)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


# --- forms and buy boxes -----------------------------------------------------------------------


def inputs(markup: str, name: str) -> list[dict[str, str]]:
    """The attributes of every `<input name="…">` of that name, in page order (a bare
    attribute such as `checked` maps to "")."""
    found = []
    for tag in re.findall(rf'<input\b[^>]*\bname="{re.escape(name)}"[^>]*>', markup):
        bare = re.sub(r'="[^"]*"', "=", tag)  # what is left of a value is no attribute
        attributes = dict.fromkeys(re.findall(r"\s([\w-]+)(?=[\s>/])", bare), "")
        attributes.update(
            (key, html.unescape(value)) for key, value in re.findall(r'([\w-]+)="([^"]*)"', tag)
        )
        found.append(attributes)
    return found


def form_value(markup: str, name: str) -> str:
    """The value of the form's field `name`: the checked radio, else the first input."""
    fields = inputs(markup, name)
    checked = [field for field in fields if "checked" in field]
    return (checked or fields or [{}])[0].get("value", "")


@dataclass(frozen=True)
class Offer:
    """A variant one can order to the US from a product's story page."""

    path: str  # the product's story page
    sku: str
    units: int  # what its buy box lets one order take: min(free stock, the cart's limit)


def offers(markup: str, path: str) -> list[Offer]:
    """The story page's variants in stock (tracked, so an order moves stock) that ship to the
    buy box's country (the US for `Accept-Language: en`)."""
    return [
        Offer(path=path, sku=radio["value"], units=int(radio.get("data-max") or 0))
        for radio in inputs(markup, "variant")
        if radio.get("data-state") == "in_stock" and radio.get("data-shipping")
    ]


def story_for(port: int, product_id: int) -> str | None:
    """The English story page of a product, from its QR short URL's redirect."""
    reply = Browser(port).get(f"/en/q/{product_id}/")
    if reply.status in (301, 302) and reply.location:
        return urllib.parse.urlsplit(reply.location).path
    return None


def stories(port: int, *, first: int = 1, last: int = 60) -> Iterator[str]:
    for product_id in range(first, last + 1):
        path = story_for(port, product_id)
        if path:
            yield path


def order_plan(port: int, *, exclude: str, orders: int, products: int = 12) -> list[Offer]:
    """What each of `orders` orders buys: the variants of up to `products` story pages (not
    `exclude`), most stock first, each for as many orders as leave one unit on the shelf (so no
    variant sells out and changes its pages more than an order does)."""
    found: list[Offer] = []
    for count, path in enumerate((p for p in stories(port) if p != exclude), 1):
        found += offers(expect(Browser(port).get(path), 200, "a story page").text, path)
        if count == products:
            break
    found.sort(key=lambda offer: -offer.units)  # stable: the first product first among equals
    plan = [offer for offer in found for _ in range(offer.units - 1)][:orders]
    if len(plan) < orders:
        raise BenchError(
            f"the demo's first {products} products have stock for {len(plan)} orders to the US, "
            f"not {orders}: ask for fewer --orders"
        )
    return plan


# --- shoppers and orders -----------------------------------------------------------------------


def shopper(port: int, sku: str, log: list[Reply] | None = None) -> Browser:
    """A new visitor who put one `sku` in the cart (the buy box's form) and, as the redirect
    leads, opened the cart page (which shows, and so clears, the "added" message). `log`: where
    every reply of this visitor goes."""
    browser = Browser(port, log)
    added = browser.post(CART_ADD_PATH, {"variant": sku, "quantity": "1"})
    expect(added, 302, "add to cart")
    if added.location != CART_PATH:
        refused = browser.get(added.location)
        raise BenchError(f"adding {sku} to the cart was refused: {page_messages(refused.text)}")
    cart = expect(browser.get(CART_PATH), 200, "the cart page")
    if SESSION_COOKIE not in browser.cookies:
        raise BenchError(f"adding {sku} to the cart kept no session: {page_messages(cart.text)}")
    return browser


def guest_checkout(port: int, sku: str, log: list[Reply] | None = None) -> str:
    """A new guest buys one `sku`, shipped to the US address of the checkout tests, and pays
    with the dummy gateway, as a browser would (CSRF token from each form, `Origin` on each
    POST, every redirect followed, the confirmation page last); the order's token. `log`:
    where every reply goes (bench/checkout_http.py times them)."""
    guest = shopper(port, sku, log)
    page = guest.get(f"{ADDRESS_PATH}?country=US")
    if page.status == 302:  # back to the cart: no stock to hold (it says why)
        cart = guest.get(page.location)
        raise BenchError(f"checkout of {sku} refused (stock?): {page_messages(cart.text)}")
    expect(page, 200, f"the address page ({sku})")
    method = form_value(page.text, "method")
    if not method:
        raise BenchError(f"no shipping method to the US for {sku}:\n{page_text(page.text)[:1500]}")
    address = {**US_ADDRESS, "shown_country": "US", "method": method, **csrf(page)}
    sent = expect(guest.post(ADDRESS_PATH, address), 302, f"the address form ({sku})")
    review = expect(guest.get(sent.location), 200, f"the review page ({sku})")
    fingerprint = form_value(review.text, "fingerprint")
    if sent.location != REVIEW_PATH or not fingerprint:
        raise BenchError(f"the order cannot be placed ({sku}):\n{page_text(review.text)[:1500]}")
    placed = guest.post(PLACE_PATH, {"fingerprint": fingerprint, **csrf(review)})
    match = PAY_PATH.fullmatch(expect(placed, 302, f"place order ({sku})").location)
    if match is None:
        raise BenchError(f"placing the order ({sku}) led to {placed.location}, not the pay page")
    token = match[1]
    pay = expect(guest.get(placed.location), 200, "the pay page")
    paid = guest.post(DUMMY_PAY_PATH.format(token=token), {"outcome": "succeed", **csrf(pay)})
    if not expect(paid, 302, "the dummy payment").location.endswith(f"/order/{token}/"):
        raise BenchError(f"the dummy payment for {sku} led to {paid.location}, not the order")
    expect(guest.get(paid.location), 200, "the confirmation page")
    return token


def csrf(page: Reply) -> dict[str, str]:
    token = form_value(page.text, "csrfmiddlewaretoken")
    if not token:
        raise BenchError(f"{page.path} has no CSRF token in its form")
    return {"csrfmiddlewaretoken": token}


@dataclass(frozen=True)
class Sample:
    """One timed request: the first to its page after an order."""

    kind: str  # FIRST_VISIT or SHOPPER
    page: str  # ORDERED, LISTING or OTHER
    path: str
    seconds: float
    hit: bool  # answered from the page cache
    size: int


def orders_then_pages(
    port: int,
    *,
    plan: list[Offer],
    listing: str,
    other: str,
    cart_sku: str,
    deadline: float,
    warmup: int = 2,
) -> list[Sample]:
    """One round per planned order: the order (untimed), then one GET of each page by one
    visitor, the first request to it since the order. Visitors take turns by round: a first
    visitor (new, no cookies) on even rounds, one shopper with a cart (keeping its cookies)
    on odd ones; the pages come in a rotating order, so none is always the first after it.
    The first `warmup` rounds are not timed."""
    cart = shopper(port, cart_sku)
    samples = []
    for index, offer in enumerate(plan):
        if time.monotonic() > deadline:
            raise BenchError(f"the deadline passed after {index} of {len(plan)} orders")
        guest_checkout(port, offer.sku)
        number = index - warmup  # negative: a warm-up round
        kind = FIRST_VISIT if number % 2 == 0 else SHOPPER
        pages = [(ORDERED, offer.path), (LISTING, listing), (OTHER, other)]
        shift = number // 2 % len(pages)
        for page, path in pages[shift:] + pages[:shift]:
            visitor = Browser(port) if kind == FIRST_VISIT else cart
            reply = expect(visitor.get(path), 200, f"{page} after an order, {kind}")
            if number >= 0:
                size = len(reply.body)
                samples.append(Sample(kind, page, path, reply.seconds, reply.cache_hit, size))
    return samples
