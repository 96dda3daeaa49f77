"""The interactive view: a self-contained pyvis / vis-network HTML page of (part of) the graph.

``write_view(kg, output, centers=[iri], hops=1)`` writes the neighbourhood of ``centers`` within
``hops`` undirected hops over the networkx projection (:func:`kg.render.network.neighbourhood_graph`,
which asks the store only about the nodes it shows), or the whole graph
(:func:`kg.render.network.to_networkx`) when ``centers`` is empty; ``max_nodes`` caps a huge
neighbourhood and says so in the heading. ``render_view(...)`` returns the same page as a
string and ``build_network(...)`` the pyvis ``Network`` it is drawn from (for notebooks).

The page works offline and from ``file://``: the vis-network script and stylesheet are copied
into it from pyvis's own package folder, and it uses its own template (``kg/templates/
view.html``) rather than pyvis's, which links Bootstrap and other assets from CDNs and inserts
headings, menus and ``href`` titles unescaped. Everything that comes from the data or the user
(labels, aliases, titles, source ids) is HTML-escaped where it goes into markup, put into the
page's JSON safely (no ``</script>``, ``<!--`` or line separators can break out), and shown by
vis-network as plain text (a string ``title`` is set with ``innerText``). A Content Security
Policy with a per-page nonce forbids any remote load and any inline event handler as a second
line of defence.
"""
from __future__ import annotations

import colorsys
import functools
import json
import re
import secrets
from collections import Counter, deque
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.edge import Edge
from pyvis.network import Network
from rdflib import URIRef

from kg.ask.inferences import is_inferred, reason
from kg.model.errors import KGError
from kg.model.atomic import atomic_write_text
from kg.render.network import cut_message, neighbourhood_graph, to_networkx

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "view.html"
NO_CLASS = "(no class)"


# Canvas text: a CJK face where the system has one, so Chinese names render
FONT_FACE = ("system-ui, 'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', "
             "'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif")
NODE_SIZE = 16
CENTER_SIZE = 32
TOOLTIP_TITLE_MAX = 90   # characters of a document title shown in a tooltip


# --- vis-network assets ---------------------------------------------------------------------
def _vis_asset_dir() -> Path:
    import pyvis

    root = Path(pyvis.__file__).resolve().parent
    for cand in (root / "lib" / "vis-9.1.2", root / "templates" / "lib" / "vis-9.1.2"):
        if (cand / "vis-network.min.js").is_file() and (cand / "vis-network.css").is_file():
            return cand
    raise KGError(f"vis-network 9.1.2 not found in the pyvis package at {root}")


def _vis_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet, made safe to sit inside <script>/<style>."""
    folder = _vis_asset_dir()
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    # Neither file contains these today; if a future copy did, they would end the element.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE).replace("<!--", "<\\!--")
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    return js, css


# --- escaping -------------------------------------------------------------------------------
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value) -> str:
    """JSON that is safe to embed in an HTML <script> element (and is still valid JS)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


# --- colours --------------------------------------------------------------------------------
PALETTE_FILE = Path(__file__).resolve().parent / "palette.json"


@functools.lru_cache(maxsize=1)
def _palette() -> tuple[dict, dict, str]:
    """(class name -> (hue, index in family, family size), family -> hue, colour of no class)."""
    data = json.loads(PALETTE_FILE.read_text(encoding="utf-8"))
    by_class, hues = {}, {}
    for fam, spec in data["families"].items():
        hues[fam] = spec["hue"]
        for i, c in enumerate(spec["classes"]):
            by_class[c] = (spec["hue"], i, len(spec["classes"]))
    return by_class, hues, data.get("none", "#b8b8b8")


def _hls_hex(h: float, l: float, s: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h, l, s)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))


def class_colour(name: str, kg=None) -> str:
    """The colour of a class (its local name; the first of a comma-separated list), the same on
    every page: the hue of its family (``palette.json``), a lightness of its own. A class not in
    the palette takes the family of its nearest listed superclass (with ``kg``)."""
    by_class, _hues, none = _palette()
    name = (name or "").split(",")[0].strip()
    if not name or name == NO_CLASS:
        return none
    spec = by_class.get(name)
    if spec is None and kg is not None:
        from kg.model.namespaces import NFO
        sup = kg.superclasses.get(NFO[name], set())
        for c in sorted(sup, key=lambda c: -len(kg.superclasses.get(c, ()))):
            local = str(c).split("#")[-1]
            if local in by_class:
                hue, _i, n = by_class[local]
                digest = sum(name.encode("utf-8")) % max(n, 1)
                spec = (hue, digest, n)
                break
    if spec is None:        # unknown class: a stable hue from its name, paler
        h = (sum(ord(ch) * 31 ** i for i, ch in enumerate(name)) % 360) / 360.0
        return _hls_hex(h, 0.72, 0.35)
    hue, i, n = spec
    # lightness 0.38..0.62 and a little saturation step, spread over the family
    l = 0.38 + 0.24 * ((i * 0.618033988749895) % 1.0)
    return _hls_hex(hue / 360.0, l, 0.62 if i % 2 == 0 else 0.5)


