"""Shared fixtures: a private X display, a headless Chromium, the figure page's geometry, and
apps run under watch; the harness behind them is `webfig_desktop.harness`.

``run_app`` starts a program in its own session on the test display and, at teardown, fails
the test if the program exited but left any process of its session running: closing the last
window must end everything we started.

Each test is marked by what it needs, from the fixtures it uses: ``window`` (an X display) and
``browser`` (Chromium). ``make check`` runs the tests that need neither and are not ``slow``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from webfig_desktop.harness.app_process import AppProcess
from webfig_desktop.harness.browser import CHROMIUM, launch_chromium
from webfig_desktop.harness.page_geometry import PageGeometry, measure_served_page
from webfig_desktop.harness.x_session import XSession, missing_programs

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

INSTALL_HINT = "run `make test`, which installs the system packages (or `make system`)"

# What a test needs, by the fixtures that give it (and every fixture that uses one of those).
NEEDS = {
    "window": ("x_programs", "an X display: Xvfb, openbox and the X tools"),
    "browser": ("chromium", "Chromium"),
}


def pytest_configure(config: pytest.Config) -> None:
    for marker, (_, what) in NEEDS.items():
        config.addinivalue_line("markers", f"{marker}: the test needs {what} (set by conftest)")
    # Set by hand, on the modules whose every test takes seconds of child processes.
    config.addinivalue_line("markers", "slow: left out of `make check`")
    # matplotlib's own test module, which some tests load, marks tests with its rerun plugin's.
    config.addinivalue_line("markers", "flaky: reruns, in matplotlib's own tests")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        # fixturenames holds every fixture the test needs, through the fixtures it names too.
        for marker, (fixture, _) in NEEDS.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)


@pytest.fixture(scope="session")
def x_programs() -> None:
    """The programs of an X session are installed (for tests that start sessions of their own)."""
    missing = missing_programs()
    if missing:
        pytest.fail(f"missing programs: {', '.join(missing)}: {INSTALL_HINT}", pytrace=False)


@pytest.fixture(scope="session")
def x_session(x_programs: None) -> Iterator[XSession]:
    """An Xvfb display with openbox managing its windows, shared by the whole test run."""
    with XSession() as session:
        yield session


@pytest.fixture(scope="session")
def chromium() -> str:
    """The path of Chromium (for tests that launch it in a process of their own)."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} not found: {INSTALL_HINT}", pytrace=False)
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium: str) -> Iterator[Browser]:
    """Headless Chromium driven by Playwright's sync API."""
    # Imported here: Playwright takes a second to import, and most runs of one test need none.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = launch_chromium(playwright, executable=chromium)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="session")
def page_geometry(browser: Browser) -> PageGeometry:
    """The figure page's toolbar buttons, stage and status line, measured once per run."""
    return measure_served_page(browser)


@pytest.fixture
def new_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """Factory: ``new_page(dpr=1, width=800, height=600)`` gives a page in a fresh context."""
    contexts = []

    def make(dpr: float = 1, width: int = 800, height: int = 600) -> Page:
        context = browser.new_context(
            viewport={"width": width, "height": height}, device_scale_factor=dpr
        )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    """A page at 800x600 CSS pixels and device pixel ratio 1."""
    return new_page()


@pytest.fixture
def config_home(tmp_path: Path) -> dict[str, str]:
    """``env_extra`` for ``run_app`` that keeps the app's settings (its recent files) in
    tmp_path, away from the user's."""
    home = tmp_path / "config"
    home.mkdir(exist_ok=True)
    return {"XDG_CONFIG_HOME": str(home)}


@pytest.fixture
def run_app(x_session: XSession, tmp_path: Path) -> Iterator[Callable[..., AppProcess]]:
    """Factory: ``run_app(*argv, env_extra=None, cwd=None, exit_grace=5)`` starts a program.

    The program runs on the test display with its output in files under tmp_path (see
    ``AppProcess.output()``). Programs of the test's Python environment come first on PATH, so
    ``run_app("webfig-desktop", ...)`` runs the one under test. The test's programs share a
    runtime folder of their own, so a pickle opened by one test never goes to the app of a test
    before it (single_instance.py), and a settings folder of their own (the ``config_home``
    fixture's), so that no test meets a window place or a recent file another test left, nor
    writes into the user's own; nor into the user's desktop entries and file types (a data
    folder of their own, made only if a program writes there). At teardown a program still
    running is killed; one that exited but whose session still has a live process
    ``exit_grace`` seconds later fails the test.
    """
    apps: list[tuple[AppProcess, float]] = []
    bin_dir = str(Path(sys.executable).parent)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    settings = tmp_path / "config"
    settings.mkdir(exist_ok=True)

    def start(
        *argv: str,
        env_extra: dict[str, str] | None = None,
        cwd: str | None = None,
        exit_grace: float = 5,
    ) -> AppProcess:
        env = x_session.env
        env["PATH"] = os.pathsep.join([bin_dir, env.get("PATH", os.defpath)])
        # Output reaches the log files as it is written, for tests that read it mid-run.
        env["PYTHONUNBUFFERED"] = "1"
        env["XDG_RUNTIME_DIR"] = str(runtime)
        env["XDG_CONFIG_HOME"] = str(settings)
        env["XDG_DATA_HOME"] = str(tmp_path / "data")
        env.update(env_extra or {})
        app = AppProcess(argv, env, log_dir=tmp_path, cwd=cwd)
        apps.append((app, exit_grace))
        return app

    yield start

    problems = []
    for app, exit_grace in apps:
        if app.returncode is None:
            app.kill()
            continue
        left = app.leftover_processes(exit_grace)
        if left:
            app.kill()
            problems.append(
                f"{' '.join(app.argv)} exited ({app.returncode}) but left processes behind:\n  "
                + "\n  ".join(left)
            )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# -- the figures robustness tests measure, printed at the end of the run --------------------

_MEASURED: list[str] = []

# How hard the robustness tests push: "ci" (the default, sized for `make test`) or "full"
# (`make robustness`).
ROBUSTNESS = os.environ.get("WEBFIG_ROBUSTNESS", "ci")


@pytest.fixture
def measured(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """``measured(text)``: a figure this test measured, for the run's summary."""
    return lambda text: _MEASURED.append(f"{request.node.name}: {text}")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _MEASURED:
        terminalreporter.section("measured")
        for line in _MEASURED:
            terminalreporter.write_line(line)
