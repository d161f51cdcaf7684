"""Background tasks (django-tasks): run immediately by default, by a worker in production."""

from django_tasks import task

from checkout.privacy import carts_purge
from shop.orders import orders_expire_due


@task()
def orders_expire_task() -> int:
    """Expire unpaid orders whose time is up, releasing their stock; how many expired."""
    return orders_expire_due()


@task()
def carts_purge_task() -> int:
    """Delete carts past their retention period; how many were deleted."""
    return carts_purge()
