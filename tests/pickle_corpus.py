"""A corpus of pickled figures made by real code, for testing the safe unpickler on them.

Sources: every static example of matplotlib's own gallery, of the installed matplotlib version
(taken from its sdist, which ships ``galleries/examples/``), and the small pandas, seaborn and
cartopy scripts in ``tests/corpus_figures/``. Each script runs in its own subprocess under Agg,
from its own folder as sphinx-gallery runs it, through a runner that pickles every figure at
each ``plt.show()`` and at the end of the script, once per protocol. The scripts run unchanged.
Then every kind of figure of tests/figure_kinds.py, as the app saves it and at every protocol.

    python -m tests.pickle_corpus build OUT_DIR [--slice ci|full] [--jobs N]

writes ``OUT_DIR/<source path>.<figure>.p<protocol>.pickle`` files and ``OUT_DIR/manifest.json``:
``files`` (each pickle file with its ``source``, e.g. ``gallery/pyplots/pyplot_simple.py#1``,
its ``protocol``, ``library`` and size), ``unpicklable`` (figures that ``pickle.dumps`` refused,
with the error), ``skipped`` (scripts not run, or stopped by something missing here, with the
reason), ``failed`` (scripts that raised anything else, or timed out) and ``ran``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import traceback
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

SIMPLE_JSON = "application/vnd.pypi.simple.v1+json"  # PEP 691
PROTOCOLS = {"full": (2, 3, 4, 5), "ci": (2, 5)}
CI_EVERY = 5  # the ci slice runs every 5th static gallery example (sorted by path)
# Seconds per script. The slowest, style_sheets_reference (29 figures), takes 20 s on an idle
# core and was seen to pass 60 s on a busy machine.
TIMEOUT = 180
FIGURES = Path(__file__).parent / "corpus_figures"
# Gallery folders whose examples are about interaction or motion: a pickle is a still figure.
INTERACTIVE = ("animation", "event_handling", "widgets", "user_interfaces")
GUI_TOOLKITS = ("tkinter", "PyQt", "PySide", "gi", "wx", "cairo", "macosx")
NO_NETWORK = "network access is disabled in the figure corpus"
# Examples elsewhere that cannot run without a GUI, and say so by failing some other way.
NEEDS_GUI = {
    "gallery/misc/multiprocess_sgskip.py": "needs a GUI event loop (its timer feeds the plots)",
}


# -- matplotlib's gallery, from the sdist of the installed version -------------------------------


def gallery_folder() -> Path:
    """``galleries/examples`` of the installed matplotlib's sdist, downloaded once and cached."""
    mpl_version = version("matplotlib")
    cache = _cache_dir() / f"matplotlib-{mpl_version}"
    examples = cache / "examples"
    if not examples.is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        _extract_examples(_sdist(mpl_version, cache), examples)
    return examples


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "webfig-desktop-tests"


def _index_url() -> str:
    """pip's own index (no host is named here): its environment, its config, its default."""
    if url := os.environ.get("PIP_INDEX_URL"):
        return url
    config = subprocess.run(
        [sys.executable, "-m", "pip", "config", "get", "global.index-url"],
        capture_output=True,
        text=True,
    )
    if config.returncode == 0 and config.stdout.strip():
        return config.stdout.strip()
    from pip._internal.models.index import PyPI

    return PyPI.simple_url


def _sdist(mpl_version: str, cache: Path) -> Path:
    """The sdist tarball, from the index's JSON simple API (PEP 691), checked by its sha256."""
    tarball = cache / f"matplotlib-{mpl_version}.tar.gz"
    if tarball.exists():
        return tarball
    page = _index_url().rstrip("/") + "/matplotlib/"
    request = urllib.request.Request(page, headers={"Accept": SIMPLE_JSON})
    with urllib.request.urlopen(request, timeout=60) as response:
        files = json.load(response)["files"]
    entry = next((f for f in files if f["filename"] == tarball.name), None)
    if entry is None:
        raise RuntimeError(f"the package index has no {tarball.name}")
    partial = tarball.with_name(tarball.name + ".part")
    url = urllib.parse.urljoin(page, entry["url"])  # PEP 691 allows relative URLs
    with urllib.request.urlopen(url, timeout=300) as response, partial.open("wb") as out:
        shutil.copyfileobj(response, out)
    digest = hashlib.sha256(partial.read_bytes()).hexdigest()
    if digest != entry["hashes"]["sha256"]:
        partial.unlink()
        raise RuntimeError(f"{tarball.name}: sha256 {digest} is not the index's")
    return partial.rename(tarball)


def _extract_examples(tarball: Path, examples: Path) -> None:
    # Into a temporary folder first, so that an interrupted extraction is never taken as done.
    prefix = tarball.name.removesuffix(".tar.gz") + "/galleries/examples/"
    with tempfile.TemporaryDirectory(dir=examples.parent) as tmp, tarfile.open(tarball) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith(prefix)]
        tar.extractall(tmp, members=members, filter="data")
        Path(tmp, prefix).rename(examples)


