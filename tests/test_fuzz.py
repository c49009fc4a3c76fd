"""A seeded storm of valid and invalid requests at a real figure host, and what must hold after.

The host runs in a process of its own (tests/fuzz_host.py): its output and its memory are its
own. Whatever anyone with the page's URL sends,

* every answer is a frame, a state or an acknowledgement (200 or 204), or a refusal that says
  why (400) — never a server error; each request knows which it should get;
* the host prints no traceback, and opens no window;
* every resize the page may ask for gives a frame of that size;
* afterwards the host still answers and draws;
* its memory levels off: measured at one size, it grows by less than GROWTH_MIB over the second
  half of the run, or else over its last quarter (a cache may fill in one step, once: a seed
  stepped up 32 MiB after 700 requests, stayed there, and was back down after 2250 of 3000).
  A run whose memory has not levelled off when its requests are sent goes on, up to three
  times as long, until it does: a step then shows as one, where a leak keeps growing (a seed
  stepped up 45 MiB at request 875 of 1000, and levelled off by 3000).

Two runs: one with a fixed seed, one with a new seed each time, printed with the command that
replays it. About a thousand requests each; ``WEBFIG_ROBUSTNESS=full`` sends 20000, and
``WEBFIG_FUZZ_REQUESTS=N`` any number.
"""

from __future__ import annotations

import http.client
import io
import math
import os
import random
import re
import string
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, urlencode, urlsplit

import matplotlib as mpl
import numpy as np
import pytest
from PIL import Image

from tests.conftest import ROBUSTNESS
from tests.fuzz_host import URL_PREFIX
from webfig_desktop.events import MAX_DEVICE_PIXELS
from webfig_desktop.harness.app_process import AppProcess
from webfig_desktop.harness.waiting import wait_until

FULL = ROBUSTNESS == "full"
REQUESTS = int(os.environ.get("WEBFIG_FUZZ_REQUESTS") or (20000 if FULL else 1000))
FIXED_SEED = 8128
RANDOM_SEED = int(os.environ.get("WEBFIG_FUZZ_SEED") or random.SystemRandom().randrange(2**31))
# Memory is measured this many times over a run, each time at the figure's own size.
CHECKPOINTS = 8
# The most the memory the host uses may grow over the second half of a run (the first half warms
# its caches up). Measured over the second half: 0 to 4 MiB of a run of 1000 requests, 10 of
# 20000 (matplotlib's caches of text sizes and of views fill); 330 of 1000 while the renderers of
# past sizes stayed alive.
GROWTH_MIB = 16
# How much longer than asked a run goes on while its memory has not levelled off.
LONGEST = 3
# The one error of matplotlib's own that the fuzz meets and lets pass, when the traceback has no
# frame of ours: its zoom tool, zooming out of a rectangle that clipping to the axes left with no
# width (here, a resize came between the press and the release), divides by zero and refuses the
# limits it made. Printed as a callback's error, as in QtAgg, and the figure draws on. (Its log
# axes are left out, below, for the same kind of reason.)
MATPLOTLIBS_OWN_ERRORS = {"ValueError: Axis limits cannot be NaN or Inf"}
# The figure's own size (fuzz_host.py), in CSS pixels at ratio 1.
REFERENCE = (640, 480, 1.0)
HOST = Path(__file__).with_name("fuzz_host.py")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(3600 if FULL else 600)]


# -- one request, as the page makes it ----------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """One request of the figure's page: its route ("event", "image.png"), its
    parameters in order (a name may repeat), the statuses that would be right, and whether it
    goes by POST, or to a page other than the figure's."""

    route: str
    params: tuple[tuple[str, str | bytes], ...]
    expect: tuple[int, ...]
    post: bool = False
    page: str | None = None


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def reason(self) -> str:
        """What a refusal says is wrong (Bottle's error page puts it in a <pre>)."""
        found = re.search(rb"<pre>(.*?)</pre>", self.body, re.DOTALL)
        return found.group(1).decode(errors="replace").strip() if found else ""


def ask(page: SplitResult, request: Request, timeout: float = 60) -> Answer:
    """Make `request` of the figure's page at `page`: every request of the fuzz goes here."""
    path = page.path
    if request.page is not None:
        path = re.sub(r"/fig/[^/]+/$", f"/fig/{request.page}/", path)
    query = urlencode(request.params)
    connection = http.client.HTTPConnection(page.hostname, page.port, timeout=timeout)
    try:
        if request.post:
            form = {"Content-Type": "application/x-www-form-urlencoded"}
            connection.request("POST", path + request.route, query, form)
        else:
            connection.request("GET", f"{path}{request.route}?{query}")
        response = connection.getresponse()
        return Answer(response.status, dict(response.getheaders()), response.read())
    finally:
        connection.close()


