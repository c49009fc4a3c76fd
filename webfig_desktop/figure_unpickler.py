"""An unpickler that rebuilds matplotlib figures and nothing else.

A pickle is a program: it names globals, calls them (REDUCE), makes instances (NEWOBJ), sets
their state (BUILD) and fills containers (APPENDS, SETITEMS). `pickle.Unpickler` lets a subclass
vet only the globals, and a global that is safe to name can still do harm through the other
operations: BUILD on a class rewrites it for the whole process, a dtype rebuilt with forged flags
turns bytes of the file into object pointers, `set(itertools.count())` never ends. So this
unpickler runs Python's own opcode loop and vets every operation that can run code:

* a global is handed out only if the allow-list (figure_allowlist.py, generated from a corpus of
  real figures) names it, and only for the roles it plays there: called (REDUCE), instantiated
  without running ``__init__`` (NEWOBJ, ``copyreg._reconstructor``), or only passed around;
* BUILD sets state only on instances of the types the list names, with string keys; never on a
  class, a module or a function;
* containers are filled only if they are plain lists, dicts and sets, or types the list names;
* bound methods (``getattr(obj, name)``, how callbacks pickle) only by the names the list gives
  for the object's type;
* numpy arrays, dtypes and scalars are rebuilt only in the forms numpy itself makes, checked
  before numpy sees them, so that no state can claim memory it does not own;
* builtins that consume an iterable or allocate by a number (``set``, ``bytes``, ``bytearray``,
  ...) take only finished containers and bytes, never a count or an endless iterator.

What the file asks for that the rules refuse raises `Refused`, naming it; a name the list allows
whose library is not installed raises `MissingLibrary`. `RecordingUnpickler` plays the same
program with every check turned into a record: that is how the allow-list is made.
"""

from __future__ import annotations

import _compat_pickle
import functools
import importlib
import importlib.util
import io
import pickle
import re
import sys
import types
from typing import Any

import numpy as np

from . import figure_allowlist as allowed

__all__ = ["FigureUnpickler", "MissingLibrary", "RecordingUnpickler", "Refused"]


class Refused(Exception):
    """The pickle asks for something no figure contains; `what` names it."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class MissingLibrary(Exception):
    """The figure needs a library (an allowed one) that is not installed here."""

    def __init__(self, library: str, name: str) -> None:
        super().__init__(f"{name} needs {library}")
        self.library = library
        self.name = name


_DOTTED = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*")
# Types whose __new__ or __init__ consumes an iterable or sizes itself by a number: given a
# count, a range or an endless iterator they allocate without bound or never return.
_CONSUMERS = (set, frozenset, list, tuple, dict, bytes, bytearray)
_FINISHED = (list, tuple, set, frozenset, dict, bytes, bytearray, str)
# Never the target of BUILD, whatever their qualified name says.
_NOT_INSTANCES = (
    type,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
)


def qualified(cls: type) -> str:
    """The allow-list's name of a type: ``module:qualname``."""
    return f"{cls.__module__}:{cls.__qualname__}"


def _dotted(key: str) -> str:
    """An allow-list name as the user reads it: ``module.qualname``."""
    return key.replace(":", ".")


def _canonical(module: str, name: str) -> tuple[str, str]:
    """Python 2 names as Python 3 knows them (as pickle maps them), numpy 1's as numpy 2's."""
    if (module, name) in _compat_pickle.NAME_MAPPING:
        module, name = _compat_pickle.NAME_MAPPING[(module, name)]
    else:
        module = _compat_pickle.IMPORT_MAPPING.get(module, module)
    if module == "numpy.core" or module.startswith("numpy.core."):
        module = "numpy._core" + module[len("numpy.core") :]
    return module, name


def _import(module: str) -> types.ModuleType:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError:
        if module.startswith("numpy._core"):  # numpy 1 spells it numpy.core
            return importlib.import_module("numpy.core" + module[len("numpy._core") :])
        raise


def _absent(module: str, name: str) -> bool:
    """A name of matplotlib or numpy that this installation does not have: the file comes from
    another version. Only looked up where no module has to run for it."""
    if module.partition(".")[0] not in ("matplotlib", "mpl_toolkits", "numpy"):
        return False
    loaded = sys.modules.get(module)
    if loaded is not None:
        return not hasattr(loaded, name.partition(".")[0])
    try:
        return importlib.util.find_spec(module) is None
    except (ImportError, ValueError):
        return True


