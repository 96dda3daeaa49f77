#!/usr/bin/env python3
"""Synthetic graphs shaped like ours, for the store benchmark.

Writes a data folder laid out like data/ (``triples/sources.ttl``, ``triples/reference.ttl``
with the place hierarchy, and one ``triples/<doc-id>.ttl`` per source document), plus the same
quads as one N-Quads file (``all.nq``, the input of pyoxigraph's own bulk load).

Shape: provinces > cities > counties; companies, associations and government bodies (a few
hubs: subsidiaries and policies concentrate on some groups and ministries, Zipf-like);
people holding posts; policies issued by bodies and applying to places; events held in places,
organised by and attended by organisations. Each document states its events, policies, posts
and agreements, and repeats the label and type of every entity it mentions, as our curated
documents do, so an entity appears in several named graphs.

Usage: python bench/generate.py --triples 100000 --out /tmp/kgbench/100k [--seed 1]
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

NF = "https://w3id.org/nfkg/id/"
NFO = "https://w3id.org/nfkg/ontology#"
DOC = "https://w3id.org/nfkg/doc/"
GRAPH = "https://w3id.org/nfkg/graph/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
ORG = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"

SYL = ["ba", "bao", "chang", "da", "fu", "gu", "hai", "hua", "jin", "kai", "long", "lu", "ming",
       "nan", "ping", "qing", "shan", "tai", "wei", "xin", "yang", "yu", "zhong", "zhou", "an",
       "heng", "rui", "sheng", "tong", "xiang", "yuan", "feng", "guang", "hong", "jia", "li"]
METALS = ["Magnesium", "Titanium", "Aluminium", "Copper", "Zinc", "Lead", "Nickel", "Cobalt",
          "Lithium", "Tungsten", "Molybdenum", "Rare Earth", "Tin", "Antimony", "Vanadium"]
EVENT_KINDS = ["Conference", "Seminar", "Forum", "Symposium", "Meeting", "Exhibition", "Launch"]
POLICY_KINDS = ["Plan", "ImplementationPlan", "ActionPlan", "Measures", "Notice", "Guide"]
ROLES = ["Chairman", "General Manager", "Secretary-General", "Director", "Vice President",
         "Chief Engineer", "Party Secretary", "President"]


def lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def name(rng, n=2) -> str:
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


class Gen:
    def __init__(self, target: int, seed: int):
        self.rng = random.Random(seed)
        self.target = target
        scale = max(1, target // 10_000)
        r = self.rng
        # reference: places
        self.places, self.reference = [], []
        provinces = [f"province-{i}" for i in range(min(34, 6 + scale))]
        self.pl_label = {}
        for p in provinces:
            self._place(p, "Province", name(r) + " Province", None)
        cities = []
        for i in range(12 * scale):
            c = f"city-{i}"
            self._place(c, "City", name(r) + " City", r.choice(provinces))
            cities.append(c)
        counties = []
        for i in range(40 * scale):
            c = f"county-{i}"
            self._place(c, "County", name(r, 3) + " County", r.choice(cities))
            counties.append(c)
        self.places = provinces + cities + counties
        # actors (not in reference: they are introduced by the documents that mention them)
        self.orgs = {}
        for i in range(300 * scale):
            kind = r.choices(["Company", "IndustryAssociation", "GovernmentBody", "ResearchInstitute"],
                             [70, 8, 15, 7])[0]
            base = name(r, 2)
            metal = r.choice(METALS)
            if kind == "Company":
                label = f"{base} {metal} Co., Ltd."
                alts = [f"{base} {metal}", base.upper()[:4]]
            elif kind == "IndustryAssociation":
                label = f"{base} {metal} Industry Association"
                alts = [f"{base[:1]}{metal[:1]}IA"]
            elif kind == "GovernmentBody":
                label = f"{base} Bureau of Industry and Information Technology"
                alts = [f"{base} MIIT Bureau"]
            else:
                label = f"{base} {metal} Research Institute"
                alts = []
            self.orgs[f"org-{i}"] = (kind, label, alts, r.choice(self.places))
        self.org_ids = list(self.orgs)
        self.used: set[str] = set()
        self.people = {f"person-{i}": name(r, 1) + " " + name(r, 2) for i in range(400 * scale)}
        self.person_ids = list(self.people)
        # Zipf-like weights: a few hubs
        self.org_w = [1.0 / (k + 1) ** 1.1 for k in range(len(self.org_ids))]
        self.place_w = [1.0 / (k + 1) ** 0.9 for k in range(len(self.places))]

    def _place(self, pid, cls, label, parent):
        self.pl_label[pid] = label
        t = [(NF + pid, RDF_TYPE, NFO + cls, None), (NF + pid, LABEL, lit(label), None)]
        if parent:
            t.append((NF + pid, NFO + "locatedIn", NF + parent, None))
        self.reference += t

    def org(self):
        return self.rng.choices(self.org_ids, self.org_w)[0]

    def place(self):
        return self.rng.choices(self.places, self.place_w)[0]

    def date(self):
        r = self.rng
        y = r.randint(2015, 2025)
        form = r.random()
        if form < 0.2:
            return f'"{y}"^^<{XSD}gYear>'
        if form < 0.5:
            return f'"{y}-{r.randint(1, 12):02d}"^^<{XSD}gYearMonth>'
        return f'"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"^^<{XSD}date>'

    def document(self, n: int) -> tuple[str, list[tuple]]:
        """One document: its statements (s, p, o) with o already in N-Triples syntax."""
        r = self.rng
        did = f"{n:06d}-synthetic-report"
        out: list[tuple] = []
        mentioned: set[str] = set()

        def iri(x):
            return f"<{NF}{x}>"

        def add(s, p, o):
            out.append((iri(s), f"<{p}>", o))

        for _ in range(r.randint(2, 5)):      # events
            eid = f"event-{n}-{len(out)}"
            metal = r.choice(METALS)
            kind = r.choice(EVENT_KINDS)
            add(eid, RDF_TYPE, f"<{NFO}{kind}>")
            add(eid, LABEL, lit(f"{r.randint(2015, 2025)} {name(r)} {metal} Industry {kind} {n}"))
            add(eid, NFO + "startDate", self.date())
            pl = self.place()
            add(eid, NFO + "heldIn", iri(pl))
            mentioned.add(pl)
            for o in {self.org() for _ in range(r.randint(1, 3))}:
                add(eid, NFO + "organizedBy", iri(o))
                mentioned.add(o)
            for o in {self.org() for _ in range(r.randint(0, 6))}:
                add(eid, NFO + "participant", iri(o))
                mentioned.add(o)
            for p in {r.choice(self.person_ids) for _ in range(r.randint(0, 3))}:
                add(eid, NFO + "speaker", iri(p))
                mentioned.add(p)
        for _ in range(r.randint(0, 2)):      # policies
            pid = f"policy-{n}-{len(out)}"
            kind = r.choice(POLICY_KINDS)
            add(pid, RDF_TYPE, f"<{NFO}{kind}>")
            add(pid, LABEL, lit(f"{name(r)} {r.choice(METALS)} Industry {kind} {n}"))
            o = self.org()
            add(pid, NFO + "issuedBy", iri(o))
            mentioned.add(o)
            add(pid, NFO + "dateIssued", self.date())
            pl = self.place()
            add(pid, NFO + "appliesTo", iri(pl))
            mentioned.add(pl)
        for _ in range(r.randint(1, 4)):      # posts
            post = f"post-{n}-{len(out)}"
            person, o = r.choice(self.person_ids), self.org()
            add(post, RDF_TYPE, f"<{NFO}Post>")
            add(post, ORG + "heldBy", iri(person))
            add(post, ORG + "postIn", iri(o))
            add(post, NFO + "roleName", lit(r.choice(ROLES)))
            mentioned |= {person, o}
        if r.random() < 0.4:                  # an agreement
            aid = f"agreement-{n}"
            add(aid, RDF_TYPE, f"<{NFO}Agreement>")
            add(aid, LABEL, lit(f"{name(r)} strategic cooperation agreement {n}"))
            add(aid, NFO + "dateSigned", self.date())
            for o in {self.org() for _ in range(r.randint(2, 3))}:
                add(aid, NFO + "party", iri(o))
                mentioned.add(o)
        if r.random() < 0.5:                  # corporate structure
            a, b = self.org(), self.org()
            if a != b:
                add(b, NFO + "subsidiaryOf", iri(a))
                mentioned |= {a, b}
        self.used |= {x for x in mentioned if x in self.orgs}
        for x in sorted(mentioned):           # what the document says about whom it mentions
            if x in self.orgs:
                kind, label, alts, where = self.orgs[x]
                add(x, RDF_TYPE, f"<{NFO}{kind}>")
                add(x, LABEL, lit(label))
                for a in alts:
                    add(x, ALT, lit(a))
                if r.random() < 0.5:
                    add(x, NFO + "locatedIn", iri(where))
            elif x in self.people:
                add(x, RDF_TYPE, f"<{NFO}Person>")
                add(x, LABEL, lit(self.people[x]))
        return did, out


def write(target: int, out: Path, seed: int = 1) -> dict:
    g = Gen(target, seed)
    triples = out / "triples"
    triples.mkdir(parents=True, exist_ok=True)
    for f in triples.glob("*.ttl"):
        f.unlink()
    nq = open(out / "all.nq", "w", encoding="utf-8")
    count = 0

    def nt(s, p, o):
        s = s if s.startswith("<") else f"<{s}>"
        o = o if o.startswith(("<", '"')) else f"<{o}>"
        return f"{s} <{p.strip('<>')}> {o}"

    with open(triples / "reference.ttl", "w", encoding="utf-8") as f:
        for s, p, o, _ in g.reference:
            line = nt(s, p, o)
            f.write(line + " .\n")
            nq.write(f"{line} <{GRAPH}reference> .\n")
            count += 1
    sources = open(triples / "sources.ttl", "w", encoding="utf-8")
    n = 0
    while count < target:
        did, stmts = g.document(n)
        n += 1
        with open(triples / f"{did}.ttl", "w", encoding="utf-8") as f:
            for s, p, o in dict.fromkeys(stmts):
                line = nt(s, p, o)
                f.write(line + " .\n")
                nq.write(f"{line} <{DOC}{did}> .\n")
                count += 1
        for line in (f"<{DOC}{did}> <{RDF_TYPE}> <{NFO}SourceDocument>",
                     f"<{DOC}{did}> <{LABEL}> {lit('Synthetic report ' + str(n))}"):
            sources.write(line + " .\n")
            nq.write(f"{line} <{GRAPH}sources> .\n")
            count += 2 // 2
    sources.close()
    nq.close()
    # a name to look up: the biggest hub, and a mid-sized organisation
    used = [o for o in g.org_ids if o in g.used]      # in Zipf rank order
    hub = g.orgs[used[0]][1]
    mid = g.orgs[used[min(len(used) - 1, 40)]][1]
    return {"triples": count, "documents": n, "hub": hub, "mid": mid,
            "place": g.pl_label["province-0"],
            # names repeat in a synthetic graph of this size: the ends of a path are IRIs
            "path_a": NF + used[min(len(used) - 1, 40)],
            "path_b": NF + used[min(len(used) - 1, 120)]}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=10_000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    print(write(a.triples, a.out, a.seed))
