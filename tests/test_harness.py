"""The harness that tests and the benchmark share, checked against real programs: xlogo draws,
xev reports its input, shell scripts print and leave children behind, the figure page is
measured."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from webfig_desktop.harness.app_process import AppProcess
from webfig_desktop.harness.page_geometry import PageGeometry
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.harness.x_session import PixelTimeoutError, XSession, is_blank

REPO = Path(__file__).resolve().parents[1]

# xev prints one block per event, e.g.
#   ButtonPress event, serial 44, synthetic NO, window 0x400001,
#       root 0x50d, subw 0x0, time 1638164, (50,60), root:(761,478),
#       state 0x0, button 1, same_screen YES
XEV_NAME = re.compile(r"^(\w+) event,")
XEV_POSITION = re.compile(r"\((-?\d+),(-?\d+)\), root:")
XEV_DETAIL = re.compile(r"button (\d+)|keysym 0x\w+, (\w+)\)")


def xev_events(app: AppProcess) -> list[tuple[str, int, int, str]]:
    """(event, x, y, button or keysym or "") for each pointer and key event xev printed."""
    events = []
    for block in app.output().split("\n\n"):
        name, position = XEV_NAME.search(block), XEV_POSITION.search(block)
        if name and position:
            detail = XEV_DETAIL.search(block)
            x, y = map(int, position.groups())
            events.append((name[1], x, y, (detail[1] or detail[2]) if detail else ""))
    return events


def wait_for_xev(
    app: AppProcess, done: Callable[[list], bool], timeout: float = 10
) -> list[tuple[str, int, int, str]]:
    """Wait until xev's events satisfy ``done``; return them."""
    seen: list = []

    def reported() -> list | None:
        seen[:] = xev_events(app)
        return seen if done(seen) else None

    try:
        return wait_until("the expected events from xev", reported, timeout)
    except TimeoutError as timeout_error:
        raise TimeoutError(f"{timeout_error}; it saw {seen}") from None


# -- waiting ---------------------------------------------------------------------------------


def test_wait_until_returns_the_first_true_answer() -> None:
    answers = iter([0, None, "", "found", "later"])
    assert wait_until("an answer", lambda: next(answers), timeout=5, interval=0) == "found"


def test_wait_until_names_what_never_came_and_the_last_answer() -> None:
    started = time.monotonic()
    with pytest.raises(TimeoutError, match=r"^the moon: not within 0.2 s \(last: \[\]\)$"):
        wait_until("the moon", lambda: [], timeout=0.2)
    assert 0.1 < time.monotonic() - started < 2


def test_wait_until_asks_once_even_with_no_time_and_lets_errors_through() -> None:
    calls = []
    with pytest.raises(TimeoutError, match="^once: not within 0 s$"):
        wait_until("once", lambda: calls.append(1), timeout=0)
    assert calls == [1]
    with pytest.raises(ZeroDivisionError):
        wait_until("a sum", lambda: 1 / 0, timeout=5)


# -- the X session ---------------------------------------------------------------------------


@pytest.fixture
def xlogo(x_session: XSession, run_app) -> tuple[AppProcess, int]:
    app = run_app("xlogo", "-geometry", "200x150")
    return app, x_session.wait_for_window("^xlogo$")


@pytest.fixture
def xev(x_session: XSession, run_app) -> tuple[AppProcess, int]:
    app = run_app("xev", "-geometry", "400x300", "-event", "mouse", "-event", "keyboard")
    return app, x_session.wait_for_window("^Event Tester$")


def test_the_session_runs_openbox_on_a_display_of_its_own(x_session: XSession) -> None:
    assert re.fullmatch(r":\d+", x_session.display)
    env = x_session.env
    assert env["DISPLAY"] == x_session.display
    wm = subprocess.run(["wmctrl", "-m"], env=env, capture_output=True, text=True, check=True)
    assert "Name: Openbox" in wm.stdout


