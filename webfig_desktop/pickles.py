"""Loading and saving figure pickles safely.

`pickle.load` runs whatever the file tells it to, so figures are loaded with an unpickler that
only hands out what a matplotlib figure really contains. A file that asks for anything else is
refused before that thing can run, with a message that names it; the user may then choose to
trust the file (``trust=True``, the ``--trust`` option), which falls back to plain `pickle`.

Saving writes a temporary file next to the target and renames it over the target, so a failed
save never destroys the old file.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import importlib
import importlib.machinery
import io
import os
import pickle
import pickletools
import re
import sys
import tempfile
import types
from pathlib import Path
from typing import IO, Any

import matplotlib as mpl
from matplotlib.figure import Figure

__all__ = ["PickleError", "UntrustedPickleError", "load_figures", "save_figure"]


class PickleError(Exception):
    """A figure file that cannot be opened or saved; str() is the user-facing message."""


class UntrustedPickleError(PickleError):
    """A pickle that asks for something no matplotlib figure contains."""

    def __init__(self, message: str, blocked: str = "") -> None:
        super().__init__(message)
        self.blocked = blocked


# --- The allow-list -------------------------------------------------------------------------
#
# Derived by loading pickles (protocols 0, 2, 4 and 5, before and after a draw) of every figure
# kind in tests/figure_kinds.py, plus pie/stem/stack/event/tri/sankey/widget/axes_grid1/
# axisartist/zoneinfo-date figures, through an unpickler that logged each global it was asked
# for and each getattr it performed. What they contain:
#
# * matplotlib and mpl_toolkits classes: many, and a different set per figure, so these are
#   allowed by module -- but only *classes defined where the pickle says* (no re-exports, so
#   "matplotlib.cbook" + "os.system" or "subprocess.run" is refused), never from modules that
#   write files, run programs or switch backends (below), and never from compiled extension
#   modules (their constructors take raw buffers; no figure pickle holds one).
# * a handful of matplotlib *functions*, which are listed by name: a module prefix would also
#   hand out cbook._check_and_log_subprocess, cbook.to_filehandle, image.imsave, pyplot.savefig,
#   matplotlib.use, ...
# * bound methods (callbacks, remove hooks, TransformWrapper's copies of its child's methods),
#   which pickle as builtins.getattr(obj, name). A free getattr is a full escape
#   (getattr(f, "__globals__") ...), and a free bound method is nearly one (fig.savefig onto
#   ~/.bashrc), so getattr is replaced by one that only fetches the method names below, from
#   instances of allowed matplotlib classes, plus list.remove and nested classes.
# * numpy's array, dtype, scalar and masked-array reconstructors, and the few numpy functions
#   matplotlib keeps (LogTransform's log functions, mplot3d's z-sort functions): by name.
#   Nothing else from numpy: numpy.load(allow_pickle=True) would be a second unpickler.
# * builtins and stdlib: value types, functools.partial (its callee must pass this list too),
#   and what date axes hold (datetime, dateutil, zoneinfo): by name.
#
# A pickle from another matplotlib may need a name that is missing here; it is then refused
# like a hostile one, and the user can still open it with --trust.

_TOP_PACKAGES = (
    "matplotlib",
    "mpl_toolkits.axes_grid1",
    "mpl_toolkits.axisartist",
    "mpl_toolkits.mplot3d",
)

# Modules whose classes a figure never holds and whose classes or functions write files, run
# programs, import backends or register global state.
_REFUSED_MODULES = (
    "matplotlib.animation",
    "matplotlib.backend_bases",
    "matplotlib.backend_managers",
    "matplotlib.backend_tools",
    "matplotlib.backends",
    "matplotlib.dviread",
    "matplotlib.pylab",
    "matplotlib.pyplot",
    "matplotlib._pylab_helpers",
    "matplotlib.sphinxext",
    "matplotlib.style",
    "matplotlib.testing",
    "matplotlib.tests",
    "matplotlib.texmanager",
    "matplotlib._afm",
    "matplotlib._type1font",
    "mpl_toolkits.mplot3d.tests",
    "mpl_toolkits.axes_grid1.tests",
    "mpl_toolkits.axisartist.tests",
)
# Constructing these runs programs (fc-list) and scans every font on the system.
_REFUSED_CLASSES = {("matplotlib.font_manager", "FontManager")}

_MATPLOTLIB_FUNCTIONS = {
    ("matplotlib.artist", "_stale_axes_callback"),
    ("matplotlib.backend_bases", "_key_handler"),
    ("matplotlib.backend_bases", "_mouse_handler"),
    ("matplotlib.cbook", "_exception_printer"),
    ("matplotlib.cbook", "_picklable_class_constructor"),
    ("matplotlib.colorbar", "_remove_cbar_axes"),
    ("matplotlib.colors", "_create_empty_object_of_class"),
    ("matplotlib.colors", "_picklable_norm_constructor"),
    ("matplotlib.offsetbox", "DraggableBase._picker"),
}

# Bound methods matplotlib stores in figures, by method name.
_MATPLOTLIB_METHODS = frozenset(
    {
        # Artist._remove_method hooks
        "delaxes",
        "_remove_axes",
        "_remove_any_twin",
        "_remove_legend",
        "_remove_suplabel",
        # callbacks registered with CallbackRegistry._connect_picklable
        "_button_press",
        "_button_release",
        "disconnect",
        "_on_move",
        "on_motion",
        "on_pick",
        "on_release",
        "onpick",
        "pick",
        "_sync_lims",
        "_unit_change_handler",
        "_unstale_viewLim",
        # AnnotationBbox
        "get_window_extent",
        # colorbar axes, legend offset, axes_grid1 dividers, norms built on FuncScale
        "_cbar_cla",
        "drag_pan",
        "_findoffset",
        "_get_view",
        "get_subplotspec",
        "inverse",
        "_locate",
        "_set_view",
        "_set_view_from_bbox",
        # TransformWrapper copies these from its child
        "get_affine",
        "get_matrix",
        "inverted",
        "transform",
        "transform_affine",
        "transform_non_affine",
        "transform_path",
        "transform_path_affine",
        "transform_path_non_affine",
    }
)

# Spelled as numpy 2 does; numpy 1's numpy.core names are looked up as numpy._core.
_NUMPY_GLOBALS = {
    ("numpy", "dtype"),
    ("numpy", "ndarray"),
    ("numpy._core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "scalar"),
    ("numpy._core.numeric", "_frombuffer"),
    ("numpy.ma", "MaskedArray"),
    ("numpy.ma.core", "MaskedArray"),
    ("numpy.ma.core", "MaskedConstant"),
    ("numpy.ma.core", "_mareconstruct"),
}
# Functions matplotlib keeps in its objects; pickled by name from whichever module held them.
_NUMPY_FUNCTIONS = {"amax", "amin", "average", "log", "log10", "log2", "max", "min"}
_NUMPY_FUNCTION_MODULES = {
    "numpy",
    "numpy._core.fromnumeric",
    "numpy._core.umath",
    "numpy._core._multiarray_umath",
}

_STDLIB_GLOBALS = {
    ("builtins", "bytearray"),
    ("builtins", "bytes"),
    ("builtins", "complex"),
    ("builtins", "dict"),
    ("builtins", "frozenset"),
    ("builtins", "list"),
    ("builtins", "object"),
    ("builtins", "range"),
    ("builtins", "set"),
    ("builtins", "slice"),
    ("builtins", "tuple"),
    ("collections", "OrderedDict"),
    ("copyreg", "_reconstructor"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("dateutil.rrule", "rrule"),
    ("dateutil.rrule", "weekday"),
    ("dateutil.tz.tz", "tzfile"),
    ("dateutil.tz.tz", "tzlocal"),
    ("dateutil.tz.tz", "tzoffset"),
    ("dateutil.tz.tz", "tzrange"),
    ("dateutil.tz.tz", "tzstr"),
    ("dateutil.tz.tz", "tzutc"),
    ("functools", "partial"),
    ("inspect", "Parameter"),
    ("inspect", "Signature"),
    ("inspect", "_ParameterKind"),
    ("inspect", "_empty"),
    ("itertools", "count"),
    ("zoneinfo", "ZoneInfo"),
    ("zoneinfo", "ZoneInfo._unpickle"),
}


_DOTTED_NAME = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*")


def _canonical(module: str, name: str) -> tuple[str, str]:
    """Python 2 names (protocols 0-2) as Python 3 knows them, as pickle itself maps them."""
    import _compat_pickle

    if (module, name) in _compat_pickle.NAME_MAPPING:
        return _compat_pickle.NAME_MAPPING[(module, name)]
    return _compat_pickle.IMPORT_MAPPING.get(module, module), name


def _numpy_module(module: str) -> types.ModuleType:
    # Pickles name numpy.core or numpy._core, whichever numpy made them; numpy 2 warns on
    # numpy.core and numpy 1 may lack numpy._core, so prefer the new name and fall back.
    modern = module.replace("numpy.core", "numpy._core", 1)
    try:
        return importlib.import_module(modern)
    except ImportError:
        return importlib.import_module(modern.replace("numpy._core", "numpy.core", 1))


def _under(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def _is_matplotlib(module: str) -> bool:
    return _under(module, _TOP_PACKAGES) and not _under(module, _REFUSED_MODULES)


def _is_extension(module: types.ModuleType) -> bool:
    origin = getattr(module, "__file__", None) or ""
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


class _Blocked(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class _Missing(Exception):
    """An allowed name that this matplotlib/numpy does not have: made by another version."""

    def __init__(self, name: str, reason: Exception) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name


class _FigureUnpickler(pickle.Unpickler):
    """Unpickler whose globals are limited to what matplotlib figures contain."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file)
        self.blocked: str | None = None

    def find_class(self, module: str, name: str) -> Any:
        module, name = _canonical(module, name)
        try:
            return self._resolve(module, name)
        except _Blocked as blocked:
            # Kept so that a refusal swallowed by some __setstate__ still refuses the file.
            self.blocked = self.blocked or blocked.name
            raise

    def _resolve(self, module: str, name: str) -> Any:
        dotted = f"{module}.{name}"
        if not (_DOTTED_NAME.fullmatch(module) and _DOTTED_NAME.fullmatch(name)):
            raise _Blocked(dotted)
        if (module, name) == ("builtins", "getattr"):
            return self._getattr
        if (module, name) == ("_codecs", "encode"):
            return self._latin1_encode
        if (module, name) in _STDLIB_GLOBALS:
            return self._lookup(importlib.import_module(module), module, name)
        numpy_module = module.replace("numpy.core", "numpy._core", 1)
        if (numpy_module, name) in _NUMPY_GLOBALS:
            try:
                owner = _numpy_module(module)
            except ImportError as exc:
                raise _Missing(dotted, exc) from exc
            return self._lookup(owner, module, name)
        if numpy_module in _NUMPY_FUNCTION_MODULES and name in _NUMPY_FUNCTIONS:
            return self._lookup(importlib.import_module("numpy"), "numpy", name)
        if _is_matplotlib(module):
            return self._matplotlib_global(module, name)
        if (module, name) in _MATPLOTLIB_FUNCTIONS:
            return self._matplotlib_global(module, name)
        raise _Blocked(dotted)

    @staticmethod
    def _lookup(owner: Any, module: str, name: str) -> Any:
        obj = owner
        try:
            for part in name.split("."):
                obj = getattr(obj, part)
        except AttributeError as exc:
            raise _Missing(f"{module}.{name}", exc) from exc
        return obj

    def _matplotlib_global(self, module: str, name: str) -> Any:
        dotted = f"{module}.{name}"
        if any(part.startswith("__") for part in name.split(".")):
            raise _Blocked(dotted)
        try:
            owner = importlib.import_module(module)
        except ImportError as exc:
            raise _Missing(dotted, exc) from exc
        obj: Any = owner
        for part in name.split("."):
            if obj is not owner and not isinstance(obj, type):
                raise _Blocked(dotted)  # only nested classes, never attributes of objects
            try:
                obj = getattr(obj, part)
            except AttributeError as exc:
                raise _Missing(dotted, exc) from exc
        defined_here = (
            getattr(obj, "__module__", None) == module
            and getattr(obj, "__qualname__", None) == name
        )
        if not defined_here:
            raise _Blocked(dotted)
        if (module, name) in _MATPLOTLIB_FUNCTIONS:
            return obj
        if (
            isinstance(obj, type)
            and not _is_extension(owner)
            and (module, name) not in _REFUSED_CLASSES
        ):
            return obj
        raise _Blocked(dotted)

    def _getattr(self, obj: Any, name: str) -> Any:
        """builtins.getattr, limited to what figures pickle through it (see above)."""
        if isinstance(obj, type):
            # Nested classes and static methods: exactly as if named directly.
            return self.find_class(obj.__module__, f"{obj.__qualname__}.{name}")
        if type(obj) is list and name == "remove":
            return obj.remove
        cls = type(obj)
        dotted = f"{cls.__module__}.{cls.__qualname__}.{name}"
        known_method = name in _MATPLOTLIB_METHODS or _is_marker_setter(obj, name)
        if known_method and _is_matplotlib(cls.__module__):
            method = getattr(obj, name, None)
            if (
                isinstance(method, types.MethodType)
                and method.__self__ is obj
                and _is_matplotlib(getattr(method.__func__, "__module__", None) or "")
            ):
                return method
        self.blocked = self.blocked or dotted
        raise _Blocked(dotted)

    def _latin1_encode(self, text: str, encoding: str = "utf-8") -> bytes:
        """How protocols 0-2 spell bytes; any other codec would be a lookup by name."""
        if encoding not in ("latin1", "latin-1"):
            blocked = f"_codecs.encode with the {encoding!r} codec"
            self.blocked = self.blocked or blocked
            raise _Blocked(blocked)
        return text.encode("latin-1")


