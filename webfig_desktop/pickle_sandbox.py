"""The child process that opens an untrusted pickle first.

However careful the unpickler, a file can still find a way to crash, hang or exhaust the process
that reads it, and that process holds the user's script and figures. So an untrusted file is
first read in a child of its own, under limits on memory, processor time and wall time, and
unable to write into files. The child sends back its figures, pickled anew by matplotlib (only what
the figures hold), or the reason it could not; then it ends. A crash, a hang or a limit reached
there becomes a clear message here.

A child is started ahead of need (`prepare`), so that opening a file does not wait for Python
and matplotlib to load: each child reads one file, and the next is started as it is used.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import warnings
from pathlib import Path

from .interrupt import own_process_group

# A figure's pickle is rebuilt in memory about three times over (the file, the objects, the
# new pickle); beyond that, a file asks for more than its figure needs.
MEMORY_BASE = 2 << 30
MEMORY_PER_BYTE = 8
CPU_SECONDS = 30
WALL_SECONDS = 45

_lock = threading.Lock()
_spare: subprocess.Popen | None = None
_running: set[subprocess.Popen] = set()
# Warnings a load may raise, by name; any other is raised again as a UserWarning.
_WARNINGS = {cls.__name__: cls for cls in (UserWarning, DeprecationWarning, RuntimeWarning)}


def sandbox_command() -> list[str]:
    """How to start the child: a frozen app re-runs its own executable in this mode."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--pickle-sandbox"]
    return [sys.executable, "-c", "from webfig_desktop.pickle_sandbox import main; main()"]


def _start() -> subprocess.Popen:
    env = dict(os.environ, MPLBACKEND="agg", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    return subprocess.Popen(
        sandbox_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        # Not the user's folder: a module there must not shadow the ones the child imports.
        cwd=Path(__file__).resolve().parent.parent,
        # A Ctrl+C is the host's to answer (interrupt.py); the host then ends the child.
        **own_process_group(),
    )


def prepare() -> None:
    """Start a child now, so that the next file opens without waiting for one."""
    global _spare
    with _lock:
        if _spare is None or _spare.poll() is not None:
            _spare = _start()


def _take() -> subprocess.Popen:
    global _spare
    with _lock:
        child, _spare = _spare, None
    if child is None or child.poll() is not None:
        child = _start()
    return child


def shutdown() -> None:
    """End every child: the one started ahead, and any still reading a file."""
    global _spare
    with _lock:
        children = [child for child in (_spare, *_running) if child is not None]
        _spare = None
        _running.clear()
    for child in children:
        child.kill()
        child.wait()


atexit.register(shutdown)


def load_isolated(data: bytes, name: str) -> bytes:
    """The figures of pickle *data*, as loaded by the child and pickled anew; raises
    `PickleError` with the reason when the child refuses the file, fails or dies. Warnings the
    load raised there (a figure from another matplotlib) are raised again here."""
    from .unpickling import PickleError, UntrustedPickleError

    child = _take()
    prepare()
    with _lock:
        _running.add(child)
    request = json.dumps({"name": name}).encode() + b"\n" + data
    try:
        out, err = child.communicate(request, timeout=WALL_SECONDS)
    except subprocess.TimeoutExpired:
        raise PickleError(
            f"cannot open {name}: the safe loader gave up after {WALL_SECONDS} s"
            " (the file never finished loading)"
        ) from None
    finally:
        _end(child)
    header, _, payload = out.partition(b"\n")
    if child.returncode != 0 or not header:
        raise PickleError(f"cannot open {name}: {_death(child.returncode, err)}")
    answer = json.loads(header)
    for category, message in answer.get("warnings", []):
        warnings.warn(message, _WARNINGS.get(category, UserWarning), stacklevel=3)
    if answer.get("refused") is not None:
        raise UntrustedPickleError(answer["message"], answer["refused"])
    if answer.get("message") is not None:
        raise PickleError(answer["message"])
    return payload


def _end(child: subprocess.Popen) -> None:
    with _lock:
        _running.discard(child)
    if child.poll() is None:  # given up on, or interrupted (Ctrl+C)
        child.kill()
        child.communicate()


def _death(code: int, err: bytes) -> str:
    if code == -getattr(signal, "SIGXCPU", 0):
        return f"loading it took more than {CPU_SECONDS} s of processor time, so it was stopped"
    if code < 0:
        return (
            f"this file crashed the safe loader ({signal.Signals(-code).name}); "
            "it was never loaded into this process"
        )
    last = err.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
    return f"the safe loader failed (exit status {code}: {last[0]})"


# --- The child --------------------------------------------------------------------------------


def _limit(data_size: int) -> int:
    """Limit this process to what loading a figure of *data_size* bytes needs."""
    import resource

    memory = MEMORY_BASE + MEMORY_PER_BYTE * data_size
    for kind, value in (
        (resource.RLIMIT_AS, memory),
        (resource.RLIMIT_CPU, CPU_SECONDS),
        (resource.RLIMIT_FSIZE, 0),  # no file is written: a pipe is not a file
        (resource.RLIMIT_CORE, 0),  # a crash leaves no core file behind
    ):
        _, hard = resource.getrlimit(kind)
        # Not every system takes every limit (macOS refuses some): the wall time still holds.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(kind, (value if hard < 0 else min(value, hard), hard))
    return memory


def _answer(out, header: dict, payload: bytes = b"") -> None:
    out.write(json.dumps(header).encode() + b"\n" + payload)
    out.flush()
    # Freeing what the file built could crash (a million nested objects), and it is no use.
    os._exit(0)


def main() -> None:
    """Read one pickle from stdin, answer on stdout, end."""
    import pickle
    import tempfile

    import matplotlib.pyplot  # noqa: F401  (loaded before any limit: figures come back to it)

    from .unpickling import PickleError, UntrustedPickleError, load_strictly

    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # whatever the figures print must not corrupt the answer
    line = sys.stdin.buffer.readline()
    if not line:
        return  # started ahead, and never needed: the host has ended
    request = json.loads(line)
    data = sys.stdin.buffer.read()
    name = request["name"]
    memory = MEMORY_BASE
    # Libraries look for a temporary folder by writing a file in it: before the limits forbid it.
    tempfile.gettempdir()
    if hasattr(os, "fork"):  # POSIX: resource exists
        memory = _limit(len(data))
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            figures = load_strictly(data, name)
        payload = pickle.dumps(figures, protocol=pickle.HIGHEST_PROTOCOL)
    except UntrustedPickleError as refused:
        _answer(out, {"refused": refused.blocked, "message": str(refused)})
    except PickleError as error:
        _answer(out, {"message": str(error)})
    except MemoryError:
        _answer(
            out,
            {
                "message": f"cannot open {name}: it needs more than {memory / 2**30:.1f} GiB"
                " of memory to load, far more than its figure could"
            },
        )
    except RecursionError:
        _answer(out, {"message": f"cannot open {name}: it nests objects too deeply for a figure"})
    except Exception as error:
        _answer(out, {"message": f"cannot open {name}: {type(error).__name__}: {error}"})
    said = [[w.category.__name__, str(w.message)] for w in caught]
    _answer(out, {"warnings": said}, payload)
