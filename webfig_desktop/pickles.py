"""Loading and saving figure pickles safely.

`pickle.load` runs whatever the file tells it to. A file the user has not trusted is read twice,
by two guards:

1. In a short-lived child process with memory, processor-time and time limits
   (`pickle_sandbox`), by `figure_unpickler`, which hands out only what matplotlib figures
   contain and vets every operation that could run code. The child sends back the figures it
   found, pickled anew by matplotlib: only what the figures hold, nothing else the file built.
   A file that crashes it, hangs it or needs too much memory costs the child, not the user.
2. In this process, by the same unpickler, from that new pickle.

A file that asks for anything else is refused, with a message that names what it asked for; the
user may then trust the file (``trust=True``, the ``--trust`` option): plain `pickle`, here.

Saving writes a temporary file next to the target and renames it over the target, so a failed
save never destroys the old file.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from matplotlib.figure import Figure

from .atomic_files import reason, write_atomically
from .figure_unpickler import FigureUnpickler
from .unpickling import PickleError, UntrustedPickleError, figures_in, load_strictly, unpickle

__all__ = [
    "PickleError",
    "UntrustedPickleError",
    "figures_from",
    "isolate",
    "load_figures",
    "load_strictly",
    "save_figure",
]


# --- Loading --------------------------------------------------------------------------------


def load_figures(path: str | os.PathLike[str], *, trust: bool = False) -> list[Figure]:
    """Every matplotlib figure in the pickle at *path*; refuse files that ask for more."""
    if trust:
        return _loaded(lambda: unpickle(pickle.Unpickler, _read(path), _name(path)), path)
    return figures_from(isolate(path), path)


def isolate(path: str | os.PathLike[str]) -> bytes:
    """The first guard, on any thread: the file read by the safe loader's child, whose answer
    is its figures pickled anew (for `figures_from`)."""
    from .pickle_sandbox import load_isolated

    return load_isolated(_read(path), _name(path))


def figures_from(isolated: bytes, path: str | os.PathLike[str]) -> list[Figure]:
    """The second guard, on the main thread: the figures of what `isolate` answered."""
    return _loaded(lambda: unpickle(FigureUnpickler, isolated, _name(path)), path)


def _loaded(unpickle: Callable[[], Any], path: str | os.PathLike[str]) -> list[Figure]:
    before = _pyplot_figure_numbers()
    try:
        return figures_in(unpickle(), _name(path))
    except BaseException:
        # A half-loaded pickle may already have given pyplot a figure manager.
        _close_pyplot_figures_except(before)
        raise


def _name(path: str | os.PathLike[str]) -> str:
    return Path(path).name or str(path)


def _read(path: str | os.PathLike[str]) -> bytes:
    path, name = Path(path), _name(path)
    if path.is_dir():
        raise PickleError(f"cannot open {name}: it is a folder, not a figure file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PickleError(f"cannot open {name}: there is no such file") from None
    except OSError as exc:
        raise PickleError(f"cannot open {name}: {reason(exc)}") from None
    if not data:
        raise PickleError(f"cannot open {name}: the file is empty")
    return data


def _pyplot_figure_numbers() -> set[int]:
    helpers = sys.modules.get("matplotlib._pylab_helpers")
    return set(helpers.Gcf.figs) if helpers else set()


def _close_pyplot_figures_except(keep: set[int]) -> None:
    helpers = sys.modules.get("matplotlib._pylab_helpers")
    if helpers:
        for number in set(helpers.Gcf.figs) - keep:
            helpers.Gcf.destroy(number)


# --- Saving ---------------------------------------------------------------------------------


def save_figure(figure: Figure, path: str | os.PathLike[str]) -> None:
    """Pickle *figure* to *path*, replacing the file only once the new one is complete."""
    path = Path(path)
    name = path.name or str(path)
    if path.is_dir():
        raise PickleError(f"cannot save {name}: it is a folder")
    try:
        write_atomically(path, lambda file: _dump(figure, file, name))
    except OSError as exc:
        raise PickleError(f"cannot save {name}: {reason(exc)}") from None


def _dump(figure: Figure, file: IO[bytes], name: str) -> None:
    try:
        pickle.dump(figure, file)
    except OSError:
        raise  # the disk's fault, not the figure's
    except Exception as exc:
        raise PickleError(
            f"cannot save {name}: the figure holds something that cannot be pickled: {exc}"
        ) from None
