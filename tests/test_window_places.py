"""Windows that remember: a figure's window opens where it was when it closed, by the script and
figure number (or the pickle's path), on a screen that still shows it; Window → Forget size and
place forgets it."""

import json

from tests.app_windows import close_and_expect_exit, run_figure_script
from webfig_desktop.harness.waiting import wait_until


def place_after_moving(x_session, wid, x, y, width, height):
    x_session.xdotool("windowmove", wid, x, y)
    x_session.resize_window(wid, width, height)
    wait_until(
        "the window moved",
        lambda: abs(x_session.window_geometry(wid)[0] - x) <= 10,
        10,
    )
    return x_session.window_geometry(wid)


def test_a_window_moved_and_resized_opens_there_again_and_forgets_it_when_asked(
    x_session, run_app, tmp_path, config_home
):
    body = "plt.show()\n"
    app, wid = run_figure_script(x_session, run_app, tmp_path, body, env_extra=config_home)
    first = x_session.window_geometry(wid)
    moved = place_after_moving(x_session, wid, 700, 300, 500, 420)
    close_and_expect_exit(x_session, app, wid)

    app, wid = run_figure_script(x_session, run_app, tmp_path, body, env_extra=config_home)
    assert x_session.window_geometry(wid) == moved
    # Window → Forget size and place, from the menu bar, with the keys a menu takes.
    x, y, _, _ = x_session.window_geometry(wid)
    x_session.click(110, 8, wid=wid)
    x_session.key("Down")
    x_session.key("Return")
    close_and_expect_exit(x_session, app, wid)

    app, wid = run_figure_script(x_session, run_app, tmp_path, body, env_extra=config_home)
    assert x_session.window_geometry(wid) == first
    close_and_expect_exit(x_session, app, wid)


def test_a_place_on_a_screen_that_is_gone_is_not_used(x_session, run_app, tmp_path, config_home):
    script = tmp_path / "script.py"
    places = {f"script:{script}#1": [5000, 4000, 500, 420]}
    folder = tmp_path / "config" / "webfig-desktop"
    folder.mkdir(parents=True)
    (folder / "windows.json").write_text(json.dumps(places))
    app, wid = run_figure_script(x_session, run_app, tmp_path, "plt.show()\n", config_home)
    x, y, width, height = x_session.window_geometry(wid)
    assert 0 <= x < x_session.width and 0 <= y < x_session.height
    close_and_expect_exit(x_session, app, wid)
