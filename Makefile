# Langnghe — one-command demo and test suite. See README.md.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
# The browser test drives Debian's chromium: Playwright must never fetch its own browsers.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: demo test test-sqlite test-postgres lint format messages translations install install-dev services tools browser clean

# Customs papers are PDFs drawn by WeasyPrint, which loads Pango and HarfBuzz from the system,
# with fonts for Latin + Vietnamese (DejaVu) and Chinese, Japanese and Korean (Noto CJK).
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-noto-cjk

$(VENV)/.installed: pyproject.toml
	@dpkg -s $(PDF_PACKAGES) >/dev/null 2>&1 \
	  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PDF_PACKAGES); }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	touch $@

# psycopg (the deploy extra, without bundled binaries) needs the system's libpq; its C
# implementation (the dev extra, psycopg[c]) is compiled against libpq's headers and pg_config.
$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	@{ ldconfig -p | grep -q "libpq.so.5 " && dpkg -s libpq-dev >/dev/null 2>&1 && command -v gcc >/dev/null; } \
	  || { apt-get update -qq && apt-get install -y -qq libpq5 libpq-dev gcc; }
	$(PIP) install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# .mo files are built, not committed; Babel (a dependency) compiles them, so no gettext package is needed.
messages: $(VENV)/.installed
	$(VENV)/bin/pybabel compile --use-fuzzy -d locale -D django --statistics 2>&1 | tail -n 3
	$(VENV)/bin/pybabel compile -d cms/locale -D django --statistics 2>&1 | tail -n 1
	$(VENV)/bin/pybabel compile -d cms/locale -D djangojs --statistics 2>&1 | tail -n 1

# Refresh the .po files from the code and templates; translators then fill what is new and
# check what msgmerge marked fuzzy. Needs GNU gettext (a dev tool, installed when missing).
LANGS := vi en ja ko fr de zh_Hans
translations: $(VENV)/.installed
	@command -v msgmerge >/dev/null || { apt-get update -qq && apt-get install -y -qq gettext; }
	$(PY) manage.py makemessages $(foreach l,$(LANGS),-l $(l)) --no-location --no-obsolete \
	  -i ".venv/*" -i "node_modules/*" -i "staticfiles/*" -i "tests/*" -i "bench/*"

demo: install messages
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo --as-default-site
	@echo "Serving the demo shop on http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/)"
	$(PY) manage.py runserver 127.0.0.1:8000

# PostgreSQL runs on every machine here; start the local cluster if it is installed but stopped.
services:
	@$(PY) -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=3).close()" 2>/dev/null \
	  || { command -v pg_ctlcluster >/dev/null && for v in $$(ls /etc/postgresql 2>/dev/null); do \
	         pg_ctlcluster --skip-systemctl-redirect $$v main start || true; done; sleep 2; } || true

# Test-only tools: the Nu HTML checker (npm vnu-jar) needs Java; install what is missing.
VNU := node_modules/vnu-jar/build/dist/vnu.jar
$(VNU): package.json
	@command -v java >/dev/null || { apt-get update -qq && apt-get install -y -qq default-jre-headless; }
	@command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq npm; }
	npm install --no-audit --no-fund --loglevel=error
	touch $@

# The shopper's path is tested in Debian's chromium (never `playwright install`); Japanese and other
# CJK text must render, so the Noto CJK fonts come with it. Installed only when missing.
browser:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; \
	fi

tools: $(VNU) browser

test: install-dev messages tools test-sqlite test-postgres

test-sqlite:
	$(VENV)/bin/pytest -q -p no:cacheprovider

test-postgres: services
	@if $(PY) -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=5).close()"; then \
	  DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest -q -p no:cacheprovider; \
	elif [ "$$CI" = "true" ]; then \
	  echo "FAIL: PostgreSQL at $(PG_URL) is unreachable and CI=true: the concurrency tests cannot be skipped." >&2; exit 1; \
	else \
	  echo "WARNING: PostgreSQL at $(PG_URL) is unreachable; the PostgreSQL run was skipped." >&2; \
	fi

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media staticfiles .pytest_cache .ruff_cache .hypothesis
