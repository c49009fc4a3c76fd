"""The HTTP protocol against a real host: frames, state, input, and who may use them."""

import http.client
import io
import json
import socket
import threading
from urllib.parse import urlsplit

import numpy as np
import pytest
import websocket
from matplotlib.figure import Figure
from PIL import Image

from tests.app_windows import closed_by_server
from webfig_desktop import http_connections
from webfig_desktop.backend import FigureCanvasWebfig, FigureManagerWebfig
from webfig_desktop.events import InputEvent
from webfig_desktop.harness.waiting import wait_until
from webfig_desktop.host import current_host


@pytest.fixture
def served():
    """A figure served by this process's host (no window), and what its callbacks saw."""
    host = current_host()
    figure = Figure(figsize=(4, 3), dpi=50)
    figure.add_subplot().plot([0, 1, 2], [2, 0, 1])
    manager = FigureManagerWebfig(FigureCanvasWebfig(figure), 901)
    seen = []
    figure.canvas.mpl_connect("button_press_event", lambda event: seen.append(event))
    page_id = host.serve(manager)
    url = urlsplit(host.page_url(page_id))
    yield host, figure, url, seen
    host.unserve(page_id)


def request(
    url,
    path,
    method="GET",
    body=None,
    headers=None,
    host_header=None,
    content_type="application/x-www-form-urlencoded",
):
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=20)
    connection.putrequest(method, path, skip_host=True)
    connection.putheader("Host", host_header or url.netloc)
    for name, value in (headers or {}).items():
        connection.putheader(name, value)
    if body is not None:
        connection.putheader("Content-Type", content_type)
        connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body.encode() if body is not None else None)
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


PRESS = "type=button_press&x=100&y=75&button=1"


def test_the_page_is_served_under_the_secret(served):
    _, _, url, _ = served
    status, headers, body = request(url, url.path)
    assert status == 200 and b'<canvas id="figure"' in body


@pytest.mark.parametrize(
    "path",
    ["/fig/{id}/", "/{wrong}/fig/{id}/", "/{wrong}/fig/{id}/event?" + PRESS, "/", "/assets/"],
)
def test_a_request_without_the_secret_is_refused(served, path):
    _, _, url, _ = served
    page_id = url.path.split("/")[3]
    status, _, _ = request(url, path.format(id=page_id, wrong="x" * 32))
    assert status == 403


@pytest.mark.parametrize("host_header", ["localhost:{port}", "evil.example", "127.0.0.1"])
def test_a_request_for_another_host_is_refused_and_changes_nothing(served, host_header):
    host, _, url, seen = served
    status, _, _ = request(
        url, url.path + "event?" + PRESS, "POST", host_header=host_header.format(port=url.port)
    )
    assert status == 403
    host.loop.process_pending()
    assert seen == []


def test_a_write_from_another_origin_is_refused_and_changes_nothing(served):
    host, _, url, seen = served
    status, _, _ = request(
        url, url.path + "event", "POST", PRESS, headers={"Origin": "http://evil.example"}
    )
    assert status == 403
    host.loop.process_pending()
    assert seen == []


def test_an_event_from_the_page_reaches_the_figure(served):
    host, _, url, seen = served
    status, _, body = request(
        url, url.path + "event", "POST", PRESS, headers={"Origin": f"http://{url.netloc}"}
    )
    assert status == 200 and json.loads(body) == {"ok": True}
    host.loop.process_pending()
    assert [(event.x, event.y, event.button) for event in seen] == [(100, 150 - 75, 1)]


def test_events_sent_together_reach_the_figure_in_their_order(served):
    host, figure, url, _ = served
    names = []
    for name in ("button_press_event", "motion_notify_event", "button_release_event"):
        figure.canvas.mpl_connect(name, lambda event: names.append((event.name, event.x)))
    events = [PRESS, "type=motion_notify&x=110&y=75&buttons=1", PRESS.replace("press", "release")]
    status, _, _ = request(
        url, url.path + "event", "POST", "\n".join(events), content_type="text/plain"
    )
    assert status == 200
    host.loop.process_pending()
    assert names == [
        ("button_press_event", 100),
        ("motion_notify_event", 110),
        ("button_release_event", 100),
    ]


