"""Leave-one-out evaluation of `kg ingest` against the curated files (issue 10).

For each of the five documents: copy data/ to a temporary folder without that document's files
(triples/<doc>*.ttl and triples/inferred.<doc>.ttl), load it, ingest the document's text from
the source folder, and compare the draft with the curated file:

* known: curated entities the reduced graph still knows -> recall of them among the draft's
  linked entities; precision = linked entities that the curated file (or its inferred file)
  names / all linked entities (an entity the curators did not record counts as an error);
* new: curated entities of the core classes the reduced graph does not know -> recall of them
  among the draft's new entities (same normalised label or alias; a second, relaxed column
  accepts a draft name that contains the curated name or is contained in it);
* relations: pairs of entities the curated file links (directly, or through one relation node:
  a post, award grant or membership) -> recall among the draft's pairs, same rule;
* dates: (entity, date) pairs of the curated file -> the draft gives the matched entity that date.

Usage: python bench/ingest_eval.py [--docs 000,003] [--out bench/INGEST.md] [--json]
"""
from __future__ import annotations

import argparse
import datetime
import functools
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest.pipeline import ingest  # noqa: E402
from kg.ingest.reading.text import normalise_name, read_article  # noqa: E402
from kg.model.evidence import find_sources_dir  # noqa: E402
from kg.model.graph import load  # noqa: E402
from kg.model.namespaces import NF, NFO, OA, SKIP  # noqa: E402

DOCS = ["000-titanium-industry-conference-2025", "001-shaanxi-nonferrous-carbon-peaking",
        "002-cnia-q1-2025-press-conference", "003-magnesium-industry-2024-major-events",
        "004-aluminium-industry-15th-five-year-plan"]
RELATION_NODES = {NFO.Post, NFO.AwardGrant, NFO.Membership}
SKIP_CLASSES = {NFO.Observation, NFO.Inference, NFO.SourceDocument}
CORE = {"Organization", "GovernmentBody", "PartyOrganization", "AdvisoryBody",
        "IndustryAssociation", "AssociationBranch", "Company", "ResearchInstitute", "University",
        "ResearchTeam", "Alliance", "MediaOutlet", "Fund", "InternationalOrganization", "Person",
        "Place", "Country", "Province", "City", "County", "Region", "Site", "Policy",
        "PolicyDocument", "Plan", "ImplementationPlan", "ActionPlan", "Measures", "Catalogue",
        "Notice", "Guide", "Report", "Initiative", "Standard", "NationalStandard",
        "IndustryStandard", "GroupStandard", "Event", "Conference", "AnnualMeeting", "Seminar",
        "Symposium", "Forum", "PressConference", "Meeting", "SigningCeremony", "Launch",
        "Exhibition", "Milestone", "AwardCeremony", "Agreement", "Project"}
CORE_ORG = {"Organization", "GovernmentBody", "PartyOrganization", "AdvisoryBody",
            "IndustryAssociation", "AssociationBranch", "Company", "ResearchInstitute",
            "University", "ResearchTeam", "Alliance", "MediaOutlet", "Fund",
            "InternationalOrganization"}
CORE_PLACE = {"Place", "Country", "Province", "City", "County", "Region", "Site"}
CORE_EVENT = {"Event", "Conference", "AnnualMeeting", "Seminar", "Symposium", "Forum",
              "PressConference", "Meeting", "SigningCeremony", "Launch", "Exhibition",
              "Milestone", "AwardCeremony"}
CORE_POLICY = {"Policy", "PolicyDocument", "Plan", "ImplementationPlan", "ActionPlan",
               "Measures", "Catalogue", "Notice", "Guide", "Report", "Initiative", "Standard",
               "NationalStandard", "IndustryStandard", "GroupStandard"}
# the day a yearless dateline's year is read against ("Nov. 9 ... said on Monday": the latest
# year whose Nov. 9 fits): pinned to the day the gold sets' floors were measured, so that the
# scores do not change with the calendar (None: the real today, as `kg ingest` reads it)
EVAL_TODAY = datetime.date(2026, 12, 2)
DETAIL: dict = {}     # per document: the graphs and matches behind its row (for analysis)
# (a planned date counts as a date: compared by entity and value, a step the draft marks as
# planned matches gold that records the plan as the step's start date)
DATE_PREDS = {NFO.startDate, NFO.endDate, NFO.dateIssued, NFO.dateInForce, NFO.dateSigned,
              NFO.plannedDate}


