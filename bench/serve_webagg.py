"""Serve one reference figure with matplotlib's own WebAgg backend (tornado), on loopback.

Run by the benchmark as ``MPLBACKEND=WebAgg python -m bench.serve_webagg KEY PORT``. It prints
the single-figure page's URL on one line, then serves until it is killed; the time of each
Agg draw and each frame's encoding is printed as it happens (bench/instrument.py).
"""

from __future__ import annotations

import sys

import matplotlib
import matplotlib.pyplot as plt

from bench.figures import BY_KEY
from bench.instrument import trace_agg_draws, traced
from bench.serve_ours import URL_PREFIX


def main(key: str, port: int) -> None:
    """Build the figure `key` and serve it with WebAgg on `port` (or the next free one)."""
    if matplotlib.get_backend().lower() != "webagg":
        sys.exit("serve_webagg: run with MPLBACKEND=WebAgg")
    from matplotlib.backends.backend_webagg import WebAggApplication
    from matplotlib.backends.backend_webagg_core import FigureCanvasWebAggCore

    trace_agg_draws()
    # WebAgg's diff and PNG encoding of each frame, on its one thread.
    FigureCanvasWebAggCore.get_diff_image = traced("encode", FigureCanvasWebAggCore.get_diff_image)
    matplotlib.rcParams.update(
        {"webagg.open_in_browser": False, "webagg.address": "127.0.0.1", "webagg.port": port}
    )
    built = BY_KEY[key].build()
    # `plt.show()` initializes the application itself; doing it first tells us the port it
    # really took (it tries others when the asked one is busy).
    WebAggApplication.initialize()
    number = built.figure.number
    print(f"{URL_PREFIX}http://127.0.0.1:{WebAggApplication.port}/{number}", flush=True)
    plt.show()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