def class_colours(names, kg=None) -> dict[str, str]:
    """A colour for each class name (:func:`class_colour`: the same on every page)."""
    return {n: class_colour(n, kg) for n in set(names)}


# --- the subgraph ---------------------------------------------------------------------------
def neighbourhood(g: nx.MultiDiGraph, centers, hops: int) -> set[str]:
    """Nodes within ``hops`` undirected hops of any of ``centers`` (node ids of ``g``), for a
    graph already projected (the view itself uses :func:`kg.render.network.neighbourhood_graph`)."""
    seen = {c: 0 for c in centers}
    queue = deque(c for c in centers if c in g)
    while queue:
        n = queue.popleft()
        d = seen[n]
        if d >= hops:
            continue
        for m in list(g.successors(n)) + list(g.predecessors(n)):
            if m not in seen:
                seen[m] = d + 1
                queue.append(m)
    return set(seen)


def _subgraph(kg, centers, hops: int, collapse: bool,
              max_nodes: int | None = None) -> tuple[nx.MultiDiGraph, list[str]]:
    """The graph to draw and the ids of its centres: the whole projection without centres,
    else the neighbourhood, built by asking the store only about the nodes it shows."""
    if not centers:
        g = to_networkx(kg, collapse=collapse)
        if max_nodes is not None and g.number_of_nodes() > max_nodes:
            raise KGError(f"the whole graph has {g.number_of_nodes()} nodes, more than the cap of "
                          f"{max_nodes}: centre the view on an entity, or raise the cap")
        return g, []
    g = neighbourhood_graph(kg, centers, hops, collapse=collapse, max_nodes=max_nodes)
    return g, list(dict.fromkeys(str(URIRef(c)) for c in centers))


# --- tooltips (plain text; vis-network shows a string title with innerText) ------------------
def _sources_text(kg, ids, memo: dict | None = None) -> str:
    """Document ids with their (shortened) titles; ``memo`` keeps the titles by id (and, for
    :func:`_edge_title`, the labels of relation nodes drawn as edges)."""
    parts = []
    for did in ids:
        if memo is None:
            title = kg.document_title(did)
        else:
            title = memo.get(did)
            if title is None:
                title = memo[did] = kg.document_title(did)
        if title and title != did:
            if len(title) > TOOLTIP_TITLE_MAX:
                title = title[:TOOLTIP_TITLE_MAX - 1] + "\u2026"
            parts.append(f"{did} \u2014 {title}")
        else:
            parts.append(did)
    return "\n  ".join(parts)


def _node_title(kg, attrs: dict, cls: str, memo: dict | None = None) -> str:
    lines = [attrs.get("label", ""), f"Class: {cls}"]
    if attrs.get("aliases"):
        lines.append(f"Also: {attrs['aliases']}")
    srcs = attrs.get("sources", "").split()
    lines.append("Sources: " + (_sources_text(kg, srcs, memo) if srcs else "reference data"))
    lines.append(attrs.get("iri", ""))
    return "\n".join(lines)


def _edge_title(kg, g, u, v, attrs: dict, memo: dict | None = None) -> str:
    lines = [f"{attrs.get('label', '')}",
             f"{g.nodes[u].get('label', u)} \u2192 {g.nodes[v].get('label', v)}",
             f"Relation: {attrs.get('predicate', '')}"]
    if attrs.get("via"):
        via = attrs["via"]
        if via in g:
            via = g.nodes[via]["label"]
        elif memo is None:
            via = kg.label(URIRef(via))
        else:           # the label of a relation node drawn as edges (once for all its edges)
            key = ("via", via)
            if key not in memo:
                memo[key] = kg.label(URIRef(via))
            via = memo[key]
        lines.append(f"Via: {via}")
    srcs = attrs.get("sources", "").split()
    lines.append("Sources: " + (_sources_text(kg, srcs, memo) if srcs else "reference data"))
    if is_inferred(srcs):
        why = None if attrs.get("via") else reason(kg, URIRef(u), attrs.get("predicate", ""), URIRef(v))
        lines.append(f"Inferred: {why or 'not stated by the text (see the inferred graph)'}")
    return "\n".join(lines)


