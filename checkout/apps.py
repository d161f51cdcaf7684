from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _cart_keep_on_login(sender, request, user, **kwargs) -> None:
    """A cart filled before signing in stays the shopper's cart afterwards."""
    from checkout.cart import cart_attach_user, cart_get

    cart = cart_get(request=request) if hasattr(request, "session") else None
    if cart is not None and cart.ordered_at is None and cart.user_id in (None, user.pk):
        cart_attach_user(cart=cart, user=user)


class CheckoutConfig(AppConfig):
    name = "checkout"
    verbose_name = _("Checkout")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        import checkout.checks  # noqa: F401 (registers the deployment checks)
        from checkout.addresses import address_data_cache_install
        from checkout.cache import rules_signals_connect
        from checkout.emails import order_paid_notify, order_updated_notify
        from checkout.privacy import cart_forget_for_order
        from shop.signals import order_anonymised, order_paid, order_updated

        address_data_cache_install()
        rules_signals_connect()
        user_logged_in.connect(_cart_keep_on_login, dispatch_uid="checkout_cart_login")
        order_paid.connect(order_paid_notify, dispatch_uid="checkout_order_paid_email")
        order_updated.connect(order_updated_notify, dispatch_uid="checkout_order_updated_email")
        order_anonymised.connect(cart_forget_for_order, dispatch_uid="checkout_cart_forget")
