# Every way to run this project is a target here; each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PKGS := dockercloud_client dockercloud_emulator generated/dockercloud_api
# Also strictly typed, though not shipped.
TOOLS := bench examples generator/regen.py tests

.PHONY: fuzz test lint typecheck validate-spec generate check-generated pytest record demo emulator bench clean

# The venv is rebuilt when the dependency list changes; constraints.txt pins every transitive version.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,emulator]'
	touch $(STAMP)

test: lint typecheck validate-spec check-generated pytest ## every check, as CI runs it

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy --strict $(PKGS) $(TOOLS)

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator spec/openapi.yaml

generate: $(STAMP) ## regenerate generated/dockercloud_api from spec/openapi.yaml
	$(BIN)/python generator/regen.py

check-generated: $(STAMP) ## fail if generated/ is not what the spec and generator/ produce
	$(BIN)/python generator/regen.py --check

pytest: $(STAMP)
	$(BIN)/python -m pytest

record: $(STAMP) ## re-record tests/cassettes/recorded/ against the emulator (the tests start and stop it), then replay
	rm -f tests/cassettes/recorded/*.json
	$(BIN)/python -m pytest tests/cassettes/test_replay.py --record-mode=rewrite -q
	$(BIN)/python -m pytest tests/cassettes -q

demo: $(STAMP) ## the guided tour (examples/tour.py) against a local emulator it starts on 127.0.0.1 and stops
	$(BIN)/python examples/run_demo.py

emulator: $(STAMP) ## run the local Docker Cloud emulator in the foreground
	$(BIN)/python -m dockercloud_emulator --host 127.0.0.1 --port 0

bench: $(STAMP) ## side-by-side benchmarks; writes bench/results.md
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

fuzz: $(STAMP) ## long schemathesis run against the emulator (make test runs a short deterministic one)
	SCHEMATHESIS_MAX_EXAMPLES=$${SCHEMATHESIS_MAX_EXAMPLES:-100} $(BIN)/python -m pytest tests/emulator/test_conformance.py -q
