"""Langnghe's demo shop as data: catalogue, rules and pages, and the `load_demo` command.

Part of the reference project, not of the wheel: the apps (shop, checkout, cms) never import it.
"""
