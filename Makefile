# Maillage — `make run` serves the portal with demo content; `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
MANAGE := $(PY) manage.py
PYTEST_ARGS ?=

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## Create the virtualenv and install the project with its dev tools
	@$(MANAGE) compile_catalogs

setup: install ## Install, migrate, load territories, create the site and the demo content
	$(MANAGE) migrate --noinput
	$(MANAGE) load_territories
	$(MANAGE) setup_site
	$(MANAGE) seed_demo
	$(MANAGE) ensure_dev_admin

run: setup ## Set everything up and serve on http://127.0.0.1:8000
	$(MANAGE) runserver 127.0.0.1:8000

lint: install ## ruff, and migrations in step with the models
	$(VENV)/bin/ruff check .
	$(MANAGE) makemigrations --check --dry-run

test: install lint ## Run the whole suite (browser journeys too when Chromium is installed)
	@if [ ! -x /usr/bin/chromium ]; then echo "NOTE: /usr/bin/chromium not found: browser tests will be SKIPPED (apt-get install chromium)."; fi
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# serve-prod: the production settings on this machine, for a smoke test before a release. Only
# here: a default PostgreSQL database, a throw-away SECRET_KEY when none is set, plain HTTP
# (no SSL redirect, no HSTS pinned on localhost). Set DEMO=1 to add the demo content.
PROD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/maillage_prod

serve-prod: install ## Production settings locally: PostgreSQL, whitenoise, gunicorn on http://127.0.0.1:8000
	@set -e; \
	export DJANGO_SETTINGS_MODULE=portal.settings.production; \
	export DATABASE_URL="$${DATABASE_URL:-$(PROD_DATABASE_URL)}"; \
	export SECRET_KEY="$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')}"; \
	export ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}"; \
	export SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-0}" SECURE_HSTS_SECONDS="$${SECURE_HSTS_SECONDS:-0}"; \
	export GUNICORN_BIND="$${GUNICORN_BIND:-127.0.0.1:8000}"; \
	$(PY) -m portal.dbcreate "$$DATABASE_URL"; \
	$(MANAGE) migrate --noinput; \
	$(MANAGE) load_territories; \
	$(MANAGE) setup_site; \
	if [ -n "$(DEMO)" ]; then $(MANAGE) seed_demo; fi; \
	$(MANAGE) collectstatic --noinput --verbosity 0; \
	$(MANAGE) rebuild_search_index; \
	exec $(VENV)/bin/gunicorn -c portal/gunicorn.conf.py

clean: ## Remove the virtualenv, the local database and generated files
	rm -rf $(VENV) db.sqlite3 staticfiles var

.PHONY: help install setup run lint test clean serve-prod
