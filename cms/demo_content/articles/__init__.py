"""News articles, one module each; `cms.demo_content` lists them in ARTICLES."""
