# The two commands the README leads with: `make demo` and `make test`.
# Both are idempotent and work on a fresh Debian/Ubuntu machine as root or with sudo.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

QT_PACKAGES := libpulse0 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
TEST_PACKAGES := $(QT_PACKAGES) postgresql xvfb ffmpeg espeak-ng libreoffice-writer poppler-utils imagemagick

.PHONY: demo test system-deps system-deps-test venv dev lint bench clean

demo: system-deps venv
	$(BIN)/countersign demo

test: system-deps-test dev
	$(BIN)/ruff check app tests bench
	$(BIN)/mypy app
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

system-deps:
	@./tools/ensure-packages.sh $(QT_PACKAGES)

system-deps-test:
	@./tools/ensure-packages.sh $(TEST_PACKAGES)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

dev: $(STAMP)

bench: dev
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info
