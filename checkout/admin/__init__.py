"""Staff's order views in the Wagtail admin: they act through checkout's payment services."""
