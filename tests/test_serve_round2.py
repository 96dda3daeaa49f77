"""`kg serve`, hardening round 2, over real sockets against `kg serve --port 0` (default
socket limits):

* one client flooding with half-sent request heads cannot lock others out (a per-peer cap
  closes its oldest waiting connection; a head must arrive within 3 s);
* a head with both Content-Length and Transfer-Encoding is 400 and the connection closed;
  a request line over 64 KB is 414, a head over 64 KB is 431 (README: the same numbers);
* a foreign default-graph-uri / named-graph-uri is 403 (like FROM in the query), a value
  that is not an IRI is 400;
* explorer search goes to an entity only for an exact name or alias; otherwise the list,
  saying that no entity has that name;
* /view refuses hops out of range like hops that is not a number."""
from __future__ import annotations

import http.client
import socket
import time
import urllib.parse

import pytest
from serving import start_serve, stop

LIMIT = 65_536


@pytest.fixture(scope="module")
def port():
    proc, p = start_serve("--workers", "3")
    assert get(p, "/sparql?query=ASK%7B%7D", timeout=60)[0] == 200
    yield p
    stop(proc)


def get(port, path, headers=None, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def raw(port, data: bytes, wait=10) -> bytes:
    """Send ``data`` and read until the server closes the connection."""
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(wait)
    try:
        s.sendall(data)
        got = b""
        while chunk := s.recv(65536):
            got += chunk
        return got
    finally:
        s.close()


def test_one_client_flooding_half_sent_heads_does_not_lock_others_out(port):
    flood = []
    for _ in range(70):             # more than the 64 connections the server takes at once
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")       # never finished
        flood.append(s)
    try:
        time.sleep(0.3)
        for path in ("/", "/sparql?query=ASK%7B%7D"):
            start = time.monotonic()
            status, _, body = get(port, path, timeout=10)
            assert status == 200, (path, body[:200])
            assert time.monotonic() - start < 2.5, path
        # the flood's survivors are cut when their 3 s for a head run out
        deadline = time.monotonic() + 8
        for s in flood:
            s.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                assert s.recv(100) == b""
            except ConnectionResetError:
                pass
    finally:
        for s in flood:
            s.close()


def test_half_sent_bodies_do_not_lock_others_out_either(port):
    flood = []
    for _ in range(40):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                  b"Content-Length: 1000\r\n\r\nASK {")                  # the body never ends
        flood.append(s)
    try:
        time.sleep(0.3)
        start = time.monotonic()
        status, _, body = get(port, "/sparql?query=ASK%7B%7D", timeout=10)
        assert status == 200 and b"true" in body
        assert time.monotonic() - start < 2.5
    finally:
        for s in flood:
            s.close()


def test_keep_alive_is_not_cut_by_the_head_deadline(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        for _ in range(2):          # idle 3.5 s between: past the head deadline, within keep-alive
            conn.request("GET", "/sparql?query=ASK%7B%7D")
            resp = conn.getresponse()
            assert resp.status == 200 and b"true" in resp.read()
            sock = conn.sock
            time.sleep(3.5)
        assert conn.sock is sock    # the same connection answered twice
    finally:
        conn.close()


def test_content_length_with_transfer_encoding_is_refused_and_closed(port):
    got = raw(port, b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                    b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n"
                    b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\n\r\n")
    assert got.startswith(b"HTTP/1.1 400 ")
    assert got.count(b"HTTP/1.1") == 1             # closed: the smuggled second request got nothing
    assert b"Content-Length and Transfer-Encoding" in got
    # chunked alone is fine
    got = raw(port, b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                    b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n")
    assert got.startswith(b"HTTP/1.1 200 ") and b"true" in got


def test_request_heads_over_64_kb_are_refused(port):
    def line(pad):
        return b"GET /sparql?query=ASK%7B%7D%23" + b"a" * pad + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"

    assert raw(port, line(LIMIT - 200)).startswith(b"HTTP/1.1 200 ")
    got = raw(port, line(LIMIT + 5000))
    assert got.startswith(b"HTTP/1.1 414 ") and b"at most 65,536 bytes" in got
    headers = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"b" * 100) for i in range(1000))     # ~110 KB
    got = raw(port, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\n" + headers + b"Connection: close\r\n\r\n")
    assert got.startswith(b"HTTP/1.1 431 ") and b"at most 65,536 bytes" in got
    # sent slowly, in pieces, the limit is the same
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(10)
    try:
        s.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\n")
        for _ in range(8):
            s.sendall(b"X-Pad: " + b"c" * 10_000 + b"\r\n")
        assert s.recv(100).startswith(b"HTTP/1.1 431 ")
    finally:
        s.close()


def test_foreign_graph_parameters_are_403_and_non_iris_400(port):
    q = urllib.parse.quote("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    for param, value, code in (("default-graph-uri", "http://127.0.0.1:1/dg", 403),
                               ("named-graph-uri", "file:///etc/passwd", 403),
                               ("default-graph-uri", "not an iri", 400)):
        status, _, body = get(port, f"/sparql?query={q}&{param}={urllib.parse.quote(value)}")
        assert status == code, (param, value, body)
        assert len(body.decode().strip().splitlines()) == 1
    status, _, body = get(port, f"/sparql?query={q}&default-graph-uri="
                                + urllib.parse.quote("https://w3id.org/nfkg/graph/inferred"))
    assert status == 200


def test_search_goes_to_an_entity_only_for_an_exact_name(port):
    status, headers, _ = get(port, "/search?q=Fugu%20County")
    assert status == 303 and headers["location"].endswith("/id/fugu-county")
    for q in ("Zhao Gang", "Set-Cookie: a=b", "Hongqiao"):
        status, headers, body = get(port, "/search?" + urllib.parse.urlencode({"q": q}))
        assert status == 200, (q, headers.get("location"))
        page = body.decode()
        shown = q.replace("'", "&#39;")
        assert f"no entity is named &#39;{shown}&#39;" in page and "nearest names" in page, q
        assert "a=b" not in headers.get("set-cookie", "")
    body = get(port, "/search?q=Zhao%20Gang")[2].decode()
    assert "Zhao Hongyu" in body        # the near names are listed, not jumped to


def test_view_refuses_hops_out_of_range_like_not_a_number(port):
    answers = [get(port, f"/view?name=China&hops={h}") for h in ("1000000", "-1", "abc", "0")]
    assert {status for status, _, _ in answers} == {400}
    assert {body for _, _, body in answers} == {b"hops must be a number from 1 to 4\n"}
    status, _, body = get(port, "/view?name=Fugu%20County&hops=2")
    assert status == 200 and body.startswith(b"<!DOCTYPE html>")
    status, _, _ = get(port, "/id/fugu-county/view?hops=1000000")
    assert status == 400
