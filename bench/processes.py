"""Processes the benchmark starts: figure servers and apps under measurement.

Each is started in a session of its own, so that it and every child it makes can be found
(memory is summed over them) and stopped by its process group id, and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from tests.x11 import process_table

REPO = Path(__file__).resolve().parent.parent
STOP_GRACE = 3.0


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def python_env(base: dict[str, str] | None = None, **extra: str) -> dict[str, str]:
    """The environment for our Python children (`base`, or ours): this checkout importable,
    output unbuffered."""
    env = dict(os.environ if base is None else base)
    path = env.get("PYTHONPATH")
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + path if path else "")
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


class Child:
    """A program in its own session; its output lines are read on a thread."""

    def __init__(self, argv: Sequence[str], env: dict[str, str]) -> None:
        self.argv = list(argv)
        self._lines: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self.output: list[str] = []
        self.process = subprocess.Popen(
            self.argv,
            env=env,
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.pid = self.process.pid
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def wait_for_line(self, prefix: str, timeout: float) -> str:
        """The rest of the first output line that starts with `prefix`."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"{self.argv}: no {prefix!r} line in {timeout} s")
            try:
                line = self._lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                tail = "\n".join(self.output[-20:])
                raise RuntimeError(f"{self.argv} exited ({self.process.wait()}):\n{tail}")
            self.output.append(line)
            if line.startswith(prefix):
                return line[len(prefix) :]

    def take_lines(self) -> list[str]:
        """Every output line that came since the last look, without waiting."""
        lines = []
        while True:
            try:
                line = self._lines.get_nowait()
            except queue.Empty:
                break
            if line is None:
                self._lines.put(None)  # keep the end for whoever looks next
                break
            lines.append(line)
        self.output.extend(lines)
        del self.output[:-200]  # only the tail matters, for error messages
        return lines

    def tree(self) -> list[int]:
        """Live processes started by this program: its session, and descendants that left it."""
        table = list(process_table())
        pids = {pid for pid, _, session, state in table if session == self.pid and state != "Z"}
        children: dict[int, list[int]] = {}
        for pid, parent, _, state in table:
            if state != "Z":
                children.setdefault(parent, []).append(pid)
        stack = [self.pid]
        while stack:
            pid = stack.pop()
            for child in children.get(pid, []):
                if child not in pids:
                    pids.add(child)
                    stack.append(child)
        if self.process.poll() is None:
            pids.add(self.pid)
        return sorted(pids)

    def stop(self) -> None:
        """Stop the program and everything it started; safe to call twice."""
        leftovers = self.tree()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(STOP_GRACE)
        for pid in [self.pid, *leftovers]:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(STOP_GRACE)


def memory_kib(pids: Sequence[int]) -> dict[str, int]:
    """Resident and proportional set sizes summed over `pids`, in KiB.

    RSS counts a page shared by several of the processes once per process; PSS splits it
    between them, so it is the fairer sum for a tree of processes.
    """
    rss = pss = 0
    for pid in pids:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in rollup.splitlines():
            name, _, value = line.partition(":")
            if name == "Rss":
                rss += int(value.split()[0])
            elif name == "Pss":
                pss += int(value.split()[0])
    return {"rss_kib": rss, "pss_kib": pss, "processes": len(pids)}


def python() -> str:
    """The interpreter running the benchmark: its environment has the package and backends."""
    return sys.executable
