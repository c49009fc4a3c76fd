"""matplotlib's interactivity in the real window: widgets, keys, mouse, resize, timers, loops."""

import os
import pty
import re
import select
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from tests.app_windows import (
    REPO,
    TAB_BLUE,
    canvas_part,
    canvas_top,
    close_and_expect_exit,
    count_colour,
    run_figure_script,
    toolbar_button,
    wait_for_output,
    write_script,
)
from webfig_desktop.harness.waiting import wait_until

TAB_ORANGE = (255, 127, 14)


def test_dragging_a_slider_changes_its_value_and_runs_its_callback(
    x_session, run_app, tmp_path, page_geometry
):
    body = """
from matplotlib.widgets import Slider
slider = Slider(fig.add_axes((0.2, 0.1, 0.6, 0.05)), "value", 0, 10, valinit=2)
slider.on_changed(lambda value: say(f"value {value:.2f}"))
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    image = x_session.wait_for_still(wid)
    # The slider's bar: axes from x = 0.2 to 0.8 of 640 px, y = 0.1 to 0.15 from the bottom.
    bar_y = image.height - round(page_geometry.status_height) - int(0.125 * 480)
    x_session.drag(128 + 128, bar_y, 128 + 384, bar_y, wid=wid, steps=10)
    # The drag ends at 10; under load the callbacks come late, so wait for the far half.
    wait_for_output(app, r"^value ([5-9]|10)\.\d+$")
    close_and_expect_exit(x_session, app, wid)


def test_typing_into_a_text_box_and_pressing_enter_submits(
    x_session, run_app, tmp_path, page_geometry
):
    body = """
from matplotlib.widgets import TextBox
box = TextBox(fig.add_axes((0.3, 0.1, 0.4, 0.08)), "name ", initial="")
box.on_submit(lambda text: say(f"submitted {text!r}"))
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    image = x_session.wait_for_still(wid)
    x_session.click(
        320, image.height - round(page_geometry.status_height) - int(0.14 * 480), wid=wid
    )
    x_session.type_text("peak 7")
    x_session.key("Return")
    wait_for_output(app, r"submitted 'peak 7'")
    close_and_expect_exit(x_session, app, wid)


KEY_ECHO = """
fig.canvas.mpl_connect("key_press_event", lambda event: say("key", event.key))
plt.show()
"""


def test_a_key_callback_receives_matplotlibs_key_names(x_session, run_app, tmp_path):
    app, wid = run_figure_script(x_session, run_app, tmp_path, KEY_ECHO)
    x_session.click(320, 200, wid=wid)
    for combo in ("ctrl+a", "shift+a", "alt+x", "Escape", "shift+Left", "F5"):
        x_session.key(combo)
    for name in ("ctrl+a", "A", "alt+x", "escape", "shift+left", "f5"):
        wait_for_output(app, rf"^key {re.escape(name)}$")
    close_and_expect_exit(x_session, app, wid)


def clipboard_image(x_session, tmp_path):
    """The image another application would paste now, or None."""
    out = tmp_path / "pasted.png"
    reader = [sys.executable, str(REPO / "tests" / "clipboard_image.py"), str(out)]
    if subprocess.run(reader, env=x_session.env, timeout=30, capture_output=True).returncode:
        return None
    with Image.open(out) as image:
        return image.convert("RGB")


def test_ctrl_c_copies_the_figure_to_the_clipboard_as_an_image(x_session, run_app, tmp_path):
    app, wid = run_figure_script(x_session, run_app, tmp_path, KEY_ECHO)
    x_session.click(320, 200, wid=wid)
    x_session.key("ctrl+c")
    wait_for_output(app, r"^key ctrl\+c$")  # callbacks still get the key

    def pasted():
        image = clipboard_image(x_session, tmp_path)
        return image if image is not None and image.size == (640, 480) else None

    image = wait_until("a 640x480 image on the clipboard", pasted, 10, interval=0.2)
    assert count_colour(image, (31, 119, 180)) > 500  # the figure's blue line
    close_and_expect_exit(x_session, app, wid)


def test_q_closes_the_window_and_plt_show_returns(x_session, run_app, tmp_path):
    app, wid = run_figure_script(x_session, run_app, tmp_path, "plt.show()\nsay('returned')\n")
    x_session.click(320, 200, wid=wid)
    x_session.key("q")
    assert app.wait(15) == 0
    assert "returned" in app.output()


