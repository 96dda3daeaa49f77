"""kg.render.view in a real browser: Debian's headless Chromium driven by Playwright, with the network cut.

The pages are opened from file:// with every other request aborted and recorded; each test
asserts that none was made, that the page rendered (a canvas, no page errors), that the vis
DataSet holds the expected nodes, and that the legend, search box, tooltips and details panel
work. A graph with a script/img label and an ``href`` alias must not run or create anything.
The browser is never downloaded: the test skips when /usr/bin/chromium is missing.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.model.graph import load
from kg.ask.names import resolve
from kg.model.namespaces import NF
from kg.render.network import to_networkx
from kg.render.view import write_view

LOCAL = ("file:", "data:", "about:", "blob:")

from browser import ARGS, CHROMIUM, browser, sync_api  # noqa: E402,F401  (skips without Chromium)

# The hostile data folder is built the same way as in the non-browser tests.
from test_view import HOSTILE_ALIAS, HOSTILE_IRI, HOSTILE_LABEL, hostile_data  # noqa: E402


@pytest.fixture(scope="module")
def kg():
    return load()


class Opened:
    """A page opened offline, with what it tried to fetch and what went wrong in it."""

    def __init__(self, browser, path: Path, bypass_csp: bool = False):
        self.remote: list[str] = []
        self.errors: list[str] = []
        self.console_errors: list[str] = []
        self.context = browser.new_context(bypass_csp=bypass_csp, service_workers="block",
                                           viewport={"width": 1280, "height": 800})
        self.context.route("**/*", self._route)
        self.context.on("request", self._request)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.goto(path.resolve().as_uri(), wait_until="load", timeout=30_000)
        # physics runs its stabilisation iterations, then the page switches physics off
        self.page.wait_for_function("() => window.kgStabilized === true", timeout=30_000)

    def _route(self, route):
        url = route.request.url
        if url.startswith(LOCAL):
            route.continue_()
        else:
            if url not in self.remote:
                self.remote.append(url)
            route.abort()

    def _request(self, request):
        if not request.url.startswith(LOCAL) and request.url not in self.remote:
            self.remote.append(request.url)

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)

    def labels(self) -> set[str]:
        return set(self.js("() => window.kgNodes.get().map(n => n.label)"))

    def node_point(self, node_id: str) -> tuple[float, float]:
        return tuple(self.js("""(id) => {
            const p = window.kgNetwork.getPositions([id])[id];
            const d = window.kgNetwork.canvasToDOM(p);
            const r = document.getElementById("kg-network").getBoundingClientRect();
            return [r.left + d.x, r.top + d.y];
        }""", node_id))

    def hover(self, node_id: str) -> str:
        """Move the mouse onto a node and return the tooltip's text."""
        x, y = self.node_point(node_id)
        self.page.mouse.move(x - 3, y - 3)
        self.page.mouse.move(x, y, steps=3)
        self.page.wait_for_function("""() => {
            const t = document.querySelector("div.vis-tooltip");
            return t && t.style.visibility === "visible" && t.textContent.length > 0;
        }""", timeout=5_000)
        return self.js('() => document.querySelector("div.vis-tooltip").innerText')

    def tooltip_is_text(self) -> bool:
        """The tooltip holds text only (innerText turns line breaks into <br>, nothing else)."""
        return self.js("""() => [...document.querySelector("div.vis-tooltip").querySelectorAll("*")]
                                  .every(e => e.tagName === "BR")""")

    def search(self, text: str):
        self.page.fill("#kg-search", text)
        self.page.press("#kg-search", "Enter")
        return self.js("() => [window.kgFocused, window.kgNetwork.getSelectedNodes()]")

    def assert_clean(self):
        assert self.remote == [], f"the page tried to reach the network: {self.remote[:5]}"
        assert self.errors == [], self.errors
        assert self.console_errors == [], self.console_errors
        assert self.js("() => document.querySelectorAll('#kg-network canvas').length") >= 1
        assert self.js("() => window.kgNetwork.physics.options.enabled") is False

    def close(self):
        self.context.close()


def expected_labels(kg, centers, hops=1) -> set[str]:
    g = to_networkx(kg)
    und = g.to_undirected(as_view=True)
    ids = set()
    for c in centers:
        ids |= set(nx.ego_graph(und, str(c), radius=hops)) if str(c) in g else {str(c)}
    return {g.nodes[n]["label"] if n in g else kg.label(n) for n in ids}


