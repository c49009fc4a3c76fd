"""The viewer process: one native pywebview window per figure, run on this process's main thread.

It obeys the host's commands read from stdin (one JSON object per line) and reports back on
stdout: windows closed, files dropped or chosen, answers from dialogs. When stdin ends — the
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

# The page's toolbar and status line around the canvas (figure.css): the first guess at the
# window's size; `_fit` corrects it once the page has laid itself out.
PAGE_CHROME_HEIGHT = 64
# After stdin ends, the longest the windows get to close before the process ends regardless.
_EXIT_GRACE = 1.5
PICKLE_TYPES = ("Figure pickles (*.pickle;*.pkl)", "All files (*.*)")


def _in_background(function: Callable[[], None]) -> None:
    """Run a blocking dialog off the command thread, so other windows keep obeying."""
    threading.Thread(target=function, daemon=True).start()


class WelcomeApi:
    """What the welcome page may ask of the viewer (pywebview's js_api)."""

    def __init__(self, viewer: Viewer, window_id: int) -> None:
        self._viewer = viewer
        self._window_id = window_id

    def open_dialog(self) -> None:
        self._viewer.open_dialog(self._window_id)

    def open_paths(self, paths: list[str]) -> None:
        if isinstance(paths, list) and all(isinstance(path, str) for path in paths):
            self._viewer.send("open_files", id=self._window_id, paths=paths)


class Viewer:
    """The windows of one viewer process, keyed by the host's window ids."""

    def __init__(self, out) -> None:
        self._out = out
        self._out_lock = threading.Lock()
        self._windows: dict[int, webview.Window] = {}
        # What each window adds around its figure (menus, toolbar, status), once measured.
        self._chrome: dict[int, tuple[int, int]] = {}

    def send(self, op: str, **fields: Any) -> None:
        with self._out_lock:
            self._out.write(json.dumps({"op": op, **fields}) + "\n")
            self._out.flush()

    def handle(self, command: dict[str, Any]) -> None:
        handler = getattr(self, f"_do_{command.get('op')}", None)
        if handler is None:
            print(f"webfig viewer: unknown command {command!r}", file=sys.stderr)
            return
        handler(command)

    # -- windows ------------------------------------------------------------------------------

    def _create(self, window_id: int, title: str, url: str, menu: list[Menu], **options) -> None:
        window = webview.create_window(
            title, url, min_size=(200, 150), background_color="#FFFFFF", menu=menu, **options
        )
        window.events.closed += lambda: self._closed(window_id)
        window.events.loaded += lambda: self._accept_drops(window_id, window)
        self._windows[window_id] = window

    def _do_open(self, command: dict[str, Any]) -> None:
        window_id, width, height = command["id"], int(command["width"]), int(command["height"])
        self._create(
            window_id,
            command["title"],
            command["url"],
            self._figure_menu(window_id),
            width=max(width, 200),
            height=height + PAGE_CHROME_HEIGHT,
        )
        self._windows[window_id].events.loaded += lambda: self._fit(window_id, width, height)

    def _do_welcome(self, command: dict[str, Any]) -> None:
        window_id = command["id"]
        self._create(
            window_id,
            "webfig-desktop",
            command["url"],
            self._welcome_menu(window_id),
            width=560,
            height=420,
            js_api=WelcomeApi(self, window_id),
        )

    def _fit(self, window_id: int, width: int, height: int) -> None:
        """Fit the window to its figure, then let the host take the page's size again."""
        try:
            self._fit_figure_area(window_id, width, height)
        finally:
            self.send("fitted", id=window_id)

    def _fit_figure_area(self, window_id: int, width: int, height: int) -> None:
        """Grow or shrink the window so that the figure's area is exactly its size (menus and
        toolbars take different room on every platform)."""
        window = self._windows.get(window_id)
        if window is None:
            return
        stage = window.evaluate_js(
            "(s => [s.clientWidth, s.clientHeight])(document.getElementById('stage'))"
        )
        if not stage:
            return
        self._chrome[window_id] = (window.width - stage[0], window.height - stage[1])
        if (stage[0], stage[1]) != (width, height):
            self._resize_figure_area(window_id, width, height)

    def _resize_figure_area(self, window_id: int, width: int, height: int) -> None:
        extra_width, extra_height = self._chrome.get(window_id, (0, PAGE_CHROME_HEIGHT))
        self._windows[window_id].resize(width + extra_width, height + extra_height)

    def _accept_drops(self, window_id: int, window: webview.Window) -> None:
        def dropped(event: dict[str, Any]) -> None:
            files = event.get("dataTransfer", {}).get("files", [])
            paths = [file["pywebviewFullPath"] for file in files if file.get("pywebviewFullPath")]
            if paths:
                self.send("open_files", id=window_id, paths=paths)

        window.dom.document.events.drop += DOMEventHandler(dropped, True, True)

    def _closed(self, window_id: int) -> None:
        self._chrome.pop(window_id, None)
        if self._windows.pop(window_id, None) is not None:
            self.send("closed", id=window_id)

    def _do_close(self, command: dict[str, Any]) -> None:
        window = self._windows.pop(command["id"], None)
        if window is not None:
            window.destroy()

    def _do_title(self, command: dict[str, Any]) -> None:
        window = self._windows.get(command["id"])
        if window is not None:
            window.title = command["title"]

    def _do_resize(self, command: dict[str, Any]) -> None:
        if command["id"] in self._windows:
            self._resize_figure_area(command["id"], int(command["width"]), int(command["height"]))

    def _do_fullscreen(self, command: dict[str, Any]) -> None:
        window = self._windows.get(command["id"])
        if window is not None:
            window.toggle_fullscreen()

    # -- menus and dialogs --------------------------------------------------------------------

    def _figure_menu(self, window_id: int) -> list[Menu]:
        return [
            Menu(
                "File",
                [
                    MenuAction("Open…\tCtrl+O", lambda: self.open_dialog(window_id)),
                    MenuAction(
                        "Save as pickle…\tCtrl+Shift+S", lambda: self._save_pickle(window_id)
                    ),
                    MenuAction("Export…\tCtrl+S", lambda: self.send("export", id=window_id)),
                    MenuSeparator(),
                    MenuAction("Close\tCtrl+W", lambda: self._do_close({"id": window_id})),
                ],
            )
        ]

    def _welcome_menu(self, window_id: int) -> list[Menu]:
        return [
            Menu(
                "File",
                [
                    MenuAction("Open…\tCtrl+O", lambda: self.open_dialog(window_id)),
                    MenuSeparator(),
                    MenuAction("Close", lambda: self._do_close({"id": window_id})),
                ],
            )
        ]

    def open_dialog(self, window_id: int) -> None:
        window = self._windows.get(window_id)
        if window is None:
            return

        def ask() -> None:
            chosen = window.create_file_dialog(
                webview.FileDialog.OPEN, allow_multiple=True, file_types=PICKLE_TYPES
            )
            if chosen:
                self.send("open_files", id=window_id, paths=list(chosen))

        _in_background(ask)

    def _do_open_dialog(self, command: dict[str, Any]) -> None:
        self.open_dialog(command["id"])

    def _save_pickle(self, window_id: int) -> None:
        window = self._windows.get(window_id)
        if window is None:
            return
        stem = os.path.splitext(window.title)[0] or "figure"

        def ask() -> None:
            chosen = window.create_file_dialog(
                webview.FileDialog.SAVE, save_filename=f"{stem}.pickle", file_types=PICKLE_TYPES
            )
            if chosen:
                self.send("save_pickle", id=window_id, path=chosen[0])

        _in_background(ask)

    def _do_save_pickle_dialog(self, command: dict[str, Any]) -> None:
        self._save_pickle(command["id"])

    def _do_save_dialog(self, command: dict[str, Any]) -> None:
        window = self._windows.get(command["id"])
        if window is None:
            return

        def ask() -> None:
            chosen = window.create_file_dialog(
                webview.FileDialog.SAVE,
                directory=command["directory"],
                save_filename=command["filename"],
                file_types=tuple(command["file_types"]),
            )
            self.send("answer", question=command["question"], value=chosen[0] if chosen else None)

        _in_background(ask)

    def _do_confirm(self, command: dict[str, Any]) -> None:
        window = self._windows.get(command["id"])
        if window is None:
            return
        # The page asks (asking.js): its buttons say what they do, and refusing is the default.
        question = {
            "title": command["title"],
            "message": command["message"],
            "choices": [[command["refuse"], False], [command["accept"], True]],
        }

        def answered(value: Any) -> None:
            self.send("answer", question=command["question"], value=value is True)

        _in_background(lambda: window.evaluate_js(f"webfigAsk({json.dumps(question)})", answered))

    def _do_alert(self, command: dict[str, Any]) -> None:
        window = self._windows.get(command["id"])
        if window is not None:
            _in_background(
                lambda: window.create_confirmation_dialog(command["title"], command["message"])
            )

    # -- the host's pipe ----------------------------------------------------------------------

    def follow_host(self, commands) -> None:
        """Carry out the host's commands until its pipe closes, then close every window."""
        self.send("ready")
        for line in commands:
            try:
                self.handle(json.loads(line))
            except (ValueError, KeyError, TypeError) as error:
                print(f"webfig viewer: bad command {line!r}: {error}", file=sys.stderr)
        deadline = threading.Timer(_EXIT_GRACE, os._exit, (0,))
        deadline.daemon = True
        deadline.start()
        for window in list(self._windows.values()):
            window.destroy()


def _host_channel():
    """Our stdout, kept for the host; fd 1 then points at stderr, so that whatever a library
    prints cannot corrupt the messages."""
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return out


def main() -> None:
    viewer = Viewer(_host_channel())
    commands = sys.stdin
    gui = "qt" if sys.platform.startswith("linux") else None
    # The toolkit and its web engine load before the first window is asked for, which the
    # host may still be far from (pywebview's `start` does this again at no cost).
    initialize_toolkit(gui)
    # pywebview needs a window before it starts its loop, so wait for the first one.
    for line in commands:
        viewer.handle(json.loads(line))
        if viewer._windows:
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
