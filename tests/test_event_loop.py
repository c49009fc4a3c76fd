"""The main thread's event loop on its own: tasks, nested loops, input, timers and Ctrl-C.

No viewer, server or window: a target that records what it is handed, and real matplotlib
timers bound to the test's own loop. Every wait is on a condition with a timeout, through the
loop's own `run(until, timeout)` or a `threading.Event`.
"""

from __future__ import annotations

import _thread
import signal
import threading
import time
from collections.abc import Callable

import pytest
from matplotlib.backend_bases import TimerBase

from webfig_desktop.event_loop import EventLoop
from webfig_desktop.events import InputEvent

# Long enough never to be reached by a loop that works, short enough to fail fast if it doesn't.
WAIT = 5.0


class RecordingTarget:
    """An input target that records every event it is handed, and on which thread."""

    def __init__(self, on_event: Callable[[InputEvent], None] | None = None) -> None:
        self.events: list[InputEvent] = []
        self.threads: list[int] = []
        self._on_event = on_event

    def handle_input(self, event: InputEvent) -> None:
        self.events.append(event)
        self.threads.append(threading.get_ident())
        if self._on_event is not None:
            self._on_event(event)


class LoopTimer(TimerBase):
    """A matplotlib timer fired by one `EventLoop`, as the backend's `TimerWebfig` is by the
    host's."""

    def __init__(self, loop: EventLoop, interval: int, callback: Callable[[], object]) -> None:
        self._loop = loop  # before TimerBase.__init__, which sets the interval
        super().__init__(interval, [(callback, (), {})])

    def _timer_start(self) -> None:
        self._loop.start_timer(self)

    def _timer_stop(self) -> None:
        self._loop.stop_timer(self)

    def _timer_set_interval(self) -> None:
        if self._loop.timer_running(self):
            self._timer_start()


def click(n: int) -> InputEvent:
    return InputEvent("button_press", x=n, y=n, button=1)


def motion(n: int) -> InputEvent:
    return InputEvent("motion_notify", x=n, y=n)


def in_thread(work: Callable[[], object]) -> threading.Thread:
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


# -- tasks ----------------------------------------------------------------------------------------


def test_tasks_from_other_threads_run_on_the_main_thread_in_order():
    loop = EventLoop()
    ran: list[tuple[int, int]] = []

    def post_all() -> None:
        for i in range(200):
            loop.call_soon(lambda i: ran.append((i, threading.get_ident())), i)

    in_thread(post_all)
    loop.run(lambda: len(ran) == 200, timeout=WAIT)

    assert [i for i, _ in ran] == list(range(200))
    assert {thread for _, thread in ran} == {threading.get_ident()}


def test_a_task_that_raises_is_printed_and_the_loop_goes_on(capsys):
    loop = EventLoop()
    ran = []

    def fail() -> None:
        raise ValueError("a user's callback failed")

    loop.call_soon(fail)
    loop.call_soon(ran.append, "after")
    loop.run(lambda: bool(ran), timeout=WAIT)

    assert ran == ["after"]
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "ValueError: a user's callback failed" in err


def test_run_returns_after_its_timeout_when_until_never_holds():
    loop = EventLoop()
    start = time.monotonic()
    loop.run(lambda: False, timeout=0.2)
    elapsed = time.monotonic() - start
    assert 0.2 <= elapsed < WAIT


def test_process_pending_with_no_loop_running_runs_every_queued_task():
    loop = EventLoop()
    ran = []
    for i in range(5):
        loop.call_soon(ran.append, i)
    loop.process_pending()
    assert ran == [0, 1, 2, 3, 4]


# -- nested loops ---------------------------------------------------------------------------------


def test_an_inner_loop_ends_on_its_own_until_and_the_outer_loop_then_goes_on():
    loop = EventLoop()
    log: list[str] = []
    state = {"inner_done": False, "outer_done": False}

    def inner_work() -> None:
        log.append("inner work")
        state["inner_done"] = True

    def outer_task() -> None:
        log.append("inner loop starts")
        loop.call_soon(inner_work)
        loop.run(lambda: state["inner_done"], timeout=WAIT)
        log.append("inner loop ended")
        loop.call_soon(finish)

    def finish() -> None:
        log.append("outer work")
        state["outer_done"] = True

    loop.call_soon(outer_task)
    loop.run(lambda: state["outer_done"], timeout=WAIT)

    assert log == ["inner loop starts", "inner work", "inner loop ended", "outer work"]


