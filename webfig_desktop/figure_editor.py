"""Editing a figure in its window: the options panel's fields applied one at a time, each an
undo step, and the window told when its figure has edits not yet saved.

The page asks to show the panel for one axes (an "options" event) and sends each field the user
changed (an "edit" event); the panel's content travels in the figure's state, `options`, remade
after every draw while the panel is shown, so that it follows pans and zooms too.
"""

from __future__ import annotations

import logging
from typing import Any

from . import figure_options
from .edit_history import EditHistory
from .events import InputEvent

log = logging.getLogger(__name__)

# Fields whose change moves the view: the toolbar's navigation stack takes the new one.
_VIEW_FIELDS = (".min", ".max", ".scale")


class FigureEditor:
    """The options panel and the edits of one figure's window."""

    def __init__(self, manager: Any) -> None:
        self._manager = manager
        self.history = EditHistory()
        self._shown: int | None = None  # the axes the panel shows, when it is shown

    @property
    def _canvas(self):
        return self._manager.canvas

    @property
    def _toolbar(self):
        return self._manager.toolbar

    def show_options(self, index: int | None = None) -> None:
        """Show the panel, for axes number `index` (the one shown before, or the first)."""
        count = len(self._canvas.figure.axes)
        if count == 0:
            self._say("This figure has no axes to edit")
            return
        if index is None:
            index = self._shown if self._shown is not None else 0
        self._shown = min(max(index, 0), count - 1)
        self.publish()

    def toggle_options(self) -> None:
        if self._shown is None:
            self.show_options()
        else:
            self._shown = None
            self.publish()

    def handle(self, event: InputEvent) -> None:
        """An "options" event (which axes to show, -1 to hide) or an "edit" of one field."""
        if event.type == "options":
            if event.axes < 0:
                self._shown = None
                self.publish()
            else:
                self.show_options(event.axes)
        else:
            self._edit(event.axes, event.field, event.value)

    def undo(self) -> None:
        what = self.history.undo(self._toolbar)
        if what is None:
            self._say("Nothing to undo")
            return
        self._canvas.draw_idle()  # which shows the panel's fields as they are now
        self._changed(f"Undid: {what}")

    def publish(self) -> None:
        """Tell the page what the panel shows, or that it is hidden."""
        figure = self._canvas.figure
        if self._shown is not None and self._shown >= len(figure.axes):
            self._shown = None
        options = figure_options.describe(figure, self._shown) if self._shown is not None else None
        self._canvas.feed.publish_state(options=options)

    def saved(self) -> None:
        self.history.saved()
        self._manager.show_title()

    def _edit(self, index: int, key: str, text: str) -> None:
        figure = self._canvas.figure
        if not 0 <= index < len(figure.axes):
            self._say("That axes is no longer in the figure")
            self.publish()
            return
        try:
            applied = figure_options.apply(figure, index, key, text)
        except figure_options.BadValue as error:
            self._say(str(error))
            self.publish()  # the field shows the value the figure kept
            return
        except KeyError:
            self._say("That field is no longer in the figure")
            self.publish()
            return
        if applied is None:  # "red" for a line already red: no step to undo
            return
        what, undo = applied
        # Drawn at once: a value matplotlib took but cannot draw (a title of bad mathtext)
        # is taken back before it breaks every later draw.
        try:
            self._canvas.draw()
        except Exception as error:  # noqa: BLE001 — anything the draw raises is the value's
            undo()
            self._canvas.draw()
            self._say(f"Could not set {what}: {error}")
            self.publish()
            return
        self.history.record(what, undo, self._toolbar, key.endswith(_VIEW_FIELDS))
        self._changed(f"Changed: {what}")

    def _changed(self, message: str) -> None:
        if self._toolbar is not None and hasattr(self._toolbar, "set_history_buttons"):
            self._toolbar.set_history_buttons()
        self._manager.show_title()
        self._say(message)

    def _say(self, message: str) -> None:
        self._canvas.feed.publish_state(message=message)
