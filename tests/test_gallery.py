"""matplotlib's own gallery examples, unchanged, in the real window.

Each example in ``tests/gallery/`` (verbatim copies, see its README) runs as a user would run it,
``webfig-desktop example.py`` from the example's folder. The test waits for its windows and their
first frame, gives it the input a user would (the pointer across the figure, a click and a drag
in the middle of its axes, the wheel, and the keys or widgets the example's text talks about),
checks that it answered as the text says (output it prints, pixels that change, windows that
open), that nothing went wrong (the app still runs, no traceback or error in its output), and
finally closes every window it shows and expects exit status 0.

Positions are given as fractions of the figure (0 to 1, from the bottom left as in matplotlib),
so that they follow the axes positions written in the examples whatever the window's size.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from tests.app_windows import TOOLBAR_GREY, wait_for_output
from webfig_desktop.harness.page_geometry import PageGeometry
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.harness.x_session import XSession

GALLERY = Path(__file__).parent / "gallery"
FIGURE_TITLE = "^Figure"
# Output that means something went wrong in the example or in our backend (whose own
# complaints start with its name).
BAD_OUTPUT = re.compile(r"Traceback|Error|Exception ignored|^webfig(-desktop| viewer)?: ", re.M)
# The middle of a figure's only axes with matplotlib's default subplot parameters.
AXES_MIDDLE = (0.5125, 0.495)


# -- the window of one figure, driven as a user would --------------------------------------------


class FigureWindow:
    """A figure's window: where its canvas is, and input at figure fractions."""

    def __init__(self, x_session: XSession, wid: int, geometry: PageGeometry) -> None:
        self.x = x_session
        self.wid = wid
        self.geometry = geometry
        self.title = x_session.top_level_windows().get(wid, "")
        self.measure()

    def measure(self, timeout: float = 20) -> None:
        """Find the canvas: below the toolbar's bottom border, above the status line."""
        self.focus()  # on top: screenshots take what the screen shows

        def laid_out() -> bool:
            image = np.asarray(self.x.screenshot(self.wid))
            grey = np.flatnonzero((image[:, 2] == TOOLBAR_GREY).all(axis=1))
            breaks = np.flatnonzero(np.diff(grey) > 1)
            if not len(breaks):  # the toolbar's grey, then the canvas, then the status line's
                return False
            self.top = int(grey[breaks[0]]) + 2  # the grey rows, then a 1 px border
            self.height = image.shape[0] - round(self.geometry.status_height) - self.top
            self.width = image.shape[1]
            return self.height > 50

        wait_until(f"a laid out page in window {self.title!r}", laid_out, timeout, interval=0.1)

    def point(self, fx: float, fy: float) -> tuple[int, int]:
        """Window coordinates of a figure fraction (origin bottom left, as in matplotlib)."""
        return round(fx * (self.width - 1)), self.top + round((1 - fy) * (self.height - 1))

    def canvas(self) -> np.ndarray:
        image = np.asarray(self.x.screenshot(self.wid))
        return image[self.top : self.top + self.height, : self.width].astype(int)

    def focus(self) -> None:
        self.x.focus(self.wid)

    def move(self, fx: float, fy: float) -> None:
        self.x.move(*self.point(fx, fy), wid=self.wid)

    def click(self, fx: float, fy: float, button: int = 1) -> None:
        self.x.click(*self.point(fx, fy), button=button, wid=self.wid)

    def drag(self, start, end, button: int = 1, steps: int = 12) -> None:
        x0, y0 = self.point(*start)
        x1, y1 = self.point(*end)
        self.x.drag(x0, y0, x1, y1, button=button, steps=steps, wid=self.wid)

    def screen_points(self, points) -> list[tuple[int, int]]:
        wx, wy, _, _ = self.x.window_geometry(self.wid)
        return [(wx + x, wy + y) for x, y in (self.point(*p) for p in points)]

    def trace(self, points, button: int = 1) -> None:
        """Press at the first point, move through the others, release at the last."""
        screen = self.screen_points(points)
        args: list[object] = ["mousemove", *screen[0], "mousedown", button]
        for sx, sy in screen[1:]:
            args += ["sleep", 0.03, "mousemove", sx, sy]
        args += ["sleep", 0.05, "mouseup", button]
        self.x.xdotool(*args)

    def glide(self, points, pause: float = 0.02) -> None:
        """Move the pointer through the points, as a hand does (one xdotool call)."""
        args: list[object] = []
        for sx, sy in self.screen_points(points):
            args += ["mousemove", sx, sy, "sleep", pause]
        self.x.xdotool(*args)

    def sweep(self, fy: float = 0.5) -> None:
        """The pointer across the figure, left to right, then diagonally; it comes to rest
        inside the axes, off their middle, so that what follows it stays in a new place."""
        across = [(0.05 + 0.9 * i / 8, fy) for i in range(9)]
        diagonal = [(0.1 + 0.8 * i / 8, 0.1 + 0.8 * i / 8) for i in range(9)]
        self.glide([*across, *diagonal, (0.6, 0.7), (0.35, 0.62)])

    def scroll(self, fx: float, fy: float, clicks: int) -> None:
        self.x.scroll(*self.point(fx, fy), clicks, wid=self.wid)

    def key(self, combo: str) -> None:
        self.x.key(combo, wid=self.wid)

    def type_text(self, text: str) -> None:
        self.x.type_text(text, wid=self.wid)

    def find_colour(self, colour, tolerance: int = 8, near=(0.5, 0.5)) -> tuple[float, float]:
        """The figure fraction of the pixel of `colour` nearest to `near`."""
        pixels = self.canvas()
        rows, cols = np.nonzero(np.abs(pixels - colour).max(axis=2) <= tolerance)
        assert len(rows), f"no pixel of colour {colour} in {self.title!r}"
        fx = cols / (self.width - 1)
        fy = 1 - rows / (self.height - 1)
        best = np.argmin(np.hypot(fx - near[0], fy - near[1]))
        return float(fx[best]), float(fy[best])


