"""The explorer in real Chromium (Debian's, driven by Playwright) against `kg serve`'s app run
by uvicorn in a thread on a free loopback port: a reader searches "Fugu", opens Fugu County,
follows a link to a person, sees a quoted source, opens the document and the timeline, runs a
named query; no console error, no request leaves the machine, hostile labels run nothing."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from kg.model.evidence import find_sources_dir
from kg.model.graph import load
from kg.model.namespaces import NF

from browser import ARGS, CHROMIUM, browser, sync_api  # noqa: E402,F401  (skips without Chromium)
uvicorn = pytest.importorskip("uvicorn")

from test_view import HOSTILE_IRI, hostile_data  # noqa: E402

SOURCES = find_sources_dir()


def _app(kg, sources):
    try:
        from kg.web.app import make_app
    except ImportError:              # before the endpoint lands: the explorer alone
        from starlette.applications import Starlette
        from kg.web.explorer import routes
        return Starlette(routes=routes(kg, sources))
    return make_app(kg, sources_dir=sources, workers=1)


class Server:
    def __init__(self, app):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                break
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self):
        self.server.should_exit = True
        self.thread.join(10)


def _page(browser, base):
    """A page whose every request off this server is aborted and recorded, with console errors
    and page errors recorded."""
    page = browser.new_page()
    page.outside, page.errors = [], []

    def route(r):
        if r.request.url.startswith(base) or r.request.url.startswith(("data:", "about:", "blob:")):
            r.continue_()
        else:
            page.outside.append(r.request.url)
            r.abort()
    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.set_default_timeout(60_000)  # a loaded machine took over 20 s once
    return page


@pytest.fixture(scope="module")
def server():
    s = Server(_app(load(), SOURCES))
    yield s
    s.stop()


def test_a_reader_walks_the_graph(browser, server):
    page = _page(browser, server.url)
    page.goto(server.url + "/")
    page.fill("#q-home", "Fugu")
    first = page.locator("form.big ul.suggest a").first
    first.wait_for()
    assert "Fugu County" in first.inner_text()
    first.click()
    page.wait_for_url("**/id/fugu-county")
    assert page.locator("h1").inner_text().strip() == "Fugu County"
    # to a person: Fugu County -> its government -> Wu Jing
    page.click("a.ent[href='/id/fugu-county-peoples-government']")
    page.wait_for_url("**/id/fugu-county-peoples-government")
    page.locator("a.ent.c-Person", has_text="Wu Jing").first.click()
    page.wait_for_url("**/id/wu-jing")
    assert "County Mayor" in page.locator("section.relations").inner_text()
    if SOURCES is not None:
        quote = page.locator("li.link blockquote.quote").first
        assert quote.is_visible() and "Wu Jing" in quote.inner_text()
        quote.locator("cite a").click()
    else:
        page.locator("a.src").first.click()
    page.wait_for_url("**/doc/**")
    if SOURCES is not None:
        assert page.locator(".doctext a.mention").count() > 10
    page.click("nav a[href='/timeline']")
    page.fill("input[name=in]", "Shaanxi")
    page.click("form.filters button")
    page.wait_for_url("**/timeline?**")
    assert page.locator("ol.timeline li").count() > 0
    page.click("nav a[href='/query']")
    page.click("button.example[data-name='people-and-posts']")
    page.locator("#results table tbody tr").first.wait_for()
    assert page.locator("#results a[href='/id/wu-jing']").count() >= 1
    # the neighbourhood view draws in its frame
    page.goto(server.url + "/id/fugu-county")
    frame = page.frame_locator("iframe.view")
    frame.locator("canvas").first.wait_for()
    assert page.outside == [] and page.errors == []
    page.close()


def test_hostile_labels_run_nothing(browser, tmp_path):
    s = Server(_app(load(hostile_data(tmp_path)), None))
    try:
        page = _page(browser, s.url)
        slug = str(HOSTILE_IRI)[len(str(NF)):]
        for url in (f"/id/{slug}", "/id/fugu-county", "/search?q=xss", f"/id/{slug}/view"):
            page.goto(s.url + url)
            page.wait_for_load_state("load")
            assert page.evaluate("() => window.__xss") is None
            assert page.locator("a[href^='javascript:']").count() == 0
        page.goto(s.url + "/")
        page.fill("#q-home", "xss")
        page.locator("form.big ul.suggest a").first.wait_for()
        assert page.evaluate("() => window.__xss") is None
        assert page.outside == [] and page.errors == []
        page.close()
    finally:
        s.stop()