def test_an_empty_value_sent_with_other_events_is_kept(served):
    # An empty field of the options panel (a line's alpha) is a value, not a missing one.
    host, figure, url, _ = served
    figure.axes[0].plot([0, 1], alpha=0.5)
    events = ["type=options&axes=0", "type=edit&axes=0&field=line.0.alpha&value="]
    status, _, _ = request(
        url, url.path + "event", "POST", "\n".join(events), content_type="text/plain"
    )
    assert status == 200
    host.loop.process_pending()
    assert figure.axes[0].lines[0].get_alpha() is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (f"{PRESS}\ntype=button_press&x=zz&y=1&button=1", b"not a number"),
        ("\n".join([PRESS] * 65), b"at most 64 events"),
        (f"{PRESS}\ntype=key_press&x=1&y=1&key=%FF", b"not UTF-8"),
    ],
)
def test_events_sent_together_are_refused_together_when_one_is_bad(served, body, reason):
    host, _, url, seen = served
    status, _, answer = request(url, url.path + "event", "POST", body, content_type="text/plain")
    assert status == 400 and reason in answer
    host.loop.process_pending()
    assert seen == []


def test_a_malformed_event_gets_400_with_the_reason_and_changes_nothing(served):
    host, _, url, seen = served
    status, _, body = request(url, url.path + "event?type=button_press&x=1&y=zz&button=1")
    assert status == 400 and b"not a number" in body
    host.loop.process_pending()
    assert seen == []


def test_the_first_frame_is_whole_and_the_next_only_what_changed(served):
    _, figure, url, _ = served
    figure.canvas.draw()
    status, headers, body = request(url, url.path + "image.png?last_id=0")
    assert status == 200 and headers["X-Frame-Size"] == "200,150"
    assert headers["X-Frame-Box"] == "0,0,200,150"
    first = np.asarray(Image.open(io.BytesIO(body)).convert("RGBA"))
    np.testing.assert_array_equal(first, np.asarray(figure.canvas.buffer_rgba()))

    figure.axes[0].set_title("changed")
    figure.canvas.draw()
    status, headers, body = request(url, url.path + f"image.png?last_id={headers['X-Frame-Id']}")
    x, y, w, h = map(int, headers["X-Frame-Box"].split(","))
    assert status == 200 and w * h < 200 * 150
    patch = np.asarray(Image.open(io.BytesIO(body)).convert("RGBA"))
    expected = np.asarray(figure.canvas.buffer_rgba())[y : y + h, x : x + w]
    if headers.get("X-Frame-Over") == "1":  # drawn over the old frame: transparent = unchanged
        drawn = patch[..., 3] == 255
        page = first[y : y + h, x : x + w].copy()
        page[drawn] = patch[drawn]
        patch = page
    np.testing.assert_array_equal(patch, expected)


def test_a_held_request_brings_the_state_that_changed_without_a_frame(served):
    _, figure, url, _ = served
    figure.canvas.draw()
    _, headers, _ = request(url, url.path + "image.png?last_id=0&version=0")
    frame_id, version = headers["X-Frame-Id"], json.loads(headers["X-State"])["version"]
    # The toolbar's message is set while the request is held.
    timer = threading.Timer(0.2, figure.canvas.manager.toolbar.set_message, ["x=1 y=2 é"])
    timer.start()
    status, headers, body = request(
        url, url.path + f"image.png?last_id={frame_id}&version={version}"
    )
    timer.join()
    state = json.loads(headers["X-State"])
    assert (status, body, headers.get("X-Frame-Id", frame_id)) == (204, b"", frame_id)
    assert state["message"] == "x=1 y=2 é" and state["version"] > version