def changed_pixels(before: np.ndarray, after: np.ndarray) -> int:
    if before.shape != after.shape:
        return before.size
    return int((before != after).any(axis=2).sum())


def wait_for_change(window: FigureWindow, before: np.ndarray, what: str, timeout: float = 5):
    """Wait until the canvas differs from `before`; return the new canvas."""

    seen: list[np.ndarray] = []

    def changed() -> bool:
        # The canvas goes in a list: an array is neither true nor false.
        seen[:] = [window.canvas()]
        return changed_pixels(before, seen[0]) > 20

    wait_until(f"{window.title}: {what}", changed, timeout, interval=0.1)
    return seen[0]


def assert_clean(app, when: str) -> None:
    output = app.output()
    bad = BAD_OUTPUT.search(output)
    assert bad is None, f"{when}: the output shows a problem:\n{output[-4000:]}"


# -- what each example needs and how it answers ---------------------------------------------------


@dataclass
class Run:
    """What a test has at hand while it drives one example."""

    x: XSession
    geometry: PageGeometry
    app: object
    windows: list[FigureWindow]
    known: set[int]

    @property
    def main(self) -> FigureWindow:
        return self.windows[0]

    def window(self, title: str) -> FigureWindow:
        for window in self.windows:
            if window.title == title:
                return window
        raise LookupError(f"no window {title!r} among {[w.title for w in self.windows]}")

    def new_window(self, timeout: float = 15) -> FigureWindow:
        """A figure window that opened since the example's first ones."""
        wid = self.x.wait_for_window(FIGURE_TITLE, timeout, exclude=self.known)
        self.known.add(wid)
        window = FigureWindow(self.x, wid, self.geometry)
        self.windows.append(window)
        return window


@dataclass
class Example:
    path: str
    figures: int = 1  # windows the example shows at once, at start
    animated: bool = False  # its pixels change by themselves
    ends: bool = False  # the script ends by itself, with no blocking plt.show()
    middle: tuple[float, float] = AXES_MIDDLE  # the middle of its (largest) axes
    keys: tuple[str, ...] = ()  # keys its text says it listens to
    act: Callable[[Run], None] | None = None  # what its text says to do, and the check
    changes: bool = False  # the generic input changes what its main window shows
    expect: tuple[str, ...] = ()  # output the input must produce
    expect_at_exit: tuple[str, ...] = ()  # output once every window has closed
    generic: bool = True  # give the generic input (some examples take only a script)
    skip: str = ""

    @property
    def id(self) -> str:
        return self.path.removesuffix(".py")


def axes_point(axes, fx: float, fy: float) -> tuple[float, float]:
    """A point given in an axes' own fractions, as a figure fraction; axes = (l, b, w, h)."""
    left, bottom, width, height = axes
    return left + fx * width, bottom + fy * height


