"""Where the app keeps what it remembers for the user: the platform's own folder for settings."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any


def config_home() -> Path:
    """The user's settings folder, whose own folder the app keeps its settings in:
    XDG_CONFIG_HOME on Linux, the platform's own elsewhere."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home()))
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def settings_file(name: str) -> Path:
    """The file `name` in the app's settings folder."""
    return config_home() / "webfig-desktop" / name


def read_settings(name: str, default: Any) -> Any:
    """What `name` holds, or `default` if it is missing, unreadable or not of its type."""
    try:
        value = json.loads(settings_file(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default
    return value if isinstance(value, type(default)) else default


def write_settings(name: str, value: Any) -> None:
    """Keep `value` in `name`; settings that cannot be written are simply not kept."""
    path = settings_file(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value, indent=1), encoding="utf-8")
    except OSError:
        pass