def test_fugu_view_offline(browser, kg, tmp_path):
    centers = [m.iri for m in resolve(kg, "Fugu")]
    out = write_view(kg, tmp_path / "fugu.html", centers=centers)
    view = Opened(browser, out)
    try:
        view.assert_clean()
        labels = view.labels()
        assert labels == expected_labels(kg, centers)
        assert "Fugu County" in labels
        # centres are marked and drawn bigger
        assert set(view.js("() => window.kgCenters")) == {str(c) for c in centers}
        assert view.js("""() => window.kgCenters.every(id => window.kgNodes.get(id).size > 16
                                                          && window.kgNodes.get(id).borderWidth > 1)""")
        # the legend names every class shown, each with a swatch
        legend = view.js("() => [...document.querySelectorAll('#kg-legend li .kg-class-name')]"
                         ".map(e => e.textContent)")
        classes = set(view.js("() => window.kgNodes.get().map(n => n.cls)"))
        assert set(legend) == classes
        assert view.js("() => document.querySelectorAll('#kg-legend .kg-swatch').length") == len(legend)
        # tooltips are plain text with label, class, aliases and sources
        fugu = str(NF["fugu-county"])
        tip = view.hover(fugu)
        assert tip.startswith("Fugu County") and "Class: County" in tip and "Sources:" in tip
        assert view.tooltip_is_text()
        # edges carry their relation as label and a title with relation and sources
        edge = view.js("() => window.kgEdges.get()[0]")
        assert edge["label"] and "Relation:" in edge["title"] and "Sources:" in edge["title"]
        # search: case-insensitive substring of a label focuses and selects the node
        focused, selected = view.search("fUGU cOUNTY")
        assert focused == fugu and selected == [fugu]
        assert "Fugu County" in view.page.text_content("#kg-details")
        other = next(n for n in view.js("() => window.kgNodes.get()")
                     if not n.get("center") and len(n["label"]) > 6)
        part = other["label"][2:-2].upper()
        focused, selected = view.search(part)
        hit = view.js("(id) => window.kgNodes.get(id).label", focused)
        assert part.lower() in hit.lower() and selected == [focused]
        assert view.search("no such node zzqx")[0] is None
        assert "No node matches" in view.page.text_content("#kg-status")
        view.assert_clean()
    finally:
        view.close()


def test_whole_graph_offline(browser, kg, tmp_path):
    out = write_view(kg, tmp_path / "all.html")
    view = Opened(browser, out)
    try:
        view.assert_clean()
        g = to_networkx(kg)
        assert view.js("() => window.kgNodes.length") == g.number_of_nodes()
        assert view.js("() => window.kgEdges.length") == g.number_of_edges()
        assert view.labels() == {d["label"] for _, d in g.nodes(data=True)}
        assert view.js("() => document.querySelectorAll('#kg-legend li').length") >= 2
        focused, selected = view.search("fugu county")
        assert focused == str(NF["fugu-county"]) and selected == [focused]
        view.assert_clean()
    finally:
        view.close()


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-only"])
def test_hostile_labels_stay_text(browser, tmp_path, bypass_csp):
    """With the page's CSP, and without it (so escaping alone is tested), nothing runs."""
    kg = load(hostile_data(tmp_path))
    hostile_title = '<img src=x onerror="window.__xss=5">'
    out = write_view(kg, tmp_path / "xss.html", centers=[HOSTILE_IRI], hops=1, title=hostile_title)
    view = Opened(browser, out, bypass_csp=bypass_csp)
    try:
        assert HOSTILE_LABEL in view.labels() and "Fugu County" in view.labels()
        assert view.page.text_content("#kg-title") == hostile_title
        assert view.page.title() == hostile_title
        tip = view.hover(str(HOSTILE_IRI))
        assert tip.startswith(HOSTILE_LABEL) and HOSTILE_ALIAS in tip
        assert view.tooltip_is_text()
        # select it by clicking, then by searching for the markup itself
        x, y = view.node_point(str(HOSTILE_IRI))
        view.page.mouse.click(x, y)
        assert view.js("() => window.kgNetwork.getSelectedNodes()") == [str(HOSTILE_IRI)]
        details = view.page.text_content("#kg-details")
        assert HOSTILE_LABEL in details and HOSTILE_ALIAS in details
        assert view.search("<SCRIPT>window.__xss")[0] == str(HOSTILE_IRI)
        view.page.wait_for_timeout(300)
        assert view.js("() => typeof window.__xss") == "undefined"
        assert view.js("() => document.querySelectorAll('img').length") == 0
        assert view.js("() => document.querySelectorAll('a[href]').length") == 0
        assert view.js("() => document.scripts.length") == 2     # vis-network + the page's own
        view.assert_clean()
    finally:
        view.close()