DEFAULT_AXES = (0.125, 0.11, 0.775, 0.77)  # one subplot, default subplot parameters
TOP_OF_TWO = (0.125, 0.53, 0.775, 0.35)  # plt.subplots(2, 1), the upper one
BOTTOM_OF_TWO = (0.125, 0.11, 0.775, 0.35)


def data_point(xlim, ylim, x, y, axes=DEFAULT_AXES):
    fx = (x - xlim[0]) / (xlim[1] - xlim[0])
    fy = (y - ylim[0]) / (ylim[1] - ylim[0])
    return axes_point(axes, fx, fy)


# event_handling


def act_cursor_demo(run: Run) -> None:
    # Three figures, three cursors: each follows the pointer in its own window.
    for title in ("Figure 2", "Figure 3"):
        window = run.window(title)
        window.focus()
        before = window.canvas()
        window.sweep()
        wait_for_change(window, before, "the cross-hair")


def act_data_browser(run: Run) -> None:
    window = run.main
    before = window.canvas()
    point = window.find_colour((31, 119, 180), near=axes_point(TOP_OF_TWO, 0.5, 0.5))
    window.click(*point)
    after = wait_for_change(window, before, "the picked point's time series")
    window.key("n")
    wait_for_change(window, after, "the next point after 'n'")


def act_figure_axes_enter_leave(run: Run) -> None:
    window = run.main
    window.move(0.5, 0.75)
    window.move(0.5, 0.25)
    window.x.move(window.width + 40, window.top + 20, wid=window.wid)  # off the window


def act_lasso_demo(run: Run) -> None:
    window = run.main
    before = window.canvas()
    loop = [(0.3, 0.3), (0.7, 0.3), (0.7, 0.7), (0.3, 0.7), (0.3, 0.31)]
    window.trace([axes_point(DEFAULT_AXES, *p) for p in loop])
    wait_for_change(window, before, "the lassoed points in red")


def act_legend_picking(run: Run) -> None:
    # Clicking a line in the legend hides its curve: find the legend's blue handle (the only
    # blue pixels near the legend's corner) and click it.
    window = run.main
    before = window.canvas()
    blue = (31, 119, 180)
    corners = [(0.85, 0.85), (0.85, 0.15), (0.2, 0.15), (0.2, 0.85)]
    for corner in corners:
        window.click(*window.find_colour(blue, near=corner))
        time.sleep(0.5)
        if changed_pixels(before, window.canvas()) > 500:
            return
    wait_for_change(window, before, "the curve hidden by a click on its legend line", 1)


def act_path_editor(run: Run) -> None:
    window = run.main
    lims = (-3, 4)
    before = window.canvas()
    window.drag(data_point(lims, lims, 1.58, -2.57), data_point(lims, lims, 3, -2))
    after = wait_for_change(window, before, "the dragged vertex")
    window.move(0.5, 0.5)
    window.key("t")
    wait_for_change(window, after, "the vertex markers toggled by 't'")


def act_pick_event_demo(run: Run) -> None:
    first = run.window("Figure 1")
    first.focus()
    first.click(0.5, 0.9)  # the pickable title
    wait_for_output(run.app, r"^onpick1 text: click on points")
    first.click(*data_point((-0.85, 9.85), (0, 1.05), 5, 0.02, BOTTOM_OF_TWO))  # a bar
    wait_for_output(run.app, r"^onpick1 patch:")
    images = run.window("Figure 4")
    images.focus()
    images.click(*data_point((0, 5), (0, 5), 1.5, 1.5))
    wait_for_output(run.app, r"^onpick4 image \(10, 5\)")


def act_pick_event_demo2(run: Run) -> None:
    # Clicking a point opens a new figure with the data behind it.
    window = run.main
    window.click(*window.find_colour((31, 119, 180), near=AXES_MIDDLE))
    new = run.new_window()
    new.x.wait_for_pixels(new.wid, lambda image: image.getcolors(maxcolors=1) is None, 10)


def act_poly_editor(run: Run) -> None:
    window = run.main
    lims = (-2, 2)
    before = window.canvas()
    window.drag(data_point(lims, lims, 1.5, 0), data_point(lims, lims, 1.8, 0.8))
    after = wait_for_change(window, before, "the dragged vertex")
    window.move(0.5, 0.5)
    window.key("t")
    wait_for_change(window, after, "the vertex markers toggled by 't'")


