"""Running a few lines of Python in a fresh process with the second process of `kg ingest` on
(kg/ingest/ahead.py), for the speed tests of rounds 30 and 31."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# a second process is forked only on Linux with two cores or more
FORKS = sys.platform.startswith("linux") and hasattr(os, "fork") \
    and len(getattr(os, "sched_getaffinity", lambda _: ())(0)) >= 2


def python_out(code: str, *args: str, env: dict | None = None) -> str:
    """What ``code`` (dedented) prints, run with ``args`` in a new interpreter whose
    ``KG_INGEST_AHEAD`` is 1 (a child whatever the load); it must exit 0."""
    env = dict(env or os.environ, KG_INGEST_AHEAD="1")
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True,
                         text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout
