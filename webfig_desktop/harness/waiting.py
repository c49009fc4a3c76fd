"""One way to wait for something: ask again until the answer is yes, or say what never came.

Every wait of the tests and the benchmark goes through `wait_until`, so that a timeout always
names what was awaited instead of leaving a bare assertion on a clock.
"""

from __future__ import annotations

import reprlib
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(what: str, predicate: Callable[[], T], timeout: float, interval: float = 0.05) -> T:
    """Call `predicate` every `interval` seconds until it returns something true; return that.

    Gives up, with a `TimeoutError` naming `what` and the last answer, once the next call would
    come after `timeout` seconds; the first call is always made. An exception of the predicate
    ends the wait at once.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() + interval > deadline:
            break
        time.sleep(interval)
    last = "" if value is None or value is False else f" (last: {reprlib.repr(value)})"
    raise TimeoutError(f"{what}: not within {timeout:g} s{last}")
