"""Every file the app writes replaces the old one only once it is complete, with its mode.

The new content goes to a temporary file beside the target, which is then renamed over it: a
save that fails or is killed halfway leaves the old file as it was. Temporary files carry the
id of the process writing them, so that those of a save that was killed are removed the next
time the app saves to that folder, and never those of a save still running.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

# What each file this process wrote was like once written (`written_here`).
_written: dict[str, tuple[int, int, int]] = {}
_LEFTOVER = re.compile(r"^\..+\.webfig-(\d+)-[^.]+\.tmp$")


def write_atomically(path: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> None:
    """Call `write` with a temporary file beside `path`, then put that file in place of `path`.

    Raises what `write` raised, or `OSError`; either way the temporary file is gone and `path`
    untouched."""
    path = Path(path)
    _remove_leftovers(path.parent)
    temp_name = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=path.parent,
            prefix=f".{path.name}.webfig-{os.getpid()}-",
            suffix=".tmp",
            delete=False,
        ) as temp:
            temp_name = temp.name
            write(temp)
            temp.flush()
            os.fsync(temp.fileno())
        _copy_mode(path, temp_name)
        os.replace(temp_name, path)
        with contextlib.suppress(OSError):  # saved all the same
            _written[os.path.realpath(path)] = _identity(path)
    except BaseException:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise
    _sync_folder(path.parent)


def written_here(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is, still, as this process last wrote it: a watched folder's own saves
    are not news."""
    try:
        return _written.get(os.path.realpath(path)) == _identity(path)
    except OSError:
        return False


def _identity(path: str | os.PathLike[str]) -> tuple[int, int, int]:
    stat = os.stat(path)
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def reason(error: OSError) -> str:
    """Why a file could not be written, in a few words."""
    reasons: dict[int, str] = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.EISDIR: "it is a folder",
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
    }
    return reasons.get(error.errno or 0, (error.strerror or str(error)).lower())


def _remove_leftovers(folder: Path) -> None:
    """Remove the temporary files of saves to `folder` whose process has died."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            match = _LEFTOVER.match(entry.name)
            if match and not _running(int(match.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's: alive, or not ours to judge
    return True


def _copy_mode(target: Path, temp: str) -> None:
    # NamedTemporaryFile is private (0600); the saved file should look like the one it replaces.
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    os.chmod(temp, mode)


def _umask() -> int:
    # The only portable way to read it is to set it; it is put back at once.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
