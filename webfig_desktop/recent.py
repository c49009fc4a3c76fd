"""The figure files opened lately, for the welcome window."""

from __future__ import annotations

import os

from .settings import read_settings, write_settings

_KEPT = 10
_NAME = "recent.json"


def recent_files() -> list[str]:
    """The files opened lately that still exist, newest first."""
    paths = read_settings(_NAME, [])
    return [path for path in paths if isinstance(path, str) and os.path.isfile(path)]


def remember(path: str | os.PathLike[str]) -> None:
    """Put `path` first in the list; a list that cannot be written is simply not kept."""
    path = os.path.abspath(path)
    write_settings(_NAME, [path, *(p for p in recent_files() if p != path)][:_KEPT])
