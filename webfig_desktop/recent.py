"""The figure files opened lately, for the welcome window."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

_KEPT = 10


def _store() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home()))
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "webfig-desktop" / "recent.json"


def recent_files() -> list[str]:
    """The files opened lately that still exist, newest first."""
    try:
        paths = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(paths, list):
        return []
    return [path for path in paths if isinstance(path, str) and os.path.isfile(path)]


def remember(path: str | os.PathLike[str]) -> None:
    """Put `path` first in the list; a list that cannot be written is simply not kept."""
    path = os.path.abspath(path)
    paths = [path, *(p for p in recent_files() if p != path)][:_KEPT]
    store = _store()
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        store.write_text(json.dumps(paths, indent=1), encoding="utf-8")
    except OSError:
        pass
