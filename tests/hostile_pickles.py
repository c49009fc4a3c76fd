"""A corpus of hostile pickle files, and a harness that proves each one harmful.

Every entry of `HOSTILE` is a file that does real harm when plain `pickle.load` reads it: it
runs a program, writes or deletes a file, corrupts memory, changes classes for the rest of the
process, hangs, or takes all the memory there is. `prove_hostile` shows the harm by loading the
file with plain pickle in a throwaway process, so a loader that refuses these files is known to
refuse real attacks, not duds.

The files are written opcode by opcode (see "Writing pickles by hand"), so each one reads as
the sequence of calls it makes. Their payloads aim at the files of a `Targets` folder of their
own: a marker file that appears if the payload ran, a victim file it may delete, a readable file
and a FIFO it may open. The folders are named by absolute path, because whoever opens a file
(the loader, a child process of it) may run in any working directory.

Groups, by the kind of global a figure loader would have to allow for them to work:

A. classic gadgets: os, subprocess, builtins, importlib, runpy, ctypes, ... which no figure
   holds; refusing them by name is enough.
B. memory corruption with numpy's own array and dtype reconstructors.
C. class tampering: BUILD on a matplotlib *class* (not an instance) sets its attributes for the
   whole process, while the file still returns an ordinary figure.
D. crashes and hangs with builtins, itertools, dateutil and matplotlib classes.
E. memory bombs with builtins and itertools, and one with no global at all.
"""

from __future__ import annotations

import bz2
import codecs
import contextlib
import ctypes
import enum
import io
import json
import os
import pickle
import queue
import re
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# --- What a file does, and how its harm is recognised ----------------------------------------


class Proof(str, enum.Enum):
    """How the harness recognises a file's harm after plain pickle.load has read it."""

    MARKER = "the marker file was created"
    DELETED = "the victim file was deleted"
    SIGNAL = "the process was killed by a signal"
    EXIT = "the process ended in the middle of pickle.load"
    HANG = "pickle.load never returned"
    MEMORY = "the process ran out of memory"
    TAMPERED = "a class, module or process setting changed"
    OPENED = "a file the pickle names was opened"


@dataclass(frozen=True)
class Hostile:
    name: str
    data: bytes
    harm: str  # what plain pickle.load does with the file
    proof: Proof
    # For Proof.TAMPERED: "module:expression", evaluated in that module before and after the
    # load; the harm is that its value changed.
    watch: str = ""


@dataclass(frozen=True)
class Targets:
    """The paths one file's payload aims at: made before the file is opened, checked after."""

    root: Path

    @property
    def marker(self) -> Path:
        # Payloads that save figures or arrays add a suffix: any file named marker* counts.
        return self.root / "payload-ran"

    @property
    def victim(self) -> Path:
        return self.root / "victim" / "keep.txt"

    @property
    def named_file(self) -> Path:
        return self.root / "named-file"

    @property
    def named_pipe(self) -> Path:
        return self.root / "named-pipe"

    @property
    def folders(self) -> list[Path]:
        return [self.root, self.victim.parent]

    def prepare(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        self.victim.parent.mkdir(parents=True)
        self.victim.write_text("the user's work\n")
        self.named_file.write_text("a file of the user's, not a time zone\n")
        os.mkfifo(self.named_pipe)

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def markers(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.name.startswith(self.marker.name))


# Per process, so that two test runs at once do not share targets.
TARGET_ROOT = Path(tempfile.gettempdir()) / f"webfig-hostile-targets-{os.getpid()}"


def slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._]+", "-", name).strip("-")


def targets_for(name: str) -> Targets:
    return Targets(TARGET_ROOT / slug(name))


# --- Writing pickles by hand -----------------------------------------------------------------


class Op:
    """Opcodes that leave one object on the unpickler's stack."""

    def __init__(self, code: bytes) -> None:
        self.code = code


def push(value: Any) -> bytes:
    """Opcodes that push *value*: an Op as it is, containers item by item, the rest as data."""
    if isinstance(value, Op):
        return value.code
    if isinstance(value, tuple):
        return pickle.MARK + b"".join(map(push, value)) + pickle.TUPLE
    if isinstance(value, list):
        return pickle.MARK + b"".join(map(push, value)) + pickle.LIST
    if isinstance(value, dict):
        items = b"".join(push(k) + push(v) for k, v in value.items())
        return pickle.MARK + items + pickle.DICT
    return pickled_piece(value)


def pickled_piece(value: Any) -> bytes:
    """Plain data as pickle writes it, without PROTO, STOP or memo opcodes (which would shift
    the memo indices of the opcodes around them)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=3)
    pickler.fast = True  # no memo
    pickler.dump(value)
    return buffer.getvalue()[2:-1]


def an_object(value: Any) -> Op:
    """Any picklable *value* as pickle writes it, memo and all (indices from 0): for files that
    use no other memo."""
    return Op(pickle.dumps(value, protocol=3)[2:-1])


def global_(module: str, name: str) -> Op:
    """GLOBAL: the text form of a global, as protocols 0-3 write it."""
    return Op(pickle.GLOBAL + f"{module}\n{name}\n".encode())


def stack_global(module: str, name: str) -> Op:
    """STACK_GLOBAL: protocol 4's form, in which *name* may be dotted (an attribute path)."""
    return Op(push(module) + push(name) + pickle.STACK_GLOBAL)