def test_matplotlibs_default_keys_work_in_the_window(x_session, run_app, tmp_path, page_geometry):
    # Each key's effect, as the figure has it after matplotlib's own handler ran.
    body = """
ax.plot([1, 10], [1, 10], color="tab:blue", lw=3)
ax.set(xlim=(1, 10), ylim=(1, 10))
toolbar = fig.canvas.toolbar
def report(event):
    gridded = [ax.xaxis._major_tick_kw.get("gridOn"), ax.xaxis._minor_tick_kw.get("gridOn")]
    say("after", event.key, toolbar.mode.name, ax.get_xscale(), ax.get_yscale(),
        *[bool(on) for on in gridded], "%.1f" % ax.get_xlim()[0])
fig.canvas.mpl_connect("key_press_event", report)
plt.show()
say("returned")
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    x_session.wait_for_still(wid)
    x_session.click(320, 200, wid=wid)

    def press(key, expected):
        x_session.key(key)
        wait_for_output(app, rf"^after {re.escape(expected)}$")

    press("p", "p PAN linear linear False False 1.0")
    top = canvas_top(x_session.screenshot(wid), page_geometry)
    x_session.drag(300, top + 200, 400, top + 200, wid=wid)  # the view moves left
    press("p", "p NONE linear linear False False -0.8")
    press("h", "h NONE linear linear False False 1.0")  # home (pushed onto the history)
    press("Left", "left NONE linear linear False False -0.8")  # back
    press("v", "v NONE linear linear False False 1.0")  # forward
    press("o", "o ZOOM linear linear False False 1.0")
    press("o", "o NONE linear linear False False 1.0")
    press("l", "l NONE linear log False False 1.0")  # y scale
    press("k", "k NONE log log False False 1.0")  # x scale
    press("L", "L NONE linear log False False 1.0")
    press("g", "g NONE linear log True False 1.0")  # major grid
    press("G", "G NONE linear log True True 1.0")  # minor grid
    x_session.key("ctrl+w")  # quit
    assert app.wait(15) == 0
    assert "returned" in app.output()


def test_s_saves_the_figure_through_the_native_dialog(x_session, run_app, tmp_path):
    app, wid = run_figure_script(x_session, run_app, tmp_path, "plt.show()\n")
    x_session.click(320, 200, wid=wid)
    for name in ("saved.png", "saved.svg"):  # the format follows the name, as in QtAgg
        x_session.key("s")
        dialog = x_session.wait_for_window("^Save file$", timeout=15)
        x_session.key("ctrl+a", wid=dialog)
        x_session.type_text(str(tmp_path / name))
        x_session.key("Return")
        x_session.wait_gone("^Save file$")

    def written(name, start, end):
        path = tmp_path / name
        return path.exists() and path.read_bytes().startswith(start) and end in path.read_bytes()

    wait_until(
        "saved.png and saved.svg written whole",
        lambda: (
            written("saved.png", b"\x89PNG", b"IEND") and written("saved.svg", b"<?xml", b"</svg>")
        ),
        10,
        interval=0.1,
    )
    close_and_expect_exit(x_session, app, wid)


def test_clicking_a_point_fires_a_pick_event_and_the_wheel_scrolls(x_session, run_app, tmp_path):
    body = """
ax.set(xlim=(0, 2), ylim=(0, 2))
ax.plot([1], [1], "o", color="tab:orange", ms=20, picker=True)
fig.canvas.mpl_connect("pick_event", lambda event: say("picked"))
fig.canvas.mpl_connect("scroll_event", lambda event: say("scroll", event.step))
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    image = x_session.wait_for_still(wid)
    ys, xs = np.nonzero(np.abs(np.asarray(image, dtype=int) - TAB_ORANGE).max(axis=2) <= 10)
    x_session.click(int(xs.mean()), int(ys.mean()), wid=wid)
    wait_for_output(app, r"^picked$")
    x_session.scroll(int(xs.mean()), int(ys.mean()), 1, wid=wid)
    x_session.scroll(int(xs.mean()), int(ys.mean()), -1, wid=wid)
    wait_for_output(app, r"^scroll 1.0\n(.*\n)*scroll -1.0$")
    close_and_expect_exit(x_session, app, wid)


