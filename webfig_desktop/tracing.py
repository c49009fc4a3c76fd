"""Trace points on the way from input to frame, for the benchmark.

Each stage runs inside `span(name)`; with no tracer set (always, outside the benchmark) that
costs one global lookup. The benchmark sets a tracer that times the stages, instead of
replacing our functions with timed copies, so that renaming one cannot silently break it.

The stages: ``input`` (a server thread takes an event), ``dispatch`` (the main thread hands it to
the figure), ``publish`` (a drawn frame is kept for the pages), ``encode`` (a server thread makes
a page's update of that frame).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager

Tracer = Callable[[str], AbstractContextManager[object]]

_tracer: Tracer | None = None


def set_tracer(tracer: Tracer | None) -> None:
    """Time every stage with `tracer(name)` from now on (None: stop)."""
    global _tracer
    _tracer = tracer


def span(name: str) -> AbstractContextManager[object]:
    """The context a stage named `name` runs in."""
    return contextlib.nullcontext() if _tracer is None else _tracer(name)
