"""Saves that meet a fault, in the real app: killed halfway, a full disk, a folder that refuses
the file. Whatever happens, the file saved to is the old one or a complete new one, never part
of one; no temporary file outlives the next save; and a save that fails says why in a dialog
while the figure stays live.

The kills repeat `REPETITIONS` times, each at a later point of the write, and alternate between
killing the host alone (its viewer must then go by itself) and the whole app;
``WEBFIG_ROBUSTNESS=full`` repeats them more. The full disk is a small tmpfs, the read-only
folders a tmpfs remounted read-only and a folder without write permission (as root, the app
runs without the capability that lets root write there all the same). Mounting needs root: the
tests that mount are skipped without.
"""

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest

from tests.app_windows import (
    close_and_expect_exit,
    page_top,
    pan_and_check_the_view_moves,
    run_figure_script,
    wait_for_output,
)
from tests.conftest import ROBUSTNESS
from webfig_desktop.harness.waiting import wait_until

FULL = ROBUSTNESS == "full"
REPETITIONS = 6 if FULL else 2
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900 if FULL else 180)]
MIB = 1 << 20

# A scatter whose SVG takes seconds to write (10 MB, a `<use>` per point): the export is still
# writing when the test kills it.
SCATTER = """
import numpy as np
points = np.random.default_rng(0).random((2, 100_000))
fig.add_axes((0.1, 0.05, 0.8, 0.15)).scatter(*points, s=1, color="tab:orange")
plt.show()
"""
# A line given as Python lists, which the figure keeps and pickle writes number by number: the
# file grows steadily for about a second (190 MB), not in a few big writes of arrays.
LONG_LINE = """
import numpy as np
points = 3_000_000
walk = np.cumsum(np.random.default_rng(0).standard_normal(points))
line_axes = fig.add_axes((0.1, 0.05, 0.8, 0.15))
line_axes.plot(np.arange(points, dtype=float).tolist(), walk.tolist(), color="tab:orange")
plt.show()
"""
READ_CLIPBOARD = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
print(app.clipboard().text(), end="")
"""
LOAD_PICKLE = """
import pickle, sys
with open(sys.argv[1], "rb") as file:
    figure = pickle.load(file)