def test_the_display_refuses_programs_without_its_cookie(x_session: XSession) -> None:
    env = dict(x_session.env, XAUTHORITY=os.devnull)
    probe = subprocess.run(["xwininfo", "-root"], env=env, capture_output=True, text=True)
    assert probe.returncode != 0
    assert "unable to open display" in probe.stderr


def test_a_session_can_be_started_and_stopped_twice_in_one_process(x_programs: None) -> None:
    displays = []
    for _ in range(2):
        with XSession(width=320, height=240) as session:
            displays.append(session.display)
            assert session.screenshot().size == (320, 240)
        with pytest.raises(RuntimeError, match="not running"):
            session.env  # noqa: B018 - the property raises
    for display in displays:
        env = dict(os.environ, DISPLAY=display)
        probe = subprocess.run(["xwininfo", "-root"], env=env, capture_output=True, text=True)
        assert "unable to open display" in probe.stderr, f"{display} is still served"


def test_a_new_window_is_found_measured_and_photographed(x_session: XSession, xlogo) -> None:
    app, wid = xlogo
    x, y, width, height = x_session.window_geometry(wid)
    assert (width, height) == (200, 150)
    assert 0 <= x < x_session.width and 0 <= y < x_session.height
    shot = x_session.screenshot(wid)
    assert shot.size == (200, 150)
    assert not is_blank(shot)
    # The window's screenshot is the same pixels as that rectangle of the whole screen.
    screen = x_session.screenshot()
    assert screen.size == (x_session.width, x_session.height)
    assert screen.crop((x, y, x + width, y + height)).tobytes() == shot.tobytes()


def test_wait_for_pixels_returns_the_image_that_satisfied_it(x_session: XSession, xlogo) -> None:
    _, wid = xlogo
    image = x_session.wait_for_pixels(wid, lambda im: (0, 0, 0) in dict(im.getcolors()).values())
    assert image.size == (200, 150)
    with pytest.raises(PixelTimeoutError, match="a red logo on window") as caught:
        x_session.wait_for_pixels(wid, lambda im: False, timeout=0.3, what="a red logo")
    assert caught.value.image.size == (200, 150)


def test_a_resized_window_reports_and_shows_its_new_size(x_session: XSession, xlogo) -> None:
    _, wid = xlogo
    x_session.resize_window(wid, 320, 240)
    assert x_session.window_geometry(wid)[2:] == (320, 240)
    assert x_session.screenshot(wid).size == (320, 240)


def test_closing_a_window_politely_makes_its_program_exit(x_session: XSession, xlogo) -> None:
    app, wid = xlogo
    x_session.close_window(wid)
    x_session.wait_gone("^xlogo$")
    assert app.wait(10) == 0
    assert not x_session.window_exists("^xlogo$")


def test_a_window_can_be_closed_by_its_title(x_session: XSession, xlogo) -> None:
    app, _ = xlogo
    x_session.close_window("^xlogo$")
    assert app.wait(10) == 0
    with pytest.raises(LookupError, match="xlogo"):
        x_session.close_window("^xlogo$")


def test_waiting_for_a_window_that_never_comes_names_it(x_session: XSession) -> None:
    with pytest.raises(TimeoutError, match="a visible window titled like 'no such window'"):
        x_session.wait_for_window("no such window", timeout=0.3)


def test_clicks_and_drags_arrive_at_window_relative_positions(x_session: XSession, xev) -> None:
    app, wid = xev
    x_session.click(200, 150, wid=wid)
    x_session.drag(100, 100, 300, 200, steps=5, wid=wid)
    x_session.click(250, 120, button=3, wid=wid)

    def clicked(events: list) -> bool:
        return ("ButtonRelease", 250, 120, "3") in events

    events = wait_for_xev(app, clicked)
    buttons = [e for e in events if e[0] in ("ButtonPress", "ButtonRelease")]
    assert buttons == [
        ("ButtonPress", 200, 150, "1"),
        ("ButtonRelease", 200, 150, "1"),
        ("ButtonPress", 100, 100, "1"),
        ("ButtonRelease", 300, 200, "1"),
        ("ButtonPress", 250, 120, "3"),
        ("ButtonRelease", 250, 120, "3"),
    ]
    press, release = events.index(buttons[2]), events.index(buttons[3])
    motions = [e for e in events[press:release] if e[0] == "MotionNotify"]
    assert len(motions) >= 2, "a drag moves the pointer between press and release"


