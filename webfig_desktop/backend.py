"""The ``webfig`` matplotlib backend: figures drawn by Agg, shown in native windows.

Select it with ``MPLBACKEND=webfig`` or ``matplotlib.use("webfig")``. Everything here runs on the
host's main thread; the host hands over input from the windows and fires the timers.
"""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any

import matplotlib as mpl
import numpy as np
from matplotlib import _api
from matplotlib._pylab_helpers import Gcf
from matplotlib.backend_bases import (
    CloseEvent,
    FigureManagerBase,
    KeyEvent,
    LocationEvent,
    MouseButton,
    MouseEvent,
    NavigationToolbar2,
    ResizeEvent,
    TimerBase,
)
from matplotlib.backend_tools import Cursors
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.widgets import Button, SubplotTool

from .actions import Action, find
from .events import InputEvent
from .feed import FigureFeed
from .host import current_host
from .pixel_moves import axes_views
from .prompt import install_input_hook, register_with_ipython
from .windows import Window

# The longest a draw waits for pages still making their update of the last frame.
_PAGES_WAIT_SECONDS = 0.5

_CSS_CURSORS = {
    Cursors.POINTER: "default",
    Cursors.HAND: "pointer",
    Cursors.SELECT_REGION: "crosshair",
    Cursors.MOVE: "move",
    Cursors.WAIT: "wait",
    Cursors.RESIZE_HORIZONTAL: "ew-resize",
    Cursors.RESIZE_VERTICAL: "ns-resize",
}
# The page's `buttons` bit mask, in the DOM's order.
_BUTTON_BITS = [
    (MouseButton.LEFT, 1),
    (MouseButton.RIGHT, 2),
    (MouseButton.MIDDLE, 4),
    (MouseButton.BACK, 8),
    (MouseButton.FORWARD, 16),
]


class TimerWebfig(TimerBase):
    """A timer fired by the host's event loop, on the main thread."""

    def _timer_start(self) -> None:
        current_host().loop.start_timer(self)

    def _timer_stop(self) -> None:
        current_host().loop.stop_timer(self)

    def _timer_set_interval(self) -> None:
        if current_host().loop.timer_running(self):
            self._timer_start()


