"""Where each axes of a figure is and how its data map to the page's pixels, as last drawn.

Two readers: the frame diff moves the pixels of an axes that a pan shifted between two frames
(pixel_moves.py), and the page predicts a pan or zoom in progress from the frame it shows
(predict.js). Both hold for rectilinear axes only, whose scaled data reach the page through
one affine map per direction; polar, 3D, geographic axes and colorbars (a pan there changes
the colours, not the place of the pixels) have no view.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from matplotlib.colors import to_rgba

from .frames import Box

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Pixels left out along each edge of an axes: its spines stay where they are.
INSET = 3
# The page is told of this many axes at most: each takes about 100 bytes of every frame's
# headers and 300 of the state's, and Chromium refuses a response whose headers pass 256 kB.
# A figure with more is not predicted.
MOST_AXES = 200


@dataclass(frozen=True)
class View:
    """An axes in one frame: its inside, its bounds, and its affine map from scaled data to
    page pixels (device pixels from the top-left)."""

    key: tuple
    box: Box
    scale: tuple[float, float]
    offset: tuple[float, float]
    bounds: tuple[float, float, float, float]  # x, y, width, height

    def header(self) -> str:
        """As the page reads it (frames.js): id, inside box, bounds, scales, offsets."""
        numbers = (*self.box, *self.bounds, *self.scale, *self.offset)
        return ",".join([str(self.key[0]), *(f"{n:.6g}" for n in numbers)])


def _predictable(axes: Axes) -> bool:
    # Colorbars are rectilinear, but their pan changes the norm: the colours, not the places.
    return axes.name == "rectilinear" and not hasattr(axes, "_colorbar")


def axes_views(figure: Figure) -> tuple[View, ...]:
    """The views of the figure's rectilinear axes, as last drawn; made on the main thread."""
    height = figure.bbox.height
    views = []
    for axes in figure.get_axes():
        if not _predictable(axes):
            continue
        # Data, once scaled (log, ...), reach display pixels through these two affine steps.
        matrix = axes.transAxes.get_matrix() @ axes.transLimits.get_matrix()
        if matrix[0, 1] or matrix[1, 0]:
            continue
        x0, y0, x1, y1 = axes.bbox.extents
        left, top = math.ceil(x0) + INSET, math.ceil(height - y1) + INSET
        right, bottom = math.floor(x1) - INSET, math.floor(height - y0) - INSET
        if right <= left or bottom <= top:
            continue  # too small to hold anything worth moving (and no scale to divide by)
        views.append(
            View(
                (id(axes), axes.get_xscale(), axes.get_yscale()),
                (left, top, right - left, bottom - top),
                # Page pixels grow downwards.
                (float(matrix[0, 0]), -float(matrix[1, 1])),
                (float(matrix[0, 2]), height - float(matrix[1, 2])),
                (float(x0), float(height - y1), float(x1 - x0), float(y1 - y0)),
            )
        )
    return tuple(views)


def axes_navigation(figure: Figure) -> list[dict[str, Any]]:
    """What the page needs to tell which axes a pan or zoom at a point moves, and how: the
    rules of matplotlib's `NavigationToolbar2._start_event_axes_interaction`, per axes in the
    figure's order, by the ids of `View.key`. Every axes is there, those without a view too:
    a gesture that moves one of them is not predicted at all."""

    def ids(axes_list) -> list[int]:
        return [id(other) for other in axes_list]

    if len(figure.get_axes()) > MOST_AXES:
        return []
    height = figure.bbox.height
    entries = []
    for axes in figure.get_axes():
        forward = axes.get_forward_navigation_events()
        if forward == "auto":
            forward = not axes.patch.get_visible()
        x0, y0, x1, y1 = axes.bbox.extents
        entries.append(
            {
                "id": id(axes),
                "bounds": [
                    round(x0, 2),
                    round(height - y1, 2),
                    round(x1 - x0, 2),
                    round(y1 - y0, 2),
                ],
                "pan": bool(axes.get_navigate() and axes.can_pan()),
                "zoom": bool(axes.get_navigate() and axes.can_zoom()),
                "z": axes.get_zorder(),
                "captures": not forward,
                "twins": ids(axes._twinned_axes.get_siblings(axes)),
                "sharex": min(ids(axes.get_shared_x_axes().get_siblings(axes))),
                "sharey": min(ids(axes.get_shared_y_axes().get_siblings(axes))),
                "auto_aspect": axes.get_aspect() == "auto",
                "background": _css_colour(axes, figure),
            }
        )
    return entries


def _css_colour(axes: Axes, figure: Figure) -> str:
    """What shows where an axes has nothing drawn: its face, or the figure's through it."""
    for patch in (axes.patch, figure.patch):
        r, g, b, a = to_rgba(patch.get_facecolor())
        if patch.get_visible() and a > 0:
            return f"rgba({round(r * 255)},{round(g * 255)},{round(b * 255)},{a:.3g})"
    return "rgba(0,0,0,0)"
