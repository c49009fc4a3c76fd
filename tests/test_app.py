"""The app as a user meets it: real windows under Xvfb, driven by real mouse and keys."""

import os
import signal
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent
LINE_PLOT = str(REPO / "examples" / "line_plot.py")
TOOLBAR_GREY = (246, 246, 246)  # figure.css: the toolbar's and status line's background
TAB_BLUE = (31, 119, 180)
PAN_BUTTON_X = 126  # figure.css: home, back, forward, separator, then pan, 30 px each


def count_colour(image, colour, tolerance=12) -> int:
    pixels = np.asarray(image, dtype=int)
    return int((np.abs(pixels - colour).max(axis=2) <= tolerance).sum())


def toolbar_middle(image) -> int:
    """The y of the toolbar's middle: below the native menu bar, whatever its height."""
    column = np.asarray(image)[:, 2]
    rows = np.flatnonzero((column == TOOLBAR_GREY).all(axis=1))
    top = rows[0]
    bottom = top + np.argmax(np.diff(rows[rows >= top]) > 1) if len(rows) else top
    return int((top + bottom) // 2)


def canvas_part(image):
    """The window without toolbar and status line, where the figure is drawn."""
    width, height = image.size
    return np.asarray(image.crop((0, toolbar_middle(image) + 20, width, height - 30)))


def write_script(tmp_path: Path, body: str, name="script.py") -> str:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body))
    return str(path)


def show_figure(x_session, app, title="^Figure 1$"):
    """Wait for the window and for the figure's line to be drawn in it."""
    wid = x_session.wait_for_window(title, timeout=30)
    x_session.wait_for_pixels(
        wid, lambda image: count_colour(image, TAB_BLUE) > 200, 20, "the blue line"
    )
    return wid


def pan_and_check_the_view_moves(x_session, wid):
    before = x_session.wait_for_still(wid)
    x_session.click(PAN_BUTTON_X, toolbar_middle(before), wid=wid)
    x_session.drag(320, 250, 420, 320, wid=wid, steps=12)
    x_session.wait_for_pixels(
        wid,
        lambda image: (canvas_part(image) != canvas_part(before)).any(axis=2).sum() > 2000,
        5,
        "the panned view",
    )


def close_and_expect_exit(x_session, app, wid, status=0):
    x_session.close_window(wid)
    assert app.wait(15) == status, app.output()


def test_a_script_shows_its_figure_pans_and_exits_0_when_its_window_closes(x_session, run_app):
    app = run_app("webfig-desktop", LINE_PLOT)
    wid = show_figure(x_session, app)
    pan_and_check_the_view_moves(x_session, wid)
    close_and_expect_exit(x_session, app, wid)


def test_the_backend_works_from_plain_python(x_session, run_app):
    app = run_app(sys.executable, LINE_PLOT, env_extra={"MPLBACKEND": "webfig"})
    wid = show_figure(x_session, app)
    pan_and_check_the_view_moves(x_session, wid)
    close_and_expect_exit(x_session, app, wid)


def test_the_status_line_shows_the_coordinates_under_the_pointer(x_session, run_app):
    app = run_app("webfig-desktop", LINE_PLOT)
    wid = show_figure(x_session, app)
    still = x_session.wait_for_still(wid)
    status_line = lambda image: np.asarray(image)[-20:-8, 8:300]  # noqa: E731
    x_session.move(300, 250, wid=wid)
    x_session.wait_for_pixels(
        wid,
        lambda image: (status_line(image) < 100).any(),
        5,
        "text in the status line",
    )
    assert not (status_line(still) < 100).any()
    close_and_expect_exit(x_session, app, wid)


def test_plt_show_returns_when_the_window_closes_and_the_script_goes_on(
    x_session, run_app, tmp_path
):
    script = write_script(
        tmp_path,
        """
        import matplotlib.pyplot as plt
        closed = []
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [1, 0, 1])
        fig.canvas.mpl_connect("close_event", lambda event: closed.append(True))
        plt.show()
        print("show returned; close_event fired:", closed == [True])
        """,
    )
    app = run_app("webfig-desktop", script)
    wid = show_figure(x_session, app)
    close_and_expect_exit(x_session, app, wid)
    assert "show returned; close_event fired: True" in app.output()


def test_the_script_gets_its_arguments_its_folder_on_the_path_and_its_exit_status(
    run_app, tmp_path
):
    script = write_script(
        tmp_path,
        """
        import sys
        print("argv", sys.argv)
        print("path0", sys.path[0])
        print("main", __name__)
        sys.exit(3)
        """,
    )
    app = run_app("webfig-desktop", script, "-x", "--flag", "value")
    assert app.wait(30) == 3
    output = app.output()
    assert f"argv {[script, '-x', '--flag', 'value']}" in output
    assert f"path0 {tmp_path}" in output
    assert "main __main__" in output


def test_a_script_that_raises_prints_its_traceback_and_exits_1(run_app, tmp_path):
    script = write_script(
        tmp_path,
        """
        def compute():
            raise ValueError("bad data in row 7")

        compute()
        """,
    )
    app = run_app("webfig-desktop", script)
    assert app.wait(30) == 1
    output = app.output()
    assert "Traceback (most recent call last):" in output
    assert f'File "{script}", line 5, in <module>' in output
    assert "ValueError: bad data in row 7" in output
    assert "runpy" not in output


def test_a_missing_script_is_a_clear_error(run_app, tmp_path):
    app = run_app("webfig-desktop", str(tmp_path / "nowhere.py"))
    assert app.wait(30) == 2
    assert "no such script" in app.output()


def test_help_and_version(run_app):
    help_run = run_app("webfig-desktop", "--help")
    assert help_run.wait(30) == 0 and "script.py" in help_run.output()
    version_run = run_app("webfig-desktop", "--version")
    assert version_run.wait(30) == 0 and "webfig-desktop 0." in version_run.output()


def test_killing_the_host_closes_its_windows_within_two_seconds(x_session, run_app):
    app = run_app(sys.executable, LINE_PLOT, env_extra={"MPLBACKEND": "webfig"})
    show_figure(x_session, app)
    os.kill(app.pid, signal.SIGKILL)
    app.wait(5)
    x_session.wait_gone("^Figure 1$", timeout=2)
    # The run_app fixture then fails the test if any viewer or engine process is left.


@pytest.mark.parametrize("count", [2])
def test_each_figure_has_its_own_window_and_closing_one_keeps_the_others(
    x_session, run_app, tmp_path, count
):
    script = write_script(
        tmp_path,
        """
        import matplotlib.pyplot as plt
        for n in range(2):
            fig, ax = plt.subplots(num=f"panel {n}")
            ax.plot([0, 1, 2], [n, 1, 0])
        plt.show()
        print("all closed")
        """,
    )
    app = run_app("webfig-desktop", script)
    first = show_figure(x_session, app, "^panel 0$")
    second = show_figure(x_session, app, "^panel 1$")
    x_session.close_window(first)
    x_session.wait_gone("^panel 0$")
    assert app.returncode is None
    pan_and_check_the_view_moves(x_session, second)
    close_and_expect_exit(x_session, app, second)
    assert "all closed" in app.output()
