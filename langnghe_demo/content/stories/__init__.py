"""Product stories, one module per product group; `langnghe_demo.content` merges them."""
