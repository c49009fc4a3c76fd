"""How the benchmark starts its Python children (figure servers, the Agg limit, apps under
measurement): this checkout importable, output unbuffered, a free port when one is needed.
Each runs as a `webfig_desktop.harness.app_process.AppProcess`."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


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


def python() -> str:
    """The interpreter running the benchmark: its environment has the package and backends."""
    return sys.executable
