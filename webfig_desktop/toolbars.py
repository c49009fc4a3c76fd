"""The figure's toolbars, as the page draws them: matplotlib's navigation toolbar, or the tool
manager's (``rcParams["toolbar"] = "toolmanager"``) with its tools.

Both publish what the page shows (buttons, pressed tools, status, rubber band) in the figure's
state; the page sends back the button pressed, which the backend hands to the toolbar.
"""

from __future__ import annotations

import base64
import logging
import os
from typing import Any

import matplotlib as mpl
from matplotlib import backend_tools
from matplotlib.backend_bases import NavigationToolbar2, ToolContainerBase
from matplotlib.widgets import Button, SubplotTool

from .atomic_files import reason, write_atomically

log = logging.getLogger(__name__)


class NavigationToolbar2Webfig(NavigationToolbar2):
    """matplotlib's navigation toolbar, with the Qt toolbar's "Customize" (the options panel);
    the page draws its buttons from `toolitems`. Back undoes the newest edit too (see
    edit_history.py)."""

    toolitems = [
        *NavigationToolbar2.toolitems[:6],
        ("Inspect", "Pin data tips: click a line, marker, bar or image pixel", "hand", "inspect"),
        *NavigationToolbar2.toolitems[6:-1],
        (
            "Customize",
            "Edit axis, curve and image parameters",
            "qt4_editor_options",
            "edit_parameters",
        ),
        NavigationToolbar2.toolitems[-1],
    ]

    def __init__(self, canvas) -> None:
        self._feed = canvas.feed
        super().__init__(canvas)
        self.set_history_buttons()  # both off: nothing to go back to yet

    def set_message(self, s: str) -> None:
        self._feed.publish_state(message=s)

    def draw_rubberband(self, event, x0: float, y0: float, x1: float, y1: float) -> None:
        _publish_rubberband(self.canvas, x0, y0, x1, y1)

    def remove_rubberband(self) -> None:
        self._feed.publish_state(rubberband=None)

    def pan(self, *args: Any) -> None:
        super().pan(*args)
        self._mode_changed()

    def zoom(self, *args: Any) -> None:
        super().zoom(*args)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self._feed.publish_state(mode=self.mode.name)
        editor = self._editor()
        if self.mode and editor is not None:
            editor.stop_inspecting()

    def inspect(self) -> None:
        """The inspect mode's button: data tips (see data_tips.py)."""
        editor = self._editor()
        if editor is not None:
            editor.toggle_inspect()

    def configure_subplots(self, *args: Any):
        """matplotlib's subplot tool, with the Tight layout action of the Qt dialog added."""
        tool = super().configure_subplots(*args)
        if not hasattr(tool, "buttontight"):
            tool.buttontight = Button(
                tool.figure.add_axes((0.55, 0.05, 0.2, 0.075)), "Tight layout"
            )
            tool.buttontight.on_clicked(lambda _event: _tighten(tool))
        return tool

    def edit_parameters(self) -> None:
        """Show the options panel, or hide it."""
        editor = self._editor()
        if editor is not None:
            editor.toggle_options()

    def back(self, *args: Any) -> None:
        editor = self._editor()
        if editor is not None and editor.history.newest_is_after_views(self):
            editor.undo()
        else:
            super().back(*args)

    def _editor(self):
        return getattr(self.canvas.manager, "editor", None)

    def save_figure(self, *args: Any) -> None:
        """Ask for a file in the native save dialog, then save the figure there."""
        ask_to_save(self.canvas)

    def set_history_buttons(self) -> None:
        stack = self._nav_stack
        editor = self._editor()
        undoable = editor is not None and editor.history.newest_is_after_views(self)
        self._feed.publish_state(
            back=stack._pos > 0 or undoable, forward=stack._pos < len(stack._elements) - 1
        )


class ToolbarWebfig(ToolContainerBase):
    """The tool manager's toolbar: its tools, in their groups, as the page draws them."""

    def __init__(self, toolmanager) -> None:
        self._feed = toolmanager.canvas.feed
        self._groups: dict[str, list[list[Any]]] = {}  # [name, icon, description, toggle, on]
        super().__init__(toolmanager)

    def add_toolitem(self, name, group, position, image_file, description, toggle) -> None:
        items = self._groups.setdefault(group, [])
        item = [name, _icon(image_file), description, bool(toggle), False]
        items.insert(position if position >= 0 else len(items), item)
        self._publish()

    def toggle_toolitem(self, name, toggled) -> None:
        for item in self._items():
            if item[0] == name:
                item[4] = bool(toggled)
        self._publish()

    def remove_toolitem(self, name) -> None:
        for items in self._groups.values():
            items[:] = [item for item in items if item[0] != name]
        self._publish()

    def set_message(self, s: str) -> None:
        self._feed.publish_state(message=s)

    def trigger_tool(self, name: str) -> None:
        super().trigger_tool(name)
        # matplotlib leaves a toolkit's own button to show that it toggled: ours is the page's.
        tool = self.toolmanager.get_tool(name)
        if isinstance(tool, backend_tools.ToolToggleBase):
            self.toggle_toolitem(name, tool.toggled)

    def _items(self):
        return (item for items in self._groups.values() for item in items)

    def _publish(self) -> None:
        # Copies: the state keeps what it was given and compares the next value with it.
        tools = [[list(item) for item in items] for items in self._groups.values() if items]
        self._feed.publish_state(tools=tools)


