"""What tests of the app share: finding the figure in a window, driving its toolbar, and
reading what the app printed."""

import re
import textwrap
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
LINE_PLOT = str(REPO / "examples" / "line_plot.py")
TOOLBAR_GREY = (246, 246, 246)  # figure.css: the toolbar's and status line's background
TAB_BLUE = (31, 119, 180)
PAN_BUTTON_X = 126  # figure.css: home, back, forward, separator, then pan, 30 px each


def count_colour(image, colour, tolerance=12) -> int:
    pixels = np.asarray(image, dtype=int)
    return int((np.abs(pixels - colour).max(axis=2) <= tolerance).sum())


def toolbar_middle(image) -> int:
    """The y of the toolbar's middle: below the native menu bar, whatever its height."""
    column = np.asarray(image)[:, 2]
    rows = np.flatnonzero((column == TOOLBAR_GREY).all(axis=1))
    top = rows[0]
    bottom = top + np.argmax(np.diff(rows[rows >= top]) > 1) if len(rows) else top
    return int((top + bottom) // 2)


def canvas_part(image):
    """The window without toolbar and status line, where the figure is drawn."""
    width, height = image.size
    return np.asarray(image.crop((0, toolbar_middle(image) + 20, width, height - 30)))


def write_script(tmp_path: Path, body: str, name="script.py") -> str:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body))
    return str(path)


def show_figure(x_session, app, title="^Figure 1$", exclude=()):
    """Wait for the window (not one of `exclude`) and for the figure's line to be drawn in it."""
    wid = x_session.wait_for_window(title, timeout=30, exclude=exclude)
    x_session.wait_for_pixels(
        wid, lambda image: count_colour(image, TAB_BLUE) > 200, 20, "the blue line"
    )
    return wid


def pan_and_check_the_view_moves(x_session, wid):
    # On top first: a window opened after this one may cover it, and the drag would go there.
    x_session.focus(wid)
    before = x_session.wait_for_still(wid)
    x_session.click(PAN_BUTTON_X, toolbar_middle(before), wid=wid)
    x_session.drag(320, 250, 420, 320, wid=wid, steps=12)
    x_session.wait_for_pixels(
        wid,
        lambda image: (canvas_part(image) != canvas_part(before)).any(axis=2).sum() > 2000,
        5,
        "the panned view",
    )


def close_and_expect_exit(x_session, app, wid, status=0):
    x_session.close_window(wid)
    assert app.wait(15) == status, app.output()


def wait_for_output(app, pattern, timeout=15.0) -> re.Match:
    """Wait until the app has printed a line matching `pattern`; return the match."""
    deadline = time.monotonic() + timeout
    while True:
        match = re.search(pattern, app.output(), re.MULTILINE)
        if match:
            return match
        if time.monotonic() > deadline:
            raise TimeoutError(f"no output like {pattern!r} within {timeout} s:\n{app.output()}")
        time.sleep(0.05)
