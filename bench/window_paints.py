"""Frames per second of our blitted figures in their real window: `webfig-desktop` run as a
user runs it, under Xvfb, with the mouse moved by xdotool.

The benchmark's other rows time our page in headless Chromium, beside WebAgg's page. This one
counts, in the viewer's own web engine (Qt WebEngine on Linux), the display frames that show a
new frame of the figure, read through the engine's DevTools port, opened on loopback for this
run only: what putting the page on screen costs the window shows here, and nowhere else.
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable
from itertools import count, pairwise
from pathlib import Path
from typing import Any

import websocket

from bench.figures import BY_KEY
from bench.page import INIT_SCRIPT
from bench.processes import REPO, free_port, python, python_env
from bench.qtagg_pan import circle_gesture
from webfig_desktop.harness.app_process import AppProcess
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.harness.x_session import XSession

SCRIPT = Path(__file__).with_name("show_figure.py")
# Room for a 640x480 figure's window at pixel ratio 2, menus and toolbar included.
SCREEN = (2600, 2000)
START_TIMEOUT = 60.0
# Ticks of the hover's moves at 120 Hz: xdotool's sleeps add up to a little more than asked,
# and ticks at 60 Hz reached the page 58.5 times a second; at 120, at every display frame.
HOVER_PAUSE = 1 / 120
QUIET_SECONDS = 0.3
# Each gesture's length and how many are made, measuring; and checking that it all works.
SECONDS, RUNS = 4.0, 2
QUICK_SECONDS, QUICK_RUNS = 1.0, 1

_CANVAS = "document.getElementById('figure')"
# The page's last mouse position, in CSS pixels of its viewport; the time of each display
# frame (of each animation frame callback).
_FOLLOW = """
window.addEventListener("mousemove", (e) => { window.__mouse = [e.clientX, e.clientY]; }, true);
window.__ticks = [];
const tick = () => { window.__ticks.push(performance.now()); requestAnimationFrame(tick); };
requestAnimationFrame(tick);"""


class DevToolsPage:
    """The figure page of a window, evaluated in through the web engine's DevTools port."""

    def __init__(self, port: int) -> None:
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=5))
        url = next(
            t["webSocketDebuggerUrl"]
            for t in targets
            if t.get("type") == "page" and t["url"].startswith("http://127.0.0.1")
        )
        self._socket = websocket.create_connection(url, timeout=10, suppress_origin=True)
        self._ids = count(1)

    def evaluate(self, expression: str) -> Any:
        call = next(self._ids)
        params = {"expression": expression, "returnByValue": True}
        self._socket.send(json.dumps({"id": call, "method": "Runtime.evaluate", "params": params}))
        while (answer := json.loads(self._socket.recv())).get("id") != call:
            pass
        result = answer["result"]
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:60]}...: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self) -> None:
        self._socket.close()


def _open_page(port: int) -> DevToolsPage | None:
    try:
        return DevToolsPage(port)
    except (OSError, StopIteration, websocket.WebSocketException):
        return None


def _draw_count(page: DevToolsPage) -> int:
    return page.evaluate("window.__bench.draws.length")


def _wait_quiet(page: DevToolsPage) -> None:
    seen = [_draw_count(page), time.monotonic()]

    def quiet() -> bool:
        now = _draw_count(page)
        if now != seen[0]:
            seen[:] = [now, time.monotonic()]
        return time.monotonic() - seen[1] >= QUIET_SECONDS

    wait_until("the window's page quiet", quiet, START_TIMEOUT, interval=0.05)


