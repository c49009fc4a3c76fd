"""The Agg limit of each reference figure, and what each stage of our frame pipeline costs.

Run as ``MPLBACKEND=Agg python -m bench.agg_limit KEY [--dpr 1 2]``; prints one JSON object.

For every device pixel ratio it makes the update the benchmark's gesture makes — a pan step
(the pan tool's drag of a few whole pixels, then ``canvas.draw()``), a cursor move (a motion
event: restore, draw the lines, blit), or an animation step — and times it alone: that is the
limit no viewer can beat. It then times what our host does with the result, with the package's
own functions: the copy kept by the figure's feed, and the frame the server makes (moves, diff,
crop, PNG, as `FigureFeed.update_since` does for every image request); and, for comparison, the
frame WebAgg would make of the same two renders (whole-size diff image, default PNG level).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import matplotlib
import numpy as np
from matplotlib.backend_bases import MouseEvent
from PIL import Image

from bench.figures import BY_KEY, BuiltFigure
from webfig_desktop.axes_views import axes_views
from webfig_desktop.frames import frame_update
from webfig_desktop.pixel_moves import moves_between

# Per figure and ratio: at least this many samples, and more while the time budget lasts.
MIN_SAMPLES = 3
MAX_SAMPLES = 15
BUDGET_SECONDS = 1.0


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1e3


def _pan_step(built: BuiltFigure) -> Callable[[int], None]:
    ax = built.axes
    canvas = built.figure.canvas
    ratio = canvas.device_pixel_ratio

    def step(k: int) -> None:
        # What NavigationToolbar2's pan does for a mouse move of a few whole pixels, back and
        # forth, then the draw.
        x, y = ax.bbox.x0 + ax.bbox.width / 2, ax.bbox.y0 + ax.bbox.height / 2
        sign = 1 if k % 2 else -1
        ax.start_pan(x, y, 1)
        ax.drag_pan(1, None, x + sign * 6 * ratio, y + sign * 2 * ratio)
        ax.end_pan()
        canvas.draw()

    return step


def _hover_step(built: BuiltFigure) -> Callable[[int], None]:
    canvas = built.figure.canvas
    box = built.axes.bbox

    def step(k: int) -> None:
        # A motion event across the axes: the Cursor restores its background, draws its two
        # lines and blits, all inside the event's processing.
        fraction = 0.2 + 0.6 * ((k * 0.137) % 1.0)
        x = box.x0 + box.width * fraction
        y = box.y0 + box.height * (1 - fraction)
        MouseEvent("motion_notify_event", canvas, x, y)._process()

    return step


def _watch_step(built: BuiltFigure) -> Callable[[int], None]:
    animation = built.keep[0]

    def step(k: int) -> None:
        # Exactly what the animation's timer calls: restore, update, draw artists, blit.
        animation._step()

    return step


STEPS = {"pan": _pan_step, "hover": _hover_step, "watch": _watch_step}


def _webagg_frame(old: np.ndarray, new: np.ndarray) -> bytes:
    """The PNG WebAgg's `get_diff_image` sends for `new` after `old` (its diff mode)."""
    new32 = new.view(np.uint32)[..., 0]
    output = np.where(new32 != old.view(np.uint32)[..., 0], new32, 0)
    data = output.view(np.uint8).reshape((*output.shape, 4))
    with io.BytesIO() as png:
        Image.fromarray(data).save(png, format="png")
        return png.getvalue()


def measure(key: str, ratio: float) -> dict[str, Any]:
    """Time the gesture's update of figure `key` at device pixel ratio `ratio`, stage by stage."""
    import matplotlib.pyplot as plt

    reference = BY_KEY[key]
    built = reference.build()
    canvas = built.figure.canvas
    canvas._set_device_pixel_ratio(ratio)
    canvas.draw()
    # Where the gesture happens, as fractions of the figure from its top-left corner.
    box = built.axes.get_position()
    step = STEPS[reference.gesture](built)
    step(0)
    previous = np.array(canvas.buffer_rgba(), copy=True)
    previous_views = axes_views(built.figure)
    times: dict[str, list[float]] = {"update": [], "copy": [], "encode": []}
    webagg_times: list[float] = []
    sizes: list[int] = []
    webagg_sizes: list[int] = []
    boxes: list[float] = []
    started = time.perf_counter()
    k = 0
    while k < MIN_SAMPLES or (k < MAX_SAMPLES and time.perf_counter() - started < BUDGET_SECONDS):
        k += 1
        t0 = time.perf_counter()
        step(k)
        t1 = time.perf_counter()
        # FigureCanvasWebfig._publish keeps a copy of the whole buffer, draw or blit, and the
        # views of the axes.
        pixels = np.array(canvas.buffer_rgba(), copy=True)
        views = axes_views(built.figure)
        t2 = time.perf_counter()
        # What the server sends, as it makes it.
        update = frame_update(previous, pixels, moves_between(previous_views, views))
        t3 = time.perf_counter()
        if update is None:
            continue
        x, y, w, h = update.box
        webagg_png = _webagg_frame(previous, pixels)
        t4 = time.perf_counter()
        for name, value in zip(times, (t1 - t0, t2 - t1, t3 - t2), strict=True):
            times[name].append(value)
        webagg_times.append(t4 - t3)
        sizes.append(len(update.png))
        webagg_sizes.append(len(webagg_png))
        boxes.append(w * h / (pixels.shape[0] * pixels.shape[1]))
        previous, previous_views = pixels, views
    width, height = canvas.get_width_height(physical=True)
    plt.close(built.figure)
    return {
        "ratio": ratio,
        "size": [width, height],
        "samples": len(sizes),
        "update_ms": _median_ms(times["update"]),
        "copy_ms": _median_ms(times["copy"]),
        "encode_ms": _median_ms(times["encode"]),
        "png_bytes": statistics.median(sizes),
        "changed_fraction": statistics.median(boxes),
        "webagg_encode_ms": _median_ms(webagg_times),
        "webagg_png_bytes": statistics.median(webagg_sizes),
        "axes_fraction": [box.x0, 1 - box.y1, box.width, box.height],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("key", choices=sorted(BY_KEY))
    parser.add_argument("--dpr", type=float, nargs="+", default=[1.0, 2.0])
    options = parser.parse_args(argv)
    if matplotlib.get_backend().lower() != "agg":
        sys.exit("agg_limit: run with MPLBACKEND=Agg")
    json.dump([measure(options.key, ratio) for ratio in options.dpr], sys.stdout)
    print(flush=True)


if __name__ == "__main__":
    main()
