"""The packaged app: built from pyinstaller.spec, then run on a test display as a user runs it.

Building takes minutes, so the app is built once per test session, into pytest's temporary
directory; ``WEBFIG_APP=path/to/webfig-desktop`` tests an app built already (say by `make
package`) instead, and ``WEBFIG_SKIP_PACKAGE=1`` skips these tests.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pickle
import shutil
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure
from PIL import Image

from webfig_desktop.harness.app_process import AppProcess
from webfig_desktop.harness.page_geometry import PageGeometry
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.harness.x_session import XSession

REPO = Path(__file__).resolve().parents[1]
NAME = "webfig-desktop"
BUILD_TIMEOUT = 1200

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("WEBFIG_SKIP_PACKAGE") == "1", reason="WEBFIG_SKIP_PACKAGE=1"
    ),
    # The first test also waits for the build.
    pytest.mark.timeout(BUILD_TIMEOUT + 180),
]

# The figure's colours, which no window decoration or page chrome uses.
LINE = (255, 0, 255)
FIGURE_FACE = (255, 244, 208)
AXES_FACE = (208, 240, 255)


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's executable, built from pyinstaller.spec (once per session)."""
    prebuilt = os.environ.get("WEBFIG_APP")
    if prebuilt:
        if not os.access(prebuilt, os.X_OK):
            pytest.fail(f"WEBFIG_APP={prebuilt} is not an executable", pytrace=False)
        return Path(prebuilt).resolve()
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: pip install '.[package]'", pytrace=False)
    out = tmp_path_factory.mktemp("package")
    log = out / "pyinstaller.log"
    with open(log, "w") as output:
        build = subprocess.run(
            [
                *(sys.executable, "-m", "PyInstaller", "--noconfirm"),
                *("--distpath", str(out / "dist"), "--workpath", str(out / "build")),
                str(REPO / "pyinstaller.spec"),
            ],
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            timeout=BUILD_TIMEOUT,
        )
    if build.returncode != 0:
        tail = log.read_text(errors="replace")[-4000:]
        pytest.fail(f"PyInstaller failed ({build.returncode}):\n{tail}", pytrace=False)
    # The app is one folder that may live anywhere: run it from somewhere else.
    moved = (out / "dist" / NAME).rename(out / NAME)
    return moved / NAME


def _hex(colour: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)


def _save_figure_pickle(path: Path) -> None:
    figure = Figure(figsize=(4, 3), dpi=100, facecolor=_hex(FIGURE_FACE))
    axes = figure.add_subplot(facecolor=_hex(AXES_FACE))
    axes.plot([0, 1, 2, 3], [0, 1, 0, 0.5], color=_hex(LINE), lw=6)  # one peak
    with open(path, "wb") as file:
        pickle.dump(figure, file)


def _pixels_of(image: Image.Image, colour: tuple[int, int, int]) -> tuple[np.ndarray, np.ndarray]:
    """The (xs, ys) of the pixels of exactly this colour."""
    ys, xs = np.nonzero((np.asarray(image.convert("RGB")) == colour).all(axis=2))
    return xs, ys


def _box_of(image: Image.Image, colour: tuple[int, int, int]) -> tuple[int, int, int, int]:
    """The bounding box (left, top, right, bottom) of the pixels of exactly this colour."""
    xs, ys = _pixels_of(image, colour)
    assert xs.size, f"no pixels of colour {_hex(colour)}"
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def _peak(image: Image.Image) -> tuple[float, int] | None:
    """Where the line is highest: (x, y) of the middle of its topmost pixels."""
    xs, ys = _pixels_of(image, LINE)
    if ys.size == 0:
        return None
    top = ys.min()
    return float(xs[ys == top].mean()), int(top)


def _has(*colours: tuple[int, int, int]) -> Callable[[Image.Image], bool]:
    def check(image: Image.Image) -> bool:
        present = {colour for _, colour in image.getcolors(maxcolors=1 << 20) or []}
        return all(colour in present for colour in colours)

    return check


