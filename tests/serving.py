"""Starting `kg serve` for a test: one launcher (port 0, the port read from what the server
prints, its stderr kept drained) and one stop, shared by the endpoint test files."""
from __future__ import annotations

import re
import subprocess
import sys
import threading

import pytest


def start_serve(*args) -> tuple[subprocess.Popen, int]:
    """`kg serve --port 0 ARGS` in a subprocess; (process, port) once it says where it listens."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", "0", *args],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    line = proc.stderr.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/sparql", line)
    if not m:
        proc.kill()
        pytest.fail("kg serve did not say where it listens: " + line + proc.stderr.read()[:500])
    threading.Thread(target=proc.stderr.read, daemon=True).start()    # keep the pipe drained
    return proc, int(m.group(1))


def stop(proc) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
