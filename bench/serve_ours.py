"""Serve one reference figure from a webfig figure host, without a native window.

Run by the benchmark as ``MPLBACKEND=webfig python -m bench.serve_ours KEY``. It prints the
figure page's URL on one line, then runs the host's event loop until it is killed; when each
input arrives, is dispatched, is drawn, published and encoded is printed as it happens
(bench/instrument.py). The page loaded from that URL behaves exactly as in a window: the window
is only a browser showing it.
"""

from __future__ import annotations

import sys

import matplotlib

from bench.figures import BY_KEY
from bench.instrument import trace_agg_draws, tracer

URL_PREFIX = "BENCH-URL "


def main(key: str) -> None:
    """Build the figure `key`, serve it, print its URL, and run the host's loop forever."""
    if matplotlib.get_backend().lower() != "webfig":
        sys.exit("serve_ours: run with MPLBACKEND=webfig")
    from webfig_desktop.host import current_host
    from webfig_desktop.tracing import set_tracer

    trace_agg_draws()
    # Input received by the server, dispatched on the main thread, the frame published, and a
    # page's update of it encoded on a server thread: the host's own trace points.
    set_tracer(tracer)
    built = BY_KEY[key].build()
    host = current_host()
    page_id = host.serve(built.figure.canvas.manager)
    # No draw yet: the page's first size brings its pixel ratio, and the first frame is drawn
    # once, at that ratio, as a window's is at its screen's.
    print(URL_PREFIX + host.page_url(page_id), flush=True)
    host.loop.run(lambda: False)


if __name__ == "__main__":
    main(sys.argv[1])
