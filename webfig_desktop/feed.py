"""What one figure's page waits for: its newest frames and its toolbar state.

The host's main thread publishes; server threads wait for something newer than what their page
already has (a held request), so frames and status reach the page without polling. The thread of
a page's request makes the update it sends; the main thread lets those updates be made before
it draws again (see `wait_for_pages`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np

from .frames import FrameUpdate, frame_update
from .pixel_moves import View, moves_between
from .tracing import span

# Frames kept so that a page one or two frames behind still gets a diff, not a full frame.
_FRAMES_KEPT = 4


@dataclass(frozen=True)
class Frame:
    """One render of the figure: its RGBA pixels, how many of them make one CSS pixel, and
    where its axes were (for the moves of the next frame's update)."""

    id: int
    pixels: np.ndarray
    scale: float
    views: tuple[View, ...] = ()


class FigureFeed:
    """Frames and state of one figure, published by the host and awaited by the server."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._frames: OrderedDict[int, Frame] = OrderedDict()
        self._frame_id = 0
        # Held image requests, and how many of those that waited for the newest frame are still
        # making their update of it.
        self._waiting = 0
        self._owed = 0
        self._state: dict[str, Any] = {}
        self._state_version = 0
        self.closed = False

    def publish_frame(
        self, pixels: np.ndarray, scale: float = 1.0, views: tuple[View, ...] = ()
    ) -> int:
        """Keep a copy of `pixels` as the newest frame and wake the pages waiting for it."""
        with span("publish"):
            return self._publish(pixels, scale, views)

    def _publish(self, pixels: np.ndarray, scale: float, views: tuple[View, ...]) -> int:
        copy = np.array(pixels, copy=True)
        copy.flags.writeable = False
        with self._changed:
            self._frame_id += 1
            self._frames[self._frame_id] = Frame(self._frame_id, copy, scale, views)
            while len(self._frames) > _FRAMES_KEPT:
                self._frames.popitem(last=False)
            self._owed = self._waiting
            self._changed.notify_all()
            return self._frame_id

    def next_update(self, last_id: int, timeout: float) -> tuple[Frame, FrameUpdate | None] | None:
        """The newest frame once it is newer than `last_id`, with the update that turns frame
        `last_id` into it (a full frame if that one is no longer kept; None if they are equal).
        None when nothing newer came within `timeout` seconds or on close."""

        def ready() -> bool:
            return self.closed or bool(self._frames and self._frame_id != last_id)

        with self._changed:
            waited = not ready()
            if waited:
                self._waiting += 1
                found = self._changed.wait_for(ready, timeout)
                self._waiting -= 1
                if not found:
                    return None  # no frame came: none was owed
            frame, base = self._frames.get(self._frame_id), self._frames.get(last_id)
        try:
            if self.closed or frame is None:
                return None
            with span("encode"):
                if base is None:
                    return frame, frame_update(None, frame.pixels)
                moves = moves_between(base.views, frame.views)
                return frame, frame_update(base.pixels, frame.pixels, moves)
        finally:
            if waited:
                with self._changed:
                    self._owed -= 1
                    self._changed.notify_all()

    def wait_for_pages(self, timeout: float) -> None:
        """Until the requests that were waiting for the newest frame have made their updates.

        The main thread calls this before it draws: Agg keeps the interpreter's lock for whole
        calls, so an update made while it draws waits for the draw to end. Measured with the
        bench's scatter at pixel ratio 2: a 12 ms update took up to 234 ms during draws, so a
        pan's frames reached the page a whole draw late.
        """
        with self._changed:
            self._changed.wait_for(lambda: self._owed <= 0 or self.closed, timeout)

    def publish_state(self, **changes: Any) -> None:
        """Merge `changes` into the state; pages waiting for state are woken if it changed."""
        with self._changed:
            if all(self._state.get(k, object()) == v for k, v in changes.items()):
                return
            self._state.update(changes)
            self._state_version += 1
            self._changed.notify_all()

    def next_state(self, version: int, timeout: float) -> tuple[int, dict[str, Any]] | None:
        """The state once its version differs from `version`; None on timeout or close."""
        with self._changed:
            if not self._changed.wait_for(
                lambda: self.closed or self._state_version != version, timeout
            ):
                return None
            if self.closed:
                return None
            return self._state_version, dict(self._state)

    def close(self) -> None:
        """Release every waiting request: the figure is gone."""
        with self._changed:
            self.closed = True
            self._changed.notify_all()
