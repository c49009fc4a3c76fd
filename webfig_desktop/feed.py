"""What one figure's page waits for: its newest frames and its toolbar state.

The host's main thread publishes; each page holds one request open until there is something
newer than what it has (a frame, or state), so frames and status reach the page without
polling. Waiting is the server's business (it holds requests without threads): the feed says
what is new, and tells the requests that watch it when something changed. The request of a
page makes the update it sends; the main thread lets those updates be made before it draws
again (see `wait_for_pages`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from .axes_views import MOST_AXES, View
from .frames import FrameUpdate, frame_update
from .pixel_moves import moves_between
from .tracing import span

# Frames kept so that a page one or two frames behind still gets a diff, not a full frame.
_FRAMES_KEPT = 4


@dataclass(frozen=True)
class Frame:
    """One render of the figure: its RGBA pixels, how many of them make one CSS pixel, where
    its axes were (for the moves of the next frame's update, and the page's predictions), and
    the page's number of the newest input it reflects."""

    id: int
    pixels: np.ndarray
    scale: float
    views: tuple[View, ...] = ()
    input_seq: int = 0

    def headers(self) -> dict[str, str]:
        """What the page learns of this frame, with its pixels or without (frames.js)."""
        views = self.views if len(self.views) <= MOST_AXES else ()
        return {
            "X-Frame-Id": str(self.id),
            "X-Frame-Input": str(self.input_seq),
            "X-Frame-Views": ";".join(view.header() for view in views),
        }


class FigureFeed:
    """Frames and state of one figure, published by the host and watched by its page's
    requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._updates_made = threading.Condition(self._lock)
        self._frames: OrderedDict[int, Frame] = OrderedDict()
        self._frame_id = 0
        # The wake-up of each request watching the feed; those that watched when the newest
        # frame came owe its update until they end.
        self._watchers: dict[object, Callable[[], None]] = {}
        self._owed: set[object] = set()
        self._state: dict[str, Any] = {}
        self._state_version = 0
        self.closed = False

    def publish_frame(
        self,
        pixels: np.ndarray,
        scale: float = 1.0,
        views: tuple[View, ...] = (),
        input_seq: int = 0,
    ) -> int:
        """Keep a copy of `pixels` as the newest frame and wake the requests watching."""
        with span("publish"):
            copy = np.array(pixels, copy=True)
            copy.flags.writeable = False
            with self._lock:
                self._frame_id += 1
                self._frames[self._frame_id] = Frame(self._frame_id, copy, scale, views, input_seq)
                while len(self._frames) > _FRAMES_KEPT:
                    self._frames.popitem(last=False)
                self._owed = set(self._watchers)
                wakes = list(self._watchers.values())
            _wake(wakes)
            return self._frame_id

    def publish_state(self, **changes: Any) -> None:
        """Merge `changes` into the state; the requests watching are woken if it changed."""
        with self._lock:
            if all(self._state.get(k, object()) == v for k, v in changes.items()):
                return
            self._state.update(changes)
            self._state_version += 1
            wakes = list(self._watchers.values())
        _wake(wakes)

    @property
    def newest_id(self) -> int:
        """The id of the newest frame; 0 before the first."""
        with self._lock:
            return self._frame_id

    def newest_pixels(self) -> np.ndarray | None:
        """The newest frame's pixels (read-only); None before the first."""
        with self._lock:
            return self._frames[self._frame_id].pixels if self._frames else None

    def close(self) -> None:
        """Release every request: the figure is gone."""
        with self._lock:
            self.closed = True
            self._updates_made.notify_all()
            wakes = list(self._watchers.values())
        _wake(wakes)

    @contextmanager
    def watching(self, wake: Callable[[], None]) -> Iterator[None]:
        """While a request waits for news and makes its answer: `wake()` is called, on the
        publishing thread, after every change. A frame published meanwhile is owed by the
        request until it ends."""
        token = object()
        with self._lock:
            self._watchers[token] = wake
        try:
            yield
        finally:
            with self._lock:
                del self._watchers[token]
                self._owed.discard(token)
                self._updates_made.notify_all()

    def has_news(self, last_id: int, version: int) -> bool:
        """Whether there is a frame other than `last_id` or a state other than `version` (or
        the figure is gone)."""
        with self._lock:
            return (
                self.closed
                or bool(self._frames and self._frame_id != last_id)
                or self._state_version != version
            )

    def update_since(self, last_id: int) -> tuple[Frame, FrameUpdate | None] | None:
        """The newest frame if it is not `last_id`, with the update that turns frame `last_id`
        into it (a full frame if that one is no longer kept; None if they are equal)."""
        with self._lock:
            if self.closed or self._frame_id == last_id or not self._frames:
                return None
            frame, base = self._frames[self._frame_id], self._frames.get(last_id)
        with span("encode"):
            if base is None:
                return frame, frame_update(None, frame.pixels)
            moves = moves_between(base.views, frame.views)
            return frame, frame_update(base.pixels, frame.pixels, moves)

    def state_since(self, version: int) -> tuple[int, dict[str, Any]] | None:
        """The state and its version, if that is not `version`."""
        with self._lock:
            if self.closed or self._state_version == version:
                return None
            return self._state_version, dict(self._state)

    def wait_for_pages(self, timeout: float) -> None:
        """Until the requests that watched when the newest frame came have made their updates.

        The main thread calls this before it draws: Agg keeps the interpreter's lock for whole
        calls, so an update made while it draws waits for the draw to end. Measured with the
        bench's scatter at pixel ratio 2: a 12 ms update took up to 234 ms during draws, so a
        pan's frames reached the page a whole draw late.
        """
        with self._lock:
            self._updates_made.wait_for(lambda: not self._owed or self.closed, timeout)


def _wake(wakes: list[Callable[[], None]]) -> None:
    for wake in wakes:
        wake()
