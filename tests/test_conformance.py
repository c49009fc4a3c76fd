"""Where a native backend sets the rule, our windows follow it: each defect found by trying
real clients against QtAgg, shown in a real window where it needs one."""

import re

from tests.app_windows import (
    close_and_expect_exit,
    count_colour,
    page_top,
    run_figure_script,
    wait_for_output,
    write_script,
)
from webfig_desktop.harness.waiting import wait_until

TAB_BLUE = (31, 119, 180)


def test_a_raising_callback_is_printed_and_the_next_callback_still_runs(
    x_session, run_app, tmp_path
):
    body = """
fig.canvas.mpl_connect("button_press_event", lambda event: 1 / 0)
fig.canvas.mpl_connect("button_press_event", lambda event: say("second", event.button))
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    for clicks in (1, 2):
        x_session.click(320, 250, wid=wid)
        wait_until(
            f"the second callback, {clicks} times",
            lambda clicks=clicks: app.output().count("second 1") == clicks,
            15,
        )
    assert app.output().count("ZeroDivisionError: division by zero") == 2
    close_and_expect_exit(x_session, app, wid)


def test_file_close_in_the_native_menu_closes_the_figure(x_session, run_app, tmp_path):
    body = """
fig.canvas.mpl_connect("close_event", lambda event: say("close_event"))
plt.show()
say("show returned")
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    image = x_session.wait_for_still(wid)
    # The menu bar above the page: its File menu, then the menu's last item, Close.
    x_session.click(20, page_top(image) // 2, wid=wid)
    x_session.key("Up")
    x_session.key("Return")
    assert app.wait(15) == 0, app.output()
    assert re.search(r"^close_event\nshow returned$", app.output(), re.MULTILINE)


def test_a_figure_resized_by_a_callback_redraws_at_its_new_size(x_session, run_app, tmp_path):
    body = """
def on_key(event):
    if event.key == "r":
        fig.set_size_inches(8, 3)
fig.canvas.mpl_connect("key_press_event", on_key)
fig.canvas.mpl_connect("resize_event", lambda event: say("resized", *fig.canvas.get_width_height()))
fig.canvas.mpl_connect("draw_event", lambda event: say("drawn", *fig.canvas.get_width_height()))
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    x_session.click(320, 250, wid=wid)
    x_session.key("r", wid=wid)
    wait_for_output(app, r"^resized 800 300$")
    wait_for_output(app, r"^drawn 800 300$")
    # The window shows the new frame: the line spans the new width.
    x_session.wait_for_pixels(
        wid,
        lambda image: image.width == 800 and count_colour(image.crop((650, 0, 800, 400)), TAB_BLUE),
        15,
        "the line drawn 800 wide",
    )
    close_and_expect_exit(x_session, app, wid)


def test_a_closed_figure_gets_its_base_canvas_back(x_session, run_app, tmp_path):
    body = """
plt.show()
say("canvas", type(fig.canvas).__name__)
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    close_and_expect_exit(x_session, app, wid)
    assert "canvas FigureCanvasBase" in app.output()


def test_a_run_prints_only_what_the_script_prints(x_session, run_app, tmp_path):
    app, wid = run_figure_script(x_session, run_app, tmp_path, 'say("hello")\nplt.show()\n')
    close_and_expect_exit(x_session, app, wid)
    assert app.output() == "hello\n"


def test_new_windows_cascade_and_stay_on_screen(x_session, run_app, tmp_path):
    script = write_script(
        tmp_path,
        """
        import matplotlib.pyplot as plt
        for number in range(1, 7):
            plt.figure(number).add_subplot().plot([0, 1], [1, number], color="tab:blue")
        plt.show()
        """,
    )
    earlier = set(x_session.top_level_windows())
    app = run_app("webfig-desktop", script)
    windows = [
        x_session.wait_for_window(f"^Figure {number}$", timeout=30, exclude=earlier)
        for number in range(1, 7)
    ]
    places = [x_session.window_geometry(wid) for wid in windows]
    assert len({(x, y) for x, y, _, _ in places}) == 6, places
    for x, y, width, height in places:
        assert x >= 0 and x + width <= x_session.width, places
        assert y >= 0 and y + height <= x_session.height, places
    for wid in windows:
        x_session.close_window(wid)
    assert app.wait(20) == 0, app.output()


def test_export_gives_a_name_typed_without_extension_the_chosen_formats(
    x_session, run_app, tmp_path
):
    body = """
plt.rcParams["savefig.format"] = "svg"
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    x_session.click(320, 250, wid=wid)
    x_session.key("s", wid=wid)
    dialog = x_session.wait_for_window("^Save file$", timeout=15)
    x_session.key("ctrl+a", wid=dialog)
    x_session.type_text(str(tmp_path / "plot"))
    x_session.key("Return")
    saved = tmp_path / "plot.svg"
    wait_until("plot.svg", lambda: saved.exists() and b"</svg>" in saved.read_bytes(), 15)
    close_and_expect_exit(x_session, app, wid)


def test_on_a_hidpi_screen_the_first_frame_is_drawn_once_at_its_ratio(x_session, run_app, tmp_path):
    body = """
fig.canvas.mpl_connect("draw_event", lambda event: say("drawn at", fig.canvas.device_pixel_ratio))
fig.canvas.mpl_connect("key_press_event", lambda event: say("key", event.key))
plt.show()
"""
    app, wid = run_figure_script(
        x_session, run_app, tmp_path, body, env_extra={"QT_SCALE_FACTOR": "2"}
    )
    x_session.click(320, 250, wid=wid)
    x_session.key("x", wid=wid)
    # Input is handled in order: a draw the page's first size caused would come before the key.
    wait_for_output(app, r"^key x$")
    assert re.findall(r"^drawn at .*$", app.output(), re.MULTILINE) == ["drawn at 2.0"]
    close_and_expect_exit(x_session, app, wid)


def test_a_script_sees_its_own_path_and_its_errors_as_python_shows_them(run_app, tmp_path):
    write_script(
        tmp_path,
        """
        import os
        print("file", __file__, os.path.isabs(__file__))
        undefined_name = 1
        print(undefined_nam)
        """,
    )
    app = run_app("webfig-desktop", "script.py", cwd=str(tmp_path))
    assert app.wait(30) == 1
    assert f"file {tmp_path / 'script.py'} True" in app.output()
    assert "NameError: name 'undefined_nam' is not defined. Did you mean: 'undefined_name'?" in (
        app.output()
    )


def test_an_export_that_fails_says_why_in_a_dialog(x_session, run_app, tmp_path):
    app, wid = run_figure_script(x_session, run_app, tmp_path, "plt.show()\n")
    x_session.click(320, 250, wid=wid)
    x_session.key("s", wid=wid)
    dialog = x_session.wait_for_window("^Save file$", timeout=15)
    x_session.key("ctrl+a", wid=dialog)
    x_session.type_text(str(tmp_path / "plot.xyz"))  # no format of matplotlib's
    x_session.key("Return")
    alert = x_session.wait_for_window("^Could not save the figure$", timeout=15)
    x_session.close_window(alert)
    x_session.wait_gone("^Could not save the figure$")
    assert list(tmp_path.glob("*plot*")) == []  # nor a temporary file left behind
    close_and_expect_exit(x_session, app, wid)