def _canvas_on_screen(
    display: XSession, wid: int, page: DevToolsPage, ratio: float
) -> tuple[tuple[float, float], float]:
    """The canvas's centre on screen and a radius for the hover, found by moving the mouse
    into the window and reading where the page saw it."""
    wx, wy, width, height = display.window_geometry(wid)
    probe = (wx + width // 2, wy + height // 2)
    page.evaluate("window.__mouse = null")
    display.xdotool("mousemove", *probe)
    seen = wait_until("the page sees the mouse", lambda: page.evaluate("window.__mouse"), 10)
    x, y, w, h = page.evaluate(
        f"(r => [r.x, r.y, r.width, r.height])({_CANVAS}.getBoundingClientRect())"
    )
    origin = (probe[0] - seen[0] * ratio, probe[1] - seen[1] * ratio)
    centre = (origin[0] + (x + w / 2) * ratio, origin[1] + (y + h / 2) * ratio)
    return centre, 0.25 * min(w, h) * ratio


def _rates(page: DevToolsPage, gesture: Callable[[], object]) -> dict[str, float]:
    page.evaluate("for (const k of ['draws', 'moves']) window.__bench[k].length = 0")
    page.evaluate("window.__ticks.length = 0")
    start = page.evaluate("performance.now()")
    gesture()
    end = page.evaluate("performance.now()")
    draws, moves, ticks = page.evaluate("[window.__bench.draws, window.__bench.moves, __ticks]")
    draws = [t for t in draws if start < t <= end]
    # A display frame shows what was drawn since the one before: the frames that showed a new
    # one are those a draw came before. The page may draw more often than it is shown.
    shown = [tick for before, tick in pairwise(ticks) if any(before < t <= tick for t in draws)]
    seconds = (end - start) / 1000
    return {
        # As bench/page.py counts: first frame to last.
        "fps": (len(shown) - 1) / ((shown[-1] - shown[0]) / 1000) if len(shown) >= 3 else 0,
        "frames": len(shown),
        "draws_per_s": len(draws) / seconds,
        "moves_per_s": sum(start < t <= end for t in moves) / seconds,
    }


def measure(display: XSession, key: str, ratio: float, quick: bool = False) -> dict[str, Any]:
    """Frames per second of figure `key` in its window at pixel ratio `ratio`: hovered, or
    watched for its animation; the median of RUNS gestures (`quick`: one, short)."""
    seconds, gestures = (QUICK_SECONDS, QUICK_RUNS) if quick else (SECONDS, RUNS)
    port = free_port()
    env = python_env(
        display.env,
        QT_SCALE_FACTOR=f"{ratio:g}",
        QTWEBENGINE_REMOTE_DEBUGGING=f"127.0.0.1:{port}",
    )
    command = Path(python()).with_name("webfig-desktop")
    app = AppProcess([str(command), str(SCRIPT), key], env, cwd=REPO)
    try:
        wid = display.wait_for_window("^Figure 1$", START_TIMEOUT)
        page = wait_until("the window's page", lambda: _open_page(port), START_TIMEOUT)
        try:
            size = [round(side * ratio) for side in BY_KEY[key].size]
            wait_until(
                "the figure drawn at its size",
                lambda: page.evaluate(f"(c => c && [c.width, c.height])({_CANVAS})") == size,
                START_TIMEOUT,
            )
            page.evaluate(INIT_SCRIPT)
            page.evaluate(_FOLLOW)
            if BY_KEY[key].gesture == "watch":
                runs = [_rates(page, lambda: time.sleep(seconds)) for _ in range(gestures)]
            else:
                centre, radius = _canvas_on_screen(display, wid, page, ratio)
                moves = circle_gesture(centre, radius, seconds, press=False, pause=HOVER_PAUSE)
                _wait_quiet(page)
                runs = [_rates(page, lambda: display.xdotool(*moves)) for _ in range(gestures)]
        finally:
            page.close()
    finally:
        app.stop()
    runs.sort(key=lambda run: run["fps"])
    fps_runs = [run["fps"] for run in runs]
    return {"figure": key, "dpr": ratio, **runs[len(runs) // 2], "fps_runs": fps_runs}


def measure_all(keys: list[str], ratios: list[float], quick: bool = False) -> list[dict[str, Any]]:
    """`measure` of each figure at each ratio, on a display of their own."""
    display = XSession(*SCREEN).start()
    try:
        return [measure(display, key, ratio, quick) for key in keys for ratio in ratios]
    finally:
        display.stop()
