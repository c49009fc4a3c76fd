"""One running app for documents: pickles opened while the app runs (with pickles or its welcome
window) open in it, in a fraction of the time a new app takes to start. Scripts keep a process
of their own.

The running app listens on a Unix socket in a folder only its user can enter (the session's
``XDG_RUNTIME_DIR``, or a folder of its own made so), and checks that whoever connects is that
user. A new `webfig-desktop fig.pickle` first offers its files there; only if no app takes them
does it start as the app itself.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import struct
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

SOCKET_NAME = "webfig-desktop.sock"
# The running app answers once its main thread has started opening the files; a launcher that
# hears nothing in this long starts an app of its own.
ANSWER_SECONDS = 10.0
_MAX_MESSAGE = 1 << 20


def socket_path() -> Path | None:
    """Where the app of this user listens; None if no folder only this user can enter exists."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(runtime) if runtime else Path(tempfile.gettempdir()) / f"webfig-{os.getuid()}"
    if not runtime:
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    try:
        info = folder.stat()
    except OSError:
        return None
    private = info.st_uid == os.getuid() and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    return folder / SOCKET_NAME if stat.S_ISDIR(info.st_mode) and private else None


def hand_over(paths: list[str], trust: bool) -> bool:
    """Offer `paths` (none: a welcome window) to the running app; whether it took them."""
    path = socket_path()
    if path is None:
        return False
    message = {"paths": [os.path.abspath(p) for p in paths], "trust": trust}
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(ANSWER_SECONDS)
            connection.connect(str(path))
            connection.sendall(json.dumps(message).encode() + b"\n")
            return connection.makefile("rb").readline().strip() == b"ok"
    except OSError:
        return False


class DocumentListener:
    """The running app's end: each launcher's files are opened by `open(paths, trust)`, run on
    the app's main thread through `post`; the launcher hears "ok" once that has run, and
    nothing if the app stopped listening first (it is ending)."""

    def __init__(
        self,
        post: Callable[[Callable[[], None]], None],
        open: Callable[[list[str], bool], None],
    ) -> None:
        self._post = post
        self._open = open
        self._socket: socket.socket | None = None
        self._path: Path | None = None

    def start(self) -> None:
        """Listen, if no other app of this user does; else leave the files to that one."""
        path = socket_path()
        if path is None:
            return
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(str(path))
        except OSError:
            # A file left by an app that was killed, or the socket of an app still running.
            if hand_over_is_possible(path):
                listener.close()
                return
            path.unlink(missing_ok=True)
            listener.bind(str(path))
        os.chmod(path, 0o600)
        listener.listen(8)
        self._socket, self._path = listener, path
        threading.Thread(target=self._serve, name="webfig-documents", daemon=True).start()

    def stop(self) -> None:
        listener, self._socket = self._socket, None
        if listener is not None:
            listener.close()
            with contextlib.suppress(OSError):
                self._path.unlink()

    def _serve(self) -> None:
        while (listener := self._socket) is not None:
            try:
                connection, _ = listener.accept()
            except OSError:
                return  # stopped
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(ANSWER_SECONDS)
            try:
                credentials = connection.getsockopt(
                    socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")
                )
                if struct.unpack("3i", credentials)[1] != os.getuid():
                    return
                line = connection.makefile("rb").readline(_MAX_MESSAGE)
                message = json.loads(line)
                paths, trust = message["paths"], message["trust"] is True
                if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
                    return
                opened = threading.Event()
                self._post(lambda: (self._open(paths, trust), opened.set()))
                while not opened.wait(0.05):
                    if self._socket is None:
                        return
                connection.sendall(b"ok\n")
            except (OSError, ValueError, KeyError, TypeError):
                return


def hand_over_is_possible(path: Path) -> bool:
    """Whether an app listens at `path`."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True