def test_the_wheel_scrolls_up_for_positive_clicks(x_session: XSession, xev) -> None:
    app, wid = xev
    x_session.scroll(150, 150, 2, wid=wid)
    x_session.scroll(150, 150, -1, wid=wid)
    events = wait_for_xev(app, lambda ev: sum(e[0] == "ButtonPress" for e in ev) >= 3)
    assert [e[3] for e in events if e[0] == "ButtonPress"] == ["4", "4", "5"]


def test_keys_and_text_reach_the_focused_window(x_session: XSession, xev) -> None:
    app, wid = xev
    x_session.key("ctrl+a", wid=wid)
    x_session.type_text("Hi-", wid=wid)
    events = wait_for_xev(app, lambda ev: ("KeyRelease", "minus") in [(e[0], e[3]) for e in ev])
    pressed = [e[3] for e in events if e[0] == "KeyPress"]
    assert pressed[:2] == ["Control_L", "a"]
    assert [k for k in pressed[2:] if not k.startswith("Shift")] == ["H", "i", "minus"]


# -- programs under watch --------------------------------------------------------------------


def test_an_app_whose_children_end_with_it_leaves_nothing_behind(run_app) -> None:
    app = run_app("sh", "-c", "sleep 0.2 & wait; echo done")
    assert app.wait(10) == 0
    assert app.output() == "done\n"
    assert app.leftover_processes() == []


def test_a_child_that_outlives_its_app_is_reported_and_can_be_killed(run_app) -> None:
    app = run_app("sh", "-c", "sleep 60 & exit 0")
    assert app.wait(10) == 0
    left = app.leftover_processes(timeout=0.3)
    assert len(left) == 1 and "sleep 60" in left[0]
    app.kill()
    assert app.processes() == []


def test_output_lines_are_read_one_by_one_and_waited_for() -> None:
    script = "echo one; echo 'URL http://x'; echo two; sleep 0.3; echo three; sleep 30"
    app = AppProcess(["sh", "-c", script], dict(os.environ))
    try:
        assert app.wait_for_line("URL ", timeout=10) == "URL http://x"
        assert wait_until("three", lambda: "three" in app.take_lines() or None, 10)
        assert app.take_lines() == []
        assert app.output() == "one\nURL http://x\ntwo\nthree\n"
        with pytest.raises(TimeoutError, match="a line starting 'never'"):
            app.wait_for_line("never", timeout=0.2)
    finally:
        app.stop(grace=0.5)
    assert app.returncode is not None and app.processes() == []


def test_a_program_that_ends_without_the_awaited_line_says_so() -> None:
    app = AppProcess(["sh", "-c", "echo not it; echo oops >&2; exit 4"], dict(os.environ))
    with pytest.raises(RuntimeError, match=r"exited \(4\) with no line starting 'URL '") as e:
        app.wait_for_line("URL ", timeout=10)
    assert "oops" in str(e.value)


def test_memory_is_summed_over_the_program_and_its_children() -> None:
    app = AppProcess(["sh", "-c", "sleep 30 & sleep 30 & echo ready; wait"], dict(os.environ))
    try:
        app.wait_for_line("ready", timeout=10)
        wait_until("three processes", lambda: len(app.processes()) == 3, 5)
        memory = app.memory_kib()
        assert memory["processes"] == 3
        assert 0 < memory["pss_kib"] <= memory["rss_kib"]
    finally:
        app.stop()
    assert app.processes() == []