def act_zoom_tool(axes) -> Callable[[Run], None]:
    """Zoom to a rectangle with the toolbar's zoom mode ('o'), inside `axes`."""

    def act(run: Run) -> None:
        window = run.main
        before = window.canvas()
        window.move(*axes_point(axes, 0.5, 0.5))
        window.key("o")
        window.drag(axes_point(axes, 0.3, 0.3), axes_point(axes, 0.6, 0.6))
        wait_for_change(window, before, "the zoomed view")

    return act


def act_zoom_window(run: Run) -> None:
    source, zoom = run.window("Figure 1"), run.window("Figure 2")
    zoom.focus()
    before = zoom.canvas()
    source.focus()
    source.click(*axes_point(DEFAULT_AXES, 0.2, 0.8))
    zoom.focus()
    wait_for_change(zoom, before, "the zoom window following the click in the other figure")


def act_pong(run: Run) -> None:
    window = run.main
    before = window.canvas()
    for key in ("t", "g", "a", "e", "i"):
        window.key(key)
    wait_for_change(window, before, "the game")


def act_ginput(run: Run) -> None:
    """The example's whole dialogue: triangle, labels, nested zoom."""
    window, app = run.main, run.app
    lims = (0, 1)

    def at(x, y):
        return data_point(lims, lims, x, y)

    wait_for_output(app, r"^You will define a triangle, click to begin$")
    window.click(0.5, 0.5)
    wait_for_output(app, r"^Select 3 corners with mouse$")
    for corner in ((0.2, 0.2), (0.8, 0.3), (0.5, 0.8)):
        window.click(*at(*corner))
        time.sleep(0.2)
    wait_for_output(app, r"^Happy\? Key click for yes, mouse click for no$")
    window.key("y")
    wait_for_output(app, r"^Use mouse to select contour label locations")
    window.click(*at(0.5, 0.45))
    time.sleep(0.3)
    window.click(*at(0.5, 0.45), button=2)
    wait_for_output(app, r"^Now do a nested zoom, click to begin$")
    window.click(0.5, 0.5)
    wait_for_output(app, r"^Select two corners of zoom, middle mouse button to finish$")
    before = window.canvas()
    window.click(*at(0.3, 0.3))
    time.sleep(0.2)
    window.click(*at(0.7, 0.7))
    wait_for_change(window, before, "the zoomed view")
    # As a user does: read the next prompt, then end with the middle button.
    wait_for_output(app, r"(?s)Select two corners of zoom.*^Select two corners of zoom")
    window.click(*at(0.5, 0.5), button=2)
    wait_for_output(app, r"^All Done!$")


# widgets


def act_click_at(point, what: str) -> Callable[[Run], None]:
    def act(run: Run) -> None:
        window = run.main
        before = window.canvas()
        window.click(*point)
        wait_for_change(window, before, what)

    return act


def act_drag(start, end, what: str) -> Callable[[Run], None]:
    def act(run: Run) -> None:
        window = run.main
        before = window.canvas()
        window.drag(start, end)
        wait_for_change(window, before, what)

    return act


def act_lasso_selector(run: Run) -> None:
    window = run.main
    before = window.canvas()
    loop = [(0.3, 0.3), (0.7, 0.3), (0.7, 0.7), (0.3, 0.7), (0.3, 0.31)]
    window.trace([axes_point(DEFAULT_AXES, *p) for p in loop])
    wait_for_change(window, before, "the points outside the lasso faded")
    window.key("Return")
    wait_for_output(run.app, r"^Selected points:")


def act_menu(run: Run) -> None:
    # The items are yellow boxes one above the other; the top one is "open".
    window = run.main
    before = window.canvas()
    corner = window.find_colour((255, 255, 204), near=(0.1, 1.0))
    item = (corner[0] + 0.03, corner[1] - 0.02)
    window.move(*item)
    wait_for_change(window, before, "the hovered menu item")
    window.click(*item)
    wait_for_output(run.app, r"^you selected open$")


def act_multicursor(run: Run) -> None:
    # The cursor spans both figures: moving in the first draws it in the second too.
    first, second = run.window("Figure 1"), run.window("Figure 2")
    second.focus()
    before = second.canvas()
    first.focus()
    first.sweep(0.3)
    second.focus()
    wait_for_change(second, before, "the cursor line in the other figure")


