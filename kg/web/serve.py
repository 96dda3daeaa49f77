"""Running the app (kg.web.app) with uvicorn, with socket limits that protect a laptop:

* ``request_timeout``: a connection that has not sent a whole request head within that many
  seconds (after connecting, or after its previous answer) is closed — half-sent requests
  do not hold the server (the body is bounded by the same time in kg.web.endpoint);
* ``keep_alive``: idle keep-alive connections are closed after that many seconds;
* ``max_header_bytes``: a request head larger than that is refused (h11's limit);
* ``limit_concurrency``: beyond that many connections and tasks at once, 503.

The head of an answer is written together with its body (uvicorn writes them apart: two
segments and two wake-ups of the client per answer on a keep-alive connection).

``listen(host, port)`` binds first (port 0 picks a free one) so the caller can say where.
"""
from __future__ import annotations

import socket

from kg.model.errors import KGError


def guarded_h11(request_timeout: float):
    """uvicorn's h11 protocol, closing connections that do not send a request head in time."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GuardedH11Protocol(H11Protocol):
        _head_timer = None

        def _arm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            self._head_timer = self.loop.call_later(request_timeout, self._head_timeout)

        def _head_timeout(self) -> None:
            self._head_timer = None
            busy = self.cycle is not None and not self.cycle.response_complete
            if not busy and self.conn.their_state in (h11.IDLE, h11.DONE):
                self.transport.close()       # no complete request head in time

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self.transport = _Coalesced(transport, self.loop)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None
            super().connection_lost(exc)

    return GuardedH11Protocol


class _Coalesced:
    """The connection's transport, holding a write until the next one (or the end of this
    turn of the event loop): an answer's head goes out together with its body."""

    def __init__(self, real, loop):
        self._real, self._loop, self._held = real, loop, []

    def write(self, data) -> None:
        if not data:
            return
        self._held.append(bytes(data))
        if len(self._held) > 1:
            self.flush()
        else:
            self._loop.call_soon(self.flush)

    def flush(self) -> None:
        held, self._held = self._held, []
        if held and not self._real.is_closing():
            self._real.write(held[0] if len(held) == 1 else b"".join(held))

    def close(self) -> None:
        self.flush()
        self._real.close()

    def __getattr__(self, name):
        return getattr(self._real, name)


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (the first address that works)."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise KGError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    last = None
    for family, kind, proto, _, addr in infos:
        sock = socket.socket(family, kind, proto)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(addr)
            sock.listen(128)
            sock.set_inheritable(True)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    raise KGError(f"cannot listen on {host}:{port}: {getattr(last, 'strerror', None) or last}")


def make_server(app, sock: socket.socket, *, request_timeout: float = 10.0,
                keep_alive: float = 5.0, max_header_bytes: int = 65_536,
                limit_concurrency: int = 64, verbose: bool = False):
    """A uvicorn Server for ``app`` on the bound ``sock`` (run it with ``server.run(sockets=[sock])``)."""
    import uvicorn

    config = uvicorn.Config(app, http=guarded_h11(request_timeout), lifespan="on",
                            timeout_keep_alive=keep_alive, h11_max_incomplete_event_size=max_header_bytes,
                            limit_concurrency=limit_concurrency, server_header=False,
                            access_log=verbose, log_level="info" if verbose else "warning",
                            timeout_graceful_shutdown=2)
    return uvicorn.Server(config)


def bound_address(sock: socket.socket) -> tuple[str, int]:
    host, port = sock.getsockname()[:2]
    return (f"[{host}]" if ":" in host else host), port
