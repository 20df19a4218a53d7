# handbook: build the tool, the example handbook, and run every test.
#   make run      install what is missing, build the tool, build the example into _site/
#   make test     run every test
#   make install  install the binary and the default theme under PREFIX (default /usr/local)

PREFIX ?= /usr/local
SWIFT ?= swift
SITE ?= _site
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run build test install clean deps

## Install the Debian packages the build needs, if any is missing.
deps:
	@missing=""; for package in $(APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release

run: build
	.build/release/handbook build content -o $(SITE)
	@echo "Open file://$(CURDIR)/$(SITE)/index.html"

test: deps
	$(SWIFT) build
	$(SWIFT) test

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/handbook/themes
	install -m 755 .build/release/handbook $(DESTDIR)$(PREFIX)/bin/handbook
	rm -rf $(DESTDIR)$(PREFIX)/share/handbook/themes/default
	cp -R themes/default $(DESTDIR)$(PREFIX)/share/handbook/themes/default

clean:
	rm -rf .build $(SITE)
