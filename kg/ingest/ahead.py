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
between runs as if the command had compiled it.

Before it reads the article, the child works out :data:`EARLY` (the stamps of the ingest code
the snapshot's name hashes: some 790 files' sizes and times, about 3 ms, most of it the
system's; the digest of the graph's input files, some 600 KB read and hashed) and sends them
first; the command takes them through :func:`early` when it opens the
snapshot, some 60 ms later, leaving the messages after them for :func:`reader`."""
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
    ("kg.ingest.names.field_people", "field_people"),
    ("kg.ingest.names.dotted_people", "dotted_people"),
    ("kg.ingest.names.designations", "designations"),
    ("kg.ingest.names.designations", "numbered_documents"),
    ("kg.ingest.names.source_outlets", "source_outlets"),
    ("kg.ingest.names.appositive_places", "appositive_places"),
    ("kg.ingest.names.autonomous_areas", "autonomous_areas"),
    ("kg.ingest.names.level_of_places", "level_of_places"),
    ("kg.ingest.names.ventures", "ventures"),
    ("kg.ingest.names.plants", "plants"),
    ("kg.ingest.names.coded_documents", "coded_documents"),
    ("kg.ingest.names.item_titles", "item_titles"),
    ("kg.ingest.names.organ_sessions", "organ_sessions"),
)

# (module, function): work of the text alone that the rules ask for after the names, done by the
# child once it has sent the readers' answers (it is idle otherwise): ``fn(text, date=...)``
# (``date``: the command's --date option); a rule takes the answer through :func:`answer`
# when it has come, else works it out itself. Each must give what the rule would work out
# itself for the article's text, as plain values (a pickle).
LATER = (
    ("kg.ingest.reading.sentences", "split_starts"),          # the sentences' starts
    ("kg.ingest.reading.scans_ahead", "first_scans"),         # rules' whole-text scans: the
    ("kg.ingest.names.place_cue_scan", "cue_scans_ahead"),    # first asked, the place cues'
    ("kg.ingest.reading.scans_ahead", "scans"),               # matches, then the rest
    # (in the order the command first asks for them: the moods in the names stage's events,
    # before the relations stage asks for the date readings and the cues; with the moods
    # after those two, the command asked for them some 10-20 ms before they came)
    ("kg.ingest.reading.mood", "sentence_moods"),             # may a sentence set a mood?
    ("kg.ingest.reading.scans_ahead", "mid_scans"),           # scans asked before the relations
    ("kg.ingest.events.article_date", "date_readings"),       # find_dates of the whole text
    ("kg.ingest.relations.event_roles", "sentence_cues"),     # the event roles' cues
    # (asked in the relations and after: the second process has idled there)
    ("kg.ingest.reading.word_spans", "word_spans"),           # the words' spans (the prior)
    ("kg.ingest.reading.unreal_days", "days_ahead"),          # days their month lacks
    ("kg.ingest.reading.scans_ahead", "late_scans"),          # the late rules' scans
    ("kg.ingest.reading.scans_ahead", "tail_scans"),          # more of them (round 38)
)

# (module, function): work the command asks for before it meets the article's text, done by the
# child first, before it reads the article: ``fn()``; the command takes the answer through
# :func:`early` when it has come, else works it out itself. Each must give what the command
# would work out itself at that moment, as plain values (a pickle).
EARLY = (
    ("kg.ingest.knowledge.code_stamps", "code_stamps"),       # the snapshot key's file stamps
    ("kg.ingest.knowledge.data_digest", "data_digest"),       # its input files' digest
)

# the child started for this process's run: "pid", "fd", "buf" (bytes not yet read as a
# message), "open" (the pipe not yet at its end), "early" (the answers of EARLY sent so far);
# once the pipeline has met it (reader()): "text" (the text the pipeline reads), "mine" (its
# digest), "seen" (the digest of the text the child read), "later" (the answers of LATER sent
# so far)
_pending: dict = {}


def digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _key(fn) -> tuple[str, str]:
    return fn.__module__, fn.__name__


# a reader of TEXT_ALONE by its function's name (each name is one reader's)
_BY_NAME = {name: (module, name) for module, name in TEXT_ALONE}


def reader(text: str):
    """``read(name)``: the answer for ``text`` of the reader of :data:`TEXT_ALONE` of that
    name, the child's when it worked one out for this text, else the reader run here. The
    reader's module is imported only to run it here: when the child has answered, the
    command's process never imports the modules only the readers need (some 20 of them).
    ``read(fn)``: ``fn(text)``, from the child's answer when ``fn`` is such a reader."""
    answers = _take(text)

    def read(which):
        job = _BY_NAME[which] if isinstance(which, str) else _key(which)
        got = answers.pop(job, None) if answers else None
        if got is not None:
            return got
        if isinstance(which, str):
            import importlib

            which = getattr(importlib.import_module(job[0]), job[1])
        return which(text)
    return read


