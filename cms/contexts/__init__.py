"""Context builders for the page types' `get_context` (cms/models.py imports them; they never
import the page models, so the two never form a cycle)."""
