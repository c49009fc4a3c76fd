"""The pan benchmark of matplotlib's own QtAgg backend: a real window under Xvfb, dragged with
xdotool, so that the main benchmark can print QtAgg beside our figures.

    python -m bench.qtagg_pan KEY [--dpr 1 2] [--seconds 3]

A child process (bench/serve_qtagg.py) shows reference figure KEY with the pan tool on, at the
device pixel ratio asked (QT_SCALE_FACTOR), and prints, on its own wall clock, each draw (QtAgg
paints after each draw), each mouse event the canvas receives, and each Agg draw's span. The
parent drags around a circle in the figure's axes, as bench/run.py's `measure_page` does in a
page: one xdotool command presses, moves (two at a time at 60 Hz) for the gesture's length, and
releases, so the events arrive in order and paced like a hand. Every time measured is the
child's own, from an event's receipt to a draw: nothing is compared across clocks.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from dataclasses import dataclass, field
from typing import Any

from bench.figures import BY_KEY, REFERENCE_FIGURES
from bench.instrument import SpanReader
from bench.page import MOVES_PER_TICK
from bench.processes import REPO, python, python_env
from bench.serve_qtagg import EVENT_NAMES, GEOMETRY_PREFIX
from webfig_desktop.harness.app_process import AppProcess
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.harness.x_session import XSession

START_TIMEOUT = 60.0
MOVE_PAUSE = 0.0167  # 60 Hz, as bench/page.py moves
CIRCLE_PERIOD = 2.0  # seconds per turn, as bench/page.py
QUIET_SECONDS = 0.5
SETTLE_TIMEOUT = 30.0

_KINDS = {name: event.removesuffix("_event") for event, name in EVENT_NAMES.items()}


@dataclass
class ChildLog:
    """What the child said so far: its events by kind, its draws' spans, its last geometry."""

    child: AppProcess
    events: list[tuple[str, float]] = field(default_factory=list)
    spans: SpanReader = field(default_factory=SpanReader)
    geometry: dict | None = None

    def read(self) -> ChildLog:
        lines = self.child.take_lines()
        self.spans.feed(lines)
        for line in lines:
            name, _, rest = line.partition(" ")
            if name in _KINDS:
                self.events.append((_KINDS[name], float(rest)))
            elif line.startswith(GEOMETRY_PREFIX):
                self.geometry = json.loads(line.removeprefix(GEOMETRY_PREFIX))
        if self.child.returncode is not None:
            raise RuntimeError(f"serve_qtagg exited:\n{self.child.output()[-2000:]}")
        return self

    def times(self, kind: str, after: float = -math.inf, before: float = math.inf) -> list[float]:
        return [t for name, t in self.events if name == kind and after < t < before]

    def quiet(self) -> bool:
        """No draw began or ended for QUIET_SECONDS."""
        return self.read().spans.idle_for() >= QUIET_SECONDS


def circle_gesture(
    center: tuple[float, float],
    radius: float,
    seconds: float,
    press: bool = True,
    pause: float = MOVE_PAUSE,
) -> list[object]:
    """xdotool's arguments: go round the circle from its start, pressing there and releasing
    at the end if `press`; moves come as in bench/page.py, MOVES_PER_TICK at a time, a tick
    every `pause` seconds (60 Hz)."""
    cx, cy = center
    args: list[object] = ["mousemove", round(cx + radius), round(cy)]
    if press:
        args += ["mousedown", 1]
    for k in range(1, round(seconds / pause) + 1):
        args += ["sleep", pause]
        for step in range(MOVES_PER_TICK - 1, -1, -1):
            angle = 2 * math.pi * (k - step / MOVES_PER_TICK) * pause / CIRCLE_PERIOD
            x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            args += ["mousemove", round(x), round(y)]
    return [*args, "mouseup", 1] if press else args


def screen_circle(display: XSession, wid: int, geometry: dict) -> tuple[tuple[float, float], float]:
    """The circle in screen pixels: X places the window, Qt the canvas in it (logical pixels)."""
    wx, wy, _, _ = display.window_geometry(wid)
    ratio = geometry["device_pixel_ratio"]
    (ox, oy), (cx, cy) = geometry["offset"], geometry["center"]
    center = (wx + (ox + cx) * ratio, wy + (oy + cy) * ratio)
    radius = geometry["radius"] * ratio
    if not (
        radius <= center[0] <= display.width - radius
        and radius <= center[1] <= display.height - radius
    ):
        raise RuntimeError(f"the drag's circle {center}, r {radius} leaves the screen")
    return center, radius


def latencies(draws: list[float], motions: list[float]) -> list[float]:
    """For each draw that follows motion, from the first motion received since the draw
    before it: how long the earliest move a draw answers waited to be on screen."""
    result = []
    previous = -math.inf
    for draw in draws:
        waiting = [t for t in motions if previous < t <= draw]
        if waiting:
            result.append(draw - waiting[0])
        previous = draw
    return result


