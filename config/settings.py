"""Settings for the Langnghe reference project.

Every value comes from the environment with a safe development default; production differs only
by environment variables (DJANGO_ENV=production turns on the strict, `check --deploy`-clean mode).
"""

import datetime
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from cms.admin_locale import ADMIN_LOCALE_DIR
from config.env import (
    csp_origins,
    env_bool,
    env_email_url,
    env_int,
    env_int_or_off,
    env_list,
    env_str,
)

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
    "langnghe_demo",  # the demo shop (`load_demo`); not part of the wheel
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
    # The database queue production's tasks go to (TASKS below), worked by `manage.py db_worker`.
    "django_tasks_db",
    "csp",
    "axes",
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
    "shop.middleware.ControlCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "shop.middleware.MarketMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.csp.AdminAwareCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "cms.throttle.PasswordResetThrottleMiddleware",
    "cms.admin_scope.ShopWideAdminViewsMiddleware",
    # After authentication: turns django-axes' lockouts into responses.
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.StorefrontCacheFetchMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
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

# SQLite is the embedded default so `make demo` needs nothing running; DATABASE_URL points
# elsewhere (postgres://… in CI and production).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL parses and plans a statement anew each time it gets one as text (psycopg's
    # client-side binding, Django's default); the checkout's joins spend longer being planned
    # (0.2-0.6 ms) than run. Server-side binding lets psycopg prepare a statement on its
    # connection after DB_PREPARE_THRESHOLD runs, so it is planned once per connection: it pays
    # with persistent connections (DB_CONN_MAX_AGE). `off` behind a pooler in transaction mode
    # that cannot keep prepared statements (PgBouncer before 1.21).
    # Lower case: a working value, not a setting of its own.
    prepare_threshold = env_int_or_off("DB_PREPARE_THRESHOLD", 5)
    if prepare_threshold is not None:
        DATABASES["default"].setdefault("OPTIONS", {}).update(
            server_side_binding=True, prepare_threshold=prepare_threshold
        )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    # django-redis keeps one client per connection pool; Django's own Redis backend builds a new
    # redis-py client (and its table of ~150 reply parsers) for every cache call.
    CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# The 11th wrong password in a row for a username, or from one address, is refused (even with
# the right password) for half an hour; a good login resets the count.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 10)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_RESET_ON_SUCCESS = True
# Behind a proxy the client's address is the first X-Forwarded-For hop (docs/operations.md).
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if PRODUCTION else ["REMOTE_ADDR"]
)
LANGNGHE_PASSWORD_RESET_PER_HOUR = env_int("LANGNGHE_PASSWORD_RESET_PER_HOUR", 5)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "shop.passwords.SiteNameSimilarityValidator"},
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
# The second: the Vietnamese of Wagtail's admin scripts that Langnghe ships (cms/admin_locale.py).
LOCALE_PATHS = [BASE_DIR / "locale", ADMIN_LOCALE_DIR]
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
# Production sends mail through EMAIL_URL (smtp://user:password@host:587?tls=true); the
# console default there fails `check --deploy` (checkout.E002).
if env_str("EMAIL_URL", ""):
    globals().update(env_email_url(env_str("EMAIL_URL")))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Langnghe <shop@localhost>")

# Wagtail
WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Langnghe")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "zip"]
# Staff browsers never call out: no avatars from gravatar.com (it would learn staff emails'
# hashes), no version check against releases.wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "webp"}
# Wagtail's default (128 Mpx) lets one small, well-compressed upload decode into gigabytes.
# 50 Mpx still takes a phone's 48/50 Mpx photo; docs/security.md.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 50_000_000)

