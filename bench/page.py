"""Drive a figure page in headless Chromium and measure what reaches its canvas.

The same code drives our page and WebAgg's: an init script counts the frames drawn onto the
figure's canvas (the ``drawImage`` calls of one task: one for WebAgg, one or more for us) and
stamps every mouse move the page receives, both with ``performance.now()``; Playwright's mouse
makes the gestures through Chromium's input pipeline, as a user's mouse would; the bytes of each
frame are read off the wire (our image responses, WebAgg's binary websocket messages).
"""

from __future__ import annotations

import contextlib
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from math import cos, pi, sin
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, Response, WebSocket
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from webfig_desktop.harness.waiting import wait_until

# Counts frames reaching the figure's canvas and stamps input as the page receives it. Capture
# listeners on window run before any handler of either page.
INIT_SCRIPT = """
(() => {
  const bench = { draws: [], moves: [], frames: [] };
  Object.defineProperty(window, "__bench", { value: bench });
  // When each frame arrives on a websocket, for the latency breakdown: WebAgg's binary
  // messages are PNGs; ours are a 4-byte length, headers, and a PNG if any (server.py).
  const isFrame = (data) => {
    const bytes = new Uint8Array(data);
    return bytes[0] === 0x89 || data.byteLength > 4 + new DataView(data).getUint32(0);
  };
  const Socket = window.WebSocket;
  window.WebSocket = class extends Socket {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ({ data }) => {
        if (data instanceof ArrayBuffer && isFrame(data)) bench.frames.push(performance.now());
      });
    }
  };
  const isFigure = (canvas) =>
    canvas instanceof HTMLCanvasElement &&
    (canvas.id === "figure" || canvas.classList.contains("mpl-canvas"));
  // A frame may take several draws (our moves and tiles), all in one task: the first counts.
  let drawing = false;
  for (const name of ["drawImage", "putImageData"]) {
    const original = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (...args) {
      const result = original.apply(this, args);
      if (isFigure(this.canvas) && !drawing) {
        bench.draws.push(performance.now());
        drawing = true;
        queueMicrotask(() => { drawing = false; });
      }
      return result;
    };
  }
  window.addEventListener("mousemove", () => bench.moves.push(performance.now()), true);
})();
"""

# What differs between the two pages: where the figure is drawn, how pan is chosen.
PAGES = {
    "ours": {
        "canvas": "#figure",
        "pan_button": '#toolbar button[data-action="pan"]',
        "pan_active": '#toolbar button[data-action="pan"][aria-pressed="true"]',
    },
    "webagg": {
        "canvas": "canvas.mpl-canvas",
        "pan_button": '.mpl-toolbar button:has(img[src$="move.png"])',
        "pan_active": '.mpl-toolbar button.active:has(img[src$="move.png"])',
    },
}
# Our page's toolbar and status line around the figure (figure.css); checked after loading.
OUR_PAGE_CHROME_HEIGHT = 64
QUIET_SECONDS = 0.15
READY_TIMEOUT = 30.0
# A mouse on a 60 Hz display: Chromium hands moves to the page once per frame anyway. A USB
# mouse reports at 125 Hz, two moves per display frame: sent together, on each tick.
MOVE_TICK = 1 / 60
MOVES_PER_TICK = 2


class PageNotReady(RuntimeError):
    """A figure page did not show its figure at the expected size in time."""


@dataclass
class Wire:
    """Bytes of the frames a page received, counted from Playwright's network events."""

    frames: list[int] = field(default_factory=list)
    other: int = 0

    def reset(self) -> None:
        self.frames.clear()
        self.other = 0

    def on_response(self, response: Response) -> None:
        headers = response.headers
        # Status line and header lines as they travel; the body is Content-Length.
        self.other += 17 + sum(len(k) + len(v) + 4 for k, v in headers.items()) + 2
        self.other += int(headers.get("content-length", 0))

    def on_websocket(self, socket: WebSocket) -> None:
        socket.on("framereceived", self._on_message)

    def _on_message(self, payload: str | bytes) -> None:
        # A websocket frame's header is 2 bytes, plus 2 or 8 for the length beyond 125.
        header = 2 + (0 if len(payload) < 126 else 2 if len(payload) < 65536 else 8)
        if isinstance(payload, bytes) and _is_frame(payload):
            self.frames.append(header + len(payload))
        else:
            self.other += header + len(payload if isinstance(payload, bytes) else payload.encode())


