"""The names an article's text alone gives, worked out ahead in a second process while the
``kg ingest`` command imports its rules and opens the graph: the machine's second core does
that part of the draft.

Why: the readers of new names that read nothing but the text (:data:`TEXT_ALONE`: companies by
their suffixes, titles, people, quoted initiatives ...) take about 60 ms of CPU on the largest
source text, and the command spends about as long before it needs them (importing 340 more
modules, unpickling the snapshot, linking the known names). :func:`started` forks the process
right after the command has parsed its options, before those imports; the child imports only
these readers, reads the article as the command does and runs them in order, sending each
answer back through a pipe (a pickle, after a digest of the text it read), then ends
(``os._exit``: no cleanup, no output of its own). When the pipeline comes to these readers
(:func:`reader`), it takes what the child has sent, if the child read the very text the
pipeline reads, and runs the readers the child has not answered yet itself, from the last one
back, taking the child's answers as they come in, until every reader is answered: on a busy
machine, where the child is slow, nobody waits, and the child is then ended. Either way the
same readers run on the same text, in a process with the same code, word lists and hash seed,
so the draft is the same byte for byte (tests/test_ingest_round30_speed.py drafts articles
both ways).

When it forks: only in the command (the library, the evaluation and the tests call the
pipeline without it), on Linux, with two or more cores this process may run on and one of
them idle (:func:`_idle_core`), a single thread (a fork of a threaded process can deadlock),
and ``KG_INGEST_AHEAD`` not set to ``0`` (``KG_INGEST_AHEAD=1``: whatever the load). On one
core, or all of them busy, the child's work would only add to the run's (its imports twice,
the fork), so none is started. The child never outlives the command: :func:`started` ends it (``SIGKILL``)
and reaps it when the block ends, whatever happened meanwhile (an error, Ctrl-C); if the
command is killed outright, the child ends at its next message (a pipe nobody reads).

With each answer the child sends what the pattern cache noted meanwhile
(:func:`kg.ingest.regex_cache.notes`): a pattern compiled for the first time there is kept
between runs as if the command had compiled it."""
from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import signal
import struct
import sys
import threading

ENV = "KG_INGEST_AHEAD"

# (module, function): readers of new names whose answer depends on the text alone (no graph,
# no other names, no state a rule before them leaves); the pipeline calls each through
# ``reader(text)``. A reader added here must be such a function.
TEXT_ALONE = (
    ("kg.ingest.names.candidates", "organisations"),
    ("kg.ingest.names.titles", "standards"),
    ("kg.ingest.names.titles", "titles"),
    ("kg.ingest.names.person_names", "people"),
    ("kg.ingest.names.person_names", "teams"),
    ("kg.ingest.names.titles", "quoted_initiatives"),
    ("kg.ingest.names.titles", "quoted_programmes"),
    ("kg.ingest.names.head_phrases", "project_phrases"),
    ("kg.ingest.names.capacities", "capacity_projects"),
    ("kg.ingest.names.slots", "bare_companies"),
    ("kg.ingest.names.slots", "appositive_companies"),
    ("kg.ingest.names.phrases", "lower_names"),
    ("kg.ingest.names.bracketed", "acronym_names"),
    ("kg.ingest.names.role_people", "role_people"),
    ("kg.ingest.names.minister_people", "minister_people"),
    ("kg.ingest.names.given_names", "given_name_people"),
    ("kg.ingest.names.designations", "designations"),
    ("kg.ingest.names.designations", "numbered_documents"),
    ("kg.ingest.names.source_outlets", "source_outlets"),
    ("kg.ingest.names.appositive_places", "appositive_places"),
    ("kg.ingest.names.autonomous_areas", "autonomous_areas"),
    ("kg.ingest.names.level_of_places", "level_of_places"),
    ("kg.ingest.names.ventures", "ventures"),
    ("kg.ingest.names.plants", "plants"),
)

_pending: dict = {}         # "pid", "fd": the child started for this process's run


def digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _key(fn) -> tuple[str, str]:
    return fn.__module__, fn.__name__


def reader(text: str):
    """``read(fn)``: ``fn(text)`` for a reader of :data:`TEXT_ALONE`, from the child's answer
    when one was worked out for this text, else run here (and any other function run here)."""
    answers = _take(text)

    def read(fn):
        got = answers.pop(_key(fn), None) if answers else None
        return fn(text) if got is None else got
    return read


def _take(text: str) -> dict | None:
    """The answers of every reader of :data:`TEXT_ALONE` for ``text``: the child's, and the
    ones it has not sent yet worked out here, from the last reader back (the child goes from
    the first on; the two meet, nobody waits). None when there is no child; the child is
    ended and reaped."""
    pid, fd = _pending.pop("pid", None), _pending.pop("fd", None)
    if pid is None:
        return None
    try:
        return _meet(text, fd)
    finally:
        os.close(fd)
        _reap(pid)


