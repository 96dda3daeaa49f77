"""Draw a seeded random sample of stated triples for a hand audit (see bench/AUDIT.md).

Population: every triple of the document files data/triples/0*.ttl (a document's main file, its
.part2 file and its .figures file; never inferred.*, reference*, sources or names-zh) that links
two entities (object an IRI in the nf: namespace, not skos:inScheme) or an entity and a date
(xsd:date, xsd:gYearMonth, xsd:gYear) or a role (nfo:roleName). Skipped: rdf:type, rdfs:label,
skos:altLabel, nfo:evidence and its blank nodes, nfo:note, and the vocabulary of figures (units,
measures, kinds, comparisons, approximations, growthOf).

    .venv/bin/python bench/audit_sample.py                 # 150 triples, seed 2026
    .venv/bin/python bench/audit_sample.py --seed 7 -n 100
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
TRIPLES = ROOT / "data" / "triples"
SOURCES = ROOT.parent / "shared" / "sources"
NF = "https://w3id.org/nfkg/id/"
NFO = Namespace("https://w3id.org/nfkg/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
DATES = {XSD.date, XSD.gYearMonth, XSD.gYear}
SKIP = {RDF.type, RDFS.label, SKOS.altLabel, SKOS.inScheme, NFO.evidence, NFO.note,
        # the vocabulary of figures (some units are nf: IRIs): not facts about entities
        NFO.unit, NFO.baseUnit, NFO.measure, NFO.figureKind, NFO.comparison,
        NFO.approximation, NFO.growthOf}


def document_files() -> list[Path]:
    return sorted(p for p in TRIPLES.glob("0*.ttl"))


def doc_id(path: Path) -> str:
    return path.name.split(".", 1)[0]


def population() -> tuple[list[tuple], dict[Path, Graph]]:
    rows, graphs = [], {}
    for path in document_files():
        g = Graph().parse(path, format="turtle")
        graphs[path] = g
        for s, p, o in g:
            if isinstance(s, BNode) or p in SKIP:
                continue
            if isinstance(o, URIRef) and str(o).startswith(NF):
                pass
            elif isinstance(o, Literal) and (o.datatype in DATES or p == NFO.roleName):
                pass
            else:
                continue
            rows.append((path.name, s, p, o))
    rows.sort(key=lambda r: (r[0], str(r[1]), str(r[2]), str(r[3])))
    return rows, graphs


def draw(rows: list, seed: int, n: int) -> list:
    return random.Random(seed).sample(rows, min(n, len(rows)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument("--brief", action="store_true", help="one line per triple, no evidence text")
    a = ap.parse_args(argv)

    rows, graphs = population()
    union = Graph()
    for g in graphs.values():
        union += g
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SOURCES.glob("*.txt")}

    sample = draw(rows, a.seed, a.n)
    print(f"# population {len(rows)} triples; sample {len(sample)}; seed {a.seed}")

    def label(x):
        if isinstance(x, Literal):
            return f'"{x}"'
        lab = union.value(x, RDFS.label)
        return f"{union.qname(x)} [{lab}]" if lab is not None else union.qname(x)

    for i, (fname, s, p, o) in enumerate(sample, 1):
        print(f"\n{i:3d}. {fname}\n     {label(s)}\n     {union.qname(p)}\n     {label(o)}")
        if a.brief:
            continue
        g = graphs[TRIPLES / fname]
        for ev in g.objects(s, NFO.evidence):
            src = str(g.value(ev, OA.hasSource)).rsplit("/", 1)[-1]
            sel = g.value(ev, OA.hasSelector)
            start, end = int(g.value(sel, OA.start)), int(g.value(sel, OA.end))
            text = texts.get(src, "")[start:end].replace("\n", " ")
            print(f"     evidence {src[:3]} [{start}:{end}]: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
