"""The demo catalogue as data (producers, products, stock, markets, users, sample rates) and the
steps that load it (`langnghe_demo.catalogue.steps`)."""
