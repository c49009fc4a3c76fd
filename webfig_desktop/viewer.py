"""The viewer process: one native pywebview window per figure, run on this process's main thread.

It obeys the host's commands read from stdin and reports back on stdout (pipe.py): windows
closed, menu items chosen, files dropped, answers from dialogs. When stdin ends — the
host exited or was killed — every window closes and the process ends with it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

import webview
from webview.dom import DOMEventHandler
from webview.guilib import initialize as initialize_toolkit
from webview.menu import Menu, MenuAction, MenuSeparator

from .assets import FOLDER as ASSETS
from .colour_scheme import QtColourScheme
from .pipe import PipeWriter, dispatch, messages
from .qt_dialogs import QtDialogs
from .qt_scene_graph import composite_on_cpu_if_opengl_is_emulated

# The page's toolbar and status line around the canvas (figure.css): the first guess at the
# window's size; `_fit` corrects it once the page has laid itself out.
PAGE_CHROME_HEIGHT = 64
# New windows step down and right from the first by this much, as desktop apps cascade documents.
CASCADE_STEP = 32
# After stdin ends, the longest the windows get to close before the process ends regardless.
_EXIT_GRACE = 1.5


class PageApi:
    """What a page may report of the user through pywebview's js_api (the welcome page's
    buttons)."""

    def __init__(self, viewer: Viewer, window_id: int) -> None:
        self._viewer = viewer
        self._window_id = window_id

    def action(self, name: str) -> None:
        if isinstance(name, str):
            self._viewer.send("action", id=self._window_id, name=name)

    def open_paths(self, paths: list[str]) -> None:
        if isinstance(paths, list) and all(isinstance(path, str) for path in paths):
            self._viewer.send("dropped", id=self._window_id, paths=paths)


class Viewer:
    """The windows of one viewer process, keyed by the host's window ids: it does what the host
    asks of them and reports what the user did, and decides nothing."""

    def __init__(self, writer: PipeWriter) -> None:
        self.send = writer.send
        self.windows: dict[int, webview.Window] = {}
        self.toolkit = None  # pywebview's module for the platform's toolkit, once loaded
        self.qt_dialogs: QtDialogs | None = None  # on Qt: its own dialogs, not pywebview's
        self.colour_scheme: QtColourScheme | None = None  # on Qt: light or dark as the desktop
        # What each window adds around its figure (menus, toolbar, status), once measured.
        self._chrome: dict[int, tuple[int, int]] = {}
        # Windows whose closing by the user is only reported, for the host to decide.
        self._guarded: set[int] = set()
        # The figure area of windows whose first page is loading, to fit the window around.
        self._to_fit: dict[int, tuple[int, int]] = {}
        self.commands = {
            "open": self._open,
            "close": self._close,
            "load": self._load,
            "title": self._title,
            "resize": self._resize,
            "fullscreen": self._fullscreen,
            "guard": self._guard,
            "open_dialog": self._open_dialog,
            "save_dialog": self._save_dialog,
            "confirm": self._confirm,
            "alert": self._alert,
        }

    # -- windows ------------------------------------------------------------------------------

    def _open(
        self,
        id: int,
        url: str,
        title: str,
        width: int,
        height: int,
        fit: bool,
        menu: list,
        guarded: bool = False,
        place: list[int] | None = None,
    ) -> None:
        placed = place is not None and self._on_a_screen(place)
        if placed:
            # Where and as large as it was: the figure takes the size of the window.
            x, y, width, height = place
            size, fit = (width, height), False
        elif fit:
            # The page holds its size back until `_fit` says the window is laid out.
            url, size = url + "#fitting", (max(width, 200), height + PAGE_CHROME_HEIGHT)
        else:
            size = (width, height)
        if not placed:
            x, y = self._cascade(*size)
        window = webview.create_window(
            title,
            url,
            width=size[0],
            height=size[1],
            x=x,
            y=y,
            min_size=(200, 150),
            background_color=self.colour_scheme.page_colour() if self.colour_scheme else "#FFFFFF",
            menu=self._menus(id, menu),
            js_api=PageApi(self, id),
        )
        window.events.closing += lambda: self._closing(id)
        window.events.closed += lambda: self._closed(id)
        self._guard(id, guarded)
        if self.colour_scheme is not None:
            self.colour_scheme.follow(window)
        if fit:
            self._to_fit[id] = (width, height)
        window.events.loaded += lambda: self._loaded(id, window)
        self.windows[id] = window

    def _load(self, id: int, url: str) -> None:
        """Show another page in the window, as it is (watch mode's figure of a new run)."""
        if id in self.windows:
            self.windows[id].load_url(url)

    def _loaded(self, id: int, window: webview.Window) -> None:
        self._accept_drops(id, window)
        # Only the first page is fitted: a page loaded later takes the window as it is.
        size = self._to_fit.pop(id, None)
        if size is not None:
            self._fit(id, *size)

    def _on_a_screen(self, place: list[int]) -> bool:
        """Whether a screen shows enough of a window at `place` to grab and move it."""
        x, y, width, height = place
        screens = self.toolkit.get_screens() if self.toolkit is not None else []
        return (
            any(
                s.x <= x + 100 <= s.x + s.width and s.y <= y + 30 <= s.y + s.height for s in screens
            )
            and width > 0
            and height > 0
        )

    def _cascade(self, width: int, height: int) -> tuple[int | None, int | None]:
        """Where a new window goes on the primary screen: the first in the middle, each next
        one a step down and right, back to the middle before one would leave the screen."""
        screens = self.toolkit.get_screens() if self.toolkit is not None else []
        if not screens:
            return None, None
        screen = screens[0]
        left, top = max((screen.width - width) // 2, 0), max((screen.height - height) // 2, 0)
        room = min(screen.width - width - left, screen.height - height - top) // CASCADE_STEP
        step = len(self.windows) % (max(room, 0) + 1)
        return left + step * CASCADE_STEP, top + step * CASCADE_STEP

    def _menus(self, window_id: int, spec: list) -> list[Menu]:
        def item(entry: list[str] | None) -> MenuAction | MenuSeparator:
            if entry is None:
                return MenuSeparator()
            label, name, shortcut = entry
            text = f"{label}\t{shortcut}" if shortcut else label
            return MenuAction(text, lambda: self.send("action", id=window_id, name=name))

        return [Menu(title, [item(entry) for entry in items]) for title, items in spec]

    def _fit(self, window_id: int, width: int, height: int) -> None:
        """Grow or shrink the window so that the figure's area is exactly its size (menus and
        toolbars take different room on every platform), then let the page report its size."""
        window = self.windows.get(window_id)
        if window is None:
            return
        try:
            stage = window.evaluate_js(
                "(s => [s.clientWidth, s.clientHeight])(document.getElementById('stage'))"
            )
            if stage:
                self._chrome[window_id] = (window.width - stage[0], window.height - stage[1])
                if (stage[0], stage[1]) != (width, height):
                    self._resize(window_id, width, height)
        finally:
            window.evaluate_js(f"webfigLaidOut({width}, {height})")

    def _accept_drops(self, window_id: int, window: webview.Window) -> None:
        def dropped(event: dict[str, Any]) -> None:
            files = event.get("dataTransfer", {}).get("files", [])
            paths = [file["pywebviewFullPath"] for file in files if file.get("pywebviewFullPath")]
            if paths:
                self.send("dropped", id=window_id, paths=paths)

        window.dom.document.events.drop += DOMEventHandler(dropped, True, True)

    def _report_place(self, window_id: int, window: webview.Window) -> None:
        # Where its frame is, as a new window is placed by its frame; pywebview tells where
        # its contents are.
        frame = window.native.frameGeometry() if self.qt_dialogs is not None else None
        x, y = (frame.x(), frame.y()) if frame is not None else (window.x, window.y)
        self.send("placed", id=window_id, place=[x, y, window.width, window.height])

    def _closing(self, window_id: int) -> bool:
        # False keeps the window open. A window the host closes is no longer ours here.
        if window_id in self.windows:
            self._report_place(window_id, self.windows[window_id])
        if window_id in self._guarded and window_id in self.windows:
            self.send("close_asked", id=window_id)
            return False
        return True

    def _guard(self, id: int, guarded: bool) -> None:
        if guarded:
            self._guarded.add(id)
        else:
            self._guarded.discard(id)

    def _closed(self, window_id: int) -> None:
        self._chrome.pop(window_id, None)
        self._to_fit.pop(window_id, None)
        self._guarded.discard(window_id)
        if self.windows.pop(window_id, None) is not None:
            self.send("closed", id=window_id)

    def _close(self, id: int) -> None:
        # Asked by the host, which knows: not reported back.
        window = self.windows.pop(id, None)
        if window is not None:
            self._report_place(id, window)
            window.destroy()

    def _title(self, id: int, title: str) -> None:
        if id in self.windows:
            self.windows[id].title = title

    def _resize(self, id: int, width: int, height: int) -> None:
        if id in self.windows:
            extra_width, extra_height = self._chrome.get(id, (0, PAGE_CHROME_HEIGHT))
            self.windows[id].resize(width + extra_width, height + extra_height)

    def _fullscreen(self, id: int) -> None:
        if id in self.windows:
            self.windows[id].toggle_fullscreen()

    # -- dialogs ------------------------------------------------------------------------------

    def _in_background(
        self,
        window_id: int,
        ask: Callable[[webview.Window, Callable[[Any], None]], None],
        question: int | None = None,
    ) -> None:
        """Run a blocking dialog off the command thread, so other windows keep obeying;
        `ask(window, answer)` shows it and passes `answer` the user's reply."""
        window = self.windows.get(window_id)
        if window is None:
            return

        def answer(value: Any) -> None:
            if question is not None:
                self.send("answer", question=question, value=value)

        threading.Thread(target=ask, args=(window, answer), daemon=True).start()

    def _open_dialog(self, id: int, question: int, file_types: list[str]) -> None:
        def ask(window: webview.Window, answer: Callable[[Any], None]) -> None:
            chosen = window.create_file_dialog(
                webview.FileDialog.OPEN, allow_multiple=True, file_types=tuple(file_types)
            )
            answer(list(chosen or ()))

        self._in_background(id, ask, question)

    def _save_dialog(
        self, id: int, question: int, directory: str, filename: str, file_types: list[str]
    ) -> None:
        def ask(window: webview.Window, answer: Callable[[Any], None]) -> None:
            if self.qt_dialogs is not None:
                answer(self.qt_dialogs.ask_save(window.native, directory, filename, file_types))
                return
            chosen = window.create_file_dialog(
                webview.FileDialog.SAVE,
                directory=directory,
                save_filename=filename,
                file_types=tuple(file_types),
            )
            answer((chosen[0], "") if chosen else None)

        self._in_background(id, ask, question)

    def _confirm(self, id: int, question: int, title: str, message: str, choices: list) -> None:
        # The page asks (asking.js): its buttons say what they do, and the first, the safe
        # answer, is the default.
        asked = {"title": title, "message": message, "choices": choices}
        self._in_background(
            id,
            lambda window, answer: window.evaluate_js(f"webfigAsk({json.dumps(asked)})", answer),
            question,
        )

    def _alert(self, id: int, title: str, message: str) -> None:
        def ask(window: webview.Window, _answer: Callable[[Any], None]) -> None:
            if self.qt_dialogs is not None:
                self.qt_dialogs.alert(window.native, title, message)
            else:
                window.create_confirmation_dialog(title, message)

        self._in_background(id, ask)

    # -- the host's pipe ----------------------------------------------------------------------

    def follow_host(self, commands) -> None:
        """Carry out the host's commands until its pipe closes, then close every window."""
        self.send("ready")
        for command in commands:
            dispatch(self.commands, command)
        deadline = threading.Timer(_EXIT_GRACE, os._exit, (0,))
        deadline.daemon = True
        deadline.start()
        for window in list(self.windows.values()):
            window.destroy()


def _host_channel():
    """Our stdout, kept for the host; fd 1 then points at stderr, so that whatever a library
    prints cannot corrupt the messages."""
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return out


def _quiet_engine() -> None:
    """Keep the toolkit's and web engine's warnings (no Vulkan, no DRI3, GPU vendor unknown:
    each run, on most machines) out of the user's terminal; their critical errors still show.
    WEBFIG_DEBUG=1 shows everything."""
    if os.environ.get("WEBFIG_DEBUG"):
        return
    try:
        from qtpy.QtCore import QtMsgType, qInstallMessageHandler
    except ImportError:
        return
    shown = {QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}

    def handle(kind, _context, message: str) -> None:
        if kind in shown:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handle)


def _screen_ratio() -> float | None:
    """The primary screen's device pixel ratio, where the toolkit tells it (Qt)."""
    try:
        from qtpy.QtWidgets import QApplication
    except ImportError:
        return None
    app = QApplication.instance()
    return app.primaryScreen().devicePixelRatio() if app is not None else None


def main() -> None:
    viewer = Viewer(PipeWriter(_host_channel()))
    commands = messages(sys.stdin)
    gui = "qt" if sys.platform.startswith("linux") else None
    if gui == "qt":
        _quiet_engine()
    # The toolkit and its web engine load before the first window is asked for, which the
    # host may still be far from (pywebview's `start` does this again at no cost).
    viewer.toolkit = initialize_toolkit(gui)
    if gui == "qt":
        viewer.qt_dialogs = QtDialogs()
        viewer.colour_scheme = QtColourScheme(lambda: list(viewer.windows.values()))
    # Before any window: the host draws its figures' first frames at this ratio, not at 1.
    viewer.send("screen", ratio=_screen_ratio())
    if gui == "qt":
        composite_on_cpu_if_opengl_is_emulated()
    # pywebview needs a window before it starts its loop, so wait for the first one.
    for command in commands:
        dispatch(viewer.commands, command)
        if viewer.windows:
            break
    else:
        return
    webview.start(viewer.follow_host, (commands,), gui=gui, icon=str(ASSETS / "icon.png"))
    # The loop ended with the last window, and pywebview cannot start it again in this
    # process: end it, so that the host starts a new viewer for the next figure (the thread
    # still reading the host's commands would otherwise keep this one alive, useless).
    os._exit(0)


if __name__ == "__main__":
    main()