# --- the pyvis network ----------------------------------------------------------------------
class _Network(Network):
    """pyvis's ``Network``, finding nodes in a set: pyvis looks each edge's ends up in a list,
    which makes a view of thousands of nodes and edges take seconds."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._ids: set = set()

    def add_node(self, n_id, *args, **kwargs):
        if n_id not in self._ids:
            super().add_node(n_id, *args, **kwargs)
            self._ids.add(n_id)

    def add_edge(self, source, to, **options):
        if not self.directed:          # pyvis merges the two directions: keep its own code
            return super().add_edge(source, to, **options)
        for n in (source, to):
            if n not in self._ids:
                raise KGError(f"edge to a node that is not drawn: {n}")
        self.edges.append(Edge(source, to, self.directed, **options).options)


def _options(n_nodes: int, n_edges: int) -> dict:
    iterations = max(150, min(1000, 150_000 // max(n_nodes, 1)))
    return {
        "autoResize": True,
        # the "improved" initial layout is slow and gives up on larger graphs
        "layout": {"improvedLayout": n_nodes <= 100, "randomSeed": 7},
        "nodes": {"shape": "dot", "size": NODE_SIZE, "borderWidth": 1,
                  "font": {"size": 14, "face": FONT_FACE, "color": "#222222",
                           "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#9aa5b1", "highlight": "#333333", "hover": "#555555"},
                  "font": {"size": 10, "align": "middle", "color": "#555555",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
                  "width": 1, "selectionWidth": 2},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120,
                                         "springConstant": 0.06, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": iterations,
                                      "updateInterval": 50, "fit": True},
                    "minVelocity": 0.75},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                        "keyboard": {"enabled": True, "bindToWindow": False},
                        "multiselect": False, "hideEdgesOnDrag": n_edges > 1500},
    }


LABELLED_ALL = 25      # a drawing of at most this many nodes labels every node
HUBS = 12              # ... else the centres and this many of the most connected


def _hubs(g, centres: set) -> set:
    """The nodes labelled from the start: all of a small drawing, else the centres and the
    most connected nodes (ties by id, so the same drawing labels the same nodes)."""
    if g.number_of_nodes() <= LABELLED_ALL:
        return set(g.nodes)
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), str(n)))
    return set(centres) | set(ranked[:HUBS])


def _quotes(kg, g, sources_dir) -> dict:
    """Node id -> the text of its evidence spans (from the user's copy of the texts)."""
    from kg.ask.cards import evidence, quote_evidence
    items = {}
    for n, a in g.nodes(data=True):
        iri = a.get("iri")
        if iri:
            items[n] = evidence(kg, URIRef(iri))
    quote_evidence(kg, [e for ev in items.values() for e in ev], sources_dir)
    out = {}
    for n, ev in items.items():
        texts = list(dict.fromkeys(f"{e['document'].split('-', 1)[0]}: {e['text']}"
                                   for e in ev if e.get("text")))
        if texts:
            out[n] = "\n".join(t if len(t) <= 400 else t[:399] + "\u2026" for t in texts[:3])
    return out


def build_network(kg, centers: list[URIRef] | None = None, hops: int = 1,
                  collapse: bool = False, max_nodes: int | None = None,
                  sources_dir=None) -> tuple[Network, dict]:
    """The pyvis ``Network`` of the view, and facts about it for the page (legend, centers,
    and ``cut``: what ``max_nodes`` left out, or None)."""
    g, center_ids = _subgraph(kg, centers, hops, collapse, max_nodes)
    classes = {n: (a.get("class") or NO_CLASS) for n, a in g.nodes(data=True)}
    colours = class_colours(classes.values(), kg)
    # One vis group per class (ids g0, g1, ... so no class name is ever used as a JS key).
    group_of = {c: f"g{i}" for i, c in enumerate(sorted(colours, key=lambda s: (s == NO_CLASS, s.lower())))}
    groups = {group_of[c]: {"color": {"background": col, "border": col,
                                      "highlight": {"background": col, "border": "#000000"},
                                      "hover": {"background": col, "border": "#000000"}}}
              for c, col in colours.items()}
    net = _Network(height="100%", width="100%", directed=True, cdn_resources="local")
    memo: dict = {}   # document titles and relation labels, looked up once
    centre_set = set(center_ids)
    hubs = _hubs(g, centre_set)
    quotes = _quotes(kg, g, sources_dir) if sources_dir is not None else {}
    # Centres first, then by label, so the data (and the page) is stable between runs.
    order = sorted(g.nodes, key=lambda n: (n not in centre_set, g.nodes[n].get("label", n), n))
    for n in order:
        a = g.nodes[n]
        cls = classes[n]
        extra = {}
        if n not in hubs:            # labelled on hover and when zoomed in (the page's script)
            extra = {"font": {"size": 0}, "quiet": True}
        if quotes.get(n):
            extra["quotes"] = quotes[n]
        if n in centre_set:
            colour = colours[cls]
            extra = {**extra, "size": CENTER_SIZE, "borderWidth": 5, "borderWidthSelected": 6, "mass": 3,
                     "font": {"size": 18, "bold": True}, "center": True,
                     "color": {"background": colour, "border": "#1a1a1a",
                               "highlight": {"background": colour, "border": "#000000"},
                               "hover": {"background": colour, "border": "#000000"}}}
        net.add_node(
            n, label=a.get("label") or n, title=_node_title(kg, a, cls, memo), group=group_of[cls],
            # data for the page's own scripts (search, details panel); vis ignores them
            cls=cls, aliases=a.get("aliases", ""), sources=a.get("sources", ""),
            iri=a.get("iri", n), **extra,
        )
    for i, (u, v, k, a) in enumerate(sorted(g.edges(keys=True, data=True),
                                           key=lambda e: (e[0], e[1], str(e[2])))):
        net.add_edge(u, v, id=f"e{i}", label=a.get("label", ""),
                     title=_edge_title(kg, g, u, v, a, memo),
                     predicate=a.get("predicate", ""), sources=a.get("sources", ""))
    net.options = _options(len(net.nodes), len(net.edges))
    net.options["groups"] = groups
    counts = Counter(classes.values())
    legend = [{"name": c, "colour": colours[c], "count": counts[c]}
              for c in sorted(colours, key=lambda s: (s == NO_CLASS, s.lower()))]
    info = {"legend": legend, "centers": [g.nodes[c].get("label", c) for c in center_ids],
            "hops": hops, "collapse": collapse, "cut": g.graph.get("cut")}
    return net, info


# --- the page -------------------------------------------------------------------------------
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       keep_trailing_newline=True)