class FigureCanvasWebfig(FigureCanvasAgg):
    """An Agg canvas whose every draw or blit becomes a frame for the figure's window."""

    manager_class = _api.classproperty(lambda cls: FigureManagerWebfig)
    # Our own loop, which IPython runs at its prompt as the ``webfig`` GUI (prompt.py).
    required_interactive_framework = "webfig"
    supports_blit = True
    _timer_cls = TimerWebfig

    def __init__(self, figure=None) -> None:
        super().__init__(figure)
        self.feed = FigureFeed()
        self._draw_pending = False
        self._looping = False
        self._last_mouse = (0.0, 0.0)
        self._page_size: tuple[float, float] | None = None  # in device pixels
        # matplotlib re-raises a callback's error unless a GUI toolkit's loop runs in this
        # process, which ours never does: print it and go on to the next callback, as QtAgg does.
        self.callbacks.exception_handler = _print_callback_error
        # Where the axes were at the last draw: a blit redraws artists over that draw's
        # background, so its frame's axes are still those.
        self._views = ()

    def draw(self) -> None:
        self.feed.wait_for_pages(_PAGES_WAIT_SECONDS)
        super().draw()
        self._views = axes_views(self.figure)
        self._publish()

    def blit(self, bbox=None) -> None:
        # restore_region and draw_artist changed the buffer in place; the frame diff sends
        # only the pixels that changed, so a blit costs what it touched.
        self._publish()

    def _publish(self) -> None:
        pixels = np.asarray(self.buffer_rgba())
        self.feed.publish_frame(pixels, self.device_pixel_ratio, self._views)

    def draw_idle(self, *args: Any, **kwargs: Any) -> None:
        if not self._draw_pending:
            self._draw_pending = True
            current_host().loop.call_soon(self._draw_if_pending)

    def _draw_if_pending(self) -> None:
        if self._draw_pending:
            self._draw_pending = False
            with self._idle_draw_cntx():
                self.draw()

    def set_cursor(self, cursor: Cursors) -> None:
        self.feed.publish_state(cursor=_CSS_CURSORS.get(cursor, "default"))

    def flush_events(self) -> None:
        current_host().loop.process_pending()

    def start_event_loop(self, timeout: float = 0) -> None:
        self._looping = True
        current_host().loop.run(lambda: not self._looping, timeout if timeout > 0 else None)

    def stop_event_loop(self) -> None:
        self._looping = False

    # -- input from the window, dispatched by type -------------------------------------------

    def handle_input(self, event: InputEvent) -> None:
        getattr(self, f"_handle_{event.type}")(event)

    def _position(self, event: InputEvent) -> tuple[float, float]:
        ratio = self.device_pixel_ratio
        self._last_mouse = (event.x * ratio, self.figure.bbox.height - event.y * ratio)
        return self._last_mouse

    def _handle_button_press(self, event: InputEvent, dblclick: bool = False) -> None:
        MouseEvent(
            "button_press_event",
            self,
            *self._position(event),
            MouseButton(event.button),
            dblclick=dblclick,
            modifiers=event.modifiers,
        )._process()

    def _handle_dblclick(self, event: InputEvent) -> None:
        self._handle_button_press(event, dblclick=True)

    def _handle_button_release(self, event: InputEvent) -> None:
        MouseEvent(
            "button_release_event",
            self,
            *self._position(event),
            MouseButton(event.button),
            modifiers=event.modifiers,
        )._process()

    def _handle_motion_notify(self, event: InputEvent) -> None:
        buttons = {button for button, bit in _BUTTON_BITS if event.buttons & bit}
        MouseEvent(
            "motion_notify_event",
            self,
            *self._position(event),
            buttons=buttons,
            modifiers=event.modifiers,
        )._process()

    def _handle_scroll(self, event: InputEvent) -> None:
        MouseEvent(
            "scroll_event", self, *self._position(event), step=event.step, modifiers=event.modifiers
        )._process()

    def _handle_figure_enter(self, event: InputEvent) -> None:
        LocationEvent(
            "figure_enter_event", self, *self._position(event), modifiers=event.modifiers
        )._process()

    def _handle_figure_leave(self, event: InputEvent) -> None:
        LocationEvent(
            "figure_leave_event", self, *self._position(event), modifiers=event.modifiers
        )._process()

    def _handle_key_press(self, event: InputEvent) -> None:
        KeyEvent("key_press_event", self, event.key, *self._position(event))._process()

    def _handle_key_release(self, event: InputEvent) -> None:
        KeyEvent("key_release_event", self, event.key, *self._position(event))._process()

    def _handle_resize(self, event: InputEvent) -> None:
        ratio_changed = self._set_device_pixel_ratio(event.dpr)
        figure = self.figure
        width, height = event.width * event.dpr, event.height * event.dpr
        previous, self._page_size = self._page_size, (width, height)
        # A window fitted to its figure needs no draw at its size; but one the figure resized
        # itself (`set_size_inches`) does, as in Qt, with its resize_event.
        if (
            not ratio_changed
            and (width, height) == tuple(figure.bbox.size)
            and previous in (None, (width, height))
        ):
            return
        figure.set_size_inches(width / figure.dpi, height / figure.dpi, forward=False)
        ResizeEvent("resize_event", self)._process()
        self.draw_idle()

    def _handle_toolbar(self, event: InputEvent) -> None:
        toolbar = self.toolbar
        actions = {item[3] for item in getattr(toolbar, "toolitems", ()) if item[3]}
        if event.action in actions:
            getattr(toolbar, event.action)()


