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

# serve-prod: the production settings on this machine, for a smoke test before a release; the
# local-only defaults (database, throw-away SECRET_KEY, plain HTTP) are in portal/serve_prod.sh.
# Set DEMO=1 to add the demo content.
PROD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/maillage_prod

serve-prod: install ## Production settings locally: PostgreSQL, whitenoise, gunicorn on http://127.0.0.1:8000
	DATABASE_URL="$${DATABASE_URL:-$(PROD_DATABASE_URL)}" DEMO="$(DEMO)" PY=$(PY) portal/serve_prod.sh

# load-test: the production configuration under locust (tests/load/run.sh, docs/benchmarks.md).
# Each PRACTICES count has its own database (maillage_load_<count>), seeded once and reused.
DURATION ?= 30s
USERS ?= 50
PRACTICES ?= 80

load-test: install ## Load test: USERS locust users for DURATION on PRACTICES demo practices; fails on any 5xx
	DURATION=$(DURATION) USERS=$(USERS) PRACTICES=$(PRACTICES) PY=$(PY) tests/load/run.sh

clean: ## Remove the virtualenv, the local database and generated files
	rm -rf $(VENV) db.sqlite3 staticfiles var

.PHONY: help install setup run lint test clean serve-prod load-test
