"""A private X display: Xvfb with openbox, plus input, screenshot and window helpers.

Tests and the benchmark drive real windows as a user would: through the X server, with xdotool
for input and wmctrl for the window manager's polite close request. Everything that waits does
so with `wait_until`, and a timeout names what it waited for.
"""

from __future__ import annotations

import ctypes
import os
import re
import secrets
import select
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import IO

from PIL import Image, ImageChops, ImageGrab

from .waiting import wait_until

# Program → Debian package, so that a missing tool can be named with its fix.
REQUIRED_PROGRAMS = {
    "Xvfb": "xvfb",
    "openbox": "openbox",
    "xdotool": "xdotool",
    "wmctrl": "wmctrl",
    "xwininfo": "x11-utils",
}

_COMMAND_TIMEOUT = 10.0

# Pillow's X11 grab reads the cookie file named by $XAUTHORITY in *this* process; the lock keeps
# two sessions in one process from swapping it under each other.
_XAUTHORITY_LOCK = threading.Lock()


class MissingProgramError(RuntimeError):
    """A program the X session needs is not installed."""


class PixelTimeoutError(TimeoutError):
    """Pixels never reached the awaited state; ``image`` is the last screenshot, for a look."""

    def __init__(self, message: str, image: Image.Image) -> None:
        super().__init__(message)
        self.image = image


def missing_programs() -> list[str]:
    """Return "program (package)" for each required program that is not on PATH."""
    return [f"{prog} ({pkg})" for prog, pkg in REQUIRED_PROGRAMS.items() if not shutil.which(prog)]


def is_blank(image: Image.Image) -> bool:
    """True when the image is a single colour (nothing drawn yet)."""
    return image.getcolors(maxcolors=1) is not None


