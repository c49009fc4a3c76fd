"""The README's pictures of editing, taken from the real app on a private X display::

    python -m tests.readme_screenshots OUT_FOLDER

It pickles the demo figure, opens it in the app, and saves three window screenshots: the options
panel open (options-panel.png), a data tip pinned on a line (data-tip.png), and the same window
once the desktop turned dark (dark-mode.png).
"""

import runpy
import sys
import tempfile
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from tests.app_windows import REPO, page_painted, page_top, tip_box, toolbar_button  # noqa: E402
from tests.test_dark_mode import DARK_CHROME, DesktopTheme, toolbar  # noqa: E402
from webfig_desktop.harness.app_process import AppProcess  # noqa: E402
from webfig_desktop.harness.browser import launch_chromium  # noqa: E402
from webfig_desktop.harness.page_geometry import measure_served_page  # noqa: E402
from webfig_desktop.harness.x_session import XSession  # noqa: E402
from webfig_desktop.pickles import save_figure  # noqa: E402


def demo_pickle(folder: Path) -> tuple[Path, tuple[float, float]]:
    """The demo figure as a pickle, and where on its canvas (CSS pixels from the top left) its
    first walk's 1200th step is drawn."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # plt.show() under Agg
        runpy.run_path(str(REPO / "examples" / "demo.py"))
    figure = plt.gcf()
    figure.canvas.draw()  # the constrained layout, as the window draws it
    line = figure.axes[0].lines[0]
    x, y = line.get_transform().transform((1200, line.get_ydata()[1200]))
    path = folder / "demo.pickle"
    save_figure(figure, path)
    return path, (x, figure.bbox.height - y)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        geometry = measure_served_page(browser)
        browser.close()
    with tempfile.TemporaryDirectory() as folder, XSession() as session:
        path, point = demo_pickle(Path(folder))
        # A GNOME-like desktop, whose theme turns dark for the last picture (test_dark_mode.py).
        theme = DesktopTheme(session.env, Path(folder), "Adwaita")
        app = AppProcess(
            [str(Path(sys.executable).with_name("webfig-desktop")), str(path)],
            {**session.env, "XDG_CURRENT_DESKTOP": "GNOME"},
        )
        try:
            wid = session.wait_for_window("^demo.pickle$", timeout=60)
            session.focus(wid)
            session.wait_for_pixels(wid, page_painted, 30, "the page's toolbar")
            shown = session.wait_for_still(wid)
            session.click(*toolbar_button(shown, geometry, "edit_parameters"), wid=wid)
            session.wait_for_still(wid).save(out / "options-panel.png")
            session.key("Escape")
            session.click(*toolbar_button(shown, geometry, "inspect"), wid=wid)
            top = page_top(shown) + round(geometry.stage.y)
            session.click(round(point[0]), top + round(point[1]), wid=wid)
            session.wait_for_pixels(wid, lambda image: tip_box(image) is not None, 10, "a tip")
            session.wait_for_still(wid).save(out / "data-tip.png")
            theme.set("Adwaita-dark")
            session.wait_for_pixels(
                wid, lambda image: toolbar(image, DARK_CHROME) is not None, 10, "dark chrome"
            )
            session.wait_for_still(wid).save(out / "dark-mode.png")
        finally:
            app.stop()
            theme.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