def _is_frame(message: bytes) -> bool:
    """Whether a binary message brings pixels: WebAgg's are PNGs; ours are a 4-byte length,
    headers, and a PNG if any (server.py)."""
    return message.startswith(b"\x89PNG") or len(message) > 4 + int.from_bytes(message[:4], "big")


@dataclass
class FigurePage:
    """One figure page open in its own browser context, at one device pixel ratio."""

    kind: str
    context: BrowserContext
    page: Page
    wire: Wire
    canvas_box: dict[str, float]
    # Seconds since the figure's server last worked on a frame (0 while it does).
    server_idle_for: Callable[[], float] = lambda: float("inf")

    def close(self) -> None:
        self.context.close()

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def draw_count(self) -> int:
        return self.js("window.__bench.draws.length")

    def reset(self) -> None:
        self.js("for (const k of ['draws', 'moves', 'frames']) window.__bench[k].length = 0;")
        self.wire.reset()

    def now(self) -> float:
        return self.js("performance.now()")

    def wait_quiet(self, timeout: float = 10.0) -> None:
        """Wait until neither the page nor the server has done anything for a little while.

        The page alone is not enough: a server can be in the middle of a long draw that the
        page will only see in a second. A page that never quiets down is measured anyway.
        """
        count, since = self.draw_count(), time.monotonic()

        def quiet() -> bool:
            nonlocal count, since
            now_count = self.draw_count()
            if now_count != count:
                count, since = now_count, time.monotonic()
                return False
            return (
                time.monotonic() - since >= QUIET_SECONDS
                and self.server_idle_for() >= QUIET_SECONDS
            )

        with contextlib.suppress(TimeoutError):
            wait_until("a quiet page and server", quiet, timeout, interval=0.03)

    def point(self, fx: float, fy: float) -> tuple[float, float]:
        """Page coordinates of a point given as fractions of the figure from its top-left."""
        box = self.canvas_box
        return box["x"] + fx * box["width"], box["y"] + fy * box["height"]


def open_page(
    browser: Browser,
    kind: str,
    url: str,
    size: tuple[int, int],
    ratio: float,
    server_idle_for: Callable[[], float],
    animated: bool = False,
) -> FigurePage:
    """Load a figure page and wait until its canvas shows the figure at `size` and `ratio`.

    Then wait until the page is quiet, unless the figure is `animated` (it never is).
    """
    width, height = size
    # One viewport for both pages: our page fills it (the figure takes the stage between
    # toolbar and status line, as in its window); WebAgg's page puts the figure at its own
    # size in a page that may overflow it by a margin, which changes nothing of its drawing.
    context = browser.new_context(
        viewport={"width": width, "height": height + OUR_PAGE_CHROME_HEIGHT},
        device_scale_factor=ratio,
    )
    context.add_init_script(INIT_SCRIPT)
    wire = Wire()
    page = context.new_page()
    page.on("response", wire.on_response)
    page.on("websocket", wire.on_websocket)
    try:
        page.goto(url)
        selector = PAGES[kind]["canvas"]
        if kind == "ours":
            # Once the toolbar is built the page's layout is final: then the stage between
            # toolbar and status line must be the figure's size, or the viewport is corrected.
            page.wait_for_function(
                "document.querySelectorAll('#toolbar button').length > 0",
                timeout=READY_TIMEOUT * 1000,
            )
            stage = page.evaluate(
                "(s => [s.clientWidth, s.clientHeight])(document.getElementById('stage'))"
            )
            if stage != [width, height]:
                page.set_viewport_size(
                    {
                        "width": 2 * width - stage[0],
                        "height": OUR_PAGE_CHROME_HEIGHT + 2 * height - stage[1],
                    }
                )
        expected = [round(width * ratio), round(height * ratio)]
        try:
            page.wait_for_function(
                """([selector, w, h]) => {
                     const canvas = document.querySelector(selector);
                     return canvas && canvas.width === w && canvas.height === h
                       && window.__bench.draws.length > 0;
                   }""",
                arg=[selector, *expected],
                timeout=READY_TIMEOUT * 1000,
            )
        except PlaywrightTimeoutError:
            seen = page.evaluate(
                """(selector) => {
                     const canvas = document.querySelector(selector);
                     return [canvas?.width, canvas?.height, window.__bench.draws.length];
                   }""",
                selector,
            )
            raise PageNotReady(
                f"{kind} page: canvas {seen[0]}x{seen[1]} after {seen[2]} frames, not "
                f"{expected[0]}x{expected[1]}, in {READY_TIMEOUT:.0f} s"
            ) from None
        box = page.locator(selector).bounding_box()
        figure_page = FigurePage(kind, context, page, wire, box, server_idle_for)
        if not animated:
            figure_page.wait_quiet()
        return figure_page
    except BaseException:
        context.close()
        raise


