"""Checkout views: thin — they read the request, call checkout services and render."""
