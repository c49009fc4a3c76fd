"""Figure pickles opened from the desktop on Linux: `--install-desktop` makes `xdg-open` (and a
file manager's double-click) open them in the app, and `--uninstall-desktop` takes back exactly
what it installed."""

import shutil
import subprocess

import pytest

from tests.app_windows import close_and_expect_exit, show_figure, webfig_processes
from tests.test_app_pickles import make_figure_pickle

pytestmark = pytest.mark.skipif(
    not (shutil.which("xdg-open") and shutil.which("update-mime-database")),
    reason="needs xdg-utils and shared-mime-info",
)
USERS_OWN = "[Added Associations]\ntext/plain=gedit.desktop;\n"


def test_xdg_open_opens_a_pickle_in_the_app_once_installed_and_uninstall_leaves_no_trace(
    x_session, run_app, tmp_path
):
    config, data = tmp_path / "config", tmp_path / "data"
    config.mkdir(exist_ok=True)
    (config / "mimeapps.list").write_text(USERS_OWN)
    env = {"XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(data)}
    figure = make_figure_pickle(tmp_path / "result.pickle")
    installer = run_app("webfig-desktop", "--install-desktop", env_extra=env)
    assert installer.wait(30) == 0, installer.output()
    assert "webfig-desktop.desktop" in installer.output()
    query = ["xdg-mime", "query", "default", "application/x-matplotlib-figure-pickle"]
    answer = subprocess.run(query, env={**x_session.env, **env}, capture_output=True, text=True)
    assert answer.stdout.strip() == "webfig-desktop.desktop"

    running = webfig_processes()
    opener = run_app("xdg-open", figure, env_extra=env)
    wid = show_figure(x_session, opener, "^result.pickle$")
    close_and_expect_exit(x_session, opener, wid)
    assert webfig_processes() <= running

    remover = run_app("webfig-desktop", "--uninstall-desktop", env_extra=env)
    assert remover.wait(30) == 0, remover.output()
    # The user's own file as it was; nothing left of the data folder, which was not there; in
    # the config folder, only what the app and matplotlib keep there besides.
    assert (config / "mimeapps.list").read_text() == USERS_OWN
    assert not data.exists()
    assert sorted(p.name for p in config.iterdir()) == [
        "matplotlib",  # matplotlib's own cache of fonts
        "mimeapps.list",
        "webfig-desktop",
    ]