def test_held_requests_of_two_figures_each_get_their_own_frame(served):
    host, figure, url, _ = served
    other = Figure(figsize=(2, 1), dpi=50)
    other_id = host.serve(FigureManagerWebfig(FigureCanvasWebfig(other), 902))
    other_url = urlsplit(host.page_url(other_id))
    try:
        figure.canvas.draw()
        other.canvas.draw()
        answers, threads = {}, []
        for name, page in (("first", url), ("other", other_url)):
            _, headers, _ = request(page, page.path + "image.png?last_id=0&version=0")
            frame_id, version = headers["X-Frame-Id"], json.loads(headers["X-State"])["version"]
            path = page.path + f"image.png?last_id={frame_id}&version={version}"
            threads.append(
                threading.Thread(
                    target=lambda n=name, p=page, q=path: answers.update({n: request(p, q)})
                )
            )
            threads[-1].start()
        feeds = (figure.canvas.feed, other.canvas.feed)
        wait_until("both requests held", lambda: all(feed._watchers for feed in feeds), 10)
        # Both wait in the server's one thread; each answer is its own request's.
        for each in (figure, other):
            each.suptitle("changed")
            each.canvas.draw()
        for thread in threads:
            thread.join(20)
        assert answers["first"][1]["X-Frame-Size"] == "200,150"
        assert answers["other"][1]["X-Frame-Size"] == "100,50"
    finally:
        host.unserve(other_id)


def test_an_unknown_figure_is_404(served):
    _, _, url, _ = served
    secret = url.path.split("/")[1]
    assert request(url, f"/{secret}/fig/999999/image.png?last_id=0")[0] == 404


def test_a_connection_that_never_shows_the_secret_is_closed_and_one_that_does_is_kept(
    served, monkeypatch
):
    _, _, url, _ = served
    monkeypatch.setattr(http_connections, "STRANGER_SECONDS", 0.3)
    stranger = socket.create_connection((url.hostname, url.port))
    stranger.sendall(b"GET /fig/901/ HTTP/1.1\r\nHost: %s\r\n\r\n" % url.netloc.encode())
    trusted = http.client.HTTPConnection(url.hostname, url.port, timeout=20)
    trusted.request("GET", url.path + "config.json", headers={"Host": url.netloc})
    assert trusted.getresponse().read()
    wait_until("the stranger closed", lambda: closed_by_server(stranger), 10)
    # Well past the strangers' time, the connection that showed the secret still serves.
    trusted.request("GET", url.path + "config.json", headers={"Host": url.netloc})
    assert trusted.getresponse().status == 200
    trusted.close()


def test_too_many_strangers_push_out_the_oldest_at_once(served, monkeypatch):
    _, _, url, _ = served
    monkeypatch.setattr(http_connections, "STRANGERS", 4)
    strangers = [socket.create_connection((url.hostname, url.port)) for _ in range(5)]
    # Long before their time is up (3 s), the oldest goes to make room for the fifth.
    wait_until("the oldest stranger closed", lambda: closed_by_server(strangers[0]), 1.5)
    assert not any(closed_by_server(connection) for connection in strangers[1:])
    for connection in strangers:
        connection.close()


def test_a_resize_leaves_no_renderer_of_another_size_alive(served):
    _, figure, _, _ = served
    canvas, axes = figure.canvas, figure.axes[0]
    for width, height in [(800, 600), (100, 75)]:
        canvas.handle_input(InputEvent("resize", width=width, height=height, dpr=1))
        canvas.draw()
    # The smaller axes draw fewer ticks; the labels of the others were last drawn at 800 x 600.
    labels = [tick.label1 for tick in [*axes.xaxis.majorTicks, *axes.yaxis.majorTicks]]
    assert len(labels) > len(axes.get_xticks()) + len(axes.get_yticks())
    drawn = [label._renderer for label in labels if label._renderer is not None]
    assert {id(renderer) for renderer in drawn} == {id(canvas.renderer)}
    assert canvas.renderer.width == 100


def test_the_file_keys_of_a_figure_without_a_window_do_nothing(served):
    _, figure, _, _ = served
    for key in ["ctrl+o", "ctrl+S"]:  # the File menu's Open and Save as pickle
        figure.canvas.manager.handle_input(InputEvent("key_press", 1, 1, key=key))


def test_a_key_that_is_not_ascii_reaches_the_figure_as_typed(served):
    host, figure, url, _ = served
    keys = []
    figure.canvas.mpl_connect("key_press_event", lambda event: keys.append(event.key))
    status, _, _ = request(url, url.path + "event", "POST", "type=key_press&x=1&y=1&key=%C3%A9")
    assert status == 200
    host.loop.process_pending()
    assert keys == ["é"]