def test_process_pending_inside_a_task_that_ends_the_loop_leaves_the_rest_for_the_next_loop():
    loop = EventLoop()
    ran: list[str] = []
    state = {"done": False}

    def end_the_loop() -> None:
        ran.append("ends the loop")
        state["done"] = True
        loop.process_pending()  # what flush_events does from inside a callback

    loop.call_soon(end_the_loop)
    loop.call_soon(ran.append, "second")
    loop.call_soon(ran.append, "third")
    loop.run(lambda: state["done"], timeout=WAIT)
    assert ran == ["ends the loop"]

    loop.run(lambda: len(ran) == 3, timeout=WAIT)
    assert ran == ["ends the loop", "second", "third"]


# -- input ----------------------------------------------------------------------------------------


def test_a_burst_of_clicks_to_a_ginput_ending_after_one_leaves_the_rest_to_the_next_loop():
    loop = EventLoop()
    state = {"done": False}

    def take_one(event: InputEvent) -> None:
        state["done"] = True

    target = RecordingTarget(take_one)
    posted: list[threading.Event] = []
    in_thread(lambda: posted.extend(loop.post_input(target, click(n)) for n in (1, 2, 3))).join(
        WAIT
    )
    assert len(posted) == 3

    loop.run(lambda: state["done"], timeout=WAIT)
    assert target.events == [click(1)]
    assert [handled.is_set() for handled in posted] == [True, False, False]

    loop.run(lambda: len(target.events) == 3, timeout=WAIT)
    assert target.events == [click(1), click(2), click(3)]
    assert all(handled.is_set() for handled in posted)
    assert set(target.threads) == {threading.get_ident()}


def test_motion_posted_while_the_loop_is_busy_collapses_into_the_newest_but_not_across_a_click():
    loop = EventLoop()
    busy, posted = threading.Event(), threading.Event()

    def block_on_first(event: InputEvent) -> None:
        if event == click(0):
            busy.set()
            assert posted.wait(WAIT), "the other thread never finished posting"

    target = RecordingTarget(block_on_first)
    handles: dict[str, threading.Event] = {}
    replaced_at_once: list[bool] = []

    def post_while_busy() -> None:
        assert busy.wait(WAIT), "the loop never started handling the first click"
        handles["m1"] = loop.post_input(target, motion(1))
        handles["m2"] = loop.post_input(target, motion(2))
        replaced_at_once.append(handles["m1"].is_set())
        handles["c"] = loop.post_input(target, click(3))
        handles["m4"] = loop.post_input(target, motion(4))
        handles["m5"] = loop.post_input(target, motion(5))
        replaced_at_once.append(handles["m4"].is_set())
        posted.set()

    loop.post_input(target, click(0))
    in_thread(post_while_busy)
    loop.run(lambda: len(target.events) == 4, timeout=WAIT)
    loop.run(lambda: False, timeout=0.05)  # anything more would be handled by now

    assert target.events == [click(0), motion(2), click(3), motion(5)]
    assert replaced_at_once == [True, True]
    assert all(handled.is_set() for handled in handles.values())


def test_motion_that_arrives_after_newer_input_is_dropped_as_stale():
    # The page sends a gesture's end without waiting for the motion before it: that motion
    # may come second, and would move the view back.
    loop = EventLoop()
    target = RecordingTarget()
    release = InputEvent("button_release", x=9, y=9, button=1, seq=12)
    loop.post_input(target, InputEvent("motion_notify", x=8, y=8, seq=11))
    loop.post_input(target, release)
    late = loop.post_input(target, InputEvent("motion_notify", x=7, y=7, seq=10))
    assert late.is_set()
    loop.process_pending()
    assert [event.seq for event in target.events] == [11, 12]


def test_a_release_waits_from_its_posting_until_it_is_taken_to_be_handled():
    loop = EventLoop()
    waited_while_handled = []
    target = RecordingTarget(lambda event: waited_while_handled.append(loop.release_waits(target)))
    release = InputEvent("button_release", x=9, y=9, button=1)
    assert not loop.release_waits(target)
    loop.post_input(target, motion(1))
    assert not loop.release_waits(target)
    loop.post_input(target, release)
    loop.post_input(target, release)
    assert loop.release_waits(target)
    loop.process_pending()
    assert not loop.release_waits(target)
    # While the first was handled, the second still waited.
    assert waited_while_handled == [True, True, False]
    loop.post_input(target, release)
    loop.drop_input(target)
    assert not loop.release_waits(target)


