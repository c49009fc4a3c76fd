"""Shared fixtures: a private X display, a headless Chromium, and apps run under watch.

``run_app`` starts a program in its own session on the test display and, at teardown, fails
the test if the program exited but left any process of its session running: closing the last
window must end everything we started.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser import CHROMIUM, CHROMIUM_ARGS
from tests.x11 import AppProcess, MissingProgramError, XSession

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

INSTALL_HINT = "run `make test`, which installs the system packages (or `make system`)"


@pytest.fixture(scope="session")
def x_session() -> Iterator[XSession]:
    """An Xvfb display with openbox managing its windows, shared by the whole test run."""
    session = XSession()
    try:
        session.start()
    except MissingProgramError as e:
        missing = str(e)
    else:
        missing = ""
    if missing:  # failed outside the except block, so the report shows no exception chain
        pytest.fail(f"{missing}: {INSTALL_HINT}", pytrace=False)
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium driven by Playwright's sync API."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} not found: {INSTALL_HINT}", pytrace=False)
    # Imported here: Playwright takes a second to import, and most runs of one test need none.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


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
def run_app(x_session: XSession, tmp_path: Path) -> Iterator[Callable[..., AppProcess]]:
    """Factory: ``run_app(*argv, env_extra=None, cwd=None, exit_grace=5)`` starts a program.

    The program runs on the test display with its output in files under tmp_path (see
    ``AppProcess.output()``). Programs of the test's Python environment come first on PATH, so
    ``run_app("webfig-desktop", ...)`` runs the one under test. At teardown a program still
    running is killed; one that exited but whose session still has a live process
    ``exit_grace`` seconds later fails the test.
    """
    apps: list[tuple[AppProcess, float]] = []
    bin_dir = str(Path(sys.executable).parent)

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
