"""A figure host serving one busy figure without a window, for tests/test_fuzz.py.

Run as ``MPLBACKEND=webfig python fuzz_host.py``. It prints the figure page's URL on one line,
then runs the host's event loop until it is killed, as `plt.show()` would: the server, the input
queue, the canvas and the toolbar are the real ones; only the native window is missing, and the
page loaded from that URL behaves as in one (bench/serve_ours.py serves its figures the same way).

The figure has a little of everything that input reaches: a line with a legend, a scatter, an
image with a colour bar, text, and a blitted cross-hair cursor that follows the mouse. Two keys
serve the memory checks: F5 redraws the figure, as nothing else is sure to (to fill its feed with
frames of one size), and F6 has malloc give the memory it holds unused back to the system (so that
what is measured is what the host uses; what malloc keeps is measured before it).
"""

from __future__ import annotations

import ctypes

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.widgets import Cursor

from webfig_desktop.host import current_host

URL_PREFIX = "FUZZ-URL "


def build_figure() -> plt.Figure:
    figure, (lines, image) = plt.subplots(1, 2, figsize=(6.4, 4.8))
    x = np.linspace(-3, 3, 200)
    lines.plot(x, np.sin(3 * x), label="sin 3x")
    lines.scatter(x[::10], np.cos(x[::10]), c=x[::10], label="cos x")
    lines.legend()
    lines.set_title("Lines — ünïcode too")
    lines.annotate("$\\alpha^2$", (0, 0))
    shown = image.imshow(np.outer(np.sin(x), np.cos(x)), extent=(-3, 3, -3, 3))
    figure.colorbar(shown, ax=image)
    # Kept by the figure, as a script keeps its widgets: the cursor lives as long as it.
    figure.cursor = Cursor(lines, useblit=True, color="red")
    figure.canvas.mpl_connect("key_press_event", _memory_check_keys)
    return figure


def _memory_check_keys(event) -> None:
    if event.key == "f5":
        event.canvas.draw_idle()
    elif event.key == "f6":
        # glibc's: it also hands back the unused pages inside its arenas.
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
        if trim is not None:
            trim(0)


def main() -> None:
    figure = build_figure()
    host = current_host()
    page_id = host.serve(figure.canvas.manager)
    # As `show()` does for a window: the first frame exists before the page asks for it.
    figure.canvas.draw_idle()
    print(URL_PREFIX + host.page_url(page_id), flush=True)
    host.loop.run(lambda: False)


if __name__ == "__main__":
    main()
