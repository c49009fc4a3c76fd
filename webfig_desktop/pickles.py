"""Loading and saving figure pickles safely.

`pickle.load` runs whatever the file tells it to. A file the user has not trusted is read twice,
by two guards:

1. In a short-lived child process with memory, processor-time and time limits
   (`pickle_sandbox`), by `figure_unpickler`, which hands out only what matplotlib figures
   contain and vets every operation that could run code. The child sends back the figures it
   found, pickled anew by matplotlib: only what the figures hold, nothing else the file built.
   A file that crashes it, hangs it or needs too much memory costs the child, not the user.
2. In this process, by the same unpickler, from that new pickle.

A file that asks for anything else is refused, with a message that names what it asked for; the
user may then trust the file (``trust=True``, the ``--trust`` option): plain `pickle`, here.

Saving writes a temporary file next to the target and renames it over the target, so a failed
save never destroys the old file.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import pickle
import pickletools
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import matplotlib as mpl
from matplotlib.figure import Figure

from .figure_unpickler import FigureUnpickler, MissingLibrary, Refused

__all__ = [
    "PickleError",
    "UntrustedPickleError",
    "figures_from",
    "isolate",
    "load_figures",
    "load_strictly",
    "save_figure",
]


class PickleError(Exception):
    """A figure file that cannot be opened or saved; str() is the user-facing message."""


class UntrustedPickleError(PickleError):
    """A pickle that asks for something no matplotlib figure contains."""

    def __init__(self, message: str, blocked: str = "") -> None:
        super().__init__(message)
        self.blocked = blocked

    @property
    def reason(self) -> str:
        """What the file asks for, without the advice meant for the command line."""
        return str(self).removesuffix(_TRUST_ADVICE)


_TRUST_ADVICE = " Open it only if you trust its source (--trust)."


# --- Loading --------------------------------------------------------------------------------


def load_figures(path: str | os.PathLike[str], *, trust: bool = False) -> list[Figure]:
    """Every matplotlib figure in the pickle at *path*; refuse files that ask for more."""
    if trust:
        return _loaded(lambda: _unpickle(pickle.Unpickler, _read(path), _name(path)), path)
    return figures_from(isolate(path), path)


def isolate(path: str | os.PathLike[str]) -> bytes:
    """The first guard, on any thread: the file read by the safe loader's child, whose answer
    is its figures pickled anew (for `figures_from`)."""
    from .pickle_sandbox import load_isolated

    return load_isolated(_read(path), _name(path))


def figures_from(isolated: bytes, path: str | os.PathLike[str]) -> list[Figure]:
    """The second guard, on the main thread: the figures of what `isolate` answered."""
    return _loaded(lambda: _unpickle(FigureUnpickler, isolated, _name(path)), path)


def load_strictly(data: bytes, name: str) -> list[Figure]:
    """The figures in *data*, through the figure unpickler, in this process."""
    return _figures_in(_unpickle(FigureUnpickler, data, name), name)


def _loaded(unpickle: Callable[[], Any], path: str | os.PathLike[str]) -> list[Figure]:
    before = _pyplot_figure_numbers()
    try:
        return _figures_in(unpickle(), _name(path))
    except BaseException:
        # A half-loaded pickle may already have given pyplot a figure manager.
        _close_pyplot_figures_except(before)
        raise


def _name(path: str | os.PathLike[str]) -> str:
    return Path(path).name or str(path)


def _read(path: str | os.PathLike[str]) -> bytes:
    path, name = Path(path), _name(path)
    if path.is_dir():
        raise PickleError(f"cannot open {name}: it is a folder, not a figure file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PickleError(f"cannot open {name}: there is no such file") from None
    except PermissionError:
        raise PickleError(f"cannot open {name}: permission denied") from None
    except OSError as exc:
        raise PickleError(f"cannot open {name}: {_reason(exc)}") from None
    if not data:
        raise PickleError(f"cannot open {name}: the file is empty")
    return data


def _unpickle(unpickler: type[pickle.Unpickler], data: bytes, name: str) -> Any:
    try:
        return unpickler(io.BytesIO(data)).load()
    except Refused as refused:
        raise _untrusted(data, name, refused.what) from None
    except MissingLibrary as missing:
        raise _missing(data, name, missing) from None
    except (ModuleNotFoundError, AttributeError) as exc:
        raise _incompatible(data, name, str(exc)) from None
    except (EOFError, pickle.UnpicklingError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise _unreadable(data, name, exc) from None
    except (PickleError, MemoryError, RecursionError):
        raise
    except Exception as exc:
        raise _incompatible(data, name, f"{type(exc).__name__}: {exc}") from None


def _untrusted(data: bytes, name: str, what: str) -> UntrustedPickleError:
    saved = _saved_matplotlib_version(data)
    made_by = ""
    if saved and _major_minor(saved) != _major_minor(mpl.__version__):
        made_by = f" (it was saved by matplotlib {saved}, and this is {mpl.__version__})"
    return UntrustedPickleError(
        f"{name} asks for {what}, which is not part of a matplotlib figure{made_by}."
        + _TRUST_ADVICE,
        what,
    )


def _missing(data: bytes, name: str, missing: MissingLibrary) -> PickleError:
    if missing.library == "__main__":
        return PickleError(
            f"cannot open {name}: it holds {missing.name.removeprefix('__main__.')}, a function"
            " of the script that made it, which exists only while that script runs"
        )
    if missing.library in ("matplotlib", "mpl_toolkits", "numpy"):
        return _incompatible(data, name, f"it refers to {missing.name}, which is missing here")
    return PickleError(
        f"cannot open {name}: it needs {missing.library}, which is not installed here"
        f" ({missing.name}). Install {missing.library} and open it again."
    )


def _unreadable(data: bytes, name: str, exc: Exception) -> PickleError:
    # Protocols 2 and later start with PROTO; that is every pickle of a figure made since 2008.
    if not (data[:1] == pickle.PROTO and len(data) > 1 and 2 <= data[1] <= 5):
        return PickleError(f"cannot open {name}: it is not a pickle file, so it holds no figure")
    if isinstance(exc, EOFError) or "truncated" in str(exc):
        return PickleError(
            f"cannot open {name}: the file is truncated (the pickle ends before the figure does);"
            " it may have been cut short while being written or copied"
        )
    saved = _saved_matplotlib_version(data)
    if saved and _major_minor(saved) != _major_minor(mpl.__version__):
        return _incompatible(data, name, str(exc))
    return PickleError(f"cannot open {name}: the pickle is damaged ({exc})")


def _incompatible(data: bytes, name: str, reason: str) -> PickleError:
    saved = _saved_matplotlib_version(data)
    if saved and _major_minor(saved) != _major_minor(mpl.__version__):
        return PickleError(
            f"cannot open {name}: it was saved by matplotlib {saved}, and this is matplotlib"
            f" {mpl.__version__} ({reason}). Figure pickles only load in the matplotlib version"
            f" that made them: open it with matplotlib {'.'.join(map(str, _major_minor(saved)))}."
        )
    return PickleError(f"cannot open {name}: it could not be loaded ({reason})")


def _major_minor(version: str) -> tuple[int, ...]:
    match = re.match(r"(\d+)\.(\d+)", version)
    return (int(match[1]), int(match[2])) if match else ()


def _saved_matplotlib_version(data: bytes) -> str | None:
    """The ``__mpl_version__`` a Figure's state records, read without loading anything."""
    memo: dict[int, Any] = {}
    previous: Any = None
    try:
        for opcode, arg, _ in pickletools.genops(data):
            if opcode.name in ("MEMOIZE", "PUT", "BINPUT", "LONG_BINPUT"):
                memo[len(memo) if opcode.name == "MEMOIZE" else arg] = previous
                continue
            if opcode.name in ("FRAME", "PROTO"):
                continue
            value = memo.get(arg) if opcode.name in ("GET", "BINGET", "LONG_BINGET") else arg
            if previous == "__mpl_version__" and isinstance(value, str):
                return value
            previous = value if isinstance(value, str) else None
    except Exception:
        pass  # truncated or damaged: the version may simply not be there
    return None