def test_dropped_input_sets_its_events_and_is_never_handled():
    loop = EventLoop()
    target = RecordingTarget()
    handles = [loop.post_input(target, event) for event in (click(1), motion(2), click(3))]

    loop.drop_input(target)
    assert all(handled.is_set() for handled in handles)

    ran = []
    loop.call_soon(ran.append, "after the dispatch")
    loop.run(lambda: bool(ran), timeout=WAIT)
    assert target.events == []


def test_input_posted_after_a_drop_is_handled():
    loop = EventLoop()
    target = RecordingTarget()
    loop.post_input(target, click(1))
    loop.drop_input(target)
    handled = loop.post_input(target, click(2))

    loop.run(handled.is_set, timeout=WAIT)
    assert target.events == [click(2)]


def test_a_loop_nested_in_an_input_handler_still_gets_that_figures_input():
    """A button's callback that calls ginput: the clicks after it reach the inner loop."""
    loop = EventLoop()
    inner_clicks: list[InputEvent] = []

    def on_event(event: InputEvent) -> None:
        if event == click(1):  # the callback starts its own loop and waits for one more click
            in_thread(lambda: loop.post_input(target, click(3)))
            loop.run(lambda: click(3) in target.events, timeout=0.5)
            inner_clicks.extend(target.events[1:])

    target = RecordingTarget(on_event)
    loop.post_input(target, click(1))
    loop.post_input(target, motion(2))  # the mouse moved on after the click
    loop.run(lambda: len(target.events) == 3, timeout=WAIT)

    assert inner_clicks == [motion(2), click(3)]


def test_ctrl_c_in_an_input_handler_leaves_that_figures_later_input_handled():
    loop = EventLoop()

    def interrupted_on_first(event: InputEvent) -> None:
        if event == click(1):
            raise KeyboardInterrupt  # Ctrl-C during a slow draw

    target = RecordingTarget(interrupted_on_first)
    loop.post_input(target, click(1))
    loop.post_input(target, click(2))
    with pytest.raises(KeyboardInterrupt):
        loop.run(lambda: False, timeout=WAIT)

    handled = loop.post_input(target, click(3))
    loop.run(handled.is_set, timeout=0.5)
    assert click(3) in target.events


# -- timers ---------------------------------------------------------------------------------------


def test_a_single_shot_timer_fires_once():
    loop = EventLoop()
    fired: list[float] = []
    timer = LoopTimer(loop, 10, lambda: fired.append(time.monotonic()))
    timer.single_shot = True
    timer.start()
    assert loop.timer_running(timer)

    loop.run(lambda: bool(fired), timeout=WAIT)
    loop.run(lambda: False, timeout=0.1)  # ten intervals more
    assert len(fired) == 1
    assert not loop.timer_running(timer)


def test_a_repeating_timer_fires_at_its_interval_on_the_main_thread():
    loop = EventLoop()
    fired: list[tuple[float, int]] = []
    timer = LoopTimer(loop, 20, lambda: fired.append((time.monotonic(), threading.get_ident())))
    start = time.monotonic()
    timer.start()

    loop.run(lambda: len(fired) >= 5, timeout=WAIT)
    elapsed = time.monotonic() - start
    timer.stop()

    assert len(fired) >= 5
    # Never faster than its interval: a late loop fires fewer times, never a catching-up burst.
    assert len(fired) <= elapsed / 0.020 + 1
    assert {thread for _, thread in fired} == {threading.get_ident()}
    assert not loop.timer_running(timer)


def test_a_timer_stopped_from_its_own_callback_stops():
    loop = EventLoop()
    fired = []
    timer = LoopTimer(loop, 10, lambda: (fired.append(1), timer.stop()))
    timer.start()

    loop.run(lambda: bool(fired), timeout=WAIT)
    loop.run(lambda: False, timeout=0.1)
    assert fired == [1]
    assert not loop.timer_running(timer)


def test_a_timer_whose_only_callback_returns_false_stops():
    loop = EventLoop()
    fired = []
    timer = LoopTimer(loop, 10, lambda: fired.append(1) or False)
    timer.start()

    loop.run(lambda: bool(fired), timeout=WAIT)
    loop.run(lambda: False, timeout=0.1)
    assert fired == [1]
    assert not loop.timer_running(timer)


