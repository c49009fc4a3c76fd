"""The benchmark's picture: visual updates per second during a pan against the figure's draw
time, ours beside WebAgg's and QtAgg's, from the JSON that ``bench.run --json`` wrote.

    python -m bench.plot RESULTS.json PICTURE.png
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

VIEWERS = [
    ("ours", "webfig-desktop", "tab:blue", "fps"),
    ("webagg", "WebAgg", "tab:orange", "fps"),
    ("qtagg", "QtAgg", "tab:green", "updates_per_s"),
]


def plot(results: dict, picture: Path) -> None:
    rows = [row for row in results["rows"] if "qtagg" in row]
    figure, axes = plt.subplots(figsize=(6.4, 4), layout="constrained")
    for key, label, colour, rate in VIEWERS:
        for dpr, marker in ((1, "o"), (2, "s")):
            points = [
                (row["agg"]["update_ms"], row[key][rate])
                for row in rows
                if row["dpr"] == dpr and row.get(key)
            ]
            if points:
                axes.scatter(
                    *zip(*points, strict=True),
                    color=colour,
                    marker=marker,
                    label=f"{label}, pixel ratio {dpr}",
                )
    draw_ms = sorted(row["agg"]["update_ms"] for row in rows)
    if draw_ms:
        # What a viewer that shows only the figure's own draws can reach.
        span = [draw_ms[0] * 0.8, draw_ms[-1] * 1.25]
        axes.plot(span, [1000 / ms for ms in span], color="0.6", ls="--", label="1 / draw time")
    axes.set(
        xscale="log",
        yscale="log",
        xlabel="the figure's Agg draw, ms",
        ylabel="visual updates per second during a pan",
        title="Pan drag, same machine and run",
    )
    plain = FuncFormatter(lambda value, _: f"{value:g}")
    for axis in (axes.xaxis, axes.yaxis):
        axis.set_major_formatter(plain)
        axis.set_minor_formatter(plain)
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.savefig(picture, dpi=100)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("picture", type=Path)
    options = parser.parse_args(argv)
    plot(json.loads(options.results.read_text()), options.picture)


if __name__ == "__main__":
    main()