class FigureUnpickler(pickle._Unpickler):
    """Python's own unpickling loop, with every operation that can run code vetted."""

    dispatch = dict(pickle._Unpickler.dispatch)

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file)
        self._source = file
        # What each global handed out was called, by id; the objects are kept alive with it.
        self._names: dict[int, tuple[str, Any]] = {}
        # dtypes made by this load whose state has not been set yet: no array may use them
        # before that, and none is set twice (an array's bytes must match its final dtype).
        self._unbuilt: dict[int, np.dtype] = {}
        self._unbuilt_arrays: dict[int, np.ndarray] = {}

    def load(self) -> Any:
        """Python's loop, reading straight from the file in memory: frames, which only help
        a reader that buffers, are skipped (a gallery bar chart: 52 ms instead of 93)."""
        source = self._source
        self.read, self.readinto, self.readline = source.read, source.readinto, source.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read, dispatch = self.read, self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                dispatch[key[0]](self)
        except pickle._Stop as stop:
            return stop.value

    def load_frame(self) -> None:
        self.read(8)  # the frame's size: its opcodes follow in the same file

    dispatch[pickle.FRAME[0]] = load_frame

    # -- the checks; RecordingUnpickler turns each into a record ------------------------------

    def _roles(self, key: str) -> str | None:
        return allowed.GLOBALS.get(key)

    def _require_role(self, key: str, role: str) -> None:
        if role not in (self._roles(key) or "").split():
            raise Refused(f"{_dotted(key)} ({_ROLE_WORDS[role]})")

    def _require_build(self, cls: type) -> None:
        if qualified(cls) not in allowed.BUILD:
            raise Refused(f"setting the state of a {_dotted(qualified(cls))}")

    def _require_method(self, cls: type, name: str) -> None:
        if f"{qualified(cls)}.{name}" not in allowed.METHODS:
            raise Refused(f"{_dotted(qualified(cls))}.{name} (a method)")

    def _require_items(self, cls: type) -> None:
        if qualified(cls) not in allowed.ITEMS:
            raise Refused(f"adding items to a {_dotted(qualified(cls))}")

    # -- globals ------------------------------------------------------------------------------

    def find_class(self, module: str, name: str) -> Any:
        module, name = _canonical(module, name)
        if not (_DOTTED.fullmatch(module) and _DOTTED.fullmatch(name)):
            raise Refused(f"{module}.{name}")
        if module == "__main__":  # the script that pickled the figure: not here, whatever trust
            raise MissingLibrary("__main__", f"{module}.{name}")
        key = f"{module}:{name}"
        if key == "builtins:getattr":
            self._require_role(key, "call")
            return self._remember(key, self._getattr)
        if key == "_codecs:encode":
            self._require_role(key, "call")
            return self._remember(key, _latin1_encode)
        if self._roles(key) is None:
            if _absent(module, name):
                raise MissingLibrary(module.partition(".")[0], f"{module}.{name}")
            raise Refused(f"{module}.{name}")
        return self._remember(key, self._resolve(module, name))

    def _resolve(self, module: str, name: str) -> Any:
        try:
            obj: Any = _import(module)
        except ImportError:
            raise MissingLibrary(module.partition(".")[0], f"{module}.{name}") from None
        for part in name.split("."):
            try:
                obj = getattr(obj, part)
            except AttributeError:
                raise MissingLibrary(module.partition(".")[0], f"{module}.{name}") from None
        return obj

    def _remember(self, key: str, obj: Any) -> Any:
        self._names[id(obj)] = (key, obj)
        return obj

    def _key_of(self, obj: Any) -> str | None:
        found = self._names.get(id(obj))
        return found[0] if found is not None and found[1] is obj else None

    def _require_own(self, obj: Any) -> None:
        """Only what this load made is changed: a global is shared by the whole process."""
        key = self._key_of(obj)
        if key is not None:
            raise Refused(f"changing {_dotted(key)}, which the whole process shares")

    def _require_callable(self, func: Any) -> None:
        """A function a figure keeps to call later: a listed one, or a listed method."""
        key = self._key_of(func)
        if key is not None:
            self._require_role(key, "call")
        elif isinstance(func, types.MethodType) and not isinstance(func.__self__, type):
            self._require_method(type(func.__self__), func.__name__)
        else:
            raise Refused(f"keeping {_describe(func)} to call")

    def _getattr(self, obj: Any, name: str) -> Any:
        """builtins.getattr, as figures use it: nested classes, and bound methods by name."""
        if not (isinstance(name, str) and _DOTTED.fullmatch(name)):
            raise Refused(f"getattr with {name!r}")
        if isinstance(obj, type):
            return self.find_class(obj.__module__, f"{obj.__qualname__}.{name}")
        self._require_method(type(obj), name)
        method = getattr(obj, name)
        if getattr(method, "__self__", None) is not obj:
            raise Refused(f"{_dotted(qualified(type(obj)))}.{name} (not a method)")
        return method

    # -- operations that run code -------------------------------------------------------------

    def load_reduce(self) -> None:
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        key = self._key_of(func)
        if key is None:
            raise Refused(f"calling {_describe(func)}")
        self._require_role(key, "call")
        if not isinstance(args, tuple):
            raise Refused(f"calling {_dotted(key)} with {_describe(args)}")
        rule = _CALL_RULES.get(func)  # by the object: a second name for it gets the same rule
        stack[-1] = rule(self, func, args) if rule else _plain_call(func, args)

    dispatch[pickle.REDUCE[0]] = load_reduce

    def load_newobj(self) -> None:
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(self._new(cls, args, {}))

    dispatch[pickle.NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self) -> None:
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(self._new(cls, args, kwargs))

    dispatch[pickle.NEWOBJ_EX[0]] = load_newobj_ex

    def _new(self, cls: Any, args: Any, kwargs: Any) -> Any:
        """``cls.__new__(cls, *args)``: an instance made without running its ``__init__``."""
        self._require_new(cls)
        if not (isinstance(args, tuple) and isinstance(kwargs, dict)):
            raise Refused(f"making a {_describe(cls)} from {_describe(args)}")
        if _consumes(cls):
            _require_finished(cls, args)
        return cls.__new__(cls, *args, **kwargs)

    def _require_new(self, cls: Any) -> None:
        key = self._key_of(cls)
        if key is None or not isinstance(cls, type):
            raise Refused(f"making an instance of {_describe(cls)}")
        self._require_role(key, "new")

    # Protocol 0's INST and OBJ call a class with arguments; Python 3 never writes them. (EXT
    # codes go through find_class, and persistent ids are refused by pickle itself.)
    def _refuse_instantiation(self) -> None:
        raise Refused("INST or OBJ, which call a class with arguments and no figure uses")

    dispatch[pickle.INST[0]] = _refuse_instantiation
    dispatch[pickle.OBJ[0]] = _refuse_instantiation

    def load_build(self) -> None:
        inst, state = self.stack[-2], self.stack[-1]
        if isinstance(inst, _NOT_INSTANCES):
            raise Refused(f"setting the state of {_describe(inst)}")
        self._require_own(inst)
        rule = _build_rule(inst)
        if rule is not None:
            # The rule checks the state, or replaces it with what numpy would make of it.
            self.stack[-1] = rule(self, inst, state)
        else:
            self._require_build(type(inst))
            _require_attribute_state(inst, state)
        super().load_build()

    dispatch[pickle.BUILD[0]] = load_build

    # Filling a container calls its append, extend, add or __setitem__: only plain ones, or
    # types the list names. A marked run's container is the top of the stack below the mark.
    def load_append(self) -> None:
        self._require_container(self.stack[-2], list)
        super().load_append()

    dispatch[pickle.APPEND[0]] = load_append

    def load_appends(self) -> None:
        self._require_container(self._below_mark(), list)
        super().load_appends()

    dispatch[pickle.APPENDS[0]] = load_appends

    def load_setitem(self) -> None:
        self._require_container(self.stack[-3], dict)
        super().load_setitem()

    dispatch[pickle.SETITEM[0]] = load_setitem

    def load_setitems(self) -> None:
        self._require_container(self._below_mark(), dict)
        super().load_setitems()

    dispatch[pickle.SETITEMS[0]] = load_setitems

    def load_additems(self) -> None:
        self._require_container(self._below_mark(), set)
        super().load_additems()

    dispatch[pickle.ADDITEMS[0]] = load_additems

    def _below_mark(self) -> Any:
        if not (self.metastack and self.metastack[-1]):
            raise pickle.UnpicklingError("a run of items with nothing to add them to")
        return self.metastack[-1][-1]

    def _require_container(self, target: Any, kind: type) -> None:
        self._require_own(target)
        if type(target) is kind:
            return
        if isinstance(target, _NOT_INSTANCES) or not isinstance(target, kind):
            raise Refused(f"adding items to {_describe(target)}")
        self._require_items(type(target))

    # -- numpy ---------------------------------------------------------------------------------

    def _fresh_array(self, reconstruct: Any, args: tuple) -> np.ndarray:
        """An empty array of a named ndarray class, whose state BUILD may set once."""
        subtype = args[0]
        if self._key_of(subtype) is None or not (
            isinstance(subtype, type) and issubclass(subtype, np.ndarray)
        ):
            raise Refused(f"a numpy array of {_describe(subtype)}")
        array = reconstruct(*args)
        self._unbuilt_arrays[id(array)] = array
        return array

    def _built_dtype(self, dtype: Any, what: str) -> np.dtype:
        if not isinstance(dtype, np.dtype):
            raise Refused(f"{what} with {_describe(dtype)} for a dtype")
        if id(dtype) in self._unbuilt:
            raise Refused(f"{what} with a dtype whose state is not set yet")
        return dtype


