"""The viewer's process, as the host starts it: the child that owns the native windows.

The two talk over the child's stdin and stdout (pipe.py). When the host dies the child's stdin
closes and the viewer exits on its own, so no window outlives its figures. A Ctrl+C is the host's
to answer (interrupt.py): the viewer never gets it.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

from .interrupt import own_process_group
from .pipe import PipeWriter, messages


def viewer_command() -> list[str]:
    """How to start the viewer: a frozen app re-runs its own executable in viewer mode."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--viewer"]
    return [sys.executable, "-m", "webfig_desktop.viewer"]


def viewer_environment() -> dict[str, str]:
    env = dict(os.environ)
    flags = env.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    # Chromium refuses to start its sandbox as root; the page it shows is our own.
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        flags.append("--no-sandbox")
    # The engine's own log (no system bus, no GPU...) is noise in the user's terminal.
    if not any(flag.startswith("--log-level") for flag in flags):
        flags.append("--log-level=3")
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)
    return env


class ViewerProcess:
    """One running viewer. What it sends is kept until `listen` names who takes it: then, on a
    reader thread, each message, and finally ``{"op": "exited", "code": N}`` once its output
    ends."""

    def __init__(self) -> None:
        self._listen_lock = threading.Lock()
        self._listener: Callable[[dict[str, Any]], None] | None = None
        self._kept: list[dict[str, Any]] = []
        self._process = subprocess.Popen(
            viewer_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # A windowed app (no console) has no stderr to hand down.
            stderr=subprocess.DEVNULL if sys.stderr is None else None,
            env=viewer_environment(),
            text=True,
            encoding="utf-8",
            bufsize=1,
            **own_process_group(),
        )
        self._writer = PipeWriter(self._process.stdin)
        threading.Thread(target=self._read, name="webfig-viewer-reader", daemon=True).start()

    def listen(self, on_message: Callable[[dict[str, Any]], None]) -> None:
        """Hand every message, those kept so far first, to `on_message`."""
        with self._listen_lock:
            self._listener = on_message
            kept, self._kept = self._kept, []
            for message in kept:
                on_message(message)

    def _deliver(self, message: dict[str, Any]) -> None:
        with self._listen_lock:
            if self._listener is None:
                self._kept.append(message)
            else:
                self._listener(message)

    def _read(self) -> None:
        for message in messages(self._process.stdout):
            self._deliver(message)
        self._deliver({"op": "exited", "code": self._process.wait()})

    def send(self, op: str, **fields: Any) -> None:
        """Send one command; a viewer that has gone away is reported by its reader instead."""
        self._writer.send(op, **fields)

    def close(self, timeout: float = 5.0) -> None:
        """Ask the viewer to close every window and exit; kill it if it does not."""
        self._writer.close()
        try:
            self._process.wait(timeout)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


# A viewer started before the host needed one, until the host takes it.
_early: ViewerProcess | None = None


def start_early() -> None:
    """Start the viewer now, for the host's first window: its toolkit and web engine load while
    the script imports and plots instead of after (see README, start-up)."""
    global _early
    if _early is None:
        _early = ViewerProcess()
        atexit.register(_close_untaken)


def take_viewer() -> ViewerProcess:
    """The viewer started early if there is one, else a new one."""
    global _early
    viewer, _early = _early, None
    return viewer if viewer is not None else ViewerProcess()


def _close_untaken() -> None:
    # No window was ever asked for: nothing to wait for.
    if _early is not None:
        _early.close(timeout=0)
