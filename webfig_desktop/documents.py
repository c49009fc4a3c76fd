"""Figure files: opening pickles into windows, with a clear word for every file that fails."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from matplotlib import pyplot as plt
from matplotlib._pylab_helpers import Gcf
from matplotlib.figure import Figure

from .backend import FigureCanvasWebfig
from .host import current_host
from .pickles import PickleError, UntrustedPickleError, figures_from, isolate, load_figures
from .recent import remember


class Opening:
    """Files being opened: `done` once each has a window or an error, `opened` windows."""

    def __init__(self, count: int) -> None:
        self.waiting = count
        self.opened = 0

    @property
    def done(self) -> bool:
        return self.waiting == 0


def open_files(paths: list[str], *, trust: bool = False, parent: int | None = None) -> Opening:
    """Open every figure in each file in a window of its own.

    An untrusted file is read first by the safe loader's child, on a thread of its own, so
    that the windows already open stay live meanwhile; its figures are then made here, in the
    host's loop. A file that fails is reported in a dialog on window `parent` (and always on
    stderr); one that asks for more than a figure needs is opened only if the user then says to
    trust it.
    """
    opening = Opening(len(paths))
    host = current_host()
    for path in paths:
        if trust:
            _open(opening, path, lambda path=path: load_figures(path, trust=True), parent)
            continue

        def read_first(path: str = path) -> None:
            try:
                isolated = isolate(path)
            except PickleError as error:
                host.call_soon(_open, opening, path, _raiser(error), parent)
                return
            host.call_soon(_open, opening, path, lambda: figures_from(isolated, path), parent)

        threading.Thread(target=read_first, name="webfig-open", daemon=True).start()
    return opening


def _raiser(error: PickleError) -> Callable[[], list[Figure]]:
    def load() -> list[Figure]:
        raise error

    return load


def _open(
    opening: Opening, path: str, load: Callable[[], list[Figure]], parent: int | None
) -> None:
    opening.waiting -= 1
    try:
        figures = load()
    except UntrustedPickleError as error:
        _refused(path, error, parent)
        return
    except PickleError as error:
        _report(parent, f"Cannot open {os.path.basename(path)}", str(error))
        return
    remember(path)
    for index, figure in enumerate(figures, 1):
        _show(figure, Path(path).name if len(figures) == 1 else f"{Path(path).name} ({index})")
        opening.opened += 1


def _show(figure, title: str) -> None:
    manager = figure.canvas.manager
    if manager is None or manager not in Gcf.get_all_fig_managers():
        # A figure made without pyplot: give it a manager (and window) of its own.
        number = max(plt.get_fignums(), default=0) + 1
        manager = FigureCanvasWebfig.new_manager(figure, number)
        Gcf._set_new_active_manager(manager)
    manager.set_window_title(title)
    manager.show()


def _report(parent: int | None, title: str, message: str) -> None:
    print(f"webfig-desktop: {message}", file=sys.stderr)
    if parent is not None:
        current_host().alert(parent, title, message)


def _refused(path: str, error: UntrustedPickleError, parent: int | None) -> None:
    name = os.path.basename(path)
    print(f"webfig-desktop: {error}", file=sys.stderr)
    if parent is None:
        return

    def answered(trusted: bool) -> None:
        if trusted:
            open_files([path], trust=True, parent=parent)

    current_host().ask(
        parent,
        "confirm",
        answered,
        title=f"Open {name} anyway?",
        message=f"{error.reason}\n\nOpening it can run any code it holds, as you. Open it only"
        " if you trust where it came from.",
        refuse="Don't open",
        accept="Open anyway",
    )
