"""Serve one reference figure from a webfig figure host, without a native window.

Run by the benchmark as ``MPLBACKEND=webfig python -m bench.serve_ours KEY``. It prints the
figure page's URL on one line, then runs the host's event loop until it is killed; when each
input arrives, is dispatched, is drawn, published and encoded is printed as it happens
(bench/instrument.py). The page
loaded from that URL behaves exactly as in a window: the window is only a browser showing it.
"""

from __future__ import annotations

import sys

import matplotlib

from bench.figures import BY_KEY
from bench.instrument import trace_agg_draws, traced

URL_PREFIX = "BENCH-URL "


def main(key: str) -> None:
    """Build the figure `key`, serve it, print its URL, and run the host's loop forever."""
    if matplotlib.get_backend().lower() != "webfig":
        sys.exit("serve_ours: run with MPLBACKEND=webfig")
    from webfig_desktop import feed
    from webfig_desktop.host import current_host

    trace_agg_draws()
    # Moves, diff, crop and PNG encoding of each frame, on the server's request threads.
    feed.frame_update = traced("encode", feed.frame_update)
    built = BY_KEY[key].build()
    host = current_host()
    manager = built.figure.canvas.manager
    # Input received by the server; dispatched on the main thread; the frame published.
    host.post_input = traced("input", host.post_input)
    manager.handle_input = traced("dispatch", manager.handle_input)
    manager.feed.publish_frame = traced("publish", manager.feed.publish_frame)
    window_id = host.serve(manager)
    # As `show()` does for a window: the first frame exists before the page asks for it.
    built.figure.canvas.draw_idle()
    print(URL_PREFIX + host.figure_url(window_id), flush=True)
    host.run(lambda: False)


if __name__ == "__main__":
    main(sys.argv[1])
