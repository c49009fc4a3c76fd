"""The HTTP side: a Bottle app on gevent's server, bound to loopback, guarded by a secret.

The routes are one flat table, as in WebAgg. Every path starts with the run's secret; a request
without it, or addressed to another Host, or written from another origin, is refused before any
route runs.

Each window keeps its socket open (or, without one, a request held for its next frame or
state), so the server is one made for many idle connections: every connection is a greenlet of
the server's one thread, and a waiting one costs no thread (see the README, "How it works", for
what threads cost here).
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import threading
import time
from functools import partial
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl

import bottle
import gevent
import matplotlib

from .assets import FOLDER as ASSETS
from .event_loop import Signal
from .events import BadEvent, InputEvent, parse_event
from .feed import FigureFeed
from .greenlets import Wakeup, keep_bottle_requests_per_greenlet
from .http_connections import BudgetedServer
from .recent import recent_files
from .web_socket import WebSocket

# How long a page's request for news is held open when nothing new comes.
HOLD_SECONDS = 15.0
# The longest an event's answer waits for the figure to handle it (a busy or blocked main thread).
EVENT_HOLD_SECONDS = 1.0
# What one request may carry: the page sends a handful at most (a motion, a release, keys).
MAX_EVENTS = 64
MAX_EVENTS_BODY = 16384
# How the socket closes (codes 4000-4999 are the application's): the figure is gone; a message
# that is none of the socket's.
SOCKET_GONE = 4404
SOCKET_BAD_MESSAGE = 1008
_log = logging.getLogger(__name__)
# An answer to a page: status, headers, PNG (empty without a frame).
_Answer = tuple[int, dict[str, str], bytes]
_NOTHING_NEW: _Answer = (204, {"Cache-Control": "no-store"}, b"")
_ICON = re.compile(r"^[a-z0-9_]+(-symbolic)?\.(svg|png)$")


class Pages(Protocol):
    """What the server serves: the host's figure pages, by the id in their URLs."""

    secret: str

    def feed(self, page_id: int) -> FigureFeed | None: ...
    def page_config(self, page_id: int) -> dict[str, Any] | None: ...
    def post_input(self, page_id: int, event: InputEvent, handled: Signal | None) -> bool: ...


keep_bottle_requests_per_greenlet()


# -- the routes: each checks its request, asks the pages one thing, answers -------------------


def figure_page(pages: Pages, page_id: int):
    _feed(pages, page_id)
    return bottle.static_file("figure.html", root=str(ASSETS))


def config(pages: Pages, page_id: int):
    page_config = pages.page_config(page_id)
    if page_config is None:
        raise bottle.HTTPError(404, "no such figure")
    return _json(page_config)


def image(pages: Pages, page_id: int):
    """A page's request for what is new: its next frame, and the state if that changed too."""
    feed = _feed(pages, page_id)
    last_id, version = _int_param("last_id"), _int_param("version")
    status, headers, png = _next_news(feed, last_id, version) or _NOTHING_NEW
    return bottle.HTTPResponse(png, status=status, headers=headers)


def event(pages: Pages, page_id: int):
    """One event in the query or form, or several in a text body, one per line: the page sends
    what queued up while its last request was answered, in one go (input.js)."""
    request = bottle.request
    try:
        if request.content_type.startswith("text/plain"):
            body = request.body.read(MAX_EVENTS_BODY + 1)
            if len(body) > MAX_EVENTS_BODY:
                raise bottle.HTTPError(413, f"at most {MAX_EVENTS_BODY} bytes of events")
            events = _events_in(body)
        else:
            # Bottle reads parameters as Latin-1; the page sends UTF-8 (a key "é").
            events = [parse_event(dict(request.params.decode()))]
    except (UnicodeDecodeError, BadEvent) as error:
        raise bottle.HTTPError(400, _wrong(error)) from None
    if not _post_events(pages, page_id, events):
        raise bottle.HTTPError(404, "no such figure")
    return _json({"ok": True})


