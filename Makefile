# Two commands for a fresh machine (see README):
#   make generate   set up .venv, regenerate generated/ from spec/
#   make test       set up .venv, run the whole test suite (installs Prism from npm on first use)
#   make bench      compare speed with openapi-python-client / openapi-generator (slow; not in CI)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup generate check test bench clean

setup: $(STAMP)

$(STAMP): requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $(STAMP)

generate: $(STAMP)
	$(PY) -m generator.template_code
	$(PY) -m generator generate
	$(PY) -m generator generate spec/square-oauth.yaml -o tests/golden/custom-templates \
		--package-name square_oauth --project-name square-oauth --templates examples/custom-templates
	$(PY) -m generator.template_context docs/templates.md

check: $(STAMP)
	$(PY) -m generator generate --check

test: $(STAMP)
	$(PY) -m pytest

# Installs the anchors at pinned versions into .cache/bench; writes docs/performance.md.
bench: $(STAMP)
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .cache