def default_title(kg, info: dict) -> str:
    if info["centers"]:
        hop = "hop" if info["hops"] == 1 else "hops"
        names = info["centers"]
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        title = f"{shown} \u2014 neighbourhood within {info['hops']} {hop}"
        if info.get("cut"):
            title += f" ({cut_message(info['cut'])})"
        return title
    return "Non-ferrous metals knowledge graph \u2014 whole graph"


def render_view(kg, centers: list[URIRef] | None = None, hops: int = 1,
                collapse: bool = False, title: str | None = None,
                max_nodes: int | None = None, sources_dir=None) -> str:
    """The view as one self-contained HTML page (a string).

    ``max_nodes`` caps the number of nodes (None: no cap): a neighbourhood that would be bigger
    keeps the most connected nodes of its outermost ring and the heading says what was left
    out (also after a ``title`` of your own); the whole graph (no ``centers``) is refused."""
    net, info = build_network(kg, centers, hops, collapse, max_nodes, sources_dir=sources_dir)
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    options = json.loads(options) if isinstance(options, str) else options
    js, css = _vis_assets()
    heading = title if title is not None else default_title(kg, info)
    if title is not None and info["cut"]:
        heading += f" ({cut_message(info['cut'])})"
    data = {"nodes": nodes, "edges": edges, "options": options, "centers":
            [n["id"] for n in nodes if n.get("center")]}
    template = _environment().get_template(TEMPLATE_NAME)
    return template.render(
        title=heading, legend=info["legend"], centers=info["centers"], hops=info["hops"],
        n_nodes=len(nodes), n_edges=len(edges), vis_js=js, vis_css=css,
        data_json=script_json(data), nonce=secrets.token_urlsafe(18),
    )


def write_view(kg, output: Path, centers: list[URIRef] | None = None, hops: int = 1,
               collapse: bool = False, title: str | None = None,
               max_nodes: int | None = None, force: bool = True) -> Path:
    """Write the view of ``centers`` (within ``hops``) or of the whole graph to ``output``.

    The file is UTF-8, self-contained (no remote scripts, styles or fonts) and replaced
    atomically -- an existing file only with ``force`` (the CLI passes its --force; a device
    such as /dev/stdout is written into). Returns ``output``; raises KGError if it cannot be written.
    """
    from kg.render.export import refuse_existing

    output = Path(output)
    refuse_existing(output, force)
    html = render_view(kg, centers=centers, hops=hops, collapse=collapse, title=title,
                       max_nodes=max_nodes)
    atomic_write_text(output, html)
    return output
