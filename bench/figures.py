"""The reference figures of the benchmark, one builder each.

Builders use pyplot, so that whichever backend is selected (webfig, WebAgg, QtAgg, Agg) makes
the figure's canvas and manager, exactly as a user's script would. Data come from a seeded
generator, so every process draws the same pixels.

Each builder returns a `BuiltFigure`: the figure, the objects that must stay referenced (a
widget or an animation that nobody holds is garbage collected and stops working), and the axes
where the benchmark's gesture happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.animation import FuncAnimation
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from matplotlib.widgets import Cursor

DPI = 100
# The animation asks for more than 60 frames per second, so that what reaches the canvas is
# limited by the pipeline, not by the timer.
ANIMATION_INTERVAL_MS = 10


@dataclass
class BuiltFigure:
    """A figure made by a builder, with what keeps it alive and where to act on it."""

    figure: Figure
    axes: Axes
    keep: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class ReferenceFigure:
    """One reference figure: how to build it and which gesture the benchmark makes on it.

    `gesture` is "pan" (drag with the pan tool), "hover" (move the mouse, no button) or
    "watch" (no input: the figure animates by itself).
    """

    key: str
    title: str
    size: tuple[int, int]  # CSS pixels
    gesture: str
    build: Callable[[], BuiltFigure]


def _rng() -> np.random.Generator:
    return np.random.default_rng(6)


def _figure(size: tuple[int, int], **kwargs: Any) -> Figure:
    return plt.figure(figsize=(size[0] / DPI, size[1] / DPI), dpi=DPI, **kwargs)


def line_and_image() -> BuiltFigure:
    """A 20,000-point random walk with grid beside a 256x256 image, 800x450 px."""
    fig = _figure((800, 450), layout="constrained")
    line_ax, image_ax = fig.subplots(1, 2, width_ratios=(3, 2))
    line_ax.plot(np.cumsum(_rng().standard_normal(20_000)), lw=0.8)
    line_ax.grid(True)
    line_ax.set_title("Random walk")
    y, x = np.mgrid[-2:2:256j, -2:2:256j]
    image_ax.imshow(np.sin(3 * x) * np.cos(4 * y) * np.exp(-(x**2 + y**2) / 2), cmap="viridis")
    image_ax.set_title("256 x 256")
    return BuiltFigure(fig, line_ax)


def scatter() -> BuiltFigure:
    """A scatter of 100,000 points."""
    fig = _figure((640, 480))
    ax = fig.add_subplot()
    points = _rng().standard_normal((2, 100_000))
    ax.scatter(*points, s=2, alpha=0.5)
    ax.set_title("100,000 points")
    return BuiltFigure(fig, ax)


def subplots() -> BuiltFigure:
    """3x3 subplots with dense tick labels and titles."""
    # A fixed layout rather than a layout engine: constrained layout measures every tick label
    # on every draw, which would make this figure about the layout engine instead of drawing.
    fig = _figure((800, 600))
    fig.subplots_adjust(left=0.06, right=0.98, bottom=0.07, top=0.95, wspace=0.25, hspace=0.45)
    axes = fig.subplots(3, 3)
    rng = _rng()
    for k, ax in enumerate(axes.flat):
        ax.plot(np.cumsum(rng.standard_normal(500)), lw=0.8)
        ax.set_title(f"Panel {k + 1}: a random walk", fontsize=9)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=12))
        ax.yaxis.set_major_locator(MaxNLocator(nbins=10))
        ax.tick_params(labelsize=7)
    return BuiltFigure(fig, axes[1, 1])


def blit_cursor() -> BuiltFigure:
    """A `Cursor(useblit=True)` following the mouse over a line plot."""
    fig = _figure((640, 480))
    ax = fig.add_subplot()
    x = np.linspace(0, 10, 2_000)
    ax.plot(x, np.sin(x) + 0.1 * _rng().standard_normal(x.size), lw=0.8)
    ax.set_title("Cursor(useblit=True)")
    cursor = Cursor(ax, useblit=True, color="red", linewidth=1)
    return BuiltFigure(fig, ax, [cursor])


def blit_animation() -> BuiltFigure:
    """A `FuncAnimation(blit=True)` of a moving sine."""
    fig = _figure((640, 480))
    ax = fig.add_subplot()
    x = np.linspace(0, 4 * np.pi, 1_000)
    (line,) = ax.plot(x, np.sin(x))
    ax.set_title("FuncAnimation(blit=True)")

    def update(frame: int) -> tuple:
        line.set_ydata(np.sin(x + frame / 10))
        return (line,)

    animation = FuncAnimation(
        fig, update, interval=ANIMATION_INTERVAL_MS, blit=True, cache_frame_data=False
    )
    return BuiltFigure(fig, ax, [animation])


REFERENCE_FIGURES = [
    ReferenceFigure(
        "line+image", "20k-point walk + 256x256 image", (800, 450), "pan", line_and_image
    ),
    ReferenceFigure("scatter", "scatter of 100,000 points", (640, 480), "pan", scatter),
    ReferenceFigure("subplots", "3x3 subplots, dense ticks", (800, 600), "pan", subplots),
    ReferenceFigure("cursor", "Cursor(useblit=True)", (640, 480), "hover", blit_cursor),
    ReferenceFigure("animation", "FuncAnimation(blit=True)", (640, 480), "watch", blit_animation),
]
BY_KEY = {reference.key: reference for reference in REFERENCE_FIGURES}
