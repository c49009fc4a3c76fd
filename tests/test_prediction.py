"""The page predicts pans and zooms from the frame it has, and the host's frames win.

Each test holds the host's main thread (as a figure that takes long to draw would), drags in a
real Chromium, and reads the canvas: while the host draws nothing the page alone moves the
pixels, and once the host is let go the canvas settles on exactly what a fresh Agg draw of the
final view gives.
"""

from __future__ import annotations

import base64
import contextlib
import io
import threading

import numpy as np
import pytest
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from PIL import Image

from webfig_desktop.axes_views import axes_views
from webfig_desktop.backend import FigureCanvasWebfig, FigureManagerWebfig
from webfig_desktop.events import InputEvent
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.host import current_host

SIZE = (640, 480)
LINE_RGB = (0x1F, 0x77, 0xB4)  # tab:blue, the first line's colour


class Served:
    """A figure served by this process's host, its loop on a thread of its own."""

    def __init__(self, figure: Figure, number: int) -> None:
        self.figure = figure
        self.manager = FigureManagerWebfig(FigureCanvasWebfig(figure), number)
        self.host = current_host()
        self.page_id = self.host.serve(self.manager)
        self.url = self.host.page_url(self.page_id)
        self._stop = threading.Event()
        self._loop = threading.Thread(target=self.host.loop.run, args=(self._stop.is_set,))
        figure.canvas.draw_idle()
        self._loop.start()

    def close(self) -> None:
        self._stop.set()
        self.host.loop.call_soon(lambda: None)
        self._loop.join(5)
        self.host.unserve(self.page_id)

    def on_main_thread(self, function):
        """`function()`'s result, run by the host's loop."""
        done, result = threading.Event(), []
        self.host.loop.call_soon(lambda: (result.append(function()), done.set()))
        assert done.wait(10), "the host's loop did not run the call"
        return result[0]

    @contextlib.contextmanager
    def held(self):
        """The host's main thread busy for the block: no input is handled, no frame drawn."""
        busy, free = threading.Event(), threading.Event()
        self.host.loop.call_soon(lambda: (busy.set(), free.wait(30)))
        assert busy.wait(10)
        try:
            yield
        finally:
            free.set()

    def fresh_render(self) -> np.ndarray:
        """The figure's pixels from a full Agg draw of its view now."""

        def draw():
            self.figure.canvas.draw()
            return np.array(self.figure.canvas.buffer_rgba())

        return self.on_main_thread(draw)

    def views(self):
        return self.on_main_thread(lambda: axes_views(self.figure))


@pytest.fixture
def serve():
    served = []

    def make(figure: Figure) -> Served:
        served.append(Served(figure, 800 + len(served)))
        return served[-1]

    yield make
    for one in served:
        one.close()


def canvas_pixels(page) -> np.ndarray:
    url = page.evaluate("document.getElementById('figure').toDataURL('image/png')")
    png = base64.b64decode(url.removeprefix("data:image/png;base64,"))
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA")).astype(np.int16)


def open_page(new_page, served: Served, dpr: float):
    page = new_page(dpr=dpr, width=SIZE[0], height=SIZE[1] + 64)
    page.goto(served.url)
    page.wait_for_function(
        """(c => c.dataset.frameId !== undefined && c.clientWidth === c.parentNode.clientWidth
        && c.width === c.clientWidth * devicePixelRatio)(document.getElementById('figure'))"""
    )
    wait_until("the page's frame to be the figure", lambda: settled(page, served), 10)
    return page


def settled(page, served: Served) -> bool:
    canvas, render = canvas_pixels(page), served.fresh_render()
    return canvas.shape == render.shape and bool((canvas == render).all())


def tool(page, action: str) -> None:
    page.click(f'[data-action="{action}"]')
    page.wait_for_selector(f'[data-action="{action}"][aria-pressed="true"]')


def line_figure(**subplots) -> Figure:
    figure = Figure(figsize=(SIZE[0] / 100, SIZE[1] / 100), dpi=100)
    axes = figure.subplots(**subplots) if subplots else figure.add_subplot()
    rng = np.random.default_rng(4)
    for ax in np.atleast_1d(axes):
        ax.plot(np.cumsum(rng.standard_normal(400)), lw=1.5)
        ax.grid(True)
    return figure


def inside(image: np.ndarray, box) -> np.ndarray:
    x, y, w, h = box
    return image[y : y + h, x : x + w, :3]


