"""Show one reference figure in matplotlib's own QtAgg window, the pan tool on, for
bench/qtagg_pan.py to drag.

Run by the benchmark as ``MPLBACKEND=QtAgg python -m bench.serve_qtagg KEY``. Whenever the
figure draws, and the window's layout or the axes' circle changed since last said, it prints
``BENCH-GEOMETRY {json}``: the window's title, the canvas's offset inside the window, its device
pixel ratio, and the circle to drag on, in Qt's logical pixels of the canvas. Then it prints, in
milliseconds of the wall clock, each draw (``BENCH-DRAW``: QtAgg paints after each draw), each
press, mouse motion and release the canvas receives, and each Agg draw's span
(bench/instrument.py).
"""

from __future__ import annotations

import json
import os
import sys
import time

import matplotlib
import matplotlib.pyplot as plt

from bench.figures import BY_KEY, BuiltFigure
from bench.instrument import trace_agg_draws

GEOMETRY_PREFIX = "BENCH-GEOMETRY "
# Event names printed, by matplotlib event.
EVENT_NAMES = {
    "draw_event": "BENCH-DRAW",
    "button_press_event": "BENCH-PRESS",
    "motion_notify_event": "BENCH-MOTION",
    "button_release_event": "BENCH-RELEASE",
}


def geometry(built: BuiltFigure) -> dict:
    """Where the pointer should go, as the figure is laid out now."""
    from matplotlib.backends.qt_compat import QtCore

    canvas = built.figure.canvas
    offset = canvas.mapTo(canvas.window(), QtCore.QPoint(0, 0))
    # The axes' place after this draw's layout, as a fraction of the figure, which fills the
    # canvas: y counted from the top, as Qt and X count it.
    box = built.axes.get_position()
    width, height = canvas.width(), canvas.height()
    return {
        "title": canvas.manager.get_window_title(),
        "offset": [offset.x(), offset.y()],
        "canvas": [width, height],
        "device_pixel_ratio": canvas.device_pixel_ratio,
        "center": [(box.x0 + box.width / 2) * width, (1 - box.y0 - box.height / 2) * height],
        "radius": 0.25 * min(box.width * width, box.height * height),
    }


def main(key: str) -> None:
    """Build the figure `key`, turn the pan tool on, and show it until killed."""
    if matplotlib.get_backend().lower() != "qtagg":
        sys.exit("serve_qtagg: run with MPLBACKEND=QtAgg")
    trace_agg_draws()
    built = BY_KEY[key].build()
    canvas = built.figure.canvas
    # Unique on the display, and free of regular expression characters (the parent searches
    # windows by a title regex).
    canvas.manager.set_window_title(f"bench-qtagg-{os.getpid()}")
    canvas.manager.toolbar.pan()
    said: list[dict] = []

    def say_geometry(event) -> None:
        now = geometry(built)
        if not said or said[-1] != now:
            said.append(now)
            print(GEOMETRY_PREFIX + json.dumps(now), flush=True)

    def stamp(name: str):
        return lambda event: print(f"{name} {time.time() * 1e3:.3f}", flush=True)

    for event, name in EVENT_NAMES.items():
        canvas.mpl_connect(event, stamp(name))
    canvas.mpl_connect("draw_event", say_geometry)
    plt.show()


if __name__ == "__main__":
    main(sys.argv[1])
