"""Query workers that can really be stopped: forked processes, each with a memory limit,
killed at the deadline and replaced.

* A **fork server** is forked once, when the app is made (after the graph is loaded), and
  prepares the engine (kg.web.engine: the in-memory dataset is copied into Oxigraph there).
  It is single-threaded, so it can fork **workers** safely for as long as the server runs;
  the dataset is shared copy-on-write. A worker's socket reaches the server by fd passing.
* Each worker limits its address space (``RLIMIT_AS``: its size after start-up plus
  ``memory_mb``) and writes no core file. A query that goes past the limit fails to allocate
  and the worker dies: the client gets 507 and a new worker takes its place.
* At the deadline the worker is killed (SIGKILL) and replaced: the client gets 503 and the CPU
  is free at once. Workers and the fork server die with the server (``PR_SET_PDEATHSIG``).
* The server talks to the workers from its event loop (``await pool.run(job)``): no thread
  hand-off per query, so a query never waits for the GIL held by another thread.
* Scheduling: ``size`` workers; the last ``reserve`` free ones are a reserve. A query that
  gets a reserve worker may be stopped (503) after ``grace`` seconds (and ``grace``/5 seconds
  of CPU) if another query is waiting and no worker is free, so long queries can never hold every worker: a cheap query
  always gets through within about ``grace`` seconds. A free worker goes to the query that
  has waited longest, except the reserve freed by stopping a query: that goes to the newest
  (under overload the one just asked is the one most likely still wanted, and it is the
  cheap one that needs it). Handing every last free worker to the newest, as before, made
  the oldest waiters wait longest under a load of cheap queries: the tail of the latency. Queries wait at most
  ``queue_timeout`` (503, "busy"; by default the time limit, at least 5 s, counted once the
  workers are up); at most ``max_waiting`` wait at once.
"""
from __future__ import annotations

import asyncio
import os
import pickle
import resource
import signal
import socket
import struct
import threading
import time

import anyio

_LEN = struct.Struct("!Q")
_TIMEOUT = object()
STARTUP_WAIT = 120.0      # seconds a query waits for the workers of a server just started


class QueryStopped(Exception):
    """A query that was not answered: ``status`` (503, 507) and a one-line ``message``."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# --- messages: length-prefixed pickles between the server and its own children ------------
def _send(sock: socket.socket, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_LEN.pack(len(data)) + data)


def _recv_exact(sock: socket.socket, n: int, deadline: float | None) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            sock.settimeout(left)
        chunk = sock.recv(min(n - len(buf), 1 << 20))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def _recv(sock: socket.socket, deadline: float | None = None):
    """The next message; None when the other side is gone."""
    head = _recv_exact(sock, _LEN.size, deadline)
    if head is None:
        return None
    body = _recv_exact(sock, _LEN.unpack(head)[0], deadline)
    return None if body is None else pickle.loads(body)


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _vsize() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


# --- in the children -----------------------------------------------------------------------
def _fork_server_main(ctl: socket.socket, engine, memory_mb: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C stops the server; we follow it
    _die_with_parent()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)     # workers are reaped by the kernel
    try:
        engine.prepare()
    except Exception as exc:   # the workers report it on each query
        engine.broken = f"{type(exc).__name__}: {exc}"
    while True:
        try:
            cmd = ctl.recv(1)
        except OSError:
            return
        if not cmd:
            return
        mine, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:
            ctl.close()
            mine.close()
            try:
                _worker_main(theirs, engine, memory_mb)
            finally:
                os._exit(0)
        theirs.close()
        socket.send_fds(ctl, [str(pid).encode()], [mine.fileno()])
        mine.close()


def _worker_main(sock: socket.socket, engine, memory_mb: int) -> None:
    _die_with_parent()
    try:     # a query is batch work: waking a worker must not preempt the server's front
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    except (AttributeError, OSError):
        pass
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    broken = getattr(engine, "broken", None)
    try:
        engine.open()
    except Exception as exc:
        broken = f"{type(exc).__name__}: {exc}"
    if memory_mb:
        limit = _vsize() + memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        job = _recv(sock)
        if job is None:
            return
        try:
            out = ("error", 500, "the query engine failed to start: " + broken) if broken else engine.run(job)
        except MemoryError:
            out = ("error", 507, f"the query was stopped: it needed more than the memory limit "
                                 f"of {memory_mb} MB per query")
        except Exception as exc:
            out = ("error", 500, "internal error: " + " ".join(f"{type(exc).__name__}: {exc}".split())[:300])
        _send(sock, out)


class ForkServer:
    """A child forked now, forking workers on request."""

    def __init__(self, engine, memory_mb: int):
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:
            try:
                ours.close()
                _fork_server_main(theirs, engine, memory_mb)
            finally:
                os._exit(0)
        theirs.close()
        self.pid = pid
        self.ctl = ours
        self.lock = threading.Lock()

    def spawn(self) -> "Worker":
        with self.lock:
            self.ctl.sendall(b"s")
            msg, fds, _, _ = socket.recv_fds(self.ctl, 32, 1)
        if not fds:
            raise OSError("the fork server is gone")
        return Worker(int(msg), socket.socket(fileno=fds[0]))

    def close(self) -> None:
        self.ctl.close()
        _kill(self.pid)
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float:
    """CPU seconds used by the process so far (0 when it cannot be read)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, IndexError, ValueError):
        return 0.0


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class Worker:
    __slots__ = ("pid", "sock", "started", "reserve", "preempted", "cpu")

    def __init__(self, pid: int, sock: socket.socket):
        self.pid, self.sock = pid, sock
        self.started, self.reserve, self.preempted, self.cpu = 0.0, False, False, 0.0


