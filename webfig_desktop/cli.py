"""The ``webfig-desktop`` command: run a matplotlib script, or open figure pickles, in native
windows."""

from __future__ import annotations

import argparse
import logging
import os
import runpy
import signal
import sys
from pathlib import Path

from . import __version__, interrupt
from .pickle_sandbox import prepare as prepare_sandbox
from .single_instance import hand_over
from .viewer_process import start_early

PICKLE_SUFFIXES = {".pickle", ".pkl", ".pckl", ".pck"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="webfig-desktop",
        usage="%(prog)s [--trust] [script.py [args ...] | figure.pickle ...]",
        description="Run a matplotlib script as `python script.py` would, with every figure it "
        "shows in its own native, interactive window; or open figure pickles. With no "
        "arguments, open a window that takes dropped pickles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--trust",
        action="store_true",
        help="open pickles even if they ask for more than a matplotlib figure contains "
        "(they can run any code: only for files from a source you trust)",
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help=f"open figure pickles ({', '.join(sorted(PICKLE_SUFFIXES))}) with this app from "
        "the file manager and xdg-open: install its desktop entry, icon and file type for you "
        "(Linux)",
    )
    desktop.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="remove exactly what --install-desktop installed",
    )
    parser.add_argument("--viewer", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--pickle-sandbox", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("target", nargs="?", help="a Python script, or a figure pickle")
    parser.add_argument(
        "args", nargs=argparse.REMAINDER, help="the script's arguments, or more pickles"
    )
    return parser


def run_script(path: Path, args: list[str]) -> int:
    """Run `path` as ``__main__`` on this thread; returns the exit status it asks for."""
    if not path.is_file():
        print(f"webfig-desktop: no such script: {path}", file=sys.stderr)
        return 2
    sys.argv = [str(path), *args]
    script_folder = str(path.resolve().parent)
    if getattr(sys, "frozen", False):
        # A frozen app's sys.path[0] holds part of its standard library: keep it.
        sys.path.insert(0, script_folder)
    else:
        sys.path[0] = script_folder
    try:
        # As `python script.py` (3.9 and later): the script's __file__ is absolute.
        runpy.run_path(os.path.abspath(path), run_name="__main__")
    except SystemExit as exit_request:
        return _exit_status(exit_request.code)
    except KeyboardInterrupt:
        # Not the traceback `python script.py` prints: Ctrl+C ends this app quietly.
        return interrupt.EXIT_STATUS
    except BaseException as error:
        _print_script_traceback(error, path)
        return 1
    return 0


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _print_script_traceback(error: BaseException, path: Path) -> None:
    """The traceback `python script.py` would print: from the script's frame on."""
    tb = error.__traceback__
    script = os.path.abspath(path)
    while tb is not None and tb.tb_frame.f_code.co_filename != script:
        tb = tb.tb_next
    # Python's own hook (or the one the script set), which alone adds "Did you mean" to a
    # NameError on Python 3.11.
    error = error.with_traceback(tb or error.__traceback__)
    sys.excepthook(type(error), error, error.__traceback__)


def open_app(pickles: list[str], trust: bool) -> int:
    """Open each pickle in a window (none: the welcome window) until every window is closed,
    and those that later launches hand over (single_instance.py)."""
    from .documents import open_files, still_opening
    from .host import current_host
    from .single_instance import DocumentListener
    from .welcome import Welcome

    def open_documents(paths: list[str], trust: bool):
        # A file that fails is said in the window opened last: its launcher has gone.
        parent = host.windows.newest()
        return open_files(paths, trust=trust, parent=parent) if paths else Welcome()

    host = current_host()
    listener = DocumentListener(host.loop.call_soon, open_documents)
    listener.start()
    try:
        opened = open_documents(pickles, trust)
        host.loop.run(lambda: not still_opening() and not host.windows)
    finally:
        listener.stop()
    return 0 if not pickles or opened.opened else 1


def _desktop_entry(install: bool) -> int:
    from . import desktop_entry

    if install:
        done = desktop_entry.install(sorted(PICKLE_SUFFIXES))
        print("Figure pickles now open in webfig-desktop. Installed:", *done, sep="\n  ")
    else:
        done = desktop_entry.uninstall()
        print("Removed:", *done, sep="\n  ") if done else print("Nothing to remove.")
    return 0


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    if options.viewer:
        from .viewer import main as viewer_main

        viewer_main()
        return 0
    if options.pickle_sandbox:
        from .pickle_sandbox import main as sandbox_main

        sandbox_main()
        return 0
    if options.install_desktop or options.uninstall_desktop:
        return _desktop_entry(options.install_desktop)
    # Before anything imports pyplot, so that it picks our backend.
    os.environ["MPLBACKEND"] = "webfig"
    logging.basicConfig(format="webfig-desktop: %(message)s")
    try:
        # Windows are what this command is for: the viewer starts while matplotlib and the
        # script load (or the pickles), not after.
        if options.target is None or Path(options.target).suffix.lower() in PICKLE_SUFFIXES:
            pickles = [options.target, *options.args] if options.target else []
            if hand_over(pickles, options.trust):
                return 0  # the app already running opens them
            start_early()
            # For the files to come (dropped, handed over), and the first ones: the safe
            # loader's child loads its libraries while this process loads its own.
            prepare_sandbox()
            return open_app(pickles, options.trust)
        start_early()
        return run_script(Path(options.target), options.args)
    except KeyboardInterrupt:
        # Ctrl+C while the welcome window is open or pickles load: the app's own end, no error.
        return interrupt.EXIT_STATUS
    finally:
        _shut_down_host()


def _shut_down_host() -> None:
    """Close the windows, stop the viewer and the server, if this process ever made a host.

    A second Ctrl+C, as impatient hands press it, would cut that short with a traceback: it is
    ignored until the windows are gone, and only until then, so that Ctrl+C still ends the
    script's own threads that Python then waits for, as under `python script.py`.
    """
    host = sys.modules.get("webfig_desktop.host")
    if host is None:
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        host.shutdown_host()
    finally:
        # None: a library's handler, set in C, which cannot be put back: Ctrl+C stays ignored.
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


if __name__ == "__main__":
    sys.exit(main())
