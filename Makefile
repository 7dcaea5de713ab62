# ddlint: two commands for a newcomer on a fresh Debian 12 machine.
#   make demo   installs missing Debian packages, builds, lints examples/, writes $(BUILD)/demo/report.html
#   make test   same bootstrap, then the whole test suite (ctest), also under ASan+UBSan
# Other targets: build, asan, format, format-check, lint, docs, new-rule, bench, fuzz, package.

JOBS        ?= 2
BUILD       ?= build/release
TEST_BUILD  ?= build/ci
ASAN_BUILD  ?= build/asan
CMAKE_FLAGS ?=
FUZZ_SMOKE_SECONDS ?= 60

# Debian packages: what building needs (dpkg-dev and file: `make package` computes the .deb's
# dependencies with dpkg-shlibdeps), and what the tests add (PostgreSQL for live-database tests,
# Node.js for validators, libxml2-utils for xmllint on JUnit XML, pre-commit for the hook in
# docs/ci.md, Chromium for the HTML report, clang for the fuzzer).
BUILD_PACKAGES := cmake g++ make pkg-config git libpg-query-dev libprotobuf-c-dev \
  nlohmann-json3-dev libcli11-dev libfmt-dev libpq-dev libgraphviz-dev dpkg-dev file
TEST_PACKAGES  := catch2 postgresql libxml2-utils clang libclang-rt-14-dev clang-format-16 \
  pre-commit chromium

.PHONY: all demo test build build-test asan deps deps-test deps-node npm-deps format format-check lint \
        docs new-rule bench fuzz fuzz-build package clean

all: build

# --- bootstrap -------------------------------------------------------------------------------
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "ddlint needs these Debian packages:"; \
	    echo "  sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi
endef

deps:
	$(call install_missing,$(BUILD_PACKAGES))

deps-test: deps
	$(call install_missing,$(TEST_PACKAGES))
	@# Node.js for the test validators: keep an existing installation (e.g. NodeSource, which
	@# conflicts with Debian's npm package), otherwise install Debian's.
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory deps-node; fi

deps-node:
	$(call install_missing,nodejs npm)

npm-deps: deps-test
	@cd tests/js && if [ ! -d node_modules ] || [ package.json -nt node_modules ]; then \
	  npm install --no-audit --no-fund --loglevel=error && touch node_modules; fi

# --- build -----------------------------------------------------------------------------------
build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DDDLINT_BUILD_TESTS=OFF $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS) --target ddlint

DEMO_DIR ?= $(BUILD)/demo

demo: build
	@echo "== ddlint check examples/migrations"
	-$(BUILD)/src/ddlint check examples/migrations --config examples/.ddlint.json
	@mkdir -p $(DEMO_DIR)
	@echo "== ddlint report / ddlint fix examples/migrations"
	$(BUILD)/src/ddlint report examples/migrations --config examples/.ddlint.json \
	  --format html --output $(DEMO_DIR)/report.html
	$(BUILD)/src/ddlint report examples/migrations --config examples/.ddlint.json \
	  --format markdown --output $(DEMO_DIR)/report.md
	$(BUILD)/src/ddlint fix examples/migrations --config examples/.ddlint.json \
	  --output $(DEMO_DIR)/fix.sql
	@echo "== open $(DEMO_DIR)/report.html in a browser (also report.md and fix.sql there)"

# The CI build: warnings are errors, assertions on.
build-test: deps-test
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDDLINT_WERROR=ON $(CMAKE_FLAGS)
	cmake --build $(TEST_BUILD) -j$(JOBS)

test: build-test npm-deps
	$(MAKE) --no-print-directory format-check
	cd $(TEST_BUILD) && ctest --output-on-failure -j$(JOBS)
	$(MAKE) asan
	$(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS)

# The whole suite once more under ASan+UBSan.
asan: deps-test
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DDDLINT_WERROR=ON \
	  -DDDLINT_SANITIZE=address,undefined $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j$(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j$(JOBS)

# libFuzzer over the whole pipeline (clang, ASan+UBSan), seeded with the fixtures and the corpus.
FUZZ_BUILD   ?= build/fuzz
FUZZ_SECONDS ?= 300
CORPUS_DIR   ?= ../shared/corpus
fuzz-build: deps-test
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DDDLINT_FUZZ=ON -DDDLINT_SANITIZE=address,undefined -DDDLINT_BUILD_TESTS=ON $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j$(JOBS) --target fuzz_pipeline

fuzz: fuzz-build
	mkdir -p $(FUZZ_BUILD)/seeds $(FUZZ_BUILD)/found $(FUZZ_BUILD)/corpus
	{ find tests/rules tests/catalog tests/robustness -type f; \
	  if [ -d "$(CORPUS_DIR)" ]; then find $(CORPUS_DIR) -name '*.sql' -size -64k | head -2000; fi; } | \
	  while read -r f; do cp "$$f" $(FUZZ_BUILD)/seeds/$$(printf '%s' "$$f" | md5sum | cut -c1-16).sql; done
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	  $(FUZZ_BUILD)/tests/fuzz_pipeline -max_total_time=$(FUZZ_SECONDS) \
	  -max_len=65536 -timeout=20 -rss_limit_mb=4096 -artifact_prefix=$(FUZZ_BUILD)/found/ \
	  $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/seeds

# --- developer tools -------------------------------------------------------------------------
CLANG_FORMAT ?= clang-format-16
CLANG_TIDY   ?= clang-tidy-16
SOURCES = $(shell git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 2>/dev/null)

format:
	$(CLANG_FORMAT) -i $(SOURCES)

format-check:
	$(CLANG_FORMAT) --dry-run -Werror $(SOURCES)

lint: build-test
	run-clang-tidy-16 -p $(TEST_BUILD) -quiet 'src/' 2>/dev/null || \
	  $(CLANG_TIDY) -p $(TEST_BUILD) --quiet $(filter src/%.cpp,$(SOURCES))

# Regenerates doc headers, docs/rules/index.md, the presets and the config schema.
docs: build-test
	$(TEST_BUILD)/src/ddlint dev gen-docs --root .

# make new-rule ID=tenant-fk-scope CATEGORY=tenancy
new-rule:
	@test -n "$(ID)" -a -n "$(CATEGORY)" || { echo "usage: make new-rule ID=<rule-id> CATEGORY=<category>"; exit 2; }
	cmake -DROOT=$(CURDIR) -DID=$(ID) -DCATEGORY=$(CATEGORY) -P src/tools/new_rule.cmake

# Benchmarks: parse floor, squawk, sqlfluff, synthetic scale; writes docs/performance.md.
bench: deps-test npm-deps
	$(call install_missing,sqlfluff python3 postgresql)
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DDDLINT_BUILD_TESTS=OFF $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS) --target ddlint parse_floor gen_schema
	python3 bench/run_bench.py --build $(BUILD)

package: build
	cd $(BUILD) && cpack

clean:
	rm -rf build