def test_a_timer_callback_that_ends_the_loop_leaves_the_work_it_queued_for_the_next_loop():
    """As for a task that ends the loop: what the callback queued is for the next loop."""
    loop = EventLoop()
    state = {"done": False}
    ran: list[str] = []

    def end_the_loop() -> None:
        state["done"] = True
        loop.call_soon(ran.append, "queued by the callback")

    timer = LoopTimer(loop, 10, end_the_loop)
    timer.single_shot = True
    timer.start()
    loop.run(lambda: state["done"], timeout=WAIT)

    assert ran == []


def test_a_timer_behind_its_schedule_stops_catching_up_once_a_callback_ends_the_loop():
    """A timer the loop comes late to fires again at once to catch up; once its callback has
    ended the loop (here by flushing a window's closing), the rest waits for the next loop."""
    loop = EventLoop()
    state = {"closed": False}
    fired: list[bool] = []

    def frame() -> None:
        fired.append(state["closed"])
        loop.call_soon(lambda: state.update(closed=True))
        loop.process_pending()  # what a script's flush_events() does

    timer = LoopTimer(loop, 1, frame)
    timer.start()
    loop.call_soon(time.sleep, 0.02)  # the loop is busy when the timer comes due
    loop.run(lambda: state["closed"], timeout=WAIT)
    timer.stop()

    assert fired == [False]


def restart_by_stop_and_start(timer: TimerBase, interval: int) -> None:
    timer.stop()
    timer.interval = interval
    timer.start()


def restart_by_changing_the_interval(timer: TimerBase, interval: int) -> None:
    timer.interval = interval


@pytest.mark.parametrize("restart", [restart_by_stop_and_start, restart_by_changing_the_interval])
def test_a_timer_restarted_from_its_callback_fires_on_its_new_schedule_only(restart):
    loop = EventLoop()
    fired: list[float] = []
    restarted: list[float] = []

    def callback() -> None:
        fired.append(time.monotonic())
        if len(fired) == 1:
            restarted.append(time.monotonic())
            restart(timer, 300)

    timer = LoopTimer(loop, 30, callback)
    timer.start()
    loop.run(lambda: len(fired) == 2, timeout=WAIT)
    timer.stop()

    assert len(fired) == 2
    # The old entry would have fired 30 ms after the first; the new one is 300 ms after the
    # restart. A loaded machine can only make it later.
    assert fired[1] - restarted[0] >= 0.3
    assert timer.interval == 300


def test_a_stopped_timer_started_again_fires_again():
    loop = EventLoop()
    fired = []
    timer = LoopTimer(loop, 10, lambda: fired.append(1))
    timer.single_shot = True
    timer.start()
    loop.run(lambda: len(fired) == 1, timeout=WAIT)
    timer.start()
    loop.run(lambda: len(fired) == 2, timeout=WAIT)
    assert fired == [1, 1]


# -- Ctrl-C ---------------------------------------------------------------------------------------


def interrupt_main() -> None:
    _thread.interrupt_main()


def raise_sigint_from_this_thread() -> None:
    signal.raise_signal(signal.SIGINT)


@pytest.mark.parametrize("interrupt", [interrupt_main, raise_sigint_from_this_thread])
def test_ctrl_c_while_nested_loops_wait_raises_out_of_run_and_leaves_the_loop_usable(interrupt):
    loop = EventLoop()
    state = {"inner_done": False}
    waiting = threading.Event()
    interrupted_at: list[float] = []

    def interrupt_once_waiting() -> None:
        assert waiting.wait(WAIT), "the inner loop never started"
        # Give the loop time to block in its wait, where Ctrl-C has to reach it.
        threading.Event().wait(0.1)
        interrupted_at.append(time.monotonic())
        interrupt()

    def outer_task() -> None:
        waiting.set()
        loop.run(lambda: state["inner_done"], timeout=WAIT)

    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    in_thread(interrupt_once_waiting)
    loop.call_soon(outer_task)
    with pytest.raises(KeyboardInterrupt):
        loop.run(lambda: False, timeout=WAIT)
    caught_at = time.monotonic()

    assert interrupted_at
    assert caught_at - interrupted_at[0] < 1.5  # the loop looks up at least every 0.5 s

    # Had the inner loop stayed on the books, this until would now end every loop at once.
    state["inner_done"] = True
    ran = []
    for i in range(3):
        loop.call_soon(ran.append, i)
    loop.process_pending()
    assert ran == [0, 1, 2]

    loop.call_soon(ran.append, "next run")
    loop.run(lambda: len(ran) == 4, timeout=WAIT)
    assert ran == [0, 1, 2, "next run"]