def answer(job: tuple[str, str], text: str):
    """The child's answer of ``job`` (an entry of :data:`LATER`) for ``text``, or None: no
    child, another text than the one it read, or not sent yet (never waited for): the caller
    works it out itself. Read only: the same value may be given again."""
    met = _pending.get("text")
    if met is None or (met is not text and met != text):
        return None
    later = _pending["later"]
    got = later.get(job)
    if got is None and _pending["open"]:
        _receive(None)
        got = later.get(job)
    return got


def early(job: tuple[str, str]):
    """The child's answer of ``job`` (an entry of :data:`EARLY`), or None: no child, or not
    sent yet (never waited for; the child sends these first, before it reads the article): the
    caller works it out itself. Read only: the same value may be given again."""
    if "pid" not in _pending:
        return None
    got = _pending["early"].get(job)
    if got is None and _pending["open"] and "text" not in _pending:
        try:
            _receive(None, early_only=True)
        except Exception:          # noqa: BLE001 (worked out here)
            return None
        got = _pending["early"].get(job)
    return got


def _take(text: str) -> dict | None:
    """The answers of every reader of :data:`TEXT_ALONE` for ``text``: the child's, and the
    ones it has not sent yet worked out here, from the last reader back (the child goes from
    the first on; the two meet, nobody waits). None when there is no child. The child is then
    ended and reaped, unless it read this text and answered most readers itself (it is not
    starved of CPU): then it goes on with :data:`LATER` (its answers taken by :func:`answer`)
    until the command's block ends."""
    if "pid" not in _pending or "text" in _pending:
        return None
    _pending.update(text=text, mine=digest(text), seen=None, later={})
    try:
        answers, ran_here = _meet(text)
    except BaseException:
        _end()
        raise
    if 2 * ran_here > len(TEXT_ALONE) or not LATER or _pending["seen"] != _pending["mine"]:
        _end()      # (a slow child on a busy machine, or another text: nothing more from it)
    return answers


def _meet(text: str) -> tuple[dict, int]:
    """(every reader's answer, how many were worked out here)."""
    import importlib

    answers: dict = {}
    ran_here = 0
    j = len(TEXT_ALONE) - 1
    while True:
        _receive(answers)       # what the child has sent so far
        while j >= 0 and TEXT_ALONE[j] in answers:
            j -= 1
        if j < 0:
            break
        module, name = TEXT_ALONE[j]
        answers[TEXT_ALONE[j]] = getattr(importlib.import_module(module), name)(text)
        ran_here += 1
    return answers, ran_here


def _receive(answers: dict | None, early_only: bool = False) -> None:
    """Reads what the child has sent so far (never waits): the answers of :data:`EARLY` into
    ``_pending["early"]``, the readers' answers into ``answers``, those of :data:`LATER` into
    ``_pending["later"]``, the pattern cache's notes and the tables the child built into this
    run's (:func:`_absorb`). Messages of a child that read another text are
    dropped, and the pipe is read no further. ``early_only`` (before the pipeline has met the
    child): the messages after the answers of EARLY stay unread."""
    fd, buf = _pending["fd"], _pending["buf"]
    while _pending["open"]:
        try:
            chunk = os.read(fd, 1 << 20)
        except BlockingIOError:
            break
        except OSError:
            chunk = b""
        if not chunk:
            _pending["open"] = False
            break
        buf += chunk
    n_alone = len(TEXT_ALONE)
    while len(buf) >= 8:
        (n,) = struct.unpack_from("<Q", buf, 0)
        if len(buf) < 8 + n:
            break
        try:
            message = pickle.loads(bytes(buf[8:8 + n]))
        except Exception:      # noqa: BLE001 (a broken message: worked out here)
            message = None
        if isinstance(message, tuple) and len(message) == 3 and message[0] == "early":
            del buf[:8 + n]
            if type(message[1]) is int and 0 <= message[1] < len(EARLY):
                _pending["early"].setdefault(EARLY[message[1]], message[2])
            continue
        if early_only:
            break       # (the digest, the readers' answers: read when the pipeline meets them)
        del buf[:8 + n]
        if _pending["seen"] is None:
            _pending["seen"] = message if isinstance(message, bytes) else b""
        elif _pending["seen"] == _pending["mine"] and isinstance(message, tuple) \
                and len(message) == 3 and type(message[0]) is int:
            i = message[0]
            if 0 <= i < n_alone:
                if answers is not None:
                    answers.setdefault(TEXT_ALONE[i], message[1])
            elif 0 <= i - n_alone < len(LATER):
                _pending["later"].setdefault(LATER[i - n_alone], message[1])
            else:
                continue
            _absorb(message[2])
    if _pending.get("seen") is not None and _pending["seen"] != _pending["mine"]:
        _pending["open"] = False        # (another text: every reader runs here)
        buf.clear()


