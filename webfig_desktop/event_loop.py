"""The main thread's event loop: tasks handed over by other threads, timers, and input.

matplotlib is touched only on the main thread. Server threads and the viewer's reader hand their
work over with `call_soon` or `post_input`; the loop that `plt.show()`, `plt.pause()` and
`canvas.start_event_loop()` run takes it from there, and fires the timers too. Loops nest: each
`run` ends when its own `until()` holds, and work left when it ends is for the loop that comes
next.
"""

from __future__ import annotations

import heapq
import itertools
import queue
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from .events import InputEvent
from .tracing import span

if TYPE_CHECKING:
    from matplotlib.backend_bases import TimerBase

# The longest the loop sleeps without looking up, so that Ctrl-C is never kept waiting.
_MAX_WAIT = 0.5


class InputTarget(Protocol):
    """What takes input events: a figure shown in a window."""

    def handle_input(self, event: InputEvent) -> None: ...


class Signal(Protocol):
    """What is set once an input event was handled: a `threading.Event`, or the like of
    another kind of waiter (the server's greenlets)."""

    def set(self) -> None: ...


class EventLoop:
    """Tasks, timers and the input queue of the main thread."""

    def __init__(self) -> None:
        self._tasks: queue.SimpleQueue[Callable[[], Any]] = queue.SimpleQueue()
        self._inputs: dict[InputTarget, deque[tuple[InputEvent, Signal]]] = {}
        self._inputs_lock = threading.Lock()
        self._newest_seq: dict[InputTarget, int] = {}
        self._timers: list[tuple[float, int, TimerBase]] = []
        self._timer_due: dict[TimerBase, tuple[float, int]] = {}
        self._timer_seq = itertools.count()
        self._loops: list[Callable[[], bool]] = []  # the `until` of each running loop

    # -- any thread ---------------------------------------------------------------------------

    def call_soon(self, function: Callable[..., Any], *args: Any) -> None:
        """Run `function(*args)` on the main thread, in the event loop."""
        self._tasks.put(lambda: function(*args))

    def post_input(
        self, target: InputTarget, event: InputEvent, handled: Signal | None = None
    ) -> Signal:
        """Queue `event` for `target`; `handled` (a new `threading.Event` if None), which it
        returns, is set once the target has handled it (or newer motion took its place, or the
        target was dropped).

        Consecutive motion events collapse into the newest: a figure slower to draw than the
        mouse moves then follows the pointer instead of replaying its path. Motion older (by
        the page's numbers) than input already posted is dropped: the page sends the end of a
        gesture without waiting for the motion before it to be answered (input.js).
        """
        if handled is None:
            handled = threading.Event()
        with self._inputs_lock:
            newest = self._newest_seq.get(target, 0)
            if event.type == "motion_notify" and event.seq and event.seq < newest:
                handled.set()
                return handled
            self._newest_seq[target] = max(newest, event.seq)
            pending = self._inputs.setdefault(target, deque())
            first = not pending
            if event.type == "motion_notify" and pending and pending[-1][0].type == event.type:
                pending.pop()[1].set()
            pending.append((event, handled))
        if first:
            self.call_soon(self._dispatch_input, target)
        return handled

    def drop_input(self, target: InputTarget) -> None:
        """Forget the input still queued for `target` (its window closed)."""
        with self._inputs_lock:
            self._newest_seq.pop(target, None)
            for _, handled in self._inputs.pop(target, ()):
                handled.set()

    def release_waits(self, target: InputTarget) -> bool:
        """Whether a button's release, the end of a gesture, waits in `target`'s input: what
        is drawn before it is handled is stale once it is."""
        # Asked before each drawing call of a draw: about 1 µs, as motion collapses and the
        # queue holds an event or two.
        with self._inputs_lock:
            return any(event.type == "button_release" for event, _ in self._inputs.get(target, ()))

    # -- main thread --------------------------------------------------------------------------

    def run(self, until: Callable[[], bool], timeout: float | None = None) -> None:
        """Run the loop until `until()` is true or `timeout` seconds have passed."""
        end = None if timeout is None else time.monotonic() + timeout
        self._loops.append(until)
        try:
            while not until():
                now = time.monotonic()
                if end is not None and now >= end:
                    return
                self._fire_due_timers(now)
                if until():  # a timer's callback ended this loop
                    return
                wait = _MAX_WAIT
                if self._timers:
                    wait = min(wait, self._timers[0][0] - now)
                if end is not None:
                    wait = min(wait, end - now)
                try:
                    task = self._tasks.get(timeout=max(wait, 0))
                except queue.Empty:
                    continue
                _run(task)
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
            _run(task)

    def start_timer(self, timer: TimerBase) -> None:
        self._schedule(timer, time.monotonic() + max(timer.interval, 0) / 1000)

    def stop_timer(self, timer: TimerBase) -> None:
        self._timer_due.pop(timer, None)

    def timer_running(self, timer: TimerBase) -> bool:
        return timer in self._timer_due

    # -- inside -------------------------------------------------------------------------------

    def _loop_ends(self) -> bool:
        return bool(self._loops) and self._loops[-1]()

    def _dispatch_input(self, target: InputTarget) -> None:
        # One event per task: once a handler ends the running loop (the last click of a
        # `ginput`), the clicks after it wait for the next loop instead of being spent here.
        # The next event's task is queued before this one is handled, so that a loop the
        # handler runs (a button that starts a `ginput`), or a Ctrl-C in it, cannot hold it back.
        with self._inputs_lock:
            pending = self._inputs.get(target)
            if not pending:
                self._inputs.pop(target, None)
                return
            event, handled = pending.popleft()
            if pending:
                self.call_soon(self._dispatch_input, target)
            else:
                del self._inputs[target]
        try:
            with span("dispatch"):
                _run(lambda: target.handle_input(event))
        finally:
            handled.set()

    def _schedule(self, timer: TimerBase, due: float) -> None:
        entry = (due, next(self._timer_seq))
        self._timer_due[timer] = entry
        heapq.heappush(self._timers, (*entry, timer))

    def _fire_due_timers(self, now: float) -> None:
        # A callback may end the loop (a flush_events that handles a window's closing): the
        # timers still due then wait for the next loop, as they would in a toolkit's.
        while self._timers and self._timers[0][0] <= now and not self._loop_ends():
            due, seq, timer = heapq.heappop(self._timers)
            if self._timer_due.get(timer) != (due, seq):
                continue  # stopped or restarted since this entry was made
            del self._timer_due[timer]
            if not timer.single_shot:
                # From the due time, not from now, so that a steady animation keeps its rate.
                self._schedule(timer, max(due + max(timer.interval, 1) / 1000, now))
            _run(timer._on_timer)


def _run(task: Callable[[], Any]) -> None:
    try:
        task()
    except Exception:
        # A user's callback that raises must not take the figures down with it.
        traceback.print_exc()
