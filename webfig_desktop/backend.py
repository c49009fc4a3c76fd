"""The ``webfig`` matplotlib backend: figures drawn by Agg, shown in native windows.

Select it with ``MPLBACKEND=webfig`` or ``matplotlib.use("webfig")``. Everything here runs on the
host's main thread; the host hands over input from the windows and fires the timers.
"""

from __future__ import annotations

import copyreg
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, SupportsIndex

import matplotlib as mpl
import numpy as np
from matplotlib import _api, backend_tools, cbook
from matplotlib._pylab_helpers import Gcf
from matplotlib.backend_bases import (
    CloseEvent,
    FigureManagerBase,
    KeyEvent,
    LocationEvent,
    MouseButton,
    MouseEvent,
    ResizeEvent,
    TimerBase,
    ToolContainerBase,
)
from matplotlib.backend_tools import Cursors
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg

from .actions import Action, Menus, find
from .axes_views import axes_navigation, axes_views
from .events import EDIT_TYPES, InputEvent
from .feed import FigureFeed
from .figure_editor import FigureEditor
from .host import Host, current_host
from .kept_views import keep as keep_view
from .kept_views import restore as restore_view
from .prompt import install_input_hook, prepare_ipython
from .toolbars import TOOLS, NavigationToolbar2Webfig, ToolbarWebfig, tell_save_failed
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


class _StaleDraw(Exception):
    """A draw stopped unfinished: input waits that makes what it draws stale."""


# The drawing calls RendererAgg binds from each of its C++ buffers (`_update_methods`).
_AGG_DRAWING_CALLS = (
    "draw_gouraud_triangles",
    "draw_image",
    "draw_markers",
    "draw_path_collection",
    "draw_quad_mesh",
)


class _RendererAggStoppable(RendererAgg):
    """Agg's renderer, whose draws of the figure can be stopped (see `stopped_when`)."""

    def __init__(self, width: float, height: float, dpi: float) -> None:
        self._next_test: Callable[[], bool] | None = None
        self._test: Callable[[], bool] | None = None  # while the figure's own draw runs
        super().__init__(width, height, dpi)

    @contextmanager
    def stopped_when(self, test: Callable[[], bool]) -> Iterator[None]:
        """Within: each drawing call of the figure's next draw first asks `test()`; true, it
        raises `_StaleDraw`. What the draw_event callbacks at its end draw is never stopped,
        nor a blit."""
        self._next_test = test
        try:
            yield
        finally:
            self._next_test = self._test = None

    def open_group(self, s: str, gid: str | None = None) -> None:
        if s == "figure":
            self._test, self._next_test = self._next_test, None

    def close_group(self, s: str) -> None:
        if s == "figure":
            self._test = None

    def _update_methods(self) -> None:
        super()._update_methods()
        for name in _AGG_DRAWING_CALLS:
            setattr(self, name, self._stoppable(getattr(self, name)))

    def _stoppable(self, call: Callable[..., None]) -> Callable[..., None]:
        def stoppable(*args: Any, **kwargs: Any) -> None:
            self._stop_if_stale()
            call(*args, **kwargs)

        return stoppable

    def _stop_if_stale(self) -> None:
        if self._test is not None and self._test():
            raise _StaleDraw

    def draw_path(self, *args: Any, **kwargs: Any) -> None:
        self._stop_if_stale()
        super().draw_path(*args, **kwargs)

    def draw_text(self, *args: Any, **kwargs: Any) -> None:
        self._stop_if_stale()
        super().draw_text(*args, **kwargs)

    def draw_tex(self, *args: Any, **kwargs: Any) -> None:
        self._stop_if_stale()
        super().draw_tex(*args, **kwargs)


