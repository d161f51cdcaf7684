"""Demo logins: an administrator and an artisan of the Bát Tràng co-operative.

Passwords are never stored here: the loader generates one on first creation (or takes it from the
environment variable named below) and prints it.
"""

from langnghe_demo.catalogue import producers as p

ADMIN = {
    "username": "admin",
    "email": "admin@langnghe.example",
    "first_name": "Quản trị",
    "last_name": "Langnghe",
    "password_env": "LANGNGHE_DEMO_ADMIN_PASSWORD",
}

ARTISAN = {
    "username": "nghenhan",
    "email": "nghenhan@langnghe.example",
    "first_name": "Thu Hằng",
    "last_name": "Nguyễn",
    "password_env": "LANGNGHE_DEMO_ARTISAN_PASSWORD",
    # Producers whose pages and products this artisan may edit.
    "producers": [p.BAT_TRANG],
}