# Shop
LANGNGHE_BASE_CURRENCY = env_str("LANGNGHE_BASE_CURRENCY", "VND")
LANGNGHE_RESERVATION_MINUTES = env_int("LANGNGHE_RESERVATION_MINUTES", 20)
# What one cart may hold while its shopper checks out (shop/inventory.py `_hold_limited`).
LANGNGHE_HOLD_MAX_UNITS_PER_ITEM = env_int("LANGNGHE_HOLD_MAX_UNITS_PER_ITEM", 5)
LANGNGHE_HOLD_MAX_SHARE = env_str("LANGNGHE_HOLD_MAX_SHARE", "0.5")
LANGNGHE_HOLD_MAX_UNITS = env_int("LANGNGHE_HOLD_MAX_UNITS", 20)
# A new exchange rate further than this share from the one before needs staff's confirmation.
LANGNGHE_RATE_MAX_CHANGE = env_str("LANGNGHE_RATE_MAX_CHANGE", "0.25")
# The buy box's returns and contact lines (cms/contexts/trust.py): days to return an item
# (0: no line), a page with the full policy, where questions go (empty: DEFAULT_FROM_EMAIL).
LANGNGHE_RETURNS_DAYS = env_int("LANGNGHE_RETURNS_DAYS", 14)
LANGNGHE_RETURNS_URL = env_str("LANGNGHE_RETURNS_URL", "")
LANGNGHE_CONTACT_URL = env_str("LANGNGHE_CONTACT_URL", "")
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
# Content-Security-Policy (django-csp): see cms/csp.py and docs/security.md.
# Video blocks embed these players (Wagtail oEmbed); add others a shop uses.
EMBED_FRAME_ORIGINS = env_list(
    "LANGNGHE_EMBED_FRAME_ORIGINS",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com",
)
STRIPE_SCRIPT_ORIGINS = csp_origins(
    STRIPE_JS_URL, "https://js.stripe.com", "https://*.js.stripe.com"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, *STRIPE_SCRIPT_ORIGINS],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *csp_origins(MEDIA_URL)],
        "font-src": [SELF],
        "connect-src": [SELF, *csp_origins(STRIPE_API_BASE, "https://api.stripe.com")],
        "frame-src": [*STRIPE_SCRIPT_ORIGINS, "https://hooks.stripe.com", *EMBED_FRAME_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin: what it still needs beyond the storefront's policy. Its form widgets (date
# choosers, snippet choosers …) write inline scripts with per-field arguments, and some inline
# styles (wagtail/wagtail#1288), so no nonce or hash can cover them; the preview is a same-origin
# frame. Everything else stays as strict as the storefront (docs/security.md).
LANGNGHE_CSP_ADMIN = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", *csp_origins(MEDIA_URL)],
    "frame-src": [SELF, *EMBED_FRAME_ORIGINS],
    "frame-ancestors": [SELF],
}

# Browser features no page of the shop uses are switched off; Stripe's Payment Element may
# offer the Payment Request API (Apple Pay, Google Pay) from its own frame.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": ["self", "https://js.stripe.com"],
    "publickey-credentials-get": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

# "dummy" or "stripe"; empty picks stripe when STRIPE_SECRET_KEY is set, else the dummy gateway.
LANGNGHE_PAYMENT_GATEWAY = env_str("LANGNGHE_PAYMENT_GATEWAY", "")
# The dummy gateway lets anyone mark an order paid: allowed outside production only, unless set
# explicitly (and `check --deploy` still warns, checkout.W001).
LANGNGHE_ALLOW_TEST_PAYMENTS = env_bool("LANGNGHE_ALLOW_TEST_PAYMENTS", not PRODUCTION)
# An unpaid order releases its stock and expires after this many minutes.
LANGNGHE_ORDER_EXPIRY_MINUTES = env_int("LANGNGHE_ORDER_EXPIRY_MINUTES", 60)
LANGNGHE_CART_MAX_QUANTITY = env_int("LANGNGHE_CART_MAX_QUANTITY", 20)
# At or below this many free units the buy box says how many are left (0: never).
LANGNGHE_LOW_STOCK_THRESHOLD = env_int("LANGNGHE_LOW_STOCK_THRESHOLD", 5)
# Absolute links in emails (the order-status page) start with this.
LANGNGHE_SITE_URL = env_str("LANGNGHE_SITE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")

# Background tasks (confirmation emails, expiry). Development runs them at once, inside the
# request (no worker needed); production queues them in the database, so a slow mail server never
# holds up a shopper's payment, and `manage.py db_worker` sends them (docs/operations.md).
TASKS = {
    "default": {
        "BACKEND": env_str(
            "TASKS_BACKEND",
            "django_tasks_db.DatabaseBackend"
            if PRODUCTION
            else "django_tasks.backends.immediate.ImmediateBackend",
        )
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Every line passes shop.logs.RedactFilter: no order link or search term in the logs.
    "filters": {"redact": {"()": "shop.logs.RedactFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact"]}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Wagtail enqueues search-index and reference-index tasks on every save; with the immediate
    # backend each one logs at INFO, which buries everything else.
    "loggers": {
        # Django's own loggers through the same (redacting) handler, not Django's defaults.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django_tasks": {"level": env_str("TASKS_LOG_LEVEL", "WARNING")},
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
        # The PDF renderer of customs papers logs each of its steps at INFO.
        "weasyprint": {"level": "WARNING"},
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