def _require_finished(callee: Any, args: tuple) -> None:
    """A consumer builtin gets a finished container, never a count or an iterator."""
    if not all(isinstance(arg, _FINISHED) for arg in args):
        raise Refused(f"{_describe(callee)} of {_describe(args[0])}")


def _consumes(cls: type) -> bool:
    # Its __new__ is a consumer builtin's own (a namedtuple's is not: it takes fields).
    return any(cls.__new__ is base.__new__ for base in _CONSUMERS if issubclass(cls, base))


def _require_attribute_state(inst: Any, state: Any) -> None:
    """Without a ``__setstate__`` of its type, pickle sets attributes from the state: then it
    must be a dict (or a dict and a dict of slots) with string keys."""
    if getattr(type(inst), "__setstate__", None) is not None:
        return  # the type reads its own state, as it does from any pickle
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    name = _dotted(qualified(type(inst)))
    for part in (state, slots):
        if part is None:
            continue
        if not isinstance(part, dict) or not all(isinstance(key, str) for key in part):
            raise Refused(f"setting the state of a {name} from {_describe(part)}")
    # Slots are set with setattr, which would reach the class through __class__ and the like.
    if slots and any(key.startswith("__") for key in slots):
        raise Refused(f"setting {sorted(slots)} on a {name}")


