"""The figure page in headless Chromium against a real host: frames in, input out."""

import base64
import io
import json
import threading
from functools import partial
from urllib.parse import urlsplit

import matplotlib
import numpy as np
import pytest
from matplotlib.backend_bases import MouseButton
from matplotlib.figure import Figure
from PIL import Image

from webfig_desktop.backend import FigureCanvasWebfig, FigureManagerWebfig
from webfig_desktop.harness.served_figure import serving
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.host import current_host


class LiveFigure:
    """A figure served by this process's host, its loop running on a thread of its own while
    the test drives the page; callbacks record what reached matplotlib."""

    def __init__(self) -> None:
        self.figure = Figure(figsize=(6.4, 4.8), dpi=100)
        self.axes = self.figure.add_subplot()
        self.axes.plot([0, 1, 2, 3], [1, 3, 2, 4], color="tab:blue", lw=3)
        self.manager = FigureManagerWebfig(FigureCanvasWebfig(self.figure), 700)
        self.events = []
        for name in (
            "button_press_event",
            "button_release_event",
            "key_press_event",
            "key_release_event",
            "scroll_event",
            "resize_event",
        ):
            self.figure.canvas.mpl_connect(name, self.events.append)
        self.host = current_host()
        self.page_id = self.host.serve(self.manager)
        self.url = self.host.page_url(self.page_id)
        self._stop = threading.Event()
        self._loop = threading.Thread(target=self.host.loop.run, args=(self._stop.is_set,))

    def __enter__(self):
        self.figure.canvas.draw_idle()
        self._loop.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self.host.loop.call_soon(lambda: None)
        self._loop.join(5)
        self.host.unserve(self.page_id)

    def seen(self, name):
        return [event for event in list(self.events) if event.name == name]


@pytest.fixture
def live():
    with LiveFigure() as live_figure:
        yield live_figure


def open_page(new_page, live, dpr=1, width=800, height=600, frames=None, init_script=None):
    """The figure's page, shown at its size; `frames` gets the headers of each frame it
    receives; `init_script` runs before the page's own."""
    page = new_page(dpr=dpr, width=width, height=height)
    if init_script is not None:
        page.add_init_script(init_script)
    if frames is not None:
        page.on("websocket", lambda socket: socket.on("framereceived", partial(_take, frames)))
    page.goto(live.url)
    # The figure takes the page's size (and pixel ratio): wait for the frame that fills it.
    page.wait_for_function(
        """(c => c.dataset.frameId !== undefined && c.clientWidth === c.parentNode.clientWidth
        && c.width === c.clientWidth * devicePixelRatio)(document.getElementById('figure'))"""
    )
    return page


def _take(frames: list[dict[str, str]], message: str | bytes) -> None:
    # The page's socket's news: a 4-byte length, the headers as JSON, the PNG (server.py).
    if isinstance(message, bytes):
        length = int.from_bytes(message[:4], "big")
        headers = json.loads(message[4 : 4 + length])
        if headers["Status"] == "200":
            frames.append(headers)


def canvas_box(page):
    return page.locator("#figure").bounding_box()


def pan(page, start, steps, dx=10, dy=0):
    """Turn the pan tool on and drag from `start` (canvas pixels) by (dx, dy) a step."""
    page.click('[data-action="pan"]')
    page.wait_for_selector('[data-action="pan"][aria-pressed="true"]')
    box = canvas_box(page)
    x, y = box["x"] + start[0], box["y"] + start[1]
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, steps + 1):
        page.mouse.move(x + dx * step, y + dy * step)
    page.mouse.up()


def test_the_page_shows_the_figure_and_matplotlibs_toolbar(new_page, live):
    page = open_page(new_page, live)
    labels = page.locator("#toolbar button").evaluate_all("bs => bs.map(b => b.ariaLabel)")
    assert labels == [
        "Home",
        "Back",
        "Forward",
        "Pan",
        "Zoom",
        "Inspect",
        "Subplots",
        "Customize",
        "Save",
    ]
    assert page.title() == "Figure 700"
    # The canvas fills the page's stage and holds the figure's pixels, line colour included.
    size = page.evaluate("(c => [c.width, c.height])(document.getElementById('figure'))")
    stage = page.evaluate(
        "(s => [s.clientWidth, s.clientHeight])(document.getElementById('stage'))"
    )
    assert size == stage == list(live.figure.bbox.size)
    blue = page.evaluate(
        """() => { const c = document.getElementById('figure');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - 31) < 10 &&
            Math.abs(d[i + 1] - 119) < 10 && Math.abs(d[i + 2] - 180) < 10) n++; return n; }"""
    )
    assert blue > 500