def event(expect: tuple[int, ...] = (200,), post: bool = True, **params: str) -> Request:
    return Request("event", tuple(params.items()), expect, post)


# -- what the fuzz sends ------------------------------------------------------------------------

MOUSE = ["button_press", "button_release", "dblclick", "motion_notify", "scroll"]
KEYS = ["key_press", "key_release"]
LOCATION = ["figure_enter", "figure_leave"]
BUTTONS = ["1", "2", "3", "8", "9"]
KEY_NAMES = [
    *string.ascii_letters,
    *string.digits,
    *" !#$%&()*+,-./:;<=>?@[]^_`{|}~'\"\\",
    *["enter", "escape", "backspace", "tab", "delete", "insert", "home", "end", "pageup"],
    *["pagedown", "left", "right", "up", "down", "control", "shift", "alt", "meta", "pause"],
    *(f"f{n}" for n in range(1, 13)),
    *"éßфあ☃😀",
]
# Keys left out. Those that close the figure: a window's figure is unserved as it closes, so
# they would end the run (without a window they leave a served figure with no canvas). And those
# that make an axis logarithmic: two right-drags of the pan tool then zoom it out to limits whose
# tick labels matplotlib cannot draw (OverflowError in its LogFormatter, with plain Agg too), and
# every draw after that fails with matplotlib's error, not ours. And fuzz_host.py's own keys for
# the memory checks.
LEFT_OUT_KEYS = {
    "f5",
    "f6",
    *mpl.rcParams["keymap.quit"],
    *mpl.rcParams["keymap.quit_all"],
    *mpl.rcParams["keymap.xscale"],
    *mpl.rcParams["keymap.yscale"],
}
# The page's toolbar buttons; the subplot tool opens a window of its own, out of this test's
# reach (it needs a viewer). Unknown names are ignored, as a button of another toolbar would be.
ACTIONS = ["home", "back", "forward", "pan", "zoom", "save_figure", "Pan", "nothing", "a.b c-d"]
RATIOS = [1, 1, 1, 1, 2, 2, 2, 1.25, 1.5, 1.1, 0.5, 0.75, 0.25, 3, 4, 8]

NOT_NUMBERS = [
    "", " ", "nan", "NaN", "-nan", "inf", "-inf", "Infinity", "1e400", "-1e400", "9" * 400,
    "abc", "0x10", "1,5", "1.2.3", "--1", "1e", "½", "\x00", "1\x00", "\n", b"\xff", b"\xc3",
    "x" * 5000, "١٢",
]  # fmt: skip
# Each number's range, and values just past it.
OUT_OF_RANGE = {
    "x": ["20000.5", "-20001", "1e6"],
    "y": ["20000.5", "-20001", "-1e6"],
    "step": ["100.01", "-101", "1e5"],
    "button": ["0", "10", "-1", "4", "5", "7", "1.5", "2.0001"],
    "buttons": ["32", "-1", "1.5", "1e3"],
    "width": ["0", "0.5", "-5", "20001"],
    "height": ["0", "0.9", "-1", "1e5"],
    "dpr": ["0", "0.2", "8.5", "-1", "1e3"],
}
BAD = {
    "type": ["", "bogus", "BUTTON_PRESS", "button_press\x00", "resize ", "__class__", "x" * 3000],
    "key": ["", "\x00", "a\n", "\n", "\x1b", "\x7f", "ctrl+\t", "k" * 41],
    "modifiers": ["hyper", "ctrl,hyper", "CTRL", "ctrl;alt", " ctrl", "ctrl\n"],
    "action": ["", "__class__", "_nav_stack", "1pan", "pan\n", "a" * 61, "pan/zoom", "pa\x00n"],
}
# The parameters without which an event of each type is refused.
REQUIRED = {
    **{kind: ["x", "y"] for kind in LOCATION + ["motion_notify"]},
    **{kind: ["x", "y", "button"] for kind in ["button_press", "button_release", "dblclick"]},
    **{kind: ["x", "y", "key"] for kind in KEYS},
    "scroll": ["x", "y", "step"],
    "resize": ["width", "height", "dpr"],
    "toolbar": ["action"],
}


