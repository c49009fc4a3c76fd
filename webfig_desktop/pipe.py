"""The pipe between the host and its viewer, as both ends speak it.

One JSON object per line, each an ``op`` and its fields. A message is handled by the function its
``op`` names in a table, called with the fields as keyword arguments: the host's table takes
what the user did (a window closed, a menu item chosen, files dropped, a dialog answered), the
viewer's what the host asks of its windows.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any

log = logging.getLogger(__name__)

Handlers = Mapping[str, Callable[..., None]]


class PipeWriter:
    """Sends messages down `stream`, one whole line at a time from any thread."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, op: str, **fields: Any) -> None:
        """Send one message; an end that has gone away is noticed by its reader instead."""
        line = json.dumps({"op": op, **fields}) + "\n"
        with self._lock:
            try:
                self._stream.write(line)
                self._stream.flush()
            except (BrokenPipeError, ValueError, OSError):
                pass

    def close(self) -> None:
        with self._lock, contextlib.suppress(OSError):
            self._stream.close()


def messages(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The messages among `lines`; anything else (a library printing) is skipped."""
    for line in lines:
        try:
            message = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(message, dict):
            yield message


def dispatch(handlers: Handlers, message: dict[str, Any]) -> None:
    """Call the handler that `message` names with its fields; a message that fits none is
    logged and dropped."""
    fields = dict(message)
    handler = handlers.get(fields.pop("op", None))
    try:
        if handler is None:
            raise TypeError("no such op")
        inspect.signature(handler).bind(**fields)
    except TypeError as error:
        log.warning("dropped a malformed message %r: %s", message, error)
        return
    handler(**fields)
