"""News articles, one module each; `langnghe_demo.content` lists them in ARTICLES."""