class FigureCanvasWebfig(FigureCanvasAgg):
    """An Agg canvas whose every draw or blit becomes a frame for the figure's window."""

    manager_class = _api.classproperty(lambda cls: FigureManagerWebfig)
    supports_blit = True
    _timer_cls = TimerWebfig

    def __init__(self, figure=None) -> None:
        super().__init__(figure)
        self.feed = FigureFeed()
        self._draw_pending = False
        self._looping = False
        self._page_size: tuple[float, float] | None = None  # in device pixels
        registry = self.callbacks
        registry.__class__ = _CallbackRegistryPrintingErrors
        registry.exception_handler = _print_callback_error
        # Where the axes were at the last draw: a blit redraws artists over that draw's
        # background, so its frame's axes are still those.
        self._views = ()
        # The page's number of the newest input event taken: each frame says which input it
        # reflects, so the page knows when the end of a gesture has been drawn (predict.js).
        self._input_seq = 0

    def draw(self) -> None:
        self.feed.wait_for_pages(_PAGES_WAIT_SECONDS)
        super().draw()
        self._views = axes_views(self.figure)
        self.feed.publish_state(axes=axes_navigation(self.figure))
        self._publish()
        editor = getattr(self.manager, "editor", None)
        if editor is not None:
            editor.follow_draw()

    def get_renderer(self) -> RendererAgg:
        # One renderer for the canvas's life, made anew in place at each size, as RendererAgg's
        # own unpickling does. matplotlib makes a new one, but its artists keep the renderer of
        # their last draw (a Text its `_renderer`): each tick label that a resize left undrawn
        # kept a whole frame of pixels alive. Measured with tests/test_fuzz.py, which resizes
        # often: the memory the host used grew from 90 to 370 MiB over 3000 requests; now it
        # stays near 100.
        key = (*self.get_width_height(physical=True), self.figure.dpi)
        if getattr(self, "renderer", None) is None:
            self.renderer = _RendererAggStoppable(*key)
        elif key != self._lastKey:
            self.renderer.__init__(*key)
        self._lastKey = key
        return self.renderer

    def blit(self, bbox=None) -> None:
        # restore_region and draw_artist changed the buffer in place; the frame diff sends
        # only the pixels that changed, so a blit costs what it touched.
        self._publish()

    def _publish(self) -> None:
        pixels = np.asarray(self.buffer_rgba())
        self.feed.publish_frame(pixels, self.device_pixel_ratio, self._views, self._input_seq)

    def draw_idle(self, *args: Any, **kwargs: Any) -> None:
        if not self._draw_pending:
            self._draw_pending = True
            current_host().loop.call_soon(self._draw_if_pending)

    def _draw_if_pending(self) -> None:
        # The end of a gesture (a release) is never kept waiting by a draw that it makes stale:
        # the draw waits for it, or stops for it, and is done after it. A pan's last view is
        # then drawn once the draw under way at the release has stopped, not once it has ended.
        if not self._draw_pending:
            return
        loop = current_host().loop
        if loop.release_waits(self.manager):
            loop.call_soon(self._draw_if_pending)
            return
        self._draw_pending = False
        stale = partial(loop.release_waits, self.manager)
        try:
            with self.get_renderer().stopped_when(stale), self._idle_draw_cntx():
                self.draw()
        except _StaleDraw:
            self._undo_stopped_draw()
            self.draw_idle()

    def _undo_stopped_draw(self) -> None:
        # The renderer is made anew, as a stopped draw can leave it mid-filter on a buffer of
        # its own, and given the last frame's pixels back: what is blitted before the next draw
        # (an animation's frame) is drawn over the figure its background was taken from.
        self.renderer.__init__(*self._lastKey)
        last = self.feed.newest_pixels()
        pixels = np.asarray(self.renderer.buffer_rgba())
        if last is not None and last.shape == pixels.shape:
            pixels[...] = last

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
        self._input_seq = max(self._input_seq, event.seq)
        getattr(self, f"_handle_{event.type}")(event)

    def figure_point(self, event: InputEvent) -> tuple[float, float]:
        """Where the page's event is, in figure pixels (origin bottom-left): the page says it
        in CSS pixels from the canvas's top-left."""
        ratio = self.device_pixel_ratio
        return event.x * ratio, self.figure.bbox.height - event.y * ratio

    def _handle_button_press(self, event: InputEvent, dblclick: bool = False) -> None:
        MouseEvent(
            "button_press_event",
            self,
            *self.figure_point(event),
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
            *self.figure_point(event),
            MouseButton(event.button),
            modifiers=event.modifiers,
        )._process()

    def _handle_motion_notify(self, event: InputEvent) -> None:
        buttons = {button for button, bit in _BUTTON_BITS if event.buttons & bit}
        MouseEvent(
            "motion_notify_event",
            self,
            *self.figure_point(event),
            buttons=buttons,
            modifiers=event.modifiers,
        )._process()

    def _handle_scroll(self, event: InputEvent) -> None:
        MouseEvent(
            "scroll_event",
            self,
            *self.figure_point(event),
            step=event.step,
            modifiers=event.modifiers,
        )._process()

    def _handle_figure_enter(self, event: InputEvent) -> None:
        LocationEvent(
            "figure_enter_event", self, *self.figure_point(event), modifiers=event.modifiers
        )._process()

    def _handle_figure_leave(self, event: InputEvent) -> None:
        LocationEvent(
            "figure_leave_event", self, *self.figure_point(event), modifiers=event.modifiers
        )._process()

    def _handle_key_press(self, event: InputEvent) -> None:
        KeyEvent("key_press_event", self, event.key, *self.figure_point(event))._process()

    def _handle_key_release(self, event: InputEvent) -> None:
        KeyEvent("key_release_event", self, event.key, *self.figure_point(event))._process()

    def _handle_resize(self, event: InputEvent) -> None:
        ratio_changed = self._set_device_pixel_ratio(event.dpr)
        figure = self.figure
        width, height = event.width * event.dpr, event.height * event.dpr
        previous, self._page_size = self._page_size, (width, height)
        # A window fitted to its figure needs no draw at its size; but one the figure resized
        # itself (`set_size_inches`) does, as in Qt, with its resize_event. A page served
        # without a window gets its first frame here, at its own ratio.
        if (
            self.feed.newest_id
            and not ratio_changed
            and (width, height) == tuple(figure.bbox.size)
            and previous in (None, (width, height))
        ):
            return
        figure.set_size_inches(width / figure.dpi, height / figure.dpi, forward=False)
        ResizeEvent("resize_event", self)._process()
        self.draw_idle()

    def _handle_toolbar(self, event: InputEvent) -> None:
        # The tool manager's toolbar is the manager's only: the canvas knows the classic one.
        toolbar = self.manager.toolbar if self.manager is not None else self.toolbar
        if isinstance(toolbar, ToolContainerBase):
            if event.action in toolbar.toolmanager.tools:
                toolbar.trigger_tool(event.action)
            return
        actions = {item[3] for item in getattr(toolbar, "toolitems", ()) if item[3]}
        if event.action in actions:
            getattr(toolbar, event.action)()


