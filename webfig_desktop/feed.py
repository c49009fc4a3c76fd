"""What one figure's page waits for: its newest frames and its toolbar state.

The host's main thread publishes; server threads wait for something newer than what their page
already has (a held request), so frames and status reach the page without polling.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np

from .motion import View

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
        self._state: dict[str, Any] = {}
        self._state_version = 0
        self.closed = False

    def publish_frame(
        self, pixels: np.ndarray, scale: float = 1.0, views: tuple[View, ...] = ()
    ) -> int:
        """Keep a copy of `pixels` as the newest frame and wake the pages waiting for it."""
        copy = np.array(pixels, copy=True)
        copy.flags.writeable = False
        with self._changed:
            self._frame_id += 1
            self._frames[self._frame_id] = Frame(self._frame_id, copy, scale, views)
            while len(self._frames) > _FRAMES_KEPT:
                self._frames.popitem(last=False)
            self._changed.notify_all()
            return self._frame_id

    def next_frame(self, last_id: int, timeout: float) -> tuple[Frame, Frame | None] | None:
        """The newest frame once it is newer than `last_id`, with frame `last_id` if still kept.
        None when nothing newer came within `timeout` seconds or on close."""
        with self._changed:
            if not self._changed.wait_for(
                lambda: self.closed or (self._frames and self._frame_id != last_id), timeout
            ):
                return None
            if self.closed:
                return None
            return self._frames[self._frame_id], self._frames.get(last_id)

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