def test_resizing_the_window_resizes_the_figure(x_session, run_app, tmp_path):
    body = """
fig.canvas.mpl_connect(
    "resize_event", lambda event: say("size", *fig.canvas.get_width_height()))
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    # Settled first: the window fits itself to the figure once its page has loaded.
    x_session.wait_for_still(wid)
    x, y, width, height = x_session.window_geometry(wid)
    x_session.resize_window(wid, width + 200, height + 100)
    wait_for_output(app, rf"^size {640 + 200} {480 + 100}$")
    close_and_expect_exit(x_session, app, wid)


def test_set_size_inches_and_set_window_title_reach_the_window(x_session, run_app, tmp_path):
    body = """
def grow(event):
    fig.set_size_inches(8, 6, forward=True)
    fig.canvas.manager.set_window_title("grown")
fig.canvas.mpl_connect("button_press_event", grow)
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    _, _, width, height = x_session.window_geometry(wid)
    x_session.click(320, 200, wid=wid)
    assert x_session.wait_for_window("^grown$", timeout=10) == wid
    wait_until(
        f"the window grown to {width + 160}x{height + 120}",
        lambda: x_session.window_geometry(wid)[2:] == (width + 160, height + 120),
        10,
    )
    close_and_expect_exit(x_session, app, wid)


def test_a_callback_that_raises_is_reported_and_the_window_keeps_working(
    x_session, run_app, tmp_path
):
    body = """
def fail(event):
    raise RuntimeError("callback failed on purpose")
fig.canvas.mpl_connect("button_press_event", fail)
fig.canvas.mpl_connect("key_press_event", lambda event: say("still alive", event.key))
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    x_session.click(320, 200, wid=wid)
    wait_for_output(app, r"RuntimeError: callback failed on purpose")
    x_session.key("k")
    wait_for_output(app, r"^still alive k$")
    close_and_expect_exit(x_session, app, wid)


def test_timers_fire_in_the_loop_and_an_animation_moves(x_session, run_app, tmp_path):
    body = """
from matplotlib.animation import FuncAnimation
import numpy as np
(moving,) = ax.plot([0, 0], [0, 1], color="tab:orange", lw=6)
ax.set_xlim(0, 2)
def step(frame):
    moving.set_xdata([frame / 50, frame / 50])
    return (moving,)
animation = FuncAnimation(fig, step, frames=100, interval=20, blit=True)
ticks = []
timer = fig.canvas.new_timer(interval=50)
timer.add_callback(lambda: (ticks.append(1), say("tick", len(ticks))))
timer.start()
once = fig.canvas.new_timer(interval=100)
once.single_shot = True
once.add_callback(lambda: say("single shot"))
once.start()
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    wait_for_output(app, r"^tick 5$")
    wait_for_output(app, r"^single shot$")
    assert app.output().count("single shot") == 1

    def orange_column(image):
        _, xs = np.nonzero(np.abs(np.asarray(image, dtype=int) - TAB_ORANGE).max(axis=2) <= 10)
        return int(xs.mean()) if len(xs) else None

    first = orange_column(x_session.screenshot(wid))
    x_session.wait_for_pixels(
        wid, lambda image: orange_column(image) not in (None, first), 5, "the line moving"
    )
    close_and_expect_exit(x_session, app, wid)


def test_an_ion_pause_loop_updates_the_window_live(x_session, run_app, tmp_path):
    script = write_script(
        tmp_path,
        """
        import matplotlib.pyplot as plt
        plt.ion()
        fig, ax = plt.subplots()
        (line,) = ax.plot([], [], color="tab:orange", lw=4)
        ax.set(xlim=(0, 100), ylim=(0, 100))
        for step in range(1, 101):
            line.set_data([0, step], [0, step])
            plt.pause(0.05)
        print("loop done", flush=True)
        plt.ioff()
        plt.show()
        """,
    )
    app = run_app("webfig-desktop", script)
    wid = x_session.wait_for_window("^Figure 1$", timeout=30)
    sizes = []

    def loop_done():
        sizes.append(count_colour(x_session.screenshot(wid), TAB_ORANGE))
        return "loop done" in app.output()

    wait_until("the script's loop done", loop_done, 20, interval=0)
    # The line grew on screen while the loop ran (antialiasing lets a count dip a little).
    assert len(set(sizes)) >= 3, sizes
    assert sizes[-1] > sizes[0], sizes
    close_and_expect_exit(x_session, app, wid)