def figure_socket(pages: Pages, page_id: int):
    """The page's socket: the news of `image` and the events of `event` as messages on one
    connection, instead of a request each (see the README, "How it works").

    The page sends `{"want": [last_id, version]}` once it is ready for more news, as it would
    ask `image`, and gets the answer as one binary message: a 4-byte length, a JSON object of
    the headers `image` answers with (and "Status"), then the PNG if any. The first news comes
    unasked. It sends `{"batch": N, "events": BODY}`, BODY as `event` takes it, and is told
    `{"handled": N}` or `{"refused": N, "error": ...}`. A message of any other form, or one
    over the size of `event`'s body, closes the socket.
    """
    feed = _feed(pages, page_id)
    socket = WebSocket(max_size=MAX_EVENTS_BODY + 256)
    wants: list[tuple[int, int]] = []
    wanted = Wakeup()

    def send_news() -> None:
        last_id, version = 0, -1  # what the page has: nothing
        while not feed.closed:
            answer = _next_news(feed, last_id, version)
            if answer is None:
                continue
            status, headers, png = answer
            head = json.dumps({"Status": str(status), **headers}).encode()
            socket.send(len(head).to_bytes(4, "big") + head + png)
            while not wants and not feed.closed:
                wanted.clear()
                wanted.wait(HOLD_SECONDS)
            if wants:
                last_id, version = wants.pop()
        socket.close(SOCKET_GONE, "no such figure")

    def answer(batch: int, body: bytes) -> None:
        try:
            events = _events_in(body)
        except (UnicodeDecodeError, BadEvent) as error:
            socket.send(json.dumps({"refused": batch, "error": _wrong(error)}))
            return
        if _post_events(pages, page_id, events):
            socket.send(json.dumps({"handled": batch}))
        else:
            socket.close(SOCKET_GONE, "no such figure")

    def take(message: str | bytes) -> None:
        match json.loads(message):
            case {"want": [int(last_id), int(version)]}:
                wants[:] = [(last_id, version)]
                wanted.set()
            case {"batch": int(batch), "events": str(body)}:
                gevent.spawn(answer, batch, body.encode())
            case _:
                raise ValueError("neither a want nor a batch of events")

    def read() -> None:
        news = gevent.spawn(send_news)
        try:
            for message in socket.messages():
                try:
                    take(message)
                except ValueError as error:  # JSON's errors too
                    socket.close(SOCKET_BAD_MESSAGE, f"not a message of this socket: {error}"[:100])
        finally:
            news.kill()

    gevent.spawn(read)
    return socket.response()


def _next_news(feed: FigureFeed, last_id: int, version: int) -> _Answer | None:
    """Hold until the feed has news for a page with frame `last_id` and state `version`, for
    `HOLD_SECONDS` at most; then the answer that brings the page up to date, or None."""
    news = Wakeup()
    with feed.watching(news.set):
        deadline = time.monotonic() + HOLD_SECONDS
        while not feed.has_news(last_id, version):
            news.clear()
            if not news.wait(deadline - time.monotonic()):
                return None
        # Made while watching: the host waits for it before drawing again (FigureFeed).
        return _news(feed, last_id, version)


def _news(feed: FigureFeed, last_id: int, version: int) -> _Answer:
    """Status, headers and PNG that bring a page with frame `last_id` and state `version` up
    to date: 204 and no PNG when only the state is new, or nothing."""
    found = feed.update_since(last_id)
    state = feed.state_since(version)
    headers = {"Cache-Control": "no-store"}
    if state is not None:
        # ASCII JSON: a header's value is Latin-1, titles and messages are not.
        headers["X-State"] = json.dumps({"version": state[0], **state[1]})
    if found is None:
        return 204, headers, b""
    frame, update = found
    headers.update(frame.headers())
    if update is None:
        return 204, headers, b""
    headers.update(update.headers(frame.scale))
    return 200, {**headers, "Content-Type": "image/png"}, update.png


def _events_in(body: bytes) -> list[InputEvent]:
    """The events of a text body, one URL-encoded event per line."""
    lines = body.decode().split("\n")
    if len(lines) > MAX_EVENTS:
        raise BadEvent(f"at most {MAX_EVENTS} events in one request")
    return [
        parse_event(
            dict(parse_qsl(line, keep_blank_values=True, encoding="utf-8", errors="strict"))
        )
        for line in lines
    ]


def _wrong(error: UnicodeDecodeError | BadEvent) -> str:
    return "parameters are not UTF-8" if isinstance(error, UnicodeDecodeError) else str(error)