def distance(a: np.ndarray, b: np.ndarray, boxes) -> float:
    """Mean absolute difference of two images over the insides of `boxes`."""
    return float(np.mean([np.abs(inside(a, box) - inside(b, box)).mean() for box in boxes]))


def line_centre(image: np.ndarray, box) -> np.ndarray:
    """Where the line is inside `box`: the centre of its colour's pixels."""
    near = np.abs(inside(image, box) - LINE_RGB).sum(axis=-1) < 60
    ys, xs = np.nonzero(near)
    assert xs.size, "no pixel of the line inside the axes"
    return np.array([xs.mean(), ys.mean()])


def assert_line_where_host_drew_it(predicted, before, truth, box) -> None:
    """A zoom's prediction scales the line (and the grid, thicker) to where the host's full
    draw puts it: its pixels are not the same, but its place is."""
    off = np.linalg.norm(line_centre(predicted, box) - line_centre(truth, box))
    moved = np.linalg.norm(line_centre(before, box) - line_centre(truth, box))
    assert off < max(0.2 * moved, 4), (off, moved)


def drag(page, start, moves, button="left"):
    """Press at `start` (CSS pixels in the canvas), move through `moves`; the button stays
    down."""
    box = page.locator("#figure").bounding_box()
    at = lambda x, y: (box["x"] + x, box["y"] + y)  # noqa: E731
    page.mouse.move(*at(*start))
    page.mouse.down(button=button)
    for x, y in moves:
        page.mouse.move(*at(x, y))


def wait_for_prediction(page, before: np.ndarray, boxes) -> np.ndarray:
    """The canvas once the page has moved the pixels inside `boxes` (the host drew nothing)."""

    def moved() -> list[np.ndarray]:
        canvas = canvas_pixels(page)
        return [canvas] if distance(canvas, before, boxes) > 1 else []

    return wait_until("the page to move the axes' pixels", moved, 10)[0]


@pytest.mark.parametrize("dpr", [1, 2])
def test_a_pan_moves_the_axes_pixels_before_the_host_draws_and_ends_on_its_frame(
    new_page, serve, dpr
):
    served = serve(line_figure())
    page = open_page(new_page, served, dpr)
    tool(page, "pan")
    before = canvas_pixels(page)
    [view] = served.views()
    x, y, w, h = view.box
    start = ((x + w / 2) / dpr, (y + h / 2) / dpr)
    dx, dy = 40, 25
    with served.held():
        drag(page, start, [(start[0] + k * dx / 4, start[1] + k * dy / 4) for k in range(1, 5)])
        predicted = wait_for_prediction(page, before, [view.box])
        page.mouse.up()
        # What was inside the axes moved by the drag, whole device pixels; the strip it
        # uncovered is the axes' background; outside the axes nothing changed.
        sx, sy = dx * dpr, dy * dpr
        moved = predicted[y + sy : y + h, x + sx : x + w]
        np.testing.assert_array_equal(moved, before[y : y + h - sy, x : x + w - sx])
        assert (predicted[y : y + sy, x : x + w, :3] == 255).all()
        outside = np.ones(before.shape[:2], bool)
        outside[y : y + h, x : x + w] = False
        np.testing.assert_array_equal(predicted[outside], before[outside])
    wait_until("the canvas to settle on the host's frame", lambda: settled(page, served), 10)


@pytest.mark.parametrize(
    ("action", "button", "start", "step"),
    [
        ("pan", "right", (0.5, 0.5), (15, -10)),  # a right-drag zooms about the press
        ("zoom", "left", (0.25, 0.25), (30, 20)),  # a rectangle fills the axes at release
    ],
)
def test_a_zoom_shows_the_view_the_host_then_draws(new_page, serve, action, button, start, step):
    served = serve(line_figure())
    page = open_page(new_page, served, 1)
    tool(page, action)
    before = canvas_pixels(page)
    [view] = served.views()
    x, y, w, h = view.box
    start = (x + start[0] * w, y + start[1] * h)
    with served.held():
        drag(
            page,
            start,
            [(start[0] + step[0] * k, start[1] + step[1] * k) for k in range(1, 6)],
            button,
        )
        page.mouse.up(button=button)
        predicted = wait_for_prediction(page, before, [view.box])
    wait_until("the canvas to settle on the host's frame", lambda: settled(page, served), 10)
    truth = canvas_pixels(page)
    assert_line_where_host_drew_it(predicted, before, truth, view.box)