IPYTHON = [sys.executable, "-m", "IPython", "--no-banner", "--no-confirm-exit"]
# How each prompt starts, and what is typed first to pick our backend.
PROMPTS = {
    "python": ([sys.executable, "-i", "-q"], ""),
    "ipython": (IPYTHON, ""),
    "ipython %matplotlib": (IPYTHON, "%matplotlib webfig\n"),
}


@pytest.mark.parametrize("prompt", PROMPTS)
def test_the_prompt_stays_usable_with_a_live_window(x_session, tmp_path, prompt):
    """From `python -i` or IPython with plt.ion(): a plot opens a window and the prompt keeps
    working."""
    leader, follower = pty.openpty()
    env = x_session.env
    env["MPLBACKEND"] = "webfig"
    env["IPYTHONDIR"] = str(tmp_path / "ipython")
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"  # nobody answers a terminal's cursor-position query
    argv, first_line = PROMPTS[prompt]
    process = subprocess.Popen(
        argv,
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        start_new_session=True,
    )
    os.close(follower)
    output = b""

    def until(text, timeout=20):
        def shown():
            nonlocal output
            # The terminal's output is read as it comes: the wait is the select's.
            if select.select([leader], [], [], 0.1)[0]:
                output += os.read(leader, 4096)
            return text.encode() in output

        try:
            wait_until(f"{text!r} in the terminal", shown, timeout, interval=0)
        except TimeoutError as timeout_error:
            raise TimeoutError(f"{timeout_error}:\n{output.decode(errors='replace')}") from None

    try:
        until(">>> " if prompt == "python" else "In [")
        os.write(leader, first_line.encode())
        os.write(leader, b"import matplotlib.pyplot as plt; plt.ion(); plt.plot([0, 1], [1, 0])\n")
        wid = x_session.wait_for_window("^Figure 1$", timeout=30)
        x_session.wait_for_pixels(wid, lambda image: count_colour(image, (31, 119, 180)) > 100)
        os.write(leader, b"plt.gca().set_title('typed'); print('answer', 6 * 7)\n")
        until("answer 42")
        # While the prompt waits, the window still answers the mouse: hover shows coordinates.
        x_session.move(320, 250, wid=wid)
        x_session.wait_for_pixels(
            wid, lambda image: (np.asarray(image)[-20:-8, 8:300] < 100).any(), 10, "status text"
        )
        os.write(leader, b"exit()\n")
        assert process.wait(15) == 0
        # Not a word of ours at the prompt (IPython once said "No event loop hook running.").
        assert b"event loop" not in output
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)


def test_the_subplot_tool_adjusts_and_applies_a_tight_layout(
    x_session, run_app, tmp_path, page_geometry
):
    body = """
fig.clear()
for subplot in fig.subplots(2, 2).flat:
    subplot.plot([0, 1, 2], [0, 1, 0], color="tab:blue", lw=3)
    subplot.set(title="a title", ylabel="a label")
fig.canvas.mpl_connect("draw_event", lambda event: say(f"left {fig.subplotpars.left:.3f}"))
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    image = x_session.wait_for_still(wid)
    x_session.click(*toolbar_button(image, page_geometry, "configure_subplots"), wid=wid)
    tool = x_session.wait_for_window("^Subplot configuration tool$", timeout=20)
    x_session.wait_for_still(tool)
    _, _, width, height = x_session.window_geometry(tool)
    # matplotlib's tool figure is 600x300; our button sits at x 0.55-0.75, y 0.05-0.125.
    status = round(page_geometry.status_height)
    x_session.click(int(0.65 * width), height - status - int(0.0875 * 300), wid=tool)
    left = float(wait_for_output(app, r"^left (0\.(?!125)\d+)$").group(1))
    assert left < 0.125
    x_session.close_window(tool)
    x_session.wait_gone("^Subplot configuration tool$")
    close_and_expect_exit(x_session, app, wid)


def test_f_toggles_fullscreen(x_session, run_app, tmp_path):
    app, wid = run_figure_script(x_session, run_app, tmp_path, "plt.show()\n")
    x_session.click(320, 200, wid=wid)
    x_session.key("f")
    wait_until(
        "the window filling the screen",
        lambda: x_session.window_geometry(wid)[2:] == (x_session.width, x_session.height),
        10,
    )
    close_and_expect_exit(x_session, app, wid)


def test_ginput_returns_the_clicked_points(x_session, run_app, tmp_path, page_geometry):
    body = """
