"""The viewer process: one native pywebview window per figure, run on this process's main thread.

It obeys the host's commands read from stdin (one JSON object per line) and reports back on
stdout. When stdin ends — the host exited or was killed — every window closes and the process
ends with it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from typing import Any

import webview

# The page's toolbar and status line around the canvas (figure.css): the window is the figure
# plus these.
PAGE_CHROME_HEIGHT = 64
# After stdin ends, the longest the windows get to close before the process ends regardless.
_EXIT_GRACE = 1.5


class Viewer:
    """The windows of one viewer process, keyed by the host's window ids."""

    def __init__(self, out) -> None:
        self._out = out
        self._out_lock = threading.Lock()
        self._windows: dict[int, webview.Window] = {}

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

    def _do_open(self, command: dict[str, Any]) -> None:
        window_id = command["id"]
        window = webview.create_window(
            command["title"],
            command["url"],
            width=max(int(command["width"]), 200),
            height=int(command["height"]) + PAGE_CHROME_HEIGHT,
            min_size=(200, 150),
            background_color="#FFFFFF",
        )
        window.events.closed += lambda: self._closed(window_id)
        self._windows[window_id] = window

    def _closed(self, window_id: int) -> None:
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
        window = self._windows.get(command["id"])
        if window is not None:
            window.resize(int(command["width"]), int(command["height"]) + PAGE_CHROME_HEIGHT)

    def _do_fullscreen(self, command: dict[str, Any]) -> None:
        window = self._windows.get(command["id"])
        if window is not None:
            window.toggle_fullscreen()

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

        # The dialog blocks until the user answers; the other windows keep obeying meanwhile.
        threading.Thread(target=ask, daemon=True).start()

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
    # pywebview needs a window before it starts its loop, so wait for the first one.
    for line in commands:
        viewer.handle(json.loads(line))
        if viewer._windows:
            break
    else:
        return
    gui = "qt" if sys.platform.startswith("linux") else None
    webview.start(viewer.follow_host, (commands,), gui=gui)


if __name__ == "__main__":
    main()
