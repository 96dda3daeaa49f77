"""`kg serve` under abuse, over HTTP against the real server (`kg serve --port 0` in a
subprocess, small limits): nothing leaves the machine because of a query, a query past its
time limit is really stopped, the memory bomb is stopped under its limit, expensive queries
do not starve a cheap one, half-sent requests are dropped, bad requests get an answer."""
from __future__ import annotations

import http.client
import os
import re
import socket
import threading
import time
import urllib.parse

import pytest
from serving import start_serve, stop

TIMEOUT = 4            # --timeout of the server under test
MEMORY = 200           # --memory (MB)
REQUEST_TIMEOUT = 2    # --request-timeout
ROOMY_TIMEOUT = 60     # --timeout of the server the memory bomb is sent to
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"     # ~650 million rows: slow, small
BOMB = "SELECT * WHERE {?a ?b ?c . ?d ?e ?f} ORDER BY ?a ?f LIMIT 5"  # sorts them all: huge


@pytest.fixture(scope="module")
def server():
    proc, port = start_serve("--timeout", str(TIMEOUT), "--memory", str(MEMORY), "--workers", "3",
                             "--request-timeout", str(REQUEST_TIMEOUT))
    status, _, _ = get(port, "/sparql?query=ASK%7B%7D", timeout=60)
    assert status == 200
    yield proc, port
    stop(proc)


@pytest.fixture(scope="module")
def roomy_clock_server():
    """The same memory limit with a long time limit: on a loaded machine the bomb may take more
    than TIMEOUT seconds to fill its memory, and then the clock, not the memory, would stop it."""
    proc, port = start_serve("--timeout", str(ROOMY_TIMEOUT), "--memory", str(MEMORY),
                             "--workers", "1")
    status, _, _ = get(port, "/sparql?query=ASK%7B%7D", timeout=60)
    assert status == 200
    yield proc, port
    stop(proc)


