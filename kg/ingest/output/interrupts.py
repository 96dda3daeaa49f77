"""Writing the outputs without being cut in half: SIGINT (Ctrl-C), SIGTERM and SIGHUP that
arrive while the draft, the review page and the ``--into`` files are swapped in wait until the
writing is done, then take effect as they would have (Ctrl-C: "interrupted", exit 130;
SIGTERM, SIGHUP: the process ends). Without this, SIGTERM or SIGHUP (whose defaults end the
process with no clean-up) or a Ctrl-C between two renames leaves temp files beside the
targets or a data folder with only some of a document's files. Outside the main thread (where
handlers cannot be set) the block runs as it is."""
from __future__ import annotations

import contextlib
import signal
import threading

# SIGHUP: the terminal closed or the SSH session dropped while writing (its default, too, ends
# the process with no clean-up)
_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                 if hasattr(signal, name))


@contextlib.contextmanager
def held():
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []

    def hold(signum, _frame):
        arrived.append(signum)

    before = {}
    for sig in _SIGNALS:
        old = signal.getsignal(sig)
        if old is None:          # set outside Python: left alone (cannot be put back)
            continue
        before[sig] = old
        signal.signal(sig, hold)
    try:
        yield
    finally:
        for sig, old in before.items():
            signal.signal(sig, old)
        if arrived:
            signal.raise_signal(arrived[0])      # now, with the handler as it was
