"""Reading a pickle's figures in this process, with a clear error for each way it fails.

The untrusted path reads through `figure_unpickler` (`load_strictly`, what the safe loader's
child and then the host run); the trusted one through plain `pickle`. Either way a failure
becomes a `PickleError` whose message says what the file is and what to do.
"""

from __future__ import annotations

import io
import pickle
import pickletools
import re
from typing import Any

import matplotlib as mpl
from matplotlib.figure import Figure

from .figure_unpickler import FigureUnpickler, MissingLibrary, Refused


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


def load_strictly(data: bytes, name: str) -> list[Figure]:
    """The figures in *data*, through the figure unpickler, in this process."""
    return figures_in(unpickle(FigureUnpickler, data, name), name)


def unpickle(unpickler: type[pickle.Unpickler], data: bytes, name: str) -> Any:
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
    made_by = ""
    if saved := _other_matplotlib(data):
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
    if _other_matplotlib(data):
        return _incompatible(data, name, str(exc))
    return PickleError(f"cannot open {name}: the pickle is damaged ({exc})")


def _incompatible(data: bytes, name: str, reason: str) -> PickleError:
    saved = _other_matplotlib(data)
    if saved:
        return PickleError(
            f"cannot open {name}: it was saved by matplotlib {saved}, and this is matplotlib"
            f" {mpl.__version__} ({reason}). Figure pickles only load in the matplotlib version"
            f" that made them: open it with matplotlib {'.'.join(map(str, _major_minor(saved)))}."
        )
    return PickleError(f"cannot open {name}: it could not be loaded ({reason})")


def _other_matplotlib(data: bytes) -> str | None:
    """The matplotlib version that saved `data`, if it is not this one's major.minor."""
    saved = _saved_matplotlib_version(data)
    return saved if saved and _major_minor(saved) != _major_minor(mpl.__version__) else None


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


def figures_in(obj: Any, name: str) -> list[Figure]:
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
