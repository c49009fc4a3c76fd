"""Live windows at the interactive prompt.

While Python waits at ``>>>`` (or in `input()`), the main thread sits in readline and the host's
loop does not run, so windows would freeze. Python calls ``PyOS_InputHook`` while it waits: the
hook runs the host's loop until a line of input is ready, as the Tk and Qt backends do.
IPython's terminal reads its input with prompt_toolkit instead, which takes hooks of its own:
there the same loop is registered as the ``webfig`` GUI (what ``%gui webfig`` selects).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import sys
import threading
from typing import IO

from .event_loop import EventLoop

_InputHook = ctypes.CFUNCTYPE(ctypes.c_int)
# The hook in use, kept referenced (Python holds only the address of a PyOS_InputHook).
_installed: object | None = None


def _run_until_readable(loop: EventLoop, source: IO | int) -> None:
    ready = threading.Event()

    def watch() -> None:
        # A closed input raises: then there is nothing more to wait for either.
        with contextlib.suppress(OSError, ValueError):
            select.select([source], [], [])
        ready.set()
        loop.call_soon(lambda: None)  # wake the loop so that it sees `ready`

    threading.Thread(target=watch, name="webfig-input", daemon=True).start()
    # Ctrl-C ends the wait; the prompt then raises KeyboardInterrupt as usual.
    with contextlib.suppress(KeyboardInterrupt):
        loop.run(ready.is_set)


def _terminal_ipython():
    """IPython's terminal shell, if this process runs one."""
    if "IPython" not in sys.modules:
        return None
    from IPython import get_ipython
    from IPython.terminal.interactiveshell import TerminalInteractiveShell

    shell = get_ipython()
    # With --simple-prompt it reads lines as plain Python does, which PyOS_InputHook serves.
    if not isinstance(shell, TerminalInteractiveShell) or shell.simple_prompt:
        return None
    return shell


def prepare_ipython(loop: EventLoop) -> None:
    """Run `loop` at IPython's prompt from the moment our backend is chosen.

    ``%matplotlib webfig`` chooses it, then asks IPython for the backend's GUI, which is none
    (ours is no toolkit matplotlib knows), and IPython says "No event loop hook running." unless
    a hook already runs: this one, which it then turns off until the first figure shows
    (`install_input_hook`)."""
    shell = _terminal_ipython() if os.name == "posix" else None
    if shell is not None:
        _run_in_ipython(shell, loop)


def _run_in_ipython(shell, loop: EventLoop) -> None:
    from IPython.terminal.pt_inputhooks import register, registered

    if "webfig" not in registered:
        register("webfig", lambda context: _run_until_readable(loop, context.fileno()))
    if shell.active_eventloop != "webfig":
        shell.enable_gui("webfig")


def install_input_hook(loop: EventLoop) -> None:
    """Run `loop` whenever the prompt waits for a line on the terminal (POSIX only)."""
    global _installed
    if os.name != "posix":
        return
    shell = _terminal_ipython()
    if shell is not None:
        # Each time: `%matplotlib` may have turned it off since.
        _run_in_ipython(shell, loop)
        return
    if _installed is not None:
        return

    def run_until_input() -> int:
        _run_until_readable(loop, sys.stdin)
        return 0

    _installed = _InputHook(run_until_input)
    hook = ctypes.c_void_p.in_dll(ctypes.pythonapi, "PyOS_InputHook")
    hook.value = ctypes.cast(_installed, ctypes.c_void_p).value