def test_run_app_fails_a_test_whose_app_leaves_a_process_behind(
    tmp_path: Path, x_programs: None
) -> None:
    marker = f"59.{os.getpid()}"  # a sleep nobody else runs, to find it afterwards
    (tmp_path / "conftest.py").write_text(
        "from tests.conftest import run_app, x_programs, x_session\n"
    )
    (tmp_path / "test_leak.py").write_text(
        "def test_leak(run_app):\n"
        f"    app = run_app('sh', '-c', 'sleep {marker} & exit 0', exit_grace=0.5)\n"
        "    assert app.wait(10) == 0\n"
    )
    pythonpath = [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(pythonpath))
    inner = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", tmp_path],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert inner.returncode == 1, inner.stdout + inner.stderr
    assert "left processes behind" in inner.stdout
    assert f"sleep {marker}" in inner.stdout
    assert "1 passed, 1 error" in inner.stdout
    survivors = [
        p for p in Path("/proc").glob("[0-9]*/cmdline") if _cmdline(p) == f"sleep {marker}"
    ]
    assert survivors == []


def _cmdline(path: Path) -> str:
    try:
        return path.read_bytes().replace(b"\0", b" ").decode().strip()
    except OSError:
        return ""


SCREENSHOT = "webfig_desktop.harness.screenshot"


def _screenshot_command(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", SCREENSHOT, "--screenshot", str(tmp_path / "shot.png"), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=90,
    )


def test_the_screenshot_command_saves_the_window_and_returns_the_app_status(
    tmp_path: Path, x_programs: None
) -> None:
    done = _screenshot_command(tmp_path, "--title", "^xlogo$", "--", "xlogo", "-geometry", "90x70")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(tmp_path / "shot.png")
    with Image.open(tmp_path / "shot.png") as shot:
        assert shot.size == (90, 70)
        assert not is_blank(shot)


def test_the_screenshot_command_reports_an_app_that_shows_no_window(
    tmp_path: Path, x_programs: None
) -> None:
    done = _screenshot_command(tmp_path, "--", "sh", "-c", "echo hello; exit 3")
    assert done.returncode == 3
    assert "exited with status 3 before showing a window; its output:\nhello" in done.stderr
    done = _screenshot_command(tmp_path, "--timeout", "0.5", "--", "sleep", "30")
    assert done.returncode == 1
    assert "no window at all appeared within 0.5 s" in done.stderr
    assert not (tmp_path / "shot.png").exists()


def test_pages_come_at_the_requested_size_and_device_pixel_ratio(page, new_page) -> None:
    sharp = new_page(dpr=2, width=400, height=300)
    for p, dpr, size in ((page, 1, (800, 600)), (sharp, 2, (400, 300))):
        p.set_content("<body style='margin:0;background:#36c'>")
        assert p.evaluate("[devicePixelRatio, innerWidth, innerHeight]") == [dpr, *size]
        with Image.open(io.BytesIO(p.screenshot())) as shot:
            assert shot.size == (size[0] * dpr, size[1] * dpr)
            assert shot.convert("RGB").getpixel((5, 5)) == (0x33, 0x66, 0xCC)


# -- the page ------------------------------------------------------------------------------


def test_the_page_geometry_has_the_toolbar_buttons_in_a_row_above_the_stage(
    page_geometry: PageGeometry,
) -> None:
    geometry = page_geometry
    actions = [
        "home",
        "back",
        "forward",
        "pan",
        "zoom",
        "inspect",
        "configure_subplots",
        "edit_parameters",
        "save_figure",
    ]
    assert list(geometry.buttons) == actions
    lefts = [geometry.button(action).x for action in actions]
    assert lefts == sorted(lefts) and lefts[0] > 0
    for box in geometry.buttons.values():
        assert box.y >= 0 and box.y + box.height <= geometry.toolbar_height
    assert geometry.stage.y == geometry.canvas.y == geometry.toolbar_height > 0
    assert geometry.status_height > 0
    with pytest.raises(LookupError, match="no toolbar button for 'fly'"):
        geometry.button("fly")
