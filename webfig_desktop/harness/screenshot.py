"""Screenshot a program's window on a private X display, for a machine with no display::

    python -m webfig_desktop.harness.screenshot --screenshot OUT.png [--title REGEX]
        [--timeout S] -- CMD ARGS...

It waits for the program's first window (whose title matches, if given) to be drawn and still,
saves it, closes the window politely and exits with the program's status.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .app_process import AppProcess
from .waiting import wait_until
from .x_session import MissingProgramError, PixelTimeoutError, XSession, is_blank


class _ExitedEarly(Exception):
    """The program ended before it showed a window."""


def _screenshot(out: Path, title: str | None, timeout: float, argv: list[str]) -> int:
    with XSession() as session:
        known = set(session.top_level_windows())
        try:
            app = AppProcess(argv, session.env)
        except OSError as e:
            print(f"cannot run {shlex.join(argv)}: {e}", file=sys.stderr)
            return 1
        try:
            deadline = time.monotonic() + timeout

            def new_window() -> int | None:
                if app.returncode is not None:
                    raise _ExitedEarly
                return next((w for w in session.find_windows(title or "") if w not in known), None)

            try:
                wid = wait_until("a new window", new_window, timeout)
            except _ExitedEarly:
                print(
                    f"{shlex.join(argv)} exited with status {app.returncode} "
                    f"before showing a window; its output:\n{app.output()}",
                    file=sys.stderr,
                )
                return app.returncode or 1
            except TimeoutError:
                what = f"titled like {title!r}" if title else "at all"
                print(
                    f"no window {what} appeared within {timeout:g} s; the program's output:\n"
                    + app.output(),
                    file=sys.stderr,
                )
                return 1
            try:
                image = session.wait_for_still(wid, max(deadline - time.monotonic(), 1.0))
            except PixelTimeoutError as e:
                if is_blank(e.image):
                    print(f"no screenshot: {e}", file=sys.stderr)
                    return 1
                # An animation never holds still; its latest frame is still a fair picture.
                print(f"warning: {e}; saving the latest frame", file=sys.stderr)
                image = e.image
            out.parent.mkdir(parents=True, exist_ok=True)
            image.save(out)
            print(out)
            session.close_window(wid)
            try:
                return app.wait(10)
            except TimeoutError:
                print(
                    f"{shlex.join(argv)} did not exit within 10 s of its window being closed; "
                    "killed it",
                    file=sys.stderr,
                )
                return 1
        finally:
            if app.returncode is None or app.processes():
                app.kill()


def main(args: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m webfig_desktop.harness.screenshot``."""
    parser = argparse.ArgumentParser(
        prog="python -m webfig_desktop.harness.screenshot",
        description="Run a GUI command on a private X display and save a screenshot of its window.",
    )
    parser.add_argument("--screenshot", required=True, type=Path, metavar="OUT.png")
    parser.add_argument("--title", help="regex the window title must match (default: any)")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="S")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- CMD ARGS...")
    opts = parser.parse_args(args)
    command = opts.command[1:] if opts.command[:1] == ["--"] else opts.command
    if not command:
        parser.error("no command given after --")
    try:
        return _screenshot(opts.screenshot, opts.title, opts.timeout, command)
    except (MissingProgramError, TimeoutError) as e:
        print(e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