def _figures_in(obj: Any, name: str) -> list[Figure]:
    if isinstance(obj, Figure):
        return [obj]
    held = "None" if obj is None else _a(type(obj).__name__)
    if isinstance(obj, (list, tuple, dict)):
        items = obj.values() if isinstance(obj, dict) else obj
        figures = [item for item in items if isinstance(item, Figure)]
        if figures:
            return figures
    raise PickleError(f"cannot open {name}: it contains {held}, not a matplotlib figure")


def _a(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def _pyplot_figure_numbers() -> set[int]:
    helpers = sys.modules.get("matplotlib._pylab_helpers")
    return set(helpers.Gcf.figs) if helpers else set()


def _close_pyplot_figures_except(keep: set[int]) -> None:
    helpers = sys.modules.get("matplotlib._pylab_helpers")
    if helpers:
        for number in set(helpers.Gcf.figs) - keep:
            helpers.Gcf.destroy(number)


# --- Saving ---------------------------------------------------------------------------------


def save_figure(figure: Figure, path: str | os.PathLike[str]) -> None:
    """Pickle *figure* to *path*, replacing the file only once the new one is complete."""
    path = Path(path)
    name = path.name or str(path)
    if path.is_dir():
        raise PickleError(f"cannot save {name}: it is a folder")
    temp_name = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=f".{name}.", suffix=".tmp", delete=False
        ) as temp:
            temp_name = temp.name
            _dump(figure, temp, name)
            temp.flush()
            os.fsync(temp.fileno())
        _copy_mode(path, temp_name)
        os.replace(temp_name, path)
    except BaseException as exc:
        if temp_name is not None:
            _remove_quietly(temp_name)
        if isinstance(exc, OSError):
            raise PickleError(f"cannot save {name}: {_reason(exc)}") from None
        raise
    _sync_folder(path.parent)


def _dump(figure: Figure, file: IO[bytes], name: str) -> None:
    try:
        pickle.dump(figure, file)
    except OSError:
        raise  # the disk's fault, not the figure's
    except Exception as exc:
        raise PickleError(
            f"cannot save {name}: the figure holds something that cannot be pickled: {exc}"
        ) from None


def _copy_mode(target: Path, temp: str) -> None:
    # NamedTemporaryFile is private (0600); the saved file should look like any other.
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


def _remove_quietly(filename: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(filename)


def _reason(exc: OSError) -> str:
    reasons: dict[int, str] = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.EISDIR: "it is a folder",
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
    }
    return reasons.get(exc.errno or 0, (exc.strerror or str(exc)).lower())