def test_at_twice_the_pixel_ratio_frames_are_rendered_at_twice_the_resolution(new_page, live):
    page = open_page(new_page, live, dpr=2)
    assert live.figure.canvas.device_pixel_ratio == 2
    css = page.evaluate("(c => [c.clientWidth, c.clientHeight])(document.getElementById('figure'))")
    assert tuple(live.figure.bbox.size) == (2 * css[0], 2 * css[1])


@pytest.mark.parametrize("dpr", [1, 2])
def test_a_pan_drag_moves_the_pixels_the_page_has_and_leaves_them_exact(new_page, live, dpr):
    frames = []
    page = open_page(new_page, live, dpr=dpr, frames=frames)
    before = live.axes.get_xlim()
    # Between whole CSS pixels: the page sends positions on whole device pixels.
    pan(page, (300.3, 250.6), steps=10, dy=-1)
    assert_the_pan_ends_on_the_figures_frame(page, live, before)
    assert live.axes.get_xlim()[0] < before[0]  # dragged right: the view moves left
    assert any("X-Frame-Moves" in frame for frame in frames), "no frame moved the page's pixels"


def test_a_page_that_cannot_open_its_socket_follows_its_figure_by_requests(new_page, live):
    requests = []
    page = open_page(
        new_page,
        live,
        init_script="window.WebSocket = class { constructor() { throw new Error('none'); } };",
    )
    page.on("request", lambda request: requests.append(urlsplit(request.url).path))
    before = live.axes.get_xlim()
    pan(page, (300, 250), steps=5)
    assert_the_pan_ends_on_the_figures_frame(page, live, before)
    assert any(path.endswith("/event") for path in requests)
    assert any(path.endswith("/image.png") for path in requests)


def test_a_page_in_an_engine_without_image_decoder_decodes_its_frames_as_blobs(new_page, live):
    # WebKit (macOS, GTK) has no WebCodecs: frames.js falls back to createImageBitmap.
    page = open_page(new_page, live, init_script="delete window.ImageDecoder;")
    assert page.evaluate("typeof ImageDecoder") == "undefined"
    before = live.axes.get_xlim()
    pan(page, (300, 250), steps=5)
    assert_the_pan_ends_on_the_figures_frame(page, live, before)


def test_zoom_draws_a_rubber_band_and_zooms_to_it(new_page, live):
    page = open_page(new_page, live)
    page.click('[data-action="zoom"]')
    page.wait_for_selector('[data-action="zoom"][aria-pressed="true"]')
    box = canvas_box(page)
    page.mouse.move(box["x"] + 200, box["y"] + 150)
    page.mouse.down()
    page.mouse.move(box["x"] + 300, box["y"] + 200, steps=5)
    # The band follows each move the figure has handled: it ends as wide as the drag.
    page.wait_for_function(
        """() => { const band = document.getElementById("rubberband");
        return !band.hidden && Math.abs(band.offsetWidth - 100) <= 2
          && Math.abs(band.offsetHeight - 50) <= 2; }"""
    )
    page.mouse.up()
    page.wait_for_selector("#rubberband", state="hidden")
    x0, x1 = live.axes.get_xlim()
    wait_until("the zoom", lambda: live.axes.get_xlim() != (x0, x1), 10) if x1 - x0 > 2 else None
    assert live.axes.get_xlim()[1] - live.axes.get_xlim()[0] < 1.5


def test_moving_over_the_axes_shows_the_coordinates(new_page, live):
    page = open_page(new_page, live)
    box = canvas_box(page)
    page.mouse.move(box["x"] + 320, box["y"] + 240)
    page.wait_for_function("document.getElementById('status').textContent.includes('(x, y) =')")


