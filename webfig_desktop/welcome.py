"""The welcome window: what the app shows before any figure, which takes dropped pickles."""

from __future__ import annotations

import sys

from . import desktop_offer
from .actions import Action
from .documents import ask_to_open, open_files
from .host import current_host


class Welcome:
    """The welcome window's owner: files dropped or chosen open in windows of their own."""

    def __init__(self) -> None:
        host = current_host()
        self.window = host.windows.open(
            self, host.welcome_url(), "webfig-desktop", (560, 420), menus=WELCOME_MENUS, fit=False
        )
        # Here, not over a figure: a double-click on the packaged app opens this window.
        if desktop_offer.is_due():
            desktop_offer.ask(self.window)

    def window_closed(self) -> None:
        """Nothing to keep: the window held no figure."""

    def files_dropped(self, paths: list[str]) -> None:
        open_files(paths, parent=self.window)

    def ask_open(self) -> None:
        ask_to_open(self.window)

    def install_desktop_entry(self) -> None:
        desktop_offer.install(self.window)

    def close(self) -> None:
        self.window.close()


# Desktop entries and MIME types are the freedesktop.org desktops' own.
_DESKTOP_ITEMS = (
    [Action("desktop", desktop_offer.MENU_LABEL, Welcome.install_desktop_entry)]
    if sys.platform.startswith("linux")
    else []
)
WELCOME_MENUS = [
    (
        "File",
        [
            Action("open", "Open…", Welcome.ask_open, key="ctrl+o"),
            *_DESKTOP_ITEMS,
            None,
            Action("close", "Close", Welcome.close),
        ],
    )
]