@functools.cache
def _marker_setters() -> frozenset[str]:
    from matplotlib.markers import MarkerStyle

    return frozenset(n for n in dir(MarkerStyle) if n.startswith("_set_"))


def _is_marker_setter(obj: Any, name: str) -> bool:
    # MarkerStyle keeps the bound _set_<shape> method that builds its marker's path.
    from matplotlib.markers import MarkerStyle

    return isinstance(obj, MarkerStyle) and name in _marker_setters()


# --- Loading --------------------------------------------------------------------------------


def load_figures(path: str | os.PathLike[str], *, trust: bool = False) -> list[Figure]:
    """Every matplotlib figure in the pickle at *path*; refuse files that ask for more."""
    path = Path(path)
    name = path.name or str(path)
    data = _read(path, name)
    before = _pyplot_figure_numbers()
    try:
        obj = _unpickle(data, name, trust=trust)
        return _figures_in(obj, name)
    except BaseException:
        # A half-loaded pickle may already have given pyplot a figure manager.
        _close_pyplot_figures_except(before)
        raise


def _read(path: Path, name: str) -> bytes:
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


def _unpickle(data: bytes, name: str, *, trust: bool) -> Any:
    unpickler = pickle.Unpickler(io.BytesIO(data)) if trust else _FigureUnpickler(io.BytesIO(data))
    try:
        obj = unpickler.load()
    except _Blocked as exc:
        blocked = getattr(unpickler, "blocked", None) or exc.name
        raise _untrusted(name, blocked) from None
    except _Missing as exc:
        raise _incompatible(data, name, f"it refers to {exc.name}, which is missing here") from None
    except (ModuleNotFoundError, AttributeError) as exc:
        raise _incompatible(data, name, str(exc)) from None
    except (EOFError, pickle.UnpicklingError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise _unreadable(data, name, exc) from None
    except PickleError:
        raise
    except Exception as exc:
        raise _incompatible(data, name, f"{type(exc).__name__}: {exc}") from None
    blocked = getattr(unpickler, "blocked", None)
    if blocked:
        raise _untrusted(name, blocked)
    return obj


def _untrusted(name: str, blocked: str) -> UntrustedPickleError:
    return UntrustedPickleError(
        f"{name} asks for {blocked}, which is not part of a matplotlib figure. "
        "Open it only if you trust its source (--trust).",
        blocked,
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
