"""Running the app (kg.web.app) with uvicorn, with socket limits that protect a laptop:

* ``head_timeout`` (3 s): a connection must send its whole request head within that many
  seconds of connecting (on a keep-alive connection: of the first byte of its next request),
  or it is closed -- half-sent heads do not hold the server;
* ``request_timeout``: the body must follow within that many seconds (kg.web.endpoint);
* ``keep_alive``: idle keep-alive connections are closed after that many seconds;
* ``max_header_bytes`` (64 KB): a request line longer than that is refused with 414, a head
  larger than that with 431 (checked here, before h11 reads it);
* a head with both ``Content-Length`` and ``Transfer-Encoding`` is refused (400) and the
  connection closed (RFC 9112 §6.1: the request-smuggling ambiguity);
* ``max_per_client`` (16): one peer address holds at most that many connections; a new one
  past it closes that peer's oldest connection still waiting for a request head (else its
  oldest still sending a body; when all are being answered, the new one is refused with
  503) -- one client cannot take every slot with half-sent requests;
* ``limit_concurrency`` (64): beyond that many connections and tasks at once, 503.

The head of an answer is written together with its body (uvicorn writes them apart: two
segments and two wake-ups of the client per answer on a keep-alive connection).

``listen(host, port)`` binds first (port 0 picks a free one) so the caller can say where.
"""
from __future__ import annotations

import socket

from kg.model.errors import KGError

_REASONS = {400: b"Bad Request", 414: b"URI Too Long", 431: b"Request Header Fields Too Large",
            503: b"Service Unavailable"}


def _framing_conflict(head: bytes) -> bool:
    names = {line.split(b":", 1)[0].strip().lower() for line in head.split(b"\r\n")[1:] if b":" in line}
    return b"content-length" in names and b"transfer-encoding" in names


def guarded_h11(request_timeout: float, head_timeout: float = 3.0, max_head: int = 65_536,
                max_per_client: int = 16):
    """uvicorn's h11 protocol with the guards above (one registry of peers per server)."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    head_timeout = min(head_timeout, request_timeout)
    peers: dict[str, list] = {}         # peer address -> its connections, oldest first

    class GuardedH11Protocol(H11Protocol):
        _head_timer = None
        _waiting = True                 # for (the rest of) a request head
        _peer = None

        def _arm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            self._head_timer = self.loop.call_later(head_timeout, self._head_timeout)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_timeout(self) -> None:
            self._head_timer = None
            if self._waiting:
                self.transport.close()       # no complete request head in time

        def _sending_body(self) -> bool:
            return self.conn.their_state is h11.SEND_BODY

        def _refuse(self, status: int, message: str) -> None:
            body = (message + "\n").encode()
            self.transport.write(b"HTTP/1.1 %d %s\r\ncontent-type: text/plain; charset=utf-8\r\n"
                                 b"content-length: %d\r\nconnection: close\r\n"
                                 b"x-content-type-options: nosniff\r\n\r\n%s"
                                 % (status, _REASONS[status], len(body), body))
            self._waiting = False
            self._disarm()
            self.transport.close()

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self.transport = _Coalesced(transport, self.loop)
            self._head = bytearray()
            self._arm()
            host = self.client[0] if self.client else None
            if host is None:
                return
            mine = peers.setdefault(host, [])
            if len(mine) >= max_per_client:
                idle = next((c for c in mine if c._waiting), None) or \
                    next((c for c in mine if c._sending_body()), None)
                if idle is None:
                    self._refuse(503, f"too many connections from {host} "
                                      f"(at most {max_per_client} at once)")
                    return
                mine.remove(idle)
                idle._peer = None
                idle._disarm()
                idle.transport.close()       # its oldest connection still waiting for a head
            mine.append(self)
            self._peer = host

        def data_received(self, data: bytes) -> None:
            if self._waiting and not self.transport.is_closing():
                if self._head_timer is None:
                    self._arm()              # keep-alive: the next request has begun
                start = max(0, len(self._head) - 3)
                self._head += data
                end = self._head.find(b"\r\n\r\n", start)
                size = len(self._head) if end < 0 else end + 4
                if size > max_head:
                    line_end = self._head.find(b"\r\n", 0, max_head)
                    if line_end < 0:
                        return self._refuse(414, f"request line too long: at most {max_head:,} bytes")
                    return self._refuse(431, f"request head too large: at most {max_head:,} bytes")
                if end >= 0:
                    head = bytes(self._head[:end + 4])
                    self._head = bytearray()
                    self._waiting = False
                    self._disarm()
                    if _framing_conflict(head):
                        return self._refuse(400, "a request with both Content-Length and "
                                                 "Transfer-Encoding is refused")
            elif self.transport.is_closing():
                return
            super().data_received(data)

        def on_response_complete(self) -> None:
            super().on_response_complete()   # (may start a pipelined request already read)
            self._head = bytearray()         # the next head's clock starts at its first byte;
            self._waiting = (self.conn.their_state is h11.IDLE           # until then the
                             and (self.cycle is None or self.cycle.response_complete))  # keep-alive timeout

        def connection_lost(self, exc) -> None:
            self._disarm()
            self._waiting = False
            if self._peer is not None:
                mine = peers.get(self._peer, [])
                if self in mine:
                    mine.remove(self)
                if not mine:
                    peers.pop(self._peer, None)
                self._peer = None
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
                head_timeout: float = 3.0, keep_alive: float = 5.0, max_header_bytes: int = 65_536,
                max_per_client: int = 16, limit_concurrency: int = 64, verbose: bool = False):
    """A uvicorn Server for ``app`` on the bound ``sock`` (run it with ``server.run(sockets=[sock])``)."""
    import uvicorn

    http = guarded_h11(request_timeout, head_timeout, max_header_bytes, max_per_client)
    config = uvicorn.Config(app, http=http, lifespan="on",
                            timeout_keep_alive=keep_alive, h11_max_incomplete_event_size=max_header_bytes + 1,
                            limit_concurrency=limit_concurrency, server_header=False,
                            access_log=verbose, log_level="info" if verbose else "warning",
                            timeout_graceful_shutdown=2)
    return uvicorn.Server(config)


def bound_address(sock: socket.socket) -> tuple[str, int]:
    host, port = sock.getsockname()[:2]
    return (f"[{host}]" if ":" in host else host), port