def open_socket(url, origin=None, path=None):
    return websocket.create_connection(
        f"ws://{url.netloc}{path or url.path + 'socket'}",
        origin=origin or f"http://{url.netloc}",
        timeout=20,
    )


def news(socket):
    """The next news on a page's socket: its headers, and its PNG as pixels (or None)."""
    message = socket.recv()
    length = int.from_bytes(message[:4], "big")
    headers = json.loads(message[4 : 4 + length])
    png = message[4 + length :]
    return headers, np.asarray(Image.open(io.BytesIO(png)).convert("RGBA")) if png else None


def close_code(socket) -> int:
    """The code the server closes the socket with, past any message before it."""
    while True:
        opcode, data = socket.recv_data(control_frame=True)
        if opcode == websocket.ABNF.OPCODE_CLOSE:
            return int.from_bytes(data[:2], "big")


def test_the_socket_brings_the_news_asked_for_and_takes_events_as_the_requests_do(served):
    host, figure, url, seen = served
    figure.canvas.draw()
    socket = open_socket(url)
    # The first news comes unasked: the state and the whole frame.
    headers, pixels = news(socket)
    assert headers["Status"] == "200" and "title" in json.loads(headers["X-State"])
    np.testing.assert_array_equal(pixels, np.asarray(figure.canvas.buffer_rgba()))

    socket.send(json.dumps({"batch": 7, "events": f"{PRESS}\ntype=key_press&key=a&x=1&y=2"}))
    wait_until("the events queued", lambda: host.loop._inputs, 10)
    host.loop.process_pending()
    assert json.loads(socket.recv()) == {"handled": 7}
    assert [event.button for event in seen] == [1]

    figure.axes[0].set_title("changed")
    figure.canvas.draw()
    version = json.loads(headers["X-State"])["version"]
    socket.send(json.dumps({"want": [int(headers["X-Frame-Id"]), version]}))
    headers, patch = news(socket)
    x, y, w, h = map(int, headers["X-Frame-Box"].split(","))
    assert headers["Status"] == "200" and w * h < 200 * 150
    assert patch.shape[:2] == (h, w) or "X-Frame-Tiles" in headers
    socket.close()


def test_a_bad_event_on_the_socket_is_refused_and_a_message_of_no_form_closes_it(served):
    host, _, url, seen = served
    socket = open_socket(url)
    news(socket)
    socket.send(json.dumps({"batch": 1, "events": "type=button_press&x=1&y=zz&button=1"}))
    answer = json.loads(socket.recv())
    assert answer["refused"] == 1 and "not a number" in answer["error"]
    host.loop.process_pending()
    assert seen == []
    for message in ["not json", json.dumps({"want": ["a", 0]}), json.dumps([1, 2])]:
        socket = open_socket(url)
        news(socket)
        socket.send(message)
        assert close_code(socket) == 1008  # policy violation
    # One message over the size of the event endpoint's body closes it too.
    socket = open_socket(url)
    news(socket)
    socket.send(json.dumps({"batch": 1, "events": PRESS * 2000}))
    assert close_code(socket) == 1009  # too big


@pytest.mark.parametrize("wrong", ["secret", "origin", "host"])
def test_a_socket_without_the_secret_from_another_origin_or_to_another_host_is_refused(
    served, wrong
):
    _, _, url, _ = served
    page_id = url.path.split("/")[3]
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        if wrong == "secret":
            open_socket(url, path=f"/{'x' * 32}/fig/{page_id}/socket")
        elif wrong == "origin":
            open_socket(url, origin="http://evil.example")
        else:
            websocket.create_connection(
                f"ws://{url.netloc}{url.path}socket", host="evil.example", timeout=20
            )
    assert refused.value.status_code == 403


def test_the_socket_of_a_figure_that_goes_is_closed_as_gone(served):
    host, _, url, _ = served
    other = Figure(figsize=(2, 1), dpi=50)
    other_id = host.serve(FigureManagerWebfig(FigureCanvasWebfig(other), 903))
    socket = open_socket(urlsplit(host.page_url(other_id)))
    headers, _ = news(socket)
    socket.send(json.dumps({"want": [0, json.loads(headers["X-State"])["version"]]}))
    host.unserve(other_id)
    assert close_code(socket) == 4404
