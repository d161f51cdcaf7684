"""Demo checkout rules: shipping zones and methods, duty rules, export restrictions."""