def _post_events(pages: Pages, page_id: int, events: list[InputEvent]) -> bool:
    """Post `events`, and wait until the figure has handled them (1 s at most); False if the
    figure is gone. The page sends its next events only once they are answered: motion that a
    slow figure cannot keep up with merges in the page instead of costing a request each (see
    the README, "How it works")."""
    handled = Wakeup()
    for parsed in events[:-1]:
        if not pages.post_input(page_id, parsed, None):
            return False
    if not pages.post_input(page_id, events[-1], handled):
        return False
    handled.wait(EVENT_HOLD_SECONDS)
    return True


def welcome(pages: Pages):
    return bottle.static_file("welcome.html", root=str(ASSETS))


def recent(pages: Pages):
    return _json(recent_files())


def asset(pages: Pages, name: str):
    return bottle.static_file(name, root=str(ASSETS))


def icon(pages: Pages, name: str):
    if not _ICON.match(name):
        raise bottle.HTTPError(404, "no such icon")
    return bottle.static_file(name, root=str(Path(matplotlib.get_data_path(), "images")))


ROUTES = [
    ("GET", "/fig/<page_id:int>/", figure_page),
    ("GET", "/fig/<page_id:int>/config.json", config),
    ("GET", "/fig/<page_id:int>/image.png", image),
    ("GET", "/fig/<page_id:int>/socket", figure_socket),
    (["GET", "POST"], "/fig/<page_id:int>/event", event),
    ("GET", "/welcome/", welcome),
    ("GET", "/welcome/recent.json", recent),
    ("GET", "/assets/<name>", asset),
    ("GET", "/icons/<name>", icon),
]


class FigureServer:
    """Serves the pages on loopback, to requests that carry the secret; start, stop, start
    again."""

    def __init__(self, pages: Pages, port: int = 0) -> None:
        self._pages = pages
        self._port = port
        self._server: BudgetedServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    def start(self) -> None:
        started: list[BudgetedServer | BaseException] = []
        ready = threading.Event()

        def serve() -> None:
            # The server's hub is this thread's: everything of gevent stays in it, and the
            # rest of the process (the user's program) never meets a greenlet.
            try:
                server = BudgetedServer(
                    ("127.0.0.1", self._port),
                    self._app(),
                    secret_prefix=f"/{self._pages.secret}/",
                    log=None,
                    error_log=_log,
                )
                server.start()
            except BaseException as error:
                started.append(error)
                return
            finally:
                ready.set()
            started.append(server)
            server.serve_forever()

        # A daemon: the server never keeps a finished script's process alive.
        self._thread = threading.Thread(target=serve, name="webfig-server", daemon=True)
        self._thread.start()
        ready.wait()
        if isinstance(started[0], BaseException):
            raise started[0]
        self._server = started[0]
        self._port = self._server.server_port

    def stop(self) -> None:
        if self._server is not None:
            # gevent's objects belong to the server's thread: it is asked to close, and its
            # `serve_forever` then stops every connection.
            self._server.loop.run_callback_threadsafe(self._server.close)
            self._thread.join()
            self._server = self._thread = None

    def _app(self) -> bottle.Bottle:
        app = bottle.Bottle()
        prefix = f"/{self._pages.secret}"
        app.add_hook("before_request", partial(self._guard, prefix + "/"))
        for method, path, route in ROUTES:
            app.route(prefix + path, method, partial(route, self._pages))
        return app

    def _guard(self, prefix: str) -> None:
        """Refuse, before any route runs, a request addressed to another host, written from
        another origin, or without the run's secret."""
        request = bottle.request
        if request.headers.get("Host") != f"127.0.0.1:{self._port}":
            raise bottle.HTTPError(403, "wrong Host")
        origin = request.headers.get("Origin")
        if origin is not None and origin != self.origin:
            raise bottle.HTTPError(403, "foreign origin")
        if not hmac.compare_digest(request.path[: len(prefix)], prefix):
            raise bottle.HTTPError(403, "missing secret")


def _feed(pages: Pages, page_id: int) -> FigureFeed:
    feed = pages.feed(page_id)
    if feed is None:
        raise bottle.HTTPError(404, "no such figure")
    return feed


def _int_param(name: str) -> int:
    raw = bottle.request.query.get(name, "0")
    # ASCII digits only: str.isdigit() also takes superscripts, which int() refuses.
    if not re.fullmatch("[0-9]{1,18}", raw):
        raise bottle.HTTPError(400, f"parameter {name!r} must be a whole number")
    return int(raw)


def _json(value: object) -> str:
    bottle.response.content_type = "application/json"
    bottle.response.set_header("Cache-Control", "no-store")
    return json.dumps(value)
