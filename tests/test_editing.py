"""Editing a figure in its window, as a user does it: the options panel opened from the toolbar,
fields typed into, the edits seen on screen, saved back to the pickle, undone, and the window
asking before edits not saved are lost."""

import io
import json
import subprocess
import sys

import numpy as np

from tests.app_windows import (
    TAB_BLUE,
    TOOLBAR_GREY,
    canvas_part,
    canvas_top,
    close_and_expect_exit,
    count_colour,
    page_painted,
    run_figure_script,
    tip_box,
    toolbar_button,
)
from tests.test_app_pickles import make_figure_pickle
from webfig_desktop.pickles import load_figures

PANEL_GREY = (250, 250, 250)  # figure.css: the options panel's background
RED = (255, 0, 0)
MAGMA_TOP = (252, 253, 191)
# Tabs from the panel's first field (the title) to the first line's colour: the axes' fields
# (title, 2 x (min, max, label, scale), the legend button), then the line's label, line
# style, draw style and width (options.js draws them in that order).
TABS_TO_LINE_COLOUR = 14

PLAIN_READER = """
import json, pickle, sys
import matplotlib
matplotlib.use("Agg")
from matplotlib.colors import to_hex
with open(sys.argv[1], "rb") as f:
    fig = pickle.load(f)
exec(sys.argv[2])
print(json.dumps(result))
"""


