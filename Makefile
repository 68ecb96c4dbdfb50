# coach — build, run, test and install.
#   make run       set up (installs libedit-dev + pkg-config if missing), build, start the REPL
#   make test      set up, then run the whole test suite
#   make install   install a release binary: PREFIX=/usr/local by default (DESTDIR is honoured)
#   make bench     release build, then the benchmarks of Benchmarks/ (its own package): one table and
#                  bench-results.json; BENCH_QUICK=1 for fewer rounds (Benchmarks/README.md)

SWIFT   ?= swift
PREFIX  ?= /usr/local
ARGS    ?=
APT_PACKAGES := libedit-dev pkg-config
# apt-get needs root; say so and use sudo when we are not root.
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo "sudo ")

.PHONY: all deps test-deps build release run test install uninstall clean bench bench-deps

all: build

deps:
	@command -v $(SWIFT) >/dev/null 2>&1 || { \
	  echo "make: '$(SWIFT)' was not found. Install Swift 6 (https://swift.org/install) and put it on PATH." >&2; exit 1; }
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libedit; then :; else \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "make: coach needs libedit (with headers) and pkg-config, and this system has no apt-get." >&2; \
	    echo "      Install them with your package manager (e.g. 'dnf install libedit-devel pkgconf'), then retry." >&2; \
	    exit 1; \
	  fi; \
	  echo "make: libedit-dev and pkg-config are needed; running: $(SUDO)apt-get update && $(SUDO)apt-get install -y $(APT_PACKAGES)"; \
	  $(SUDO)env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO)env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null && \
	  pkg-config --exists libedit || { echo "make: installing $(APT_PACKAGES) failed" >&2; exit 1; }; \
	fi

build: deps
	$(SWIFT) build --product coach

release: deps
	$(SWIFT) build -c release --product coach --static-swift-stdlib

run: build
	@"$$($(SWIFT) build --show-bin-path)/coach" $(ARGS)

# The end-to-end test of 'coach calendar export' reads its file back with Python's icalendar (from PyPI; on a
# Debian python3, --break-system-packages, as Debian's own python3-icalendar is years behind).
test-deps:
	@if python3 -c 'import icalendar' >/dev/null 2>&1; then :; else \
	  if ! python3 -m pip --version >/dev/null 2>&1; then \
	    command -v apt-get >/dev/null 2>&1 || { echo "make: the tests need python3 with pip: install them, then retry." >&2; exit 1; }; \
	    echo "make: the tests need python3 with pip; running: $(SUDO)apt-get install -y python3 python3-pip"; \
	    $(SUDO)env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $(SUDO)env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-pip >/dev/null || \
	      { echo "make: installing python3 failed" >&2; exit 1; }; \
	  fi; \
	  echo "make: the tests need Python's icalendar; running: python3 -m pip install icalendar"; \
	  export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1; \
	  python3 -m pip install --quiet icalendar 2>/dev/null || \
	    python3 -m pip install --quiet --no-warn-script-location --break-system-packages icalendar >/dev/null; \
	  python3 -c 'import icalendar' || { echo "make: installing Python's icalendar failed" >&2; exit 1; }; \
	fi

test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$$($(SWIFT) build -c release --show-bin-path)/coach" "$(DESTDIR)$(PREFIX)/bin/coach"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/coach"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/coach"

clean:
	$(SWIFT) package clean

# Benchmarks: their own package under Benchmarks/, so that 'make test' never builds their dependencies.
BENCH_DIR   := Benchmarks
BENCH_WORK  := $(BENCH_DIR)/.build/bench
BENCH_APT   := sqlite3 bc time
BENCH_QUICK ?=

# sqlite3 and bc are baselines, GNU time measures peak memory; all three are Debian packages.
bench-deps: deps
	@missing=""; for tool in $(BENCH_APT); do [ "$$tool" = time ] && [ -x /usr/bin/time ] && continue; command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "make: the benchmarks need$$missing, and this system has no apt-get: install them, then retry." >&2; exit 1; \
	  fi; \
	  echo "make: the benchmarks need$$missing; running: $(SUDO)apt-get update && $(SUDO)apt-get install -y$$missing"; \
	  $(SUDO)env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO)env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || \
	    { echo "make: installing$$missing failed" >&2; exit 1; }; \
	fi

bench: release bench-deps
	cd $(BENCH_DIR) && $(SWIFT) build -c release
	@mkdir -p $(BENCH_WORK)
	@# The linker warns about Foundation's use of mktemp: noise, unless the build fails.
	swiftc -O -static-stdlib $(BENCH_DIR)/Hello/hello.swift -o $(BENCH_WORK)/hello 2>$(BENCH_WORK)/hello.log || \
	  { cat $(BENCH_WORK)/hello.log >&2; exit 1; }
	$(BENCH_DIR)/.build/release/bench-data --out $(BENCH_WORK)/data
	@rm -rf $(BENCH_WORK)/in-process && mkdir -p $(BENCH_WORK)/in-process
	@echo "make: in-process scenarios (swift package benchmark), log in $(BENCH_WORK)/in-process.log"
	@cd $(BENCH_DIR) && $(SWIFT) package --allow-writing-to-directory "$(CURDIR)/$(BENCH_WORK)" benchmark \
	  --format histogramSamples --path "$(CURDIR)/$(BENCH_WORK)/in-process" --no-progress \
	  > "$(CURDIR)/$(BENCH_WORK)/in-process.log" 2>&1 || { tail -40 "$(CURDIR)/$(BENCH_WORK)/in-process.log" >&2; exit 1; }
	$(BENCH_DIR)/.build/release/bench-runner --coach "$$($(SWIFT) build -c release --show-bin-path)/coach" \
	  --hello $(BENCH_WORK)/hello --data $(BENCH_WORK)/data --work $(BENCH_WORK)/run \
	  --in-process $(BENCH_WORK)/in-process --out bench-results.json $(if $(BENCH_QUICK),--quick)