def _files_from_the_build_machine(pids: list[int]) -> set[str]:
    """Files the processes have mapped (libraries, data) from the Python environment the app
    was built from, or from this checkout: a packaged app must need neither."""
    paths = sysconfig.get_paths()
    forbidden = {str(REPO)} | {paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    found = set()
    for pid in pids:
        try:
            maps = Path(f"/proc/{pid}/maps").read_text()
        except OSError:
            continue  # exited meanwhile
        for line in maps.splitlines():
            fields = line.split(None, 5)
            if len(fields) == 6 and any(fields[5].startswith(f + os.sep) for f in forbidden):
                found.add(fields[5])
    return found


def test_a_pickle_opens_in_a_window_that_pans_and_closing_it_ends_the_app(
    frozen_app: Path,
    x_session: XSession,
    run_app: Callable[..., AppProcess],
    tmp_path: Path,
    page_geometry: PageGeometry,
) -> None:
    figure_file = tmp_path / "packaged figure.pickle"
    _save_figure_pickle(figure_file)
    config = {"XDG_CONFIG_HOME": str(tmp_path / "config")}  # recent files stay in the test

    started = time.monotonic()
    app = run_app(str(frozen_app), str(figure_file), env_extra=config)
    window = x_session.wait_for_window(r"^packaged figure\.pickle$", timeout=60)
    x_session.wait_for_pixels(
        window, _has(LINE, FIGURE_FACE, AXES_FACE), timeout=60, what="the figure"
    )
    print(f"start to the first frame: {time.monotonic() - started:.2f} s")
    # The window fits itself to the figure once the page is laid out, and the figure is drawn
    # again at that size: measure it after that.
    shown = x_session.wait_for_still(window)

    # Everything it runs comes from the app's folder: no library of the build's Python.
    pids = app.processes()
    assert len(pids) >= 3, "expected the app, its viewer and Qt WebEngine's helper processes"
    assert not _files_from_the_build_machine(pids)

    # Pan: press the toolbar's Pan button, then drag inside the axes. The page's top-left
    # corner is found from where the figure is.
    figure_left, figure_top, _, _ = _box_of(shown, FIGURE_FACE)
    pan_x, pan_y = page_geometry.button("pan").centre
    page_left = figure_left - round(page_geometry.canvas.x)
    page_top = figure_top - round(page_geometry.canvas.y)
    x_session.click(page_left + pan_x, page_top + pan_y, wid=window)
    axes_left, axes_top, axes_right, axes_bottom = _box_of(shown, AXES_FACE)
    before = _peak(shown)
    centre_x, centre_y = (axes_left + axes_right) // 2, (axes_top + axes_bottom) // 2
    dx, dy = 40, 30
    x_session.drag(centre_x, centre_y, centre_x + dx, centre_y + dy, wid=window)

    def panned(image: Image.Image) -> bool:
        after = _peak(image)
        # The line follows the pointer (give or take a pixel of rounding).
        return after is not None and all(
            abs(a - b - d) <= 1 for a, b, d in zip(after, before, (dx, dy), strict=True)
        )

    try:
        x_session.wait_for_pixels(window, panned, timeout=20, what="the panned figure")
    except TimeoutError:
        shown.save(tmp_path / "before-pan.png")
        x_session.screenshot(window).save(tmp_path / "after-pan.png")
        raise

    x_session.close_window(window)
    assert app.wait(20) == 0, app.output()[-2000:]
    assert app.leftover_processes(10) == []


WELCOME_TEXT = (34, 34, 34)  # welcome.css
# asking.css: the question's backdrop over the white page. Not a window's grey before its page
# is drawn, which is lighter.
BACKDROP = (204, 204, 204)


def _asked(image: Image.Image) -> bool:
    """Whether the page's question is up: its backdrop greys all of the page but the dialog."""
    xs, _ = _pixels_of(image, BACKDROP)
    return xs.size > image.width * image.height / 5  # about a third with it, none without


# What the app remembers of its offer to open pickles from the file manager (desktop_offer.py).
OFFER_ANSWER = Path("config", "webfig-desktop", "desktop_offer.json")
INSTALLED = "^Figure pickles open in webfig-desktop$"


def _offer_answer(home: Path) -> dict | None:
    """What the app keeps of the user's answer, once it has written it."""
    try:
        return json.loads((home / OFFER_ANSWER).read_text())
    except (OSError, ValueError):
        return None


def test_with_no_arguments_the_app_opens_its_welcome_window_which_asks_once_about_pickles(
    frozen_app: Path,
    x_session: XSession,
    run_app: Callable[..., AppProcess],
    tmp_path: Path,
) -> None:
    # The test's own settings and data folders (run_app's): the first run of the app there.
    app = run_app(str(frozen_app))
    window = x_session.wait_for_window("^webfig-desktop$", timeout=60)
    x_session.wait_for_pixels(window, _asked, timeout=30, what="the question")
    x_session.key("Return", wid=window)  # the default answer: not now
    assert wait_until("the answer kept", lambda: _offer_answer(tmp_path), 10) == {"accepted": False}
    x_session.wait_for_pixels(window, lambda image: not _asked(image), 10, "the question gone")
    assert not (tmp_path / "data").exists()  # nothing installed
    x_session.close_window(window)
    assert app.wait(20) == 0, app.output()[-2000:]
    assert app.leftover_processes(10) == []

    # Answered: never asked again.
    app = run_app(str(frozen_app))
    window = x_session.wait_for_window("^webfig-desktop$", timeout=60)
    x_session.wait_for_pixels(window, _has(WELCOME_TEXT), timeout=30, what="the welcome page")
    assert not _asked(x_session.wait_for_still(window))
    x_session.close_window(window)
    assert app.wait(20) == 0, app.output()[-2000:]


@pytest.mark.skipif(
    not (shutil.which("xdg-open") and shutil.which("update-mime-database")),
    reason="needs xdg-utils and shared-mime-info",
)
def test_saying_yes_makes_xdg_open_open_pickles_in_the_packaged_app(
    frozen_app: Path,
    x_session: XSession,
    run_app: Callable[..., AppProcess],
    tmp_path: Path,
) -> None:
    figure_file = tmp_path / "double-clicked.pickle"
    _save_figure_pickle(figure_file)
    app = run_app(str(frozen_app))
    window = x_session.wait_for_window("^webfig-desktop$", timeout=60)
    x_session.wait_for_pixels(window, _asked, timeout=30, what="the question")
    x_session.key("Tab", wid=window)  # to "Open them here"
    x_session.key("Return", wid=window)
    alert = x_session.wait_for_window(INSTALLED, timeout=15)
    entry = tmp_path / "data" / "applications" / "webfig-desktop.desktop"
    assert f"Exec={frozen_app} %F" in entry.read_text().splitlines()
    x_session.key("Return", wid=alert)
    x_session.wait_gone(INSTALLED)

    # As a double-click in the file manager: the figure opens in the app already running.
    opener = run_app("xdg-open", str(figure_file))
    figure = x_session.wait_for_window(r"^double-clicked\.pickle$", timeout=60)
    x_session.wait_for_pixels(figure, _has(LINE), timeout=60, what="the figure")
    assert opener.wait(30) == 0, opener.output()
    x_session.close_window(figure)
    x_session.close_window(window)
    assert app.wait(20) == 0, app.output()[-2000:]
    assert app.leftover_processes(10) == []


def test_a_script_runs_with_the_bundled_python(
    frozen_app: Path,
    x_session: XSession,
    run_app: Callable[..., AppProcess],
    tmp_path: Path,
) -> None:
    script = tmp_path / "plot.py"
    script.write_text(
        "import heapq, sqlite3, xml.dom.minidom\n"  # the standard library is all there
        "import matplotlib.pyplot as plt\n"
        "plt.figure(num='packaged script')\n"
        f"plt.plot([0, 1], color={_hex(LINE)!r}, lw=6)\n"
        "plt.show()\n"
        "raise SystemExit(3)\n"
    )
    app = run_app(str(frozen_app), str(script), env_extra={"XDG_CONFIG_HOME": str(tmp_path)})
    try:
        window = x_session.wait_for_window("^packaged script$", timeout=60)
    except TimeoutError:
        pytest.fail(f"no window; the app said:\n{app.output()[-3000:]}", pytrace=False)
    x_session.wait_for_pixels(window, _has(LINE), timeout=60, what="the script's figure")

    x_session.close_window(window)
    assert app.wait(20) == 3, app.output()[-2000:]