def _meet(text: str, fd: int) -> dict:
    import importlib

    from kg.ingest.regex_cache import absorb

    os.set_blocking(fd, False)
    buf = bytearray()
    answers: dict = {}
    mine = digest(text)
    seen = None             # the digest of the text the child read (its first message)
    open_ = True
    j = len(TEXT_ALONE) - 1
    while True:
        while open_:        # what the child has sent so far
            try:
                chunk = os.read(fd, 1 << 20)
            except BlockingIOError:
                break
            except OSError:
                chunk = b""
            if not chunk:
                open_ = False
                break
            buf += chunk
        while len(buf) >= 8:
            (n,) = struct.unpack_from("<Q", buf, 0)
            if len(buf) < 8 + n:
                break
            try:
                message = pickle.loads(bytes(buf[8:8 + n]))
            except Exception:      # noqa: BLE001 (a broken message: the readers run here)
                message = None
            del buf[:8 + n]
            if seen is None:
                seen = message if isinstance(message, bytes) else b""
            elif seen == mine and isinstance(message, tuple) and len(message) == 3 \
                    and isinstance(message[0], int) and 0 <= message[0] < len(TEXT_ALONE):
                answers.setdefault(TEXT_ALONE[message[0]], message[1])
                absorb(message[2])
        if open_ and seen is not None and seen != mine:
            answers.clear()         # (another text: every reader runs here)
            open_ = False
            buf.clear()
        while j >= 0 and TEXT_ALONE[j] in answers:
            j -= 1
        if j < 0:
            break
        module, name = TEXT_ALONE[j]
        answers[TEXT_ALONE[j]] = getattr(importlib.import_module(module), name)(text)
    return answers


def _reap(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except (OSError, ChildProcessError):
        pass


def _wanted() -> bool:
    if os.environ.get(ENV, "") == "0" or not hasattr(os, "fork") \
            or not sys.platform.startswith("linux") or threading.active_count() != 1:
        return False
    if os.environ.get(ENV, "") == "1":
        return len(getattr(os, "sched_getaffinity", lambda _: ())(0)) >= 2
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return False
    return cores >= 2 and _idle_core(cores)


def _idle_core(cores: int) -> bool:
    """Whether a core is free for the child now: fewer tasks running than cores (this process
    one of them, ``/proc/loadavg``'s fourth field) and a load average below the cores. On a
    busy machine the child only takes CPU from its parent (the kernel shares it out by session,
    not by process): about 25 ms more for the run, measured at a load of 11 on 2 cores."""
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            fields = fh.read().split()
        running = int(fields[3].split("/")[0])
        return running < cores and float(fields[0]) < cores
    except (OSError, ValueError, IndexError):
        return False


@contextlib.contextmanager
def started(path):
    """Within the block, a child works out the names of the article at ``path`` (when it is
    worth it: see the module's doc); ended and reaped when the block ends."""
    pid = None
    if path is not None and not _pending and _wanted():
        try:
            r, w = os.pipe()
        except OSError:
            r = w = None
        if r is not None:
            try:
                pid = os.fork()
            except OSError:
                pid = None
                os.close(r)
                os.close(w)
            if pid == 0:            # the child: never returns
                os.close(r)
                _child(path, w)
            if pid is not None:
                os.close(w)
                _pending.update(pid=pid, fd=r)
    try:
        yield
    finally:
        if pid is not None and _pending.get("pid") == pid:
            fd = _pending.pop("fd")
            _pending.pop("pid")
            os.close(fd)
            _reap(pid)


def _child(path, w: int) -> None:
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)    # (Ctrl-C ends it, quietly)
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        import importlib
        from pathlib import Path

        from kg.ingest import regex_cache
        from kg.ingest.reading.folded import reading_copy
        from kg.ingest.reading.text import read_article
        text = reading_copy(read_article(Path(path)).text)
        _send(w, digest(text))
        sent: dict = {}
        for i, (module, name) in enumerate(TEXT_ALONE):
            answer = getattr(importlib.import_module(module), name)(text)
            _send(w, (i, answer, regex_cache.notes(sent)))
        code = 0
    except BaseException:      # noqa: BLE001 (the command runs the readers itself)
        pass
    finally:
        os._exit(code)


def _send(w: int, value) -> None:
    """One message: its length, then its pickle."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(struct.pack("<Q", len(data)) + data)
    while view:
        view = view[os.write(w, view):]
