"""A WebSocket on a request of the server: websockets' protocol (sans I/O) over gevent's stream.

The route that opens one runs behind the server's guard like any other (secret, Host, Origin).
websockets checks the handshake and frames the messages; gevent's WSGI server gives an upgrade
request the raw stream as its input, writes the route's 101 head, and then hands the socket to
what the route left (http_connections.py), here the writer of the messages to send.

Everything here runs in the server's thread: the greenlet that reads, and any that send.
"""

from __future__ import annotations

from collections.abc import Iterator

import bottle
import gevent.queue
import gevent.socket
from websockets.datastructures import Headers
from websockets.exceptions import InvalidState
from websockets.frames import Opcode
from websockets.http11 import Request
from websockets.protocol import State
from websockets.server import ServerProtocol

from .http_connections import UPGRADED

_READ_BYTES = 65536
_END = object()  # what the outgoing queue ends with


class WebSocket:
    """The WebSocket a request asks for; `response()` is the route's answer that opens it."""

    def __init__(self, max_size: int) -> None:
        request = bottle.request
        handshake = ServerProtocol().accept(Request(request.path, Headers(request.headers.items())))
        if handshake.status_code != 101:
            raise bottle.HTTPError(handshake.status_code, handshake.body.decode(errors="replace"))
        self._handshake = handshake
        # The head goes out through the WSGI server (`response`): from there on, frames.
        self._protocol = ServerProtocol(state=State.OPEN, max_size=max_size)
        self._input = request.environ["wsgi.input"]
        self._outgoing: gevent.queue.Queue[bytes | object] = gevent.queue.Queue()

    def response(self) -> bottle.HTTPResponse:
        bottle.request.environ[UPGRADED] = self._write
        return bottle.HTTPResponse(status=101, headers=list(self._handshake.headers.raw_items()))

    def messages(self) -> Iterator[str | bytes]:
        """The messages the page sends (text as str), until the socket closes or fails."""
        parts: list[bytes] = []
        text = False
        try:
            while (data := self._input.read1(_READ_BYTES)) != b"":
                self._protocol.receive_data(data)
                self._flush()
                for frame in self._protocol.events_received():
                    if frame.opcode in (Opcode.TEXT, Opcode.BINARY):
                        parts, text = [frame.data], frame.opcode is Opcode.TEXT
                    elif frame.opcode is Opcode.CONT:
                        parts.append(frame.data)
                    else:
                        continue  # ping, pong and close: the protocol answers them
                    if frame.fin:
                        message = b"".join(parts)
                        yield message.decode() if text else message
                if self._protocol.close_expected():
                    return
            self._protocol.receive_eof()
        except OSError:
            pass
        finally:
            self._outgoing.put(_END)

    def send(self, message: str | bytes) -> None:
        try:
            if isinstance(message, str):
                self._protocol.send_text(message.encode())
            else:
                self._protocol.send_binary(message)
        except InvalidState:
            return  # closing: what is left to say is lost with the page
        self._flush()

    def close(self, code: int, reason: str = "") -> None:
        try:
            self._protocol.send_close(code, reason)
        except InvalidState:
            return
        self._flush()

    def _flush(self) -> None:
        for data in self._protocol.data_to_send():
            # An empty write is websockets' end of the stream: the connection then closes.
            self._outgoing.put(data if data else _END)

    def _write(self, socket: gevent.socket.socket) -> None:
        try:
            while (data := self._outgoing.get()) is not _END:
                socket.sendall(data)
        except OSError:
            pass  # the page is gone; its connection closes, which ends the reading too