class NavigationToolbar2Webfig(NavigationToolbar2):
    """matplotlib's navigation toolbar; the page draws its buttons from `toolitems`."""

    def __init__(self, canvas: FigureCanvasWebfig) -> None:
        self._feed = canvas.feed
        super().__init__(canvas)

    def set_message(self, s: str) -> None:
        self._feed.publish_state(message=s)

    def draw_rubberband(self, event, x0: float, y0: float, x1: float, y1: float) -> None:
        # Figure pixels (origin bottom-left) to the page's CSS pixels (origin top-left).
        ratio = self.canvas.device_pixel_ratio
        height = self.canvas.figure.bbox.height
        box = [min(x0, x1), height - max(y0, y1), abs(x1 - x0), abs(y1 - y0)]
        self._feed.publish_state(rubberband=[round(v / ratio, 1) for v in box])

    def remove_rubberband(self) -> None:
        self._feed.publish_state(rubberband=None)

    def pan(self, *args: Any) -> None:
        super().pan(*args)
        self._feed.publish_state(mode=self.mode.name)

    def zoom(self, *args: Any) -> None:
        super().zoom(*args)
        self._feed.publish_state(mode=self.mode.name)

    def configure_subplots(self, *args: Any):
        """matplotlib's subplot tool, with the Tight layout action of the Qt dialog added."""
        tool = super().configure_subplots(*args)
        if not hasattr(tool, "buttontight"):
            tool.buttontight = Button(
                tool.figure.add_axes((0.55, 0.05, 0.2, 0.075)), "Tight layout"
            )
            tool.buttontight.on_clicked(lambda _event: _tighten(tool))
        return tool

    def save_figure(self, *args: Any) -> None:
        """Ask for a file in the native save dialog, then save the figure there."""
        canvas = self.canvas
        groups = canvas.get_supported_filetypes_grouped()
        default = canvas.get_default_filetype()
        # The default format first, so that the dialog starts on it.
        names = sorted(groups, key=lambda name: default not in groups[name])
        file_types = [f"{name} ({';'.join('*.' + ext for ext in groups[name])})" for name in names]
        window = canvas.manager.window if canvas.manager is not None else None
        if window is not None:
            window.ask_save_file(
                self._save_to,
                directory=os.path.expanduser(mpl.rcParams["savefig.directory"]),
                filename=canvas.get_default_filename(),
                file_types=file_types,
            )

    def _save_to(self, path: str) -> None:
        # Like the Qt backend: the next dialog opens where this file went.
        if mpl.rcParams["savefig.directory"]:
            mpl.rcParams["savefig.directory"] = os.path.dirname(path)
        try:
            self.canvas.figure.savefig(path)
        except Exception as error:
            self.set_message(f"Could not save {os.path.basename(path)}: {error}")
        else:
            self.set_message(f"Saved {path}")

    def set_history_buttons(self) -> None:
        stack = self._nav_stack
        self._feed.publish_state(back=stack._pos > 0, forward=stack._pos < len(stack._elements) - 1)


def _print_callback_error(error: Exception) -> None:
    traceback.print_exc()


def _tighten(tool: SubplotTool) -> None:
    """Apply tight_layout to the tool's figure and move the sliders to the result."""
    target = tool.targetfig
    target.tight_layout()
    params = target.subplotpars
    for name in ("left", "bottom", "right", "top", "wspace", "hspace"):
        getattr(tool, f"slider{name}").set_val(getattr(params, name))


