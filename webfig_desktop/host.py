"""The figure host: the figures shown in windows, and the event loop that serves them.

matplotlib is touched only on the main thread. Server threads and the viewer reader hand their
work over with `call_soon`; the loop that `plt.show()`, `plt.pause()` and
`canvas.start_event_loop()` run takes it from there, and fires the timers too.
"""

from __future__ import annotations

import atexit
import dataclasses
import heapq
import itertools
import queue
import secrets
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from .events import InputEvent
from .feed import FigureFeed
from .viewer_process import ViewerProcess, take_viewer

if TYPE_CHECKING:
    from matplotlib.backend_bases import TimerBase

    from .server import FigureServer

# The longest the loop sleeps without looking up, so that Ctrl-C is never kept waiting.
_MAX_WAIT = 0.5
# How long after the viewer has fitted a new window its page may take to report the new size.
_FITTING_GRACE_SECONDS = 2.0


class ShownFigure(Protocol):
    """What the host needs of a figure manager that is shown in a window."""

    feed: FigureFeed

    def get_window_title(self) -> str: ...
    def window_size(self) -> tuple[float, float]: ...
    def handle_input(self, event: InputEvent) -> None: ...
    def page_config(self) -> dict[str, Any]: ...
    def window_closed(self) -> None: ...
    def save_pickle(self, path: str) -> None: ...
    def export(self) -> None: ...