print(*(len(line.get_xdata()) for axes in figure.axes for line in axes.lines))
"""


# --- Saving as a user does ------------------------------------------------------------------


def export(x_session, wid, path):
    """Export… with the key for it, the path typed into the save dialog."""
    x_session.click(320, 250, wid=wid)  # the canvas takes the keys
    x_session.key("s", wid=wid)
    answer_save_dialog(x_session, path)


def save_pickle(x_session, wid, path):
    """File → Save as pickle… from the native menu bar, the path typed into the save dialog."""
    x_session.focus(wid)
    x_session.click(20, page_top(x_session.screenshot(wid)) // 2, wid=wid)
    x_session.key("Down")  # Open…
    x_session.key("Down")  # Save as pickle…
    x_session.key("Return")
    answer_save_dialog(x_session, path)


def answer_save_dialog(x_session, path):
    dialog = x_session.wait_for_window("^Save file$", timeout=15)
    x_session.key("ctrl+a", wid=dialog)
    x_session.type_text(str(path))
    x_session.key("Return")
    if path.exists():  # Qt's dialog asks first, with a box of the same title
        question = x_session.wait_for_window("^Save file$", timeout=10, exclude={dialog})
        x_session.key("alt+y", wid=question)
    x_session.wait_gone("^Save file$")


# --- What a save leaves ---------------------------------------------------------------------


def temporary_files(folder):
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def wait_for_a_growing_temporary_file(folder, target, pid, at_least):
    """The path of the app's temporary file for `target` once it is at least `at_least` bytes
    and grew since the last look: the save is writing it now."""
    prefix = f".{target.name}.webfig-{pid}-"
    sizes = {}

    def growing():
        for entry in os.scandir(folder):
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with contextlib.suppress(FileNotFoundError):
                    size, before = entry.stat().st_size, sizes.get(entry.name)
                    sizes[entry.name] = size
                    if before is not None and before < size and size >= at_least:
                        return entry.path
        return None

    return wait_until(
        f"the temporary file of {target.name} growing past {at_least} bytes",
        growing,
        60,
        interval=0.005,
    )


def is_complete_svg(path):
    try:
        return ElementTree.parse(path).getroot().tag.endswith("svg")
    except ElementTree.ParseError:
        return False


def is_complete_pickle(path):
    """The file loads, in matplotlib in a process of its own, as one of the tests' figures with
    all its points: the long line's, or the small figure's only."""
    loaded = subprocess.run(
        [sys.executable, "-c", LOAD_PICKLE, str(path)],
        env=dict(os.environ, MPLBACKEND="agg"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    return loaded.returncode == 0 and loaded.stdout.split() in (["3", "3000000"], ["3"])


def kill_host(app):
    os.kill(app.pid, signal.SIGKILL)


def kill_app(app):
    app.kill()


# --- Killed halfway -------------------------------------------------------------------------

# Each kind of save: the figure it saves, how the user starts it, the file, how much more of
# it each repetition waits for before the kill, and whether a file is a complete new one.
SAVES = {
    "export": (SCATTER, export, "plot.svg", 1.5 * MIB, is_complete_svg),
    "pickle": (LONG_LINE, save_pickle, "figure.pickle", 30 * MIB, is_complete_pickle),
}


@pytest.mark.parametrize("save", SAVES)
def test_a_save_killed_halfway_leaves_the_old_file_and_the_next_save_cleans_up(
    x_session, run_app, tmp_path, save, measured
):
    body, start_saving, name, step, is_complete_new = SAVES[save]
    folder = tmp_path / "saves"
    folder.mkdir()
    target = folder / name
    target.write_bytes(b"the file as it was before the save\n" * 100)
    for repetition in range(REPETITIONS):
        kill = (kill_host, kill_app)[repetition % 2]
        old = target.read_bytes()  # a kill after the rename leaves the new file: fine too
        app, wid = run_figure_script(x_session, run_app, tmp_path, body)
        start_saving(x_session, wid, target)
        wait_for_a_growing_temporary_file(folder, target, app.pid, repetition * step)
        kill(app)
        app.wait(10)
        assert app.leftover_processes(10) == [], f"{kill.__name__}: processes left behind"
        written = target.read_bytes()
        assert written == old or is_complete_new(target), (
            f"repetition {repetition} ({kill.__name__}) left {len(written)} bytes of {name}, "
            "neither the old file nor a complete new one"
        )

    # The next run saves to the same folder: what the killed saves left goes.
    old = target.read_bytes()
    app, wid = run_figure_script(x_session, run_app, tmp_path, "plt.show()\n")
    start_saving(x_session, wid, target)
    wait_until(
        f"{name} saved whole and no temporary file left",
        lambda: target.read_bytes() != old and not temporary_files(folder),
        30,
        interval=0.1,
    )
    assert is_complete_new(target)
    assert os.listdir(folder) == [name]
    close_and_expect_exit(x_session, app, wid)
    measured(
        f"{REPETITIONS} kills during a {save}: the old or a complete new file each time, no "
        "process left; the next save removed what they left"
    )


# --- A disk that refuses the file -----------------------------------------------------------


@pytest.fixture
def tmpfs(tmp_path):
    """Factory: ``tmpfs(folder, size)`` mounts a new tmpfs of `size` bytes on `folder`;
    ``tmpfs.read_only(folder)`` remounts it read-only. All are unmounted at teardown."""
    mounted = []

    def mount(*argv):
        done = subprocess.run(["mount", *argv], capture_output=True, text=True, timeout=20)
        if done.returncode != 0:
            pytest.skip(f"mounting a tmpfs for the test needs root: {done.stderr.strip()}")

    def new(folder, size):
        folder.mkdir()
        mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "webfig-test", str(folder))
        mounted.append(folder)
        return folder

    new.read_only = lambda folder: mount("-o", "remount,ro", str(folder))
    yield new
    for folder in reversed(mounted):
        # Lazily if a process of the test still has it open: it goes once they end.
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "--lazy", str(folder)], check=True)


def fill(folder, leave):
    """Fill the disk of `folder` until only `leave` bytes are free."""
    stats = os.statvfs(folder)
    with open(folder / "filler", "wb") as filler:
        filler.write(bytes(stats.f_bavail * stats.f_frsize - leave))


def old_files(folder):
    """An earlier export and pickle in `folder`; what they hold, by name."""
    old = {
        name: f"the {name} saved before\n".encode() * 50 for name in ("plot.svg", "figure.pickle")
    }
    for name, data in old.items():
        (folder / name).write_bytes(data)
    return old


def alert_text(x_session, alert):
    """The text of an alert, as a user copies it: a click on it, Ctrl+A, Ctrl+C."""
    image = x_session.wait_for_still(alert)
    # Its first line: the topmost dark pixels (the button's label is below it).
    rows, columns = np.nonzero(np.asarray(image.convert("L")) < 96)
    top = rows.min()
    x_session.click(int(columns[rows == top].min()) + 2, int(top) + 4, wid=alert)
    x_session.key("ctrl+a", wid=alert)
    x_session.key("ctrl+c", wid=alert)

    def copied():
        pasted = subprocess.run(
            [sys.executable, "-c", READ_CLIPBOARD],
            env=x_session.env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        return pasted.stdout

    return wait_until("the alert's text on the clipboard", copied, 10, interval=0.2)


def save_both_and_expect_each_to_fail(x_session, app, wid, folder, why):
    """Export, then save as pickle, into `folder`: each says in a dialog, and on stderr, which
    file it could not save and `why`; Return closes the dialog."""
    for start_saving, name in ((export, "plot.svg"), (save_pickle, "figure.pickle")):
        start_saving(x_session, wid, folder / name)
        alert = x_session.wait_for_window("^Could not save the figure$", timeout=15)
        said = f"(Could not|cannot) save {re.escape(name)}: {why}"
        assert re.fullmatch(said, alert_text(x_session, alert))
        wait_for_output(app, f"^webfig-desktop: {said}$")
        x_session.key("Return", wid=alert)
        x_session.wait_gone("^Could not save the figure$")


def test_a_full_disk_says_so_and_leaves_the_old_files_and_the_figure_live(
    x_session, run_app, tmp_path, page_geometry, tmpfs
):
    disk = tmpfs(tmp_path / "disk", 1 * MIB)
    old = old_files(disk)
    # Room for the temporary files to begin, not to end: each save fails halfway.
    fill(disk, leave=8 * 1024)
    app, wid = run_figure_script(x_session, run_app, tmp_path, "plt.show()\n")
    save_both_and_expect_each_to_fail(x_session, app, wid, disk, "the disk is full")
    pan_and_check_the_view_moves(x_session, wid, page_geometry)
    assert {name: (disk / name).read_bytes() for name in old} == old
    assert sorted(os.listdir(disk)) == sorted([*old, "filler"])  # no temporary file
    close_and_expect_exit(x_session, app, wid)


@pytest.fixture(params=["no write permission", "a read-only disk"])
def read_only_folder(request, tmp_path, tmpfs):
    """A folder holding `old_files` that refuses new ones; the command to run the app under, and
    the reason the app should give."""
    folder = tmp_path / "read-only"
    if request.param == "a read-only disk":
        old = old_files(tmpfs(folder, 1 * MIB))
        tmpfs.read_only(folder)
        return folder, old, [], "the disk is read-only"
    folder.mkdir()
    old = old_files(folder)
    folder.chmod(0o555)
    request.addfinalizer(lambda: folder.chmod(0o755))  # for pytest to remove it
    if os.geteuid() != 0:
        return folder, old, [], "permission denied"
    # Root writes into any folder through CAP_DAC_OVERRIDE: the app runs without it (and
    # without CAP_DAC_READ_SEARCH), as a user's does.
    if not shutil.which("setpriv"):
        pytest.skip("setpriv (util-linux) is needed to run the app as root without the override")
    caps = "-dac_override,-dac_read_search"
    return (
        folder,
        old,
        ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"],
        ("permission denied"),
    )


def test_a_read_only_folder_says_so_and_leaves_the_old_files_and_the_figure_live(
    x_session, run_app, tmp_path, page_geometry, read_only_folder
):
    folder, old, command, why = read_only_folder

    def run_refused(*argv, **options):
        return run_app(*command, *argv, **options)

    app, wid = run_figure_script(x_session, run_refused, tmp_path, "plt.show()\n")
    save_both_and_expect_each_to_fail(x_session, app, wid, folder, why)
    pan_and_check_the_view_moves(x_session, wid, page_geometry)
    assert {name: (folder / name).read_bytes() for name in old} == old
    assert sorted(os.listdir(folder)) == sorted(old)  # no temporary file
    close_and_expect_exit(x_session, app, wid)
