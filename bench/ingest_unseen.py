"""Held-out evaluation of `kg ingest` (issue 10): articles the project has never seen.

bench/unseen/articles/<id>.txt are six articles written for this check (not from the five source
texts, and not shown to the people writing the ingest rules); bench/unseen/gold/<id>.ttl is each
one's gold reading, curated by hand in the shape of data/triples/ (bench/unseen/make_gold.py
computes its evidence offsets and checks it). Each article is ingested against the full shipped
graph (data/), and the draft is compared with its gold file by the same functions as the
leave-one-out (bench/ingest_eval.py: known recall and link precision, new core recall, relation
recall and precision, dates), so the two tables can be read side by side: where the held-out
numbers are lower, the rules fit the five sources rather than the genre.

Usage: python bench/ingest_unseen.py [--articles DIR] [--gold DIR] [--data PATH]
           [--out bench/UNSEEN.md] [--misses] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from rdflib import RDF, Graph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import ingest_eval as ev  # noqa: E402
from kg.ingest.reading.text import read_article  # noqa: E402
from kg.model.errors import KGError  # noqa: E402
from kg.model.graph import load  # noqa: E402

UNSEEN = HERE / "unseen"
KIND_ORDER = ["org", "person", "place", "event", "policy", "Agreement", "Project"]


def articles(articles_dir: Path, gold_dir: Path) -> list[tuple[str, Path, Path]]:
    """(id, text, gold) for every article that has a gold file; an article without one is an
    error (a held-out set with a silent hole would overstate the numbers)."""
    texts = sorted(articles_dir.glob("*.txt"))
    if not texts:
        raise KGError(f"{articles_dir}: no articles (*.txt)")
    out = []
    for t in texts:
        g = gold_dir / f"{t.stem}.ttl"
        if not g.is_file():
            raise KGError(f"{t}: no gold reading at {g}")
        out.append((t.stem, t, g))
    return out


def gold_graph(path: Path) -> Graph:
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # noqa: BLE001 - any parse error is one line for the user
        raise KGError(f"{path}: not valid Turtle ({str(exc).splitlines()[0][:120]})") from None
    return g


def evaluate_all(articles_dir: Path = UNSEEN / "articles", gold_dir: Path = UNSEEN / "gold",
                 data: Path = ROOT / "data", kg=None) -> list[dict]:
    """One row per article (ingested against the full graph in ``data``, or ``kg``: that graph
    already loaded, as the floors test passes it to read several sets), then the micro
    average; the rows keep their "misses" and "rules" (see ingest_eval.compare)."""
    todo = articles(articles_dir, gold_dir)
    if kg is None:
        kg = load(data, cache=False)
    rows = []
    for doc_id, text, gold in todo:
        g = gold_graph(gold)
        article = read_article(text)
        try:
            rows.append(ev.compare(kg, article, doc_id, g, name=doc_id))
        except Exception as exc:  # noqa: BLE001 - a crash is a result: the user gets no draft
            rows.append(failed_row(kg, doc_id, g, exc))
    return rows


def failed_row(kg, doc_id: str, gold: Graph, exc: Exception) -> dict:
    """The row of an article whose ingest raised: the gold's counts, nothing found (what a
    user of `kg ingest` gets is no draft at all)."""
    gents = ev.entities(gold)
    plain = {s for s, cs in gents.items() if not cs & ev.RELATION_NODES}
    known = {s for s in plain if (s, RDF.type, None) in kg.union}
    new_core = [s for s in plain - known if any(ev.local(c) in ev.CORE for c in gents[s])]
    gdates = {(s, str(o)) for s, p, o in gold if p in ev.DATE_PREDS and s in gents}
    error = f"{type(exc).__name__}: {exc}"
    ev.DETAIL[doc_id] = {"gold": gold, "gents": gents, "gpairs": ev.pairs(gold, gents),
                         "dpairs": set(), "mapping": {}, "kg": kg, "gold_new_core": set(new_core)}
    row = {"doc": f"{doc_id} (ingest failed)", "error": error, "seconds": 0.0,
           "known": len(known), "inside_names": 0, "linked": 0, "unrecorded": 0,
           "new_core": len(new_core),
           "relations": len(ev.DETAIL[doc_id]["gpairs"]), "proposed_pairs": 0,
           "dates": len(gdates), "misses": {"ingest": [error]}, "rules": {}}
    for k in ("known_recall", "known_precision", "new_recall", "new_recall_name",
              "relation_recall", "relation_precision", "date_recall", "date_value_recall"):
        row[k] = 0.0
    row["detail"] = doc_id
    return row


def by_kind(rows: list[dict]) -> dict:
    """Per kind of curated entity (organisation, person, place, event, policy, agreement,
    project): how many new ones the gold names and how many the drafts matched; and per
    relation of the gold (the predicate, or the relation node's class) how many pairs were
    found. Read from ingest_eval.DETAIL, which compare() fills."""
    new = {}
    rel: dict = {}
    for r in rows:
        d = ev.DETAIL[r.get("detail", r["doc"])]
        gold, gents, mapping, dpairs = d["gold"], d["gents"], d["mapping"], d["dpairs"]
        for s in sorted(d["gold_new_core"]):
            cs = gents[s]
            row = new.setdefault(ev.gkind(cs), [0, 0])
            row[0] += 1
            row[1] += s in mapping
        for pair in d["gpairs"]:
            a, b = sorted(pair)
            how = _how_linked(gold, gents, a, b)
            hit = None not in (mapping.get(a), mapping.get(b)) and \
                frozenset((mapping[a], mapping[b])) in dpairs
            row = rel.setdefault(how, [0, 0])
            row[0] += 1
            row[1] += hit
    return {"new": new, "relations": rel}


def _how_linked(gold: Graph, gents: dict, a, b) -> str:
    for s, o in ((a, b), (b, a)):
        for p in gold.predicates(s, o):
            return p.split("#")[-1].rsplit("/", 1)[-1]
    for r, cs in gents.items():     # through a relation node: its class
        if cs & ev.RELATION_NODES:
            around = set(gold.objects(r)) | set(gold.subjects(None, r))
            if a in around and b in around:
                return ev.local(min(cs & ev.RELATION_NODES))
    return "?"


def kind_tables(kinds: dict) -> str:
    def order(k):
        return (KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER), k)
    out = ["| new core entities, by kind | curated | matched | recall |", "|---|---|---|---|"]
    for k in sorted(kinds["new"], key=order):
        n, ok = kinds["new"][k]
        out.append(f"| {k} | {n} | {ok} | {ok / max(1, n):.2f} |")
    out += ["", "| curated relations, by how the gold links them | curated | found | recall |",
            "|---|---|---|---|"]
    for k, (n, ok) in sorted(kinds["relations"].items(), key=lambda x: (-x[1][0], x[0])):
        out.append(f"| {k} | {n} | {ok} | {ok / max(1, n):.2f} |")
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=Path, default=UNSEEN / "articles")
    ap.add_argument("--gold", type=Path, default=UNSEEN / "gold")
    ap.add_argument("--data", type=Path, default=ROOT / "data")
    ap.add_argument("--out", type=Path, help="write the tables to this Markdown file")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--measured-on", default="",
                    help="what was measured (e.g. a commit), written under the table")
    ap.add_argument("--misses", action="store_true",
                    help="print what each article's draft missed, and the misses by kind")
    ap.add_argument("--today", default=str(ev.EVAL_TODAY),
                    help="the day yearless datelines are read against (default: the day the "
                         "floors were measured; 'real' for the calendar's today)")
    a = ap.parse_args(argv)
    try:
        ev.EVAL_TODAY = None if a.today == "real" else ev.datetime.date.fromisoformat(a.today)
    except ValueError:
        print(f"error: --today {a.today!r}: use YYYY-MM-DD or 'real'", file=sys.stderr)
        return 2
    try:
        rows = evaluate_all(a.articles, a.gold, a.data)
    except KGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    kinds = by_kind(rows)
    if a.misses:
        for r in rows:
            for k, v in r["misses"].items():
                print(f"## {r['doc']} {k} ({len(v)})")
                print("\n".join("  " + x for x in v))
        total = Counter()
        for r in rows:
            for k, v in r["misses"].items():
                total[k] += len(v)
        print("## misses, all articles: " + ", ".join(f"{k} {n}" for k, n in total.items()))
        print()
        print(kind_tables(kinds))
    errors = [f"{r['doc']}: {r.pop('error')}" for r in rows if "error" in r]
    for r in rows:
        r.pop("misses")
        r.pop("rules")
        r.pop("detail", None)
    ran = [r for r in rows if not r["doc"].endswith("(ingest failed)")]
    total = ev.micro(rows)
    if len(ran) < len(rows):
        rows.append(dict(ev.micro(ran), doc="all that ran (micro)"))
    rows.append(total)
    if a.json:
        print(json.dumps({"rows": rows, "by_kind": kinds}, indent=1))
    else:
        print(ev.markdown(rows))
        for e in errors:
            print(f"ingest raised on {e}")
    if a.out:
        failures = "".join(f"\n`kg ingest` raised on {e} (counted as a draft that finds "
                           "nothing).\n" for e in errors)
        measured = f"\nMeasured on {a.measured_on}.\n" if a.measured_on else ""
        other = a.articles.resolve() != (UNSEEN / "articles").resolve()
        text = (OTHER_TEMPLATE if other else TEMPLATE).format(
            table=ev.markdown(rows) + failures + measured, kinds=kind_tables(kinds),
            articles=a.articles, gold=a.gold, n=len(ran))
        tmp = a.out.with_name(a.out.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(a.out)
    return ev.skipped_status(0)        # (3: a rule failed on some article, kg/ingest/stages.py)


OTHER_TEMPLATE = """# `kg ingest` on held-out articles ({articles})

Made by `python bench/ingest_unseen.py --articles {articles} --gold {gold} --out <this file>`
(`--misses` prints what each draft missed). Articles written for this check and kept out of
sight of the ingest rules until this measurement; gold readings curated by hand in {gold}
(built and checked by `python bench/unseen/make_gold.py --dir <folder>`). Scored as in
bench/UNSEEN.md (same columns as bench/INGEST.md).

{table}
Targets (issue 10): known recall >= 0.95, link precision >= 0.97, new core recall >= 0.75,
relation recall >= 0.5, dates >= 0.9.

By kind ({n} articles that ran):

{kinds}"""


TEMPLATE = """# `kg ingest` on held-out articles

Made by `python bench/ingest_unseen.py --out bench/UNSEEN.md` (`--misses` prints, per article,
what the draft missed, and the tables by kind). Six articles written for this check, in the genre
of the five sources but on other subjects (bench/unseen/articles/: a provincial copper/cobalt
notice with two standards, a tungsten association annual meeting, a company signing several
agreements with local governments, a lithium/nickel market briefing, an institute's award and
pilot line, an overseas alumina refinery), each with a gold reading curated by hand,
independently of what `kg ingest` proposes (bench/unseen/gold/, built from gold-src/ and checked
by `python bench/unseen/make_gold.py`). Each article is ingested against the full shipped graph
and compared with its gold file by the functions of the leave-one-out (bench/ingest_eval.py; the
columns mean the same as in bench/INGEST.md). An article on which `kg ingest` raises counts as a
draft that finds nothing; "all that ran" is the average without it.

{table}
Targets (issue 10, "on articles the project has never seen"): known recall >= 0.95, link
precision >= 0.97, new core recall >= 0.75, relation recall >= 0.5, dates >= 0.9.

By kind (all six articles): which new entities and which relations the rules find. A relation
through a post or award grant counts every pair of the things it links.

{kinds}
## Two measurements, and a warning

| main at | known | link precision | new core | relations (precision) | dates |
|---|---|---|---|---|---|
| 91faabc, first run (u01 crashed) | 0.842 | 0.833 | 0.544 | 0.075 (0.396) | 0.087 |
| d493f93, two hours later | 0.982 | 0.826 | 0.780 | 0.230 (0.452) | 0.304 |

**These articles are no longer unseen.** Between the two runs, several ingest commits were made
against their misses (the event_roles crash on u01; an acronym in brackets belongs to the longest
name before it, after KIRPM; soft line breaks in hard-wrapped text; "X and Y attended the signing
ceremony and held talks"; a city list whose test uses names from these articles). The fixes
look general, but the second row measures rules that have seen this text: it is an upper bound
on generalisation, not a held-out number. The next held-out check needs new articles, kept out
of the repository until the rules are frozen.

Still missed at d493f93: agreements and projects named by their kind or as a clause (3 of 7 and
2 of 10), most new names of the overseas article (a Guinean minister, French-named companies,
"Guinea's Boké Region", bare "Kamsar"), event roles (participants 0/9, speakers 0/8, signed at
0/5), and the pairs of an award grant; wrong links are still known names inside longer new names
(Guangzhou, Automotive, New Energy, Nonferrous/Rare/Precious Metals, Africa, Aluminium).

## What generalised badly at the first measurement (read from `--misses`, 2026-11-30)

- **A crash.** `kg ingest` raised a TypeError (a traceback for the user) on the notice: a clause
  with two dates ("released ... on DATE and came into force on DATE") gave two event candidates
  with the same span, and `event_roles` sorts (start, end, Entity) tuples, which compares the
  entities on a tie.
- **Link precision** falls from 0.987 (leave-one-out) to about 0.83: a known name inside a new
  longer name that the draft did not read as one name ("Guangzhou" in a futures exchange,
  "Sichuan" in a company, "Automotive" in an alliance, "New Energy" in an institute, "Rare
  Metals", "Precious Metals", "Nonferrous Metals" in laboratory, institute and award names,
  "Africa" in "West Africa", "Aluminium" in a company name), "US" in "US dollars", and the
  acronym a new institute defines in parentheses linked to a metal concept. Known recall holds.
- **New places** (about 0.4): bare names of cities and provinces the graph does not know
  (Nanning, Baise, Hezhou, Ganzhou, Longyan, Kunming, Kamsar; Jiangxi; "Yichun, Jiangxi") and a
  region named through a possessive ("Guinea's Boké Region") are not proposed; "X City",
  "X County" and "X, Y Province" are.
- **Agreements and projects** (0 of 7 and 2 of 10): several agreements signed in one sentence,
  contracts and MoUs named by their kind, "the X Refinery", "a pilot line", "a tungsten wire
  line" are not proposed, so their parties, owners, places and dates are lost too.
- **Events and dates**: event candidates are often the whole clause, which matches a curated
  event only when the curator quoted the same clause; a signing ceremony, an award ceremony, an
  acceptance milestone and a market briefing were missed, and with them their dates (date value
  recall is higher than date recall: the right date is often proposed on another candidate).
- **People outside the Chinese name pattern** (a Guinean minister) are not proposed, and a list
  of "name, post of org" items can give a post to the wrong person.
- **Relations** (about 0.08, leave-one-out 0.36): located-in from "X, Y Province" and
  possessives ("Guinea's Boké Region"), the metal a company, project or standard concerns, and
  event roles (organiser, co-organisers, chair, speakers) are rarely proposed here; posts (a
  third) and subsidiaries are found.

Keep the articles unseen: do not tune the ingest rules on them; when a rule is changed because of
a miss here, write a new held-out article for the next measurement.
"""

if __name__ == "__main__":
    sys.exit(main())
