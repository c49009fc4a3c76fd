"""Live windows at the interactive prompt.

While Python waits at ``>>>`` (or in `input()`), the main thread sits in readline and the host's
loop does not run, so windows would freeze. Python calls ``PyOS_InputHook`` while it waits: the
hook runs the host's loop until a line of input is ready, as the Tk and Qt backends do.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import sys
import threading

from .host import Host

_InputHook = ctypes.CFUNCTYPE(ctypes.c_int)
_installed: _InputHook | None = None  # kept referenced: Python holds only its address


def install_input_hook(host: Host) -> None:
    """Run `host`'s loop whenever Python waits for a line on the terminal (POSIX only)."""
    global _installed
    if _installed is not None or os.name != "posix":
        return

    def run_until_input() -> int:
        ready = threading.Event()

        def watch_stdin() -> None:
            # A closed stdin raises: then there is nothing more to wait for either.
            with contextlib.suppress(OSError, ValueError):
                select.select([sys.stdin], [], [])
            ready.set()
            host.call_soon(lambda: None)  # wake the loop so that it sees `ready`

        threading.Thread(target=watch_stdin, name="webfig-stdin", daemon=True).start()
        # Ctrl-C ends the wait; readline then raises KeyboardInterrupt at the prompt.
        with contextlib.suppress(KeyboardInterrupt):
            host.run(ready.is_set)
        return 0

    _installed = _InputHook(run_until_input)
    hook = ctypes.c_void_p.in_dll(ctypes.pythonapi, "PyOS_InputHook")
    hook.value = ctypes.cast(_installed, ctypes.c_void_p).value
