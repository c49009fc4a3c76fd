"""Figure files: opening pickles into windows, with a clear word for every file that fails."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from matplotlib import pyplot as plt
from matplotlib._pylab_helpers import Gcf

from .backend import FigureCanvasWebfig
from .host import current_host
from .pickles import PickleError, UntrustedPickleError, load_figures
from .recent import remember


def open_files(paths: list[str], *, trust: bool = False, parent: int | None = None) -> int:
    """Open every figure in each file in a window of its own; returns how many opened.

    A file that fails is reported in a dialog on window `parent` (and always on stderr); one that
    asks for more than a figure needs is opened only if the user then says to trust it.
    """
    opened = 0
    for path in paths:
        try:
            figures = load_figures(path, trust=trust)
        except UntrustedPickleError as error:
            _refused(path, error, parent)
            continue
        except PickleError as error:
            _report(parent, f"Cannot open {os.path.basename(path)}", str(error))
            continue
        remember(path)
        for index, figure in enumerate(figures, 1):
            _show(figure, Path(path).name if len(figures) == 1 else f"{Path(path).name} ({index})")
            opened += 1
    return opened


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
    if parent is None:
        _report(None, "", str(error))
        return

    def answered(trusted: bool) -> None:
        if trusted:
            open_files([path], trust=True, parent=parent)

    current_host().ask(
        parent,
        "confirm",
        answered,
        title=f"Open {name} anyway?",
        message=f"{error}\n\nOpening it can run any code it holds, as you. Open it only if you"
        " trust where it came from.",
        refuse="Don't open",
        accept="Open anyway",
    )