def test_axes_that_share_x_move_along_x_with_the_one_panned(new_page, serve):
    served = serve(line_figure(nrows=2, sharex=True))
    page = open_page(new_page, served, 1)
    tool(page, "pan")
    before = canvas_pixels(page)
    top, bottom = sorted(served.views(), key=lambda view: view.box[1])
    x, y, w, h = top.box
    start = (x + w / 2, y + h / 2)
    with served.held():
        drag(page, start, [(start[0] + 10 * k, start[1] + 5 * k) for k in range(1, 5)])
        predicted = wait_for_prediction(page, before, [top.box, bottom.box])
        page.mouse.up()
        # The lower axes moved 40 pixels along x only.
        bx, by, bw, bh = bottom.box
        np.testing.assert_array_equal(
            predicted[by : by + bh, bx + 40 : bx + bw], before[by : by + bh, bx : bx + bw - 40]
        )
    wait_until("the canvas to settle on the host's frame", lambda: settled(page, served), 10)


def test_polar_axes_are_left_to_the_host(new_page, serve):
    figure = Figure(figsize=(SIZE[0] / 100, SIZE[1] / 100), dpi=100)
    axes = figure.add_subplot(projection="polar")
    axes.plot(np.linspace(0, 6, 100), np.linspace(0, 1, 100))
    served = serve(figure)
    page = open_page(new_page, served, 1)
    tool(page, "pan")
    before = canvas_pixels(page)
    frame = page.locator("#figure").get_attribute("data-frame-id")
    with served.held():
        drag(page, (320, 240), [(330 + 10 * k, 250) for k in range(1, 5)])
        page.mouse.up()
        # The page painted what it will (a display frame or two) and nothing of it moved.
        page.evaluate(
            "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"
        )
        np.testing.assert_array_equal(canvas_pixels(page), before)
    page.wait_for_function(f"document.getElementById('figure').dataset.frameId !== '{frame}'")
    wait_until("the canvas to settle on the host's frame", lambda: settled(page, served), 10)


def test_the_end_of_a_drag_goes_before_the_motion_still_queued_and_costs_one_draw(new_page, serve):
    served = serve(line_figure())
    page = open_page(new_page, served, 1)
    tool(page, "pan")
    toolbar = served.figure.canvas.toolbar
    [view] = served.views()
    x, y, w, h = view.box
    start = (x + w / 2, y + h / 2)
    drag(page, start, [])
    wait_until("the pan to start", lambda: toolbar._pan_info is not None, 10)
    draws = []
    served.figure.canvas.mpl_connect("draw_event", draws.append)
    loop = served.host.loop

    def queued(kind: str) -> bool:
        with loop._inputs_lock:
            return any(event.type == kind for queue in loop._inputs.values() for event, _ in queue)

    with served.held():
        # One motion goes and waits for its answer; the next ones wait in the page.
        box = page.locator("#figure").bounding_box()
        for k in range(1, 6):
            page.mouse.move(box["x"] + start[0] + 8 * k, box["y"] + start[1])
        page.mouse.up()
        # The release did not wait for the motion's answer: it is in the host's queue too.
        wait_until("the release queued in the host", lambda: queued("button_release"), 10)
    wait_until("the pan to end", lambda: toolbar._pan_info is None, 10)
    # Asked after the draw the release queued: the motion and the release were both handled
    # before it, and it alone shows where the drag ended.
    drawn = served.on_main_thread(lambda: len(draws))
    assert drawn == 1
    wait_until("the canvas to settle on the host's frame", lambda: settled(page, served), 10)


class Gate(Artist):
    """Drawn first in its axes; once armed, its next draw waits until let go, as a figure that
    takes long to draw keeps the host drawing."""

    def __init__(self) -> None:
        super().__init__()
        self.set_zorder(-1)
        self.armed = False
        self.entered, self.go = threading.Event(), threading.Event()

    def draw(self, renderer) -> None:
        if self.armed:
            self.armed = False
            self.entered.set()
            self.go.wait(30)


