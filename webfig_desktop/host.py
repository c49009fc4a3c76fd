"""The figure host: what one Python process shows, and how.

Its figures' pages are served over HTTP (server.py), shown in native windows (windows.py), and
fed by the main thread's event loop (event_loop.py), which everything else hands its work to.
"""

from __future__ import annotations

import atexit
import secrets
from typing import TYPE_CHECKING, Any, Protocol

from .event_loop import EventLoop, Signal
from .events import InputEvent
from .feed import FigureFeed
from .tracing import span
from .windows import Windows

if TYPE_CHECKING:
    from .server import FigureServer


class ShownFigure(Protocol):
    """What the host needs of a figure whose page it serves."""

    feed: FigureFeed

    def page_config(self) -> dict[str, Any]: ...
    def handle_input(self, event: InputEvent) -> None: ...


class Host:
    """The event loop, the server and the windows of this process."""

    def __init__(self) -> None:
        self.secret = secrets.token_urlsafe(24)
        self.loop = EventLoop()
        self.windows = Windows(self.loop)
        self._pages: dict[int, ShownFigure] = {}
        self._next_page = 1
        self._server: FigureServer | None = None
        # Stopped before the interpreter ends, not while it ends: the server's thread runs a
        # loop in C that must not wake in a finalizing interpreter (`python -i` then crashed).
        atexit.register(self.shutdown)

    def serve(self, figure: ShownFigure) -> int:
        """Serve `figure`'s page, frames and input; returns the id in its URLs."""
        page_id, self._next_page = self._next_page, self._next_page + 1
        self._pages[page_id] = figure
        self._ensure_server()
        return page_id

    def unserve(self, page_id: int) -> None:
        figure = self._pages.pop(page_id, None)
        if figure is not None:
            self.loop.drop_input(figure)
            figure.feed.close()

    def page_url(self, page_id: int) -> str:
        return f"{self._ensure_server().origin}/{self.secret}/fig/{page_id}/"

    def welcome_url(self) -> str:
        return f"{self._ensure_server().origin}/{self.secret}/welcome/"

    def shutdown(self) -> None:
        """Close every window, stop the viewer and the server."""
        for page_id in list(self._pages):
            self.unserve(page_id)
        self.windows.shutdown()
        if self._server is not None:
            self._server.stop()
            self._server = None

    # -- for the server's threads -------------------------------------------------------------

    def feed(self, page_id: int) -> FigureFeed | None:
        figure = self._pages.get(page_id)
        return figure.feed if figure else None

    def page_config(self, page_id: int) -> dict[str, Any] | None:
        figure = self._pages.get(page_id)
        return figure.page_config() if figure else None

    def post_input(self, page_id: int, event: InputEvent, handled: Signal | None) -> bool:
        """Queue input for a page's figure, `handled` to be set once the figure has handled it
        (see `EventLoop.post_input`); False if there is no such page."""
        with span("input"):
            figure = self._pages.get(page_id)
            if figure is not None:
                self.loop.post_input(figure, event, handled)
            return figure is not None

    def _ensure_server(self) -> FigureServer:
        # Imported here: a script that never shows a figure never needs the web stack.
        from .server import FigureServer

        if self._server is None:
            self._server = FigureServer(self)
            self._server.start()
        return self._server


_host: Host | None = None


def current_host() -> Host:
    """The host of this process, made on first use."""
    global _host
    if _host is None:
        _host = Host()
    return _host


def shutdown_host() -> None:
    """Shut the host down, if this process ever made one."""
    if _host is not None:
        _host.shutdown()
