"""Opening figure pickles from the file manager, offered by the app itself (Linux): the packaged
app asks once, in its welcome window, and the welcome window's File menu does it at any time.
The question in the real packaged app is tested in tests/test_package.py."""

import json
import sys

import pytest

from tests.app_windows import close_and_expect_exit
from webfig_desktop import desktop_entry, desktop_offer

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="desktop entries are the Linux desktops' own"
)


@pytest.fixture
def user_folders(tmp_path, monkeypatch):
    folders = {"XDG_CONFIG_HOME": tmp_path / "config", "XDG_DATA_HOME": tmp_path / "data"}
    for name, folder in folders.items():
        monkeypatch.setenv(name, str(folder))
    return folders


def test_only_the_packaged_app_asks_and_only_until_answered_or_installed(user_folders, monkeypatch):
    assert not desktop_offer.is_due()  # an installed package: its user has the command line
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop_offer.is_due()

    (user_folders["XDG_CONFIG_HOME"] / "webfig-desktop").mkdir(parents=True)
    answer = user_folders["XDG_CONFIG_HOME"] / "webfig-desktop" / "desktop_offer.json"
    answer.write_text('{"accepted": false}')
    assert not desktop_offer.is_due()
    answer.unlink()

    desktop_entry.install([".pickle"])
    assert not desktop_offer.is_due()
    desktop_entry.uninstall()
    assert desktop_offer.is_due()


def test_the_welcome_windows_file_menu_installs_the_desktop_entry_and_says_so(
    x_session, run_app, tmp_path
):
    app = run_app("webfig-desktop")
    welcome = x_session.wait_for_window("^webfig-desktop$", timeout=30)
    x_session.wait_for_still(welcome)
    # File → the item after Open…, from the menu bar, with the keys a menu takes.
    x_session.click(20, 8, wid=welcome)
    x_session.key("Down")
    x_session.key("Down")
    x_session.key("Return")
    alert = x_session.wait_for_window("^Figure pickles open in webfig-desktop$", timeout=15)
    entry = tmp_path / "data" / "applications" / "webfig-desktop.desktop"
    assert "MimeType=application/x-matplotlib-figure-pickle;" in entry.read_text()
    settings = tmp_path / "config" / "webfig-desktop" / "desktop_offer.json"
    assert json.loads(settings.read_text()) == {"accepted": True}
    x_session.key("Return", wid=alert)
    x_session.wait_gone("^Figure pickles open in webfig-desktop$")
    close_and_expect_exit(x_session, app, welcome)