class Host:
    """Owns the server, the viewer process and the main-thread loop of one Python process."""

    def __init__(self) -> None:
        self.secret = secrets.token_urlsafe(24)
        self._tasks: queue.SimpleQueue[Callable[[], Any]] = queue.SimpleQueue()
        self._windows: dict[int, ShownFigure] = {}
        # Windows not yet fitted to their figure's size, with the newest size their page
        # reported meanwhile (see `_size_while_fitting`).
        self._fitting: dict[int, InputEvent | None] = {}
        self._window_ids = itertools.count(1)
        self._inputs: dict[int, deque[tuple[InputEvent, threading.Event]]] = {}
        self._inputs_lock = threading.Lock()
        self._timers: list[tuple[float, int, TimerBase]] = []
        self._timer_due: dict[TimerBase, tuple[float, int]] = {}
        self._timer_seq = itertools.count()
        self._loops: list[Callable[[], bool]] = []  # the `until` of each running loop
        self._server: FigureServer | None = None
        self._viewer: ViewerProcess | None = None
        self._viewer_is_ready = False
        self._welcome_id: int | None = None
        self._questions: dict[int, Callable[[Any], None]] = {}
        self._question_ids = itertools.count(1)

    # -- any thread ---------------------------------------------------------------------------

    def call_soon(self, function: Callable[..., Any], *args: Any) -> None:
        """Run `function(*args)` on the main thread, in the event loop."""
        self._tasks.put(lambda: function(*args))

    def feed(self, window_id: int) -> FigureFeed | None:
        figure = self._windows.get(window_id)
        return figure.feed if figure else None

    def page_config(self, window_id: int) -> dict[str, Any] | None:
        figure = self._windows.get(window_id)
        return figure.page_config() if figure else None

    def post_input(self, window_id: int, event: InputEvent) -> threading.Event | None:
        """Queue input for a window's figure; None if there is no such window, else what is
        set once the figure has handled the event (or newer motion took its place).

        Consecutive motion events collapse into the newest: a figure slower to draw than the
        mouse moves then follows the pointer instead of replaying its path.
        """
        if window_id not in self._windows:
            return None
        handled = threading.Event()
        with self._inputs_lock:
            pending = self._inputs.setdefault(window_id, deque())
            first = not pending
            if event.type == "motion_notify" and pending and pending[-1][0].type == event.type:
                pending.pop()[1].set()
            pending.append((event, handled))
        if first:
            self.call_soon(self._dispatch_input, window_id)
        return handled

    # -- main thread --------------------------------------------------------------------------

    @property
    def windows(self) -> dict[int, ShownFigure]:
        """The figures shown in windows, by window id."""
        return self._windows

    @property
    def has_windows(self) -> bool:
        """Whether any window is open: a figure's or the welcome window."""
        return bool(self._windows) or self._welcome_id is not None

    def _ensure_server(self) -> None:
        # Imported here: a script that never shows a figure never needs the web stack.
        from .server import FigureServer

        if self._server is None:
            self._server = FigureServer(self)
            self._server.start()

    def serve(self, figure: ShownFigure) -> int:
        """Serve `figure`'s page, frames and input; returns the id in its URLs."""
        self._ensure_server()
        window_id = next(self._window_ids)
        self._windows[window_id] = figure
        return window_id

    def figure_url(self, window_id: int) -> str:
        return self._server.figure_url(window_id)

    def open_window(self, figure: ShownFigure) -> int:
        """Open a native window showing `figure`; returns its window id."""
        window_id = self.serve(figure)
        self._fitting[window_id] = None
        self._send_open(window_id, figure)
        return window_id

    def open_welcome(self) -> None:
        """Open the welcome window, which takes dropped figure pickles."""
        if self._welcome_id is None:
            self._ensure_server()
            self._welcome_id = next(self._window_ids)
            self._send_welcome()

    def close_welcome(self) -> None:
        if self._welcome_id is not None:
            self._send("close", id=self._welcome_id)
            self._welcome_id = None

    def close_window(self, window_id: int) -> None:
        self._fitting.pop(window_id, None)
        if self._windows.pop(window_id, None) is not None:
            self._send("close", id=window_id)
        with self._inputs_lock:
            for _, handled in self._inputs.pop(window_id, ()):
                handled.set()

    def set_window_title(self, window_id: int, title: str) -> None:
        if window_id in self._windows:
            self._send("title", id=window_id, title=title)

    def resize_window(self, window_id: int, width: float, height: float) -> None:
        if window_id in self._windows:
            self._send("resize", id=window_id, width=round(width), height=round(height))

    def send_to_window(self, window_id: int, op: str) -> None:
        """A command for one window that needs no answer (a dialog the viewer handles)."""
        self._send(op, id=window_id)

    def ask(self, window_id: int, op: str, on_answer: Callable[[Any], None], **fields: Any) -> None:
        """Ask the user something in a native dialog on a window; `on_answer` gets the reply
        on the main thread (nothing, if the viewer goes away first)."""
        if self._viewer is None:
            return
        question = next(self._question_ids)
        self._questions[question] = on_answer
        self._send(op, id=window_id, question=question, **fields)

    def alert(self, window_id: int, title: str, message: str) -> None:
        """Tell the user something in a native dialog on a window."""
        self._send("alert", id=window_id, title=title, message=message)

    def run(self, until: Callable[[], bool], timeout: float | None = None) -> None:
        """Run the event loop until `until()` is true or `timeout` seconds have passed."""
        end = None if timeout is None else time.monotonic() + timeout
        self._loops.append(until)
        try:
            while not until():
                now = time.monotonic()
                if end is not None and now >= end:
                    return
                self._fire_due_timers(now)
                wait = _MAX_WAIT
                if self._timers:
                    wait = min(wait, self._timers[0][0] - now)
                if end is not None:
                    wait = min(wait, end - now)
                try:
                    task = self._tasks.get(timeout=max(wait, 0))
                except queue.Empty:
                    continue
                self._run(task)
                self.process_pending()
        finally:
            self._loops.pop()

    def process_pending(self) -> None:
        """Run every task already queued (what `flush_events` asks for), but stop once the
        running loop is to end: what is left is for the loop that comes next."""
        while not self._loop_ends():
            try:
                task = self._tasks.get_nowait()
            except queue.Empty:
                return
            self._run(task)

    def start_timer(self, timer: TimerBase) -> None:
        self._schedule(timer, time.monotonic() + max(timer.interval, 0) / 1000)

    def stop_timer(self, timer: TimerBase) -> None:
        self._timer_due.pop(timer, None)

    def timer_running(self, timer: TimerBase) -> bool:
        return timer in self._timer_due

    def shutdown(self) -> None:
        """Close every window, stop the viewer and the server."""
        for window_id in list(self._windows):
            self._windows[window_id].feed.close()
        self._windows.clear()
        if self._viewer is not None:
            self._viewer.close()
            self._viewer = None
        if self._server is not None:
            self._server.stop()
            self._server = None

    # -- inside -------------------------------------------------------------------------------

    def _run(self, task: Callable[[], Any]) -> None:
        try:
            task()
        except Exception:
            # A user's callback that raises must not take the figures down with it.
            traceback.print_exc()

    def _loop_ends(self) -> bool:
        return bool(self._loops) and self._loops[-1]()

    def _dispatch_input(self, window_id: int) -> None:
        # One event at a time: once a handler ends the running loop (the last click of a
        # `ginput`), the clicks after it wait for the next loop instead of being spent here.
        while (figure := self._windows.get(window_id)) is not None:
            with self._inputs_lock:
                pending = self._inputs.get(window_id)
                if not pending:
                    self._inputs.pop(window_id, None)
                    return
                event, handled = pending.popleft()
            if event.type == "resize" and window_id in self._fitting:
                event = self._size_while_fitting(window_id, figure, event)
            self._run(lambda figure=figure, event=event: figure.handle_input(event))
            handled.set()
            if self._loop_ends():
                with self._inputs_lock:
                    if self._inputs.get(window_id):
                        self.call_soon(self._dispatch_input, window_id)
                return

    def _size_while_fitting(
        self, window_id: int, figure: ShownFigure, event: InputEvent
    ) -> InputEvent:
        """A new window's page reports the size of the window's first guess, which the viewer
        then corrects (menus and toolbars take different room on every platform): taken, it
        would cost two draws at a wrong size and back. Until the page reports the figure's own
        size, or the viewer's fitting is over, only its pixel ratio is taken."""
        width, height = figure.window_size()
        if (event.width, event.height) == (width, height):
            del self._fitting[window_id]
            return event
        self._fitting[window_id] = event
        return dataclasses.replace(event, width=width, height=height)

    def _end_fitting(self, window_id: int) -> None:
        # The window could not take the figure's size (a small screen): it keeps its own.
        held = self._fitting.pop(window_id, None)
        if held is not None:
            self.post_input(window_id, held)

    def _schedule(self, timer: TimerBase, due: float) -> None:
        entry = (due, next(self._timer_seq))
        self._timer_due[timer] = entry
        heapq.heappush(self._timers, (*entry, timer))

    def _fire_due_timers(self, now: float) -> None:
        while self._timers and self._timers[0][0] <= now:
            due, seq, timer = heapq.heappop(self._timers)
            if self._timer_due.get(timer) != (due, seq):
                continue  # stopped or restarted since this entry was made
            del self._timer_due[timer]
            if not timer.single_shot:
                # From the due time, not from now, so that a steady animation keeps its rate.
                self._schedule(timer, max(due + max(timer.interval, 1) / 1000, now))
            self._run(timer._on_timer)

    def _send(self, op: str, **fields: Any) -> None:
        if self._viewer is not None:
            self._viewer.send(op, **fields)

    def _start_viewer(self) -> None:
        if self._viewer is None:
            self._viewer_is_ready = False
            self._viewer = take_viewer()
            self._viewer.listen(lambda message: self.call_soon(self._on_viewer, message))
            atexit.register(self.shutdown)

    def _send_open(self, window_id: int, figure: ShownFigure) -> None:
        self._start_viewer()
        width, height = figure.window_size()
        self._send(
            "open",
            id=window_id,
            url=self.figure_url(window_id),
            title=figure.get_window_title(),
            width=round(width),
            height=round(height),
        )

    def _send_welcome(self) -> None:
        self._start_viewer()
        self._send("welcome", id=self._welcome_id, url=self._server.welcome_url())

    def _on_viewer(self, message: dict[str, Any]) -> None:
        handler = getattr(self, f"_viewer_{message.get('op')}", None)
        if handler is None:
            print(f"webfig: unknown message from the viewer: {message!r}", file=sys.stderr)
            return
        fields = {name: value for name, value in message.items() if name != "op"}
        handler(**fields)

    def _viewer_ready(self) -> None:
        self._viewer_is_ready = True

    def _viewer_fitted(self, id: int) -> None:
        # The page reports the size the window takes once the toolkit has laid it out.
        ending = threading.Timer(_FITTING_GRACE_SECONDS, self.call_soon, (self._end_fitting, id))
        ending.daemon = True
        ending.start()

    def _viewer_closed(self, id: int) -> None:
        if id == self._welcome_id:
            self._welcome_id = None
        figure = self._windows.get(id)
        if figure is not None:
            figure.window_closed()

    def _viewer_answer(self, question: int, value: Any) -> None:
        on_answer = self._questions.pop(question, None)
        if on_answer is not None:
            on_answer(value)

    def _viewer_open_files(self, id: int, paths: list[str]) -> None:
        from .documents import open_files

        open_files(paths, parent=id)

    def _viewer_save_pickle(self, id: int, path: str) -> None:
        figure = self._windows.get(id)
        if figure is not None:
            figure.save_pickle(path)

    def _viewer_export(self, id: int) -> None:
        figure = self._windows.get(id)
        if figure is not None:
            figure.export()

    def _viewer_exited(self, code: int | None) -> None:
        was_ready, self._viewer, self._viewer_is_ready = self._viewer_is_ready, None, False
        self._questions.clear()
        if not self.has_windows:
            return
        if was_ready:
            # It quit as its last window closed while we were opening another: start afresh.
            for window_id, figure in self._windows.items():
                self._send_open(window_id, figure)
            if self._welcome_id is not None:
                self._send_welcome()
            return
        print(
            f"webfig: the viewer could not open a window (exit status {code}); "
            "see the messages above.",
            file=sys.stderr,
        )
        self._welcome_id = None
        for figure in list(self._windows.values()):
            figure.window_closed()


_host: Host | None = None


def current_host() -> Host:
    """The host of this process, made on first use."""
    global _host
    if _host is None:
        _host = Host()
    return _host