class FigureManagerWebfig(FigureManagerBase):
    """One figure in one native window."""

    _toolbar2_class = NavigationToolbar2Webfig

    def __init__(self, canvas: FigureCanvasWebfig, num: int) -> None:
        self.window: Window | None = None
        self._page_id: int | None = None
        self.feed = canvas.feed
        super().__init__(canvas, num)
        if self.toolbar is not None:
            self.toolbar.set_history_buttons()
        # As with the Qt and Tk backends: in interactive mode a new figure shows at once.
        if mpl.is_interactive():
            self.show()

    def show(self) -> None:
        if self.window is not None:
            return
        host = current_host()
        self._page_id = host.serve(self)
        self.window = host.windows.open(
            self,
            host.page_url(self._page_id),
            self.get_window_title(),
            self.canvas.get_width_height(),
            menus=FIGURE_MENUS,
            fit=True,
        )
        # The first frame waits for the screen's pixel ratio, which the viewer tells before it
        # opens the window: drawn at 1 on a HiDPI screen, it would be drawn again at once.
        host.windows.when_screen_known(self._first_draw)
        install_input_hook(host.loop)

    def _first_draw(self, ratio: float) -> None:
        # The figure keeps its size in CSS pixels, which the window was opened at.
        self.canvas._set_device_pixel_ratio(ratio)
        self.canvas.draw_idle()

    def destroy(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            CloseEvent("close_event", self.canvas)._process()
            window.close()
            current_host().unserve(self._page_id)
        # The figure gets its base canvas back, as with every manager of matplotlib's.
        super().destroy()

    # -- what the window reports --------------------------------------------------------------

    def window_closed(self) -> None:
        """The user closed the window: the figure goes, as with any native backend."""
        Gcf.destroy(self)
        if self.window is not None:  # a figure that pyplot does not hold
            self.destroy()

    def files_dropped(self, paths: list[str]) -> None:
        from .documents import open_files

        open_files(paths, parent=self.window)

    def handle_input(self, event: InputEvent) -> None:
        action = find(FIGURE_MENUS, key=event.key) if event.type == "key_press" else None
        if action is not None:
            action.run(self)
        else:
            self.canvas.handle_input(event)

    def page_config(self) -> dict[str, Any]:
        toolitems = getattr(self.toolbar, "toolitems", ())
        return {
            "title": self.get_window_title(),
            "toolitems": [list(item) for item in toolitems],
            # The page copies the figure on these keys (figure.js).
            "copy_keys": list(mpl.rcParams["keymap.copy"]),
        }

    # -- what the figure asks of its window ---------------------------------------------------

    def set_window_title(self, title: str) -> None:
        super().set_window_title(title)
        self.feed.publish_state(title=title)
        if self.window is not None:
            self.window.set_title(title)

    def resize(self, w: float, h: float) -> None:
        if self.window is not None:
            ratio = self.canvas.device_pixel_ratio
            self.window.resize(w / ratio, h / ratio)

    def full_screen_toggle(self) -> None:
        if self.window is not None:
            self.window.fullscreen()

    # -- the File menu ------------------------------------------------------------------------

    def ask_open(self) -> None:
        """The native open dialog, then each chosen pickle in a window of its own."""
        from .documents import ask_to_open

        ask_to_open(self.window)

    def ask_save_pickle(self) -> None:
        """The native save dialog, then `save_pickle`."""
        from .documents import PICKLE_FILE_TYPES

        stem = os.path.splitext(self.get_window_title())[0] or "figure"
        self.window.ask_save_file(
            self.save_pickle, filename=f"{stem}.pickle", file_types=PICKLE_FILE_TYPES
        )

    def save_pickle(self, path: str) -> None:
        from .pickles import PickleError, save_figure

        try:
            save_figure(self.canvas.figure, path)
        except PickleError as error:
            if self.window is not None:
                self.window.alert("Could not save the figure", str(error))
        else:
            self.feed.publish_state(message=f"Saved {path}")

    def export(self) -> None:
        if self.toolbar is not None:
            self.toolbar.save_figure()

    def close(self) -> None:
        Gcf.destroy(self)

    @classmethod
    def start_main_loop(cls) -> None:
        host = current_host()
        host.loop.run(lambda: not host.windows)


# The figure windows' menu and the app's own keys; Export and Close show the keys that
# matplotlib's own keymaps already give them.
FIGURE_MENUS = [
    (
        "File",
        [
            Action("open", "Open…", FigureManagerWebfig.ask_open, key="ctrl+o"),
            Action(
                "save_pickle",
                "Save as pickle…",
                FigureManagerWebfig.ask_save_pickle,
                key="ctrl+S",
            ),
            Action("export", "Export…", FigureManagerWebfig.export, keymap="keymap.save"),
            None,
            Action("close", "Close", FigureManagerWebfig.close, keymap="keymap.quit"),
        ],
    )
]

FigureCanvas = FigureCanvasWebfig
FigureManager = FigureManagerWebfig
# matplotlib expects a backend's canvas to come from ``matplotlib.backends.backend_<name>`` (its
# own interactive-backend tests check it): this module answers to that name too.
sys.modules.setdefault("matplotlib.backends.backend_webfig", sys.modules[__name__])
FigureCanvasWebfig.__module__ = "matplotlib.backends.backend_webfig"
register_with_ipython(current_host().loop)
