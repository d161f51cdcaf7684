"""The shop's Wagtail admin: viewsets, forms and views, registered from `shop/wagtail_hooks.py`.

`catalogue` (producers, categories, products), `markets` (markets, prices, exchange rates) and
`inventory` (warehouses, stock, allocations, reservations) each define their viewsets;
`forms` and `views` hold what they share.
"""
