"""The ``webfig-desktop`` command: run a matplotlib script with its figures in native windows."""

from __future__ import annotations

import argparse
import os
import runpy
import sys
import traceback
from pathlib import Path

from . import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="webfig-desktop",
        description="Run a matplotlib script as `python script.py` would, with every figure it "
        "shows in its own native, interactive window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("script", help="the Python script to run")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="arguments passed to the script")
    return parser


def run_script(path: Path, args: list[str]) -> int:
    """Run `path` as ``__main__`` on this thread; returns the exit status it asks for."""
    if not path.is_file():
        print(f"webfig-desktop: no such script: {path}", file=sys.stderr)
        return 2
    # Before the script imports matplotlib, so that pyplot picks our backend.
    os.environ["MPLBACKEND"] = "webfig"
    sys.argv = [str(path), *args]
    sys.path[0] = str(path.resolve().parent)
    try:
        runpy.run_path(str(path), run_name="__main__")
    except SystemExit as exit_request:
        return _exit_status(exit_request.code)
    except KeyboardInterrupt:
        return 130
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
    script = str(path.resolve())
    while tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename) != script:
        tb = tb.tb_next
    traceback.print_exception(type(error), error, tb or error.__traceback__)


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    try:
        return run_script(Path(options.script), options.args)
    finally:
        host = sys.modules.get("webfig_desktop.host")
        if host is not None and host._host is not None:
            host._host.shutdown()


if __name__ == "__main__":
    sys.exit(main())
