"""One small figure of every kind a user may plot, for tests that need real figures.

Each builder returns a fresh `matplotlib.figure.Figure` (not a pyplot figure, so nothing leaks
into pyplot's global state), 3x2 inches at 80 dpi so that rendering stays fast, with data from
a seeded generator so that two builds draw the same pixels.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import dateutil.tz
import matplotlib.dates as mdates
import numpy as np
from matplotlib import patches
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.figure import Figure

FIGSIZE = (3, 2)
DPI = 80


def _figure(**kwargs) -> Figure:
    return Figure(figsize=FIGSIZE, dpi=DPI, **kwargs)


def _rng() -> np.random.Generator:
    return np.random.default_rng(1234)


def lines() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    x = np.linspace(0, 2 * np.pi, 50)
    ax.plot(x, np.sin(x), "r-", x, np.cos(x), "b--o", markevery=5)
    ax.step(x, np.sin(x) / 2, where="mid")
    ax.axhline(0, color="k", lw=0.5)
    ax.set_title("lines")
    return fig


def scatter() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    rng = _rng()
    x, y = rng.normal(size=(2, 40))
    ax.scatter(x, y, c=rng.random(40), s=rng.uniform(5, 40, 40), cmap="viridis", marker="^")
    return fig


def bar() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    bars = ax.bar(["a", "b", "c"], [3, 5, 2], yerr=[0.5, 0.3, 0.2], color=["C0", "C1", "C2"])
    ax.bar_label(bars)
    ax.barh([1, 2], [2, 4], left=1, alpha=0.3, hatch="//")
    return fig


def hist() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    ax.hist(_rng().normal(size=500), bins=20, histtype="stepfilled", alpha=0.7)
    return fig


def errorbar() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    x = np.arange(6)
    ax.errorbar(x, x**0.5, yerr=0.2, xerr=0.1, fmt="s", capsize=3)
    return fig


def fill_between() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    x = np.linspace(0, 1, 30)
    ax.fill_between(x, x**2, x, where=x > 0.2, interpolate=True, alpha=0.5)
    ax.fill_betweenx(x, 0, x / 2, color="C3")
    return fig


def imshow() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    ax.imshow(_rng().random((12, 16)), cmap="magma", interpolation="nearest", origin="lower")
    return fig


def pcolormesh() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    x, y = np.meshgrid(np.linspace(-1, 1, 9), np.linspace(-1, 1, 7))
    ax.pcolormesh(x, y, x * y, shading="gouraud", cmap="coolwarm")
    return fig


def _hills() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x, y = np.meshgrid(np.linspace(-2, 2, 30), np.linspace(-2, 2, 30))
    return x, y, np.exp(-(x**2) - y**2) - np.exp(-((x - 1) ** 2) - (y - 1) ** 2)


def contour() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    cs = ax.contour(*_hills(), levels=6, colors="k")
    ax.clabel(cs, fontsize=6)
    return fig


def contourf() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    ax.contourf(*_hills(), levels=8, cmap="RdBu", hatches=["", "."])
    return fig


def colorbar() -> Figure:
    fig = _figure(layout="constrained")
    ax = fig.add_subplot()
    image = ax.imshow(_rng().random((8, 8)), norm="log", cmap="plasma")
    fig.colorbar(image, ax=ax, label="value", extend="both")
    return fig


def legend() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    x = np.arange(5)
    ax.plot(x, x, label="linear")
    ax.plot(x, x**1.5, label="faster")
    ax.scatter(x, 5 - x, label="points")
    ax.legend(loc="upper left", title="kinds", fontsize=6, draggable=True)
    return fig


def annotations_and_arrows() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    ax.plot([0, 1, 2], [0, 1, 0])
    ax.annotate(
        "peak",
        xy=(1, 1),
        xytext=(1.5, 0.5),
        arrowprops={"arrowstyle": "->", "connectionstyle": "arc3,rad=.3"},
    )
    ax.arrow(0, 0.5, 0.5, 0, head_width=0.05)
    ax.text(0.1, 0.8, "boxed", bbox={"boxstyle": "round", "fc": "wheat"})
    fig.suptitle("annotations")
    return fig


def mathtext() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    ax.set_xlabel(r"$\alpha^2 + \sqrt{\beta}$")
    ax.set_ylabel(r"$\int_0^\infty e^{-x}\,dx$")
    ax.text(0.5, 0.5, r"$\frac{a}{b} \cdot \sum_i x_i$", ha="center")
    return fig


def polar() -> Figure:
    fig = _figure()
    ax = fig.add_subplot(projection="polar")
    theta = np.linspace(0, 2 * np.pi, 60)
    ax.plot(theta, 1 + np.sin(3 * theta))
    ax.bar(theta[::10], 1, width=0.3, alpha=0.4)
    return fig


def three_d() -> Figure:
    fig = _figure()
    surface = fig.add_subplot(1, 2, 1, projection="3d")
    x, y = np.meshgrid(np.linspace(-1, 1, 10), np.linspace(-1, 1, 10))
    surface.plot_surface(x, y, x**2 - y**2, cmap="viridis")
    points = fig.add_subplot(1, 2, 2, projection="3d")
    points.scatter(*_rng().random((3, 20)), c="C1")
    points.view_init(elev=20, azim=30)
    return fig


def twinx() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    x = np.arange(10)
    ax.plot(x, x, "C0")
    other = ax.twinx()
    other.plot(x, np.exp(x / 3), "C1")
    other.set_ylabel("exp")
    return fig


def subfigures() -> Figure:
    fig = _figure()
    left, right = fig.subfigures(1, 2)
    left.add_subplot().plot([1, 3, 2])
    right.subplots(2, 1, sharex=True)[1].bar([1, 2], [2, 1])
    right.suptitle("right")
    left.set_facecolor("0.9")
    return fig


def gridspec() -> Figure:
    fig = _figure()
    grid = fig.add_gridspec(2, 3, width_ratios=[2, 1, 1], hspace=0.4)
    fig.add_subplot(grid[:, 0]).plot([0, 1])
    fig.add_subplot(grid[0, 1:]).plot([1, 0])
    fig.add_subplot(grid[1, 1]).plot([0, 0])
    fig.add_subplot(grid[1, 2]).plot([1, 1])
    return fig


def date_axis() -> Figure:
    fig = _figure()
    naive, aware = fig.subplots(2, 1)
    days = np.arange("2024-01-01", "2024-03-01", dtype="datetime64[D]")
    naive.plot(days, np.arange(len(days)) % 7)
    zone = dateutil.tz.tzoffset("UTC+2", 2 * 3600)
    start = datetime.datetime(2024, 5, 1, tzinfo=zone)
    hours = [start + datetime.timedelta(hours=6 * i) for i in range(12)]
    aware.plot(hours, range(12))
    locator = mdates.AutoDateLocator(tz=zone)
    aware.xaxis.set_major_locator(locator)
    aware.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, tz=zone))
    return fig


def categorical_axis() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    ax.plot(["mon", "tue", "wed", "thu"], [3, 1, 4, 1], "o-")
    ax.bar(["mon", "fri"], [1, 2], alpha=0.5)
    return fig


def log_and_symlog_scales() -> Figure:
    fig = _figure()
    log, symlog = fig.subplots(1, 2)
    x = np.logspace(0, 3, 20)
    log.loglog(x, x**2)
    x = np.linspace(-50, 50, 41)
    symlog.plot(x, x**3)
    symlog.set_yscale("symlog", linthresh=10)
    return fig


def table() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    ax.axis("off")
    ax.table(
        cellText=[["1", "2"], ["3", "4"]],
        rowLabels=["a", "b"],
        colLabels=["x", "y"],
        cellColours=[["w", "0.9"], ["0.9", "w"]],
        loc="center",
    )
    return fig


def patches_and_collections() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    ax.add_patch(patches.Circle((0.2, 0.2), 0.1, fc="C0"))
    ax.add_patch(patches.Rectangle((0.5, 0.1), 0.3, 0.2, angle=15, hatch="x", fill=False))
    ax.add_patch(patches.FancyBboxPatch((0.1, 0.6), 0.2, 0.2, boxstyle="round,pad=0.02"))
    ax.add_patch(patches.Polygon([[0.5, 0.5], [0.9, 0.6], [0.7, 0.9]], closed=True, alpha=0.5))
    wedges = [patches.Wedge((0.8, 0.8), 0.1, 0, 120), patches.Ellipse((0.4, 0.8), 0.2, 0.1)]
    ax.add_collection(PatchCollection(wedges, cmap="tab10", array=np.array([1.0, 2.0])))
    ax.add_collection(LineCollection([[(0, 0), (1, 1)], [(0, 1), (1, 0)]], linestyles="dotted"))
    return fig


def inset_axes() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    x = np.linspace(0, 10, 200)
    ax.plot(x, np.sin(x) * x)
    inset = ax.inset_axes([0.6, 0.6, 0.35, 0.35])
    inset.plot(x, np.sin(x) * x)
    inset.set_xlim(2, 3)
    inset.set_ylim(1, 2)
    ax.indicate_inset_zoom(inset, edgecolor="k")
    return fig


def quiver() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    x, y = np.meshgrid(np.arange(5), np.arange(4))
    arrows = ax.quiver(x, y, np.cos(x), np.sin(y), np.hypot(x, y))
    ax.quiverkey(arrows, 0.8, 1.03, 1, "1 unit", labelpos="E")
    ax.barbs([0, 1], [4, 4], [10, 20], [5, -5], length=5)
    return fig


def streamplot() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    y, x = np.mgrid[-2:2:20j, -2:2:20j]
    ax.streamplot(x, y, -y, x, density=0.6, color=np.hypot(x, y), broken_streamlines=False)
    return fig


def violin_and_boxplot() -> Figure:
    fig = _figure()
    violin, box = fig.subplots(1, 2)
    data = _rng().normal(size=(50, 3))
    violin.violinplot(data, showmedians=True)
    box.boxplot(data, notch=True, tick_labels=["a", "b", "c"])
    return fig


def hexbin() -> Figure:
    fig = _figure()
    ax = fig.add_subplot()
    x, y = _rng().normal(size=(2, 300))
    ax.hexbin(x, y, gridsize=10, cmap="Greens", mincnt=1)
    return fig


FIGURE_KINDS: dict[str, Callable[[], Figure]] = {
    "lines": lines,
    "scatter": scatter,
    "bar": bar,
    "hist": hist,
    "errorbar": errorbar,
    "fill_between": fill_between,
    "imshow": imshow,
    "pcolormesh": pcolormesh,
    "contour": contour,
    "contourf": contourf,
    "colorbar": colorbar,
    "legend": legend,
    "annotations_and_arrows": annotations_and_arrows,
    "mathtext": mathtext,
    "polar": polar,
    "3d": three_d,
    "twinx": twinx,
    "subfigures": subfigures,
    "gridspec": gridspec,
    "date_axis": date_axis,
    "categorical_axis": categorical_axis,
    "log_and_symlog_scales": log_and_symlog_scales,
    "table": table,
    "patches_and_collections": patches_and_collections,
    "inset_axes": inset_axes,
    "quiver": quiver,
    "streamplot": streamplot,
    "violin_and_boxplot": violin_and_boxplot,
    "hexbin": hexbin,
}
