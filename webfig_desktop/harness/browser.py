"""The browser that page tests and the benchmark drive: Debian's Chromium, headless, so that
nothing is downloaded by Playwright."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch_chromium(
    playwright: Playwright, extra_args: Sequence[str] = (), executable: str = CHROMIUM
) -> Browser:
    """Headless Chromium with our arguments, and `extra_args` after them."""
    return playwright.chromium.launch(
        executable_path=executable, headless=True, args=[*CHROMIUM_ARGS, *extra_args]
    )