def local(c) -> str:
    return str(c).rsplit("#", 1)[-1]


def curated_graph(data: Path, doc: str) -> Graph:
    g = Graph()
    for f in sorted((data / "triples").glob(f"{doc}*.ttl")):
        if ".figures." not in f.name:
            g.parse(f, format="turtle")
    return g


def entities(g: Graph) -> dict[URIRef, set[URIRef]]:
    out: dict = {}
    for s, c in g.subject_objects(RDF.type):
        if isinstance(s, URIRef) and str(s).startswith(str(NF)):
            out.setdefault(s, set()).add(c)
    return {s: cs for s, cs in out.items() if not cs & SKIP_CLASSES}


def names(g: Graph, s) -> set[str]:
    return {normalise_name(str(o)) for p in (RDFS.label, SKOS.altLabel) for o in g.objects(s, p)
            if isinstance(o, Literal) and (not o.language or o.language == "en")}


KINDS = {"org": CORE_ORG, "person": {"Person"}, "place": CORE_PLACE, "event": CORE_EVENT,
         "policy": CORE_POLICY}


def gkind(classes) -> str:
    for c in classes:
        for k, members in KINDS.items():
            if local(c) in members:
                return k
    return local(sorted(classes)[0]) if classes else ""


def spans(g: Graph) -> dict:
    out: dict = {}
    for s, ev in g.subject_objects(NFO.evidence):
        for sel in g.objects(ev, OA.hasSelector):
            a, b = g.value(sel, OA.start), g.value(sel, OA.end)
            if a is not None and b is not None:
                out.setdefault(s, []).append((int(a), int(b)))
    return out


def only_inside_names(candidates, gspans, gold: Graph, gents, text: str,
                      kg_names: dict) -> set:
    """The entities of ``candidates`` every place of which in the text (one of its names, or an
    evidence span of it) lies strictly inside a place where the text prints another entity by
    one of its names: an entity of ``gold`` (relation nodes aside), or one of several words the
    graph knows (a university, a company of another text). ``kg_names``: {subject: its names}
    of the graph (:func:`graph_names`)."""
    fold = folded(text)
    at = {t: printed_at(text, names(gold, t) | kg_names.get(t, set()), fold)
          for t in gents if not gents[t] & RELATION_NODES}
    known = {t: printed_at(text, {n for n in kg_names[t] if " " in n}, fold)
             for t in set(kg_names) - set(gents)}
    out = set()
    for s in candidates:
        own = sorted(set(at.get(s, [])) | set(gspans.get(s, [])))
        holders = [sp for table in (at, known) for t, v in table.items() if t != s for sp in v]
        if own and all(any(a <= x and y <= b and (a, b) != (x, y) for a, b in holders)
                       for x, y in own):
            out.add(s)
    return out


# the characters outside ASCII that match an ASCII letter under re.IGNORECASE (Python's re:
# the dotted and dotless I, the long s, the Kelvin sign), as that letter
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(text: str) -> str:
    """``text`` in lower case with the few other characters that match an ASCII letter under
    re.IGNORECASE written as that letter: a word of ASCII characters that :func:`name_pattern`
    finds in ``text`` is a substring of this (the quick test of :func:`printed_at`)."""
    return text.translate(_FOLD).lower()


def printed_at(text: str, wanted: set[str], fold: str | None = None) -> list[tuple[int, int]]:
    """Where ``text`` prints one of the names ``wanted`` (normalised), as whole words. ``fold``:
    :func:`folded` of ``text``; a name one of whose words (of ASCII characters) is not in it
    is not printed, and its pattern is not run (thousands of the graph's names per text)."""
    out = []
    for n in wanted:
        if len(n) < 2:
            continue
        if fold is not None and any(w not in fold for w in ascii_words(n)):
            continue
        out += [(m.start(), m.end()) for m in name_pattern(n).finditer(text)]
    return out


@functools.lru_cache(maxsize=None)
def ascii_words(name: str) -> tuple:
    """The words of ``name`` (as :func:`name_pattern` splits it) made of ASCII characters only,
    in lower case."""
    return tuple(w.lower() for w in name.split() if w.isascii())