def test_presses_and_releases_arrive_in_order_with_matplotlibs_buttons(new_page, live):
    page = open_page(new_page, live)
    box = canvas_box(page)
    page.mouse.move(box["x"] + 100, box["y"] + 100)
    for button in ("left", "middle", "right"):
        page.mouse.down(button=button)
        page.mouse.up(button=button)
    wait_until("three releases", lambda: len(live.seen("button_release_event")) == 3, 10)
    presses = [int(event.button) for event in live.seen("button_press_event")]
    assert presses == [1, 2, 3]
    event = live.seen("button_press_event")[0]
    assert (event.x, event.y) == (100, live.figure.bbox.height - 100)


def test_a_double_click_is_a_press_with_dblclick(new_page, live):
    page = open_page(new_page, live)
    box = canvas_box(page)
    page.mouse.dblclick(box["x"] + 50, box["y"] + 50)
    wait_until("a dblclick", lambda: any(e.dblclick for e in live.seen("button_press_event")), 10)


@pytest.mark.parametrize(
    ("keys", "name"),
    [
        ("a", "a"),
        ("Shift+A", "A"),
        ("Control+a", "ctrl+a"),
        ("Control+Shift+A", "ctrl+A"),
        ("Shift+ArrowLeft", "shift+left"),
        ("Escape", "escape"),
        ("Enter", "enter"),
        ("F1", "f1"),
        ("Alt+x", "alt+x"),
    ],
)
def test_keys_reach_the_figure_with_matplotlibs_names(new_page, live, keys, name):
    page = open_page(new_page, live)
    page.locator("#figure").click(position={"x": 5, "y": 5})
    page.keyboard.press(keys)
    wait_until(f"key {name}", lambda: name in [e.key for e in live.seen("key_press_event")], 10)


def test_the_wheel_scrolls_with_a_step(new_page, live):
    page = open_page(new_page, live)
    box = canvas_box(page)
    page.mouse.move(box["x"] + 200, box["y"] + 200)
    page.mouse.wheel(0, -100)
    page.mouse.wheel(0, 100)
    wait_until("two scroll events", lambda: len(live.seen("scroll_event")) == 2, 10)
    assert [e.step for e in live.seen("scroll_event")] == [1, -1]


def test_the_canvas_has_no_context_menu(new_page, live):
    page = open_page(new_page, live)
    prevented = page.evaluate(
        """() => { const e = new MouseEvent('contextmenu', {bubbles: true, cancelable: true});
        return !document.getElementById('figure').dispatchEvent(e); }"""
    )
    assert prevented


def test_resizing_the_page_resizes_the_figure(new_page, live):
    page = open_page(new_page, live)
    page.set_viewport_size({"width": 500, "height": 400})
    wait_until("the figure is 500 px wide", lambda: live.figure.bbox.width == 500, 10)
    assert live.seen("resize_event")
    page.wait_for_function("document.getElementById('figure').width === 500")


def test_a_dropped_file_is_taken_by_the_page_not_opened_as_a_page(new_page, live):
    page = open_page(new_page, live)
    url = page.url
    names = page.evaluate(
        """async () => {
        const stage = document.getElementById('stage');
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array([128, 4])], 'figure.pickle'));
        const fire = (type) => stage.dispatchEvent(new DragEvent(type,
            {bubbles: true, cancelable: true, dataTransfer: data}));
        fire('dragenter');
        const highlighted = stage.classList.contains('dragging');
        const overTaken = !fire('dragover');
        const dropTaken = !fire('drop');
        return [highlighted, overTaken, dropTaken, stage.classList.contains('dragging'),
                stage.dataset.dropped];
        }"""
    )
    assert names == [True, True, True, False, "figure.pickle"]
    assert page.url == url


def test_the_cursor_follows_the_tool_over_the_axes(new_page, live):
    page = open_page(new_page, live)
    box = canvas_box(page)
    page.click('[data-action="zoom"]')
    page.mouse.move(box["x"] + 320, box["y"] + 240)
    page.wait_for_function("document.getElementById('figure').style.cursor === 'crosshair'")
    page.click('[data-action="pan"]')
    page.mouse.move(box["x"] + 330, box["y"] + 250)
    page.wait_for_function("document.getElementById('figure').style.cursor === 'move'")
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    page.wait_for_function("document.getElementById('figure').style.cursor === 'default'")


