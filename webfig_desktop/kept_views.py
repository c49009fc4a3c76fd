"""The view a user made of a figure, carried over to the figure that takes its place in its
window: a watched script's next run, a watched pickle's new content.

Only what the user chose is carried: axes limits they panned or zoomed to (the new figure's
own limits become Home, one step back), and the toolbar's pan or zoom mode. Limits go over
only to a figure of the same axes, so that a script that changed its layout shows its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from matplotlib.backend_bases import NavigationToolbar2

if TYPE_CHECKING:
    from matplotlib.backend_bases import FigureManagerBase
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class KeptView:
    axes: tuple[tuple[str, str], ...]  # each axes' class and projection: a layout's signature
    views: tuple[dict[str, Any], ...] | None  # None: the user moved no view
    mode: str  # the toolbar's mode's name, "" for none


def keep(manager: FigureManagerBase) -> KeptView:
    """What the user made of `manager`'s figure's view."""
    figure = manager.canvas.figure
    toolbar = manager.toolbar
    views = None
    mode = ""
    if isinstance(toolbar, NavigationToolbar2):
        mode = toolbar.mode.name if toolbar.mode else ""
        stack = toolbar._nav_stack
        # Home (and back, all the way) show the very first view again, the same object.
        if len(stack) and stack() is not stack[0]:
            views = tuple(axes._get_view() for axes in figure.axes)
    return KeptView(_layout(figure), views, mode)


def restore(kept: KeptView, manager: FigureManagerBase) -> None:
    """Give `manager`'s figure the view kept of the one before it."""
    toolbar = manager.toolbar
    if not isinstance(toolbar, NavigationToolbar2):
        return
    figure = manager.canvas.figure
    if kept.views is not None and _layout(figure) == kept.axes:
        toolbar.push_current()  # Home: the figure's own view
        for axes, view in zip(figure.axes, kept.views, strict=True):
            axes._set_view(view)
        toolbar.push_current()
        toolbar.set_history_buttons()
    if kept.mode == "PAN":
        toolbar.pan()
    elif kept.mode == "ZOOM":
        toolbar.zoom()


def _layout(figure: Figure) -> tuple[tuple[str, str], ...]:
    return tuple((type(axes).__name__, axes.name) for axes in figure.axes)