def _describe(obj: Any) -> str:
    if isinstance(obj, type):
        return f"the class {obj.__module__}.{obj.__qualname__}"
    if isinstance(obj, types.ModuleType):
        return f"the module {obj.__name__}"
    if callable(obj) and hasattr(obj, "__qualname__"):
        return f"{getattr(obj, '__module__', '?')}.{obj.__qualname__}"
    return f"a {type(obj).__module__}.{type(obj).__qualname__}"


def _plain_call(func: Any, args: tuple) -> Any:
    if isinstance(func, type) and _consumes(func):
        _require_finished(func, args)
    return func(*args)


def _latin1_encode(text: Any, encoding: str = "utf-8") -> bytes:
    """How protocols 0-2 spell bytes; any other codec would be a lookup by name."""
    if not isinstance(text, str) or encoding not in ("latin1", "latin-1"):
        raise Refused(f"_codecs.encode with the {encoding!r} codec")
    return text.encode("latin-1")


_ROLE_WORDS = {"call": "called", "new": "made without its __init__"}


# --- Calls that need their arguments checked ---------------------------------------------------


def _call_reconstructor(unpickler: FigureUnpickler, func: Any, args: tuple) -> Any:
    # copyreg._reconstructor(cls, base, state): protocols 0 and 1's NEWOBJ.
    if len(args) != 3:
        raise Refused("copyreg._reconstructor with other arguments")
    cls, base, state = args
    unpickler._require_new(cls)
    if base is object:
        if state is not None:
            raise Refused("copyreg._reconstructor with a state for object")
        return object.__new__(cls)
    if not (isinstance(base, type) and base in _CONSUMERS and issubclass(cls, base)):
        raise Refused(f"copyreg._reconstructor of {_describe(cls)} from {_describe(base)}")
    _require_finished(base, (state,))
    return func(cls, base, state)