def percentile(values: list[float], p: float) -> float | None:
    """The `p`th percentile, interpolated between the closest ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def drag_stats(log: ChildLog, pressed_after: float) -> dict[str, Any]:
    """The drag's numbers, from the child's events since `pressed_after` (ms, child clock)."""
    press = log.times("button_press", after=pressed_after)[0]
    release = log.times("button_release", after=press)[0]
    motions = log.times("motion_notify", after=press, before=release)
    if not motions:
        raise RuntimeError("the canvas received no motion between the press and the release")
    # Draws since the last one before the press: the first drag draw's motions count from it.
    before = log.times("draw", before=press)
    draws = log.times("draw", after=motions[0], before=release)
    latency = latencies(before[-1:] + draws, motions)
    after_release = log.times("draw", after=release)
    # The draws made during the drag, told by when they ended.
    durations = [
        end - start
        for name, start, end in log.spans.take()
        if name == "draw" and motions[0] < end < release
    ]
    return {
        "updates_per_s": (len(draws) - 1) / (draws[-1] - draws[0]) * 1000
        if len(draws) >= 2
        else None,
        "latency_p50_ms": percentile(latency, 50),
        "latency_p95_ms": percentile(latency, 95),
        # Nothing left to draw at the release counts as settled at once.
        "settle_ms": after_release[-1] - release if after_release else 0.0,
        "draw_ms": statistics.median(durations) if durations else None,
        "bytes_per_frame": None,  # Qt paints in-process: nothing travels
        "paints": len(draws),
        "motion_events": len(motions),
    }


def measure(display: XSession, key: str, ratio: float, seconds: float = 3.0) -> dict[str, Any]:
    """Drag reference figure `key` in a QtAgg window with the pan tool for `seconds` at device
    pixel ratio `ratio`, on `display`.

    Returns, all timed by the child on its own clock:

    - updates_per_s: draws per second during the drag, (n - 1) / (last - first) over the
      draws after the first motion received and before the release;
    - latency_p50_ms, latency_p95_ms: for each such draw, the time from the earliest motion
      received since the draw before it (the oldest move it answers) to the draw;
    - settle_ms: from the release's receipt to the last draw after it, once quiet (0 if none);
    - draw_ms: median Agg draw during the drag; bytes_per_frame: None (Qt sends none);
    - paints: the draws counted; motion_events: motions received during the drag.

    The whole drag is one xdotool command, which the X session gives 10 s: keep `seconds`
    well below that.
    """
    env = python_env(display.env, MPLBACKEND="QtAgg", QT_SCALE_FACTOR=f"{ratio:g}")
    child = AppProcess([python(), "-m", "bench.serve_qtagg", key], env, cwd=REPO)
    log = ChildLog(child)
    title = None
    try:
        wait_until("serve_qtagg's geometry", lambda: log.read().geometry, START_TIMEOUT)
        title = log.geometry["title"]
        wid = display.wait_for_window(title, START_TIMEOUT)
        # The window may still be placed or resized: the geometry of its last draw counts.
        wait_until("serve_qtagg drawn and quiet", log.quiet, SETTLE_TIMEOUT)
        geometry = log.geometry
        if geometry["device_pixel_ratio"] != ratio:
            raise RuntimeError(f"QtAgg drew at ratio {geometry['device_pixel_ratio']}, not {ratio}")
        center, radius = screen_circle(display, wid, geometry)
        pressed_after = log.events[-1][1] if log.events else -math.inf
        log.spans.take()  # forget the draws of showing the window
        display.xdotool(*circle_gesture(center, radius, seconds))
        wait_until(
            "serve_qtagg quiet after the release",
            lambda: log.quiet() and log.times("button_release", after=pressed_after),
            SETTLE_TIMEOUT,
        )
        return {"dpr": ratio, **drag_stats(log, pressed_after)}
    finally:
        child.stop()
        if title is not None:
            display.wait_gone(title)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="QtAgg's pan benchmark under Xvfb.")
    parser.add_argument("key", help="a reference figure with the pan gesture")
    parser.add_argument("--dpr", type=float, nargs="+", default=[1.0, 2.0])
    parser.add_argument("--seconds", type=float, default=3.0)
    options = parser.parse_args(argv)
    if options.key not in BY_KEY or BY_KEY[options.key].gesture != "pan":
        pans = [reference.key for reference in REFERENCE_FIGURES if reference.gesture == "pan"]
        parser.error(f"{options.key!r} is not a pan figure; these are: {', '.join(pans)}")
    display = XSession(1600, 1000).start()
    try:
        for ratio in options.dpr:
            print(
                json.dumps(
                    {"figure": options.key, **measure(display, options.key, ratio, options.seconds)}
                )
            )
    finally:
        display.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
