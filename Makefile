# Two commands for a fresh machine (see README):
#   make generate   set up .venv, regenerate generated/ from spec/
#   make test       set up .venv, run the whole test suite (installs Prism from npm on first use),
#                   then the core tests again with the lowest declared dependencies (.venv-lowest)
#   make test-fast  the quick loop while working: every test not marked slow
#   make bench      compare speed with openapi-python-client / openapi-generator (slow; not in CI)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LOWEST := .venv-lowest
LOWEST_STAMP := $(LOWEST)/.installed
# The stages that depend on the libraries' behaviour: loading, validation, the model, the
# command line, the golden output (the formatter's layout), and the values verify checks
# against schemas (openapi-schema-validator).
CORE_TESTS := tests/spec/test_loader.py tests/spec/test_validate.py tests/model/test_model.py \
	tests/model/test_naming.py tests/cli/test_cli_errors.py tests/cli/test_config_strict.py tests/e2e/test_golden.py \
	tests/verify/test_values.py

.PHONY: setup generate check test test-fast test-lowest bench clean

setup: $(STAMP)

$(STAMP): requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $(STAMP)

generate: $(STAMP)
	$(PY) -m generator.render.precompile
	$(PY) -m generator generate
	# The OAuth client made with examples/custom-templates; only files that differ from
	# generated/ are kept (tests/support/custom_golden.py).
	$(PY) -m tests.support.custom_golden
	$(PY) -m generator.render.reference docs/templates.md

check: $(STAMP)
	$(PY) -m generator generate --check

test: $(STAMP)
	$(PY) -m pytest
	$(MAKE) --no-print-directory test-lowest

# Slow tests (venvs, pip, mypy over packages, Prism, fuzzing, random kills) are marked
# `slow` in the test files (README, Tests); `make test` still runs them.
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

# requirements/lowest.txt pins every dependency at the floor pyproject.toml declares.
$(LOWEST_STAMP): requirements/lowest.txt
	rm -rf $(LOWEST)
	$(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements/lowest.txt
	touch $(LOWEST_STAMP)

test-lowest: $(LOWEST_STAMP)
	$(LOWEST)/bin/python -m pytest -q $(CORE_TESTS)

# Installs the anchors at pinned versions into .cache/bench; writes docs/performance.md.
bench: $(STAMP)
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) $(LOWEST) .cache
