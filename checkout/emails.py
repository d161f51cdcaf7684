"""The emails a shopper gets about their order (the confirmation, then one per step after the
sale: shipped, refunded, cancelled, payment failed, waiting for a document), in the order's
language, each sent by a background task."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from checkout.addresses import address_lines
from checkout.notices import EMAILED, event_notice, order_link
from shop.branding import shop_name
from shop.models import Order, OrderEvent, OrderLine
from shop.money import Money, babel_locale, money_format, number_format
from shop.orders import order_get_with_lines, order_time_zone
from shop.timezones import datetime_text


def order_confirmation_message(
    *, order: Order, lines: list[OrderLine] | None = None
) -> EmailMultiAlternatives:
    """Build the confirmation (text and HTML) in the language the order was placed in.
    `lines`: the order's lines when the caller has read them."""
    language = order.language or settings.LANGUAGE_CODE
    with translation.override(language):
        locale = babel_locale(language)

        def fmt(amount) -> str:
            return money_format(Money(amount, order.currency), locale=locale)

        context = {
            "order": order,
            "lines": [
                (
                    line.product_name,
                    number_format(line.quantity, locale=locale),
                    fmt(line.unit_price * line.quantity),
                )
                for line in (order.lines.all() if lines is None else lines)
            ],
            "subtotal": fmt(order.subtotal),
            "shipping": fmt(order.shipping_price),
            "duties": fmt(order.duties) if order.duties else "",
            "duties_collected": order.duties_mode == "DDP",
            "total": fmt(order.total),
            "address": address_lines(address=order.shipping_address, language=language),
            # In the shopper's time zone, named: the email is read far from the shop.
            "paid_on": datetime_text(
                value=order.paid_at or order.created_at,
                time_zone=order_time_zone(order=order),
                language=language,
            ),
            "url": order_link(order=order),
        }
        subject = _("Your %(shop)s order %(number)s") % {
            "shop": shop_name(),
            "number": order.reference,
        }
        return _message(order=order, subject=subject, template="confirmation", context=context)


def _message(*, order: Order, subject: str, template: str, context: dict) -> EmailMultiAlternatives:
    """Text and HTML from checkout/email/<template>.txt/.html, to the order's address."""
    text = render_to_string(f"checkout/email/{template}.txt", context)
    html = render_to_string(f"checkout/email/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [order.email])
    message.attach_alternative(html, "text/html")
    return message


@task()
def order_confirmation_email_task(order_id: int) -> None:
    """Send the confirmation of a paid order (a task: mail servers are slow and may fail)."""
    order, lines = order_get_with_lines(pk=order_id)
    if order is None:
        raise Order.DoesNotExist(f"Order {order_id} is gone.")
    if order.email:
        order_confirmation_message(order=order, lines=lines).send()


def order_paid_notify(sender, order: Order, **kwargs) -> None:
    """shop.signals.order_paid → queue the confirmation email."""
    order_confirmation_email_task.enqueue(order.pk)


def order_update_message(*, event: OrderEvent) -> EmailMultiAlternatives | None:
    """The email telling the shopper of `event` in the order's language (None when the event is
    not one the shopper hears of)."""
    order = event.order
    language = order.language or settings.LANGUAGE_CODE
    with translation.override(language):
        shipment = None
        if event.kind == "fulfilled":
            shipment = (
                order.shipments.select_related("carrier")
                .filter(pk=(event.data or {}).get("shipment"))
                .first()
            )
        notice = event_notice(event=event, order=order, shipment=shipment)
        if notice is None:
            return None
        context = {
            "order": order,
            "notice": notice,
            "url": order_link(order=order),
        }
        subject = _("Your %(shop)s order %(number)s: %(step)s") % {
            "shop": shop_name(),
            "number": order.reference,
            "step": notice.title,
        }
        return _message(order=order, subject=subject, template="update", context=context)


@task()
def order_update_email_task(event_id: int) -> None:
    """Send the email for one step of an order after the sale (a task, as the confirmation)."""
    event = OrderEvent.objects.select_related("order").filter(pk=event_id).first()
    if event is None:
        raise OrderEvent.DoesNotExist(f"Order event {event_id} is gone.")
    message = order_update_message(event=event) if event.order.email else None
    if message is not None:
        message.send()


def order_updated_notify(sender, order: Order, event: OrderEvent, **kwargs) -> None:
    """shop.signals.order_updated → queue the email for the steps the shopper hears of."""
    if event.kind in EMAILED and order.email:
        order_update_email_task.enqueue(event.pk)
