"""What running Bottle's routes as greenlets of the server's one thread takes: each request's
own Bottle state, and wake-ups that other threads can give.
"""

from __future__ import annotations

from typing import Any

import bottle
import gevent
import gevent.event
import gevent.local


class Wakeup:
    """An event a request's greenlet waits on, which any thread may set: it is set in the
    server's thread, as gevent's objects are meant to be used only in their hub's thread."""

    def __init__(self) -> None:
        self._event = gevent.event.Event()
        self._loop = gevent.get_hub().loop

    def set(self) -> None:
        self._loop.run_callback_threadsafe(self._event.set)

    def clear(self) -> None:
        self._event.clear()

    def wait(self, timeout: float) -> bool:
        return self._event.wait(timeout)


def keep_bottle_requests_per_greenlet() -> None:
    """Bottle keeps the current request and response per thread; here all requests share the
    server's thread, a greenlet each, and a held one lets others run: so they are kept per
    greenlet, as gevent's patching of `threading.local` would. gevent's locals are still per
    thread in plain threads, so other users of Bottle in this process see no change."""
    for local, fields in (
        (bottle.LocalRequest, ("environ",)),
        (bottle.LocalResponse, ("_status_line", "_status_code", "_cookies", "_headers", "body")),
    ):
        for field in fields:
            setattr(local, field, _greenlet_local())


def _greenlet_local() -> property:
    storage = gevent.local.local()

    def get(_: object) -> Any:
        try:
            return storage.value
        except AttributeError:
            raise RuntimeError("Request context not initialized.") from None

    def set_(_: object, value: Any) -> None:
        storage.value = value

    def delete(_: object) -> None:
        del storage.value

    return property(get, set_, delete)
