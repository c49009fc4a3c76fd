"""Data tips: in the toolbar's inspect mode, a click on a line, a marker, a bar or an image pixel
pins a label with its data there, as MATLAB's data cursor and mplcursors do.

A tip is an annotation of the axes, so it belongs to the figure: it is drawn in exports and saved
in the pickle, with what it points at, so that a reopened figure's tips still walk along their
data. The tip clicked or made last is the selected one: the arrow keys walk it along its data
(left and right; up and down through an image's rows) and Delete removes it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import MouseEvent
from matplotlib.collections import Collection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.text import Annotation

TIP_GID = "webfig-data-tip"
# What a tip keeps of its target, as an attribute of the annotation, pickled with it: the
# artist and the index, of matplotlib's and Python's own types only, so that the figure opens
# wherever matplotlib does.
_TARGET = "_webfig_target"
_STYLE = {
    "xytext": (12, 12),
    "textcoords": "offset points",
    "fontsize": "small",
    "bbox": {"boxstyle": "round,pad=0.4", "fc": "#fffbe6", "ec": "#555", "alpha": 0.95},
    "arrowprops": {"arrowstyle": "-", "color": "#555", "shrinkA": 0, "shrinkB": 0},
    "annotation_clip": False,
}
WALK_KEYS = {"left": (0, -1), "right": (0, 1), "up": (-1, 0), "down": (1, 0)}
REMOVE_KEYS = {"delete", "backspace"}


@dataclass(frozen=True)
class Target:
    """One datum: `artist` (a Line2D, a Collection, an AxesImage, or a BarContainer's bars)
    and its index there, a (row, column) for an image."""

    artist: Any
    index: Any


def tips(figure: Figure) -> list[Annotation]:
    return [t for ax in figure.axes for t in ax.texts if t.get_gid() == TIP_GID]


def target_at(figure: Figure, event: MouseEvent) -> Target | None:
    """The datum under the mouse of `event`, topmost first; None where there is none."""
    for axes in sorted(_axes_at(figure, event), key=lambda ax: -ax.get_zorder()):
        for artist in sorted(_candidates(axes), key=lambda a: -_zorder(a)):
            target = _hit(artist, event)
            if target is not None:
                return target
    return None


def tip_at(figure: Figure, event: MouseEvent) -> Annotation | None:
    for tip in reversed(tips(figure)):
        if tip.get_visible() and tip.contains(event)[0]:
            return tip
    return None


def pin(target: Target) -> Annotation:
    """A new tip on `target`."""
    xy, text = describe(target)
    axes = _axes_of(target)
    tip = axes.annotate(text, xy, gid=TIP_GID, **_STYLE)
    _keep_target(tip, target)
    return tip


def walked(tip: Annotation, key: str) -> Target | None:
    """The tip's target moved one datum along `key`'s direction; None at the data's end."""
    target = target_of(tip)
    if target is None:
        return None
    rows, steps = WALK_KEYS[key]
    if isinstance(target.artist, AxesImage):
        height, width = target.artist.get_array().shape[:2]
        row, col = target.index[0] + rows, target.index[1] + steps
        return Target(target.artist, (row, col)) if 0 <= row < height and 0 <= col < width else None
    index = target.index + steps
    return Target(target.artist, index) if steps and 0 <= index < _count(target) else None


def move(tip: Annotation, target: Target) -> None:
    xy, text = describe(target)
    tip.xy = xy
    tip.set_text(text)
    _keep_target(tip, target)


def target_of(tip: Annotation) -> Target | None:
    kept = getattr(tip, _TARGET, None)
    return Target(*kept) if kept is not None else None


def _keep_target(tip: Annotation, target: Target) -> None:
    # A plain tuple: the figure's pickle must not name this module. The indexes are ints.
    setattr(tip, _TARGET, (target.artist, target.index))


def describe(target: Target) -> tuple[tuple[float, float], str]:
    """Where the tip points, in data coordinates, and what it says."""
    artist, index = target.artist, target.index
    axes = _axes_of(target)
    if isinstance(artist, Line2D):
        x, y = artist.get_xdata()[index], artist.get_ydata()[index]
        return (x, y), _labelled(artist, _xy_text(axes, x, y))
    if isinstance(artist, AxesImage):
        row, col = index
        x, y = _pixel_centre(artist, row, col)
        value = artist.get_array()[row, col]
        return (x, y), f"{_xy_text(axes, x, y)}\nvalue: {_value_text(value)}"
    if isinstance(artist, BarContainer):
        bar = artist.patches[index]
        value = artist.datavalues[index] if artist.datavalues is not None else bar.get_height()
        if artist.orientation == "horizontal":
            x, y = bar.get_x() + bar.get_width(), bar.get_y() + bar.get_height() / 2
        else:
            x, y = bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height()
        return (x, y), f"{_xy_text(axes, x, y)}\nvalue: {_value_text(value)}"
    x, y = artist.get_offsets()[index]
    text = _labelled(artist, _xy_text(axes, x, y))
    values = artist.get_array()
    if values is not None and np.ndim(values) == 1 and index < len(values):
        text += f"\nvalue: {_value_text(values[index])}"
    return (x, y), text


# -- finding what was clicked -------------------------------------------------------------------


def _axes_at(figure: Figure, event: MouseEvent) -> list[Axes]:
    return [ax for ax in figure.axes if ax.get_visible() and ax.contains(event)[0]]


def _candidates(axes: Axes) -> list[Any]:
    bars = [c for c in axes.containers if isinstance(c, BarContainer)]
    in_bars = {id(p) for c in bars for p in c.patches}
    collections = [c for c in axes.collections if len(c.get_offsets()) and id(c) not in in_bars]
    return [*axes.lines, *collections, *bars, *axes.images]


def _zorder(artist: Any) -> float:
    if isinstance(artist, BarContainer):
        return max((p.get_zorder() for p in artist.patches), default=0)
    return artist.get_zorder()


def _hit(artist: Any, event: MouseEvent) -> Target | None:
    if isinstance(artist, BarContainer):
        for k, bar in enumerate(artist.patches):
            if bar.get_visible() and bar.contains(event)[0]:
                return Target(artist, k)
        return None
    if not artist.get_visible():
        return None
    hit, info = artist.contains(event)
    if not hit:
        return None
    if isinstance(artist, AxesImage):
        return _pixel_at(artist, event)
    indexes = np.atleast_1d(info.get("ind", ()))
    if indexes.size == 0:
        return None
    return Target(artist, _nearest(artist, indexes, event))


def _nearest(artist: Line2D | Collection, indexes: np.ndarray, event: MouseEvent) -> int:
    """Of the data `indexes` near the mouse, the one nearest on screen."""
    if isinstance(artist, Line2D):
        points = np.column_stack([artist.get_xdata(), artist.get_ydata()])[indexes]
        transform = artist.get_transform()
    else:
        points = artist.get_offsets()[indexes]
        transform = artist.get_offset_transform()
    pixels = transform.transform(np.asarray(points, float))
    distances = np.hypot(pixels[:, 0] - event.x, pixels[:, 1] - event.y)
    return int(indexes[int(np.nanargmin(distances))])


def _pixel_at(image: AxesImage, event: MouseEvent) -> Target | None:
    x, y = image.axes.transData.inverted().transform((event.x, event.y))
    height, width = image.get_array().shape[:2]
    left, right, y0, y1 = _image_edges(image)
    col = math.floor((x - left) / (right - left) * width)
    row = math.floor((y - y0) / (y1 - y0) * height)
    if 0 <= row < height and 0 <= col < width:
        return Target(image, (row, col))
    return None


def _image_edges(image: AxesImage) -> tuple[float, float, float, float]:
    """Left and right, then the y of the array's first row's edge and of its last's."""
    left, right, bottom, top = image.get_extent()
    return (left, right, top, bottom) if image.origin == "upper" else (left, right, bottom, top)


def _pixel_centre(image: AxesImage, row: int, col: int) -> tuple[float, float]:
    height, width = image.get_array().shape[:2]
    left, right, y0, y1 = _image_edges(image)
    return left + (col + 0.5) * (right - left) / width, y0 + (row + 0.5) * (y1 - y0) / height


def _count(target: Target) -> int:
    artist = target.artist
    if isinstance(artist, Line2D):
        return len(artist.get_xdata())
    if isinstance(artist, BarContainer):
        return len(artist.patches)
    return len(artist.get_offsets())


def _axes_of(target: Target) -> Axes:
    artist = target.artist
    return artist.patches[0].axes if isinstance(artist, BarContainer) else artist.axes


def _xy_text(axes: Axes, x: float, y: float) -> str:
    return f"x: {axes.format_xdata(x)}\ny: {axes.format_ydata(y)}"


def _labelled(artist: Any, text: str) -> str:
    """The text under the artist's label, if it has one of its own: which line is which."""
    label = artist.get_label()
    return f"{label}\n{text}" if label and not label.startswith("_") else text


def _value_text(value: Any) -> str:
    if np.ma.is_masked(value):
        return "masked"
    if np.ndim(value):
        return "(" + ", ".join(_value_text(v) for v in np.ravel(value)) + ")"
    return f"{value:.6g}" if isinstance(value, (float, np.floating)) else str(value)