ax.set(xlim=(0, 10), ylim=(0, 10))
plt.show(block=False)
points = plt.ginput(2, timeout=60)
say("points", len(points), *(f"{x:.2f},{y:.2f}" for x, y in points))
say("pressed", plt.waitforbuttonpress(timeout=60))
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    image = x_session.wait_for_still(wid)
    top = canvas_top(image, page_geometry)
    # The axes span x 0.1-0.9 of 640 px and y 0.3-0.9 of 480 px from the bottom.
    wanted = [(3, 7), (7, 3)]
    for data_x, data_y in wanted:
        x_session.click(
            64 + int(data_x / 10 * 512), top + 480 - 144 - int(data_y / 10 * 288), wid=wid
        )
    line = wait_for_output(app, r"^points 2 (.*)$").group(1)
    got = [tuple(map(float, point.split(","))) for point in line.split()]
    assert np.allclose(got, wanted, atol=0.1), got
    x_session.key("space", wid=wid)
    wait_for_output(app, r"^pressed True$")
    assert app.wait(15) == 0


def test_quick_clicks_meant_for_the_next_ginput_wait_for_it(
    x_session, run_app, tmp_path, page_geometry
):
    body = """
import time
# A slow figure: the clicks after the first one queue up while it handles that one.
fig.canvas.mpl_connect("button_press_event", lambda event: time.sleep(0.5))
plt.show(block=False)
say("first", len(plt.ginput(2, timeout=60)))
say("second", len(plt.ginput(2, timeout=60)))
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    image = x_session.wait_for_still(wid)
    y = canvas_top(image, page_geometry) + 180
    # In one burst, all four clicks reach the host before the first ginput has its two.
    x_session.click_burst([(300 + 10 * i, y) for i in range(4)], wid=wid)
    wait_for_output(app, r"^second \d+$")
    assert re.search(r"^first 2$", app.output(), re.M), app.output()
    assert re.search(r"^second 2$", app.output(), re.M), app.output()
    assert app.wait(15) == 0


def line_centre(image, geometry):
    """Where the figure's blue line is in the window's canvas."""
    part = np.asarray(canvas_part(image, geometry), dtype=int)
    ys, xs = np.nonzero(np.abs(part - TAB_BLUE).max(axis=2) <= 12)
    return np.array([xs.mean(), ys.mean()])


def test_a_pan_moves_the_figure_at_once_while_the_script_is_still_drawing(
    x_session, run_app, tmp_path, page_geometry
):
    gate = tmp_path / "gate"
    # Each draw of the pan holds the script until the test lets it go: a figure that takes
    # long to draw. The window must follow the hand anyway.
    body = f"""
import pathlib, time
gate = pathlib.Path({str(gate)!r})
def slow(event):
    if fig.canvas.toolbar._pan_info is not None:
        say("holding")
        while not gate.exists():
            time.sleep(0.01)
fig.canvas.mpl_connect("draw_event", slow)
ax.set(xlim=(-2, 4), ylim=(-2, 3))  # the line stays inside the axes once panned
plt.show()
"""
    app, wid = run_figure_script(x_session, run_app, tmp_path, body)
    before = x_session.wait_for_still(wid)
    x_session.click(*toolbar_button(before, page_geometry, "pan"), wid=wid)
    top = canvas_top(before, page_geometry)
    x_session.move(320, top + 200, wid=wid)
    x_session.xdotool("mousedown", 1)
    for step in range(1, 7):
        x_session.move(320 + 10 * step, top + 200 + 5 * step, wid=wid)
    wait_for_output(app, "^holding$")
    start = line_centre(before, page_geometry)
    # The line moved with the pointer, all 60 x 30 pixels, while the script drew its first
    # frame of the pan.
    moved = x_session.wait_for_pixels(
        wid,
        lambda image: np.abs(line_centre(image, page_geometry) - start - (60, 30)).max() < 3,
        10,
        "the line moved by the drag",
    )
    assert "holding" in app.output() and not gate.exists()
    x_session.xdotool("mouseup", 1)
    gate.touch()
    # The script's own frame takes over: the line where the page had put it, new tick labels.
    settled = x_session.wait_for_still(wid)
    assert np.abs(line_centre(settled, page_geometry) - start - (60, 30)).max() < 2
    assert (canvas_part(settled, page_geometry) != canvas_part(moved, page_geometry)).any()
    close_and_expect_exit(x_session, app, wid)
