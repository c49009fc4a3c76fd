"""Watch mode: a script runs again in its windows, with the user's view, each time it or a
module of its own is saved; a folder's pickles open as they are written, and their windows
follow their files."""

import re
import subprocess
import sys
import textwrap

import numpy as np

from tests.app_windows import (
    TAB_BLUE,
    canvas_top,
    count_colour,
    page_painted,
    pan_and_check_the_view_moves,
    show_figure,
    tip_box,
    toolbar_button,
    wait_for_output,
    webfig_processes,
)
from tests.test_editing import TIPS_PICKLER, asking
from webfig_desktop.harness.waiting import wait_until

TAB_ORANGE = (255, 127, 14)
TAB_GREEN = (44, 160, 44)

WATCHED_SCRIPT = """
import matplotlib.pyplot as plt
from style import COLOR

fig = plt.figure(figsize=(6.4, 4.8))
ax = fig.add_axes((0.1, 0.3, 0.8, 0.6))
ax.plot([0, 1, 2], [0, 1, 0], color=COLOR, lw=3)


def report(event):
    xlim = ", ".join(f"{{x:.4f}}" for x in ax.get_xlim())
    print(f"drawn {{COLOR}} xlim {{xlim}} mode {{fig.canvas.toolbar.mode.name}}", flush=True)


fig.canvas.mpl_connect("draw_event", report)
{failure}
plt.show()
"""


def write(path, text):
    path.write_text(textwrap.dedent(text))


def last_draw(app, colour):
    """The x limits and toolbar mode of the last draw of the run that plots in `colour`."""
    match = wait_for_output(app, rf"drawn {colour} xlim (.*) mode (\w+)$")
    drawn = re.findall(rf"^drawn {colour} xlim (.*) mode (\w+)$", app.output(), re.MULTILINE)
    return drawn[-1] if drawn else match.groups()


def wait_for_orange_not_blue(x_session, wid, what):
    x_session.wait_for_pixels(
        wid,
        lambda image: count_colour(image, TAB_ORANGE) > 200 and count_colour(image, TAB_BLUE) < 20,
        20,
        what,
    )


def status_line(image):
    return image.convert("L").crop((8, image.height - 20, 500, image.height - 8))


def test_a_watched_script_runs_again_in_its_window_with_the_view_the_user_made(
    x_session, run_app, tmp_path, config_home, page_geometry
):
    script = tmp_path / "script.py"
    write(script, WATCHED_SCRIPT.format(failure=""))
    write(tmp_path / "style.py", 'COLOR = "tab:blue"\n')
    app = run_app("webfig-desktop", "--watch", str(script), env_extra=config_home)
    wid = show_figure(x_session, app)
    pan_and_check_the_view_moves(x_session, wid, page_geometry)
    x_session.wait_for_still(wid)
    panned = last_draw(app, "tab:blue")
    assert panned[1] == "PAN" and panned[0] != "-0.1000, 2.1000"
    running = webfig_processes()

    # A module of the script's own folder is saved: the script runs again, in the same window.
    write(tmp_path / "style.py", 'COLOR = "tab:orange"\n')
    wait_for_orange_not_blue(x_session, wid, "the new run's orange line")
    assert last_draw(app, "tab:orange") == panned
    # Home is the new run's own view.
    image = x_session.wait_for_still(wid)
    x_session.click(*toolbar_button(image, page_geometry, "home"), wid=wid)
    wait_until(
        "the new run's own view",
        lambda: last_draw(app, "tab:orange") == ("-0.1000, 2.1000", "PAN"),
        10,
    )
    assert x_session.find_windows("^Figure 1$") == [wid]
    assert webfig_processes() == running

    # A run that fails keeps the figure of the last that worked, and says why in its window.
    write(script, WATCHED_SCRIPT.format(failure='raise ValueError("bad data")'))
    wait_for_output(app, r"ValueError: bad data")
    x_session.move(5, 5)  # away from the axes, whose coordinates the status line would show
    x_session.wait_for_pixels(
        wid,
        lambda image: (
            np.asarray(status_line(image)).min() < 100 and count_colour(image, TAB_ORANGE) > 200
        ),
        10,
        "the error in the status line, over the last good figure",
    )

    # Mended, it runs again, still in the same window.
    write(script, WATCHED_SCRIPT.format(failure=""))
    write(tmp_path / "style.py", 'COLOR = "tab:green"\n')
    x_session.wait_for_pixels(
        wid, lambda image: count_colour(image, TAB_GREEN) > 200, 20, "the mended run's line"
    )
    assert x_session.find_windows("^Figure 1$") == [wid]

    # An edit in the window (a data tip on the peak, (1, 1)) is the figure's, not the
    # script's: the next run's figure has none, and closes without asking.
    image = x_session.wait_for_still(wid)
    x_session.click(*toolbar_button(image, page_geometry, "inspect"), wid=wid)
    x_session.click(320, canvas_top(image, page_geometry) + 61, wid=wid)
    x_session.wait_for_window(r"^\*Figure 1$", timeout=10)
    write(tmp_path / "style.py", 'COLOR = "tab:blue"\n')
    x_session.wait_for_pixels(
        wid, lambda image: count_colour(image, TAB_BLUE) > 200, 20, "the last run's line"
    )
    x_session.wait_for_window("^Figure 1$", timeout=10)
    x_session.close_window(wid)
    assert app.wait(15) == 0, app.output()


