"""Settings for the Langnghe reference project.

Every value comes from the environment with a safe development default; production differs only
by environment variables (DJANGO_ENV=production turns on the strict, `check --deploy`-clean mode).
"""

from pathlib import Path

import dj_database_url

from config.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION = env_str("DJANGO_ENV", "development") == "production"

DEBUG = env_bool("DEBUG", default=not PRODUCTION)
if PRODUCTION:
    SECRET_KEY = env_str("SECRET_KEY")
else:
    SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me-" + "x" * 32)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "shop",
    "cms",
    "checkout",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django_tasks",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# The page cache's two halves wrap every other middleware (as Django's cache middleware pair):
# the update half first, so it sees every cookie and header of the final response; the fetch
# half last, so a stored page flows out through all the others and gets the same headers as a
# page rendered now. New middlewares go between them (cms.checks says so if not).
MIDDLEWARE = [
    "cms.middleware.StorefrontCacheUpdateMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.StorefrontCacheFetchMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "config" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Django's stock widgets written in Python (the same HTML, a fraction of the time); see
# config/forms.py. A project that overrides django/forms/widgets/* templates drops this line.
FORM_RENDERER = "config.forms.FastWidgetRenderer"

# SQLite is the embedded default so `make demo` needs nothing running; DATABASE_URL points
# elsewhere (postgres://… in CI and production).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "config.cache.PooledRedisCache", "LOCATION": REDIS_URL}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Vietnamese first (artisans write in it), then the export markets' languages.
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("zh-hans", "简体中文"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Asia/Ho_Chi_Minh")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Langnghe <shop@localhost>")

# Wagtail
WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Langnghe")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "webp"}

# Shop
LANGNGHE_BASE_CURRENCY = env_str("LANGNGHE_BASE_CURRENCY", "VND")
LANGNGHE_RESERVATION_MINUTES = env_int("LANGNGHE_RESERVATION_MINUTES", 20)
# Headers a trusted proxy/CDN sets to the visitor's country (Cloudflare, CloudFront, custom).
LANGNGHE_COUNTRY_HEADERS = env_list(
    "LANGNGHE_COUNTRY_HEADERS", "HTTP_CF_IPCOUNTRY,HTTP_CLOUDFRONT_VIEWER_COUNTRY"
)
# Caches. Values a process keeps for itself (markets, prices, rates, rules) live this long; the
# shared cache (Redis) keeps them until a committed change moves their version.
LANGNGHE_LOCAL_CACHE_SECONDS = env_int("LANGNGHE_LOCAL_CACHE_SECONDS", 5)
# Distinct query strings (known filters only) a page may have cached per hour; more are live.
LANGNGHE_PAGE_CACHE_QUERIES = env_int("LANGNGHE_PAGE_CACHE_QUERIES", 200)
# Where a product has no story in the shopper's language: English, then the default (Vietnamese).
LANGNGHE_CONTENT_FALLBACKS = env_list("LANGNGHE_CONTENT_FALLBACKS", "en,vi")
LANGNGHE_ECB_URL = env_str(
    "LANGNGHE_ECB_URL", "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
)
LANGNGHE_VIETCOMBANK_URL = env_str(
    "LANGNGHE_VIETCOMBANK_URL",
    "https://portal.vietcombank.com.vn/Usercontrols/TVPortal.TyGia/pXML.aspx",
)

# Payments (used from the checkout issue on; read here so every setting has one home)
STRIPE_SECRET_KEY = env_str("STRIPE_SECRET_KEY", "")
STRIPE_PUBLISHABLE_KEY = env_str("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = env_str("STRIPE_WEBHOOK_SECRET", "")
STRIPE_API_BASE = env_str("STRIPE_API_BASE", "")
# Tests point Stripe.js at localstripe's copy; production keeps Stripe's own URL.
STRIPE_JS_URL = env_str("STRIPE_JS_URL", "https://js.stripe.com/v3/")
STRIPE_WEBHOOK_TOLERANCE = env_int("STRIPE_WEBHOOK_TOLERANCE", 300)
# "dummy" or "stripe"; empty picks stripe when STRIPE_SECRET_KEY is set, else the dummy gateway.
LANGNGHE_PAYMENT_GATEWAY = env_str("LANGNGHE_PAYMENT_GATEWAY", "")
# An unpaid order releases its stock and expires after this many minutes.
LANGNGHE_ORDER_EXPIRY_MINUTES = env_int("LANGNGHE_ORDER_EXPIRY_MINUTES", 60)
LANGNGHE_CART_MAX_QUANTITY = env_int("LANGNGHE_CART_MAX_QUANTITY", 20)
# Absolute links in emails (the order-status page) start with this.
LANGNGHE_SITE_URL = env_str("LANGNGHE_SITE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")

# Background tasks (confirmation emails, expiry): immediate by default, no worker needed.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Wagtail enqueues search-index and reference-index tasks on every save; with the immediate
    # backend each one logs at INFO, which buries everything else.
    "loggers": {
        "django_tasks": {"level": env_str("TASKS_LOG_LEVEL", "WARNING")},
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"