class _CallbackRegistryPrintingErrors(cbook.CallbackRegistry):
    """The figure's callbacks while our canvas shows it. matplotlib re-raises a callback's
    error unless a GUI toolkit's loop runs in this process, which ours never does: here it is
    printed and the next callback runs, as in QtAgg. It pickles as matplotlib's own registry,
    so that a figure pickled from our windows opens wherever matplotlib does."""

    def __reduce_ex__(self, protocol: SupportsIndex):
        state = {**self.__getstate__(), "exception_handler": cbook._exception_printer}
        # As protocols 0 and 1 spell "a CallbackRegistry made without __init__, then this
        # state": pickle's own NEWOBJ would have to name the class the object has.
        return copyreg._reconstructor, (cbook.CallbackRegistry, object, None), state


def _print_callback_error(error: Exception) -> None:
    traceback.print_exc()


class FigureManagerWebfig(FigureManagerBase):
    """One figure in one native window."""

    _toolbar2_class = NavigationToolbar2Webfig
    _toolmanager_toolbar_class = ToolbarWebfig
    # While a watched script runs again, the figures it shows wait here, without a window, for
    # those of its run before to give theirs up (script_watch.py).
    held: list[FigureManagerWebfig] | None = None

    def __init__(self, canvas: FigureCanvasWebfig, num: int) -> None:
        self.window: Window | None = None
        self._page_id: int | None = None
        self.feed = canvas.feed
        self.editor = FigureEditor(self)
        # The pickle the figure was opened from or last saved to: File → Save writes there.
        self.document: str | None = None
        # What its window's place is kept under (window_places.py): a script's figure's by the
        # script and number; documents.py gives a pickle's.
        script = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
        self.place_key = f"script:{script}#{num}" if os.path.isfile(script) else None
        super().__init__(canvas, num)
        # As with the Qt and Tk backends: in interactive mode a new figure shows at once.
        if mpl.is_interactive():
            self.show()

    def show(self) -> None:
        if self.window is not None:
            return
        if FigureManagerWebfig.held is not None:
            FigureManagerWebfig.held.append(self)
            return
        host = current_host()
        self._page_id = host.serve(self)
        # The page lays out its toolbar before it has asked for anything: the window is fitted
        # around that first layout.
        self.window = host.windows.open(
            self,
            self._page_url(),
            self._shown_title(),
            self.canvas.get_width_height(),
            menus=self._menus(),
            fit=True,
            place_key=self.place_key,
        )
        self._shown(host)

    def show_in(self, old: FigureManagerWebfig) -> None:
        """Show the figure in `old`'s window, which `old`'s figure leaves, with the view the
        user had made there (kept_views.py); in a new window if `old` has none."""
        kept = keep_view(old)
        window = old.release_window()
        if window is None:
            self.show()
            return
        host = current_host()
        self._page_id = host.serve(self)
        self.window = window
        window.adopt(self, self._page_url())
        # The title, and whether closing asks first: this figure has no edits yet.
        self.show_title()
        restore_view(kept, self)
        self._shown(host)

    def _page_url(self) -> str:
        toolbar = "" if self.toolbar is not None else "?toolbar=none"
        return current_host().page_url(self._page_id) + toolbar

    def _shown(self, host: Host) -> None:
        # The first frame waits for the screen's pixel ratio, which the viewer tells before it
        # opens the window: drawn at 1 on a HiDPI screen, it would be drawn again at once.
        host.windows.when_screen_known(self._first_draw)
        install_input_hook(host.loop)

    def _first_draw(self, ratio: float) -> None:
        # The figure keeps its size in CSS pixels, which the window was opened at.
        self.canvas._set_device_pixel_ratio(ratio)
        self.canvas.draw_idle()

    def destroy(self) -> None:
        window = self.release_window()
        if window is not None:
            window.close()
        # The figure gets its base canvas back, as with every manager of matplotlib's.
        super().destroy()

    def release_window(self) -> Window | None:
        """Let go of the window, still open, for another figure to take (`show_in`): this
        figure is closed, as far as it can tell."""
        window, self.window = self.window, None
        if window is not None:
            CloseEvent("close_event", self.canvas)._process()
            current_host().unserve(self._page_id)
        return window

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
        if event.type in EDIT_TYPES:
            self.editor.handle(event)
            return
        if self.editor.takes(event):
            self.editor.inspect(event)
            return
        if event.type == "dblclick":
            self.editor.edit_text_at(event)
        if event.type == "key_press":
            action = find(self._menus(), key=event.key)
            # matplotlib's quit keys close figures without a word; File → Close asks first
            # when there are edits not saved.
            quit_keys = (*mpl.rcParams["keymap.quit"], *mpl.rcParams["keymap.quit_all"])
            if action is None and event.key in quit_keys and self.editor.history.unsaved:
                action = find(self._menus(), name="close")
            if action is not None:
                action.run(self)
                return
        self.canvas.handle_input(event)

    def _menus(self) -> Menus:
        """The window's menus: a figure opened from a pickle has File → Save (and its key)."""
        if self.window is not None:
            return self.window.menus
        return DOCUMENT_MENUS if self.document is not None else FIGURE_MENUS

    def close_asked(self) -> None:
        """The user closed the window while its figure has edits not saved: ask first."""
        if self.window is None:
            return

        def answered(choice: str) -> None:
            if choice == "discard":
                self.close()
            elif choice == "save":
                self.save(then=self.close)

        self.window.choose(
            answered,
            title=f"Save the changes to {self.get_window_title()}?",
            message="The figure has edits that are not saved. They are lost if you close it"
            " without saving.",
            choices=[("Cancel", "cancel"), ("Close without saving", "discard"), ("Save", "save")],
        )

    def page_config(self) -> dict[str, Any]:
        toolitems = getattr(self.toolbar, "toolitems", ())
        return {
            "title": self.get_window_title(),
            "toolitems": [list(item) for item in toolitems],
            # The page copies the figure on these keys (figure.js).
            "copy_keys": list(mpl.rcParams["keymap.copy"]),
            # The window's own keys, which the options panel passes on (options.js).
            "app_keys": [
                item.key for _, items in self._menus() for item in items if item and item.key
            ],
        }

    # -- what the figure asks of its window ---------------------------------------------------

    def set_window_title(self, title: str) -> None:
        super().set_window_title(title)
        self.show_title()

    def show_title(self) -> None:
        """The window's title, marked while the figure has edits not saved, which the window
        then asks about before it closes."""
        title = self._shown_title()
        self.feed.publish_state(title=title)
        if self.window is not None:
            self.window.set_title(title)
            self.window.guard_close(self.editor.history.unsaved)

    def _shown_title(self) -> str:
        return ("*" if self.editor.history.unsaved else "") + self.get_window_title()

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

        if self.window is not None:
            ask_to_open(self.window)

    def ask_save_pickle(self, then: Callable[[], None] | None = None) -> None:
        """The native save dialog, then `save_pickle` (and `then()` if that saved)."""
        from .documents import PICKLE_FILE_TYPES

        if self.window is None:  # served without one: a page's key, with no window to ask in
            return
        stem = os.path.splitext(self.get_window_title())[0] or "figure"

        def save_to(path: str) -> None:
            if self.save_pickle(path) and then is not None:
                then()

        self.window.ask_save_file(save_to, filename=f"{stem}.pickle", file_types=PICKLE_FILE_TYPES)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """File → Save: back to the pickle the figure came from or went to; else ask where."""
        if self.document is None:
            self.ask_save_pickle(then)
        elif self.save_pickle(self.document) and then is not None:
            then()

    def save_pickle(self, path: str) -> bool:
        """Save the figure as a pickle at `path`, which File → Save then writes to; whether it
        could."""
        from .pickles import PickleError, save_figure

        try:
            save_figure(self.canvas.figure, path)
        except PickleError as error:
            tell_save_failed(self.window, str(error))
            return False
        self.document = path
        self.editor.saved()
        self.feed.publish_state(message=f"Saved {path}")
        return True

    def undo(self) -> None:
        self.editor.undo()

    def show_options(self) -> None:
        self.editor.show_options()

    def toggle_tips(self) -> None:
        self.editor.toggle_tips()

    def forget_place(self) -> None:
        if self.window is not None:
            self.window.forget_place()
            self.feed.publish_state(message="This window will open where new windows go")

    def export(self) -> None:
        if self.toolbar is not None:
            self.toolbar.save_figure()

    def close(self) -> None:
        Gcf.destroy(self)

    def ask_to_close(self) -> None:
        """File → Close, and matplotlib's quit keys: as the window's close button does."""
        if self.editor.history.unsaved:
            self.close_asked()
        else:
            self.close()

    @classmethod
    def start_main_loop(cls) -> None:
        host = current_host()
        host.loop.run(lambda: not host.windows)


