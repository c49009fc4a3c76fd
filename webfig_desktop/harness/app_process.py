"""A program started in a session of its own, its output kept in files, for tests and the benchmark.

Its own session lets every process it starts be found (to be measured, to be reported when left
behind after the program ended, to be stopped) and nothing else. Output goes to files rather
than pipes: a chatty long-running program never blocks on a full pipe, and all of it can be read
again at any time.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import subprocess
import tempfile
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path

from .waiting import wait_until


def process_table() -> Iterator[tuple[int, int, int, str]]:
    """(pid, parent pid, session id, state) of every process."""
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue  # exited while we looked
        # "pid (comm) state ppid pgrp session ..."; comm may hold spaces and parentheses.
        fields = stat[stat.rindex(")") + 2 :].split()
        yield int(entry.name), int(fields[1]), int(fields[3]), fields[0]


def describe_process(pid: int) -> str:
    """The "pid command line" of a process, for a report."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").strip()
    except OSError:
        cmdline = b"?"
    return f"{pid} {cmdline.decode(errors='replace')}"


class AppProcess:
    """A program in its own session; its stdout and stderr go to files in `log_dir` (a
    temporary folder of its own if None)."""

    def __init__(
        self,
        argv: Sequence[str],
        env: dict[str, str],
        log_dir: Path | None = None,
        cwd: str | os.PathLike | None = None,
    ) -> None:
        self.argv = list(argv)
        if log_dir is None:
            self._own_log_dir = tempfile.TemporaryDirectory(prefix="webfig-app-")
            log_dir = Path(self._own_log_dir.name)
        stem = f"{Path(self.argv[0]).name}-{time.monotonic_ns()}"
        self._stdout_path = Path(log_dir, stem + ".stdout")
        self._stderr_path = Path(log_dir, stem + ".stderr")
        self._read_offset = 0  # of stdout, for the lines read one by one
        self._unread: deque[str] = deque()
        with open(self._stdout_path, "wb") as stdout, open(self._stderr_path, "wb") as stderr:
            self._proc = subprocess.Popen(
                self.argv,
                env=env,
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=stdout,
                stderr=stderr,
                start_new_session=True,
            )
        self.pid = self._proc.pid

    def __repr__(self) -> str:
        return f"<AppProcess {self.pid} {shlex.join(self.argv)}>"

    @property
    def returncode(self) -> int | None:
        """The exit status, or None while it runs."""
        return self._proc.poll()

    def wait(self, timeout: float = 30) -> int:
        """Wait for the program to exit; return its status."""
        try:
            return self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise TimeoutError(
                f"{shlex.join(self.argv)} still running after {timeout} s; output:\n"
                + self.output()[-2000:]
            ) from None

    # -- output ------------------------------------------------------------------------------

    def output(self) -> str:
        """Everything written so far to stdout, then to stderr."""
        return "".join(
            path.read_text(errors="replace")
            for path in (self._stdout_path, self._stderr_path)
            if path.exists()
        )

    def _read_lines(self) -> None:
        with open(self._stdout_path, "rb") as stdout:
            stdout.seek(self._read_offset)
            data = stdout.read()
        # A line still being written stays for the next look.
        complete = data.rfind(b"\n") + 1
        self._read_offset += complete
        self._unread.extend(data[:complete].decode(errors="replace").splitlines())

    def take_lines(self) -> list[str]:
        """The stdout lines that came since the last look, without waiting."""
        self._read_lines()
        lines = list(self._unread)
        self._unread.clear()
        return lines

    def wait_for_line(self, prefix: str, timeout: float) -> str:
        """The first stdout line not looked at yet that starts with `prefix`; the lines before
        it are passed over. Raises RuntimeError if the program ends without printing one."""

        def found() -> str | None:
            ended = self.returncode is not None
            self._read_lines()
            while self._unread:
                line = self._unread.popleft()
                if line.startswith(prefix):
                    return line
            if ended:
                raise RuntimeError(
                    f"{shlex.join(self.argv)} exited ({self.returncode}) with no line starting "
                    f"{prefix!r}:\n{self.output()[-2000:]}"
                )
            return None

        return wait_until(
            f"a line starting {prefix!r} from {shlex.join(self.argv)}", found, timeout
        )

    # -- processes ---------------------------------------------------------------------------

    def processes(self) -> list[int]:
        """Live processes the program started: its session, and while it runs, itself and its
        descendants that left the session."""
        table = list(process_table())
        # Zombies are dead: a container's init may never reap orphans.
        pids = {pid for pid, _, session, state in table if session == self.pid and state != "Z"}
        if self._proc.poll() is not None:
            # Its children that left the session were handed to init when it ended, and its
            # pid may be another program's now.
            return sorted(pids)
        children: dict[int, list[int]] = {}
        for pid, parent, _, state in table:
            if state != "Z":
                children.setdefault(parent, []).append(pid)
        stack = [self.pid]
        while stack:
            for child in children.get(stack.pop(), []):
                if child not in pids:
                    pids.add(child)
                    stack.append(child)
        pids.add(self.pid)
        return sorted(pids)

    def leftover_processes(self, timeout: float = 5) -> list[str]:
        """After the program exited: "pid cmdline" of each child still alive after `timeout`."""
        if self._proc.poll() is None:
            raise RuntimeError(f"{shlex.join(self.argv)} is still running")
        with contextlib.suppress(TimeoutError):
            wait_until("the program's children to end", lambda: not self.processes(), timeout)
        return [describe_process(pid) for pid in self.processes()]

    def memory_kib(self) -> dict[str, int]:
        """Resident and proportional set sizes summed over `processes()`, in KiB.

        RSS counts a page shared by several of the processes once per process; PSS splits it
        between them, so it is the fairer sum for a tree of processes.
        """
        pids = self.processes()
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

    # -- ending ------------------------------------------------------------------------------

    def stop(self, grace: float = 3) -> None:
        """Ask the program to end (SIGTERM to its process group), then kill whatever of it is
        left after `grace` seconds; safe to call twice."""
        # Found while the program runs: once it ends, its children that left its session can
        # no longer be told from anyone's.
        started = self.processes()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._proc.wait(grace)
        for pid in started:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        self.kill()

    def kill(self, timeout: float = 5) -> None:
        """Kill the program and every process it started, and wait for them."""

        def gone() -> bool:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, signal.SIGKILL)
            # Children that moved to a process group of their own are still found.
            for pid in self.processes():
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            return self._proc.poll() is not None and not self.processes()

        try:
            wait_until(f"the end of {shlex.join(self.argv)}", gone, timeout)
        except TimeoutError:
            survivors = [describe_process(pid) for pid in self.processes()]
            raise TimeoutError(
                f"processes of {shlex.join(self.argv)} survived SIGKILL: {survivors}"
            ) from None