def resize_is_valid(width: float, height: float, ratio: float) -> bool:
    """The page's canvas sizes the host draws: at least one device pixel, and not more than a
    screen of them (see events.py)."""
    return (
        1 <= width <= 20000
        and 1 <= height <= 20000
        and 0.25 <= ratio <= 8
        and min(width, height) * ratio >= 1
        and max(width, height) * ratio <= 2**15
        and width * height * ratio**2 <= MAX_DEVICE_PIXELS
    )


class Fuzz:
    """Requests drawn from a seeded generator: mostly what the page sends, in gestures too, and
    every way of getting it wrong. Follows the page's size and the frames and state it saw."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.size = REFERENCE
        self.frame_id = 0
        self.version = 0

    def batches(self) -> Iterator[list[Request]]:
        makers = [
            (self.valid_event, 40),
            (self.gesture, 6),
            (self.odd_but_valid_event, 8),
            (self.invalid_event, 30),
            (self.resize, 5),
            (self.image, 9),
            (self.other_page, 1),
        ]
        functions, weights = zip(*makers, strict=True)
        while True:
            yield self.rng.choices(functions, weights)[0]()

    def saw(self, request: Request, answer: Answer) -> None:
        """Keep what the page would: its size, and the newest frame and state it was sent."""
        if request.route == "event" and answer.status == 200:
            params = dict(request.params)
            if params.get("type") == "resize":
                self.size = (float(params["width"]), float(params["height"]), float(params["dpr"]))
        frame_id = answer.headers.get("X-Frame-Id")
        if frame_id is not None:
            self.frame_id = max(self.frame_id, int(frame_id))
        state = answer.headers.get("X-State")
        if state is not None:
            self.version = max(self.version, int(re.search(r'"version": (\d+)', state)[1]))

    # -- events --------------------------------------------------------------------------------

    def position(self) -> tuple[str, str]:
        width, height, ratio = self.size
        rng = self.rng
        if rng.random() < 0.05:
            return str(rng.uniform(-20000, 20000)), str(rng.uniform(-20000, 20000))
        x, y = rng.uniform(-20, width + 20), rng.uniform(-20, height + 20)
        # On whole device pixels, as the page sends them.
        return str(round(x * ratio) / ratio), str(round(y * ratio) / ratio)

    def modifiers(self) -> str:
        names = ["ctrl", "alt", "shift", "cmd"]
        return ",".join(self.rng.sample(names, self.rng.choice([0, 0, 0, 1, 1, 2, 4])))

    def key(self) -> str:
        while True:
            prefix = self.rng.choice(["", "", "", "ctrl+", "alt+", "shift+", "ctrl+alt+", "cmd+"])
            key = prefix + self.rng.choice(KEY_NAMES)
            if key not in LEFT_OUT_KEYS:
                return key

    def event_params(self, kind: str | None = None) -> dict[str, str]:
        rng = self.rng
        kind = kind or rng.choice(MOUSE + MOUSE + KEYS + LOCATION + ["toolbar"])
        if kind == "toolbar":
            return {"type": kind, "action": rng.choice(ACTIONS)}
        x, y = self.position()
        params = {"type": kind, "x": x, "y": y}
        if rng.random() < 0.9:
            params["modifiers"] = self.modifiers()
        if kind in KEYS:
            params["key"] = self.key()
        elif kind == "scroll":
            params["step"] = rng.choice(["1", "-1", "1", "-1", str(rng.uniform(-100, 100))])
        elif kind != "figure_enter" and kind != "figure_leave":
            if kind != "motion_notify":
                params["button"] = rng.choice(BUTTONS)
            if rng.random() < 0.8:
                params["buttons"] = str(rng.randrange(32))
        return params

    def valid_event(self) -> list[Request]:
        return [event(post=self.rng.random() < 0.8, **self.event_params())]

    def gesture(self) -> list[Request]:
        """A drag: press, moves with the button held, release (a pan or a zoom in those modes)."""
        button = self.rng.choice(BUTTONS[:3])
        bit = {"1": 1, "2": 4, "3": 2}[button]
        press = self.event_params("button_press") | {"button": button, "buttons": str(bit)}
        moves = []
        for _ in range(self.rng.randrange(1, 8)):
            x, y = self.position()
            moves.append(event(type="motion_notify", x=x, y=y, buttons=str(bit)))
        x, y = dict(moves[-1].params)["x"], dict(moves[-1].params)["y"]
        release = event(type="button_release", x=x, y=y, button=button, buttons="0")
        return [event(**press), *moves, release]

    def odd_but_valid_event(self) -> list[Request]:
        """Valid events in spellings the page never uses: other forms of the same numbers, a
        parameter given twice (the last counts), parameters no event has, by GET."""
        rng = self.rng
        params = list(self.event_params().items())
        numbers = [i for i, (name, _) in enumerate(params) if name in OUT_OF_RANGE]
        how = rng.choice(["spelling", "repeated", "extra", "get"] if numbers else ["extra", "get"])
        if how == "spelling":
            i = rng.choice(numbers)
            name, value = params[i]
            number = float(value)
            spellings = [f"{number:e}", f"{number}", f"{number:.20f}"]
            if number == int(number):
                spellings += [f"{int(number)}.", f"{int(number):05d}"]
            if number >= 0:
                spellings.append(f"+{number}")
            if number == 0:
                spellings += ["-0", "0.0e9"]
            params[i] = (name, rng.choice(spellings))
        elif how == "repeated":
            i = rng.choice(numbers)
            # Text, not bytes: a request whose parameters are not UTF-8 is refused whole.
            not_number = rng.choice([value for value in NOT_NUMBERS if isinstance(value, str)])
            params.insert(i, (params[i][0], not_number))
        elif how == "extra":
            params += [("id", "3"), ("x-y", "nan"), ("", ""), ("é", "☃"), ("last_id", "-1")]
        return [Request("event", tuple(params), (200,), post=how != "get")]

    def invalid_event(self) -> list[Request]:
        """A valid event with one thing wrong."""
        rng = self.rng
        kind = rng.choice([*MOUSE, *KEYS, *LOCATION, "toolbar", "resize", "resize"])
        params = self.resize_params(valid=True) if kind == "resize" else self.event_params(kind)
        numbers = [name for name in params if name in OUT_OF_RANGE]
        wrongs = ["type", "missing"] + (["number", "range", "repeated"] if numbers else [])
        wrongs += [name for name in ("key", "modifiers", "action") if name in params]
        wrong = rng.choice(wrongs)
        if wrong in BAD:
            params[wrong] = rng.choice(BAD[wrong])
        elif wrong == "missing":
            del params[rng.choice(REQUIRED[kind])]
        elif wrong in ("number", "range"):
            name = rng.choice(numbers)
            params[name] = rng.choice(NOT_NUMBERS if wrong == "number" else OUT_OF_RANGE[name])
        else:  # repeated: the last one counts, and it is wrong
            name = rng.choice(numbers)
            pairs = [*params.items(), (name, rng.choice(NOT_NUMBERS))]
            return [Request("event", tuple(pairs), (400,), post=rng.random() < 0.5)]
        return [Request("event", tuple(params.items()), (400,), post=rng.random() < 0.5)]

    def resize_params(self, valid: bool) -> dict[str, str]:
        """A size the page may ask for (`valid`), or any size, now and then one at the edges."""
        rng = self.rng
        while True:
            ratio = rng.choice(RATIOS)
            edge = rng.random() < 0.05
            if edge:
                width, height = rng.choice(
                    [
                        (math.ceil(1 / ratio), math.ceil(1 / ratio)),  # one device pixel
                        (2**15 // ratio, 1),  # the longest side
                        (1, 2**15 // ratio + 1),  # one past it
                        (20000, 20000),
                        (int(math.sqrt(MAX_DEVICE_PIXELS) / ratio),) * 2,  # all the pixels
                        (int(math.sqrt(MAX_DEVICE_PIXELS) / ratio) + 1,) * 2,  # one row more
                    ]
                )
            else:
                width, height = rng.randint(20, 1200), rng.randint(20, 900)
            if not valid or resize_is_valid(width, height, ratio):
                return {
                    "type": "resize",
                    "width": f"{width:g}",
                    "height": f"{height:g}",
                    "dpr": str(ratio),
                }

    def resize(self) -> list[Request]:
        params = self.resize_params(valid=self.rng.random() < 0.7)
        sizes = float(params["width"]), float(params["height"]), float(params["dpr"])
        return [event((200,) if resize_is_valid(*sizes) else (400,), **params)]

    # -- frames, state and pages ---------------------------------------------------------------

    def since(self, newest: int) -> tuple[str | bytes, tuple[int, ...]]:
        """A `last_id` or `version` the host answers at once, or a wrong one. Never `newest`
        itself, which the host would hold until something newer comes."""
        rng = self.rng
        older = max(newest - rng.choice([1, 2, 3, 5, 20]), 0)
        valid = [str(older), "0", "000", str(10**17 + rng.randrange(10**17))]
        wrong = ["-1", "", "abc", "1.5", "9" * 19, "0x1", " 1", "1 ", "+1", b"\xff", "١", b"\xb2"]
        if rng.random() < 0.7:
            return rng.choice(valid), (200, 204)
        return rng.choice(wrong), (400,)

    def image(self) -> list[Request]:
        last_id, frame_expect = self.since(self.frame_id)
        version, state_expect = self.since(self.version)
        expect = (400,) if (400,) in (frame_expect, state_expect) else (200, 204)
        return [Request("image.png", (("last_id", last_id), ("version", version)), expect)]

    def other_page(self) -> list[Request]:
        page = self.rng.choice(["0", "2", "-1", "99999999999999999999", "abc", "1.0"])
        route = self.rng.choice(["event", "image.png", "config.json", ""])
        params = self.event_params() if route == "event" else {"last_id": "0", "version": "0"}
        return [Request(route, tuple(params.items()), (404,), page=page)]


def tracebacks(output: str) -> list[str]:
    """Each traceback in the host's output, up to its last line (the error)."""
    return re.findall(r"^Traceback \(most recent call last\):\n(?:[ \t].*\n)*\S.*$", output, re.M)


