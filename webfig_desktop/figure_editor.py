"""Editing a figure in its window: the options panel's fields applied one at a time, and data
tips pinned in the inspect mode (data_tips.py), each an undo step; the window is told when its
figure has edits not yet saved.

The page asks to show the panel for one axes (an "options" event) and sends each field the user
changed (an "edit" event); the panel's content travels in the figure's state, `options`, remade
after every draw while the panel is shown, so that it follows pans and zooms too.
"""

from __future__ import annotations

from typing import Any

from matplotlib.backend_bases import MouseButton, MouseEvent
from matplotlib.text import Annotation

from . import data_tips, figure_options
from .edit_history import EditHistory
from .events import InputEvent
from .toolbars import page_box

# Fields whose change moves the view: the toolbar's navigation stack takes the new one.
_VIEW_FIELDS = (".min", ".max", ".scale")


class FigureEditor:
    """The options panel and the edits of one figure's window."""

    def __init__(self, manager: Any) -> None:
        self._manager = manager
        self.history = EditHistory()
        self._shown: int | None = None  # the axes the panel shows, when it is shown
        self._last = 0  # the axes it showed last: opened again, it shows that one
        self.inspecting = False
        self._tip: Annotation | None = None  # the data tip the keys move and remove
        self._text_edits = 0

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
        index = self._last if index is None else index
        self._shown = self._last = min(max(index, 0), count - 1)
        self.publish()

    def hide_options(self) -> None:
        self._shown = None
        self.publish()

    def toggle_options(self) -> None:
        if self._shown is None:
            self.show_options()
        else:
            self.hide_options()

    def handle(self, event: InputEvent) -> None:
        """An "options" event (which axes to show, -1 to hide) or an "edit" of one field."""
        if event.type == "options":
            if event.axes < 0:
                self.hide_options()
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

    def follow_draw(self) -> None:
        """After a draw: the panel, if shown, shows the figure as drawn (pans and zooms too).
        A figure whose panel was never opened sends nothing: fifty windows opening at once
        each have their state to send already."""
        if self._shown is not None:
            self.publish()

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

    # -- texts edited in place -----------------------------------------------------------------

    def edit_text_at(self, event: InputEvent) -> None:
        """A double-click: if on a title, label, legend entry or text, the page edits it there
        (text_editing.js) and sends it back as an edit of figure text (axes -1)."""
        found = figure_options.text_at(self._canvas.figure, self._mouse_event(event))
        if found is None:
            return
        key, text = found
        canvas = self._canvas
        extent = text.get_window_extent()
        self._text_edits += 1
        canvas.feed.publish_state(
            text_edit={
                "n": self._text_edits,
                "field": f"text.{key}",
                "text": text.get_text(),
                "box": page_box(canvas, extent.x0, extent.y0, extent.x1, extent.y1),
                # Points to CSS pixels: the figure's dpi counts device pixels.
                "size": round(
                    text.get_fontsize() * canvas.figure.dpi / 72 / canvas.device_pixel_ratio, 1
                ),
            }
        )

    def _mouse_event(self, event: InputEvent) -> MouseEvent:
        canvas = self._canvas
        return MouseEvent(
            "button_press_event", canvas, *canvas.figure_point(event), MouseButton.LEFT
        )

    # -- data tips ----------------------------------------------------------------------------

    def toggle_inspect(self) -> None:
        """Turn the inspect mode on (pan and zoom off) or off."""
        self.inspecting = not self.inspecting
        toolbar = self._toolbar
        mode = getattr(toolbar, "mode", None)
        # The toolbar's own toggles turn its mode off, as its buttons do.
        if self.inspecting and mode and mode.name == "PAN":
            toolbar.pan()
        elif self.inspecting and mode and mode.name == "ZOOM":
            toolbar.zoom()
        self._canvas.feed.publish_state(inspect=self.inspecting)
        self._say(
            "Inspect: click a line, marker, bar or image pixel to pin a data tip; the arrow keys"
            " move it along the data, Delete removes it"
            if self.inspecting
            else ""
        )

    def stop_inspecting(self) -> None:
        if self.inspecting:
            self.toggle_inspect()

    def takes(self, event: InputEvent) -> bool:
        """Whether `event` is the inspect mode's: a left click, or a key for the selected tip."""
        if not self.inspecting:
            return False
        if event.type == "button_press":
            return event.button == MouseButton.LEFT
        keys = data_tips.WALK_KEYS.keys() | data_tips.REMOVE_KEYS
        return event.type == "key_press" and event.key in keys and self._selected() is not None

    def inspect(self, event: InputEvent) -> None:
        """Pin a tip where `event` clicked, select the tip clicked, or move or remove the
        selected one by key."""
        if event.type == "button_press":
            self._click(event)
        elif event.key in data_tips.REMOVE_KEYS:
            self._remove_tip(self._selected())
        else:
            self._walk(self._selected(), event.key)

    def toggle_tips(self) -> None:
        """Hide every data tip, or show them all again."""
        tips = data_tips.tips(self._canvas.figure)
        if not tips:
            self._say("This figure has no data tips")
            return
        shown = [tip.get_visible() for tip in tips]
        visible = not any(shown)
        for tip in tips:
            tip.set_visible(visible)

        def undo() -> None:
            for tip, was in zip(tips, shown, strict=True):
                tip.set_visible(was)

        self._record("Show data tips" if visible else "Hide data tips", undo)

    def _selected(self) -> Annotation | None:
        tip = self._tip
        return tip if tip is not None and tip.axes is not None and tip.get_visible() else None

    def _click(self, event: InputEvent) -> None:
        mouse = self._mouse_event(event)
        figure = self._canvas.figure
        clicked = data_tips.tip_at(figure, mouse)
        if clicked is not None:
            self._tip = clicked
            self._say("Data tip selected: the arrow keys move it, Delete removes it")
            return
        target = data_tips.target_at(figure, mouse)
        if target is None:
            self._say("No data there: click a line, marker, bar or image pixel")
            return
        tip, previous = data_tips.pin(target), self._tip
        self._tip = tip

        def undo() -> None:
            tip.remove()
            self._tip = previous

        self._record(
            "Pin data tip", undo, "Data tip pinned: the arrow keys move it, Delete removes it"
        )

    def _walk(self, tip: Annotation, key: str) -> None:
        target = data_tips.walked(tip, key)
        if target is None:
            self._say("The data end there")
            return
        old = data_tips.target_of(tip)
        data_tips.move(tip, target)
        self._record("Move data tip", lambda: data_tips.move(tip, old))

    def _remove_tip(self, tip: Annotation) -> None:
        axes = tip.axes
        tip.remove()
        self._tip = None

        def undo() -> None:
            axes._add_text(tip)
            self._tip = tip

        self._record("Remove data tip", undo)

    def _record(self, what: str, undo, message: str | None = None) -> None:
        self.history.record(what, undo, self._toolbar, False)
        self._canvas.draw_idle()
        self._changed(message or what)

    # -- the options panel's fields -------------------------------------------------------------

    def _edit(self, index: int, key: str, text: str) -> None:
        figure = self._canvas.figure
        if not -1 <= index < len(figure.axes):
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
