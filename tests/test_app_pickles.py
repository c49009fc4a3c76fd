"""Figure pickles in the app: opened from the command line, the welcome window and the File
menu, saved back, and refused when they ask for more than a figure."""

import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.app_windows import (
    TAB_BLUE,
    close_and_expect_exit,
    count_colour,
    pan_and_check_the_view_moves,
    show_figure,
)

DRAG_SOURCE = Path(__file__).with_name("drag_source.py")
PICKLER = """
import pickle, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([0, 1, 2, 3], [1, 3, 2, 4])
ax.set_xticks([0, 1, 2, 3], labels=["one", "two", "three", "four"])
ax.set_title(sys.argv[2])
with open(sys.argv[1], "wb") as f:
    pickle.dump(fig, f)
"""


class Payload:
    """What a hostile pickle does on load: create a marker file."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def make_figure_pickle(path, title="pickled"):
    # Pickled by a separate, plain matplotlib process, as a colleague would.
    subprocess.run([sys.executable, "-c", PICKLER, str(path), title], check=True)
    return str(path)


def test_a_pickle_on_the_command_line_opens_live_and_exits_0_when_closed(
    x_session, run_app, tmp_path, config_home, page_geometry
):
    figure = make_figure_pickle(tmp_path / "result.pickle")
    app = run_app("webfig-desktop", figure, env_extra=config_home)
    wid = show_figure(x_session, app, "^result.pickle$")
    pan_and_check_the_view_moves(x_session, wid, page_geometry)
    close_and_expect_exit(x_session, app, wid)


def test_several_pickles_open_in_windows_of_their_own(
    x_session, run_app, tmp_path, config_home, page_geometry
):
    first = make_figure_pickle(tmp_path / "a.pkl")
    second = make_figure_pickle(tmp_path / "b.pickle")
    app = run_app("webfig-desktop", first, second, env_extra=config_home)
    a = show_figure(x_session, app, "^a.pkl$")
    b = show_figure(x_session, app, "^b.pickle$")
    x_session.close_window(a)
    pan_and_check_the_view_moves(x_session, b, page_geometry)
    close_and_expect_exit(x_session, app, b)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"not a pickle at all", "not a pickle"),
        (pickle.dumps({"a": 1}), "contains a dict, not a matplotlib figure"),
    ],
)
def test_a_bad_file_on_the_command_line_is_a_clear_error(
    run_app, tmp_path, config_home, content, message
):
    bad = tmp_path / "bad.pickle"
    bad.write_bytes(content)
    app = run_app("webfig-desktop", str(bad), env_extra=config_home)
    assert app.wait(30) == 1
    assert message in app.output()


def test_a_hostile_pickle_is_refused_and_runs_only_when_trusted(run_app, tmp_path, config_home):
    marker = tmp_path / "marker"
    hostile = tmp_path / "hostile.pickle"
    hostile.write_bytes(pickle.dumps(Payload(marker)))
    app = run_app("webfig-desktop", str(hostile), env_extra=config_home)
    assert app.wait(30) == 1
    assert "system" in app.output() and "--trust" in app.output()
    assert not marker.exists()

    trusted = run_app("webfig-desktop", "--trust", str(hostile), env_extra=config_home)
    assert trusted.wait(30) == 1
    assert marker.exists()
    assert "not a matplotlib figure" in trusted.output()


def test_a_good_file_opens_even_when_another_on_the_line_is_bad(
    x_session, run_app, tmp_path, config_home
):
    bad = tmp_path / "broken.pickle"
    bad.write_bytes(b"\x80\x04garbage")
    good = make_figure_pickle(tmp_path / "good.pickle")
    app = run_app("webfig-desktop", str(bad), good, env_extra=config_home)
    wid = show_figure(x_session, app, "^good.pickle$")
    assert "broken.pickle" in app.output()
    close_and_expect_exit(x_session, app, wid)


def test_the_welcome_window_lists_recent_files_and_opens_one(
    x_session, run_app, tmp_path, config_home
):
    figure = make_figure_pickle(tmp_path / "recent.pickle")
    first = run_app("webfig-desktop", figure, env_extra=config_home)
    close_and_expect_exit(x_session, first, show_figure(x_session, first, "^recent.pickle$"))

    app = run_app("webfig-desktop", env_extra=config_home)
    welcome = x_session.wait_for_window("^webfig-desktop$", timeout=30)
    image = x_session.wait_for_still(welcome)
    # The recent file's name is the last line of text: click it.
    dark_rows = np.flatnonzero((np.asarray(image.convert("L"))[:, 40:200] < 80).any(axis=1))
    x_session.click(60, int(dark_rows[-1]), wid=welcome)
    wid = show_figure(x_session, app, "^recent.pickle$")
    x_session.close_window(wid)
    x_session.wait_gone("^recent.pickle$")
    assert app.returncode is None  # the welcome window is still open
    close_and_expect_exit(x_session, app, welcome)


def test_save_as_pickle_from_the_keyboard_writes_a_file_that_opens_again(
    x_session, run_app, tmp_path, config_home
):
    figure = make_figure_pickle(tmp_path / "original.pickle", title="saved again")
    app = run_app("webfig-desktop", figure, env_extra=config_home)
    wid = show_figure(x_session, app, "^original.pickle$")
    x_session.click(300, 250, wid=wid)
    x_session.key("ctrl+shift+s")
    dialog = x_session.wait_for_window("^Save file$", timeout=15)
    target = tmp_path / "copy.pickle"
    x_session.key("ctrl+a", wid=dialog)
    x_session.type_text(str(target))
    x_session.key("Return")
    x_session.wait_gone("^Save file$")
    close_and_expect_exit(x_session, app, wid)
    assert target.exists()

    again = run_app("webfig-desktop", str(target), env_extra=config_home)
    copy = show_figure(x_session, again, "^copy.pickle$")
    assert count_colour(x_session.screenshot(copy), TAB_BLUE) > 200
    close_and_expect_exit(x_session, again, copy)


def drop_files(x_session, run_app, paths, target_wid):
    """Drag `paths` from another application and drop them on a window, as a user does."""
    source_app = run_app(sys.executable, str(DRAG_SOURCE), *paths)
    source = x_session.wait_for_window("^drag source$", timeout=20)
    x_session.wait_for_still(source)
    x, y, width, height = x_session.window_geometry(target_wid)
    sx, sy, _, _ = x_session.window_geometry(source)
    steps = [
        (
            sx + 40 + (x + width // 2 - sx - 40) * i // 8,
            sy + 40 + (y + height // 2 - sy - 40) * i // 8,
        )
        for i in range(1, 9)
    ]
    args = ["mousemove", sx + 40, sy + 40, "mousedown", 1]
    for px, py in steps:
        args += ["sleep", 0.1, "mousemove", px, py]
    args += ["sleep", 0.3, "mouseup", 1]
    x_session.xdotool(*args)
    return source_app


def test_dropping_pickles_on_the_welcome_window_opens_each_in_a_window(
    x_session, run_app, tmp_path, config_home, page_geometry
):
    first = make_figure_pickle(tmp_path / "dropped one.pickle")
    second = make_figure_pickle(tmp_path / "dropped two.pkl")
    app = run_app("webfig-desktop", env_extra=config_home)
    welcome = x_session.wait_for_window("^webfig-desktop$", timeout=30)
    x_session.wait_for_still(welcome)
    source = drop_files(x_session, run_app, [first, second], welcome)
    one = show_figure(x_session, app, "^dropped one.pickle$")
    show_figure(x_session, app, "^dropped two.pkl$")
    pan_and_check_the_view_moves(x_session, one, page_geometry)
    source.kill()
    for title in ("^dropped one.pickle$", "^dropped two.pkl$", "^webfig-desktop$"):
        x_session.close_window(title)
    assert app.wait(15) == 0


def test_dropping_a_truncated_pickle_shows_an_error_and_keeps_the_windows(
    x_session, run_app, tmp_path, config_home, page_geometry
):
    good = make_figure_pickle(tmp_path / "good.pickle")
    truncated = tmp_path / "truncated.pickle"
    truncated.write_bytes(Path(good).read_bytes()[:500])
    app = run_app("webfig-desktop", good, env_extra=config_home)
    wid = show_figure(x_session, app, "^good.pickle$")
    source = drop_files(x_session, run_app, [str(truncated)], wid)
    alert = x_session.wait_for_window("^Cannot open truncated.pickle$", timeout=15)
    assert "truncated.pickle" in app.output()
    x_session.key("Return", wid=alert)
    x_session.wait_gone("^Cannot open truncated.pickle$")
    source.kill()
    pan_and_check_the_view_moves(x_session, wid, page_geometry)
    close_and_expect_exit(x_session, app, wid)


def white_share(image) -> float:
    return float((np.asarray(image.convert("L")) == 255).mean())


def test_a_dropped_hostile_pickle_asks_first_and_return_does_not_open_it(
    x_session, run_app, tmp_path, config_home
):
    marker = tmp_path / "marker"
    hostile = tmp_path / "hostile.pickle"
    hostile.write_bytes(pickle.dumps(Payload(marker)))
    good = make_figure_pickle(tmp_path / "good.pickle")
    app = run_app("webfig-desktop", good, env_extra=config_home)
    wid = show_figure(x_session, app, "^good.pickle$")
    shown = white_share(x_session.screenshot(wid))

    def ask() -> None:
        source = drop_files(x_session, run_app, [str(hostile)], wid)
        # The question's backdrop greys the window; only the dialog stays white.
        x_session.wait_for_pixels(
            wid, lambda image: white_share(image) < shown / 2, 20, "the trust question"
        )
        source.kill()
        x_session.focus(wid)

    ask()
    x_session.key("Return", wid=wid)  # the default answer: don't open
    x_session.wait_for_pixels(wid, lambda image: white_share(image) > shown * 0.9, 10)
    assert "hostile.pickle asks for" in app.output()
    assert not marker.exists()

    ask()
    x_session.key("Tab", wid=wid)  # to "Open anyway"
    x_session.key("Return", wid=wid)
    alert = x_session.wait_for_window("^Cannot open hostile.pickle$", timeout=30)
    assert marker.exists()  # trusted: plain pickle ran it, as the user chose
    x_session.key("Return", wid=alert)
    x_session.wait_gone("^Cannot open hostile.pickle$")
    close_and_expect_exit(x_session, app, wid)