# The figure windows' menu and the app's own keys; Export and Close show the keys that
# matplotlib's own keymaps already give them. A figure opened from a pickle has File → Save,
# which takes Ctrl+S from matplotlib's Export, as a document's window does.
_EDIT_MENU = (
    "Edit",
    [
        Action("undo", "Undo", FigureManagerWebfig.undo, key="ctrl+z"),
        None,
        Action("options", "Figure options…", FigureManagerWebfig.show_options),
        Action("tips", "Show or hide data tips", FigureManagerWebfig.toggle_tips),
    ],
)


def _file_menu(*save: Action) -> tuple[str, list[Action | None]]:
    return (
        "File",
        [
            Action("open", "Open…", FigureManagerWebfig.ask_open, key="ctrl+o"),
            *save,
            Action(
                "save_pickle",
                "Save as pickle…",
                FigureManagerWebfig.ask_save_pickle,
                key="ctrl+S",
            ),
            Action("export", "Export…", FigureManagerWebfig.export, keymap="keymap.save"),
            None,
            Action("close", "Close", FigureManagerWebfig.ask_to_close, keymap="keymap.quit"),
        ],
    )


_WINDOW_MENU = (
    "Window",
    [Action("forget_place", "Forget size and place", FigureManagerWebfig.forget_place)],
)
FIGURE_MENUS = [_file_menu(), _EDIT_MENU, _WINDOW_MENU]
DOCUMENT_MENUS = [
    _file_menu(Action("save", "Save", FigureManagerWebfig.save, key="ctrl+s")),
    _EDIT_MENU,
    _WINDOW_MENU,
]

FigureCanvas = FigureCanvasWebfig
FigureManager = FigureManagerWebfig
for _tool in TOOLS:
    backend_tools._register_tool_class(FigureCanvasWebfig, _tool)
# matplotlib expects a backend's canvas to come from ``matplotlib.backends.backend_<name>`` (its
# own interactive-backend tests check it): this module answers to that name too.
sys.modules.setdefault("matplotlib.backends.backend_webfig", sys.modules[__name__])
FigureCanvasWebfig.__module__ = "matplotlib.backends.backend_webfig"
prepare_ipython(current_host().loop)
