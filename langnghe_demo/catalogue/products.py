"""The demo catalogue's products, gathered from the per-craft data files in display order."""

from langnghe_demo.catalogue import products_crafts, products_food, products_herbal

PRODUCTS: list[dict] = [
    *products_crafts.PRODUCTS,
    *products_food.PRODUCTS,
    *products_herbal.PRODUCTS,
]
