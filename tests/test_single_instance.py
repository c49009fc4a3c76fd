"""One running app for documents: a pickle opened while the app runs opens in it, through a
socket only the user can reach; scripts keep their own process."""

import os
import socket
import stat
import time

from tests.app_windows import close_and_expect_exit, show_figure, webfig_processes
from tests.test_app_pickles import make_figure_pickle


def test_a_second_pickle_opens_in_the_running_app_at_once(
    x_session, run_app, tmp_path, config_home, measured
):
    first = make_figure_pickle(tmp_path / "first.pickle")
    second = make_figure_pickle(tmp_path / "second.pickle")
    started = time.monotonic()
    app = run_app("webfig-desktop", first, env_extra=config_home)
    first_wid = show_figure(x_session, app, "^first.pickle$")
    cold = time.monotonic() - started
    running = webfig_processes()

    started = time.monotonic()
    launcher = run_app("webfig-desktop", second, env_extra=config_home)
    assert launcher.wait(15) == 0, launcher.output()
    second_wid = show_figure(x_session, app, "^second.pickle$")
    warm = time.monotonic() - started
    # The launcher is gone, and the app runs no process more than it did.
    assert webfig_processes() <= running
    measured(f"time to the window: {cold:.2f} s cold, {warm:.2f} s into the running app")

    x_session.close_window(first_wid)
    close_and_expect_exit(x_session, app, second_wid)


def test_the_apps_socket_is_the_users_alone(x_session, run_app, tmp_path, config_home):
    app = run_app("webfig-desktop", env_extra=config_home)
    wid = x_session.wait_for_window("^webfig-desktop$", timeout=30)
    path = tmp_path / "runtime" / "webfig-desktop.sock"
    mode = os.stat(path).st_mode
    assert stat.S_ISSOCK(mode) and not mode & (stat.S_IRWXG | stat.S_IRWXO)
    assert not os.stat(path.parent).st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    # A message that is not a list of files is refused, and the app goes on.
    with socket.socket(socket.AF_UNIX) as connection:
        connection.connect(str(path))
        connection.sendall(b'{"paths": "/etc/passwd", "trust": true}\n')
        assert connection.recv(16) == b""
    close_and_expect_exit(x_session, app, wid)
    assert not path.exists()