class SaveFigureWebfig(backend_tools.SaveFigureBase):
    def trigger(self, *args: Any, **kwargs: Any) -> None:
        ask_to_save(self.canvas)


class ConfigureSubplotsWebfig(backend_tools.ConfigureSubplotsBase):
    def trigger(self, *args: Any, **kwargs: Any) -> None:
        NavigationToolbar2Webfig.configure_subplots(self)


class RubberbandWebfig(backend_tools.RubberbandBase):
    def draw_rubberband(self, x0: float, y0: float, x1: float, y1: float) -> None:
        _publish_rubberband(self.canvas, x0, y0, x1, y1)

    def remove_rubberband(self) -> None:
        self.canvas.feed.publish_state(rubberband=None)


class HelpWebfig(backend_tools.ToolHelpBase):
    def trigger(self, *args: Any, **kwargs: Any) -> None:
        window = _window_of(self.canvas)
        if window is not None:
            window.alert("Help", self._get_help_text())


class CopyToClipboardWebfig(backend_tools.ToolCopyToClipboardBase):
    def trigger(self, *args: Any, **kwargs: Any) -> None:
        """Nothing to do: the page copies the figure on the copy keys itself (figure.js)."""


# The tool manager's tools that each backend gives its own way of doing.
TOOLS = [
    SaveFigureWebfig,
    ConfigureSubplotsWebfig,
    RubberbandWebfig,
    HelpWebfig,
    CopyToClipboardWebfig,
]


def ask_to_save(canvas) -> None:
    """The native save dialog, the figure's default format first; then the figure saved there.
    The status line says how it went; a failure is also said in a dialog and on stderr."""
    groups = canvas.get_supported_filetypes_grouped()
    default = canvas.get_default_filetype()
    names = sorted(groups, key=lambda name: default not in groups[name])
    file_types = [f"{name} ({';'.join('*.' + ext for ext in groups[name])})" for name in names]
    window = _window_of(canvas)
    if window is None:
        return

    def save_to(path: str) -> None:
        # Like the Qt backend: the next dialog opens where this file went.
        if mpl.rcParams["savefig.directory"]:
            mpl.rcParams["savefig.directory"] = os.path.dirname(path)
        # The format by the name, as savefig does with a name: a file has none to tell.
        file_format = os.path.splitext(path)[1][1:].lower() or mpl.rcParams["savefig.format"]
        try:
            write_atomically(path, lambda file: canvas.figure.savefig(file, format=file_format))
        except Exception as error:
            why = reason(error) if isinstance(error, OSError) else error
            message = f"Could not save {os.path.basename(path)}: {why}"
            canvas.feed.publish_state(message=message)
            tell_save_failed(window, message)
        else:
            canvas.feed.publish_state(message=f"Saved {path}")

    window.ask_save_file(
        save_to,
        directory=os.path.expanduser(mpl.rcParams["savefig.directory"]),
        filename=canvas.get_default_filename(),
        file_types=file_types,
    )


def tell_save_failed(window, message: str) -> None:
    """Say why a save failed in a dialog and on stderr: a status line alone is overwritten by
    the next mouse move."""
    log.error("%s", message)
    if window is not None:
        window.alert("Could not save the figure", message)


def _window_of(canvas):
    """The native window showing `canvas`'s figure, if it has one."""
    return canvas.manager.window if canvas.manager is not None else None


def page_box(canvas, x0: float, y0: float, x1: float, y1: float) -> list[float]:
    """The box between two corners in figure pixels (origin bottom-left) as the page places
    it: [left, top, width, height] in CSS pixels (origin top-left)."""
    ratio = canvas.device_pixel_ratio
    height = canvas.figure.bbox.height
    box = [min(x0, x1), height - max(y0, y1), abs(x1 - x0), abs(y1 - y0)]
    return [round(v / ratio, 1) for v in box]


def _publish_rubberband(canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    canvas.feed.publish_state(rubberband=page_box(canvas, x0, y0, x1, y1))


def _icon(path: str | None) -> str | None:
    """A tool's image as a data URL: the page shows it without the server reading files."""
    if path is None:
        return None
    with open(path, "rb") as file:
        return "data:image/png;base64," + base64.b64encode(file.read()).decode()


def _tighten(tool: SubplotTool) -> None:
    """Apply tight_layout to the tool's figure and move the sliders to the result."""
    target = tool.targetfig
    target.tight_layout()
    params = target.subplotpars
    for name in ("left", "bottom", "right", "top", "wspace", "hspace"):
        getattr(tool, f"slider{name}").set_val(getattr(params, name))