def _end() -> None:
    """Ends and reaps the child, after reading the pattern cache's notes it has sent (a
    pattern it compiled first is kept as if compiled here)."""
    pid, fd = _pending.get("pid"), _pending.get("fd")
    try:
        if "text" in _pending and fd is not None:
            with contextlib.suppress(Exception):
                _receive(None)
    finally:
        _pending.clear()
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)
        if pid is not None:
            _reap(pid)


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
def started(path, date: str | None = None):
    """Within the block, a child works out the names of the article at ``path`` (when it is
    worth it: see the module's doc), and then :data:`LATER` (``date``: the command's --date
    option); ended and reaped when the block ends."""
    pid = None
    if path is not None and not _pending and _wanted():
        try:
            r, w = os.pipe()
        except OSError:
            r = w = None
        if r is not None:
            _roomy(w)
            try:
                pid = os.fork()
            except OSError:
                pid = None
                os.close(r)
                os.close(w)
            if pid == 0:            # the child: never returns
                os.close(r)
                _child(path, w, date)
            if pid is not None:
                os.close(w)
                _pending.update(pid=pid, fd=r, buf=bytearray(), open=True, early={})
                try:
                    os.set_blocking(r, False)
                except OSError:
                    _end()
                    pid = None
    try:
        yield
    finally:
        if pid is not None and _pending.get("pid") == pid:
            _end()


_PIPE_SIZE = 1 << 20


def _roomy(fd: int) -> None:
    """A pipe of 1 MB where Linux allows it (64 KB otherwise): the child then never waits for
    the command to read its answers (about 60 KB on the largest source text; more on a first
    run, whose notes name every pattern the child compiled)."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass


def _child(path, w: int, date) -> None:
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)    # (Ctrl-C ends it, quietly)
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        import importlib
        from pathlib import Path

        from kg.ingest.reading.folded import reading_copy
        from kg.ingest.reading.text import read_article
        for i, (module, name) in enumerate(EARLY):
            try:
                answer = getattr(importlib.import_module(module), name)()
            except Exception:      # noqa: BLE001 (the command works it out itself)
                continue
            _send(w, ("early", i, answer))
        text = reading_copy(read_article(Path(path)).text)
        _send(w, digest(text))
        sent: dict = {}
        for i, (module, name) in enumerate(TEXT_ALONE):
            answer = getattr(importlib.import_module(module), name)(text)
            _send(w, (i, answer, _notes(sent)))
        for j, (module, name) in enumerate(LATER):
            try:
                answer = getattr(importlib.import_module(module), name)(text, date=date)
            except Exception:      # noqa: BLE001 (the command works it out itself)
                continue
            _send(w, (len(TEXT_ALONE) + j, answer, _notes(sent)))
        code = 0
    except BaseException:      # noqa: BLE001 (the command runs the readers itself)
        pass
    finally:
        os._exit(code)


def _notes(sent: dict) -> tuple:
    """What the child has noted for the run since the last call: the pattern cache's
    (:func:`kg.ingest.regex_cache.notes`) and the tables it built (:mod:`kg.ingest.kept_tables`)."""
    from kg.ingest import kept_tables, regex_cache

    return regex_cache.notes(sent), kept_tables.notes()


def _absorb(noted) -> None:
    """Adds what :func:`_notes` gave in the child to this run's notes."""
    from kg.ingest import kept_tables, regex_cache

    if isinstance(noted, tuple) and len(noted) == 2:
        regex_cache.absorb(noted[0])
        kept_tables.absorb(noted[1])


def _send(w: int, value) -> None:
    """One message: its length, then its pickle."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(struct.pack("<Q", len(data)) + data)
    while view:
        view = view[os.write(w, view):]