# -- running one script ------------------------------------------------------------------------


def _run_script(script: Path, stem: Path, protocols: list[int], result: Path) -> None:
    """In the subprocess: run `script` as ``__main__``, pickling its figures to `stem`.*."""
    import runpy
    import socket

    import matplotlib.pyplot as plt

    def no_network(*args, **kwargs):
        raise OSError(NO_NETWORK)

    # Fail fast and the same everywhere, instead of reaching out where a network exists.
    socket.getaddrinfo = no_network
    figures: list[dict] = []

    def pickle_open_figures(*args, **kwargs) -> None:
        # A real blocking show() returns once the user closed the windows: close them too.
        for num in plt.get_fignums():
            fig = plt.figure(num)
            fig.canvas.draw()  # a shown figure has been drawn; a failure is the script's
            n = len(figures) + 1
            try:
                data = {p: pickle.dumps(fig, protocol=p) for p in protocols}
            except Exception as exc:
                error = re.sub(r" at 0x[0-9a-f]+", "", f"{type(exc).__name__}: {exc}")
                figures.append({"figure": n, "error": error})  # no address: same text every build
                continue
            for p, blob in data.items():
                Path(f"{stem}.{n}.p{p}.pickle").write_bytes(blob)
            figures.append({"figure": n, "protocols": protocols})
        plt.close("all")

    plt.show = pickle_open_figures
    sys.path[0] = str(script.parent)  # as `python script.py` would have it, not this file's
    sys.argv = [script.name]
    error = None
    try:
        runpy.run_path(str(script), run_name="__main__")
        pickle_open_figures()
    except BaseException as exc:  # SystemExit too: the script's end, whatever it says
        error = "".join(traceback.format_exception_only(exc)).strip()
    result.write_text(json.dumps({"figures": figures, "error": error}))