@functools.lru_cache(maxsize=None)
def name_pattern(name: str) -> re.Pattern:
    """A name as a whole-word pattern (its words joined by spaces or hyphens), compiled once:
    each comparison looks up every name the graph knows, far more than re's own cache holds."""
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?![\w-])", re.I)


def span_match(gold_spans, kind, dspans, dents):
    """A draft entity of the same kind with a mention covering at least half of the union of it
    and one of the curated entity's evidence spans (intersection over union >= 0.5)."""
    best, best_iou = None, 0.5
    for d, ds in dspans.items():
        if d not in dents or gkind(dents[d]) != kind or dents[d] & RELATION_NODES:
            continue
        for a, b in gold_spans:
            for c, e in ds:
                inter = min(b, e) - max(a, c)
                if inter <= 0:
                    continue
                iou = inter / (max(b, e) - min(a, c))
                if iou >= best_iou:
                    best, best_iou = d, iou
    return best


def span_contain(gold_spans, kind, dspans, dents, taken):
    """Else a draft entity of the same kind, not matched to another curated entity, whose mention
    lies inside one of the curated evidence spans (a name inside the clause the curators quoted)
    or holds it (the clause the draft proposed around the curated phrase), when it is the only
    such draft entity: the reviewer sees the same thing, proposed under a shorter or longer span."""
    found = set()
    for d, ds in dspans.items():
        if d in taken or d not in dents or gkind(dents[d]) != kind or dents[d] & RELATION_NODES:
            continue
        for a, b in gold_spans:
            if any((a <= c and e <= b) or (c <= a and b <= e) for c, e in ds):
                found.add(d)
    return found.pop() if len(found) == 1 else None


def joined(g: Graph, r, ents: dict) -> set:
    """The entities (relation nodes aside) a relation node ``r`` is joined to in ``g``."""
    def plain(x):
        return x in ents and not ents[x] & RELATION_NODES
    return {o for p, o in g.predicate_objects(r) if p not in SKIP and plain(o)} | \
        {s for s, p in g.subject_predicates(r) if p not in SKIP and plain(s)}


def relation_matches(gold: Graph, gents: dict, mapping: dict, dg: Graph, dents: dict) -> dict:
    """{curated relation node: draft relation node}: a curated post, award grant or membership
    whose joined entities (two or more) are all matched is the draft's node of the same class
    that joins every one of their matches (each draft node matched once). Without it the dates
    the curators record on such nodes (a post's start) could never be found, however right the
    draft's were."""
    drafts = {d: joined(dg, d, dents) for d, cs in dents.items() if cs & RELATION_NODES}
    out, used = {}, set()
    for r in sorted(s for s, cs in gents.items() if cs & RELATION_NODES):
        ends = joined(gold, r, gents)
        if len(ends) < 2 or any(mapping.get(x) is None for x in ends):
            continue
        want = {mapping[x] for x in ends}
        hit = next((d for d in sorted(drafts) if d not in used
                    and dents[d] & gents[r] & RELATION_NODES and want <= drafts[d]), None)
        if hit is not None:
            out[r] = hit
            used.add(hit)
    return out


def pairs(g: Graph, ents: dict) -> set[frozenset]:
    """Entity pairs linked directly, or through one relation node (post, award grant...)."""
    out = set()
    rel = {s for s, cs in ents.items() if cs & RELATION_NODES}
    for s, p, o in g:
        if p in SKIP or p in (NFO.proposedBy, NFO.draft) or not isinstance(o, URIRef):
            continue
        if s in ents and o in ents and s not in rel and o not in rel and s != o:
            out.add(frozenset((s, o)))
    for r in rel:
        around = {o for p, o in g.predicate_objects(r) if o in ents and p not in SKIP} | \
                 {s for s, p in g.subject_predicates(r) if s in ents and p not in SKIP}
        around = sorted(around)
        for i, a in enumerate(around):
            for b in around[i + 1:]:
                out.add(frozenset((a, b)))
    return out


