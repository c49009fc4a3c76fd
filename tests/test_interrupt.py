"""Ctrl+C in a terminal: the app ends quietly with status 130 and leaves nothing running, and a
script that catches the KeyboardInterrupt goes on as under `python script.py`, windows and all.

A terminal sends Ctrl+C's SIGINT to its whole foreground process group; so do these tests, to
the group the app leads."""

import os
import pickle
import signal

import pytest
from matplotlib.figure import Figure

from tests.app_windows import (
    LINE_PLOT,
    close_and_expect_exit,
    run_figure_script,
    show_figure,
    write_script,
)
from webfig_desktop.harness.app_process import describe_process
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.pickle_sandbox import sandbox_command

# Enough texts for seconds of each step of opening the file: the safe loader's reading, this
# process's reading, the first draw.
SLOW_PICKLE_TEXTS = 6000


def ctrl_c(app) -> str:
    """Press Ctrl+C as a terminal would; expect the app to end with status 130, and every process
    it started to end too. Returns what all of them printed."""
    os.killpg(app.pid, signal.SIGINT)
    assert app.wait(30) == 130, app.output()
    # Only once they have all ended has each printed all it will.
    assert not app.leftover_processes(10)
    return app.output()


def assert_quiet(output: str) -> None:
    assert "Traceback" not in output and "KeyboardInterrupt" not in output, output


def test_ctrl_c_while_a_script_computes_before_any_figure_ends_quietly(run_app, tmp_path):
    script = write_script(
        tmp_path,
        """
        import time
        import matplotlib.pyplot as plt
        print("computing", flush=True)
        time.sleep(120)
        """,
    )
    app = run_app("webfig-desktop", script)
    app.wait_for_line("computing", 30)
    assert_quiet(ctrl_c(app))


def test_ctrl_c_while_windows_are_open_ends_quietly_and_closes_them(x_session, run_app):
    app = run_app("webfig-desktop", LINE_PLOT)
    show_figure(x_session, app)
    assert_quiet(ctrl_c(app))
    x_session.wait_gone("^Figure 1$", timeout=5)


def test_ctrl_c_with_the_welcome_window_open_ends_quietly(x_session, run_app, config_home):
    app = run_app("webfig-desktop", env_extra=config_home)
    x_session.wait_for_window("^webfig-desktop$", timeout=30)
    assert_quiet(ctrl_c(app))


def test_a_script_that_catches_ctrl_c_before_showing_still_gets_its_window(
    x_session, run_app, tmp_path
):
    script = write_script(
        tmp_path,
        """
        import time
        import matplotlib.pyplot as plt
        try:
            print("computing", flush=True)
            time.sleep(120)
        except KeyboardInterrupt:
            print("stopped early", flush=True)
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [0, 1, 0], color="tab:blue", lw=3)
        plt.show()
        """,
    )
    app = run_app("webfig-desktop", script)
    app.wait_for_line("computing", 30)
    os.killpg(app.pid, signal.SIGINT)
    app.wait_for_line("stopped early", 10)
    # The viewer, started while the script computed, was not interrupted with it.
    close_and_expect_exit(x_session, app, show_figure(x_session, app))
    assert_quiet(app.output())


def test_a_script_that_catches_ctrl_c_in_plt_show_keeps_its_window_live(
    x_session, run_app, tmp_path
):
    body = """
fig.canvas.mpl_connect("button_press_event", lambda event: say("clicked"))
try:
    plt.show()
except KeyboardInterrupt:
    say("caught")
plt.show()
say("closed")
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    os.killpg(app.pid, signal.SIGINT)
    app.wait_for_line("caught", 10)
    # The same window, still answering: the second plt.show() gets its clicks and its closing.
    x_session.click(320, 200, wid=wid)
    app.wait_for_line("clicked", 10)
    close_and_expect_exit(x_session, app, wid)
    assert "closed" in app.output()
    assert_quiet(app.output())


def test_a_second_ctrl_c_still_ends_the_wait_for_the_scripts_own_thread(
    x_session, run_app, tmp_path
):
    body = """
import threading
def outlive_the_script():  # Python waits for this thread at exit
    threading.main_thread().join()
    say("the script has ended")
    threading.Event().wait()
threading.Thread(target=outlive_the_script).start()
plt.show()
"""
    app, _ = run_figure_script(x_session, run_app, tmp_path, body)
    os.killpg(app.pid, signal.SIGINT)
    app.wait_for_line("the script has ended", 15)
    assert app.processes() == [app.pid]  # the app has ended its children, and waits
    os.killpg(app.pid, signal.SIGINT)
    # What Python itself prints then, the thread being the script's, is as under `python`.
    assert app.wait(15) == 130, app.output()


@pytest.fixture(scope="module")
def slow_pickle(tmp_path_factory) -> str:
    """A figure of many texts, which takes seconds to load and to draw."""
    figure = Figure(figsize=(6.4, 4.8))
    axes = figure.add_subplot()
    for n in range(SLOW_PICKLE_TEXTS):
        axes.text(n % 50 / 50, n / SLOW_PICKLE_TEXTS, str(n))
    path = tmp_path_factory.mktemp("slow") / "slow.pickle"
    path.write_bytes(pickle.dumps(figure))
    return str(path)


def safe_loaders(app) -> set[int]:
    """The app's children that run the safe loader."""
    # Whichever Python runs it: the app's may be a link to the tests' under another name.
    arguments = " ".join(sandbox_command()[1:])
    return {pid for pid in app.processes() if describe_process(pid).endswith(arguments)}


def reading_in_the_safe_loader(x_session, app) -> None:
    # The loader that takes the file starts the next one, for the file after it.
    wait_until("a safe loader reading the file", lambda: len(safe_loaders(app)) == 2, 30)


def reading_in_the_app(x_session, app) -> None:
    reading_in_the_safe_loader(x_session, app)
    both = safe_loaders(app)
    # The spare waits for a file; the one that ends has read this one, which the app now reads.
    wait_until("the safe loader done", lambda: len(both & safe_loaders(app)) == 1, 30)


def drawing_its_window(x_session, app) -> None:
    x_session.wait_for_window("^slow.pickle$", timeout=60)


@pytest.mark.parametrize(
    "moment", [reading_in_the_safe_loader, reading_in_the_app, drawing_its_window]
)
def test_ctrl_c_while_a_pickle_opens_ends_quietly(
    x_session, run_app, config_home, slow_pickle, moment
):
    app = run_app("webfig-desktop", slow_pickle, env_extra=config_home)
    moment(x_session, app)
    assert_quiet(ctrl_c(app))