# --- in the server -------------------------------------------------------------------------
class WorkerPool:
    """The workers and their scheduling. Queries are run from the server's event loop
    (``await pool.run(job)``): the job goes to a worker and its answer comes back over the
    worker's socket without a thread in between, so no query waits on a thread hand-off or
    on the GIL held by another thread (the tail of the latency under concurrent clients)."""

    def __init__(self, engine, *, size: int = 4, timeout: float = 30.0, memory_mb: int = 1024,
                 reserve: int = 1, grace: float = 1.0, queue_timeout: float | None = None,
                 max_waiting: int = 32):
        self.size = max(1, size)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.reserve = min(max(0, reserve), self.size - 1)
        self.grace = grace
        self.queue_timeout = max(timeout, 5.0) if queue_timeout is None else queue_timeout
        self.max_waiting = max_waiting
        self.engine = engine
        self.forks = ForkServer(engine, memory_mb)
        self.idle: list[Worker] = []
        self.running: dict[int, Worker] = {}
        self.waiting: list[asyncio.Future] = []     # queries waiting for a worker, oldest first
        self.room_made = False              # a query was stopped to make room (_preempt)
        self.lock = threading.Lock()        # the workers are added by a thread (_fill, _add)
        self.loop: asyncio.AbstractEventLoop | None = None
        self.closed = False
        self.ready = threading.Event()      # set once the first workers are up
        threading.Thread(target=self._fill, name="kg-workers", daemon=True).start()

    def _fill(self) -> None:
        try:
            for _ in range(self.size):
                self._add()
        finally:
            self.ready.set()

    def _add(self) -> None:
        """Start a worker (blocking: the fork server forks it; run off the event loop)."""
        try:
            w = self.forks.spawn()
        except OSError:
            if self.closed:
                return
            self.forks = ForkServer(self.engine, self.memory_mb)   # it died: start another
            w = self.forks.spawn()
        w.sock.setblocking(False)
        with self.lock:
            if self.closed:
                _kill(w.pid)
                return
            loop = self.loop
            if loop is None:                 # no query yet
                self.idle.append(w)
                return
        try:
            loop.call_soon_threadsafe(self._free, w)
        except RuntimeError:                 # the loop is closed
            _kill(w.pid)

    def _free(self, w: Worker) -> None:
        """A worker is free (in the event loop): it goes straight to a waiting query (the
        oldest; the newest when it is the reserve freed by stopping a query), else it waits."""
        if self.closed:
            _kill(w.pid)
            return
        with self.lock:
            while self.waiting:
                to_newest = self.room_made and len(self.idle) + 1 <= self.reserve
                fut = self.waiting.pop(-1 if to_newest else 0)
                if fut.done():               # gave up meanwhile
                    continue
                if to_newest:
                    self.room_made = False
                self._start(w)
                fut.set_result(w)
                return
            self.idle.append(w)

    def _start(self, w: Worker) -> None:
        """``w`` runs a query from now (called with the lock held, ``w`` not in ``idle``)."""
        w.reserve = len(self.idle) < self.reserve
        w.started, w.preempted = time.monotonic(), False
        w.cpu = _cpu(w.pid) if w.reserve else 0.0
        self.running[w.pid] = w

    def pids(self) -> list[int]:
        with self.lock:
            return [w.pid for w in self.idle] + list(self.running)

    # -- a query --------------------------------------------------------------------------
    async def run(self, job: dict) -> tuple:
        """The worker's answer ("ok", ...) or ("error", status, message); QueryStopped when
        it was stopped (time limit, memory limit, preempted, busy)."""
        if self.loop is None:
            with self.lock:
                self.loop = asyncio.get_running_loop()
        if not self.ready.is_set():
            if not await anyio.to_thread.run_sync(self.ready.wait, STARTUP_WAIT):
                raise QueryStopped(503, "the query workers are not up yet; try again later")
        w = await self._acquire(time.monotonic() + self.queue_timeout)
        out = None
        try:
            out = await asyncio.wait_for(self._exchange(w.sock, job),
                                         max(0.0, w.started + self.timeout - time.monotonic()))
        except asyncio.TimeoutError:
            out = _TIMEOUT
        except OSError:
            out = None
        finally:
            if not isinstance(out, tuple):     # stopped, dead, timed out or cancelled
                _kill(w.pid)
                w.sock.close()
                with self.lock:
                    self.running.pop(w.pid, None)
                self._replace()
        if isinstance(out, tuple):
            with self.lock:
                del self.running[w.pid]
            self._free(w)
            return out
        if w.preempted:
            raise QueryStopped(503, f"the query was stopped after {self.grace:g} s to make room "
                                    "for another: the server is busy with long queries; try again later")
        if out is _TIMEOUT:
            raise QueryStopped(503, f"query exceeded the time limit of {self.timeout:g} s")
        raise QueryStopped(507, f"the query was stopped: it needed more than the memory limit "
                                f"of {self.memory_mb} MB per query")

    def _replace(self) -> None:
        """A new worker in place of a killed one, started by a thread (forking takes time)."""
        if not self.closed:
            threading.Thread(target=self._add, name="kg-worker-add", daemon=True).start()

    async def _exchange(self, sock: socket.socket, job: dict):
        loop = asyncio.get_running_loop()
        data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        await loop.sock_sendall(sock, _LEN.pack(len(data)) + data)
        head = await _recv_async(loop, sock, _LEN.size)
        if head is None:
            return None
        body = await _recv_async(loop, sock, _LEN.unpack(head)[0])
        return None if body is None else pickle.loads(body)

    async def _acquire(self, deadline: float) -> Worker:
        with self.lock:
            if not self.waiting and self.idle:
                w = self.idle.pop()
                self._start(w)
                return w
            if len(self.waiting) >= self.max_waiting:
                raise QueryStopped(503, "the server is busy: too many queries waiting; try again later")
            fut = asyncio.get_running_loop().create_future()
            self.waiting.append(fut)
        try:
            while not fut.done():
                if self.closed:
                    raise QueryStopped(503, "the server is shutting down")
                now = time.monotonic()
                with self.lock:
                    newest = bool(self.waiting) and self.waiting[-1] is fut
                    if newest:
                        self._preempt(now)
                    if self.idle and self.waiting and self.waiting[0] is fut:
                        self.waiting.pop(0)  # a worker added before the first query came
                        w = self.idle.pop()
                        self._start(w)
                        fut.set_result(w)
                        break
                if now >= deadline:
                    raise QueryStopped(503, "the server is busy: no query worker was free "
                                            f"within {self.queue_timeout:g} s; try again later")
                await asyncio.wait({fut}, timeout=min(deadline - now, 0.05 if newest else 0.5))
            return fut.result()
        except BaseException:
            with self.lock:
                if fut in self.waiting:
                    self.waiting.remove(fut)
            if fut.done() and not fut.cancelled():     # handed a worker, but going away
                with self.lock:
                    self.running.pop(fut.result().pid, None)
                self._free(fut.result())
            else:
                fut.cancel()
            raise

    def _preempt(self, now: float) -> None:
        """Stop the oldest query on a reserve worker that has had its ``grace`` seconds
        (one at a time)."""
        reserve = [w for w in self.running.values() if w.reserve]
        if any(w.preempted for w in reserve):
            return
        # due: past its grace on the clock, and busy computing (a cheap query slowed down
        # by a loaded machine has used little CPU and is left alone)
        due = [w for w in reserve if now - w.started >= self.grace
               and _cpu(w.pid) - w.cpu >= self.grace / 5]
        if due:
            victim = min(due, key=lambda w: w.started)
            victim.preempted = True
            self.room_made = True
            _kill(victim.pid)

    def close(self) -> None:
        with self.lock:
            if self.closed:
                return
            self.closed = True
            workers = self.idle + list(self.running.values())
            self.idle = []
        for w in workers:
            _kill(w.pid)
        self.forks.close()


async def _recv_async(loop, sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray(n)
    view, got = memoryview(buf), 0
    while got < n:
        k = await loop.sock_recv_into(sock, view[got:])
        if not k:
            return None
        got += k
    return bytes(buf)
