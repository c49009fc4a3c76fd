"""Timings from inside a figure server, printed as lines the benchmark reads.

Timing a stage changes nothing of the path a frame takes. Each stage prints ``BENCH-BEGIN name``
as it starts and ``BENCH-SPAN name start end`` as it ends, on stdout, in milliseconds of the
wall clock, which the page's ``performance.timeOrigin + performance.now()`` shares: the
benchmark lines the server's spans up with the page's own times and tells, for one mouse move,
how long each stage took. Our host's stages are its trace points (`webfig_desktop.tracing`,
timed by `tracer`); WebAgg's, and the Agg draws of both, are functions wrapped by `traced`.
"""

from __future__ import annotations

import contextlib
import functools
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

SPAN_PREFIX = "BENCH-SPAN "
BEGIN_PREFIX = "BENCH-BEGIN "
_print_lock = threading.Lock()


def _say(line: str) -> None:
    # Stages run on server threads too: one whole line at a time.
    with _print_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


@contextlib.contextmanager
def tracer(name: str) -> Iterator[None]:
    """Print when the stage `name` began and ended: the tracer for `tracing.set_tracer`."""
    start = time.time()
    # Said at once, so that the benchmark knows the server is busy before the end comes.
    _say(f"{BEGIN_PREFIX}{name}")
    try:
        yield
    finally:
        end = time.time()
        _say(f"{SPAN_PREFIX}{name} {start * 1e3:.3f} {end * 1e3:.3f}")


def traced(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, printing when each call began and ended under `name`."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with tracer(name):
            return function(*args, **kwargs)

    return wrapper


def trace_agg_draws() -> None:
    """Trace every Agg draw: both backends' canvases draw through `FigureCanvasAgg.draw`."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg.draw = traced("draw", FigureCanvasAgg.draw)


class SpanReader:
    """Reads a traced server's lines: the spans it ended, and whether it is busy now."""

    def __init__(self) -> None:
        self.spans: list[tuple[str, float, float]] = []
        self._open = 0
        self._last_activity = time.monotonic()

    def feed(self, lines: list[str]) -> None:
        for line in lines:
            if line.startswith(BEGIN_PREFIX):
                self._open += 1
            elif line.startswith(SPAN_PREFIX):
                name, start, end = line[len(SPAN_PREFIX) :].split()
                self.spans.append((name, float(start), float(end)))
                self._open = max(self._open - 1, 0)
            else:
                continue
            self._last_activity = time.monotonic()

    def idle_for(self) -> float:
        """Seconds since the server last began or ended a traced call; 0 while one runs."""
        return 0.0 if self._open else time.monotonic() - self._last_activity

    def take(self) -> list[tuple[str, float, float]]:
        """The spans ended since the last take."""
        spans, self.spans = self.spans, []
        return spans