PICKLER = """
import pickle, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([0, 1, 2, 3], [1, 3, 2, 4], color=sys.argv[2], lw=3)
with open(sys.argv[1], "wb") as f:
    pickle.dump(fig, f)
"""


def pickle_into(path, colour):
    # Written in place by a plain matplotlib process, as a simulation's own script would.
    subprocess.run([sys.executable, "-c", PICKLER, str(path), colour], check=True)


def test_pickles_written_into_a_watched_folder_open_and_their_windows_follow_them(
    x_session, run_app, tmp_path, config_home
):
    folder = tmp_path / "results"
    folder.mkdir()
    app = run_app("webfig-desktop", "--watch", str(folder), env_extra=config_home)
    welcome = x_session.wait_for_window("^webfig-desktop$", timeout=30)
    x_session.wait_for_still(welcome)
    running = webfig_processes()

    pickle_into(folder / "run.pickle", "tab:blue")
    wid = show_figure(x_session, app, "^run.pickle$")
    # Written again: the same window shows the new figure.
    pickle_into(folder / "run.pickle", "tab:orange")
    wait_for_orange_not_blue(x_session, wid, "the file's new figure")
    assert x_session.find_windows("^run.pickle$") == [wid]

    # The app's own save into the folder is not news: no window opens for it.
    x_session.click(300, 250, wid=wid)
    x_session.key("ctrl+shift+s")
    dialog = x_session.wait_for_window("^Save file$", timeout=15)
    x_session.key("ctrl+a", wid=dialog)
    x_session.type_text(str(folder / "copy.pickle"))
    x_session.key("Return")
    x_session.wait_gone("^Save file$")
    pickle_into(folder / "next.pickle", "tab:blue")
    show_figure(x_session, app, "^next.pickle$")
    assert (folder / "copy.pickle").exists()
    assert not x_session.find_windows("^copy.pickle$")
    assert webfig_processes() == running

    for title in ("^run.pickle$", "^next.pickle$", "^webfig-desktop$"):
        x_session.close_window(title)
    assert app.wait(15) == 0, app.output()


def test_a_watched_pickle_written_again_leaves_a_window_with_edits_not_saved_as_it_is(
    x_session, run_app, tmp_path, config_home, page_geometry
):
    folder = tmp_path / "results"
    folder.mkdir()
    app = run_app("webfig-desktop", "--watch", str(folder), env_extra=config_home)
    x_session.wait_for_still(x_session.wait_for_window("^webfig-desktop$", timeout=30))
    points = folder / "points.pickle"
    subprocess.run([sys.executable, "-c", TIPS_PICKLER, str(points)], check=True)
    wid = x_session.wait_for_window("^points.pickle$", timeout=30)
    x_session.focus(wid)
    x_session.wait_for_pixels(wid, page_painted, 30, "the page's toolbar")
    image = x_session.wait_for_still(wid)
    # An edit: a data tip pinned on the point (1, 1) (see test_editing.py).
    x_session.click(*toolbar_button(image, page_geometry, "inspect"), wid=wid)
    x_session.click(256, canvas_top(image, page_geometry) + 480 - 192, wid=wid)
    x_session.wait_for_pixels(wid, tip_box, 10, "a data tip")
    x_session.wait_for_window(r"^\*points.pickle$", timeout=10)

    subprocess.run([sys.executable, "-c", TIPS_PICKLER, str(points), "new"], check=True)
    pickle_into(folder / "after.pickle", "tab:blue")  # seen after the file written again
    show_figure(x_session, app, "^after.pickle$")
    assert x_session.find_windows(r"^\*points.pickle$") == [wid]
    x_session.focus(wid)  # from under the window just opened
    x_session.wait_for_pixels(wid, tip_box, 10, "the tip, kept")

    x_session.close_window("^after.pickle$")
    x_session.close_window("^webfig-desktop$")
    x_session.close_window(wid)
    x_session.wait_for_pixels(wid, asking, 10, "the question about the edits")
    x_session.key("Tab")
    x_session.key("Return")  # Close without saving
    assert app.wait(15) == 0, app.output()