def _call_empty_object(unpickler: FigureUnpickler, func: Any, args: tuple) -> Any:
    # matplotlib.colors._create_empty_object_of_class(cls): cls.__new__(cls).
    if len(args) != 1:
        raise Refused("_create_empty_object_of_class with other arguments")
    unpickler._require_new(args[0])
    return func(*args)


def _call_numpy_reconstruct(unpickler: FigureUnpickler, func: Any, args: tuple) -> Any:
    # numpy's arrays start as an empty array of the right class; BUILD then sets their state.
    if len(args) != 3 or args[1] != (0,) or args[2] not in (b"b", "b"):
        raise Refused("numpy's _reconstruct with other arguments than numpy gives it")
    return unpickler._fresh_array(func, args)


def _call_masked_reconstruct(unpickler: FigureUnpickler, func: Any, args: tuple) -> Any:
    if len(args) != 4 or args[1] is not np.ndarray or args[2] != (0,) or args[3] not in ("b", b"b"):
        raise Refused("numpy.ma's _mareconstruct with other arguments than numpy gives it")
    return unpickler._fresh_array(func, args)


def _call_dtype(unpickler: FigureUnpickler, func: Any, args: tuple) -> Any:
    # numpy.dtype(spec, align, copy): copy=False would hand out the shared dtype of the whole
    # process, which BUILD would then rewrite.
    if not (len(args) == 3 and isinstance(args[0], str) and args[1:] == (False, True)):
        raise Refused("numpy.dtype with other arguments than numpy gives it")
    dtype = func(*args)
    unpickler._unbuilt[id(dtype)] = dtype
    return dtype


def _call_scalar(unpickler: FigureUnpickler, func: Any, args: tuple) -> Any:
    if len(args) not in (1, 2):
        raise Refused("numpy's scalar with other arguments")
    dtype = unpickler._built_dtype(args[0], "a numpy scalar")
    raw = len(args) == 2 and not dtype.hasobject
    if raw and not (isinstance(args[1], bytes) and len(args[1]) == dtype.itemsize):
        raise Refused(f"a numpy scalar of {dtype} from {_describe(args[1])}")
    return func(*args)


def _call_frombuffer(unpickler: FigureUnpickler, func: Any, args: tuple) -> Any:
    # Protocol 5's out-of-band-ready arrays: frombuffer(buffer, dtype).reshape(shape, order).
    if len(args) != 4:
        raise Refused("numpy's _frombuffer with other arguments")
    buffer, dtype, shape, order = args
    dtype = unpickler._built_dtype(dtype, "a numpy array")
    if dtype.hasobject or not isinstance(buffer, (bytes, bytearray, pickle.PickleBuffer)):
        raise Refused(f"a numpy array of {dtype} from {_describe(buffer)}")
    _require_shape(shape)
    if order not in ("C", "F"):
        raise Refused(f"a numpy array in order {order!r}")
    return func(*args)


def _require_shape(shape: Any) -> None:
    if not (isinstance(shape, tuple) and all(type(n) is int and n >= 0 for n in shape)):
        raise Refused(f"a numpy array of shape {shape!r}")


def _call_partial(unpickler: FigureUnpickler, func: Any, args: tuple) -> Any:
    # functools.partial(f): f runs whenever the partial does, so it must be callable here too.
    if len(args) != 1:
        raise Refused("functools.partial with other arguments")
    unpickler._require_callable(args[0])
    return func(*args)


