"""The fast paths of `kg ingest` give what the slow ones gave: the draft's Turtle, written
straight from the draft (no rdflib graph), parses back to exactly the draft's graph
(:func:`kg.ingest.draft.to_graph`), strange labels included; and a draft made from the cached
ingest snapshot is byte-identical to one made from the loaded graph."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.ingest.draft import to_graph, to_turtle
from kg.ingest.model import Draft, Entity, Span
from kg.ingest.pipeline import ingest
from kg.ingest.text import read_article
from kg.model.namespaces import NF, NFO, RDFS

ARTICLES = Path(__file__).resolve().parent / "articles"


def _canon(g: Graph) -> Counter:
    """The triples, each blank node replaced by what it holds (exact for the tree-shaped blank
    nodes of a draft, and fast where rdflib's isomorphism check is slow on many alike nodes)."""
    def c(t):
        if isinstance(t, BNode):
            return frozenset((p, c(o)) for p, o in g.predicate_objects(t))
        return t
    return Counter((s, p, c(o)) for s, p, o in g if not isinstance(s, BNode))


def _same_graph(turtle: str, draft: Draft, with_catalogue: bool = True) -> None:
    parsed = Graph().parse(data=turtle, format="turtle")
    expected = to_graph(draft, with_catalogue=with_catalogue)
    assert len(parsed) == len(expected) and _canon(parsed) == _canon(expected)


@pytest.fixture(scope="module")
def drafts(kg, sources_dir):
    """Drafts of the largest source text and of every test article."""
    paths = [next(sources_dir.glob("003-*.txt"))] + sorted(ARTICLES.glob("*.txt"))
    return {p.name: ingest(kg, read_article(p), "x-speed") for p in paths}


def test_draft_turtle_parses_to_the_draft_graph(drafts):
    for name, draft in drafts.items():
        text = to_turtle(draft)
        _same_graph(text, draft)
        _same_graph(to_turtle(draft, with_catalogue=False), draft, with_catalogue=False)
        # every proposed node has its one marker line, right under its block
        marked = {ln.split()[0] for ln in text.splitlines() if ln.endswith("# DRAFT")}
        assert len(marked) == len(draft.entities), name
        kept = "\n".join(ln for ln in text.splitlines() if not ln.endswith("# DRAFT"))
        assert not list(Graph().parse(data=kept, format="turtle").triples(
            (None, NFO.draft, None))), name


def test_strange_labels_are_escaped_and_round_trip(tmp_path):
    """Quotes, backslashes, newlines, tabs, escape sequences, bidi overrides, non-ASCII and a
    file name with a newline: the file stays one line per statement part, holds no raw control
    character, and parses back to the draft's graph."""
    labels = ['Say "hi" \\ there', "two\nlines\r\nand\ttab", "\x1b[31mred\x1b[0m",
              "evil\u202eoverride", "镁合金 Åland", "ends with dot."]
    draft = Draft("x-1", "text " * 20, "0" * 64, "a\nb.txt", 'Title "x"\n# not a comment',
                  None, "Some Publisher", "http://example.org/a?b=c")
    for i, label in enumerate(labels):
        ent = Entity(NF[f"odd-{i}"], NFO.Company, label, False, "rule:odd\x07", 0.3 + i / 10,
                     aliases={label + " Ltd", "\x00nul"})
        ent.mentions = [Span(i, i + 3), Span(i, i + 3), Span(10 + i, 20)]
        ent.add(RDFS.comment, Literal(label, lang="en"), Span(0, 1), "rule:note")
        ent.add(NFO.roleName, Literal("7", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")),
                Span(0, 1), "rule:n")
        draft.entities[ent.iri] = ent
    odd = URIRef("https://w3id.org/nfkg/id/with space>and{braces}")
    draft.entities[odd] = Entity(odd, NFO.Company, "odd IRI", False, "r", 1.0, mentions=[Span(0, 4)])
    text = to_turtle(draft)
    assert not any(c in text for c in "\x00\x07\x1b\r\t\u202e")
    # the header comment stays a comment: the file name's newline is escaped
    assert all(ln.startswith("#") for ln in text.split("@prefix", 1)[0].splitlines())
    _same_graph(text, draft)
    # no prefix declared that the file does not use, none used that it does not declare
    declared = {ln.split()[1][:-1] for ln in text.splitlines() if ln.startswith("@prefix")}
    assert "nf" in declared and "foaf" not in declared
