"""Dark mode: the window's chrome follows the desktop's light or dark setting, live, and the
figure keeps its own colours.

In a real window the desktop's setting is a real one: an XSETTINGS daemon on the test display
says which GTK theme the desktop uses, as GNOME's settings daemon does, and the app runs as on a
GNOME desktop, where Qt reads the setting through its gtk3 platform theme. The page's part is
also checked in Chromium, which follows its emulated prefers-color-scheme.
"""

import itertools
import shutil
import signal
import subprocess

import numpy as np
import pytest
from matplotlib.figure import Figure

from tests.app_windows import TOOLBAR_GREY, count_colour, run_figure_script
from webfig_desktop.harness.served_figure import serving
from webfig_desktop.harness.waiting import wait_until

DARK_CHROME = (43, 43, 43)  # scheme.css: the toolbar's and status line's dark background
# Adwaita's window background in Qt's palette (the menu bar's), dark and light.
DARK_MENU_BAR = (50, 50, 50)
LIGHT_MENU_BAR = (250, 249, 248)
WHITE = (255, 255, 255)

# Figure numbers of their own: a served figure stays served until the process ends.
_NUMBERS = itertools.count(7300)


class DesktopTheme:
    """The GTK theme an XSETTINGS daemon announces on a display, changed with `set`, as a
    desktop's settings panel changes it."""

    def __init__(self, env: dict[str, str], folder, theme: str) -> None:
        self._config = folder / "xsettingsd.conf"
        self._write(theme)
        self._daemon = subprocess.Popen(
            ["xsettingsd", "--config", str(self._config)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def _write(self, theme: str) -> None:
        self._config.write_text(f'Net/ThemeName "{theme}"\n')

    def set(self, theme: str) -> None:
        self._write(theme)
        # xsettingsd reads its file again on SIGHUP and tells every client.
        self._daemon.send_signal(signal.SIGHUP)

    def stop(self) -> None:
        self._daemon.terminate()
        self._daemon.wait(5)


@pytest.fixture
def desktop_theme(x_session, tmp_path):
    """The test display's desktop, dark to begin with (Adwaita-dark)."""
    if not shutil.which("xsettingsd"):
        pytest.fail("xsettingsd not found: run `make system`", pytrace=False)
    theme = DesktopTheme(x_session.env, tmp_path, "Adwaita-dark")
    yield theme
    theme.stop()


def toolbar_rows(image, colour) -> np.ndarray:
    """The rows where the page's chrome has `colour`, at the window's left edge (the toolbar's
    and the status line's)."""
    column = np.asarray(image, dtype=int)[:, 2]
    return np.flatnonzero((np.abs(column - colour) <= 2).all(axis=1))


def toolbar(image, colour):
    """The toolbar's band of pixels, if the toolbar has `colour`: the first run of rows of
    that colour below the menu bar."""
    rows = toolbar_rows(image, colour)
    if len(rows) < 20:
        return None
    first = rows[0]
    band = rows[rows < first + 40]
    return np.asarray(image)[band[0] : band[-1] + 1]


def shows_scheme(image, chrome, icon, menu_bar) -> bool:
    """A toolbar of `chrome` with icons drawn in `icon`, under a menu bar of `menu_bar`,
    around a figure whose face stays white."""
    band = toolbar(image, chrome)
    return (
        band is not None
        and count_colour(band, icon, tolerance=40) > 150
        and count_colour(np.asarray(image)[:6, 40:], menu_bar, tolerance=6) > 100
        and count_colour(image, WHITE, tolerance=0) > image.width * image.height // 3
    )


def shows_dark(image) -> bool:
    return shows_scheme(image, DARK_CHROME, (230, 230, 230), DARK_MENU_BAR)


def shows_light(image) -> bool:
    return shows_scheme(image, TOOLBAR_GREY, (0, 0, 0), LIGHT_MENU_BAR)


def test_the_toolbar_and_menus_follow_the_desktops_dark_setting_live(
    x_session, run_app, tmp_path, desktop_theme
):
    app, wid = run_figure_script(
        x_session,
        run_app,
        tmp_path,
        "plt.show()\n",
        # As on a GNOME desktop, where Qt picks its gtk3 platform theme by itself.
        env_extra={"XDG_CURRENT_DESKTOP": "GNOME"},
    )
    x_session.wait_for_pixels(wid, shows_dark, 10, "a dark toolbar and menu bar, a white figure")
    desktop_theme.set("Adwaita")
    x_session.wait_for_pixels(wid, shows_light, 10, "the toolbar and menu bar turned light")
    desktop_theme.set("Adwaita-dark")
    x_session.wait_for_pixels(wid, shows_dark, 10, "the toolbar and menu bar dark again")
    x_session.close_window(wid)
    assert app.wait(15) == 0, app.output()


# Figure 1's window is up; figure 2's opens once the test makes the file `opened`.
SECOND_WINDOW = """
import os
plt.show(block=False)
while not os.path.exists({opened!r}):
    plt.pause(0.05)
plt.figure(2, figsize=(6.4, 4.8)).add_axes((0.1, 0.3, 0.8, 0.6)).plot([0, 1], lw=3)
plt.show()
"""


def test_a_window_opened_after_the_desktop_turned_light_opens_light(
    x_session, run_app, tmp_path, desktop_theme
):
    # Qt's web engine gives a page the setting as it loads: no word from the viewer is needed.
    opened = tmp_path / "open the second window"
    app, first = run_figure_script(
        x_session,
        run_app,
        tmp_path,
        SECOND_WINDOW.format(opened=str(opened)),
        env_extra={"XDG_CURRENT_DESKTOP": "GNOME"},
    )
    x_session.wait_for_pixels(first, shows_dark, 10, "a dark toolbar and menu bar")
    desktop_theme.set("Adwaita")
    x_session.wait_for_pixels(first, shows_light, 10, "the toolbar and menu bar turned light")
    opened.touch()
    second = x_session.wait_for_window("^Figure 2$", timeout=30)
    x_session.wait_for_pixels(second, shows_light, 10, "the new window light")
    for wid in (second, first):
        x_session.close_window(wid)
    assert app.wait(15) == 0, app.output()


# -- the page alone, in Chromium ----------------------------------------------------------


def chrome_colours(page) -> dict[str, str]:
    return page.evaluate(
        """() => {
          const style = (selector) => getComputedStyle(document.querySelector(selector));
          return {
            toolbar: style("#toolbar").backgroundColor,
            status: style("#status").backgroundColor,
            icon: style("#toolbar img").filter,
            canvas: style("#figure").filter,
          };
        }"""
    )


DARK_PAGE = {
    "toolbar": "rgb(43, 43, 43)",
    "status": "rgb(43, 43, 43)",
    "icon": "invert(0.9) hue-rotate(180deg)",
    "canvas": "none",
}
LIGHT_PAGE = {
    "toolbar": "rgb(246, 246, 246)",
    "status": "rgb(246, 246, 246)",
    "icon": "none",
    "canvas": "none",
}


def test_the_page_follows_prefers_color_scheme_live_unless_the_viewer_says_which(new_page):
    figure = Figure(figsize=(4, 3))
    figure.add_subplot().plot([0, 1], [0, 1])
    with serving(figure, next(_NUMBERS)) as url:
        page = new_page()
        page.emulate_media(color_scheme="dark")
        page.goto(url)
        page.wait_for_selector("#toolbar img")
        assert chrome_colours(page) == DARK_PAGE

        page.emulate_media(color_scheme="light")
        wait_until("a light toolbar", lambda: chrome_colours(page) == LIGHT_PAGE, 5)

        # The viewer on Qt, whose engine keeps a page's scheme while it is open, says which.
        page.evaluate("webfigScheme('dark')")
        assert chrome_colours(page) == DARK_PAGE
        page.evaluate("webfigScheme(null)")
        assert chrome_colours(page) == LIGHT_PAGE