def evaluate(doc: str, data: Path, sources: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        reduced = Path(tmp) / "data"
        shutil.copytree(data, reduced)
        for f in (reduced / "triples").glob(f"{doc}*.ttl"):
            f.unlink()
        inf = reduced / "triples" / f"inferred.{doc}.ttl"
        if inf.exists():
            inf.unlink()
        kg = load(reduced, cache=False)
        gold = curated_graph(data, doc)
        gold_all = Graph() + gold
        inf_file = data / "triples" / f"inferred.{doc}.ttl"
        if inf_file.exists():
            gold_all.parse(inf_file, format="turtle")
        return compare(kg, read_article(sources / f"{doc}.txt"), doc + "-eval", gold, gold_all,
                       name=doc)


_GRAPH_NAMES: list = []     # [(the union graph, its size, graph_names of it)]: the last graph


def graph_names(kg) -> tuple:
    """(the IRIs typed in ``kg``, {subject: its English or untagged names, normalised} of every
    subject with a label or altLabel, {normalised name: the subjects it names}). Made once per
    loaded graph (the last one is kept, with its size to notice a change): every comparison
    against the same graph reads the same tables (a set's articles, the floors' sets)."""
    union = kg.union
    size = len(union)
    if _GRAPH_NAMES and _GRAPH_NAMES[0][0] is union and _GRAPH_NAMES[0][1] == size:
        return _GRAPH_NAMES[0][2]
    known_iris = {s for s in union.subjects(RDF.type) if isinstance(s, URIRef)}
    by_subject: dict = {}
    name_owners: dict = {}
    for p in (RDFS.label, SKOS.altLabel):
        for x, _, o in union.triples((None, p, None)):
            own = by_subject.setdefault(x, set())
            if isinstance(o, Literal) and (not o.language or o.language == "en"):
                n = normalise_name(str(o))
                own.add(n)
                name_owners.setdefault(n, set()).add(x)
    out = (known_iris, by_subject, name_owners)
    _GRAPH_NAMES[:] = [(union, size, out)]
    return out


# (article, line) for each group of rules a rule's failure cut short (kg/ingest/stages.py): a
# draft scored without them is no measurement of the rules; the scripts that measure exit 3
SKIPPED: list[tuple[str, str]] = []


def report_skipped(doc: str, draft) -> None:
    """Print (on standard error) and keep each group of rules that failed on ``doc``'s text and
    was skipped (outside the test suite a failing rule does not stop the draft): loud, so a
    measurement never silently scores a draft cut short by a failing rule."""
    from kg.ingest.stages import skipped
    for line in skipped(draft):
        SKIPPED.append((doc, line))
        print(f"RULES FAILED on {doc}: {line}", file=sys.stderr, flush=True)


def skipped_status(status: int) -> int:
    """``status``, or 3 when a group of rules failed on some article (:data:`SKIPPED`), with a
    count on standard error."""
    if not SKIPPED:
        return status
    print(f"error: rules failed on {len({d for d, _ in SKIPPED})} article(s) and were skipped "
          f"({len(SKIPPED)} group(s); 'RULES FAILED' lines above): the scores lack what they "
          "propose", file=sys.stderr)
    return status or 3


def compare(kg, article, doc_id: str, gold: Graph, gold_all: Graph | None = None,
            name: str | None = None) -> dict:
    """Ingest ``article`` against ``kg`` (what is known) and compare the draft with ``gold``
    (the curated reading; ``gold_all`` adds what the curators inferred): one row of the table,
    under ``name`` (default: ``doc_id``). Used by the leave-one-out and by
    bench/ingest_unseen.py (held-out articles against the full graph)."""
    doc = name or doc_id
    gold_all = gold if gold_all is None else gold_all
    t0 = time.perf_counter()
    draft = ingest(kg, article, doc_id, today=EVAL_TODAY)
    seconds = time.perf_counter() - t0
    report_skipped(doc, draft)
    known_iris, kg_names, name_owners = graph_names(kg)
    gents = entities(gold)
    named = {x for t in gold_all for x in (t[0], t[2]) if isinstance(x, URIRef)}
    from kg.ingest.output.draft import to_graph
    dg = to_graph(draft, with_catalogue=False)
    dents = entities(dg)

    plain = {s: cs for s, cs in gents.items() if not cs & RELATION_NODES}
    gold_known = {s for s in plain if s in known_iris}
    gold_new = {s for s in plain if s not in known_iris}
    gold_new_core = {s for s in gold_new if any(local(c) in CORE for c in gents[s])}
    linked = {e.iri for e in draft.known()}
    # a known name the curated file records only as a word of another name it records
    # ("Sichuan" in "Sichuan Lomon Titanium Co., Ltd.", "Wenchang" in "Wenchang Space Launch
    # Site"): the issue's longest-match rule lets a draft leave it out, so it is not one to
    # find (a link to it is still right); the fresh gold of bench/unseen4-7 records none
    gspans = spans(gold)
    inside_names = only_inside_names(gold_known, gspans, gold, gents, draft.text, kg_names)
    to_find = gold_known - inside_names
    known_recall = len(to_find & linked) / max(1, len(to_find))

    new_ents = [e for e in draft.new() if not e.role]
    new_names = {}
    for e in new_ents:
        for n in {normalise_name(e.label)} | {normalise_name(a) for a in e.aliases}:
            new_names.setdefault(n, e.iri)
    dspans = spans(dg)
    # a known entity is itself in the draft, whether or not the draft links a mention of it
    # (a metal printed only inside a name is the object of the name's concernsMetal)
    mapping = {s: s for s in gold_known}
    by_name = 0
    for s in sorted(gold_new):
        hit = next((new_names[n] for n in sorted(names(gold, s)) if n in new_names), None)
        if hit is not None:
            by_name += s in gold_new_core
        else:       # the same stretch of text, read as the same kind of thing
            hit = span_match(gspans.get(s, []), gkind(gents[s]), dspans, dents)
        if hit is not None:
            mapping[s] = hit
    taken = set(mapping.values())
    for s in sorted(gold_new):
        if s not in mapping:
            hit = span_contain(gspans.get(s, []), gkind(gents[s]), dspans, dents, taken)
            if hit is not None:
                mapping[s] = hit
                taken.add(hit)
    # a relation node (a post, an award grant, a membership) is the draft's node of its class
    # that joins the same matched entities: the dates stated for it are compared there
    mapping.update(relation_matches(gold, gents, mapping, dg, dents))
    new_recall = len([s for s in gold_new_core if s in mapping]) / max(1, len(gold_new_core))
    new_by_name = by_name / max(1, len(gold_new_core))

    # a link the curated files do not record is still right when every mention is the entity's
    # own full name, no other entity has that name, and no curated name-sized span holds it
    unrecorded = set()
    short = [(a, b) for v in gspans.values() for a, b in v if b - a <= 150]
    for e in draft.known():
        if e.iri in named:
            continue
        own = kg_names.get(e.iri, set())
        if all(normalise_name(draft.text[m.start:m.end]) in own
               and len(name_owners.get(normalise_name(draft.text[m.start:m.end]), ())) == 1
               and not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                           for a, b in short)
               for m in e.mentions):
            unrecorded.add(e.iri)
    known_precision = len(linked & (named | unrecorded)) / max(1, len(linked))

    gpairs = pairs(gold, gents)
    dpairs = pairs(dg, dents)
    found = sum(1 for p in gpairs if len(p) == 2 and
                frozenset(mapping.get(x) for x in p) in dpairs and None not in {mapping.get(x) for x in p})
    rel_recall = found / max(1, len(gpairs))
    # precision: proposed pairs the curated file also links (on the matched entities)
    gold_on_draft = {frozenset(mapping[x] for x in p) for p in gpairs
                     if len(p) == 2 and all(mapping.get(x) is not None for x in p)}
    rel_precision = len(dpairs & gold_on_draft) / max(1, len(dpairs))
    rules: dict = {}
    for pair, rule in _draft_pairs(draft):
        # (a rule's statements marked planned by the mood of their clause count as the rule's)
        row = rules.setdefault(rule.split("@", 1)[0].split("+", 1)[0], [0, 0])
        row[0] += 1
        row[1] += pair in gold_on_draft
    DETAIL[doc] = {"gold": gold, "gents": gents, "gpairs": gpairs, "dpairs": dpairs,
                   "mapping": mapping, "draft": draft, "dg": dg, "dents": dents, "kg": kg,
                   "gold_new_core": gold_new_core}

    gdates = {(s, str(o)) for s, p, o in gold if p in DATE_PREDS and s in gents}
    ddates = {(s, str(o)) for s, p, o in dg if p in DATE_PREDS}
    ddate_values = {v for _, v in ddates}
    date_hits = sum(1 for s, v in gdates if (mapping.get(s), v) in ddates)
    date_value_hits = sum(1 for s, v in gdates if v in ddate_values)
    misses = {
        "known": sorted(f"{s.rsplit('/', 1)[-1]} {sorted(names(gold, s))[:2]}"
                        for s in to_find - linked),
        "wrong_links": sorted(f"{e.iri.rsplit('/', 1)[-1]} "
                              f"{[draft.text[m.start:m.end] for m in e.mentions[:3]]}"
                              for e in draft.known() if e.iri not in named),
        "new": sorted(f"{local(sorted(gents[s])[0])} {sorted(names(gold, s))[:2]}"
                      for s in gold_new_core if s not in mapping),
        "relations": sorted(" -- ".join(sorted(f"{x.rsplit('/', 1)[-1]}"
                                               f"{'' if mapping.get(x) else '(unmatched)'}"
                                               for x in p))
                            for p in gpairs if not (None not in {mapping.get(x) for x in p}
                                                    and frozenset(mapping.get(x) for x in p)
                                                    in dpairs)),
        "dates": sorted(f"{s.rsplit('/', 1)[-1]}{'' if mapping.get(s) else '(unmatched)'} {v}"
                        for s, v in gdates if (mapping.get(s), v) not in ddates),
    }
    return {
        "misses": misses,
        "doc": doc, "seconds": round(seconds, 2),
        "known": len(to_find), "inside_names": len(inside_names),
        "known_recall": round(known_recall, 3),
        "linked": len(linked), "known_precision": round(known_precision, 3),
        "new_core": len(gold_new_core), "new_recall": round(new_recall, 3),
        "new_recall_name": round(new_by_name, 3), "unrecorded": len(unrecorded),
        "relations": len(gpairs), "relation_recall": round(rel_recall, 3),
        "proposed_pairs": len(dpairs), "relation_precision": round(rel_precision, 3),
        "rules": rules,
        "dates": len(gdates), "date_recall": round(date_hits / max(1, len(gdates)), 3),
        "date_value_recall": round(date_value_hits / max(1, len(gdates)), 3),
    }