def wait_for_the_newest_frame(page, live) -> None:
    """Once the host has run what is queued (a draw after the last input), until the page
    shows the frame it made."""
    done = threading.Event()
    live.host.loop.call_soon(done.set)
    assert done.wait(10)
    newest = live.figure.canvas.feed.update_since(0)[0].id
    page.wait_for_function(f"document.getElementById('figure').dataset.frameId === '{newest}'")


def assert_the_pan_ends_on_the_figures_frame(page, live, xlim_before) -> None:
    """Once a pan from the x limits `xlim_before` has been handled, drawn and shown: the page
    shows the figure's last frame, pixel for pixel."""
    wait_until("the x limits changed", lambda: live.axes.get_xlim() != xlim_before, 10)
    page.wait_for_selector('[data-action="back"]:not([disabled])')
    wait_for_the_newest_frame(page, live)
    np.testing.assert_array_equal(canvas_pixels(page), np.asarray(live.figure.canvas.buffer_rgba()))


def canvas_pixels(page) -> np.ndarray:
    # As a PNG: the canvas's pixels as a list of numbers take a minute to cross over.
    url = page.evaluate("document.getElementById('figure').toDataURL('image/png')")
    png = base64.b64decode(url.removeprefix("data:image/png;base64,"))
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))


def test_the_canvas_holds_the_figures_pixels_exactly_after_every_kind_of_update(new_page, live):
    frames = []
    page = open_page(new_page, live, frames=frames)
    line = live.axes.axvline(0.5, color="black", lw=1)
    # A thin line appearing (a thin box), moving (tiles), single pixels spread over the axes
    # (drawn over the canvas), then the whole axes changing (its box replaced).
    changes = [lambda: line.set_xdata([1.5]), lambda: line.set_xdata([2.5])]
    dots = np.linspace(0.05, 0.95, 80)
    dots = np.meshgrid(dots, dots)
    changes.append(lambda: live.axes.plot(*dots, ",", color="red", transform=live.axes.transAxes))
    changes.append(lambda: live.axes.set_facecolor("0.9"))
    for change in changes:
        frame = page.locator("#figure").get_attribute("data-frame-id")
        done = threading.Event()

        def draw(change=change, done=done):
            change()
            live.figure.canvas.draw()
            done.set()

        live.host.loop.call_soon(draw)
        assert done.wait(10)
        page.wait_for_function(f"document.getElementById('figure').dataset.frameId !== '{frame}'")
        expected = np.asarray(live.figure.canvas.buffer_rgba())
        np.testing.assert_array_equal(canvas_pixels(page), expected)
    kinds = [
        "tiles" if "X-Frame-Tiles" in frame else "over" if "X-Frame-Over" in frame else "box"
        for frame in frames
    ]
    assert kinds[-4:] == ["box", "tiles", "over", "box"]


def test_a_translucent_figure_keeps_its_alpha_on_the_canvas(new_page, live):
    page = open_page(new_page, live)
    frame = page.locator("#figure").get_attribute("data-frame-id")
    done = threading.Event()

    def draw():
        live.figure.patch.set_alpha(0.5)
        live.axes.patch.set_alpha(0.25)
        live.figure.canvas.draw()
        done.set()

    live.host.loop.call_soon(draw)
    assert done.wait(10)
    page.wait_for_function(f"document.getElementById('figure').dataset.frameId !== '{frame}'")
    expected = np.asarray(live.figure.canvas.buffer_rgba()).astype(int)
    shown = canvas_pixels(page).astype(int)
    # The canvas keeps colours premultiplied by alpha: translucent ones come back within
    # rounding of 255 / alpha.
    np.testing.assert_array_equal(shown[..., 3], expected[..., 3])
    assert np.abs(shown - expected).max() <= 2


TRUST_QUESTION = """webfigAsk({title: "Open x.pickle anyway?",
    message: "x.pickle asks for os.system",
    choices: [["Don't open", false], ["Open anyway", true]]})"""


