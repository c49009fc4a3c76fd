"""Figure pickles opened from the file manager on Linux: a desktop entry, its icon and a MIME type
for the pickles, installed for the current user and taken away again, exactly.

What `install` writes follows the freedesktop.org specifications: the entry in
``$XDG_DATA_HOME/applications``, the type in ``$XDG_DATA_HOME/mime/packages`` (then compiled by
shared-mime-info's ``update-mime-database``), the icon in the hicolor theme, and the app as the
type's default in ``$XDG_CONFIG_HOME/mimeapps.list``. A manifest of what was written, kept beside
the entry, lets `uninstall` remove those files and that one line, and nothing of the user's own.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .assets import FOLDER as ASSETS
from .settings import config_home

# What the app opens as figure pickles: given on the command line, or from the file manager.
PICKLE_SUFFIXES = {".pickle", ".pkl", ".pckl", ".pck"}
MIME_TYPE = "application/x-matplotlib-figure-pickle"
APP_ID = "webfig-desktop"
_DEFAULTS = "[Default Applications]"


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _manifest() -> Path:
    return _data_home() / "applications" / f"{APP_ID}.installed.json"


def _command() -> str:
    """The program the entry runs: this one, by its full path, quoted as entries want it."""
    program = sys.executable if getattr(sys, "frozen", False) else shutil.which(APP_ID)
    program = program or str(Path(sys.argv[0]).resolve())
    # Quoted only when it must be: xdg-open before xdg-utils 1.2 runs the first word whole,
    # quotes and all.
    if re.fullmatch(r"[\w/.+-]+", program):
        return program
    escaped = program.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$")
    return f'"{escaped}"'


def _entry() -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=webfig-desktop",
            "GenericName=Figure viewer",
            "Comment=Live, interactive matplotlib figures",
            f"Exec={_command()} %F",
            f"Icon={APP_ID}",
            "Terminal=false",
            f"MimeType={MIME_TYPE};",
            "Categories=Science;Education;Viewer;",
            "",
        ]
    )


def _mime_package(suffixes: list[str]) -> str:
    globs = "".join(f'    <glob pattern="*{suffix}"/>\n' for suffix in suffixes)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f'  <mime-type type="{MIME_TYPE}">\n'
        "    <comment>Matplotlib figure</comment>\n"
        f'    <icon name="{APP_ID}"/>\n'
        f"{globs}"
        "  </mime-type>\n"
        "</mime-info>\n"
    )


def install(suffixes: list[str]) -> list[str]:
    """Install the entry, the type for `suffixes`, the icon and the default; returns what was
    written, for the user to read. Installed again, it first takes away what it installed."""
    uninstall()
    data = _data_home()
    files = {
        data / "applications" / f"{APP_ID}.desktop": _entry().encode(),
        data / "mime" / "packages" / f"{APP_ID}.xml": _mime_package(suffixes).encode(),
        data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png": (
            ASSETS / "icon.png"
        ).read_bytes(),
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": (
            ASSETS / "icon.svg"
        ).read_bytes(),
    }
    created = []  # the folders that were not there, deepest first, for `uninstall`
    for path, content in files.items():
        for folder in reversed(path.parents):
            if not folder.exists():
                created.insert(0, str(folder))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    mimeapps = config_home() / "mimeapps.list"
    line = f"{MIME_TYPE}={APP_ID}.desktop;"
    default = _add_default(mimeapps, line)
    _refresh(data)
    installed = {"files": [str(p) for p in files], "folders": created, "default": default}
    _manifest().write_text(json.dumps(installed))
    return [*map(str, files), *([f"{mimeapps}: {line}"] if default else [])]


def is_installed() -> bool:
    """Whether `install` has been run for this user and not taken back since."""
    return _manifest().exists()


def uninstall() -> list[str]:
    """Remove what `install` wrote, by its manifest; returns what was removed."""
    manifest = _manifest()
    if not manifest.exists():
        return []
    installed = json.loads(manifest.read_text())
    removed = []
    for name in installed["files"]:
        path = Path(name)
        if path.exists():
            path.unlink()
            removed.append(name)
    if installed["default"]:
        mimeapps, line, section_added = installed["default"]
        if _remove_default(Path(mimeapps), line, section_added):
            removed.append(f"{mimeapps}: {line}")
    manifest.unlink()
    _refresh(_data_home())
    mime = _data_home() / "mime"
    for folder in map(Path, installed["folders"]):
        # A type database made for ours alone holds nothing else: it goes with it.
        if folder == mime and not any((mime / "packages").glob("*")):
            shutil.rmtree(mime)
        elif folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return removed


def _add_default(mimeapps: Path, line: str) -> list | None:
    """Make the app the type's default in `mimeapps`, unless the user chose one already;
    returns what `_remove_default` needs to take it away again."""
    lines = mimeapps.read_text().splitlines() if mimeapps.exists() else []
    key = line.split("=")[0] + "="
    if any(existing.startswith(key) for existing in lines):
        return None
    section_added = _DEFAULTS not in lines
    if section_added:
        lines += [_DEFAULTS, line]
    else:
        lines.insert(lines.index(_DEFAULTS) + 1, line)
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    mimeapps.write_text("\n".join(lines) + "\n")
    return [str(mimeapps), line, section_added]


def _remove_default(mimeapps: Path, line: str, section_added: bool) -> bool:
    lines = mimeapps.read_text().splitlines() if mimeapps.exists() else []
    if line not in lines:
        return False
    lines.remove(line)
    if section_added and _DEFAULTS in lines:
        at = lines.index(_DEFAULTS)
        if at + 1 == len(lines) or lines[at + 1].startswith("["):
            del lines[at]
    if lines:
        mimeapps.write_text("\n".join(lines) + "\n")
    else:
        mimeapps.unlink()
    return True


def _refresh(data: Path) -> None:
    """Let the desktop see the change: shared-mime-info's cache of types, and the desktop
    entries' cache of the types they open, where the tools for them are installed."""
    for tool, folder in (
        ("update-mime-database", data / "mime"),
        ("update-desktop-database", data / "applications"),
    ):
        if shutil.which(tool) and folder.exists():
            subprocess.run([tool, str(folder)], check=False, capture_output=True)