def is_matplotlibs_own(traceback: str) -> bool:
    frames = re.findall(r'^  File "(.*?)"', traceback, re.M)
    in_matplotlib = all(f"{os.sep}matplotlib{os.sep}" in frame for frame in frames)
    return in_matplotlib and traceback.splitlines()[-1] in MATPLOTLIBS_OWN_ERRORS


# -- the host ---------------------------------------------------------------------------------


@pytest.fixture
def fuzz_host(tmp_path: Path) -> Iterator[tuple[AppProcess, SplitResult]]:
    """A figure host serving fuzz_host.py's figure, in a process of its own; its page's URL."""
    env = dict(os.environ, MPLBACKEND="webfig", PYTHONUNBUFFERED="1")
    app = AppProcess([sys.executable, str(HOST)], env, log_dir=tmp_path)
    try:
        url = app.wait_for_line(URL_PREFIX, timeout=60)[len(URL_PREFIX) :]
        yield app, urlsplit(url)
    finally:
        app.stop()


def check(request: Request, answer: Answer, seed: int) -> None:
    if answer.status not in request.expect:
        pytest.fail(
            f"seed {seed}: {request} got {answer.status}, not {request.expect}:\n"
            f"{answer.body[:1500].decode(errors='replace')}",
            pytrace=False,
        )
    if answer.status == 400:
        assert answer.reason(), f"seed {seed}: {request} was refused without a reason"