def _run(script: Path, source: str, out_dir: Path, protocols: tuple[int, ...]) -> dict:
    """Run one script in its own subprocess; what it made, or why it made nothing."""
    stem = out_dir / source.removesuffix(".py")
    stem.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MPLBACKEND": "agg"}
    env.pop("DISPLAY", None)  # no window, on a desktop or under CI's Xvfb alike
    env.pop("WAYLAND_DISPLAY", None)
    with tempfile.TemporaryDirectory() as tmp:
        # A copy of the script's folder: some examples save files where they run.
        cwd = shutil.copytree(script.parent, Path(tmp, "cwd"))
        result = Path(tmp, "result.json")
        args = [str(cwd / script.name), str(stem), ",".join(map(str, protocols)), str(result)]
        try:
            proc = subprocess.run(
                [sys.executable, __file__, "run", *args],
                cwd=cwd,
                env=env,
                stdout=subprocess.DEVNULL,  # one example writes a PNG there
                stderr=subprocess.PIPE,
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return {"figures": [], "error": f"timed out after {TIMEOUT} s"}
        if not result.exists():
            stderr = proc.stderr.decode(errors="replace")[-500:]
            return {"figures": [], "error": f"exit status {proc.returncode}: {stderr}"}
        return json.loads(result.read_text())


def _skip_reason(error: str) -> str | None:
    """Why a script that raised `error` cannot run here, if that is what it says."""
    if NO_NETWORK in error:
        return "needs the network"
    if missing := re.search(r"No module named '([\w.]+)'", error):
        name = missing[1].split(".")[0]
        kind = "a GUI toolkit" if name.startswith(GUI_TOOLKITS) else "a library"
        return f"needs {kind} that is not installed: {name}"
    if "interactive framework" in error or "Cannot load backend" in error:
        return "needs a GUI toolkit"
    if program := re.search(r"because (\w+) could not be found", error):
        return f"needs a program that is not installed: {program[1]}"
    return None


# -- the corpus --------------------------------------------------------------------------------


def _scripts(slice: str) -> list[tuple[str, Path]]:
    """(source, path) of every script of the slice: the gallery sorted by path, then ours."""
    gallery = gallery_folder()
    examples = {f"gallery/{p.relative_to(gallery).as_posix()}": p for p in gallery.rglob("*.py")}
    scripts = sorted(examples.items())
    if slice == "ci":
        scripts = [item for item in scripts if not _static_skip(item[0])][::CI_EVERY]
    ours = sorted(FIGURES.glob("*.py"))
    return scripts + [(f"corpus_figures/{p.name}", p) for p in ours]


def _static_skip(source: str) -> str | None:
    """Why a script is not run at all, if it is not."""
    folder = source.split("/")[1]
    if source.startswith("gallery/") and folder in INTERACTIVE:
        return f"interactive gallery folder {folder}/"
    return NEEDS_GUI.get(source)


def _library(source: str) -> str:
    if source.startswith("corpus_figures/"):
        return source.removeprefix("corpus_figures/").split("_")[0]
    return "matplotlib"


def build_corpus(out_dir: Path, *, slice: str = "full", jobs: int = 2) -> list[dict]:
    """Pickle every figure of the slice's scripts into `out_dir`; the manifest's pickle files."""
    protocols = PROTOCOLS[slice]
    scripts = _scripts(slice)
    for folder in ("gallery", "corpus_figures"):  # drop an earlier build's files
        shutil.rmtree(out_dir / folder, ignore_errors=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest: dict = {"matplotlib": version("matplotlib"), "slice": slice, "protocols": protocols}
    manifest.update(ran=[], files=[], unpicklable=[], skipped=[], failed=[])

    def one(item: tuple[str, Path]) -> tuple[str, dict | None]:
        source, script = item
        if _static_skip(source):
            return source, None
        return source, _run(script, source, out_dir, protocols)

    with ThreadPoolExecutor(jobs) as pool:
        for source, outcome in pool.map(one, scripts):
            _record(manifest, source, outcome, out_dir)
    manifest["files"] += _app_figures(out_dir, protocols)
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest["files"]


def _app_figures(out_dir: Path, protocols: tuple[int, ...]) -> list[dict]:
    """Every kind of figure the app's tests make, drawn, as the app saves it (`save_figure`)
    and at protocols 0 and 1 too: pickles from Python 2's time spell objects differently."""
    from tests.figure_kinds import FIGURE_KINDS
    from webfig_desktop.pickles import save_figure

    folder = out_dir / "app"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    files = []
    for kind, make in FIGURE_KINDS.items():
        figure = make()
        figure.canvas.draw()
        source = f"app/figure_kinds.py#{kind}"
        save_figure(figure, folder / f"{kind}.saved.pickle")
        files.append({"file": f"app/{kind}.saved.pickle", "source": source, "protocol": None})
        for p in (0, 1, *protocols):
            (folder / f"{kind}.p{p}.pickle").write_bytes(pickle.dumps(figure, protocol=p))
            files.append({"file": f"app/{kind}.p{p}.pickle", "source": source, "protocol": p})
    return [{**entry, "library": "matplotlib"} for entry in files]


def _record(manifest: dict, source: str, outcome: dict | None, out_dir: Path) -> None:
    if outcome is None:
        manifest["skipped"].append({"source": source, "reason": _static_skip(source)})
        return
    for fig in outcome["figures"]:
        figure = f"{source}#{fig['figure']}"
        if "error" in fig:
            manifest["unpicklable"].append({"source": figure, "error": fig["error"]})
            continue
        for p in fig["protocols"]:
            file = f"{source.removesuffix('.py')}.{fig['figure']}.p{p}.pickle"
            size = (out_dir / file).stat().st_size
            entry = {"file": file, "source": figure, "protocol": p, "library": _library(source)}
            manifest["files"].append({**entry, "bytes": size})
    error = outcome["error"]
    if reason := error and _skip_reason(error):
        manifest["skipped"].append({"source": source, "reason": reason})
        return
    manifest["ran"].append(source)  # to its end, or to an error of its own
    if error:
        manifest["failed"].append({"source": source, "error": error})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build the corpus into OUT_DIR")
    build.add_argument("out_dir", type=Path)
    build.add_argument("--slice", choices=sorted(PROTOCOLS), default="full")
    build.add_argument("--jobs", type=int, default=2)
    run = commands.add_parser("run", help="(internal) run one script, pickling its figures")
    run.add_argument("script", type=Path)
    run.add_argument("stem")
    run.add_argument("protocols")
    run.add_argument("result", type=Path)
    args = parser.parse_args(argv)
    if args.command == "run":
        protocols = [int(p) for p in args.protocols.split(",")]
        _run_script(args.script, Path(args.stem), protocols, args.result)
        return 0
    build_corpus(args.out_dir, slice=args.slice, jobs=args.jobs)
    manifest = json.loads((args.out_dir / "manifest.json").read_text())
    print(_summary(manifest))
    return 1 if manifest["failed"] else 0


def _summary(manifest: dict) -> str:
    files = manifest["files"]
    figures = {f["source"] for f in files}
    lines = [
        f"{len(manifest['ran'])} scripts ran",
        f"{len(files)} pickle files of {len(figures)} figures",
        f"{len(manifest['unpicklable'])} figures could not be pickled",
    ]
    reasons = Counter(s["reason"] for s in manifest["skipped"])
    lines += [f"{n} skipped: {reason}" for reason, n in sorted(reasons.items())]
    lines += [f"failed: {f['source']}: {f['error']}" for f in manifest["failed"]]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
