# Every way to run this project is a target here; each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two stamps, one venv: RUNTIME = the package with its [emulator] and [cli] extras (all that `make demo` and
# `make emulator` need); STAMP = that plus the dev dependency group (every other target).
RUNTIME := $(VENV)/.runtime
STAMP := $(VENV)/.installed
PKGS := dockercloud_client dockercloud_emulator generated/dockercloud_api
# Also strictly typed, though not shipped.
TOOLS := bench examples generator/regen.py generator/namespaced_spec.py generator/resource_groups.py tests
EMULATOR_PORT ?= 0
# pytest worker processes (pytest-xdist); `make pytest PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= auto
# The README's and the package docstring's examples, written out for mypy (tests/type_checks/snippets.py).
SNIPPETS := build/type-checks

# Python may cache bytecode here even where the environment says not to: without it every process of a
# run (pytest's workers, the CLI and emulator children of the tests) compiles the same modules again,
# and pytest rewrites every test module's asserts again. __pycache__/ is ignored by git.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: fuzz test lint typecheck validate-spec generate check-generated pytest record demo emulator bench dist clean \
	ports ports-lint ports-typescript ports-go ports-example

# What `pip install -e '.[emulator,cli]'` would install, read from pyproject.toml, plus the build backend and
# editables (hatchling's editable build of this layout needs it): installed first, the project's own
# editable install then needs no isolated build environment (pip would create and fill one: ~10 s).
define RUNTIME_REQUIREMENTS
import tomllib
with open("pyproject.toml", "rb") as file:
    meta = tomllib.load(file)
extras = meta["project"]["optional-dependencies"]
wanted = [*meta["project"]["dependencies"], *extras["emulator"], *extras["cli"], *meta["build-system"]["requires"]]
print(*wanted, "editables", sep="\n")
endef
export RUNTIME_REQUIREMENTS

# Rebuilt when the dependency lists change; constraints.txt pins every version, transitive ones included.
# The venv gets no pip of its own here (ensurepip alone takes seconds): the interpreter's pip installs into it.
$(RUNTIME): pyproject.toml constraints.txt
	@echo "==> installing dockercloud-client and its emulator into $(VENV) (first run only)"
	test -x $(BIN)/python || $(PYTHON) -m venv --without-pip $(VENV)
	$(BIN)/python -c "$$RUNTIME_REQUIREMENTS" > $(VENV)/runtime-requirements.txt
	@echo "==> 1/2 the dependencies"
	$(PYTHON) -m pip --python $(BIN)/python install --no-compile -c constraints.txt -r $(VENV)/runtime-requirements.txt
	@echo "==> 2/2 dockercloud-client itself (editable)"
	$(PYTHON) -m pip --python $(BIN)/python install --no-compile --no-deps --no-build-isolation -e .
	touch $@

# The dev group needs pip >= 25.1 (--group) in the venv. The wheelhouse holds the runtime's wheels, so
# that the packaging test installs the built wheel into a clean venv offline.
$(STAMP): $(RUNTIME)
	$(PYTHON) -m pip --python $(BIN)/python install --quiet --upgrade 'pip>=25.1'
	$(BIN)/python -m pip install --quiet -c constraints.txt --group dev
	$(BIN)/python -m pip download --quiet --no-build-isolation -c constraints.txt --dest $(VENV)/wheelhouse '.[emulator,cli]'
	touch $@

# The checks run side by side (pytest's workers beside mypy and the generator); -Oline keeps lines whole.
test: $(STAMP) ## every check, as CI runs it
	@$(MAKE) --no-print-directory -j 5 -Oline lint typecheck validate-spec check-generated pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/python -m tests.type_checks.snippets $(SNIPPETS)
	$(BIN)/mypy --strict $(PKGS) $(TOOLS) $(SNIPPETS)

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator spec/openapi.yaml spec/openapi.namespaced.yaml

generate: $(STAMP) ## regenerate generated/dockercloud_api and spec/openapi.namespaced.yaml from spec/openapi.yaml
	$(BIN)/python generator/regen.py

check-generated: $(STAMP) ## fail if generated/ is not what the spec and generator/ produce
	$(BIN)/python generator/regen.py --check

# worksteal: an idle worker takes queued tests from a busy one (the tests' durations are very uneven).
pytest: $(STAMP)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist worksteal

