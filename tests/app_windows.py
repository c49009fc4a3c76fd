"""What tests of the app share: finding the figure in a window, driving its toolbar, and
reading what the app printed."""

import re
import socket
import textwrap
from pathlib import Path

import numpy as np

from webfig_desktop.harness.app_process import process_table
from webfig_desktop.harness.waiting import wait_until

REPO = Path(__file__).resolve().parent.parent
LINE_PLOT = str(REPO / "examples" / "line_plot.py")
TOOLBAR_GREY = (246, 246, 246)  # figure.css: the toolbar's and status line's background
TAB_BLUE = (31, 119, 180)
TIP_FILL = (255, 251, 230)  # data_tips.py: a data tip's box


def count_colour(image, colour, tolerance=12) -> int:
    pixels = np.asarray(image, dtype=int)
    return int((np.abs(pixels - colour).max(axis=2) <= tolerance).sum())


def tip_box(image) -> tuple[int, int] | None:
    """The left and top of the data tip's box in a screenshot, or None if there is none."""
    pixels = np.asarray(image, dtype=int)
    found = np.argwhere(np.abs(pixels - TIP_FILL).max(axis=2) <= 2)
    return (int(found[:, 1].min()), int(found[:, 0].min())) if len(found) > 200 else None


def webfig_processes() -> set[int]:
    """The processes of the app running now, by pid."""
    return {pid for pid, _, _, command in process_table() if "webfig-desktop" in command}


def _toolbar_rows(image) -> np.ndarray:
    column = np.asarray(image)[:, 2]
    return np.flatnonzero((column == TOOLBAR_GREY).all(axis=1))


def page_painted(image) -> bool:
    """Whether the page has painted its toolbar in a window."""
    return len(_toolbar_rows(image)) > 0


def page_top(image) -> int:
    """The y where the page begins in a window: below the native menu bar, whatever its height."""
    return int(_toolbar_rows(image)[0])


def canvas_top(image, geometry) -> int:
    """The y of the canvas's first row in a window."""
    return page_top(image) + round(geometry.stage.y)


def toolbar_button(image, geometry, action) -> tuple[int, int]:
    """The middle of the toolbar's button for `action` ("pan", "zoom"...) in a window."""
    x, y = geometry.button(action).centre
    return x, page_top(image) + y


def canvas_part(image, geometry):
    """The window without toolbar and status line, where the figure is drawn."""
    width, height = image.size
    bottom = height - round(geometry.status_height)
    return np.asarray(image.crop((0, canvas_top(image, geometry), width, bottom)))


# A script's start, for tests that add what the figure does: `say` prints at once.
FIGURE_SCRIPT = """
import matplotlib.pyplot as plt
fig = plt.figure(figsize=(6.4, 4.8))
ax = fig.add_axes((0.1, 0.3, 0.8, 0.6))
ax.plot([0, 1, 2], [0, 1, 0], color="tab:blue", lw=3)
def say(*words):
    print(*words, flush=True)
"""


def run_figure_script(x_session, run_app, tmp_path, body, env_extra=None):
    """Run FIGURE_SCRIPT with `body` after it; the app and its figure's window, once drawn."""
    # A window still closing from an earlier test may bear the same title: not ours. Only
    # those: X gives a new program the window ids of one that just ended, so the ids of others
    # still listed as closing may be our window's.
    earlier = set(x_session.find_windows("^Figure 1$"))
    app = run_app(
        "webfig-desktop", write_script(tmp_path, FIGURE_SCRIPT + body), env_extra=env_extra
    )
    return app, show_figure(x_session, app, exclude=earlier)


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


def pan_and_check_the_view_moves(x_session, wid, geometry):
    # On top first: a window opened after this one may cover it, and the drag would go there.
    x_session.focus(wid)
    before = x_session.wait_for_still(wid)
    x_session.click(*toolbar_button(before, geometry, "pan"), wid=wid)
    x_session.drag(320, 250, 420, 320, wid=wid, steps=12)
    x_session.wait_for_pixels(
        wid,
        lambda image: (
            (canvas_part(image, geometry) != canvas_part(before, geometry)).any(axis=2).sum() > 2000
        ),
        5,
        "the panned view",
    )


def close_and_expect_exit(x_session, app, wid, status=0):
    x_session.close_window(wid)
    assert app.wait(15) == status, app.output()


def wait_for_output(app, pattern, timeout=15.0) -> re.Match:
    """Wait until the app has printed a line matching `pattern`; return the match."""
    try:
        return wait_until(
            f"output like {pattern!r}",
            lambda: re.search(pattern, app.output(), re.MULTILINE),
            timeout,
        )
    except TimeoutError as timeout_error:
        raise TimeoutError(f"{timeout_error}; the app printed:\n{app.output()}") from None


def closed_by_server(connection: socket.socket) -> bool:
    """Whether the server has closed `connection` (reading, without waiting, what it sent)."""
    connection.setblocking(False)
    try:
        while connection.recv(65536):  # an answer may come first
            pass
    except BlockingIOError:
        return False
    except ConnectionResetError:
        pass
    return True
