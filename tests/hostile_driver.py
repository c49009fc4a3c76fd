"""Opens files with webfig's loader, one after another in this one process, and reports on each.

Run by tests/test_hostile_pickles.py as ``python hostile_driver.py REQUEST.json``; the request
names an ordinary figure file (the control) and the files to open. The test runs this in a
process of its own, so that a file that crashes or hangs the loader fails the test instead of
ending it.

Before opening anything the driver loads the control once (so that whatever loading imports
and caches is in place), then records what a fresh process looks like:

* every attribute of every class reachable from the modules of matplotlib, mpl_toolkits,
  numpy and dateutil (the value itself, compared by identity afterwards),
* process-wide settings a file could change: sys.modules, os.environ, the working folder, the
  recursion limit, matplotlib's rcParams, copyreg's extension registry,
* a small figure drawn with Agg: its tick labels and the hash of its pixels.

It then opens the control again, and each file, with ``load_figures(path)`` (no trust), and
reports one JSON line per file: whether the loader raised PickleError (and its message), and
every way this process differs from the record afterwards. A file that changes the process
ends the run after its report (the test starts a new driver for the files after it), so that
each problem is blamed on the file that caused it.

Files are opened under an address-space limit of MEMORY_MIB more than the process holds when
the record is made, so that a memory bomb the loader lets through ends in a MemoryError here
instead of in the machine's memory running out.
"""

from __future__ import annotations

import copyreg
import faulthandler
import hashlib
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

PACKAGES = ("matplotlib", "mpl_toolkits", "numpy", "dateutil")
MEMORY_MIB = 768
# Loading a file may take this much more memory than the process ever had (the peak), and no
# more: figures that fit in a test take a few megabytes.
GROWTH_MIB = 256

_MISSING = object()


def main() -> None:
    reports = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)  # whatever the loader or a payload prints goes to stderr, not into the reports
    faulthandler.enable()  # a crash leaves its Python stack in stderr, for the test to show

    def report(**facts: Any) -> None:
        reports.write(json.dumps(facts) + "\n")
        reports.flush()

    request = json.loads(Path(sys.argv[1]).read_text())

    import matplotlib

    matplotlib.use("agg")
    import matplotlib.pyplot  # noqa: F401  (loaded figures may ask pyplot for a manager)

    from webfig_desktop.pickles import PickleError, load_figures

    control = Path(request["control"])
    warm_up = load_figures(control)
    for figure in warm_up:
        draw(figure)
    record = Record()
    limit_memory(MEMORY_MIB)
    report(ready=True, labels=record.labels, **record.sizes())

    for name, path in [("control", control), *request["files"]]:
        report(opening=name)
        started = time.monotonic()
        peak = peak_rss_mib()
        outcome: dict[str, Any] = {}
        problems: list[str] = []
        try:
            figures = load_figures(path)
        except PickleError as error:
            outcome = {"raised": type(error).__name__, "message": str(error)}
            if any(isinstance(e, MemoryError) for e in chain(error)):
                problems.append(f"ran out of memory in this process ({MEMORY_MIB} MiB limit)")
        except BaseException as error:  # a file may raise anything at all
            outcome = {"raised": type(error).__name__, "message": str(error)[:500]}
            problems.append(f"load_figures raised {type(error).__name__}, not a PickleError")
        else:
            outcome = {"figures": len(figures)}
            if name != "control":
                problems.append(f"load_figures returned {len(figures)} figure(s): not refused")
            del figures
        seconds = round(time.monotonic() - started, 2)
        if (growth := peak_rss_mib() - peak) > GROWTH_MIB:
            problems.append(f"this process grew by {growth} MiB while loading it")
        changes = record.changes()
        report(
            file=name,
            seconds=seconds,
            **outcome,
            problems=problems + changes,
            changed=bool(changes),
        )
        if changes:
            return  # this process is no longer a fresh one: the test starts another


