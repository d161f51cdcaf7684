"""Small helpers the apps share (shop is the app every other one may import)."""