def act_polygon_selector(run: Run) -> None:
    # A 5x5 grid of points 0..4: a polygon around the middle ones selects them.
    window = run.main
    lims = (-0.2, 4.2)
    corners = [(0.5, 0.5), (3.5, 0.5), (3.5, 3.5), (0.5, 3.5), (0.5, 0.5)]
    before = window.canvas()
    for corner in corners:
        window.click(*data_point(lims, lims, *corner))
        time.sleep(0.2)
    wait_for_change(window, before, "the polygon and the faded points")


def act_radio_buttons(run: Run) -> None:
    # The colour buttons are drawn in their own colours: click the blue one.
    window = run.main
    before = window.canvas()
    window.click(*window.find_colour((0, 0, 255), near=(0.9, 0.5)))
    wait_for_change(window, before, "the line turned blue")


def act_slider_demo(run: Run) -> None:
    window = run.main
    before = window.canvas()
    window.drag((0.25 + 0.65 * 2.9 / 29.9, 0.115), (0.6, 0.115))
    after = wait_for_change(window, before, "the new frequency")
    window.click(0.85, 0.045)  # Reset
    wait_for_change(window, after, "the reset sliders")


def act_textbox(run: Run) -> None:
    window = run.main
    before = window.canvas()
    window.click(0.5, 0.0875)
    before = wait_for_change(window, before, "the text box's cursor")
    window.key("End")
    for _ in range(8):
        window.key("BackSpace")
    window.type_text("t ** 3")
    window.key("Return")
    wait_for_change(window, before, "the curve of the submitted formula")


def act_rectangle_selector(run: Run) -> None:
    window = run.main
    window.drag((0.3, 0.65), (0.6, 0.85))
    wait_for_output(run.app, r"^\(\d+\.\d\d, -?\d+\.\d\d\) --> \(\d+\.\d\d, -?\d+\.\d\d\)$")
    window.key("t")
    wait_for_output(run.app, r"^RectangleSelector deactivated\.$")


# animation


def act_pause_resume(run: Run) -> None:
    window = run.main
    window.click(*AXES_MIDDLE)
    # Paused: the same pixels a second apart.
    window.x.wait_for_still(window.wid, timeout=5, interval=1)
    paused = window.canvas()
    window.click(*AXES_MIDDLE)
    wait_for_change(window, paused, "the animation resumed by a second click")


EVENT_HANDLING = [
    Example("event_handling/close_event.py", expect_at_exit=(r"^Closed Figure!$",)),
    Example(
        "event_handling/coords_demo.py",
        expect=(r"^data coords \S+ \S+, pixel coords \S+ \S+$", r"^disconnecting callback$"),
    ),
    Example("event_handling/cursor_demo.py", figures=3, changes=True, act=act_cursor_demo),
    Example("event_handling/data_browser.py", act=act_data_browser),
    Example(
        "event_handling/figure_axes_enter_leave.py",
        act=act_figure_axes_enter_leave,
        changes=True,
        expect=(r"^enter_figure", r"^enter_axes", r"^leave_axes", r"^leave_figure"),
    ),
    Example("event_handling/ginput_manual_clabel_sgskip.py", generic=False, act=act_ginput),
    Example(
        "event_handling/hover_event_demo.py",
        skip="this gallery version needs the artist 'hover' property, which the installed "
        "matplotlib does not have (and its text says tooltips are TkAgg-only)",
    ),
    Example("event_handling/image_slices_viewer.py", changes=True, expect=(r"^up 1", r"^down -1")),
    Example("event_handling/keypress_demo.py", keys=("x",), changes=True, expect=(r"^press x$",)),
    Example("event_handling/lasso_demo.py", act=act_lasso_demo),
    Example("event_handling/legend_picking.py", act=act_legend_picking),
    Example("event_handling/looking_glass.py", changes=True),
    Example("event_handling/path_editor.py", act=act_path_editor),
    Example("event_handling/pick_event_demo.py", figures=4, act=act_pick_event_demo),
    Example("event_handling/pick_event_demo2.py", act=act_pick_event_demo2),
    Example("event_handling/poly_editor.py", act=act_poly_editor),
    Example(
        "event_handling/pong_sgskip.py",
        animated=True,
        act=act_pong,
        expect_at_exit=(r"^FPS: \d+",),
    ),
    Example(
        "event_handling/resample.py",
        act=act_zoom_tool(DEFAULT_AXES),
        expect=(r"^using \d+ of (?!1396\b)\d+ visible points$",),
    ),
    Example("event_handling/timers.py", animated=True),
    Example("event_handling/trifinder_event_demo.py", changes=True),
    Example(
        "event_handling/viewlims.py",
        middle=(0.724, 0.495),
        act=act_zoom_tool((0.5477, 0.11, 0.3523, 0.77)),
    ),
    Example("event_handling/zoom_window.py", figures=2, act=act_zoom_window),
]