@pytest.mark.parametrize(
    ("keys", "answer"),
    [(["Enter"], False), (["Escape"], False), (["Tab", "Enter"], True)],
)
def test_the_trust_question_names_its_buttons_and_refuses_by_default(new_page, live, keys, answer):
    page = open_page(new_page, live)
    page.evaluate(f"() => {{ window.answer = {TRUST_QUESTION}; }}")  # not awaited: asked
    dialog = page.locator("dialog.question")
    dialog.wait_for()
    assert dialog.locator("h2").inner_text() == "Open x.pickle anyway?"
    assert dialog.locator("button").all_inner_texts() == ["Don't open", "Open anyway"]
    assert page.evaluate("document.activeElement.textContent") == "Don't open"
    for key in keys:
        page.keyboard.press(key)

    assert page.evaluate("window.answer") is answer
    assert dialog.count() == 0


def test_in_a_window_being_fitted_the_page_holds_its_size_until_the_viewer_is_done(new_page, live):
    page = new_page(width=800, height=600)
    page.goto(live.url + "#fitting")
    page.wait_for_selector('[data-action="pan"]')
    # Events go in order: once a key has reached the figure, a size sent before it would have.
    page.locator("#figure").press("a")
    wait_until("the key press", lambda: live.seen("key_press_event"), 10)
    assert live.seen("resize_event") == []
    stage = page.evaluate(
        "(s => [s.clientWidth, s.clientHeight])(document.getElementById('stage'))"
    )
    page.evaluate(f"webfigLaidOut({stage[0]}, {stage[1]})")
    wait_until("the size, once the window is laid out", lambda: live.seen("resize_event"), 10)
    assert tuple(live.figure.bbox.size) == tuple(stage)


def test_a_window_that_cannot_take_the_figures_size_keeps_its_own_after_a_grace(new_page, live):
    page = new_page(width=800, height=600)
    page.goto(live.url + "#fitting")
    page.wait_for_selector('[data-action="pan"]')
    page.evaluate("webfigLaidOut(3000, 2000)")  # more than the screen: the stage never gets it
    wait_until("the window's own size", lambda: live.seen("resize_event"), 10)
    stage = page.evaluate(
        "(s => [s.clientWidth, s.clientHeight])(document.getElementById('stage'))"
    )
    assert tuple(live.figure.bbox.size) == tuple(stage)


def test_the_tool_managers_toolbar_shows_its_tools_and_pans(new_page):
    with matplotlib.rc_context({"toolbar": "toolmanager"}), LiveFigure() as live:
        page = open_page(new_page, live)
        page.wait_for_selector('#toolbar [data-action="pan"]')
        names = page.locator("#toolbar button").evaluate_all("bs => bs.map(b => b.dataset.action)")
        assert {"home", "back", "forward", "zoom", "pan", "subplots", "save"} <= set(names)
        before = live.axes.get_xlim()
        pan(page, (300, 250), steps=5)
        wait_until("the pan", lambda: live.axes.get_xlim() != before, 10)
        page.wait_for_selector('[data-action="back"]')


def test_the_back_and_forward_mouse_buttons_reach_matplotlib_as_its_own(new_page, live):
    page = open_page(new_page, live)
    for dom_button in (3, 4):
        page.evaluate(
            """b => { const c = document.getElementById('figure'), r = c.getBoundingClientRect();
            c.dispatchEvent(new MouseEvent('mousedown', {button: b, bubbles: true,
                clientX: r.left + 100, clientY: r.top + 100})); }""",
            dom_button,
        )
    wait_until("two presses", lambda: len(live.seen("button_press_event")) == 2, 10)
    buttons = [event.button for event in live.seen("button_press_event")]
    assert buttons == [MouseButton.BACK, MouseButton.FORWARD]


def test_a_page_served_without_a_window_is_first_drawn_once_at_its_own_ratio(new_page):
    figure = Figure(figsize=(4, 3), dpi=100)
    figure.add_subplot().plot([0, 1], [1, 0])
    with serving(figure, 750) as url:
        drawn, keys = [], []
        figure.canvas.mpl_connect(
            "draw_event", lambda event: drawn.append(figure.canvas.device_pixel_ratio)
        )
        figure.canvas.mpl_connect("key_press_event", lambda event: keys.append(event.key))
        page = new_page(dpr=2, width=400, height=364)
        page.goto(url)
        page.wait_for_function("document.getElementById('figure').dataset.frameId !== undefined")
        # Input is handled in order: a second draw of the page's first size would come first.
        page.locator("#figure").press("x")
        wait_until("the key to reach the figure", lambda: keys == ["x"], 10)
        assert drawn == [2.0]
