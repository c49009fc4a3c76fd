# Build, check and demo webfig-desktop. CI runs `make test` (see .ci/run).

PYTHON ?= python3
VENV := .venv
PYTEST_ARGS ?=

# Debian packages: a virtual display with a window manager and input tools (tests), the
# libraries Qt WebEngine's wheels expect from the system, and Chromium for page tests.
# Recommends are skipped: Chromium and Qt WebEngine were seen to need none of them but
# fonts-liberation (Chromium's default web fonts), which is listed so pages look the same on
# every machine. x11-utils gives xwininfo and xev; python3-venv gives Debian's python3 a venv;
# binutils gives PyInstaller its objdump. Dark mode's tests set the desktop's theme as GNOME
# does (xsettingsd; gnome-themes-extra-data has Adwaita-dark), read by Qt's gtk3 platform theme,
# which needs GTK 3.
SYSTEM_PACKAGES := xvfb xauth xdotool openbox wmctrl x11-apps x11-utils \
	libnss3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 \
	libgl1 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 libdbus-1-3 libxkbfile1 \
	fonts-dejavu-core fonts-liberation chromium python3-venv binutils \
	xdg-utils shared-mime-info libfile-mimeinfo-perl \
	xsettingsd gnome-themes-extra-data libgtk-3-0

.PHONY: system venv test check lint format demo bench package clean pickle-corpus pickle-allowlist readme-screenshots \
	robustness

system:
	@if ! command -v dpkg-query >/dev/null; then \
		echo "not a Debian system: install the equivalents of: $(SYSTEM_PACKAGES)"; \
		exit 0; \
	fi; \
	missing=""; \
	for pkg in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null | grep -q 'ok installed$$' \
			|| missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ]; then \
		echo "installing:$$missing"; \
		apt-get update && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	else \
		echo "missing system packages; install them with:"; \
		echo "  sudo apt-get install --no-install-recommends$$missing"; \
		exit 1; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --disable-pip-version-check -e '.[test,bench,package]'
	touch $@

test: system $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/python -m pytest -q $(PYTEST_ARGS)

# Lint, and the tests that need no X display, no browser and no minutes (under a minute): the
# markers come from the fixtures each test uses (tests/conftest.py).
check: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/python -m pytest -q -m 'not window and not browser and not slow' $(PYTEST_ARGS)

demo: system $(VENV)/.installed
	@if [ -n "$$DISPLAY" ]; then \
		$(VENV)/bin/webfig-desktop examples/demo.py; \
	else \
		$(VENV)/bin/python -m webfig_desktop.harness.screenshot --screenshot screenshots/demo.png \
			--title 'Figure 1' \
			-- $(VENV)/bin/webfig-desktop examples/demo.py; \
	fi

# The README's pictures of editing, taken from the real app (tests/readme_screenshots.py).
readme-screenshots: system $(VENV)/.installed
	$(VENV)/bin/python -m tests.readme_screenshots examples

# The robustness suite at full size: load (fifty windows, a thousand connections without the
# secret), saves killed halfway, and a long fuzz of the page's requests. `make test` runs each
# of them at a size that fits CI; the figures they measured close the run.
ROBUSTNESS_TESTS := tests/test_load.py tests/test_faults.py tests/test_fuzz.py

robustness: system $(VENV)/.installed
	WEBFIG_ROBUSTNESS=full $(VENV)/bin/python -m pytest -q $(ROBUSTNESS_TESTS) $(PYTEST_ARGS)

# The whole figure corpus (every static gallery example, at protocols 2-5: about 30 minutes);
# `make test` runs a slice of it. pickle-allowlist writes the list the corpus needs.
CORPUS := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/webfig-desktop-tests/corpus-full

pickle-corpus: system $(VENV)/.installed
	WEBFIG_CORPUS=full $(VENV)/bin/python -m pytest -q tests/test_pickle_corpus.py $(PYTEST_ARGS)

pickle-allowlist: system $(VENV)/.installed
	$(VENV)/bin/python -m tests.pickle_corpus build $(CORPUS)
	$(VENV)/bin/python -m tests.pickle_allowlist $(CORPUS) --write

# The table prints; the figures go to screenshots/bench.json, and the README's picture of them
# to screenshots/bench-pan.png.
bench: system $(VENV)/.installed
	mkdir -p screenshots
	$(VENV)/bin/python -m bench.run --json screenshots/bench.json
	$(VENV)/bin/python -m bench.plot screenshots/bench.json screenshots/bench-pan.png
	$(VENV)/bin/python -m bench.pickle_open

package: system $(VENV)/.installed
	$(VENV)/bin/pyinstaller --noconfirm --clean pyinstaller.spec
	@du -sh dist/webfig-desktop

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) build dist *.egg-info screenshots .pytest_cache .ruff_cache
	find . -path ./.git -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