WIDGETS = [
    Example("widgets/annotated_cursor.py", changes=True),
    Example("widgets/buttons.py", act=act_click_at((0.86, 0.0875), "the next frequency")),
    Example(
        "widgets/check_buttons.py",
        act=act_click_at(axes_point((0.125, 0.11, 0.093, 0.154), 0.15, 0.75), "the 1 Hz line"),
    ),
    Example("widgets/cursor.py", changes=True),
    Example("widgets/lasso_selector_demo_sgskip.py", act=act_lasso_selector),
    Example("widgets/menu.py", act=act_menu),
    Example("widgets/mouse_cursor.py"),
    Example("widgets/multicursor.py", figures=2, changes=True, act=act_multicursor),
    Example(
        "widgets/polygon_selector_demo.py",
        act=act_polygon_selector,
        expect_at_exit=(r"^Selected points:$",),
    ),
    Example("widgets/polygon_selector_simple.py", ends=True),
    Example("widgets/radio_buttons.py", act=act_radio_buttons),
    Example(
        "widgets/range_slider.py",
        act=act_drag((0.2, 0.115), (0.4, 0.115), "the new threshold"),
    ),
    Example(
        "widgets/rectangle_selector.py",
        middle=(0.5, 0.75),
        act=act_rectangle_selector,
    ),
    Example("widgets/slider_demo.py", act=act_slider_demo),
    Example(
        "widgets/span_selector.py",
        middle=(0.5125, 0.705),
        act=act_drag(
            axes_point(TOP_OF_TWO, 0.3, 0.5), axes_point(TOP_OF_TWO, 0.6, 0.5), "the detail view"
        ),
    ),
    Example("widgets/textbox.py", act=act_textbox),
]

ANIMATION = [
    Example("animation/animate_decay.py", animated=True),
    Example("animation/animated_histogram.py", animated=True),
    Example("animation/animation_demo.py", animated=True, ends=True),
    Example("animation/bayes_update.py", animated=True),
    Example("animation/double_pendulum.py", animated=True),
    Example("animation/dynamic_image.py", animated=True),
    Example("animation/pause_resume.py", animated=True, act=act_pause_resume, generic=False),
    Example("animation/rain.py", animated=True),
    Example("animation/random_walk.py", animated=True),
    Example("animation/simple_anim.py", animated=True),
    Example("animation/simple_scatter.py", animated=True),
    Example("animation/strip_chart.py", animated=True),
    Example("animation/unchained.py", animated=True),
    Example(
        "animation/walk_rotating_graph.py",
        animated=True,
        skip="needs networkx, which is not installed",
    ),
]

EXAMPLES = EVENT_HANDLING + WIDGETS + ANIMATION


def example_params() -> list:
    return [
        pytest.param(
            example,
            id=example.id,
            marks=[pytest.mark.skip(reason=example.skip)] if example.skip else [],
        )
        for example in EXAMPLES
    ]


def test_every_vendored_example_is_listed():
    vendored = {str(path.relative_to(GALLERY)) for path in GALLERY.glob("*/*.py")}
    assert vendored == {example.path for example in EXAMPLES}


# -- the test -------------------------------------------------------------------------------------


def wait_until_drawn(window: FigureWindow, timeout: float = 20) -> None:
    def drawn(image) -> bool:
        canvas = np.asarray(image)[window.top : window.top + window.height]
        return len(np.unique(canvas.reshape(-1, 3), axis=0)) > 1

    window.x.wait_for_pixels(window.wid, drawn, timeout, f"a drawn figure in {window.title!r}")


