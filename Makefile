# coach — build, run, test and install.
#   make run       set up (installs libedit-dev + pkg-config if missing), build, start the REPL
#   make test      set up, then run the whole test suite
#   make install   install a release binary: PREFIX=/usr/local by default (DESTDIR is honoured)

SWIFT   ?= swift
PREFIX  ?= /usr/local
ARGS    ?=
APT_PACKAGES := libedit-dev pkg-config
# apt-get needs root; say so and use sudo when we are not root.
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo "sudo ")

.PHONY: all deps build release run test install uninstall clean

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

test: deps
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