def call(func: Any, *args: Any) -> Op:
    """REDUCE: func(*args)."""
    return Op(push(func) + push(args) + pickle.REDUCE)


def build(obj: Any, state: Any) -> Op:
    """BUILD: obj.__setstate__(state), or, without one, setattr for each item of the state."""
    return Op(push(obj) + push(state) + pickle.BUILD)


def getattr_(obj: Any, name: str) -> Op:
    return call(global_("builtins", "getattr"), obj, name)


def then(*steps: Any) -> Op:
    """Each step in turn, keeping only the last one's object."""
    return Op(pickle.POP.join(push(step) for step in steps))


def setitem(mapping: Any, key: Any, value: Any) -> Op:
    """SETITEM: mapping[key] = value, on whatever mapping is pushed (a global one, even)."""
    return Op(push(mapping) + push(key) + push(value) + pickle.SETITEM)


def put(obj: Any, index: int) -> Op:
    return Op(push(obj) + pickle.BINPUT + bytes([index]))


def get(index: int) -> Op:
    return Op(pickle.BINGET + bytes([index]))


def file_of(obj: Any, protocol: int = 4) -> bytes:
    return pickle.PROTO + bytes([protocol]) + push(obj) + pickle.STOP


def touch(t: Targets) -> str:
    """A shell command that creates the marker file."""
    return f"touch {shlex.quote(str(t.marker))}"


def python(t: Targets) -> str:
    """A Python expression that creates the marker file."""
    return f"open({str(t.marker)!r}, 'w').close()"


def a_figure() -> Any:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 3))
    axes = figure.add_subplot()
    axes.plot([0, 1, 2, 3], [1, 3, 2, 4])
    axes.set_title("an ordinary figure")
    return figure


def an_ordinary_figure_file() -> bytes:
    return pickle.dumps(a_figure(), protocol=4)


# --- The corpus --------------------------------------------------------------------------------

HOSTILE: dict[str, Hostile] = {}


def hostile(name: str, harm: str, proof: Proof, watch: str = "") -> Callable:
    """Registers a file: the decorated function writes it, aimed at the targets it is given."""

    def register(make: Callable[[Targets], bytes]) -> Callable[[Targets], bytes]:
        assert name not in HOSTILE and slug(name) not in map(slug, HOSTILE), name
        HOSTILE[name] = Hostile(name, make(targets_for(name)), harm, proof, watch)
        return make

    return register


# A. Classic gadgets ------------------------------------------------------------------------


@hostile("os.system", "runs a shell command (protocol 0: text opcodes only)", Proof.MARKER)
def _(t: Targets) -> bytes:
    # GLOBAL os system, MARK, UNICODE command, TUPLE, REDUCE, STOP
    command = touch(t).encode("raw_unicode_escape")
    return b"cos\nsystem\n(V" + command + b"\ntR."


@hostile("posix.system", "runs a shell command, naming os.system by its real module", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(stack_global("posix", "system"), touch(t)))


@hostile("os.popen", "runs a shell command through a pipe", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("os", "popen"), touch(t)))


@hostile("subprocess.Popen", "starts a program", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("subprocess", "Popen"), ["touch", str(t.marker)]))


@hostile("subprocess.run", "runs a program", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("subprocess", "run"), ["touch", str(t.marker)]))


@hostile("subprocess.check_output", "runs a program", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("subprocess", "check_output"), ["touch", str(t.marker)]))


@hostile("INST subprocess.call", "runs a program, through the INST opcode", Proof.MARKER)
def _(t: Targets) -> bytes:
    # INST: MARK args INST module\nname\n -- calls module.name(*args)
    return pickle.MARK + push(["touch", str(t.marker)]) + b"isubprocess\ncall\n" + pickle.STOP


@hostile("OBJ subprocess.check_call", "runs a program, through the OBJ opcode", Proof.MARKER)
def _(t: Targets) -> bytes:
    # OBJ: MARK callable args OBJ -- calls callable(*args)
    args = push(global_("subprocess", "check_call")) + push(["touch", str(t.marker)])
    return b"\x80\x02" + pickle.MARK + args + pickle.OBJ + pickle.STOP


@hostile("pydoc.pipepager", "runs a shell command as a 'pager'", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("pydoc", "pipepager"), "", touch(t)))


@hostile("builtins.eval", "evaluates Python code", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("builtins", "eval"), python(t)))


@hostile("builtins.exec", "executes Python code", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("builtins", "exec"), python(t)))