def open_windows(
    x_session: XSession, geometry: PageGeometry, app, count: int, known: set[int], *, still: bool
) -> list[FigureWindow]:
    """Wait for `count` new figure windows and their first frames; sorted by title.

    Unless the figures animate, also wait for them to hold still: a window fits itself to its
    figure once its page has loaded, and the figure then draws again at its final size.
    """
    found: list[int] = []

    def all_open() -> bool:
        assert app.returncode is None, f"the example exited ({app.returncode}):\n{app.output()}"
        found[:] = [wid for wid in x_session.find_windows(FIGURE_TITLE) if wid not in known]
        return len(found) >= count

    try:
        wait_until(f"{count} figure windows", all_open, 40, interval=0.1)
    except TimeoutError as timeout_error:
        raise TimeoutError(f"{timeout_error}: {len(found)} open:\n{app.output()}") from None
    windows = [FigureWindow(x_session, wid, geometry) for wid in found]
    windows.sort(key=lambda window: window.title)
    for window in windows:
        window.focus()
        wait_until_drawn(window)
        if still:
            x_session.wait_for_still(window.wid, timeout=15, interval=0.4)
        window.measure()  # again: the menu bar may arrive after the first frame
    known.update(found)
    return windows


def generic_input(window: FigureWindow, example: Example) -> None:
    """What any user does: move across, click and drag in the axes, turn the wheel, keys."""
    window.focus()
    window.sweep()
    mx, my = example.middle
    window.click(mx, my)
    window.drag((mx - 0.12, my - 0.12), (mx + 0.12, my + 0.12))
    window.scroll(mx, my, 2)
    window.scroll(mx, my, -1)
    for key in example.keys:
        window.key(key)


def close_everything(
    x_session: XSession, geometry: PageGeometry, app, first: set[int], timeout: float = 20
) -> None:
    """Close each figure window, including ones that open as others close (a later show()).

    `first` are the windows the test already drove; any other is looked at and moved over
    before it is closed. Window ids come back after a window is gone, so they are forgotten then.
    """
    asked: set[int] = set()
    last_seen = time.monotonic()

    def ended() -> bool:
        nonlocal last_seen
        if app.returncode is not None:
            return True
        shown = set(x_session.find_windows(FIGURE_TITLE))
        if shown:
            last_seen = time.monotonic()
        assert time.monotonic() - last_seen < 10, (
            "the example still runs, but has shown no window for 10 s (is it waiting in "
            f"plt.show() for a window that never opened?); output:\n{app.output()[-3000:]}"
        )
        assert_clean(app, "while the windows close")
        asked.intersection_update(shown)
        first.intersection_update(shown)
        for wid in sorted(shown - asked):
            if wid not in first:
                window = FigureWindow(x_session, wid, geometry)
                wait_until_drawn(window)
                window.focus()
                window.sweep()
                assert_clean(app, f"after moving over {window.title!r}")
            x_session.close_window(wid)
            asked.add(wid)
        return False

    try:
        wait_until("the example's end once its windows close", ended, timeout, interval=0.2)
    except TimeoutError as timeout_error:
        raise TimeoutError(f"{timeout_error}; its output:\n{app.output()}") from None


@pytest.mark.parametrize("example", example_params())
def test_gallery_example(
    example: Example, x_session: XSession, run_app, page_geometry: PageGeometry
):
    path = GALLERY / example.path
    # A window of an earlier test's app may still be on its way out; its id could come back.
    x_session.wait_gone(FIGURE_TITLE, timeout=15)
    known = set(x_session.top_level_windows())
    app = run_app("webfig-desktop", path.name, cwd=str(path.parent))

    if example.ends and not example.animated:
        # The script shows its figures without blocking and ends, as with any backend.
        assert app.wait(40) == 0, app.output()
        assert_clean(app, "at exit")
        return

    windows = open_windows(
        x_session, page_geometry, app, example.figures, known, still=not example.animated
    )
    run = Run(x_session, page_geometry, app, windows, known)
    main = run.main

    if example.animated:
        main.focus()
        first = main.canvas()
        wait_for_change(main, first, "the animation moving", timeout=3)
    if example.ends:
        assert app.wait(40) == 0, app.output()
        assert_clean(app, "at exit")
        return

    if example.generic:
        before = main.canvas()
        generic_input(main, example)
        if example.changes:
            wait_for_change(main, before, "an answer to the pointer, clicks, wheel or keys")
    if example.act is not None:
        example.act(run)
    for pattern in example.expect:
        wait_for_output(app, pattern)

    assert app.returncode is None, f"the example exited ({app.returncode}):\n{app.output()}"
    assert_clean(app, "after the input")

    close_everything(x_session, page_geometry, app, {window.wid for window in run.windows})
    assert app.wait(20) == 0, app.output()
    for pattern in example.expect_at_exit:
        wait_for_output(app, pattern, timeout=1)
    assert_clean(app, "at exit")
