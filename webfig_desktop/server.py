"""The HTTP side: a Bottle app on a threaded server, bound to loopback, guarded by a secret.

Routes stay thin: check the request, ask the host one thing, answer. Every path starts with the
run's secret; a request without it, or addressed to another Host, or written from another
origin, is refused before any route runs.
"""

from __future__ import annotations

import hmac
import json
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import bottle
import matplotlib
from cheroot import wsgi

from .assets import FOLDER as ASSETS
from .events import BadEvent, parse_event
from .frames import TILE
from .recent import recent_files

if TYPE_CHECKING:
    from .host import Host

# How long a request for a frame or for state is held open when nothing new comes.
HOLD_SECONDS = 15.0
# The longest an event's answer waits for the figure to handle it (a busy or blocked main thread).
EVENT_HOLD_SECONDS = 1.0
_ICON = re.compile(r"^[a-z_]+(-symbolic)?\.(svg|png)$")


class FigureServer:
    """Serves figure pages, frames and input for one host; start, stop, start again."""

    def __init__(self, host: Host, port: int = 0) -> None:
        self._host = host
        self._port = port
        self._server: wsgi.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    def figure_url(self, window_id: int) -> str:
        return f"{self.origin}/{self._host.secret}/fig/{window_id}/"

    def welcome_url(self) -> str:
        return f"{self.origin}/{self._host.secret}/welcome/"

    def start(self) -> None:
        # Held frame and state requests each keep a thread: two per window, plus input.
        server = wsgi.Server(("127.0.0.1", self._port), self._app(), numthreads=32)
        prepared = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            try:
                server.prepare()
            except BaseException as error:
                failure.append(error)
                return
            finally:
                prepared.set()
            server.serve()

        # prepare() starts the worker threads, which inherit daemon-ness from the thread that
        # makes them: so that the server never keeps a finished script's process alive.
        self._thread = threading.Thread(target=serve, name="webfig-server", daemon=True)
        self._thread.start()
        prepared.wait()
        if failure:
            raise failure[0]
        self._server = server
        self._port = server.bind_addr[1]

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._thread.join()
            self._server = self._thread = None

    def _app(self) -> bottle.Bottle:
        host = self._host
        root = bottle.Bottle()
        prefix = f"/{host.secret}/"

        @root.hook("before_request")
        def guard() -> None:
            request = bottle.request
            if request.headers.get("Host") != f"127.0.0.1:{self._port}":
                raise bottle.HTTPError(403, "wrong Host")
            origin = request.headers.get("Origin")
            if origin is not None and origin != self.origin:
                raise bottle.HTTPError(403, "foreign origin")
            if not hmac.compare_digest(request.path[: len(prefix)], prefix):
                raise bottle.HTTPError(403, "missing secret")

        app = bottle.Bottle()

        def feed_of(window_id: int):
            feed = host.feed(window_id)
            if feed is None:
                raise bottle.HTTPError(404, "no such figure")
            return feed

        @app.get("/fig/<window_id:int>/")
        def page(window_id: int):
            feed_of(window_id)
            return bottle.static_file("figure.html", root=str(ASSETS))

        @app.get("/fig/<window_id:int>/config.json")
        def config(window_id: int):
            page_config = host.page_config(window_id)
            if page_config is None:
                raise bottle.HTTPError(404, "no such figure")
            return _json(page_config)

        @app.get("/fig/<window_id:int>/image.png")
        def image(window_id: int):
            feed = feed_of(window_id)
            last_id = _int_param("last_id")
            found = feed.next_update(last_id, HOLD_SECONDS)
            if found is None:
                return _no_content()
            frame, update = found
            if update is None:
                return _no_content(frame.id)
            bottle.response.content_type = "image/png"
            bottle.response.set_header("Cache-Control", "no-store")
            bottle.response.set_header("X-Frame-Id", str(frame.id))
            bottle.response.set_header("X-Frame-Scale", str(frame.scale))
            bottle.response.set_header("X-Frame-Box", ",".join(map(str, update.box)))
            bottle.response.set_header("X-Frame-Size", ",".join(map(str, update.size)))
            if update.over:
                bottle.response.set_header("X-Frame-Over", "1")
            if update.tiles:
                runs = ";".join(",".join(map(str, run)) for run in update.tiles)
                bottle.response.set_header("X-Frame-Tiles", f"{TILE};{runs}")
            if update.moves:
                moves = ";".join(",".join(map(str, (*m.box, m.dx, m.dy))) for m in update.moves)
                bottle.response.set_header("X-Frame-Moves", moves)
            return update.png

        @app.get("/fig/<window_id:int>/state.json")
        def state(window_id: int):
            found = feed_of(window_id).next_state(_int_param("version"), HOLD_SECONDS)
            if found is None:
                return _no_content()
            version, values = found
            return _json({"version": version, **values})

        @app.route("/fig/<window_id:int>/event", method=["GET", "POST"])
        def event(window_id: int):
            try:
                parsed = parse_event(bottle.request.params)
            except BadEvent as error:
                raise bottle.HTTPError(400, str(error)) from None
            handled = host.post_input(window_id, parsed)
            if handled is None:
                raise bottle.HTTPError(404, "no such figure")
            # Answered once the figure has handled it, as the page sends its next event only
            # then: motion that a slow figure cannot keep up with merges in the page instead of
            # costing a request each. In a pan of the bench's line figure, 102 requests became
            # 14, and with the main thread no longer sharing its time with them, its draws took
            # 342 ms instead of 473 (3.2 frames/s instead of 2.0).
            handled.wait(EVENT_HOLD_SECONDS)
            return _json({"ok": True})

        @app.get("/welcome/")
        def welcome():
            return bottle.static_file("welcome.html", root=str(ASSETS))

        @app.get("/welcome/recent.json")
        def recent():
            return _json(recent_files())

        @app.get("/assets/<name>")
        def asset(name: str):
            return bottle.static_file(name, root=str(ASSETS))

        @app.get("/icons/<name>")
        def icon(name: str):
            if not _ICON.match(name):
                raise bottle.HTTPError(404, "no such icon")
            return bottle.static_file(name, root=str(Path(matplotlib.get_data_path(), "images")))

        # Mounting copies the routes, so it comes after they are all declared.
        root.mount(prefix, app)
        return root


def _int_param(name: str) -> int:
    raw = bottle.request.query.get(name, "0")
    if not raw.isdigit() or len(raw) > 18:
        raise bottle.HTTPError(400, f"parameter {name!r} must be a whole number")
    return int(raw)


def _json(value: object) -> str:
    bottle.response.content_type = "application/json"
    bottle.response.set_header("Cache-Control", "no-store")
    return json.dumps(value)


def _no_content(frame_id: int | None = None) -> bottle.HTTPResponse:
    headers = {"Cache-Control": "no-store"}
    if frame_id is not None:
        headers["X-Frame-Id"] = str(frame_id)
    return bottle.HTTPResponse(status=204, headers=headers)
