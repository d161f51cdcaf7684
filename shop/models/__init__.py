"""Shop models: producers, catalogue, markets & rates, inventory, orders.

Rules that act on these models live in the modules named after the rule (`shop/money.py`,
`shop/pricing.py`, `shop/inventory.py`); the models only hold data and data-level constraints.
"""

from shop.models.catalogue import Category, Product, ProductImage, ProductVariant
from shop.models.fulfilment import Carrier, Shipment, ShipmentLine
from shop.models.inventory import Allocation, Reservation, Stock, Warehouse
from shop.models.markets import ExchangeRate, Market, MarketPrice
from shop.models.orders import Order, OrderDocument, OrderEvent, OrderLine, OrderStatus
from shop.models.producers import Producer

__all__ = [
    "Allocation",
    "Carrier",
    "Category",
    "ExchangeRate",
    "Market",
    "MarketPrice",
    "Order",
    "OrderDocument",
    "OrderEvent",
    "OrderLine",
    "OrderStatus",
    "Producer",
    "Product",
    "ProductImage",
    "ProductVariant",
    "Reservation",
    "Shipment",
    "ShipmentLine",
    "Stock",
    "Warehouse",
]
