"""The packaged app's offer to open figure pickles from the file manager (Linux): asked once, in
its welcome window, and nothing installed without a yes.

Someone who double-clicks the packaged app may never see the command line that
`--install-desktop` is run from, and until it is run a double-clicked pickle does not open in
the app. So the first time the packaged app opens its welcome window without that, it asks. The
refusal is the default, as for every question the app asks, and is remembered as firmly as a
yes: the app never asks again, and File → Open Figure Pickles with webfig-desktop does it
whenever the user wants.
An installed package is not asked: its user has the command line, where it is documented.
"""

from __future__ import annotations

import sys

from . import desktop_entry
from .settings import read_settings, write_settings
from .windows import Window

_NAME = "desktop_offer.json"
MENU_LABEL = "Open Figure Pickles with webfig-desktop"


def is_due() -> bool:
    """Whether to ask: this is the packaged app, on Linux, pickles do not open in it from the
    file manager, and the user has never answered."""
    return (
        sys.platform.startswith("linux")
        and getattr(sys, "frozen", False)
        and not desktop_entry.is_installed()
        and "accepted" not in read_settings(_NAME, {})
    )


def ask(window: Window) -> None:
    """Ask in `window`; a yes installs. Closing the window unanswered leaves it asked next
    time."""

    def answered(accepted: bool) -> None:
        if accepted:
            install(window)
        else:
            write_settings(_NAME, {"accepted": False})

    window.confirm(
        answered,
        title="Open figure pickles with webfig-desktop?",
        message="Figure pickles you double-click in the file manager would open in this app."
        " This adds a desktop entry and a file type for you alone; an app you chose for them"
        f" stays their default.\n\nYou will not be asked again: File → {MENU_LABEL} does it"
        " at any time.",
        refuse="Not now",
        accept="Open them here",
    )


def install(window: Window) -> None:
    """Install the desktop entry for this app, and say in `window` what came of it."""
    write_settings(_NAME, {"accepted": True})
    try:
        desktop_entry.install(sorted(desktop_entry.PICKLE_SUFFIXES))
    except OSError as error:
        window.alert("Cannot open figure pickles with webfig-desktop", str(error))
        return
    window.alert(
        "Figure pickles open in webfig-desktop",
        "A double-click in the file manager, or xdg-open, opens them in this app, unless you"
        " chose another app for them. `webfig-desktop --uninstall-desktop` takes it back.",
    )