def _call_rules() -> dict[Any, Any]:
    import copyreg

    from matplotlib import colors
    from numpy._core import multiarray, numeric

    return {
        copyreg._reconstructor: _call_reconstructor,
        colors._create_empty_object_of_class: _call_empty_object,
        multiarray._reconstruct: _call_numpy_reconstruct,
        np.ma.core._mareconstruct: _call_masked_reconstruct,
        np.dtype: _call_dtype,
        multiarray.scalar: _call_scalar,
        numeric._frombuffer: _call_frombuffer,
        functools.partial: _call_partial,
    }


_CALL_RULES = _call_rules()


# --- State that needs checking before its type sees it ------------------------------------------


def _build_dtype(unpickler: FigureUnpickler, dtype: np.dtype, state: Any) -> tuple:
    """The state numpy computes for the dtype that `state` describes."""
    if unpickler._unbuilt.pop(id(dtype), None) is None:
        raise Refused("setting the state of a numpy dtype twice, or of one the file did not make")
    canonical = _canonical_dtype(unpickler, dtype, state)
    _, (spec, *_), canonical_state = canonical.__reduce__()
    if spec != dtype.__reduce__()[1][0]:
        raise Refused(f"a numpy dtype {dtype} whose state describes {canonical}")
    return canonical_state


def _canonical_dtype(unpickler: FigureUnpickler, dtype: np.dtype, state: Any) -> np.dtype:
    """The dtype that `state` describes, made through numpy's public constructors (which
    check offsets and sizes and compute the flags themselves)."""
    if not (isinstance(state, tuple) and len(state) in (8, 9)):
        raise Refused(f"a numpy dtype state {_describe(state)}")
    endian, subarray, names, fields, elsize = state[1:6]
    metadata = state[8] if len(state) == 9 else None
    aligned = isinstance(state[7], int) and bool(state[7] & 0x80)  # NPY_ALIGNED_STRUCT
    try:
        if names is not None:
            return _structured_dtype(unpickler, names, fields, elsize, aligned)
        if subarray is not None:
            base, shape = subarray
            _require_shape(shape)
            return np.dtype((unpickler._built_dtype(base, "a numpy subarray"), shape))
        if endian not in ("<", ">", "|", "="):
            raise Refused(f"a numpy dtype with byte order {endian!r}")
        if dtype.kind in "Mm":
            return _datetime_dtype(dtype, endian, metadata)
        if metadata is not None:
            raise Refused("a numpy dtype with metadata")
        if dtype.kind in "SUV" and elsize != dtype.itemsize:
            raise Refused(f"a numpy dtype {dtype} of {elsize!r} bytes")
        return dtype.newbyteorder(endian) if endian in "<>" else np.dtype(dtype.str)
    except (TypeError, ValueError) as error:
        raise Refused(f"a numpy dtype state that numpy rejects ({error})") from None


def _structured_dtype(
    unpickler: FigureUnpickler, names: Any, fields: Any, elsize: Any, aligned: bool
) -> np.dtype:
    if not (
        isinstance(names, tuple)
        and all(isinstance(name, str) for name in names)
        and isinstance(fields, dict)
        and set(fields) == set(names)
        and type(elsize) is int
    ):
        raise Refused("a numpy record dtype with inconsistent fields")
    spec: dict[str, list] = {"names": [], "formats": [], "offsets": []}
    for name in names:
        field = fields[name]
        if not (isinstance(field, tuple) and len(field) == 2 and type(field[1]) is int):
            raise Refused(f"a numpy record field {name!r} of {_describe(field)}")
        spec["names"].append(name)
        spec["formats"].append(unpickler._built_dtype(field[0], "a numpy record field"))
        spec["offsets"].append(field[1])
    return np.dtype({**spec, "itemsize": elsize}, align=aligned)


def _datetime_dtype(dtype: np.dtype, endian: str, metadata: Any) -> np.dtype:
    if not (isinstance(metadata, tuple) and len(metadata) == 2 and metadata[0] is None):
        raise Refused("a numpy datetime dtype without its unit")
    unit, count, *rest = metadata[1]
    if not (isinstance(unit, bytes) and type(count) is int and count > 0 and rest == [1, 1]):
        raise Refused(f"a numpy datetime unit {metadata[1]!r}")
    made = np.dtype(f"{dtype.kind}8[{'' if count == 1 else count}{unit.decode('ascii')}]")
    return made.newbyteorder(endian) if endian in "<>" else made


