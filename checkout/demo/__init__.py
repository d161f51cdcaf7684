"""Demo data of the checkout: shipping zones and methods, duty rules, export restrictions."""