def wait_for_frame(page: SplitResult, size: tuple[float, float, float], newer_than: int) -> Answer:
    """The newest frame once it is newer than `newer_than` and `size` CSS pixels at its ratio."""
    width, height, ratio = size

    def frame() -> Answer | None:
        answer = ask(page, Request("image.png", (("last_id", "0"),), (200,)))
        if answer.status != 200 or int(answer.headers["X-Frame-Id"]) <= newer_than:
            return None
        drawn = tuple(map(int, answer.headers["X-Frame-Size"].split(",")))
        # Agg draws whole pixels: the size in device pixels, rounded down.
        wanted = (width * ratio, height * ratio)
        if not all(0 <= want - got < 1.01 for want, got in zip(wanted, drawn, strict=True)):
            return None
        return answer

    return wait_until(f"a frame of {width} x {height} at ratio {ratio}", frame, timeout=60)


@dataclass(frozen=True)
class Memory:
    """The host's memory after `requests` requests, in MiB: its RSS, and its RSS and PSS once
    malloc has given back what it kept unused (`rss`, `pss`: what the host uses)."""

    requests: int
    kept: float
    rss: float
    pss: float

    def __str__(self) -> str:
        return f"{self.requests}: {self.kept:.1f} {self.rss:.1f}/{self.pss:.1f}"


