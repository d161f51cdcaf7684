"""Producer pages, one module per group of producers; `langnghe_demo.content` merges them."""