def test_a_draw_under_way_at_a_drags_release_stops_and_the_end_costs_one_draw(new_page, serve):
    figure = line_figure()
    gate = Gate()
    figure.axes[0].add_artist(gate)
    served = serve(figure)
    page = open_page(new_page, served, 1)
    tool(page, "pan")
    canvas, loop = figure.canvas, served.host.loop
    [view] = served.views()
    x, y, w, h = view.box
    start = (x + w / 2, y + h / 2)
    drag(page, start, [])
    wait_until("the pan to start", lambda: canvas.toolbar._pan_info is not None, 10)
    draws, at_release = [], []
    canvas.mpl_connect("draw_event", draws.append)
    canvas.mpl_connect(
        "button_release_event", lambda event: at_release.append(np.array(canvas.buffer_rgba()))
    )
    frames_before = canvas.feed.newest_id
    last_frame = canvas.feed.newest_pixels()
    gate.armed = True
    box = page.locator("#figure").bounding_box()
    page.mouse.move(box["x"] + start[0] + 10, box["y"] + start[1])
    assert gate.entered.wait(10), "the move's draw did not start"
    # While that draw is under way, the drag goes on and ends.
    page.mouse.move(box["x"] + start[0] + 30, box["y"] + start[1])
    page.mouse.up()
    wait_until("the release queued in the host", lambda: loop.release_waits(served.manager), 10)
    gate.go.set()
    wait_until("the pan to end", lambda: canvas.toolbar._pan_info is None, 10)
    wait_until("a frame after the release", lambda: canvas.feed.newest_id > frames_before, 10)
    # The draw under way stopped unfinished and made no frame: one draw, after the release,
    # made the one frame, of the drag's end.
    assert served.on_main_thread(lambda: (len(draws), canvas.feed.newest_id)) == (
        1,
        frames_before + 1,
    )
    # Between them, what a blit would draw over was the last frame, not half a draw.
    np.testing.assert_array_equal(at_release[0], last_frame)
    wait_until("the canvas to settle on the host's frame", lambda: settled(page, served), 10)


def test_a_draw_the_script_asks_for_is_never_stopped_and_an_idle_one_waits_for_the_release(
    serve,
):
    served = serve(line_figure())
    canvas, loop = served.figure.canvas, served.host.loop
    wait_until("the first frame", lambda: canvas.feed.newest_id > 0, 10)
    order = []
    for name in ("button_release_event", "draw_event"):
        canvas.mpl_connect(name, lambda event: order.append(event.name))
    release = InputEvent("button_release", x=100, y=100, button=1, seq=1)
    with served.held():
        loop.call_soon(canvas.draw)
        canvas.draw_idle()
        served.host.post_input(served.page_id, release, None)
        assert loop.release_waits(served.manager)
    wait_until("both draws", lambda: order.count("draw_event") == 2, 10)
    # The script's draw ran whole while the release waited; the idle draw came after it.
    assert order == ["draw_event", "button_release_event", "draw_event"]


def test_twinned_axes_move_together(new_page, serve):
    figure = line_figure()
    twin = figure.axes[0].twinx()
    twin.plot(np.linspace(0, 400, 50), np.sin(np.linspace(0, 9, 50)), color="tab:red", lw=1.5)
    served = serve(figure)
    page = open_page(new_page, served, 1)
    tool(page, "pan")
    before = canvas_pixels(page)
    view = served.views()[0]
    x, y, w, h = view.box
    start = (x + w / 2, y + h / 2)
    with served.held():
        drag(page, start, [(start[0] + 10 * k, start[1] + 5 * k) for k in range(1, 4)])
        predicted = wait_for_prediction(page, before, [view.box])
        page.mouse.up()
        # Both axes' lines moved by the drag, as one picture.
        np.testing.assert_array_equal(
            predicted[y + 15 : y + h, x + 30 : x + w], before[y : y + h - 15, x : x + w - 30]
        )
    wait_until("the canvas to settle on the host's frame", lambda: settled(page, served), 10)


def test_a_pan_with_x_held_moves_along_x_only(new_page, serve):
    served = serve(line_figure())
    page = open_page(new_page, served, 1)
    tool(page, "pan")
    before = canvas_pixels(page)
    [view] = served.views()
    x, y, w, h = view.box
    start = (x + w / 2, y + h / 2)
    page.locator("#figure").focus()
    page.keyboard.down("x")  # matplotlib's key to hold a pan to x
    with served.held():
        drag(page, start, [(start[0] + 10 * k, start[1] + 6 * k) for k in range(1, 5)])
        predicted = wait_for_prediction(page, before, [view.box])
        page.mouse.up()
        np.testing.assert_array_equal(
            predicted[y : y + h, x + 40 : x + w], before[y : y + h, x : x + w - 40]
        )
    page.keyboard.up("x")
    wait_until("the canvas to settle on the host's frame", lambda: settled(page, served), 10)