def get(port, path, headers=None, method="GET", body=None, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def ask(port, query, timeout=30, **params):
    return get(port, "/sparql?" + urllib.parse.urlencode({"query": query, **params}), timeout=timeout)


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (from /proc)."""
    parents = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(d)] = int(fields[1])
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parents.items() if pp == p]
        out.update(kids)
        todo.extend(kids)
    return out


def cpu_seconds(pids) -> float:
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total / os.sysconf("SC_CLK_TCK")


class Listener:
    """A TCP listener on loopback that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.seen = []
        self.stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self.stop:
            try:
                conn, addr = self.sock.accept()
            except OSError:
                continue
            self.seen.append(addr)
            conn.close()

    def close(self):
        self.stop = True
        self.thread.join()
        self.sock.close()


def test_nothing_leaves_the_machine(server, tmp_path):
    _, port = server
    listener = Listener()
    marker = tmp_path / "marker.ttl"
    os.mkfifo(marker)                # opening it to read is seen by the writer below
    opened = []

    def watch():
        end = time.monotonic() + 8
        while time.monotonic() < end:
            try:
                fd = os.open(marker, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:          # ENXIO: nobody has it open for reading
                time.sleep(0.01)
                continue
            opened.append(True)
            os.write(fd, b"<http://x/marker> <http://x/p> <http://x/o> .\n")
            os.close(fd)
            return
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out = f"http://127.0.0.1:{listener.port}/g"
    file_iri = marker.as_uri()
    try:
        refused = [
            f"SELECT * WHERE {{ SERVICE <{out}> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ SERVICE SILENT <{out}> {{ ?s ?p ?o }} }}",
            f"SELECT * FROM <{out}> WHERE {{ ?s ?p ?o }}",
            f"SELECT * FROM NAMED <{file_iri}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
            f"SELECT * FROM <{file_iri}> WHERE {{ ?s ?p ?o }}",
            f"LOAD <{out}>",
            f"LOAD <{file_iri}> INTO GRAPH <http://x/g>",
        ]
        for q in refused:
            status, _, body = ask(port, q)
            assert status == 403, (q, status, body)
            assert b"refused" in body and len(body.decode().strip().splitlines()) == 1
        for param, iri, code in (("default-graph-uri", out, 403), ("named-graph-uri", file_iri, 403),
                                 ("default-graph-uri", "not an iri", 400)):
            status, _, body = ask(port, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", **{param: iri})
            assert status == code and (b"refused" in body or b"not an IRI" in body), (param, iri, body)
        # the guard reads the query, not its words: SERVICE in a comment is fine
        status, _, body = ask(port, "# SERVICE <http://127.0.0.1:1/>\nASK { ?s ?p ?o }")
        assert status == 200 and b"true" in body
        time.sleep(0.5)
    finally:
        listener.close()
    watcher.join()
    assert listener.seen == [] and opened == []


def test_updates_refused(server):
    _, port = server
    for q in ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "DROP ALL", "CLEAR DEFAULT"):
        status, _, body = ask(port, q)
        assert status == 403 and b"refused" in body
    status, _, _ = get(port, "/sparql", {"Content-Type": "application/sparql-update"}, "POST", b"DROP ALL")
    assert status == 403
    status, _, _ = get(port, "/sparql", {"Content-Type": "application/x-www-form-urlencoded"}, "POST",
                       b"update=DROP+ALL")
    assert status == 403
    status, _, body = ask(port, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200 and int(re.search(rb'"value": "(\d+)"', body).group(1)) > 5000


def test_bad_query_is_one_clean_line(server):
    _, port = server
    status, _, body = ask(port, "SELECT ?x WHERE { ?x ?p }")
    text = body.decode()
    assert status == 400 and text.startswith("malformed query") and text.count("\n") == 1
    assert "Expected" not in text and "pyparsing" not in text


def test_query_past_its_limit_is_stopped(server):
    proc, port = server
    before = descendants(proc.pid)
    start = time.monotonic()
    status, _, body = ask(port, CROSS)
    took = time.monotonic() - start
    assert status == 503 and b"time limit" in body
    assert TIMEOUT - 0.2 <= took < TIMEOUT + 2
    time.sleep(1.0)
    gone = before - descendants(proc.pid)
    assert gone, "the worker that ran the query is still there"
    # within 2 s of the deadline the CPU is idle again: no process of the server is busy
    procs = descendants(proc.pid) | {proc.pid}
    used = cpu_seconds(procs)
    time.sleep(0.5)
    assert cpu_seconds(procs) - used < 0.15
    status, _, _ = ask(port, "ASK { ?s ?p ?o }")
    assert status == 200


def test_memory_bomb_is_stopped_under_its_limit(roomy_clock_server):
    proc, port = roomy_clock_server
    for pid in descendants(proc.pid):        # every query worker has its address space capped
        try:
            limits = open(f"/proc/{pid}/limits").read()
        except OSError:
            continue
        line = next(x for x in limits.splitlines() if x.startswith("Max address space"))
        if "unlimited" not in line:
            break
    else:
        pytest.fail("no worker with a memory limit")
    start = time.monotonic()
    status, _, body = ask(port, BOMB)
    assert status == 507 and b"memory limit" in body, (status, body)
    assert time.monotonic() - start < ROOMY_TIMEOUT      # stopped by its memory, not by the clock
    status, _, body = ask(port, "ASK { ?s ?p ?o }")
    assert status == 200 and b"true" in body


def test_expensive_queries_do_not_starve_a_cheap_one(server):
    _, port = server
    results = []

    def expensive():
        results.append(ask(port, CROSS, timeout=60)[0])
    threads = [threading.Thread(target=expensive) for _ in range(8)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    start = time.monotonic()
    status, _, body = ask(port, "ASK { ?s a nfo:Person }")
    took = time.monotonic() - start
    for t in threads:
        t.join()
    assert status == 200 and b"true" in body
    assert took < TIMEOUT - 0.5, f"the cheap query waited {took:.1f} s"
    assert set(results) == {503}        # every expensive one stopped: time limit, room or busy


def test_half_sent_requests_are_dropped(server):
    _, port = server
    for partial in (b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                    b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    b"application/sparql-query\r\nContent-Length: 100\r\n\r\nASK {"):
        s = socket.create_connection(("127.0.0.1", port))
        s.settimeout(REQUEST_TIMEOUT + 5)
        start = time.monotonic()
        s.sendall(partial)
        got = b""
        while True:
            chunk = s.recv(4096)
            if not chunk:
                break
            got += chunk
        s.close()
        assert time.monotonic() - start < REQUEST_TIMEOUT + 2
        assert got == b"" or got.startswith(b"HTTP/1.1 408")


def test_bad_content_length_gets_an_answer(server):
    _, port = server
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(5)
    s.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\nquery=ASK")
    assert s.recv(4096).startswith(b"HTTP/1.1 400")
    s.close()
    status, _, body = get(port, "/sparql", {"Content-Type": "application/sparql-query"}, "POST",
                          b"x" * 2_000_000)
    assert status == 413


def test_host_checked_and_headers(server):
    _, port = server
    for host in ("evil.example", "evil.example:%d" % port, "127.0.0.1.evil.example"):
        status, _, _ = get(port, "/sparql?query=ASK%7B%7D", {"Host": host})
        assert status == 400, host
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        status, _, _ = get(port, "/sparql?query=ASK%7B%7D", {"Host": host})
        assert status == 200, host
    status, headers, _ = get(port, "/sparql?query=ASK%7B%7D", {"Origin": "http://evil.example"})
    assert status == 200 and not any(k.lower().startswith("access-control") for k in headers)
    for page in ("/", "/view?name=Fugu"):        # HTML: nosniff, a CSP with no remote source
        status, headers, _ = get(port, page)
        h = {k.lower(): v for k, v in headers.items()}
        assert status == 200 and h["x-content-type-options"] == "nosniff", page
        csp = h["content-security-policy"]
        assert "default-src 'self'" in csp or "default-src 'none'" in csp, page
        assert not re.search(r"https?:|\*|//", csp), page