def read_saved(path, code):
    """The `result` that `code` makes of the figure saved at `path` (`fig`), read by a plain
    matplotlib process, as a colleague without this app reads it."""
    out = subprocess.run(
        [sys.executable, "-c", PLAIN_READER, str(path), code],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def read_back(path):
    """The title and line colour of a saved figure."""
    return read_saved(
        path,
        "ax = fig.axes[0]\n"
        'result = {"title": ax.get_title(), "color": to_hex(ax.lines[0].get_color())}',
    )


def open_in_app(x_session, run_app, path):
    """Open the pickle at `path` in the app; the app, its window on top, and the window drawn."""
    app = run_app("webfig-desktop", str(path))
    wid = x_session.wait_for_window(f"^{path.name}$", timeout=30)
    x_session.focus(wid)
    # Not still while blank: a window is mapped before its page has painted, longer so on a
    # busy machine.
    x_session.wait_for_pixels(wid, page_painted, 30, "the page's toolbar")
    return app, wid, x_session.wait_for_still(wid)


def asking(image):
    """Whether the page's question is up: its backdrop greys the toolbar."""
    return count_colour(image, TOOLBAR_GREY, tolerance=1) < 100


def panel_shown(image):
    return count_colour(image, PANEL_GREY, tolerance=2) > 20000


def test_options_panel_edits_show_live_save_back_undo_and_guard_the_close(
    x_session, run_app, tmp_path, page_geometry
):
    path = tmp_path / "result.pickle"
    make_figure_pickle(path, title="before")
    app, wid, before = open_in_app(x_session, run_app, path)
    x_session.click(*toolbar_button(before, page_geometry, "edit_parameters"), wid=wid)
    x_session.wait_for_pixels(wid, panel_shown, 10, "the options panel")

    # The panel has the keys: its first field is the title.
    x_session.key("ctrl+a")
    x_session.type_text("Edited title")
    x_session.key("Return")
    x_session.wait_for_window(r"^\*result.pickle$", timeout=10)
    for _ in range(TABS_TO_LINE_COLOUR):
        x_session.key("Tab")
    x_session.key("ctrl+a")
    x_session.type_text("red")
    x_session.key("Return")
    x_session.wait_for_pixels(
        wid,
        lambda image: count_colour(image, RED) > 200 and count_colour(image, TAB_BLUE) < 50,
        10,
        "the line turned red",
    )

    # Saved back where it came from, from the panel's keys; the title loses its mark.
    x_session.key("ctrl+s")
    x_session.wait_for_window("^result.pickle$", timeout=10)
    assert read_back(path) == {"title": "Edited title", "color": "#ff0000"}

    # Undo from the figure's keys, then the toolbar's back button: each undoes one edit.
    x_session.key("Escape")
    x_session.wait_for_pixels(wid, lambda image: not panel_shown(image), 10, "the panel closed")
    x_session.click(300, 300, wid=wid)
    x_session.key("ctrl+z")
    x_session.wait_for_pixels(
        wid, lambda image: count_colour(image, TAB_BLUE) > 200, 10, "the line blue again"
    )
    x_session.wait_for_window(r"^\*result.pickle$", timeout=10)
    image = x_session.screenshot(wid)
    x_session.click(*toolbar_button(image, page_geometry, "back"), wid=wid)
    # The title "before" is back: the figure is drawn as it was before any edit.
    x_session.wait_for_pixels(
        wid,
        lambda image: (
            canvas_part(image, page_geometry) == canvas_part(before, page_geometry)
        ).all(),
        10,
        "the figure as it was",
    )

    # Closing would lose the edits undone since the save: the window asks, Cancel first.
    x_session.close_window(wid)
    x_session.wait_for_pixels(wid, asking, 10, "the question")
    x_session.key("Return")
    x_session.wait_for_pixels(wid, lambda image: not asking(image), 10, "the question gone")
    assert x_session.window_exists(r"^\*result.pickle$")
    # matplotlib's quit key asks too.
    x_session.click(300, 300, wid=wid)
    x_session.key("q")
    x_session.wait_for_pixels(wid, asking, 10, "the question")
    x_session.key("Tab")
    x_session.key("Return")  # Close without saving
    assert app.wait(15) == 0, app.output()
    assert read_back(path) == {"title": "Edited title", "color": "#ff0000"}


TIPS_PICKLER = """
import pickle, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig = plt.figure(figsize=(6.4, 4.8))
ax = fig.add_axes((0.1, 0.1, 0.8, 0.8))
ax.plot([0, 1, 2, 3], [0, 1, 2, 3], "o-")
ax.set_xlim(-0.5, 3.5)
ax.set_ylim(-0.5, 3.5)
ax.set_title(sys.argv[2] if len(sys.argv) > 2 else "")
with open(sys.argv[1], "wb") as f:
    pickle.dump(fig, f)
"""


def test_data_tips_pin_walk_delete_undo_and_are_saved_with_the_figure(
    x_session, run_app, tmp_path, page_geometry
):
    path = tmp_path / "points.pickle"
    subprocess.run([sys.executable, "-c", TIPS_PICKLER, str(path)], check=True)
    app, wid, image = open_in_app(x_session, run_app, path)
    x_session.click(*toolbar_button(image, page_geometry, "inspect"), wid=wid)
    # The point (1, 1): axes from 64 to 576 px across and 48 to 432 up a 640 x 480 canvas, for
    # data from -0.5 to 3.5.
    top = canvas_top(image, page_geometry)
    x_session.click(256, top + 480 - 192, wid=wid)
    first = tip_box(x_session.wait_for_pixels(wid, tip_box, 10, "a data tip"))
    x_session.key("Right")
    moved = x_session.wait_for_pixels(
        wid, lambda image: tip_box(image) not in (None, first), 10, "the tip at the next point"
    )
    # One point on: 128 px right and 96 px up.
    assert tip_box(moved) == (first[0] + 128, first[1] - 96)
    x_session.key("Delete")
    x_session.wait_for_pixels(wid, lambda image: tip_box(image) is None, 10, "no tip")
    x_session.key("ctrl+z")
    x_session.wait_for_pixels(wid, lambda image: tip_box(image) is not None, 10, "the tip back")
    # Closed with the tip not saved: the window asks; Save is its third answer.
    x_session.close_window(wid)
    x_session.wait_for_pixels(wid, asking, 10, "the question")
    x_session.key("Tab")
    x_session.key("Tab")
    x_session.key("Return")
    assert app.wait(15) == 0, app.output()
    assert read_saved(path, "result = [t.get_text() for t in fig.axes[0].texts]") == ["x: 2\ny: 2"]
    # Opened again without trusting the file, the tip is there, and in an export.
    (figure,) = load_figures(path)
    svg = io.StringIO()
    figure.savefig(svg, format="svg")
    assert "x: 2" in svg.getvalue()


def test_a_title_double_clicked_is_edited_where_it_stands_enter_applies_escape_cancels(
    x_session, run_app, tmp_path, page_geometry
):
    path = tmp_path / "points.pickle"
    subprocess.run([sys.executable, "-c", TIPS_PICKLER, str(path), "Before"], check=True)
    app, wid, image = open_in_app(x_session, run_app, path)
    # The title's middle: centred over the axes, whose top is 48 px below the canvas's.
    title = (320, canvas_top(image, page_geometry) + 36)

    def around_title(image):
        return np.asarray(image.crop((title[0] - 90, title[1] - 16, title[0] + 90, title[1] + 16)))

    def changed_from(shown):
        return lambda image: (around_title(image) != around_title(shown)).any()

    x_session.click_burst([title, title], wid=wid)
    x_session.wait_for_pixels(wid, changed_from(image), 10, "the title's field")
    x_session.type_text("After")  # its words are selected: typing replaces them
    x_session.key("Return")
    x_session.wait_for_window(r"^\*points.pickle$", timeout=10)
    x_session.key("ctrl+s")
    x_session.wait_for_window("^points.pickle$", timeout=10)
    saved = x_session.wait_for_still(wid)
    x_session.click_burst([title, title], wid=wid)
    x_session.wait_for_pixels(wid, changed_from(saved), 10, "the title's field")
    x_session.type_text("Dropped")
    x_session.key("Escape")
    x_session.wait_for_pixels(
        wid, lambda image: not changed_from(saved)(image), 10, "the title as saved"
    )
    assert read_back(path)["title"] == "After"
    assert x_session.window_exists("^points.pickle$")  # nothing changed since the save
    close_and_expect_exit(x_session, app, wid)


FIELDS_PICKLER = """
import pickle, sys
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig = plt.figure(figsize=(6.4, 4.8))
ax = fig.add_axes((0.1, 0.1, 0.35, 0.8))
ax.plot([1, 2, 3], [1, 10, 100], "o-", label="data")
fig.add_axes((0.55, 0.1, 0.35, 0.8)).imshow(np.linspace(0, 1, 16).reshape(4, 4), cmap="gray")
with open(sys.argv[1], "wb") as f:
    pickle.dump(fig, f)
"""
READ_FIELDS = """
ax, image_axes = fig.axes
line, image = ax.lines[0], image_axes.images[0]
legend = ax.get_legend()
result = {
    "title": ax.get_title(), "xlim": list(ax.get_xlim()), "xlabel": ax.get_xlabel(),
    "ylim": list(ax.get_ylim()), "ylabel": ax.get_ylabel(), "yscale": ax.get_yscale(),
    "legend": [t.get_text() for t in legend.get_texts()] if legend else None,
    "label": line.get_label(), "linestyle": line.get_linestyle(),
    "drawstyle": line.get_drawstyle(), "linewidth": line.get_linewidth(),
    "color": to_hex(line.get_color()), "alpha": line.get_alpha(), "marker": line.get_marker(),
    "markersize": line.get_markersize(), "face": to_hex(line.get_markerfacecolor()),
    "edge": to_hex(line.get_markeredgecolor()), "image": image.get_label(),
    "cmap": image.get_cmap().name, "clim": list(image.get_clim()),
    "interpolation": image.get_interpolation(),
}
"""
# What the user does in the panel, field after field, in its order (options.js draws the fields
# of figure_options.py): ("type", words) replaces a field's text and applies it, ("key", name)
# presses a key (Down picks the next choice of a list; space presses a button), ("skip",) goes
# past a field.
LINE_AXES_STEPS = [
    ("type", "Edited"),
    ("type", "0"),
    ("type", "4"),
    ("type", "time"),
    ("skip",),  # X scale
    ("type", "0.5"),
    ("type", "200"),
    ("type", "volts"),
    ("key", "Down"),  # Y scale: log
    ("key", "space"),  # the legend, made again
    ("type", "signal"),
    ("key", "Down"),  # line style: dashed
    ("key", "Down"),  # draw style: steps
    ("type", "3"),
    ("type", "#ff0000"),
    ("type", "0.5"),
    ("key", "Down"),  # marker: from "o" to the next, a triangle
    ("type", "12"),
    ("type", "green"),
    ("type", "black"),
]
# The image's axes: past its axes fields to its image's label, colormap, limits, interpolation.
IMAGE_AXES_STEPS = [("skip",)] * 10 + [
    ("type", "ramp"),
    ("choose", "magma"),
    ("type", "0.2"),
    ("type", "0.8"),
    ("choose", "nearest"),
]


def take_steps(x_session, steps):
    for k, (what, *words) in enumerate(steps):
        if k:
            x_session.key("Tab")
        if what == "type":
            x_session.key("ctrl+a")
            x_session.type_text(words[0])
            x_session.key("Return")
        elif what == "key":
            x_session.key(words[0])
        elif what == "choose":
            x_session.type_text(words[0])  # a list picks the choice its letters begin


def test_every_field_of_the_options_panel_reaches_the_saved_figure(
    x_session, run_app, tmp_path, page_geometry
):
    path = tmp_path / "fields.pickle"
    subprocess.run([sys.executable, "-c", FIELDS_PICKLER, str(path)], check=True)
    app, wid, before = open_in_app(x_session, run_app, path)
    customize = toolbar_button(before, page_geometry, "edit_parameters")
    x_session.click(*customize, wid=wid)
    x_session.wait_for_pixels(wid, panel_shown, 10, "the options panel")
    take_steps(x_session, LINE_AXES_STEPS)
    # Closed and opened again, the panel shows the axes it showed; the chooser is before the
    # first field.
    x_session.key("Escape")
    x_session.wait_for_pixels(wid, lambda image: not panel_shown(image), 10, "the panel closed")
    x_session.click(*customize, wid=wid)
    x_session.wait_for_pixels(wid, panel_shown, 10, "the options panel")
    x_session.key("shift+Tab")
    x_session.key("Down")
    take_steps(x_session, [("skip",), *IMAGE_AXES_STEPS])
    x_session.key("ctrl+s")
    x_session.wait_for_window(r"^fields.pickle$", timeout=10)
    assert read_saved(path, READ_FIELDS) == {
        "title": "Edited",
        "xlim": [0, 4],
        "xlabel": "time",
        "ylim": [0.5, 200],
        "ylabel": "volts",
        "yscale": "log",
        "legend": ["data"],
        "label": "signal",
        "linestyle": "--",
        "drawstyle": "steps-pre",
        "linewidth": 3,
        "color": "#ff0000",
        "alpha": 0.5,
        "marker": "v",
        "markersize": 12,
        "face": "#008000",
        "edge": "#000000",
        "image": "ramp",
        "cmap": "magma",
        "clim": [0.2, 0.8],
        "interpolation": "nearest",
    }
    # Opened again without trusting the file, and exported.
    (figure,) = load_figures(path)
    for file_format in ("png", "svg", "pdf"):
        figure.savefig(io.BytesIO(), format=file_format)
    # And on screen, once the panel is closed: the line red at half alpha, the image in magma,
    # clipped at its top colour.
    x_session.key("Escape")
    x_session.wait_for_pixels(
        wid,
        lambda image: (
            count_colour(image, (255, 128, 128)) > 100 and count_colour(image, MAGMA_TOP) > 1000
        ),
        10,
        "the pink line and the magma image",
    )
    close_and_expect_exit(x_session, app, wid)


KINDS_PICKLER = """
import pickle, sys
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig = plt.figure(figsize=(6.4, 4.8))
boxes = [(0.1, 0.55, 0.35, 0.35), (0.55, 0.55, 0.35, 0.35), (0.1, 0.1, 0.35, 0.35),
         (0.55, 0.1, 0.35, 0.35)]
line, scatter, bars, image = (fig.add_axes(box) for box in boxes)
line.plot([0, 1, 2, 3], [0, 3, 1, 2], label="line")
scatter.scatter([0, 1, 2, 3], [3, 1, 2, 0], c=[10, 20, 30, 40], label="dots")
bars.bar([0, 1, 2, 3], [1, 2, 3, 2])
image.imshow(np.arange(16).reshape(4, 4), extent=(-0.5, 3.5, -0.5, 3.5))
for ax in fig.axes:
    ax.set_xlim(-0.5, 3.5)
    ax.set_ylim(-0.5, 3.5)
with open(sys.argv[1], "wb") as f:
    pickle.dump(fig, f)
"""
# Where KINDS_PICKLER's data lie on its 640 x 480 canvas: each axes' left and top, CSS pixels.
KIND_AXES = {"line": (64, 48), "scatter": (352, 48), "bars": (64, 264), "image": (352, 264)}


def data_point(kind, x, y):
    """Canvas pixel of data (x, y) in one of KINDS_PICKLER's axes: 224 x 168 px, -0.5 to 3.5."""
    left, top = KIND_AXES[kind]
    return round(left + (x + 0.5) / 4 * 224), round(top + (3.5 - y) / 4 * 168)


def test_data_tips_say_the_data_of_a_line_a_scatter_a_bar_and_an_image_pixel(
    x_session, run_app, tmp_path, page_geometry
):
    path = tmp_path / "kinds.pickle"
    subprocess.run([sys.executable, "-c", KINDS_PICKLER, str(path)], check=True)
    app, wid, image = open_in_app(x_session, run_app, path)
    top = canvas_top(image, page_geometry)
    x_session.click(*toolbar_button(image, page_geometry, "inspect"), wid=wid)
    clicks = [("line", 1, 3), ("scatter", 2, 2), ("bars", 2, 1.5), ("image", 1, 2)]
    for count, (kind, x, y) in enumerate(clicks, 1):
        px, py = data_point(kind, x, y)
        x_session.click(px, top + py, wid=wid)
        x_session.wait_for_window(r"^\*kinds.pickle$", timeout=10)
        x_session.key("ctrl+s")
        x_session.wait_for_window("^kinds.pickle$", timeout=10)
        tips = read_saved(path, "result = [t.get_text() for ax in fig.axes for t in ax.texts]")
        assert len(tips) == count, (kind, tips)
    assert tips == [
        "line\nx: 1\ny: 3",
        "dots\nx: 2.00\ny: 2.00\nvalue: 30",
        "x: 2.00\ny: 3\nvalue: 3",
        "x: 1.00\ny: 2.00\nvalue: 5",
    ]
    close_and_expect_exit(x_session, app, wid)


def test_a_script_using_mplcursors_keeps_its_cursors_while_inspect_is_off(
    x_session, run_app, tmp_path, page_geometry
):
    # mplcursors as its documentation shows it: a click on the line annotates it, in yellow.
    app, wid = run_figure_script(
        x_session, run_app, tmp_path, "import mplcursors\nmplcursors.cursor(ax.lines)\nplt.show()\n"
    )
    # The point (0.5, 0.5) of FIGURE_SCRIPT's line: its axes go from 64 to 576 px across and 48
    # to 336 down the 640 x 480 canvas, for data from -0.1 to 2.1 and from 1.05 down to -0.05.
    top = canvas_top(x_session.wait_for_still(wid), page_geometry)
    x_session.click(round(64 + 0.6 / 2.2 * 512), top + round(48 + 0.55 / 1.1 * 288), wid=wid)
    x_session.wait_for_pixels(
        wid, lambda image: count_colour(image, (255, 255, 128), 6) > 300, 10, "the annotation"
    )
    close_and_expect_exit(x_session, app, wid)
