"""The connections the server keeps: every one costs a greenlet, not a thread, and the ones that
have not shown the run's secret get a small budget of count and time.

A window's connections show the secret in their first request. Any local program can open
connections too; until one shows the secret it is a stranger: each has `STRANGER_SECONDS` to
show it, and at most `STRANGERS` are kept, a new one pushing out the oldest, so that strangers
can never keep the windows' own new connections out. The web engine opens connections ahead of
its requests: fifty windows opening at once were measured with up to 70 strangers at a time,
and with a budget of 16 some of their pages lost a script.
"""

from __future__ import annotations

import hmac
import socket
from collections import OrderedDict

import gevent
from gevent.pywsgi import WSGIHandler, WSGIServer

# The environ's key for what takes a connection over once its route answered 101: called with
# the socket once the response's head is written.
UPGRADED = "webfig.upgraded"
STRANGERS = 256
STRANGER_SECONDS = 3.0


class _Stranger(gevent.Timeout):
    """Raised in a connection's greenlet when its time to show the secret is up."""


class BudgetedServer(WSGIServer):
    """A WSGI server for many idle connections: a greenlet each, and the strangers' budget."""

    # Stopped when the host shuts down, after its figures' held requests were answered: the
    # connections left are idle ones, not worth waiting for.
    stop_timeout = 0

    def __init__(self, listener, application, secret_prefix: str, **kwargs) -> None:
        super().__init__(listener, application, handler_class=_Handler, **kwargs)
        self.secret_prefix = secret_prefix
        self._strangers: OrderedDict[gevent.Greenlet, _Stranger] = OrderedDict()

    def handle(self, sock, address) -> None:
        # gevent's handler writes a response's head and body apart: with Nagle's algorithm the
        # body waited for the head's delayed acknowledgement, 40 ms on Linux (a blitted
        # cursor's frames took 67 ms from move to canvas instead of 30).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        me = gevent.getcurrent()
        deadline = _Stranger(STRANGER_SECONDS)
        self._strangers[me] = deadline
        if len(self._strangers) > STRANGERS:
            oldest, _ = self._strangers.popitem(last=False)
            oldest.kill(block=False)
        deadline.start()
        try:
            super().handle(sock, address)
        except _Stranger as timeout:
            if timeout is not deadline:
                raise
        finally:
            deadline.close()
            self._strangers.pop(me, None)

    def trust(self) -> None:
        """The current connection has shown the secret: it is no longer a stranger."""
        deadline = self._strangers.pop(gevent.getcurrent(), None)
        if deadline is not None:
            deadline.close()


class _Handler(WSGIHandler):
    def read_request(self, raw_requestline: str) -> bool:
        parsed = super().read_request(raw_requestline)
        prefix = self.server.secret_prefix
        if hmac.compare_digest(self.path[: len(prefix)], prefix):
            self.server.trust()
        return parsed

    def handle_one_response(self) -> None:
        super().handle_one_response()
        if self.connection_upgraded:
            # What follows is no longer HTTP: the route left what carries on (web_socket.py).
            self.close_connection = True
            carry_on = self.environ.get(UPGRADED)
            if carry_on is not None:
                carry_on(self.socket)