def _pan_is_on(figure_page: FigurePage) -> bool:
    return figure_page.page.locator(PAGES[figure_page.kind]["pan_active"]).count() > 0


def select_pan(figure_page: FigurePage) -> None:
    """Turn the pan tool on with the toolbar's button, as a user would."""
    names = PAGES[figure_page.kind]
    # Pan is a toggle kept by the figure, and WebAgg does not show a new page the mode it is
    # in: a second click turns it back on if the first one turned off a mode left over.
    for _ in range(2):
        if _pan_is_on(figure_page):
            return
        figure_page.page.click(names["pan_button"])
        try:
            figure_page.page.wait_for_selector(names["pan_active"], timeout=5_000)
            return
        except PlaywrightTimeoutError:
            continue
    raise TimeoutError(f"{figure_page.kind}: the pan tool did not turn on")


def release_pan(figure_page: FigurePage) -> None:
    """Turn the pan tool off again, so that the next page finds the figure as it was."""
    if _pan_is_on(figure_page):
        names = PAGES[figure_page.kind]
        figure_page.page.click(names["pan_button"])
        figure_page.page.wait_for_selector(names["pan_active"], state="detached", timeout=5_000)


def _circle(center: tuple[float, float], radius: float, t: float, period: float):
    angle = 2 * pi * t / period
    return center[0] + radius * cos(angle), center[1] + radius * sin(angle)


def _stats(figure_page: FigurePage, start: float, end: float) -> dict[str, Any]:
    draws, moves = figure_page.js("[window.__bench.draws, window.__bench.moves]")
    inside = [t for t in draws if start < t <= end]
    seconds = (end - start) / 1000
    frames = figure_page.wire.frames
    # The steady rate, from the first frame to the last: the wait for the first frame of a
    # gesture is latency, measured apart. With fewer than three frames, all there is.
    if len(inside) >= 3:
        fps = (len(inside) - 1) / ((inside[-1] - inside[0]) / 1000)
    else:
        fps = len(inside) / seconds
    return {
        "fps": fps,
        "seconds": seconds,
        "frames": len(inside),
        "moves_per_s": sum(start < t <= end for t in moves) / seconds,
        "bytes_per_frame": statistics.mean(frames) if frames else None,
        "frames_on_wire": len(frames),
        "other_bytes_per_s": figure_page.wire.other / seconds,
    }


def continuous_gesture(
    figure_page: FigurePage,
    center: tuple[float, float],
    radius: float,
    seconds: tuple[float, float],
    button: bool,
    frames: int = 5,
) -> dict[str, Any]:
    """Move the mouse around a circle (button held if `button`) and count frames drawn.

    The gesture lasts `seconds[0]`, and longer, up to `seconds[1]`, until `frames` frames
    have been drawn: a slow figure on a busy machine still gets a rate worth the name.
    """
    shortest, longest = seconds
    mouse = figure_page.page.mouse
    mouse.move(center[0] + radius, center[1])
    if button:
        mouse.down()
    figure_page.wait_quiet(timeout=5)
    figure_page.reset()
    start = figure_page.now()
    began = time.monotonic()
    tick = checked = began
    sent = 0
    try:
        while (elapsed := time.monotonic() - began) < longest:
            if elapsed >= shortest and time.monotonic() - checked >= 0.25:
                checked = time.monotonic()
                if figure_page.draw_count() > frames:
                    break
            mouse.move(*_circle(center, radius, elapsed, period=2.0), steps=MOVES_PER_TICK)
            sent += MOVES_PER_TICK
            tick += MOVE_TICK
            time.sleep(max(0.0, tick - time.monotonic()))
        end = figure_page.now()
        figure_page.page.wait_for_timeout(50)  # let the last network events in
        return {
            **_stats(figure_page, start, end),
            "moves_sent_per_s": sent / (time.monotonic() - began),
        }
    finally:
        if button:
            mouse.up()


