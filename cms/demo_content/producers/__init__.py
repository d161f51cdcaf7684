"""Producer pages, one module per group of producers; `cms.demo_content` merges them."""
