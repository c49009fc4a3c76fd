"""The welcome window: what the app shows before any figure, which takes dropped pickles."""

from __future__ import annotations

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

    def window_closed(self) -> None:
        """Nothing to keep: the window held no figure."""

    def files_dropped(self, paths: list[str]) -> None:
        open_files(paths, parent=self.window)

    def ask_open(self) -> None:
        ask_to_open(self.window)

    def close(self) -> None:
        self.window.close()


WELCOME_MENUS = [
    (
        "File",
        [
            Action("open", "Open…", Welcome.ask_open, key="ctrl+o"),
            None,
            Action("close", "Close", Welcome.close),
        ],
    )
]