COLUMNS = [("doc", "document"), ("known", "known (curated)"),
           ("inside_names", "known only inside names (not counted)"),
           ("known_recall", "known recall"),
           ("linked", "linked"), ("unrecorded", "of which unrecorded"),
           ("known_precision", "link precision"),
           ("new_core", "new core (curated)"), ("new_recall", "new recall"),
           ("new_recall_name", "new recall (by name only)"), ("relations", "relations (curated)"),
           ("relation_recall", "relation recall"), ("proposed_pairs", "pairs proposed"),
           ("relation_precision", "relation precision"), ("dates", "dates (curated)"),
           ("date_recall", "date recall (on entity)"), ("date_value_recall", "date value recall"),
           ("seconds", "ingest s")]


def _draft_pairs(draft):
    """(entity pair, rule) for each relation the draft proposes (a relation node's statements
    pair up the things it links)."""
    for ent in draft.entities.values():
        objs = [(o, r) for p, o, _, r in ent.statements if isinstance(o, URIRef)]
        if ent.cls in RELATION_NODES:
            for i, (a, r) in enumerate(objs):
                for b, _ in objs[i + 1:]:
                    if a != b:
                        yield frozenset((a, b)), r
        else:
            for o, r in objs:
                if o != ent.iri:
                    yield frozenset((ent.iri, o)), r


