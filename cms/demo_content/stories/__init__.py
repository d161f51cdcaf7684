"""Product stories, one module per product group; `cms.demo_content` merges them into STORIES."""
