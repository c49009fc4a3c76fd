"""Start-up time to the figure on screen, and memory, of ours against QtAgg, under Xvfb.

Both are timed the same way: from starting the command to the first screenshot of the display
that shows the figure's own pixels (its background is a colour found nowhere else). Memory is
then summed over every process the command started (our host, the viewer and its web engine's
processes; QtAgg's one process), once the window has settled.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.processes import REPO, python, python_env
from webfig_desktop.harness.app_process import AppProcess
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.harness.x_session import XSession

SCRIPT = Path(__file__).with_name("startup_script.py")
MARKER_RGB = (0xB4, 0x12, 0x8C)
# The marker fills well over 100,000 pixels of the 800x450 figure: a third of that is a figure.
MARKER_PIXELS = 30_000
DRAWN_PREFIX = "BENCH-DRAWN "
POLL_PAUSE = 0.02
SETTLE_SECONDS = 1.5
TIMEOUT = 60.0


def _marker_pixels(display: XSession) -> int:
    pixels = np.asarray(display.screenshot(), dtype=np.int16)
    return int((np.abs(pixels - MARKER_RGB) <= 2).all(axis=-1).sum())


def _commands() -> dict[str, tuple[list[str], dict[str, str]]]:
    command = Path(python()).with_name("webfig-desktop")
    ours = [str(command)] if command.exists() else [python(), "-m", "webfig_desktop.cli"]
    return {
        "ours": ([*ours, str(SCRIPT)], {}),
        "qtagg": ([python(), str(SCRIPT)], {"MPLBACKEND": "QtAgg"}),
    }


def time_to_figure(display: XSession, argv: list[str], env: dict[str, str]) -> dict:
    """Start `argv` on `display`; seconds until the figure is on screen, then its memory."""
    if _marker_pixels(display) >= MARKER_PIXELS:
        raise RuntimeError("the display already shows the figure: a window was left open")
    started, wall_started = time.monotonic(), time.time()
    child = AppProcess(argv, python_env(display.env, **env), cwd=REPO)

    def shown() -> float | None:
        before = time.monotonic()
        found = _marker_pixels(display)
        after = time.monotonic()
        if found >= MARKER_PIXELS:
            # The screen was read somewhere within the grab.
            return (before + after) / 2 - started
        if child.returncode is not None:
            raise RuntimeError(
                f"{argv} exited before showing the figure:\n{child.output()[-2000:]}"
            )
        return None

    try:
        seconds = wait_until(f"the figure of {argv} on screen", shown, TIMEOUT, POLL_PAUSE)
        time.sleep(SETTLE_SECONDS)
        memory = child.memory_kib()
        # The script prints the wall clock at each draw: the first tells drawing from showing.
        draws = [
            float(line.split()[1]) for line in child.take_lines() if line.startswith(DRAWN_PREFIX)
        ]
        first_draw = min(draws) - wall_started if draws else None
        return {"seconds": seconds, "first_draw_seconds": first_draw, **memory}
    finally:
        child.stop()
        # The next run must start on an empty screen.
        wait_until(
            "the figure gone from the screen",
            lambda: _marker_pixels(display) < MARKER_PIXELS,
            10,
            interval=0.1,
        )


def measure(rounds: int = 3) -> dict[str, Any]:
    """Median start-up and memory of ours and QtAgg over `rounds` alternating runs."""
    display = XSession(1024, 768).start()
    try:
        runs: dict[str, list[dict]] = {"ours": [], "qtagg": []}
        commands = _commands()
        for k in range(rounds):
            # Alternate who goes first, so that a warmer disk cache favours neither.
            order = ["ours", "qtagg"] if k % 2 == 0 else ["qtagg", "ours"]
            for name in order:
                argv, env = commands[name]
                runs[name].append(time_to_figure(display, argv, env))
    finally:
        display.stop()
    result: dict[str, Any] = {}
    for name, measured in runs.items():
        result[name] = {
            "seconds": statistics.median(run["seconds"] for run in measured),
            "first_draw_seconds": statistics.median(
                run["first_draw_seconds"] or 0 for run in measured
            ),
            "rss_mib": statistics.median(run["rss_kib"] for run in measured) / 1024,
            "pss_mib": statistics.median(run["pss_kib"] for run in measured) / 1024,
            "processes": max(run["processes"] for run in measured),
            "runs": measured,
        }
    return result