def micro(rows: list[dict]) -> dict:
    def avg(k, w):
        tot = sum(r[w] for r in rows)
        return round(sum(r[k] * r[w] for r in rows) / max(1, tot), 3)
    out = {"doc": "all (micro)", "seconds": round(sum(r["seconds"] for r in rows), 2)}
    for k, w in [("known_recall", "known"), ("known_precision", "linked"),
                 ("new_recall", "new_core"), ("new_recall_name", "new_core"),
                 ("relation_recall", "relations"), ("relation_precision", "proposed_pairs"),
                 ("date_recall", "dates"),
                 ("date_value_recall", "dates")]:
        out[k] = avg(k, w)
    for w in ("known", "inside_names", "linked", "unrecorded", "new_core", "relations",
              "proposed_pairs", "dates"):
        out[w] = sum(r[w] for r in rows)
    return out


def markdown(rows: list[dict]) -> str:
    head = "| " + " | ".join(t for _, t in COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n"
    body = "".join("| " + " | ".join(str(r[k]) for k, _ in COLUMNS) + " |\n" for r in rows)
    return head + body


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", default=",".join(d[:3] for d in DOCS))
    ap.add_argument("--data", type=Path, default=ROOT / "data")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rules", action="store_true",
                    help="print each relation rule's proposals and how many the curated files "
                         "also link (its precision)")
    ap.add_argument("--misses", action="store_true",
                    help="print what each document's draft missed (to find the next rule)")
    a = ap.parse_args(argv)
    sources = find_sources_dir()
    if sources is None:
        print("error: source texts not found (set KG_SOURCES)", file=sys.stderr)
        return 1
    want = [d for d in DOCS if d[:3] in a.docs.split(",")]
    rows = [evaluate(d, a.data, sources) for d in want]
    if a.misses:
        for r in rows:
            for k, v in r["misses"].items():
                print(f"## {r['doc']} {k} ({len(v)})")
                print("\n".join("  " + x for x in v))
    tot: dict = {}
    for r in rows:
        for rule, (n, ok) in r["rules"].items():
            t = tot.setdefault(rule, [0, 0])
            t[0] += n
            t[1] += ok
    rules_md = "| relation rule | pairs proposed | curated | precision |\n|---|---|---|---|\n" + "".join(
        f"| {rule} | {n} | {ok} | {ok / max(1, n):.2f} |\n"
        for rule, (n, ok) in sorted(tot.items(), key=lambda x: (-x[1][0], x[0])))
    if a.rules:
        print(rules_md)
    for r in rows:
        r.pop("misses")
        r.pop("rules")
    rows.append(micro(rows))
    if a.json:
        print(json.dumps(rows, indent=1))
    else:
        print(markdown(rows))
    if a.out:
        a.out.write_text(TEMPLATE.format(table=markdown(rows), rules=rules_md), encoding="utf-8")
    return 0


