"""A figure served by this process's host without a window, as the benchmark's figure servers
and the page tests have it: the page at a URL any browser can load."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@contextlib.contextmanager
def serving(figure: Figure, number: int) -> Iterator[str]:
    """Serve `figure` (as figure `number`) and run the host's loop on a thread of its own for
    the block, which gets the page's URL.

    The figure stays served until the process ends, as a window's figure would until its
    window closed: a page loaded later still finds it.
    """
    from webfig_desktop.backend import FigureCanvasWebfig, FigureManagerWebfig
    from webfig_desktop.host import current_host

    manager = FigureManagerWebfig(FigureCanvasWebfig(figure), number)
    host = current_host()
    page_id = host.serve(manager)
    # No draw yet: the page's first size brings its pixel ratio, and the first frame is drawn
    # once, at that ratio, as a window's is at its screen's.
    stop = threading.Event()
    loop = threading.Thread(target=host.loop.run, args=(stop.is_set,), daemon=True)
    loop.start()
    try:
        yield host.page_url(page_id)
    finally:
        stop.set()
        host.loop.call_soon(lambda: None)  # wakes the loop to see that it is to end
        loop.join(5)
