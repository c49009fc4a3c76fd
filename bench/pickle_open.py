"""What opening a figure pickle safely costs: the reference figures, pickled, then opened three
ways, in one run:

* ``plain``: `pickle.loads` in this process, what a trusted file gets (and what the app did,
  with a check of each global, before every operation was vetted);
* ``rules``: the figure unpickler in this process (`load_strictly`), without the child;
* ``opened``: `load_figures`, as the app opens an untrusted file: the child process reads it
  (a child started ahead, as the app does), pickles the figures anew, and this process reads
  that with the figure unpickler;
* ``cold``: the same with no child started ahead: the first file dropped on a script's window.

    python -m bench.pickle_open [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "agg")

import matplotlib.pyplot as plt  # noqa: E402

from bench.figures import REFERENCE_FIGURES  # noqa: E402
from webfig_desktop import pickle_sandbox  # noqa: E402
from webfig_desktop.pickles import load_figures, load_strictly  # noqa: E402


def _median_ms(function, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
        plt.close("all")
    return statistics.median(times) * 1000


def _open_ms(path: Path, cold: bool) -> float:
    if cold:
        pickle_sandbox.shutdown()
    else:
        pickle_sandbox.prepare()
        time.sleep(3)  # the child started ahead has loaded its libraries, as in the app
    start = time.perf_counter()
    load_figures(path)
    elapsed = time.perf_counter() - start
    plt.close("all")
    return elapsed * 1000


def measure(reference, folder: Path, rounds: int) -> dict[str, float]:
    data = pickle.dumps(reference.build().figure)
    plt.close("all")
    path = folder / f"{reference.key}.pickle"
    path.write_bytes(data)
    return {
        "kB": len(data) / 1000,
        "plain": _median_ms(lambda: pickle.loads(data), rounds),
        "rules": _median_ms(lambda: load_strictly(data, path.name), rounds),
        "opened": statistics.median(_open_ms(path, cold=False) for _ in range(rounds)),
        "cold": statistics.median(_open_ms(path, cold=True) for _ in range(rounds)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    print(f"Opening a figure pickle, median of {rounds} rounds, in ms")
    print(f"{'figure':<12} {'kB':>8} {'plain':>8} {'rules':>8} {'opened':>8} {'cold':>8}")
    with tempfile.TemporaryDirectory() as folder:
        # The figures that pan: a widget or an animation does not pickle.
        for reference in (r for r in REFERENCE_FIGURES if r.gesture == "pan"):
            row = measure(reference, Path(folder), rounds)
            print(
                f"{reference.key:<12} {row['kB']:>8.0f} {row['plain']:>8.0f} {row['rules']:>8.0f}"
                f" {row['opened']:>8.0f} {row['cold']:>8.0f}"
            )


if __name__ == "__main__":
    main()