TEMPLATE = """# `kg ingest`: leave-one-out evaluation

Made by `python bench/ingest_eval.py --out bench/INGEST.md` (see the script's docstring for
what each column counts; `--misses` prints, per document, what the draft missed). For each
document, the graph is loaded without that document's files, its text is ingested, and the draft
is compared with the curated file.

{table}
Targets (issue 10): known recall >= 0.95, link precision >= 0.97, new core recall >= 0.75,
relation recall >= 0.5, dates >= 0.9.

How the comparison is made fair (and where it stays strict):
- A curated entity the reduced graph does not know is matched to a draft entity by the same
  normalised label or alias, or else by the same stretch of text read as the same kind of thing
  (a draft mention and a curated evidence span overlapping by at least half of their union, both
  organisations, people, places, events or policies). "new recall (by name only)" is the strict
  column. Relations and dates are compared on that matched entity, not only on an equal IRI.
- Relations count entity pairs linked directly or through one relation node (post, award grant,
  membership) on either side.
- A linked entity the curated files (document + its inferred file) never name is an error, unless
  every one of its mentions is that entity's own full label or alias, no other entity has that
  name, and no curated name-sized span (<= 150 characters) holds it; those are counted in "of
  which unrecorded" (the curators did not record every place or field a text names in passing).

## Relation rules

Each rule's proposed pairs on all five documents, how many the curated files also link, and the
share (`--rules`). Rules named `cooccur:*` and `prior:*` (with the learned rate in the name) are
statistical guesses and carry low confidences; the rest are cue rules.

{rules}
## Speed

`python bench/ingest_speed.py --runs 5 --big-mb 10` (whole processes, best of N, compiled
bytecode kept as an installed package keeps it). The machine is shared with other engineers'
test runs (load average 3-9 on 2 cores), so wall times say little; the steadier measures are
the CPU seconds (best of 10) and the instruction count of one warm run (`valgrind
--tool=callgrind`, after a warm-up run).

| run | instructions | CPU |
|---|---|---|
| `kg linked Fugu` (link index) | 0.83 G | 0.14-0.15 s |
| `kg ingest` 003 at the start of this round (f7e1526) | 3.99 G (4.8x) | 0.52 s (3.5x) |
| `kg ingest` 003 at 2e3332c, with this round's speed changes and the rules added meanwhile | 3.74 G (4.5x) | 0.44-0.45 s = 3.0-3.1x |
| `kg ingest` 10.5 MB (003 repeated) | | 59.4 s (was 73.1 s), peak RSS 701 MB (699 MB) |
| `kg ingest` 10 MB on one line with no full stop | | 62.1 s (was 133.5 s), peak RSS 681 MB |

`bench/ingest_speed.py --runs 5 --big-mb 10` at 2e3332c, load 3.4: `kg linked Fugu` CPU 0.14 s;
`kg ingest` 003 CPU 0.45 s = 3.10x (wall 0.56 s); 10.5 MB in 59.4 s of CPU (110.6 s wall). The
same tree with and without this round's speed changes, runs alternated (each with its own
`KG_CACHE_DIR`, best of 10, load 3.8): 0.494 s without, 0.433 s with (-12%).

Target (<= 3x `kg linked Fugu`): met by the best CPU times (0.442 s against 0.147 s, load 3.6),
with no headroom (the aim was 2.6x). What changed, each with the same drafts byte for byte (the
five sources and the three dev sets, drafted with and without the change on one tree) and the
same leave-one-out table:
- the command freezes what the run leaves alive (`gc.freeze`) before the cycle collector
  resumes: with the collector paused during the run, some 60,000 objects sat in its youngest
  generation, and the table printed after and the end of the process walked them all
  (0.517 -> 0.455 s of CPU; the next run in the same process thaws them first);
- the kept compiled patterns are a pickle of plain values (the code as bytes, read by an
  unpickler that refuses any class) instead of JSON with base64 text: 8.4 -> 2.2 ms to read;
- event roles: one pattern joining the 18 cues gates each sentence (14.6 -> 4.7 ms on 003);
- the snapshot's name hashes the ingest code by size and time, not bytes (5.7 -> 4.1 ms);
- five look-backs (a dateline's line start, the heading above a paragraph, a future date's
  clause, a governing date's paragraph, a run-on name's line) read back only as far as they
  use: on a text on one long line each one sliced or searched from the text's start
  (quadratic); a 3 MB such text 19.2 -> 16.1 s, 10 MB 133.5 -> 62.1 s.

What is left: regular-expression matching is about a third of the instructions (`sre_ucs2_match`
alone 23%: the article is a UCS-2 string), over some 250 whole-text and per-sentence patterns;
importing rdflib for the draft's terms 0.06 s (the snapshot's gazetteer and every rule hold
rdflib terms; a lazy import of its HTML parser does not help, the import statement itself loads
it); the rich table of 30 rows 0.02 s; the Python of the rules. Next steps: per-sentence cue
lists joined into one gate as for the event roles (dated events, affiliations, members), and a
literal a whole-text pattern needs checked before it scans (most cue patterns name one).

## Held-out articles

`python bench/ingest_unseen.py --out bench/UNSEEN.md` scores six articles written for the check
(not the five sources) against hand-curated gold readings with the same functions: see
bench/UNSEEN.md. Its first run was the honest held-out number; rules were changed afterwards
with its misses in view, so later runs are an upper bound. bench/UNSEEN2.md (three more
articles, kept out of sight until the last run) is the held-out number of the final code.

## What is still missed (`--misses`)

New entities: paraphrased areas with no span of their own, lower-case initiatives no cue names,
and duplicates the draft keeps apart (a company's short and full name, two spellings of a
newspaper). Relations: the largest groups left are far apart in the text (a plan and the fields
named in the answers about it; a section heading naming the field of the items under it), and
pairs with one end the draft reads differently. "relation precision" counts the proposed pairs
the curated file also links (on the matched entities) over all proposed pairs: a candidate
between two entities the curators did not record counts as wrong. The relation prior is learned
from the reduced graph's own documents on every ingest here (the evaluation loads a fresh graph
per document), which is most of the "ingest s" column; `kg ingest` keeps it in the cache folder.
"""

if __name__ == "__main__":
    sys.exit(main())