def settle(
    figure_page: FigurePage,
    center: tuple[float, float],
    radius: float,
    rounds: int,
    seconds: float = 0.4,
) -> dict[str, Any]:
    """Median ms from a drag's release to the last frame drawn before page and server go quiet
    (the final view on screen), over `rounds` drags of `seconds` along the circle."""
    mouse = figure_page.page.mouse
    times = []
    for k in range(rounds):
        figure_page.wait_quiet(timeout=10)
        offset = k / rounds  # each drag along another arc, so that each is a new view
        mouse.move(*_circle(center, radius, offset * 2.0, period=2.0))
        mouse.down()
        began = tick = time.monotonic()
        while (elapsed := time.monotonic() - began) < seconds:
            mouse.move(
                *_circle(center, radius, offset * 2.0 + elapsed, period=2.0),
                steps=MOVES_PER_TICK,
            )
            tick += MOVE_TICK
            time.sleep(max(0.0, tick - time.monotonic()))
        released = figure_page.now()
        mouse.up()
        figure_page.wait_quiet(timeout=10)
        draws = figure_page.js("window.__bench.draws")
        times.append(max([t - released for t in draws if t > released], default=0.0))
    return {"settle_ms": statistics.median(times), "settle_samples_ms": times}


def watch(figure_page: FigurePage, seconds: float) -> dict[str, Any]:
    """Count the frames a figure that animates by itself gets onto the canvas in `seconds`."""
    figure_page.reset()
    start = figure_page.now()
    figure_page.page.wait_for_timeout(seconds * 1000)
    end = figure_page.now()
    figure_page.page.wait_for_timeout(50)
    return _stats(figure_page, start, end)


def step_latency(
    figure_page: FigurePage,
    center: tuple[float, float],
    samples: int,
    button: bool,
    timeout: float,
    step: float = 6.0,
) -> dict[str, Any]:
    """Event-to-pixels latency of single mouse moves, each made once the page is idle.

    For each sample: one move (the button held if `button`), then the time from the page
    receiving it to the next frame drawn on the canvas.
    """
    mouse = figure_page.page.mouse
    x, y = center
    mouse.move(x, y)
    if button:
        mouse.down()
    samples_seen: list[dict[str, float]] = []
    try:
        figure_page.wait_quiet(timeout=5)
        for k in range(samples):
            before = figure_page.js("[window.__bench.draws.length, window.__bench.moves.length]")
            x += step if k % 2 == 0 else -step
            y += step / 2
            mouse.move(x, y)
            try:
                figure_page.page.wait_for_function(
                    """([draws, moves]) => {
                         const b = window.__bench;
                         return b.moves.length > moves &&
                           b.draws.slice(draws).some((t) => t >= b.moves[moves]);
                       }""",
                    arg=before,
                    timeout=timeout * 1000,
                )
            except Exception:
                continue  # no frame for this move in time: counted as missing
            # On the wall clock (the server's spans use it too): the move as the page got it,
            # the frame drawn for it, and the message that brought that frame.
            sample = figure_page.js(
                """([draws, moves]) => {
                     const b = window.__bench, origin = performance.timeOrigin;
                     const moved = b.moves[moves];
                     const drawn = b.draws.slice(draws).find((t) => t >= moved);
                     const frames = b.frames.filter((t) => t >= moved && t <= drawn);
                     const arrived = frames[frames.length - 1];
                     return {
                       moved: origin + moved, drawn: origin + drawn,
                       arrived: arrived === undefined ? null : origin + arrived,
                     };
                   }""",
                before,
            )
            samples_seen.append(sample)
            figure_page.wait_quiet(timeout=timeout)
    finally:
        if button:
            mouse.up()
    latencies = sorted(sample["drawn"] - sample["moved"] for sample in samples_seen)
    if not latencies:
        return {"latency_median_ms": None, "latency_p95_ms": None, "latency_samples": 0}
    return {
        "latency_median_ms": statistics.median(latencies),
        "latency_p95_ms": latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))],
        "latency_samples": len(latencies),
        "latency_missing": samples - len(latencies),
        "latency_timeline": samples_seen,
    }