@hostile("builtins.compile", "compiles Python code, then executes it", Proof.MARKER)
def _(t: Targets) -> bytes:
    code = call(global_("builtins", "compile"), python(t), "<pickle>", "exec")
    return file_of(call(global_("builtins", "exec"), code))


@hostile("builtins.__import__", "imports os and calls os.system through getattr", Proof.MARKER)
def _(t: Targets) -> bytes:
    os_module = call(global_("builtins", "__import__"), "os")
    return file_of(call(getattr_(os_module, "system"), touch(t)))


@hostile("__builtin__.open", "creates a file (Python 2's name for builtins)", Proof.MARKER)
def _(t: Targets) -> bytes:
    # Protocols 0-2 map Python 2 names to Python 3 ones: this is builtins.open.
    return file_of(call(global_("__builtin__", "open"), str(t.marker), "w"), protocol=2)


@hostile(
    "getattr function.__globals__",
    "from a matplotlib function, walks __globals__ to its module's os, then calls os.system",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    function = global_("matplotlib.cbook", "_exception_printer")
    os_module = call(getattr_(getattr_(function, "__globals__"), "get"), "os")
    return file_of(call(getattr_(os_module, "system"), touch(t)))


@hostile(
    "getattr Figure.savefig",
    "builds a Figure, takes its bound savefig method and saves onto a path of its choosing",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    from matplotlib.figure import Figure

    return file_of(call(getattr_(an_object(Figure()), "savefig"), str(t.marker)))


@hostile(
    "builtins.setattr",
    "replaces Axes.plot with None for the rest of the process",
    Proof.TAMPERED,
    watch="matplotlib.axes:Axes.plot",
)
def _(t: Targets) -> bytes:
    return file_of(
        call(global_("builtins", "setattr"), global_("matplotlib.axes", "Axes"), "plot", None)
    )


@hostile(
    "STACK_GLOBAL matplotlib.cbook os.system",
    "reaches os.system as a dotted name inside matplotlib.cbook",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    return file_of(call(stack_global("matplotlib.cbook", "os.system"), touch(t)))


@hostile(
    "STACK_GLOBAL matplotlib.cbook subprocess.run",
    "reaches subprocess.run as a dotted name inside matplotlib.cbook",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    return file_of(
        call(stack_global("matplotlib.cbook", "subprocess.run"), ["touch", str(t.marker)])
    )


@hostile(
    "STACK_GLOBAL os.path os.system",
    "names the module os.path, then the dotted name os.system inside it",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    return file_of(call(stack_global("os.path", "os.system"), touch(t)))


@hostile(
    "STACK_GLOBAL matplotlib.cbook __builtins__.get",
    "fetches exec from a matplotlib module's __builtins__ and executes Python code",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    exec_ = call(stack_global("matplotlib.cbook", "__builtins__.get"), "exec")
    return file_of(call(exec_, python(t)))


@hostile(
    "NEWOBJ types.CodeType, NEWOBJ_EX types.FunctionType",
    "assembles a code object and a function from bytecode in the file, then calls it",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    code = compile(python(t), "<pickle>", "exec")
    fields = [
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
        "co_stacksize", "co_flags", "co_code", "co_consts", "co_names", "co_varnames",
        "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_linetable",
        "co_exceptiontable", "co_freevars", "co_cellvars",
    ]  # fmt: skip
    if sys.version_info < (3, 11):
        fields = [f for f in fields if f not in ("co_qualname", "co_exceptiontable")]
    args = tuple(getattr(code, f) for f in fields)
    # NEWOBJ: cls.__new__(cls, *args); NEWOBJ_EX: cls.__new__(cls, *args, **kwargs)
    code_object = Op(push(global_("types", "CodeType")) + push(args) + pickle.NEWOBJ)
    function = Op(
        push(global_("types", "FunctionType"))
        + push((code_object, {}))
        + push({})
        + pickle.NEWOBJ_EX
    )
    return file_of(call(function))


@hostile(
    "marshal.loads", "loads a code object from bytes in the file and executes it", Proof.MARKER
)
def _(t: Targets) -> bytes:
    import marshal

    code = marshal.dumps(compile(python(t), "<pickle>", "exec"))
    return file_of(call(global_("builtins", "exec"), call(global_("marshal", "loads"), code)))


def rot13(text: str) -> str:
    return codecs.encode(text, "rot13")


@hostile(
    "_codecs.encode rot13",
    "decodes a hidden payload through _codecs.encode (which protocols 0-2 use, with latin1, to "
    "spell bytes) with the rot13 codec, then evaluates it",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    hidden = put(call(global_("_codecs", "encode"), rot13(python(t)), "rot13"), 0)
    return file_of(then(hidden, call(global_("builtins", "eval"), get(0))))


_BZ2_CHUNK = 2**23


@hostile(
    "_codecs.decode bz2",
    "decompresses 1 GiB of zeros from a few kilobytes with the bz2 codec",
    Proof.MEMORY,
)
def _(t: Targets) -> bytes:
    # bz2 decompresses concatenated streams: 128 streams of 8 MiB of zeros each.
    bomb = bz2.compress(bytes(_BZ2_CHUNK)) * (2**30 // _BZ2_CHUNK)
    return file_of(call(global_("_codecs", "decode"), bomb, "bz2_codec"))


@hostile("importlib.import_module", "imports os and calls os.system", Proof.MARKER)
def _(t: Targets) -> bytes:
    os_module = call(global_("importlib", "import_module"), "os")
    return file_of(call(getattr_(os_module, "system"), touch(t)))


@hostile("shutil.rmtree", "deletes a folder of the user's", Proof.DELETED)
def _(t: Targets) -> bytes:
    return file_of(call(global_("shutil", "rmtree"), str(t.victim.parent)))


def os_system_file(t: Targets) -> bytes:
    return file_of(call(global_("os", "system"), touch(t)))


@hostile(
    "pickle.loads",
    "unpickles a second pickle, with no checks, from bytes in the file",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    return file_of(call(global_("pickle", "loads"), os_system_file(t)))


@hostile(
    "numpy.load",
    "numpy.load(allow_pickle=True): unpickles a second pickle with no checks",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    inner = call(global_("io", "BytesIO"), os_system_file(t))
    return file_of(call(global_("numpy", "load"), inner, None, True))


@hostile("numpy.testing.measure", "a numpy test helper that executes Python code", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("numpy.testing", "measure"), python(t)))


@hostile(
    "matplotlib.cbook._check_and_log_subprocess",
    "a matplotlib helper that runs programs",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    logger = call(global_("logging", "getLogger"), "hostile")
    run = global_("matplotlib.cbook", "_check_and_log_subprocess")
    return file_of(call(run, ["touch", str(t.marker)], logger))


@hostile("matplotlib.pyplot.savefig", "writes a file where the pickle says", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("matplotlib.pyplot", "savefig"), str(t.marker)))


@hostile(
    "STACK_GLOBAL matplotlib.figure Figure.savefig",
    "calls Figure.savefig, as a dotted name, on a Figure of the file: writes a file",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    from matplotlib.figure import Figure

    savefig = stack_global("matplotlib.figure", "Figure.savefig")
    return file_of(call(savefig, an_object(Figure()), str(t.marker)))


@hostile(
    "matplotlib.use",
    "switches the whole process to another backend",
    Proof.TAMPERED,
    watch="matplotlib:rcParams._get('backend')",
)
def _(t: Targets) -> bytes:
    return file_of(call(global_("matplotlib", "use"), "svg"))


@hostile(
    "matplotlib.backends.backend_pdf.PdfFile",
    "a matplotlib class whose constructor creates the file it is given",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    return file_of(call(global_("matplotlib.backends.backend_pdf", "PdfFile"), str(t.marker)))


@hostile("runpy._run_code", "executes Python code", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(global_("runpy", "_run_code"), python(t), {}))


@hostile("runpy.run_path", "writes a Python script, then runs it", Proof.MARKER)
def _(t: Targets) -> bytes:
    script = str(t.root / "script.py")
    write = call(getattr_(call(global_("pathlib", "Path"), script), "write_text"), python(t))
    return file_of(then(write, call(global_("runpy", "run_path"), script)))


@hostile(
    "webbrowser.open",
    "starts the user's browser on an address of its choosing (the harness's browser is touch)",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    return file_of(call(global_("webbrowser", "open"), str(t.marker)))


@hostile("ctypes.CDLL", "calls the C library's system() through ctypes", Proof.MARKER)
def _(t: Targets) -> bytes:
    libc = call(global_("ctypes", "CDLL"), None)
    return file_of(call(getattr_(libc, "system"), touch(t).encode()))


@hostile("ctypes.string_at", "reads memory at address 16: a segmentation fault", Proof.SIGNAL)
def _(t: Targets) -> bytes:
    return file_of(call(global_("ctypes", "string_at"), 16))


@hostile(
    "sys.modules",
    "puts the os module in sys.modules as 'json': every later `import json` gets os",
    Proof.TAMPERED,
    watch="sys:modules.get('json')",
)
def _(t: Targets) -> bytes:
    return file_of(setitem(global_("sys", "modules"), "json", global_("posixpath", "os")))


@hostile(
    "copyreg.add_extension",
    "registers os.system as extension code 240 for every later pickle, then calls it via EXT1",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    register = call(global_("copyreg", "add_extension"), "os", "system", 240)
    os_system = Op(pickle.EXT1 + bytes([240]))
    return file_of(then(register, call(os_system, touch(t))))


@hostile(
    "copyreg._reconstructor",
    "runs subprocess.Popen.__init__ as the 'base class initialiser' of an object",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    popen = global_("subprocess", "Popen")
    reconstruct = global_("copyreg", "_reconstructor")
    return file_of(call(reconstruct, popen, popen, ["touch", str(t.marker)]))


@hostile("functools.partial", "wraps os.system in a partial, then calls it", Proof.MARKER)
def _(t: Targets) -> bytes:
    return file_of(call(call(global_("functools", "partial"), global_("os", "system"), touch(t))))


@hostile(
    "operator.attrgetter",
    "gets os.system from the os.path module with attrgetter('os.system'), then calls it",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    getter = call(global_("operator", "attrgetter"), "os.system")
    return file_of(call(call(getter, global_("os", "path")), touch(t)))


@hostile(
    "operator.methodcaller",
    "calls methodcaller('system', command) on the os module (found as posixpath.os)",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    caller = call(global_("operator", "methodcaller"), "system", touch(t))
    return file_of(call(caller, global_("posixpath", "os")))


@hostile("timeit.Timer", "compiles Python code into a Timer and times one run of it", Proof.MARKER)
def _(t: Targets) -> bytes:
    timer = call(global_("timeit", "Timer"), python(t))
    return file_of(call(getattr_(timer, "timeit"), 1))


@hostile(
    "atexit.register",
    "leaves os.system to run when the process exits, long after the file was closed",
    Proof.MARKER,
)
def _(t: Targets) -> bytes:
    return file_of(call(global_("atexit", "register"), global_("os", "system"), touch(t)))


@hostile("os.kill", "kills the process that reads it (SIGKILL to its own pid)", Proof.SIGNAL)
def _(t: Targets) -> bytes:
    return file_of(call(global_("os", "kill"), call(global_("os", "getpid")), int(signal.SIGKILL)))


@hostile("os._exit", "ends the process on the spot, unsaved work and all", Proof.EXIT)
def _(t: Targets) -> bytes:
    return file_of(call(global_("os", "_exit"), 3))


@hostile(
    "os.environ",
    "sets PATH to a folder of its choosing: every later program is looked up there",
    Proof.TAMPERED,
    watch="os:environ.get('PATH')",
)
def _(t: Targets) -> bytes:
    return file_of(setitem(global_("os", "environ"), "PATH", str(t.root)))


# B. Memory corruption with numpy's reconstructors -------------------------------------------


def a_dtype(spec: str, state: tuple) -> Op:
    """A dtype as numpy pickles one: numpy.dtype(spec, False, True), then BUILD state."""
    return build(call(global_("numpy", "dtype"), spec, False, True), state)


def an_array(dtype: Op, shape: tuple, raw: bytes) -> Op:
    """An ndarray as numpy pickles one: _reconstruct, then BUILD with the raw bytes."""
    empty = call(
        global_("numpy._core.multiarray", "_reconstruct"), global_("numpy", "ndarray"), (0,), b"b"
    )
    return build(empty, (1, shape, dtype, False, raw))


@hostile(
    "numpy object dtype with forged flags",
    "an 'O8' dtype whose flags no longer say it holds objects, so an array of it is rebuilt "
    "from 16 raw bytes of the file: two object pointers (0x10, 0x18); list() touches them and "
    "the process dies with SIGSEGV",
    Proof.SIGNAL,
)
def _(t: Targets) -> bytes:
    # (version, byte order, subarray, names, fields, item size, alignment, flags): numpy's
    # own state for O8 has flags 63 (holds references, must be pickled as a list, ...).
    forged = a_dtype("O8", (3, "|", None, None, None, -1, -1, 0))
    pointers = struct.pack("<QQ", 0x10, 0x18)
    return file_of(call(global_("builtins", "list"), an_array(forged, (2,), pointers)))


@hostile(
    "numpy structured dtype with a field at 2**52",
    "an 8-byte structured dtype whose field lies 2**52 bytes past the item; list() of an array "
    "of it reads there and the process dies with SIGSEGV",
    Proof.SIGNAL,
)
def _(t: Targets) -> bytes:
    # At 2**30, as first reported, the read lands in memory that a process with matplotlib
    # loaded often has mapped: it then returns garbage instead of crashing (seen in the
    # loader's process), which no check here can tell from a refusal. 2**52 is past every
    # address a process can map, on x86-64 and arm64 alike.
    float64 = a_dtype("f8", (3, "<", None, None, None, -1, -1, 0))
    far = a_dtype("V8", (3, "|", None, ("a",), {"a": (float64, 2**52)}, 8, 1, 16))
    return file_of(call(global_("builtins", "list"), an_array(far, (1,), bytes(8))))


# C. Class tampering through BUILD on a class -------------------------------------------------


def then_an_ordinary_figure(tampering: Op) -> bytes:
    """A file that does *tampering* first, then returns an ordinary figure."""
    figure = an_ordinary_figure_file()
    assert figure[:2] == b"\x80\x04"
    return b"\x80\x04" + tampering.code + pickle.POP + figure[2:]


@hostile(
    "BUILD on ScalarFormatter",
    "sets ScalarFormatter.__call__ for the whole process (tick labels then read 10.0, 10.5, "
    "11.0, ... for 0.0, 0.5, 1.0, ...), and returns an ordinary Figure",
    Proof.TAMPERED,
    watch="matplotlib.ticker:ScalarFormatter.__call__",
)
def _(t: Targets) -> bytes:
    # BUILD with state (None, slots) does setattr(obj, key, value) for each slot item, and the
    # obj here is the class itself, fetched as a global.
    fake = call(global_("matplotlib.ticker", "StrMethodFormatter"), "1{x:.1f}")
    scalar_formatter = global_("matplotlib.ticker", "ScalarFormatter")
    return then_an_ordinary_figure(build(scalar_formatter, (None, {"__call__": fake})))


@hostile(
    "BUILD on Line2D",
    "sets Line2D.draw = None for the whole process (no figure with a line draws again), and "
    "returns an ordinary Figure",
    Proof.TAMPERED,
    watch="matplotlib.lines:Line2D.draw",
)
def _(t: Targets) -> bytes:
    line2d = global_("matplotlib.lines", "Line2D")
    return then_an_ordinary_figure(build(line2d, (None, {"draw": None})))


# D. Crashes and hangs -------------------------------------------------------------------------

NESTED_SLICES = 10**6


@hostile(
    "a million nested slices",
    "slice(slice(slice(...))) a million deep: loads, then overflows the C stack while being "
    "freed (SIGSEGV)",
    Proof.SIGNAL,
)
def _(t: Targets) -> bytes:
    # The slice type is pushed once per level first, then each level wraps the one inside it:
    # four bytes a level.
    types_ = global_("builtins", "slice").code + pickle.BINPUT + b"\x00"
    types_ += (pickle.BINGET + b"\x00") * (NESTED_SLICES - 1)
    wrap = pickle.TUPLE1 + pickle.REDUCE
    return b"\x80\x02" + types_ + pickle.NONE + wrap * NESTED_SLICES + pickle.STOP


@hostile(
    "set(itertools.count(0, 0))",
    "collects an endless stream of zeros into a set: loops forever in constant memory",
    Proof.HANG,
)
def _(t: Targets) -> bytes:
    return file_of(call(global_("builtins", "set"), call(global_("itertools", "count"), 0, 0)))


@hostile(
    "dateutil tzfile on a FIFO",
    "dateutil's tzfile opens the path the file names; a FIFO blocks the open forever",
    Proof.HANG,
)
def _(t: Targets) -> bytes:
    return file_of(call(global_("dateutil.tz.tz", "tzfile"), str(t.named_pipe)))


@hostile(
    "dateutil tzfile on a readable file",
    "dateutil's tzfile opens and reads any path the file names",
    Proof.OPENED,
)
def _(t: Targets) -> bytes:
    return file_of(call(global_("dateutil.tz.tz", "tzfile"), str(t.named_file)))


@hostile(
    "matplotlib mathtext fonts on a readable file",
    "matplotlib._mathtext.DejaVuSansFonts, given FontProperties(fname=path), opens any path "
    "the file names as its font",
    Proof.OPENED,
)
def _(t: Targets) -> bytes:
    from matplotlib.font_manager import FontProperties

    font = an_object(FontProperties(fname=str(t.named_file)))
    return file_of(call(global_("matplotlib._mathtext", "DejaVuSansFonts"), font, 0))


# E. Memory bombs ------------------------------------------------------------------------------


@hostile("list(itertools.count())", "an endless list: grows until memory runs out", Proof.MEMORY)
def _(t: Targets) -> bytes:
    return file_of(call(global_("builtins", "list"), call(global_("itertools", "count"))))


@hostile("bytearray(2**30)", "allocates and zeroes 1 GiB", Proof.MEMORY)
def _(t: Targets) -> bytes:
    return file_of(call(global_("builtins", "bytearray"), 2**30))


@hostile("NEWOBJ bytes(2**30)", "bytes.__new__(bytes, 2**30): allocates 1 GiB", Proof.MEMORY)
def _(t: Targets) -> bytes:
    return file_of(Op(push(global_("builtins", "bytes")) + push((2**30,)) + pickle.NEWOBJ))


@hostile(
    "frozenset(range(10**10))",
    "ten billion integers into a frozenset: grows until memory runs out",
    Proof.MEMORY,
)
def _(t: Targets) -> bytes:
    numbers = call(global_("builtins", "range"), 10**10)
    return file_of(call(global_("builtins", "frozenset"), numbers))


@hostile(
    "LONG_BINPUT 2**27",
    "no global at all: storing one None at memo index 2**27 makes the C unpickler grow its memo "
    "table to 2**28 entries and zero them -- 2 GiB from a 9-byte file",
    Proof.MEMORY,
)
def _(t: Targets) -> bytes:
    return b"\x80\x02" + pickle.NONE + pickle.LONG_BINPUT + struct.pack("<I", 2**27) + pickle.STOP


# --- Watching files from outside the process that touches them ----------------------------------


class FileWatch:
    """Linux inotify on some folders: which of their files any process opened, created,
    changed or deleted since the watch began (reads alone are not changes, opens are)."""

    _KINDS = {
        0x00000002: "modified",
        0x00000004: "changed the attributes of",
        0x00000020: "opened",
        0x00000040: "moved away",
        0x00000080: "moved in",
        0x00000100: "created",
        0x00000200: "deleted",
    }

    def __init__(self, folders: list[Path]) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self._folders: dict[int, Path] = {}
        mask = sum(self._KINDS)
        for folder in folders:
            wd = self._libc.inotify_add_watch(self._fd, os.fsencode(folder), mask)
            if wd < 0:
                raise OSError(ctypes.get_errno(), f"cannot watch {folder}")
            self._folders[wd] = folder
        self._seen: list[tuple[Path, str]] = []

    def events(self) -> list[tuple[Path, str]]:
        """Every (path, what happened to it) so far, oldest first."""
        while True:
            try:
                chunk = os.read(self._fd, 1 << 16)
            except BlockingIOError:
                return list(self._seen)
            offset = 0
            while offset < len(chunk):
                wd, mask, _, length = struct.unpack_from("iIII", chunk, offset)
                raw = chunk[offset + 16 : offset + 16 + length].rstrip(b"\0")
                offset += 16 + length
                if not raw or wd not in self._folders:
                    continue  # the folder itself (listing it), not a file in it
                kinds = [kind for bit, kind in self._KINDS.items() if mask & bit]
                self._seen.append((self._folders[wd] / os.fsdecode(raw), "/".join(kinds)))

    def close(self) -> None:
        os.close(self._fd)

    def __enter__(self) -> FileWatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- Running a child that reports in JSON lines ------------------------------------------------


class Child:
    """A Python child in its own session, reporting one JSON object per line on stdout."""

    def __init__(self, argv: list[str], *, cwd: Path, log: Path, env: dict[str, str]) -> None:
        with open(log, "wb") as stderr:
            self.process = subprocess.Popen(
                argv,
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                start_new_session=True,  # so that it and whatever it starts can be killed
            )
        self.log = log
        self._messages: queue.Queue[dict | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with contextlib.suppress(ValueError):
                message = json.loads(line)
                if isinstance(message, dict):
                    self._messages.put(message)
        self._messages.put(None)

    def next_message(self, timeout: float) -> dict | None:
        """The next report; None once the child has closed its output (it ended)."""
        try:
            return self._messages.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError from None

    def state(self) -> str:
        """What a child that does not answer is doing: running, or blocked, and where."""
        try:
            stat = Path(f"/proc/{self.process.pid}/stat").read_text()
            wchan = Path(f"/proc/{self.process.pid}/wchan").read_text().strip()
        except OSError:
            return "unknown"
        state = stat.rpartition(")")[2].split()[0]
        if state == "R":
            return "busy on the processor"
        return f"blocked in the kernel ({wchan})" if wchan not in ("", "0") else "waiting"

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stderr_tail(self, lines: int = 6) -> str:
        text = self.log.read_text(errors="replace").strip().splitlines()
        return "\n".join(text[-lines:])

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:
            self.kill()
        # Whatever it started and left behind goes too (its session is its process group).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        if self.process.stdout is not None:
            self.process.stdout.close()


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        MPLBACKEND="agg",  # never a window, whatever display the tests have
        # The user's browser, as far as webbrowser knows: `touch URL` shows it was started.
        BROWSER="touch",
    )
    return env


# --- Proving the harm under plain pickle ---------------------------------------------------------

# Plain pickle.load in a throwaway process. Reports go to a private copy of stdout; the
# payload's own output goes to stderr.
_PLAIN_LOAD = r"""
import importlib, json, os, pickle, resource, sys

reports = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)


def report(**facts):
    reports.write(json.dumps(facts) + "\n")
    reports.flush()


path, memory_mib, watch = sys.argv[1], int(sys.argv[2]), sys.argv[3]
# The limit is on address space, counted from what this process holds now.
pages = int(open("/proc/self/statm").read().split()[0])
limit = pages * os.sysconf("SC_PAGE_SIZE") + memory_mib * 2**20
resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
if watch:
    module, _, expression = watch.partition(":")
    namespace = vars(importlib.import_module(module))
    before = eval(expression, namespace)
report(loading=True)
loaded = None
try:
    with open(path, "rb") as file:
        loaded = pickle.load(file)
except BaseException as error:
    report(raised=f"{type(error).__name__}: {error}"[:300], memory=isinstance(error, MemoryError))
else:
    report(loaded=f"{type(loaded).__module__}.{type(loaded).__qualname__}")
if watch:
    after = eval(expression, namespace)
    report(changed=bool(after is not before and after != before), now=repr(after)[:120])
# What any program does with what it loaded: looks at it, then lets it go.
try:
    repr(loaded)
except Exception:
    pass
del loaded
# Programs the payload started are waited for, so that what they do is done when we look.
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
report(done=True)
"""

MEMORY_LIMIT_MIB = 768
STARTUP_SECONDS = 60
# How long pickle.load must go on before it counts as never returning: any time at all shows
# an endless loop or a blocked open, and the harness waits on nothing else for these files.
HANG_SECONDS = 3
# Every other file is done with in well under a second; this only bounds a surprise.
LOAD_SECONDS = 60


def prove_hostile(h: Hostile, tmp: Path) -> str:
    """Load *h* with plain pickle in a throwaway process and describe the harm it did.

    The process has no stdin, an address-space limit of MEMORY_LIMIT_MIB more than it starts
    with, and a deadline. Raises AssertionError if the harm *h* promises is not seen.
    """
    targets = targets_for(h.name)
    targets.prepare()
    path = tmp / f"{slug(h.name)}.pickle"
    path.write_bytes(h.data)
    argv = [sys.executable, "-c", _PLAIN_LOAD, str(path), str(MEMORY_LIMIT_MIB), h.watch]
    # Only the files that open a named file need a watch: inotify instances are few per user.
    watch = FileWatch(targets.folders) if h.proof is Proof.OPENED else None
    try:
        log = tmp / f"{slug(h.name)}.stderr"
        with Child(argv, cwd=tmp, log=log, env=child_env()) as child:
            facts, hung = _follow(child, h.proof)
            returncode = child.process.wait()
            stderr = child.stderr_tail()
        events = watch.events() if watch else []
        if "loading" not in facts:
            raise AssertionError(f"{h.name}: Python ended before pickle.load\n{stderr}")
        observed = _harm_observed(targets, facts, hung, returncode, events)
    finally:
        if watch:
            watch.close()
        targets.remove()
    if h.proof in observed:
        return observed[h.proof]
    seen = "; ".join(observed.values()) or "no harm at all"
    outcome = facts.get("raised") or facts.get("loaded") or f"exit status {returncode}"
    raise AssertionError(
        f"{h.name}: plain pickle.load was to show that {h.proof.value}, but it did not "
        f"(it gave {outcome}; seen: {seen})\n{stderr}"
    )


def _follow(child: Child, proof: Proof) -> tuple[dict[str, Any], str]:
    """The child's reports until it ends, and how it hung if pickle.load outlived its time."""
    facts: dict[str, Any] = {}
    deadline = STARTUP_SECONDS
    while True:
        try:
            message = child.next_message(deadline)
        except TimeoutError:
            state = child.state()
            child.kill()
            if "loading" not in facts:
                raise AssertionError(f"Python did not start in {deadline} s") from None
            return facts, f"still in pickle.load after {deadline} s, {state}"
        if message is None:
            return facts, ""
        facts.update(message)
        if "loading" in message:
            deadline = HANG_SECONDS if proof is Proof.HANG else LOAD_SECONDS


def _harm_observed(
    targets: Targets,
    facts: dict[str, Any],
    hung: str,
    returncode: int,
    events: list[tuple[Path, str]],
) -> dict[Proof, str]:
    observed: dict[Proof, str] = {}
    if markers := targets.markers():
        observed[Proof.MARKER] = f"created {', '.join(markers)}"
    if not targets.victim.exists():
        observed[Proof.DELETED] = f"deleted {targets.victim.parent.name}/{targets.victim.name}"
    if hung:
        observed[Proof.HANG] = hung
    elif returncode < 0:
        observed[Proof.SIGNAL] = f"killed by {signal.Signals(-returncode).name}"
    elif "loaded" not in facts and "raised" not in facts:
        observed[Proof.EXIT] = f"the process ended (status {returncode}) inside pickle.load"
    if facts.get("memory"):
        observed[Proof.MEMORY] = f"MemoryError under a {MEMORY_LIMIT_MIB} MiB limit"
    if facts.get("changed"):
        returned = facts.get("loaded", "nothing")
        observed[Proof.TAMPERED] = f"now {facts['now']} (pickle.load returned a {returned})"
    named = (targets.named_file, targets.named_pipe)
    if opened := sorted({p.name for p, kind in events if p in named and "opened" in kind}):
        observed[Proof.OPENED] = f"opened {', '.join(opened)}"
    return observed


def write_all(folder: Path) -> dict[str, Path]:
    """Every file of the corpus in *folder*, by name."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, h in HOSTILE.items():
        paths[name] = folder / f"{slug(name)}.pickle"
        paths[name].write_bytes(h.data)
    return paths


@contextlib.contextmanager
def prepared_targets(names: list[str]) -> Iterator[list[Targets]]:
    """Fresh targets for the files named; removed afterwards."""
    targets = [targets_for(name) for name in names]
    for t in targets:
        t.prepare()
    try:
        yield targets
    finally:
        for t in targets:
            t.remove()
        with contextlib.suppress(OSError):
            TARGET_ROOT.rmdir()
