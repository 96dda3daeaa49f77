"""Debian's headless Chromium for the browser tests, driven by Playwright (never a browser
download). A test module does ``from browser import ARGS, CHROMIUM, browser, sync_api``: it is
skipped when /usr/bin/chromium or Playwright is missing."""
from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# flags that keep Chromium off the network this machine does not have
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium (install Debian's chromium package to run the browser "
                "tests; Playwright's own browser download is not used)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def browser(chromium):
    """The session's one Chromium (``chromium`` in conftest.py: Playwright's sync driver cannot
    run twice at once in one process, so every browser test shares it)."""
    return chromium
