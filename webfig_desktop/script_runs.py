"""Running a script as `python script.py` would: its argv, its folder on the path, its exit
status and its traceback."""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from . import interrupt


class Rerun(BaseException):
    """Raised into a running script, from the event loop it waits in, to end it so that it runs
    again (watch mode). Not an Exception: the loop hands those to the user's traceback, and
    scripts catch them."""


class ScriptRun:
    """How one run of a script ended: its exit status, and the error that ended it, if any."""

    def __init__(self, status: int, error: BaseException | None = None) -> None:
        self.status = status
        self.error = error


def run(path: Path, args: list[str]) -> ScriptRun:
    """Run `path` as ``__main__`` on this thread; a traceback it ends with is printed as Python
    prints it. A `Rerun` passes through."""
    if not path.is_file():
        print(f"webfig-desktop: no such script: {path}", file=sys.stderr)
        return ScriptRun(2)
    sys.argv = [str(path), *args]
    script_folder = str(path.resolve().parent)
    if getattr(sys, "frozen", False):
        # A frozen app's sys.path[0] holds part of its standard library: keep it.
        if sys.path[0] != script_folder:
            sys.path.insert(0, script_folder)
    else:
        sys.path[0] = script_folder
    try:
        # As `python script.py` (3.9 and later): the script's __file__ is absolute.
        runpy.run_path(os.path.abspath(path), run_name="__main__")
    except SystemExit as exit_request:
        return ScriptRun(_exit_status(exit_request.code))
    except KeyboardInterrupt:
        # Not the traceback `python script.py` prints: Ctrl+C ends this app quietly.
        return ScriptRun(interrupt.EXIT_STATUS)
    except Rerun:
        raise
    except BaseException as error:
        _print_script_traceback(error, path)
        return ScriptRun(1, error)
    return ScriptRun(0)


def where_it_failed(error: BaseException, path: Path) -> str:
    """One line for a status line: the error, and the innermost line of the script's own
    files that it passed through."""
    script_folder = path.resolve().parent
    place = ""
    tb = error.__traceback__
    while tb is not None:
        filename = Path(tb.tb_frame.f_code.co_filename)
        if filename.is_relative_to(script_folder):
            place = f"{filename.name}, line {tb.tb_lineno}: "
        tb = tb.tb_next
    return f"{place}{type(error).__name__}: {error}"


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
