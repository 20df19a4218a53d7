# handbook: build the tool, the example handbook, and run every test.
#   make run      install what is missing, build the tool, build the example into _site/
#                 (the binary stays in .build/release; make install puts it on your PATH)
#   make test     run every test (installs Chromium and its driver, WeasyPrint, poppler, a Java
#                 runtime and the browser suite's pip packages when missing)
#   make browser-test  only the browser suite (Tests/browser): Chromium, the Nu HTML checker, axe-core
#   make fuzz     fuzz front matter, YAML and the Markdown/link pipeline for SECONDS (default 60); not part of test
#                 make fuzz TARGET=theme fuzzes theme templates instead: loading, partials, inheritance, rendering
#   make pdf      print the example's books: welcome.pdf, platform.pdf (the Platform team's pack), handbook.pdf
#   make install  install the binary and the default theme under PREFIX (default /usr/local)
#   make bench    time the release build on 1,000 and 10,000 synthetic notes, against Hugo (BENCHMARKS.md)

PREFIX ?= /usr/local
SWIFT ?= swift
SITE ?= _site
# What the build needs, and what the tests need besides (PDF engines, text extraction, a browser).
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config
APT_TEST_PACKAGES := weasyprint poppler-utils chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run build test pdf install clean deps test-deps bench

# Installs the Debian packages named in $(1) that are missing.
define apt_install
	@missing=""; for package in $(1); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
endef

deps:
	$(call apt_install,$(APT_PACKAGES))

test-deps: deps
	$(call apt_install,$(APT_TEST_PACKAGES))

build: deps
	$(SWIFT) build -c release

run: build
	.build/release/handbook build content -o $(SITE)
	@echo "Open file://$(CURDIR)/$(SITE)/index.html"
	@echo "The tool is .build/release/handbook; 'make install' puts handbook on your PATH."

# The tests use Swift Testing only: without --disable-xctest, XCTest adds its own
# "Executed 0 tests" lines to every run.
test: test-deps
	$(SWIFT) build
	$(SWIFT) test --disable-xctest
	$(MAKE) --no-print-directory browser-test

pdf: build
	$(call apt_install,weasyprint)
	.build/release/handbook pdf content --book welcome -o welcome.pdf
	.build/release/handbook pdf content --book platform -o platform.pdf
	.build/release/handbook pdf content -o handbook.pdf

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/handbook/themes
	install -m 755 .build/release/handbook $(DESTDIR)$(PREFIX)/bin/handbook
	rm -rf $(DESTDIR)$(PREFIX)/share/handbook/themes/default
	cp -R themes/default $(DESTDIR)$(PREFIX)/share/handbook/themes/default

## Builds the release binary in .build, then measures it (BENCH_ARGS passes options, e.g. BENCH_ARGS="--runs 3").
bench: deps
	python3 Benchmarks/run.py --swift "$(SWIFT)" --scratch-path .build $(BENCH_ARGS)

## Fuzzes with libFuzzer and AddressSanitizer for $(SECONDS) seconds: make fuzz SECONDS=600.
## TARGET picks what (Fuzz/README.md): sources (the default: front matter, YAML, Markdown, links)
## or theme (templates: loading, partials, inheritance, rendering a note page): make fuzz TARGET=theme.
## New inputs are kept in $(FUZZ_BUILD)/corpus-$(TARGET), crashes go to artifacts/; FUZZ_ARGS passes libFuzzer options.
FUZZ_BUILD := .build-fuzz
SECONDS ?= 60
TARGET ?= sources
# Each target's product, seeds and dictionary, in Fuzz/.
FUZZ_sources := HandbookFuzz seeds handbook.dict
FUZZ_theme := ThemeFuzz theme-seeds theme.dict
FUZZ_TARGET = $(or $(FUZZ_$(TARGET)),$(error make fuzz: TARGET is sources or theme, not '$(TARGET)'))
FUZZ_PRODUCT = $(word 1,$(FUZZ_TARGET))
.PHONY: fuzz
fuzz: deps
	@# SwiftPM keeps the file list of a path dependency from the last build: forget it, so new files are seen.
	rm -f $(FUZZ_BUILD)/release.yaml $(FUZZ_BUILD)/release/description.json
	@# SwiftPM passes its sanitizers to swiftc in a random order as -sanitize=a -sanitize=b, and swiftc keeps only the
	@# last: half the builds had no coverage at all. One -sanitize=fuzzer,address after them keeps both.
	$(SWIFT) build --package-path Fuzz --scratch-path $(FUZZ_BUILD) -c release --sanitize fuzzer --sanitize address \
	  -Xswiftc -sanitize=fuzzer,address --product $(FUZZ_PRODUCT)
	mkdir -p $(FUZZ_BUILD)/corpus-$(TARGET) artifacts
	$(FUZZ_BUILD)/release/$(FUZZ_PRODUCT) $(FUZZ_BUILD)/corpus-$(TARGET) Fuzz/$(word 2,$(FUZZ_TARGET)) -dict=Fuzz/$(word 3,$(FUZZ_TARGET)) \
	  -max_total_time=$(SECONDS) -timeout=10 -detect_leaks=0 -artifact_prefix=artifacts/fuzz-$(TARGET)- $(FUZZ_ARGS)

## The browser suite (Tests/browser): headless Chromium over file://, the Nu HTML checker, axe-core.
## Installs what is missing (Debian's chromium, chromium-driver, weasyprint and poppler-utils, a Java
## runtime if there is none, the pinned Python packages) and builds the debug binary if there is none;
## no network at test time.
PYTHON ?= python3
BROWSER_REQUIREMENTS := Tests/browser/requirements.txt
APT_BROWSER_PACKAGES := chromium chromium-driver weasyprint poppler-utils $(if $(shell command -v java 2>/dev/null),,default-jre-headless)
.PHONY: browser-test browser-deps
browser-deps:
	$(call apt_install,$(APT_BROWSER_PACKAGES))
	@$(PYTHON) -c 'import sys, importlib.metadata as m; sys.exit(any(m.version(n) != v for n, v in (l.split("#")[0].strip().split("==") for l in open(sys.argv[1]) if "==" in l.split("#")[0])))' $(BROWSER_REQUIREMENTS) 2>/dev/null \
	  || { echo "Installing $(BROWSER_REQUIREMENTS)"; PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 $(PYTHON) -m pip install -q -r $(BROWSER_REQUIREMENTS); }

browser-test: browser-deps
	@[ -x .build/debug/handbook ] || $(SWIFT) build
	PYTHONDONTWRITEBYTECODE=1 $(PYTHON) -m pytest -q Tests/browser

clean:
	rm -rf .build $(SITE) handbook.pdf welcome.pdf platform.pdf