def _build_array(unpickler: FigureUnpickler, array: np.ndarray, state: Any) -> Any:
    """ndarray.__setstate__((version, shape, dtype, fortran, data)), once, on a new array."""
    unpickler._require_build(type(array))
    _require_new_array(unpickler, array)
    if not (isinstance(state, tuple) and len(state) in (4, 5)):
        raise Refused(f"a numpy array state {_describe(state)}")
    _require_array_data(unpickler, *state[-4:])
    return state


def _require_new_array(unpickler: FigureUnpickler, array: np.ndarray) -> None:
    if unpickler._unbuilt_arrays.pop(id(array), None) is None:
        raise Refused("setting the state of a numpy array twice, or of one the file did not make")


def _require_array_data(
    unpickler: FigureUnpickler, shape: Any, dtype: Any, fortran: Any, data: Any
) -> None:
    _require_shape(shape)
    dtype = unpickler._built_dtype(dtype, "a numpy array")
    if not isinstance(fortran, bool):
        raise Refused("a numpy array whose order is not a bool")
    # Objects come as a list of objects; raw bytes for them would be pointers.
    expected = list if dtype.hasobject else (bytes, bytearray)
    if not isinstance(data, expected):
        raise Refused(f"a numpy array of {dtype} from {_describe(data)}")
    count = int(np.prod(shape, dtype=np.int64))
    if len(data) != (count if dtype.hasobject else count * dtype.itemsize):
        raise Refused(f"a numpy array of shape {shape} and {dtype} from {len(data)} items")


def _build_masked_array(unpickler: FigureUnpickler, array: Any, state: Any) -> Any:
    # MaskedArray.__setstate__((version, shape, dtype, fortran, data, mask, fill_value)); its
    # data are always raw bytes, so a masked array of objects is never safe to rebuild.
    unpickler._require_build(type(array))
    _require_new_array(unpickler, array)
    if not (isinstance(state, tuple) and len(state) == 7):
        raise Refused(f"a numpy masked array state {_describe(state)}")
    _, shape, dtype, fortran, data, mask, _fill = state
    _require_array_data(unpickler, shape, dtype, fortran, data)
    mask_dtype = np.ma.make_mask_descr(dtype)
    if not isinstance(mask, (bytes, bytearray)) or mask_dtype.hasobject:
        raise Refused(f"a numpy mask from {_describe(mask)}")
    if len(mask) != int(np.prod(shape, dtype=np.int64)) * mask_dtype.itemsize:
        raise Refused("a numpy mask of another size than its array")
    return state


def _build_partial(unpickler: FigureUnpickler, partial: Any, state: Any) -> Any:
    # partial.__setstate__((func, args, kwargs, dict)) replaces the function it calls.
    unpickler._require_build(type(partial))
    if not (isinstance(state, tuple) and len(state) == 4):
        raise Refused(f"a functools.partial state {_describe(state)}")
    unpickler._require_callable(state[0])
    return state


def _build_rule(inst: Any) -> Any:
    if isinstance(inst, np.dtype):
        return _build_dtype
    if isinstance(inst, np.ma.MaskedArray):
        return _build_masked_array
    if isinstance(inst, np.ndarray):
        return _build_array
    if isinstance(inst, functools.partial):
        return _build_partial
    return None


class RecordingUnpickler(FigureUnpickler):
    """Plays a trusted pickle through the same loop, recording what each check would need."""

    def __init__(self, file: Any, record: dict[str, set[str]]) -> None:
        super().__init__(file)
        self._record = record

    def _roles(self, key: str) -> str | None:
        return " ".join(sorted(self._record["globals"].get(key, set()))) or ""

    def _require_role(self, key: str, role: str) -> None:
        self._record["globals"].setdefault(key, set()).add(role)

    def find_class(self, module: str, name: str) -> Any:
        module, name = _canonical(module, name)
        self._record["globals"].setdefault(f"{module}:{name}", set())
        return super().find_class(module, name)

    def _require_build(self, cls: type) -> None:
        self._record["build"].add(qualified(cls))

    def _require_method(self, cls: type, name: str) -> None:
        self._record["methods"].add(f"{qualified(cls)}.{name}")

    def _require_items(self, cls: type) -> None:
        self._record["items"].add(qualified(cls))
