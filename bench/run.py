"""The benchmark: what the user sees of ours, of WebAgg and of QtAgg, in one run.

    python -m bench.run [--json PATH] [--figures KEY,...] [--dpr 1 2] [--skip-startup]
                        [--skip-qtagg] [--quick]

For each reference figure (bench/figures.py) it serves the figure from a real figure host
(bench/serve_ours.py) and from matplotlib's WebAgg (bench/serve_webagg.py), and drives both
pages, taking turns, in the same headless Chromium at each device pixel ratio with the same
viewport (bench/page.py): paints per second on the canvas during a continuous gesture, the
settle after a drag's release, event-to-pixels latency of single moves, bytes per frame on the
wire. The pan figures are dragged in a real QtAgg window under Xvfb too (bench/qtagg_pan.py).
The figure's update is timed alone in a fresh Agg process (bench/agg_limit.py). Both servers
report when they draw and encode (bench/instrument.py), which splits our latency into its
stages. Then it times start-up and memory of ours against QtAgg under Xvfb (bench/startup.py).
It prints the tables, judges the targets, and writes everything as JSON if asked.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as `python bench/run.py`: make the checkout importable, as `python -m` would.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import Browser, Playwright, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from bench import page as pages
from bench import qtagg_pan
from bench.figures import BY_KEY, REFERENCE_FIGURES, ReferenceFigure
from bench.instrument import SpanReader
from bench.processes import REPO, free_port, python, python_env
from bench.serve_ours import URL_PREFIX
from webfig_desktop.harness.app_process import AppProcess
from webfig_desktop.harness.browser import CHROMIUM, launch_chromium
from webfig_desktop.harness.x_session import XSession

SERVER_TIMEOUT = 60.0

# The targets the pipeline is held to.
PAN_UPDATES = 50.0  # visual updates per second during a pan or zoom drag
LATENCY_P50_MS = 25.0  # input to changed pixels
BLIT_FPS = 60.0
GESTURE_RUNS = 3
STARTUP_VS_QTAGG = 1.5
# QtAgg's screen is big enough for the reference figures at ratio 2.
QTAGG_SCREEN = (1800, 1400)


_STARTED = time.monotonic()


def _log(message: str) -> None:
    print(f"[{time.monotonic() - _STARTED:5.0f} s] {message}", file=sys.stderr, flush=True)


def _chromium() -> str:
    return os.environ.get("BENCH_CHROMIUM") or CHROMIUM


def agg_limits(key: str, ratios: list[float]) -> dict[float, dict[str, Any]]:
    """The Agg limit and our stage costs of figure `key`, timed in a fresh Agg process."""
    child = AppProcess(
        [python(), "-m", "bench.agg_limit", key, "--dpr", *map(str, ratios)],
        python_env(MPLBACKEND="Agg"),
        cwd=REPO,
    )
    try:
        line = child.wait_for_line("[", timeout=300)
    finally:
        child.stop()
    return {entry["ratio"]: entry for entry in json.loads(line)}


class Browsers:
    """One headless Chromium per device pixel ratio, each shared by our page and WebAgg's.

    The ratio is given to Chromium itself as well as to Playwright's context: with Playwright's
    emulation alone, ResizeObserver's device-pixel sizes stay at ratio 1, and WebAgg (which
    sizes its canvas from them) then draws a 2x frame into a 1x canvas.
    """

    def __init__(self, playwright: Playwright) -> None:
        self._playwright = playwright
        self._browsers: dict[float, Browser] = {}

    def get(self, ratio: float) -> Browser:
        if ratio not in self._browsers:
            self._browsers[ratio] = launch_chromium(
                self._playwright, [f"--force-device-scale-factor={ratio:g}"], _chromium()
            )
        return self._browsers[ratio]

    def close(self) -> None:
        for browser in self._browsers.values():
            browser.close()
        self._browsers.clear()


@dataclass
class FigureServer:
    """A figure served by ours or by WebAgg in a child process, with its page's URL."""

    kind: str
    child: AppProcess
    url: str
    spans: SpanReader = field(default_factory=SpanReader)

    def idle_for(self) -> float:
        """Seconds since the server last drew or encoded (0 while it does)."""
        self.spans.feed(self.child.take_lines())
        return self.spans.idle_for()

    def take_spans(self) -> list[tuple[str, float, float]]:
        """The spans (name, start, end) the server reported since last asked."""
        self.spans.feed(self.child.take_lines())
        return self.spans.take()


