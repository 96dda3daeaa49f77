"""The house in wings: every module of ``kg`` lives in a wing, a lower wing never imports a
higher one, no two modules import each other (directly or round a circle), and a module past
~500 lines says at its top why it is one piece. Read from the source with ``ast``, so the test
sees lazy imports inside functions too."""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
# rank of each wing: a module may import its own wing and lower ranks only
RANK = {"model": 0, "stores": 1, "ask": 2, "ingest": 2, "render": 3, "web": 4, "cli": 5,
        "__main__": 6}
SIDEWAYS = {("ingest", "ask"), ("ask", "ingest")}  # ingest sits beside ask
ISOLATED = {("ask", "ingest")}                      # ... but ask never needs ingest
MAX_LINES = 500


def _modules() -> dict[str, Path]:
    out = {}
    for f in sorted(KG.rglob("*.py")):
        rel = f.relative_to(KG.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


def _wing(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def _imports(module: str, path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("kg.")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "kg":
                found |= {f"kg.{a.name}" for a in node.names}
            elif node.module.startswith("kg."):
                found.add(node.module)
                found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


@pytest.fixture(scope="module")
def graph():
    mods = _modules()
    g = nx.DiGraph()
    for m, path in mods.items():
        g.add_node(m)
        for imp in _imports(m, path):
            while imp not in mods and "." in imp:   # kg.ask.names.resolve -> kg.ask.names
                imp = imp.rsplit(".", 1)[0]
            if imp in mods and imp != m and imp != "kg":
                g.add_edge(m, imp)
    return g


def test_every_module_is_in_a_wing():
    loose = [m for m in _modules() if m != "kg" and _wing(m) not in RANK]
    assert not loose, f"modules outside the wings: {loose}"


def test_no_wing_imports_a_higher_one(graph):
    bad = []
    for a, b in graph.edges:
        wa, wb = _wing(a), _wing(b)
        if wa is None or wb is None or wa == wb:
            continue
        if (wa, wb) in ISOLATED or (RANK[wb] > RANK[wa] and (wa, wb) not in SIDEWAYS):
            bad.append(f"{a} -> {b}")
    assert not bad, "imports against the wings: " + "; ".join(bad)


def test_no_import_circles(graph):
    packages = {m for m in graph if (KG.parent / m.replace(".", "/") / "__init__.py").is_file()}
    plain = graph.subgraph(n for n in graph if n not in packages)   # a package's lazy re-exports are not a circle
    cycles = list(nx.simple_cycles(plain))
    assert not cycles, f"import circles: {cycles}"


def test_big_modules_say_why():
    for m, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > MAX_LINES:
            head = text[:3000].lower()
            assert "one piece" in head or "why this module is long" in head, \
                f"{path.relative_to(KG.parent)} has {text.count(chr(10))} lines and does not say why at its top"


def test_each_wing_says_what_lives_there():
    for wing in ("model", "stores", "ask", "render", "web", "ingest"):
        doc = ast.get_docstring(ast.parse((KG / wing / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "import" in doc, f"kg/{wing}/__init__.py should say what lives there and what it may import"
