"""The ``webfig-desktop`` command: run a matplotlib script, or open figure pickles, in native
windows."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from pathlib import Path

from . import __version__, interrupt, script_runs
from .atomic_files import written_here
from .desktop_entry import PICKLE_SUFFIXES
from .pickle_sandbox import prepare as prepare_sandbox
from .single_instance import hand_over
from .viewer_process import start_early

log = logging.getLogger("webfig_desktop")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="webfig-desktop",
        usage="%(prog)s [--trust] [--watch] [script.py [args ...] | figure.pickle ... | folder]",
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
    parser.add_argument(
        "--watch",
        action="store_true",
        help="run the script again whenever it, or a module of its folder, is saved, each "
        "figure keeping its window and view; or, given a folder, open each figure pickle "
        "written into it, and show a pickle's window anew when its file is",
    )
    parser.add_argument("--viewer", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--pickle-sandbox", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "target", nargs="?", help="a Python script, or a figure pickle; with --watch, a folder"
    )
    parser.add_argument(
        "args", nargs=argparse.REMAINDER, help="the script's arguments, or more pickles"
    )
    return parser


def run_script(path: Path, args: list[str]) -> int:
    """Run `path` as ``__main__`` on this thread; returns the exit status it asks for."""
    return script_runs.run(path, args).status


def open_app(pickles: list[str], trust: bool, folder: Path | None = None) -> int:
    """Open each pickle in a window (none: the welcome window) until every window is closed,
    and those that later launches hand over (single_instance.py), or that are written into
    `folder`."""
    from .documents import open_files, show_again, still_opening
    from .file_watch import FileWatch
    from .host import current_host
    from .single_instance import DocumentListener
    from .welcome import Welcome

    def open_documents(paths: list[str], trust: bool):
        # A file that fails is said in the window opened last: its launcher has gone.
        parent = host.windows.newest()
        return open_files(paths, trust=trust, parent=parent) if paths else Welcome()

    def written(paths: set[Path]) -> None:
        news = sorted(str(path) for path in paths if not written_here(path))
        if news:
            show_again(news, trust=trust, parent=host.windows.newest())

    host = current_host()
    if folder is None:
        listener = DocumentListener(host.loop.call_soon, open_documents)
        listener.start()
        closing = listener.stop
    else:
        log.warning("watching %s for figure pickles; Ctrl+C ends", folder)
        watch = FileWatch(
            [folder.resolve()],
            lambda path: path.suffix.lower() in PICKLE_SUFFIXES,
            lambda paths: host.loop.call_soon(written, paths),
        )
        closing = watch.stop
    try:
        opened = open_documents(pickles, trust)
        host.loop.run(lambda: not still_opening() and not host.windows)
    finally:
        closing()
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
        if options.watch:
            return _watch(options)
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


def _watch(options: argparse.Namespace) -> int:
    """--watch: a script run again at each save, or a folder's pickles opened as they come."""
    if options.target is None:
        print("webfig-desktop: --watch needs a script or a folder", file=sys.stderr)
        return 2
    target = Path(options.target)
    if target.is_dir():
        start_early()
        prepare_sandbox()
        return open_app([], options.trust, folder=target)
    if not target.is_file() or target.suffix.lower() in PICKLE_SUFFIXES:
        print(f"webfig-desktop: --watch: not a script or a folder: {target}", file=sys.stderr)
        return 2
    from .script_watch import watch_script

    start_early()
    return watch_script(target, options.args)


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