def _write_xauthority(path: Path) -> None:
    """Write a cookie that matches any display number, because Xvfb picks the number later.

    An entry of family FamilyWild with an empty display number matches every display
    (libXau), and the server accepts every cookie in its ``-auth`` file.
    """

    def counted(data: bytes) -> bytes:
        return struct.pack(">H", len(data)) + data

    entry = (
        struct.pack(">H", 0xFFFF)
        + counted(b"")
        + counted(b"")
        + counted(b"MIT-MAGIC-COOKIE-1")
        + counted(secrets.token_bytes(16))
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(entry)


_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def _dying_with(parent: int) -> Callable[[], None]:
    """A preexec_fn: the child gets SIGTERM when the thread that started it dies.

    Xvfb and openbox sit in a session of their own (see ``_start_xvfb``), so a killed test
    run would otherwise leave them running forever.
    """

    def preexec() -> None:
        if _libc is not None:
            _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


def _stop_process(proc: subprocess.Popen, timeout: float = 5.0) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class XSession:
    """Xvfb on a free display with openbox as window manager; start, stop, start again."""

    def __init__(self, width: int = 1600, height: int = 1000, depth: int = 24) -> None:
        self.width = width
        self.height = height
        self.depth = depth
        self.display = ""
        self._env: dict[str, str] = {}
        self._xauthority = ""
        self._dir: tempfile.TemporaryDirectory | None = None
        self._xvfb: subprocess.Popen | None = None
        self._openbox: subprocess.Popen | None = None
        self._logs: list[IO[str]] = []

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self, timeout: float = 20.0) -> XSession:
        """Start Xvfb and openbox; return once openbox manages new windows."""
        if self._xvfb is not None:
            raise RuntimeError(f"X session {self.display} is already running")
        missing = missing_programs()
        if missing:
            raise MissingProgramError("missing programs for the X session: " + ", ".join(missing))
        self._dir = tempfile.TemporaryDirectory(prefix="webfig-x11-")
        tmp = Path(self._dir.name)
        try:
            self._start_xvfb(tmp, timeout)
            self._env = self._session_env(tmp)
            self._start_openbox(tmp, timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop openbox and Xvfb and wait for both; safe to call twice."""
        for proc in (self._openbox, self._xvfb):
            if proc is not None:
                _stop_process(proc)
        self._openbox = self._xvfb = None
        for log in self._logs:
            log.close()
        self._logs = []
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None
        self.display = ""
        self._env = {}
        self._xauthority = ""

    def __enter__(self) -> XSession:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def env(self) -> dict[str, str]:
        """A copy of the environment for programs that should run on this display."""
        if not self._env:
            raise RuntimeError("the X session is not running")
        return dict(self._env)

    def _log(self, tmp: Path, name: str) -> IO[str]:
        log = open(tmp / name, "w")  # noqa: SIM115 - closed in stop()
        self._logs.append(log)
        return log

    def _log_text(self, name: str) -> str:
        if self._dir is None:
            return ""
        path = Path(self._dir.name) / name
        return path.read_text(errors="replace").strip() if path.exists() else ""

    def _start_xvfb(self, tmp: Path, timeout: float) -> None:
        xauthority = tmp / "Xauthority"
        _write_xauthority(xauthority)
        read_fd, write_fd = os.pipe()
        try:
            # -displayfd: Xvfb picks a free display and writes its number once it accepts
            # connections, which is both the choice and the readiness signal.
            screen = f"{self.width}x{self.height}x{self.depth}"
            self._xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_fd), "-auth", str(xauthority)]
                + f"-screen 0 {screen} -dpi 96 -nolisten tcp -noreset".split(),
                pass_fds=[write_fd],
                stdin=subprocess.DEVNULL,
                stdout=self._log(tmp, "xvfb.log"),
                stderr=subprocess.STDOUT,
                # Its own session: a Ctrl-C meant for the tests must not kill the display
                # before the tests' own cleanup closes the windows on it.
                start_new_session=True,
                preexec_fn=_dying_with(os.getpid()),
            )
            os.close(write_fd)
            write_fd = -1
            number = b""
            deadline = time.monotonic() + timeout
            while not number.endswith(b"\n"):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not select.select([read_fd], [], [], remaining)[0]:
                    raise TimeoutError(f"Xvfb did not report a display number within {timeout} s")
                chunk = os.read(read_fd, 64)
                if not chunk:
                    raise RuntimeError("Xvfb exited at start:\n" + self._log_text("xvfb.log"))
                number += chunk
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)
        self.display = f":{int(number)}"
        self._xauthority = str(xauthority)

    def _session_env(self, tmp: Path) -> dict[str, str]:
        env = dict(os.environ)
        # Programs under test must reach only this display: not a desktop's Wayland compositor
        # (Qt and GTK prefer it when they see it), not its session bus (file dialogs and
        # notifications would appear on the real desktop), not its runtime directory.
        for name in ("WAYLAND_DISPLAY", "WAYLAND_SOCKET"):
            env.pop(name, None)
        runtime = tmp / "runtime"
        runtime.mkdir(mode=0o700)
        env.update(
            DISPLAY=self.display,
            XAUTHORITY=self._xauthority,
            XDG_SESSION_TYPE="x11",
            QT_QPA_PLATFORM="xcb",
            GDK_BACKEND="x11",
            XDG_RUNTIME_DIR=str(runtime),
            DBUS_SESSION_BUS_ADDRESS="disabled:",
        )
        if os.geteuid() == 0:
            # Chromium's sandbox refuses to run as root; QtWebEngine embeds Chromium.
            flags = env.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
            if "--no-sandbox" not in flags:
                flags.append("--no-sandbox")
            env["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)
        return env

    def _start_openbox(self, tmp: Path, timeout: float) -> None:
        ready = tmp / "openbox-ready"
        # openbox sets the WM check property (what `wmctrl -m` reads) early in its startup,
        # but a window mapped before its main loop runs can stay unmanaged and invisible.
        # --startup runs its command just before the main loop: that is the readiness signal.
        # Private XDG dirs keep a user's openbox config and log out of the tests.
        env = dict(self._env, XDG_CONFIG_HOME=str(tmp), XDG_CACHE_HOME=str(tmp))
        self._openbox = subprocess.Popen(
            ["openbox", "--sm-disable", "--startup", "touch " + shlex.quote(str(ready))],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log(tmp, "openbox.log"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_dying_with(os.getpid()),
        )

        def started() -> bool:
            if self._openbox.poll() is not None:
                raise RuntimeError("openbox exited at start:\n" + self._log_text("openbox.log"))
            return ready.exists()

        wait_until(f"openbox's start on {self.display}", started, timeout)
        wm = self._run("wmctrl", "-m").stdout
        if "openbox" not in wm.lower():
            raise RuntimeError(f"openbox is not the window manager on {self.display}: {wm!r}")

    # -- running commands --------------------------------------------------------------------

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        try:
            proc = subprocess.run(
                argv,
                env=self.env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=_COMMAND_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise TimeoutError(
                f"{shlex.join(argv)} did not finish in {_COMMAND_TIMEOUT} s"
            ) from None
        if check and proc.returncode != 0:
            raise RuntimeError(f"{shlex.join(argv)} failed ({proc.returncode}): {proc.stderr}")
        return proc

    def _query(self, *argv: str) -> str:
        """Run a tool that reads many windows; run it again if one vanished meanwhile."""

        def answered() -> subprocess.CompletedProcess[str] | None:
            proc = self._run(*argv, check=False)
            # Windows come and go while a tool reads them one by one; Xlib's default handler
            # then exits on BadWindow or BadDrawable. That is a race, not an answer.
            return None if re.search(r"\bBad(Window|Drawable)\b", proc.stderr) else proc

        proc = wait_until(
            f"{shlex.join(argv)} without a window vanishing", answered, _COMMAND_TIMEOUT
        )
        # xdotool search exits 1 for "no match" with nothing on stderr.
        if proc.returncode != 0 and proc.stderr.strip():
            raise RuntimeError(f"{shlex.join(argv)} failed ({proc.returncode}): {proc.stderr}")
        return proc.stdout

    def xdotool(self, *args: object) -> str:
        """Run xdotool on this display; one call, so that its events arrive in order."""
        return self._run("xdotool", *map(str, args)).stdout

    # -- windows -----------------------------------------------------------------------------

    def top_level_windows(self) -> dict[int, str]:
        """Window id → title of every window the window manager manages."""
        windows = {}
        for line in self._query("wmctrl", "-l").splitlines():
            # "0x00400001  0 host Title with spaces"; host is "N/A" when the client sets none.
            parts = line.split(None, 3)
            if parts:
                windows[int(parts[0], 16)] = parts[3] if len(parts) > 3 else ""
        return windows

    def find_windows(self, title_regex: str) -> list[int]:
        """Visible top-level windows whose title matches (xdotool's regex: POSIX, any case)."""
        found = self._query("xdotool", "search", "--onlyvisible", "--name", "--", title_regex)
        # xdotool also finds openbox's own frames and helper windows; only managed clients
        # are windows in a user's sense (and what wmctrl can close).
        clients = self.top_level_windows()
        return [wid for wid in map(int, found.split()) if wid in clients]

    def wait_for_window(
        self, title_regex: str, timeout: float = 20, *, exclude: Collection[int] = ()
    ) -> int:
        """Wait for a visible top-level window whose title matches; return its id."""

        def found() -> int | None:
            return next((w for w in self.find_windows(title_regex) if w not in exclude), None)

        return wait_until(f"a visible window titled like {title_regex!r}", found, timeout)

    def window_exists(self, title_regex: str) -> bool:
        """True if a visible top-level window's title matches."""
        return bool(self.find_windows(title_regex))

    def wait_gone(self, title_regex: str, timeout: float = 10) -> None:
        """Wait until no visible top-level window's title matches."""
        wait_until(
            f"no window titled like {title_regex!r}",
            lambda: not self.window_exists(title_regex),
            timeout,
        )

    def window_geometry(self, wid: int) -> tuple[int, int, int, int]:
        """(x, y, width, height) of the window's contents, in screen pixels."""
        # Not `xdotool getwindowgeometry`: under a reparenting window manager it adds the
        # frame's offset twice.
        info = self._run("xwininfo", "-id", str(wid)).stdout
        values = []
        for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
            match = re.search(rf"^\s*{key}:\s*(-?\d+)", info, re.MULTILINE)
            if match is None:
                raise RuntimeError(f"xwininfo gave no {key!r} for window {wid:#x}:\n{info}")
            values.append(int(match.group(1)))
        x, y, width, height = values
        return x, y, width, height

    def resize_window(self, wid: int, width: int, height: int, timeout: float = 10) -> None:
        """Ask for a new content size and wait until the window has it."""
        self.xdotool("windowsize", wid, width, height)
        wait_until(
            f"window {wid:#x} at {width}x{height}",
            lambda: self.window_geometry(wid)[2:] == (width, height),
            timeout,
        )

    def close_window(self, wid_or_title: int | str) -> None:
        """Ask politely to close a window, as the window manager's close button does."""
        if isinstance(wid_or_title, str):
            found = self.find_windows(wid_or_title)
            if not found:
                raise LookupError(f"no visible window titled like {wid_or_title!r} to close")
            wid_or_title = found[0]
        self._run("wmctrl", "-i", "-c", f"{wid_or_title:#x}")

    def focus(self, wid: int, timeout: float = 10) -> None:
        """Make the window the active one, as clicking its title bar would."""

        def active() -> bool:
            # Not `windowactivate --sync`: it fails outright while _NET_ACTIVE_WINDOW is unset,
            # as it is before openbox has focused anything.
            if self._run("xdotool", "getactivewindow", check=False).stdout.strip() == str(wid):
                return True
            self.xdotool("windowactivate", wid)
            return False

        wait_until(f"window {wid:#x} active", active, timeout)

    # -- pixels ------------------------------------------------------------------------------

    def screenshot(self, wid: int | None = None) -> Image.Image:
        """The whole screen, or the on-screen part of the window's contents, as RGB."""
        bbox = None
        if wid is not None:
            x, y, w, h = self.window_geometry(wid)
            bbox = (max(x, 0), max(y, 0), min(x + w, self.width), min(y + h, self.height))
        with _XAUTHORITY_LOCK:
            saved = os.environ.get("XAUTHORITY")
            os.environ["XAUTHORITY"] = self._env["XAUTHORITY"]
            try:
                image = ImageGrab.grab(bbox=bbox, xdisplay=self.display)
            finally:
                if saved is None:
                    del os.environ["XAUTHORITY"]
                else:
                    os.environ["XAUTHORITY"] = saved
        return image.convert("RGB")

    def wait_for_pixels(
        self,
        wid: int | None,
        predicate: Callable[[Image.Image], bool],
        timeout: float = 10,
        what: str = "the awaited pixels",
    ) -> Image.Image:
        """Screenshot until ``predicate(image)`` holds; return that image."""
        where = "the screen" if wid is None else f"window {wid:#x}"
        shots: list[Image.Image] = []

        def shown() -> Image.Image | None:
            shots[:] = [self.screenshot(wid)]
            return shots[0] if predicate(shots[0]) else None

        try:
            return wait_until(f"{what} on {where}", shown, timeout)
        except TimeoutError as timeout_error:
            raise PixelTimeoutError(str(timeout_error), shots[0]) from None

    def wait_for_still(
        self, wid: int | None, timeout: float = 20, interval: float = 0.5
    ) -> Image.Image:
        """Wait until the pixels are drawn (not one colour) and unchanged over ``interval``."""
        where = "the screen" if wid is None else f"window {wid:#x}"
        shots: list[Image.Image] = []

        def still() -> Image.Image | None:
            shots.append(self.screenshot(wid))
            if len(shots) < 2:
                return None
            previous, image = shots[-2:]
            del shots[:-1]
            if (
                previous.size == image.size
                and not is_blank(image)
                and ImageChops.difference(previous, image).getbbox() is None
            ):
                return image
            return None

        try:
            # Comparing two frames needs time between them: the interval is the sampling one.
            return wait_until(f"{where} drawn and still", still, timeout, interval)
        except TimeoutError:
            image = shots[-1]
            state = "blank" if is_blank(image) else "still changing"
            raise PixelTimeoutError(f"{where} was {state} after {timeout} s", image) from None

    # -- input -------------------------------------------------------------------------------

    def _screen_point(self, x: int, y: int, wid: int | None) -> tuple[int, int]:
        if wid is None:
            return x, y
        wx, wy, _, _ = self.window_geometry(wid)
        return wx + x, wy + y

    def move(self, x: int, y: int, wid: int | None = None) -> None:
        """Move the pointer (relative to the window's contents when ``wid`` is given)."""
        self.xdotool("mousemove", *self._screen_point(x, y, wid))

    def click(self, x: int, y: int, button: int = 1, wid: int | None = None) -> None:
        """Move there and press and release ``button``."""
        # One xdotool call: its events travel on one connection, so they arrive in order.
        self.xdotool("mousemove", *self._screen_point(x, y, wid), "click", button)

    def click_burst(self, points: Sequence[tuple[int, int]], wid: int | None = None) -> None:
        """Click at each point, one right after the other, as fast as a double-click."""
        args: list[object] = []
        for x, y in points:
            args += ["mousemove", *self._screen_point(x, y, wid), "click", 1]
        self.xdotool(*args)

    def drag(
        self,
        x0: int,
        y0: int,
        x1: int,
        y1: int,
        button: int = 1,
        steps: int = 10,
        wid: int | None = None,
        step_delay: float = 0.02,
    ) -> None:
        """Press at (x0, y0), move in ``steps`` to (x1, y1), release."""
        sx0, sy0 = self._screen_point(x0, y0, wid)
        sx1, sy1 = sx0 + (x1 - x0), sy0 + (y1 - y0)
        args: list[object] = ["mousemove", sx0, sy0, "mousedown", button]
        for i in range(1, steps + 1):
            # Paced like a hand, so that the app sees motion between press and release
            # rather than one coalesced jump.
            args += ["sleep", step_delay]
            args += ["mousemove", round(sx0 + (sx1 - sx0) * i / steps)]
            args += [round(sy0 + (sy1 - sy0) * i / steps)]
        args += ["mouseup", button]
        self.xdotool(*args)

    def scroll(self, x: int, y: int, clicks: int, wid: int | None = None) -> None:
        """Turn the wheel at (x, y): positive clicks scroll up (button 4), negative down (5)."""
        if clicks == 0:
            return
        button = 4 if clicks > 0 else 5
        repeat = ["--repeat", abs(clicks), "--delay", 30]
        self.xdotool("mousemove", *self._screen_point(x, y, wid), "click", *repeat, button)

    def key(self, keysym_combo: str, wid: int | None = None) -> None:
        """Press and release keys such as "ctrl+a" or "q" (focusing ``wid`` first if given)."""
        if wid is not None:
            self.focus(wid)
        self.xdotool("key", "--", keysym_combo)

    def type_text(self, text: str, wid: int | None = None) -> None:
        """Type text key by key (focusing ``wid`` first if given)."""
        if wid is not None:
            self.focus(wid)
        self.xdotool("type", "--delay", 12, "--", text)