record: $(STAMP) ## re-record tests/cassettes/recorded/ against the emulator (the tests start and stop it), then replay
	rm -f tests/cassettes/recorded/*.json
	$(BIN)/python -m pytest tests/cassettes/test_replay.py --record-mode=rewrite -q
	$(BIN)/python -m pytest tests/cassettes -q

demo: $(RUNTIME) ## the guided tour (examples/tour.py) against a local emulator it starts on 127.0.0.1 and stops
	$(BIN)/python examples/run_demo.py

emulator: $(RUNTIME) ## run the local Docker Cloud emulator in the foreground; prints `export DOCKERCLOUD_...` lines
	@$(BIN)/python -m dockercloud_emulator --host 127.0.0.1 --port $(EMULATOR_PORT) --print-env

bench: $(STAMP) ## side-by-side benchmarks; writes bench/results.md
	$(BIN)/python -m bench

dist: $(STAMP) ## build the sdist and the wheel into dist/ (from the sdist) and check them with twine
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .
	$(BIN)/twine check --strict dist/*

clean:
	rm -rf $(VENV) dist build .mypy_cache .pytest_cache .ruff_cache $(PORTS)/build $(PORTS)/node_modules $(EXAMPLE_TS)/node_modules

# Other ecosystems' tools on spec/ (docs/porting.md). Needs node >= 20.19 and npm (versions pinned in the
# package-lock.json files), and Go with kin-openapi from Debian (tools/ports/go-deps.sh installs them as
# root); not part of `make test`.
PORTS := tools/ports
EXAMPLE_TS := examples/ports/typescript
NPX := npx --no-install
# GOPATH mode against Debian's /usr/share/gocode: builds offline, without the module proxy.
GO_OFFLINE := GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= GOTOOLCHAIN=local

ports: ports-lint ports-typescript ports-go ports-example ## lint, type-check and decode with other ecosystems' tools (needs node)

$(PORTS)/node_modules/.installed: $(PORTS)/package.json $(PORTS)/package-lock.json
	cd $(PORTS) && npm ci --no-audit --no-fund
	touch $@

$(EXAMPLE_TS)/node_modules/.installed: $(EXAMPLE_TS)/package.json $(EXAMPLE_TS)/package-lock.json
	cd $(EXAMPLE_TS) && npm ci --no-audit --no-fund
	touch $@

ports-lint: $(PORTS)/node_modules/.installed ## Spectral (spectral:oas), Redocly (recommended) and the AsyncAPI parser: 0 errors
	cd $(PORTS) && $(NPX) spectral lint --ruleset .spectral.yaml --fail-severity error --display-only-failures \
		../../spec/openapi.yaml ../../spec/openapi.namespaced.yaml
	cd $(PORTS) && $(NPX) redocly lint --config redocly.yaml --format stylish ../../spec/openapi.yaml ../../spec/openapi.namespaced.yaml
	cd $(PORTS) && node check-asyncapi.mjs ../../spec/streams.yaml

ports-typescript: $(PORTS)/node_modules/.installed ## openapi-typescript types; tsc checks them and every cassette body
	mkdir -p $(PORTS)/build
	cd $(PORTS) && $(NPX) openapi-typescript ../../spec/openapi.yaml -o build/openapi.ts --default-non-nullable false
	cd $(PORTS) && node cassette-types.mjs ../../spec/openapi.yaml ../../tests/cassettes/recorded ./openapi.js build/cassettes.ts
	cd $(PORTS) && $(NPX) tsc -p tsconfig.json
	@echo "tsc: the generated types and every JSON body of the cassettes type-check"

ports-go: ## kin-openapi (Go) validates the spec and decodes every cassette response
	sh $(PORTS)/go-deps.sh
	mkdir -p $(PORTS)/build
	cd $(PORTS)/go && $(GO_OFFLINE) go vet . && $(GO_OFFLINE) go build -o ../build/cassettecheck .
	$(PORTS)/build/cassettecheck spec/openapi.yaml tests/cassettes/recorded

ports-example: $(RUNTIME) $(EXAMPLE_TS)/node_modules/.installed ## the TypeScript port example against an emulator, twice
	cd $(EXAMPLE_TS) && npm run --silent build
	$(BIN)/python examples/ports/run_with_emulator.py -- node $(EXAMPLE_TS)/dist/main.js
	$(BIN)/python examples/ports/run_with_emulator.py --raw-auth --namespace demo-org -- node $(EXAMPLE_TS)/dist/main.js

fuzz: $(STAMP) ## long schemathesis, lifecycle-race and tolerant-decoding runs (make test runs short deterministic ones)
	SCHEMATHESIS_MAX_EXAMPLES=$${SCHEMATHESIS_MAX_EXAMPLES:-100} SCHEMATHESIS_PHASES=$${SCHEMATHESIS_PHASES:-examples,coverage,fuzzing,stateful} $(BIN)/python -m pytest tests/emulator/test_conformance.py -q
	LIFECYCLE_RACE_EXAMPLES=$${LIFECYCLE_RACE_EXAMPLES:-10000} $(BIN)/python -m pytest tests/emulator/test_lifecycle_race.py -q --timeout 3600
	TOLERANT_DECODING_EXAMPLES=$${TOLERANT_DECODING_EXAMPLES:-500} $(BIN)/python -m pytest tests/generated/test_tolerant_properties.py -q --timeout 3600