def levelled_off(memory: list[Memory]) -> bool:
    """Whether the memory grew by less than GROWTH_MIB over the second half of the run so far,
    or else over its last quarter (of REQUESTS)."""
    half, quarter, end = memory[len(memory) // 2], memory[-3], memory[-1]
    return min(end.rss - half.rss, end.rss - quarter.rss) < GROWTH_MIB


def measure_memory(app: AppProcess, page: SplitResult, fuzz: Fuzz, requests: int) -> Memory:
    """The host's memory with the figure at its own size, and every frame its feed keeps (four)
    drawn at that size: frames of a past resize would count otherwise."""
    width, height, ratio = REFERENCE
    ask(page, event(type="resize", width=str(width), height=str(height), dpr=str(ratio)))
    fuzz.size = REFERENCE
    newest = int(wait_for_frame(page, REFERENCE, 0).headers["X-Frame-Id"])

    def redraw() -> int:
        ask(page, event(type="key_press", key="f5", x="1", y="1"))
        return int(wait_for_frame(page, REFERENCE, newest).headers["X-Frame-Id"])

    for _ in range(5):
        newest = redraw()
    kept = app.memory_kib()["rss_kib"] / 1024
    ask(page, event(type="key_press", key="f6", x="1", y="1"))
    newest = fuzz.frame_id = redraw()  # drawn after F6 was handled
    used = app.memory_kib()
    return Memory(requests, kept, used["rss_kib"] / 1024, used["pss_kib"] / 1024)


@pytest.mark.parametrize("seed", [FIXED_SEED, RANDOM_SEED], ids=["fixed-seed", "random-seed"])
def test_the_host_answers_every_request_and_its_memory_levels_off(fuzz_host, seed):
    app, page = fuzz_host
    print(
        f"fuzz seed {seed}, {REQUESTS} requests; replay: WEBFIG_FUZZ_SEED={seed} "
        "python -m pytest tests/test_fuzz.py -k random-seed"
    )
    fuzz = Fuzz(seed)
    start = time.monotonic()
    statuses: Counter[int] = Counter()
    memory = [measure_memory(app, page, fuzz, 0)]
    sent = 0
    for batch in fuzz.batches():
        for request in batch:
            answer = ask(page, request)
            statuses[answer.status] += 1
            check(request, answer, seed)
            fuzz.saw(request, answer)
            if dict(request.params).get("type") == "resize" and answer.status == 200:
                # Every size the page may ask for is drawn, at that size.
                fuzz.frame_id = int(wait_for_frame(page, fuzz.size, 0).headers["X-Frame-Id"])
        sent += len(batch)
        if sent * CHECKPOINTS // REQUESTS > len(memory) - 1:
            memory.append(measure_memory(app, page, fuzz, sent))
        if sent >= REQUESTS and (levelled_off(memory) or sent >= LONGEST * REQUESTS):
            break
    seconds = time.monotonic() - start

    table = ", ".join(map(str, memory))
    print(f"{sent} requests in {seconds:.0f} s; answers {dict(sorted(statuses.items()))}")
    print(f"host memory after N requests, N: MiB RSS, then RSS/PSS in use: {table}")

    output = app.output()
    errors = tracebacks(output)
    ours = [error for error in errors if not is_matplotlibs_own(error)]
    print(f"matplotlib's own errors, printed as a callback's: {len(errors) - len(ours)}")
    assert not ours, f"seed {seed}: the host printed a traceback:\n{ours[0]}\n\n{output}"
    assert app.processes() == [app.pid], f"seed {seed}: the host started {app.processes()}"
    # Still answering and drawing: a new frame of the figure, and its state.
    ask(page, event(type="key_press", key="f5", x="1", y="1"))
    frame = wait_for_frame(page, REFERENCE, fuzz.frame_id)
    pixels = np.asarray(Image.open(io.BytesIO(frame.body)))
    assert len(np.unique(pixels.reshape(-1, pixels.shape[-1]), axis=0)) > 16
    state = ask(page, Request("image.png", (("last_id", "0"), ("version", "0")), (200,)))
    assert '"version"' in state.headers["X-State"]

    half, quarter, end = memory[len(memory) // 2], memory[-3], memory[-1]
    assert levelled_off(memory), (
        f"seed {seed}: the host grew by {end.rss - half.rss:.1f} MiB from request "
        f"{half.requests} to {end.requests}, {end.rss - quarter.rss:.1f} from request "
        f"{quarter.requests} (at most {GROWTH_MIB}); after N requests, "
        f"N: MiB RSS, then RSS/PSS in use: {table}"
    )


def test_a_frame_id_in_other_digits_is_refused(fuzz_host):
    """Latin-1's superscript digits pass str.isdigit() but not int(): once a 500."""
    _, page = fuzz_host
    for name in ("last_id", "version"):
        assert ask(page, Request("image.png", ((name, b"\xb2"),), (400,))).status == 400
