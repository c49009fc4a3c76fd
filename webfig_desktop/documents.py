"""Figure files: opening pickles into windows, with a clear word for every file that fails."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from matplotlib import pyplot as plt
from matplotlib._pylab_helpers import Gcf
from matplotlib.backend_bases import FigureManagerBase
from matplotlib.figure import Figure

from .host import current_host
from .pickles import PickleError, UntrustedPickleError, figures_from, isolate, load_figures
from .recent import remember
from .windows import Window

log = logging.getLogger(__name__)
PICKLE_FILE_TYPES = ("Figure pickles (*.pickle;*.pkl)", "All files (*.*)")


class Opening:
    """Files being opened: `done` once each has a window or an error, `opened` windows."""

    def __init__(self, count: int) -> None:
        self.waiting = count
        self.opened = 0
        self.then: Callable[[], None] | None = None  # called once done

    @property
    def done(self) -> bool:
        return self.waiting == 0


# The openings not done yet: the app runs until they are, even with no window open meanwhile.
_openings: list[Opening] = []
# The files `show_again` reads, and those of them written again meanwhile.
_reading: dict[str, Opening] = {}
_written_meanwhile: set[str] = set()


def still_opening() -> bool:
    """Whether files are being opened (read, vetted) that have no window yet."""
    _openings[:] = [opening for opening in _openings if not opening.done]
    return bool(_openings)


def ask_to_open(window: Window) -> None:
    """File → Open…: the native dialog on `window`, then each chosen file's figures."""
    window.ask_open_files(lambda paths: open_files(paths, parent=window), PICKLE_FILE_TYPES)


def open_files(
    paths: list[str],
    *,
    trust: bool = False,
    parent: Window | None = None,
    again: bool = False,
) -> Opening:
    """Open every figure in each file in a window of its own; `again`: in the window that
    shows it already, if any (see `show_again`).

    An untrusted file is read first by the safe loader's child, on a thread of its own, so
    that the windows already open stay live meanwhile; its figures are then made here, in the
    host's loop. A file that fails is reported in a dialog on window `parent` (and always on
    stderr); one that asks for more than a figure needs is opened only if the user then says to
    trust it.
    """
    opening = Opening(len(paths))
    _openings.append(opening)
    loop = current_host().loop
    for path in paths:
        if trust:
            _open(opening, path, lambda path=path: load_figures(path, trust=True), parent, again)
            continue

        def read_first(path: str = path) -> None:
            try:
                isolated = isolate(path)
            except PickleError as error:
                loop.call_soon(_open, opening, path, _raiser(error), parent, again)
                return
            load = partial(figures_from, isolated, path)
            loop.call_soon(_open, opening, path, load, parent, again)

        threading.Thread(target=read_first, name="webfig-open", daemon=True).start()
    return opening


def _raiser(error: PickleError) -> Callable[[], list[Figure]]:
    def load() -> list[Figure]:
        raise error

    return load


def _open(
    opening: Opening,
    path: str,
    load: Callable[[], list[Figure]],
    parent: Window | None,
    again: bool,
) -> None:
    opening.waiting -= 1
    try:
        figures = load()
    except UntrustedPickleError as error:
        _refused(path, error, parent)
    except PickleError as error:
        _report(parent, f"Cannot open {os.path.basename(path)}", str(error))
    else:
        remember(path)
        place = _place_key(path)
        for index, figure in enumerate(figures, 1):
            if len(figures) == 1:
                _show(figure, Path(path).name, path, place, again)
            else:
                # Saved back alone, one of several would overwrite the file that held them all.
                _show(figure, f"{Path(path).name} ({index})", None, f"{place}#{index}", again)
            opening.opened += 1
    finally:
        if opening.done and opening.then is not None:
            opening.then()


def _show(figure: Figure, title: str, document: str | None, place_key: str, again: bool) -> None:
    # pyplot gives a figure made without it a manager (and window) of its own.
    manager = plt.figure(figure).canvas.manager
    manager.set_window_title(title)
    manager.document = document
    manager.place_key = place_key
    shown = _showing(place_key) if again else None
    if shown is not None and shown is not manager:
        manager.show_in(shown)
    else:
        manager.show()


def _place_key(path: str) -> str:
    """What a pickle's window is known by (window_places.py): its file's absolute path, and
    ``#N`` for the Nth of several figures."""
    return f"pickle:{os.path.abspath(path)}"


def _showing(place_key: str) -> FigureManagerBase | None:
    """The figure shown from the same file (and the same figure of it)."""
    return next(
        (m for m in Gcf.get_all_fig_managers() if m.place_key == place_key),
        None,
    )


def show_again(paths: list[str], *, trust: bool, parent: Window | None) -> None:
    """Files written anew: each opens in the windows that show it already, with the view the
    user made there, or in new ones. One whose window has edits not saved is left as it is:
    its window says so."""
    for path in paths:
        place = _place_key(path)
        edited = [
            manager
            for manager in Gcf.get_all_fig_managers()
            if (manager.place_key or "").split("#")[0] == place and manager.editor.history.unsaved
        ]
        for manager in edited:
            manager.canvas.feed.publish_state(
                message=f"{Path(path).name} was written again: this window keeps your edits"
            )
        if edited:
            continue
        reading = _reading.get(path)
        if reading is not None and not reading.done:
            # Written again while being read: read once more after, lest the first read,
            # or a window it makes, miss the end.
            _written_meanwhile.add(path)
            continue
        _reading[path] = reading = open_files([path], trust=trust, parent=parent, again=True)
        reading.then = partial(_read, path, trust, parent)


def _read(path: str, trust: bool, parent: Window | None) -> None:
    del _reading[path]
    if path in _written_meanwhile:
        _written_meanwhile.discard(path)
        show_again([path], trust=trust, parent=parent)


def _report(parent: Window | None, title: str, message: str) -> None:
    log.error("%s", message)
    if parent is not None:
        parent.alert(title, message)


def _refused(path: str, error: UntrustedPickleError, parent: Window | None) -> None:
    name = os.path.basename(path)
    log.error("%s", error)
    if parent is None:
        return

    def answered(trusted: bool) -> None:
        if trusted:
            open_files([path], trust=True, parent=parent)

    parent.confirm(
        answered,
        title=f"Open {name} anyway?",
        message=f"{error.reason}\n\nOpening it can run any code it holds, as you. Open it only"
        " if you trust where it came from.",
        refuse="Don't open",
        accept="Open anyway",
    )
