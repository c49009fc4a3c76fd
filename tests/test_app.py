"""The app as a user meets it: real windows under Xvfb, driven by real mouse and keys."""

import os
import signal
import sys

import numpy as np
import pytest

from tests.app_windows import (
    LINE_PLOT,
    close_and_expect_exit,
    pan_and_check_the_view_moves,
    show_figure,
    write_script,
)


def test_a_script_shows_its_figure_pans_and_exits_0_when_its_window_closes(
    x_session, run_app, page_geometry
):
    app = run_app("webfig-desktop", LINE_PLOT)
    wid = show_figure(x_session, app)
    pan_and_check_the_view_moves(x_session, wid, page_geometry)
    close_and_expect_exit(x_session, app, wid)


def test_the_backend_works_from_plain_python(x_session, run_app, page_geometry):
    app = run_app(sys.executable, LINE_PLOT, env_extra={"MPLBACKEND": "webfig"})
    wid = show_figure(x_session, app)
    pan_and_check_the_view_moves(x_session, wid, page_geometry)
    close_and_expect_exit(x_session, app, wid)


def test_a_new_window_takes_its_figures_size_without_redrawing_it_at_another(
    x_session, run_app, tmp_path
):
    script = write_script(
        tmp_path,
        """
        import matplotlib.pyplot as plt

        figure = plt.figure(figsize=(6.4, 4.8), dpi=100)
        figure.add_subplot().plot([0, 1, 2], [2, 0, 1])
        report = lambda event: print(event.name, *event.canvas.get_width_height(), flush=True)
        figure.canvas.mpl_connect("draw_event", report)
        figure.canvas.mpl_connect("resize_event", report)
        plt.show()
        """,
    )
    app = run_app("webfig-desktop", script)
    wid = show_figure(x_session, app)
    x_session.wait_for_still(wid)
    close_and_expect_exit(x_session, app, wid)
    reports = [line for line in app.output().splitlines() if line.endswith("_event 640 480")]
    others = [line for line in app.output().splitlines() if "_event" in line]
    assert reports and reports == others, others


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
    x_session, run_app, tmp_path, count, page_geometry
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
    pan_and_check_the_view_moves(x_session, second, page_geometry)
    close_and_expect_exit(x_session, app, second)
    assert "all closed" in app.output()


def test_a_second_plt_show_after_the_first_window_closed_opens_a_new_window(
    x_session, run_app, tmp_path
):
    script = write_script(
        tmp_path,
        """
        import matplotlib.pyplot as plt
        for title in ("first", "second"):
            fig, ax = plt.subplots(num=title)
            ax.plot([0, 1, 2], [1, 0, 1])
            plt.show()
            print("closed", title, flush=True)
        """,
    )
    app = run_app("webfig-desktop", script)
    x_session.close_window(show_figure(x_session, app, "^first$"))
    second = show_figure(x_session, app, "^second$")
    close_and_expect_exit(x_session, app, second)
    assert "closed first" in app.output() and "closed second" in app.output()
