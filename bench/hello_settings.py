"""The project's settings and middleware stack with a one-view URLconf: the hello-world baseline
the storefront benchmark compares pages against."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.hello_urls"