def chain(error: BaseException) -> list[BaseException]:
    """The error and every error it was raised from or while handling."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        todo += [e.__cause__, e.__context__]
    return seen


def limit_memory(mib: int) -> None:
    pages = int(Path("/proc/self/statm").read_text().split()[0])
    limit = pages * os.sysconf("SC_PAGE_SIZE") + mib * 2**20
    # The soft limit only: the loader may give a child of its own a limit of its own.
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))


def peak_rss_mib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # KiB on Linux


def draw(figure: Any) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas


def probe() -> tuple[list[str], str]:
    """Tick labels and a pixel hash of a small figure drawn now: the process still works."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(3, 2), dpi=50)
    axes = figure.add_subplot()
    axes.plot([0, 1, 2, 3], [1, 3, 2, 4])
    canvas = draw(figure)
    labels = [t.get_text() for t in axes.get_xticklabels() + axes.get_yticklabels()]
    return labels, hashlib.sha256(bytes(canvas.buffer_rgba())).hexdigest()


def classes() -> dict[type, dict[str, Any]]:
    """Every class reachable from the namespaces of PACKAGES' modules (nested classes too),
    with its attributes."""
    found: dict[type, dict[str, Any]] = {}
    for module_name, module in list(sys.modules.items()):
        if module is None or module_name.partition(".")[0] not in PACKAGES:
            continue
        todo = [v for v in list(vars(module).values()) if isinstance(v, type)]
        while todo:
            cls = todo.pop()
            if cls in found:
                continue
            found[cls] = dict(vars(cls))
            todo += [v for v in found[cls].values() if isinstance(v, type)]
    return found


def process_state() -> dict[str, dict[str, Any]]:
    import matplotlib

    return {
        "sys.modules": dict(sys.modules),
        "os.environ": dict(os.environ),
        "working folder": {"cwd": os.getcwd()},
        "recursion limit": {"limit": sys.getrecursionlimit()},
        "rcParams": dict(matplotlib.rcParams),
        "copyreg extensions": dict(copyreg._extension_registry),
    }


class Record:
    """What this process looked like before any file was opened."""

    def __init__(self) -> None:
        self.labels, self.pixels = probe()
        self.classes = classes()
        self.state = process_state()

    def sizes(self) -> dict[str, int]:
        return {
            "classes": len(self.classes),
            "attributes": sum(map(len, self.classes.values())),
        }

    def changes(self) -> list[str]:
        found = []
        for cls, attributes in self.classes.items():
            now = vars(cls)
            for attr in sorted(set(attributes) | set(now)):
                old, new = attributes.get(attr, _MISSING), now.get(attr, _MISSING)
                if old is not new:
                    name = f"{cls.__module__}.{cls.__qualname__}.{attr}"
                    found.append(f"class attribute {name} changed: {_short(old)} -> {_short(new)}")
        state = process_state()
        for what, before in self.state.items():
            now = state[what]
            for key in sorted(set(before) | set(now), key=str):
                old, new = before.get(key, _MISSING), now.get(key, _MISSING)
                replaced = old is not new if what == "sys.modules" else _differ(old, new)
                # New modules are only imports; any other new key is a change.
                if replaced and not (what == "sys.modules" and old is _MISSING):
                    found.append(f"{what}[{key!r}] changed: {_short(old)} -> {_short(new)}")
        try:
            labels, pixels = probe()
        except BaseException as error:
            found.append(f"cannot draw a figure any more: {type(error).__name__}: {error}")
        else:
            if labels != self.labels:
                found.append(f"a new figure's tick labels are now {labels}, not {self.labels}")
            elif pixels != self.pixels:
                found.append("a new figure draws different pixels")
        return found


def _differ(old: Any, new: Any) -> bool:
    try:
        return bool(old != new)
    except Exception:
        return old is not new


def _short(value: Any) -> str:
    if value is _MISSING:
        return "(none)"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


if __name__ == "__main__":
    main()