def _median(results: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The result of median frames per second, with all it measured."""
    ordered = sorted(results, key=lambda result: result["fps"])
    return {**ordered[len(ordered) // 2], "fps_runs": [result["fps"] for result in ordered]}


def stage_times(spans: list[tuple[str, float, float]], runs: int = 1) -> dict[str, float]:
    """Median milliseconds of the draw and encode spans, and how many of each there were in
    each of `runs` gestures."""
    times: dict[str, list[float]] = {}
    for name, start, end in spans:
        times.setdefault(name, []).append(end - start)
    result: dict[str, float] = {}
    for name, values in times.items():
        result[f"server_{name}_count"] = len(values) / runs
        if name in ("draw", "encode"):
            result[f"server_{name}_ms"] = statistics.median(values)
    return result


def _first(spans, name: str, after: float, before: float):
    found = [span for span in spans if span[0] == name and after <= span[1] <= before]
    return min(found, key=lambda span: span[1]) if found else None


def latency_stages(
    timeline: list[dict[str, float]], spans: list[tuple[str, float, float]]
) -> dict[str, float] | None:
    """Where our latency goes, median ms per stage, from the page's times and the host's spans.

    Stages of one move: to the host (the page sends the event on its socket), queued (until
    the main thread takes it), update (the figure handles the event, draws or blits, and
    publishes the frame), wake (the socket's news picks the frame up), encode (diff, crop, PNG),
    to the page (the message travels), decode + draw (the page decodes and paints it).
    """
    stages: dict[str, list[float]] = {}
    for sample in timeline:
        moved, drawn, arrived = sample["moved"], sample["drawn"], sample["arrived"]
        if arrived is None:
            continue
        received = _first(spans, "input", moved - 1, drawn)
        dispatched = received and _first(spans, "dispatch", received[1], drawn)
        # The frame made for this move is published after the move was dispatched.
        published = dispatched and _first(spans, "publish", dispatched[1], drawn)
        encoded = [s for s in spans if s[0] == "encode" and s[2] <= arrived + 1]
        if not published or not encoded:
            continue
        encoded = max(encoded, key=lambda span: span[2])
        values = {
            "to_host": received[1] - moved,
            "queued": dispatched[1] - received[2],
            "update": published[2] - dispatched[1],
            "wake": encoded[1] - published[2],
            "encode": encoded[2] - encoded[1],
            "to_page": arrived - encoded[2],
            "decode_draw": drawn - arrived,
            # Everything but the figure's own update: what the pipeline adds to Agg.
            "overhead": (drawn - moved) - (published[2] - dispatched[1]),
        }
        for name, value in values.items():
            stages.setdefault(name, []).append(value)
    if not stages:
        return None
    return {name: statistics.median(values) for name, values in stages.items()}


def start_server(kind: str, key: str) -> FigureServer:
    """Serve figure `key` with our host or with WebAgg; returns once its page can be loaded."""
    if kind == "ours":
        argv = [python(), "-m", "bench.serve_ours", key]
        env = python_env(MPLBACKEND="webfig")
    else:
        argv = [python(), "-m", "bench.serve_webagg", key, str(free_port())]
        env = python_env(MPLBACKEND="WebAgg")
    child = AppProcess(argv, env, cwd=REPO)
    try:
        url = child.wait_for_line(URL_PREFIX, SERVER_TIMEOUT).removeprefix(URL_PREFIX)
        return FigureServer(kind, child, url)
    except BaseException:
        child.stop()
        raise


def measure_page(
    browsers: Browsers,
    server: FigureServer,
    reference: ReferenceFigure,
    agg: dict[str, Any],
    quick: bool,
) -> dict[str, Any]:
    """Frames per second, latency and bytes per frame of one page at one ratio; `quick`: with
    gestures too short to measure anything but that it all works."""
    update = agg["update_ms"] / 1000
    # Long enough for a fair count of frames, short enough for the whole run's time budget.
    # Quick: long enough for a frame or two of a heavy figure on a busy machine.
    seconds = (0.5, 2.0) if quick else (2.0, 4.5)
    samples = 2 if quick else min(max(int(2.5 / (update + 0.2)), 3), 8)
    ratio = agg["ratio"]
    figure_page = pages.open_page(
        browsers.get(ratio),
        server.kind,
        server.url,
        reference.size,
        ratio,
        server.idle_for,
        animated=reference.gesture == "watch",
    )
    try:
        fx, fy, fw, fh = agg["axes_fraction"]
        center = figure_page.point(fx + fw / 2, fy + fh / 2)
        width, height = reference.size
        radius = 0.25 * min(fw * width, fh * height)
        server.take_spans()  # forget what loading the page cost
        # The median of a few gestures: these machines are shared, and one gesture can meet a
        # neighbour's burst of work.
        runs = 1 if quick else GESTURE_RUNS
        if reference.gesture == "watch":
            watched = _median(pages.watch(figure_page, seconds[0]) for _ in range(runs))
            return {**watched, **stage_times(server.take_spans(), runs)}
        button = reference.gesture == "pan"
        if button:
            pages.select_pan(figure_page)
        result = _median(
            pages.continuous_gesture(figure_page, center, radius, seconds, button)
            for _ in range(runs)
        )
        result.update(stage_times(server.take_spans(), runs))
        if button:
            result.update(pages.settle(figure_page, center, radius, rounds=2 if quick else 5))
        result.update(
            pages.step_latency(figure_page, center, samples, button, timeout=max(3.0, 20 * update))
        )
        if server.kind == "ours":
            result["latency_stages"] = latency_stages(
                result["latency_timeline"], server.take_spans()
            )
        if button:
            pages.release_pan(figure_page)
        return result
    finally:
        figure_page.close()


class Servers:
    """The figure servers of one reference figure, by kind, restarted on demand."""

    def __init__(self, key: str) -> None:
        self.key = key
        self._running: dict[str, FigureServer] = {}

    def get(self, kind: str) -> FigureServer:
        if kind not in self._running:
            self._running[kind] = start_server(kind, self.key)
        return self._running[kind]

    def stop(self, kind: str | None = None) -> None:
        for name in [kind] if kind else list(self._running):
            server = self._running.pop(name, None)
            if server is not None:
                server.child.stop()


def measure_with_retry(
    browsers: Browsers,
    servers: Servers,
    kind: str,
    reference: ReferenceFigure,
    agg: dict,
    quick: bool,
) -> dict[str, Any]:
    """`measure_page`, once more with a fresh server if the page fails to come up or respond."""
    try:
        return measure_page(browsers, servers.get(kind), reference, agg, quick)
    except (pages.PageNotReady, TimeoutError, PlaywrightError) as error:
        # A page that fails says nothing of speed; a second failure is reported as is.
        _log(f"  {error}; again with a fresh server")
        servers.stop(kind)
        return measure_page(browsers, servers.get(kind), reference, agg, quick)


def measure_figure(
    browsers: Browsers,
    reference: ReferenceFigure,
    ratios: list[float],
    ours_first: bool,
    quick: bool,
    display: XSession | None,
) -> list[dict[str, Any]]:
    """Every measurement of one reference figure, one row per device pixel ratio; QtAgg's pan
    on `display`, if given."""
    _log(f"{reference.key}: Agg limit")
    limits = agg_limits(reference.key, ratios)
    rows = {
        ratio: {"figure": reference.key, "dpr": ratio, "agg": limits[ratio]} for ratio in ratios
    }
    kinds = ["ours", "webagg"] if ours_first else ["webagg", "ours"]
    servers = Servers(reference.key)
    try:
        if reference.gesture == "watch":
            # An animation runs in its host whether a page watches or not: one server at a
            # time, so that the one measured has the machine to itself.
            for kind in kinds:
                for ratio in ratios:
                    _log(f"{reference.key}: {kind} at ratio {ratio:g}")
                    rows[ratio][kind] = measure_with_retry(
                        browsers, servers, kind, reference, limits[ratio], quick
                    )
                servers.stop(kind)
        else:
            # Idle servers cost nothing: both run, and their pages take turns at each ratio,
            # so that a change in the machine's load hits both alike.
            for k, ratio in enumerate(ratios):
                for kind in kinds if k % 2 == 0 else kinds[::-1]:
                    _log(f"{reference.key}: {kind} at ratio {ratio:g}")
                    rows[ratio][kind] = measure_with_retry(
                        browsers, servers, kind, reference, limits[ratio], quick
                    )
    finally:
        servers.stop()
    if reference.gesture == "pan" and display is not None:
        for ratio in ratios:
            _log(f"{reference.key}: qtagg at ratio {ratio:g}")
            rows[ratio]["qtagg"] = qtagg_pan.measure(
                display, reference.key, ratio, seconds=1.0 if quick else 3.0
            )
    return [rows[ratio] for ratio in ratios]


# -- judging and printing --------------------------------------------------------------------


def judge(row: dict[str, Any], gesture: str) -> dict[str, bool | None]:
    """Pass (True), fail (False) or not applicable (None) for each target."""
    ours, webagg = row["ours"], row["webagg"]
    verdicts: dict[str, bool | None] = dict.fromkeys(["updates", "latency", "settle", "blit_fps"])
    if gesture == "pan":
        verdicts["updates"] = ours["fps"] >= PAN_UPDATES
        if ours.get("settle_ms") is not None and webagg.get("settle_ms") is not None:
            verdicts["settle"] = ours["settle_ms"] <= webagg["settle_ms"]
    else:
        verdicts["blit_fps"] = meets_blit_fps(ours)
    if ours.get("latency_median_ms") is not None:
        verdicts["latency"] = ours["latency_median_ms"] <= LATENCY_P50_MS
    return verdicts


def meets_blit_fps(result: dict[str, Any]) -> bool:
    """Whether blitted frames came at BLIT_FPS: every frame of a 60 Hz display. The rate is
    timed from the first frame to the last, which each land anywhere in their display frame,
    so a page that drew every one can read up to one frame short: 59.9 a second over 240."""
    return result["fps"] >= BLIT_FPS * (1 - 1 / max(result["frames"], 1))


def _num(value: float | None, digits: int = 0) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _verdict(value: bool | None) -> str:
    return "-" if value is None else "ok" if value else "FAIL"


TABLE_HEAD = (
    f"{'figure':<11}{'dpr':>4} | {'updates/s ours':>14} {'webagg':>6} {'qtagg':>5} | "
    f"{'p50/p95 ms ours':>15} {'webagg':>9} {'qtagg':>9} | {'settle ms ours':>14} "
    f"{'webagg':>6} {'qtagg':>5} | {'KB/frame ours':>13} {'webagg':>6} | {'draw ms':>7} | "
    f"{'>=50/s':>6} {'p50':>4} {'settle':>6} {'blit60':>6}"
)


def format_row(row: dict[str, Any]) -> str:
    ours, webagg, agg = row["ours"], row["webagg"], row["agg"]
    qtagg = row.get("qtagg") or {}
    v = row["verdicts"]

    def latency(median: float | None, p95: float | None) -> str:
        return "-" if median is None else f"{median:.0f}/{p95:.0f}"

    def kilobytes(result: dict[str, Any]) -> str:
        value = result["bytes_per_frame"]
        return "-" if value is None else f"{value / 1024:.1f}"

    return (
        f"{row['figure']:<11}{row['dpr']:>4g} | {_num(ours['fps'], 1):>14} "
        f"{_num(webagg['fps'], 1):>6} {_num(qtagg.get('updates_per_s'), 1):>5} | "
        f"{latency(ours.get('latency_median_ms'), ours.get('latency_p95_ms')):>15} "
        f"{latency(webagg.get('latency_median_ms'), webagg.get('latency_p95_ms')):>9} "
        f"{latency(qtagg.get('latency_p50_ms'), qtagg.get('latency_p95_ms')):>9} | "
        f"{_num(ours.get('settle_ms')):>14} {_num(webagg.get('settle_ms')):>6} "
        f"{_num(qtagg.get('settle_ms')):>5} | {kilobytes(ours):>13} {kilobytes(webagg):>6} | "
        f"{agg['update_ms']:>7.0f} | {_verdict(v['updates']):>6} {_verdict(v['latency']):>4} "
        f"{_verdict(v['settle']):>6} {_verdict(v['blit_fps']):>6}"
    )


STAGES = ["to_host", "queued", "update", "wake", "encode", "to_page", "decode_draw"]
BREAKDOWN_HEAD = (
    f"{'figure':<11}{'dpr':>4} | {'to host':>7} {'queued':>6} {'update':>6} {'wake':>5} "
    f"{'encode':>6} {'to page':>7} {'decode':>6} | {'latency':>7} {'added':>5} | {'draw':>5} "
    f"{'encode':>6} "
    f"{'fps':>5} {'moves':>5} {'busy':>4} | {'box':>4} {'KB':>5} {'alone':>5}"
)


def format_breakdown(row: dict[str, Any]) -> str:
    """Where our time goes: one move's stages, and the host's work during the gesture."""
    ours, agg = row["ours"], row["agg"]
    stages = ours.get("latency_stages") or {}
    cells = " ".join(
        f"{_num(stages.get(name), 1):>{width}}"
        for name, width in zip(STAGES, (7, 6, 6, 5, 6, 7, 6), strict=True)
    )
    draw = ours.get("server_draw_ms")
    # The share of the gesture the host's main thread spent in Agg: near 1, drawing is all
    # that limits the host's frame rate (on this machine, at this load).
    busy = None
    if draw and BY_KEY[row["figure"]].gesture == "pan":
        busy = ours.get("server_draw_count", 0) / ours["seconds"] * draw / 1000
    return (
        f"{row['figure']:<11}{row['dpr']:>4g} | {cells} | "
        f"{_num(ours.get('latency_median_ms'), 1):>7} {_num(stages.get('overhead'), 1):>5} | "
        f"{_num(draw, 0):>5} "
        f"{_num(ours.get('server_encode_ms'), 1):>6} {ours['fps']:>5.1f} "
        f"{_num(ours.get('moves_per_s'), 1):>5} {_num(busy, 2):>4} | "
        f"{agg['changed_fraction'] * 100:>3.0f}% {agg['png_bytes'] / 1024:>5.0f} "
        f"{agg['encode_ms']:>5.1f}"
    )


def format_startup(startup: dict[str, Any]) -> list[str]:
    ours, qtagg = startup["ours"], startup["qtagg"]
    ratio = ours["seconds"] / qtagg["seconds"]
    verdict = _verdict(ratio <= STARTUP_VS_QTAGG)
    return [
        f"start-up to figure on screen: ours {ours['seconds']:.2f} s, QtAgg "
        f"{qtagg['seconds']:.2f} s, ratio {ratio:.2f} (target <= {STARTUP_VS_QTAGG}): {verdict}",
        f"  of which until the script's figure was first drawn by Agg: ours "
        f"{ours['first_draw_seconds']:.2f} s, QtAgg {qtagg['first_draw_seconds']:.2f} s",
        f"memory, all processes: ours {ours['rss_mib']:.0f} MiB RSS / {ours['pss_mib']:.0f} MiB "
        f"PSS in {ours['processes']} processes; QtAgg {qtagg['rss_mib']:.0f} MiB RSS / "
        f"{qtagg['pss_mib']:.0f} MiB PSS in {qtagg['processes']}",
    ]


def format_windows(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "Ours in its real window (webfig-desktop under Xvfb: Qt WebEngine, xdotool's mouse):",
        "  display frames per second that showed a new frame; the page's draws per second; the",
        "  mouse moves it received per second (a hover)",
    ]
    for row in rows:
        moves = f" {row['moves_per_s']:5.1f} moves" if row["moves_per_s"] else " " * 12
        lines.append(
            f"  {row['figure']:<11}{row['dpr']:>4g} | {row['fps']:5.1f} shown "
            f"{row['draws_per_s']:5.1f} drawn{moves} | blit60 {_verdict(meets_blit_fps(row))}"
        )
    return lines


LEGEND = """\
What the user sees: ours vs WebAgg vs QtAgg, in one run.
  updates/s   distinct paints of the figure per second: during a pan drag (figures 1-3), a
              cursor hover (4), an animation (5); the median of three gestures. Ours and
              WebAgg: canvas paints in headless Chromium; QtAgg: draw_events of a real window
              under Xvfb, dragged with xdotool
  p50/p95     ms from a mouse move received (by the page; by QtAgg's canvas) to the next paint
  settle      ms from the button's release to the last paint: the final view on screen
  KB/frame    image bytes per frame on the wire (ours and WebAgg's: a binary websocket
              message; ours has the frame's headers in it)
  draw ms     the figure's update timed alone in Agg (a draw; a blit for 4 and 5)
  targets     >= 50 updates/s during a drag; p50 <= 25 ms; settle <= WebAgg's; blitted
              updates (4, 5) >= 60/s"""

BREAKDOWN_LEGEND = """\
Ours, where the time goes (ms). Left, one move (median per stage; page and host clocks lined up):
  to host (the event's message), queued (until the main thread takes it), update (the figure
  handles it, draws or blits, publishes the frame), wake (the socket's news takes the frame),
  encode (diff, crop, PNG), to page (the message), decode (decode, drawImage);
  added = latency - update: what the pipeline adds to the figure's own work.
Right, during the continuous gesture: the host's median draw and encode, frames/s, moves = mouse
  moves the page received per second (a hover paints at most one frame per move), busy = share
  of the time spent drawing; and, timed alone: changed box (share of the figure), PNG KB,
  encode."""


def report(results: dict[str, Any]) -> str:
    """The tables, as printed."""
    lines = [LEGEND, "", TABLE_HEAD, "-" * len(TABLE_HEAD)]
    lines += [format_row(row) for row in results["rows"]]
    lines += ["", BREAKDOWN_LEGEND, "", BREAKDOWN_HEAD, "-" * len(BREAKDOWN_HEAD)]
    lines += [format_breakdown(row) for row in results["rows"] if "ours" in row]
    if results.get("windows"):
        lines += ["", *format_windows(results["windows"])]
    if results.get("startup"):
        lines += ["", *format_startup(results["startup"])]
    machine = results["machine"]
    lines += [
        "",
        f"{results['seconds']:.0f} s on {machine['cpus']} CPUs; load average "
        f"{machine['load_before'][0]:.1f} before, {machine['load_after'][0]:.1f} after",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The frame-pipeline benchmark.")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results here")
    parser.add_argument(
        "--figures",
        default=",".join(reference.key for reference in REFERENCE_FIGURES),
        help="comma-separated figure keys (default: all): "
        + ", ".join(reference.key for reference in REFERENCE_FIGURES),
    )
    parser.add_argument("--dpr", type=float, nargs="+", default=[1.0, 2.0])
    parser.add_argument("--skip-startup", action="store_true", help="no start-up and memory")
    parser.add_argument("--skip-qtagg", action="store_true", help="no QtAgg pan (no Xvfb)")
    parser.add_argument(
        "--skip-windows", action="store_true", help="no blits in our real window (no Xvfb)"
    )
    parser.add_argument("--startup-rounds", type=int, default=2, metavar="N")
    parser.add_argument(
        "--quick", action="store_true", help="short gestures: a check that it runs, no measure"
    )
    options = parser.parse_args(argv)
    keys = [key.strip() for key in options.figures.split(",") if key.strip()]
    unknown = [key for key in keys if key not in BY_KEY]
    if unknown:
        parser.error(f"unknown figures {unknown}; known: {sorted(BY_KEY)}")

    began = time.monotonic()
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_before": os.getloadavg(),
        },
        "rows": [],
    }
    display = None
    if not options.skip_qtagg and any(BY_KEY[key].gesture == "pan" for key in keys):
        display = XSession(*QTAGG_SCREEN).start()
    with sync_playwright() as playwright:
        browsers = Browsers(playwright)
        try:
            for k, key in enumerate(keys):
                reference = BY_KEY[key]
                # Who goes first alternates, so that drift in the machine's load favours neither.
                rows = measure_figure(
                    browsers,
                    reference,
                    options.dpr,
                    ours_first=k % 2 == 0,
                    quick=options.quick,
                    display=display,
                )
                for row in rows:
                    row["verdicts"] = judge(row, reference.gesture)
                    results["rows"].append(row)
        finally:
            browsers.close()
            if display is not None:
                display.stop()
    blitted = [key for key in keys if BY_KEY[key].gesture != "pan"]
    if blitted and not options.skip_windows:
        from bench import window_paints

        _log("blits in the real window")
        results["windows"] = window_paints.measure_all(blitted, options.dpr, options.quick)
    if not options.skip_startup:
        from bench import startup

        _log("start-up and memory")
        results["startup"] = startup.measure(options.startup_rounds)
    results["machine"]["load_after"] = os.getloadavg()
    results["seconds"] = time.monotonic() - began
    print(report(results))
    if options.json:
        options.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
