"""Pans found between two renders of a real figure: the page moves the pixels it has."""

import matplotlib
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from tests.page_model import apply
from webfig_desktop.axes_views import axes_views
from webfig_desktop.frames import frame_update
from webfig_desktop.pixel_moves import moves_between


def rendered(figure: Figure):
    figure.canvas.draw()
    return np.array(figure.canvas.buffer_rgba()), axes_views(figure)


def pan(axes, dx: float, dy: float) -> None:
    """What the toolbar's pan does for a drag of (dx, dy) device pixels from the axes' center."""
    x, y = axes.bbox.x0 + axes.bbox.width / 2, axes.bbox.y0 + axes.bbox.height / 2
    axes.start_pan(x, y, 1)
    axes.drag_pan(1, None, x + dx, y + dy)
    axes.end_pan()


def scatter_figure(ratio: float = 1, **subplot) -> tuple[Figure, matplotlib.axes.Axes]:
    figure = Figure(figsize=(4, 3), dpi=100)
    FigureCanvasAgg(figure)._set_device_pixel_ratio(ratio)
    axes = figure.add_subplot(**subplot)
    rng = np.random.default_rng(3)
    axes.scatter(*rng.standard_normal((2, 2_000)), s=4)
    return figure, axes


@pytest.mark.parametrize("ratio", [1, 2])
@pytest.mark.parametrize("scale", ["linear", "log"])
def test_a_pan_moves_the_inside_of_its_axes_and_sends_little_else(ratio, scale):
    figure, axes = scatter_figure(ratio)
    axes.set_yscale(scale)
    old, old_views = rendered(figure)
    pan(axes, 7 * ratio, 3 * ratio)
    new, new_views = rendered(figure)
    moves = moves_between(old_views, new_views)
    # Page pixels grow downwards: up on the figure is up the page.
    assert [(move.dx, move.dy) for move in moves] == [(7 * ratio, -3 * ratio)]
    update = frame_update(old, new, moves)
    np.testing.assert_array_equal(apply(old, update), new)
    assert len(update.png) < len(frame_update(old, new).png) / 3


def test_twinned_axes_panned_together_make_one_move():
    figure, axes = scatter_figure()
    twin = axes.twinx()
    twin.plot([0, 1, 2], [3, 1, 2])
    old, old_views = rendered(figure)
    pan(axes, 5, 0)  # the twin shares its x axis
    new, new_views = rendered(figure)
    assert [(move.dx, move.dy) for move in moves_between(old_views, new_views)] == [(5, 0)]


def test_a_zoom_or_a_pan_by_part_of_a_pixel_moves_nothing():
    figure, axes = scatter_figure()
    old, old_views = rendered(figure)
    axes.set_xlim(axes.get_xlim()[0], axes.get_xlim()[1] * 0.9)
    _, zoomed_views = rendered(figure)
    assert moves_between(old_views, zoomed_views) == ()
    pan(axes, 2.5, 0)
    _, panned_views = rendered(figure)
    assert moves_between(zoomed_views, panned_views) == ()


def test_axes_that_do_not_pan_by_translation_have_no_view():
    figure, _ = scatter_figure(projection="polar")
    assert axes_views(figure) == ()
