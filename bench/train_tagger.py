"""Train and measure the learned entity tagger of round 37 (bench/entity_tagger.py; measured,
not shipped: bench/INGEST.md "A learned entity tagger (round 37)"). Needs python-crfsuite, which
is no dependency of the project: `pip install python-crfsuite` first.

  python bench/train_tagger.py dump OUT.pkl --sets 2-60 --skip 33-36,40
      drafts every article of the sets with the rules alone (the tagger off) and keeps, per
      article, its text, the gold entities (kind, names, evidence spans, whether the rules'
      draft matches it) and the draft's entities (kind, spans, rule)
  python bench/train_tagger.py eval DATA.pkl --train 2-52 --test 53-60 [--min 0.5,0.6]
      trains on the first sets, tags the second, and scores what the tagger adds to the rules'
      drafts, matched as bench/ingest_eval.py matches a gold new entity (by name, else the
      same stretch read as the same kind): gold new core entities the rules miss that it finds,
      and its proposals that match no gold entity
  python bench/train_tagger.py build DATA.pkl --train 2-52 --out MODEL.crfsuite
      trains a model (never on sets 33-36, 40 or 61-64)
  python bench/train_tagger.py sets MODEL.crfsuite --sets 53-60 --json OUT.json [--drafts DIR]
      bench/ingest_sets.py's scores with the tagger as the pipeline's last proposer
      (bench/entity_tagger.py propose, after every rule); compare with a run of
      bench/ingest_sets.py itself (--compare)

Labels: each gold entity of a core kind group (known or new) is tagged B-/I-<kind> where the
text prints one of its names (the curated label and aliases, as whole words) or where one of
its evidence spans is at most 12 words long; the longest wins where two overlap.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import entity_tagger as et  # noqa: E402
from kg.ingest.reading.text import normalise_name  # noqa: E402

KINDS = ("org", "person", "place", "event", "policy", "Agreement", "Project")
ASIDE = {33, 34, 35, 36, 40}        # kept aside: never read, trained on or scored
NEVER = ASIDE | {61, 62, 63, 64}    # never trained on (61-64: the check sets)
LONGEST = [12]
FILTER = [True]      # an evidence span of at most this many tokens is a label (--longest)


def dump(out: Path, sets: list[int]) -> None:
    import ingest_eval as ev
    import ingest_sets
    import ingest_unseen
    from kg.model.graph import load
    kg = load(ROOT / "data", cache=False)
    known_iris = ev.graph_names(kg)[0]
    rows_out = []
    for n in sets:
        d = ingest_sets.set_dir(n)
        for r in ingest_unseen.evaluate_all(d / "articles", d / "gold", kg=kg):
            det = ev.DETAIL.get(r.get("detail", r["doc"]))
            if not det or "draft" not in det:
                continue
            gold, gents, draft, dg, dents, mapping = (
                det[k] for k in ("gold", "gents", "draft", "dg", "dents", "mapping"))
            gspans, dsp = ev.spans(gold), ev.spans(dg)
            gl = [dict(iri=str(s), kind=ev.gkind(cs), core=any(ev.local(c) in ev.CORE for c in cs),
                       new=s not in known_iris, names=sorted(ev.names(gold, s)),
                       spans=gspans.get(s, []), matched=s in mapping,
                       newcore=s in det["gold_new_core"])
                  for s, cs in gents.items() if not cs & ev.RELATION_NODES]
            dl = []
            for x, cs in dents.items():
                if cs & ev.RELATION_NODES:
                    continue
                e = draft.entities.get(x)
                dl.append(dict(kind=ev.gkind(cs), known=bool(e.known) if e else True,
                               label=e.label if e else "", rule=e.rule if e else "",
                               names=sorted(ev.names(dg, x)), spans=dsp.get(x, [])))
            rows_out.append(dict(set=n, doc=r["doc"], text=draft.text, gold=gl, draft=dl))
        print(n, len(rows_out), flush=True)
    out.write_bytes(pickle.dumps(rows_out))


def labels(doc: dict, toks) -> list[str]:
    import ingest_eval as ev
    text = doc["text"]
    stretches = []
    for g in doc["gold"]:
        if g["kind"] not in KINDS or not g["core"]:
            continue
        for a, b in ev.printed_at(text, set(g["names"])):
            stretches.append((a, b, g["kind"]))
        for a, b in g["spans"]:
            if len(et._TOKEN.findall(text[a:b])) <= LONGEST[0]:
                stretches.append((a, b, g["kind"]))
    out = ["O"] * len(toks)
    starts = [t[0] for t in toks]
    import bisect
    used = bytearray(len(toks))
    for a, b, k in sorted(stretches, key=lambda s: s[0] - s[1]):
        i = bisect.bisect_left(starts, a)
        j = i
        while j < len(toks) and toks[j][1] <= b:
            j += 1
        if j == i or any(used[i:j]):
            continue
        for x in range(i, j):
            out[x] = ("B-" if x == i else "I-") + k
            used[x] = 1
    return out


def stack_features(doc: dict, toks) -> list[list[str]]:
    """What the rules' draft made of each token (stacking): its kind, new or known."""
    cov: dict[int, str] = {}
    for d in doc["draft"]:
        tag = ("k" if d["known"] else "n") + d["kind"][:8]
        for a, b in d["spans"]:
            if b - a < 200:
                cov.setdefault(a, "B" + tag)
                for x in range(a + 1, b):
                    cov.setdefault(x, "I" + tag)
    return [["r=" + cov.get(a, "O")] for a, _ in toks]


def train(docs: list[dict], model: Path, stack: bool, iters: int = 100) -> None:
    import pycrfsuite
    tr = pycrfsuite.Trainer(verbose=False)
    for doc in docs:
        toks = et.tokens(doc["text"])
        if not toks:
            continue
        tr.append(et.features(doc["text"], toks, stack_features(doc, toks) if stack else None),
                  labels(doc, toks))
    tr.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": iters,
                   "feature.possible_transitions": True})
    tr.train(str(model))


def proposals(doc: dict, model: Path, stack: bool, minimum: float) -> list[dict]:
    """The new entities the tagger adds to the rules' draft: its stretches that overlap no
    drafted mention, one entity per name."""
    text = doc["text"]
    extra = stack_features(doc, et.tokens(text)) if stack else None
    covered = bytearray(len(text) + 1)
    names = set()
    for d in doc["draft"]:
        names |= set(d.get("names") or [normalise_name(d["label"])])
        for a, b in d["spans"]:
            if b - a < 200:
                covered[a:b] = b"\x01" * (b - a)
    ents: dict[str, dict] = {}
    for a, b, k, p in et.tag(text, str(model), extra):
        if p < minimum or any(covered[a:b]):
            continue
        name = normalise_name(text[a:b])
        if name in names or len(name) < 2 or (FILTER[0] and not et.plausible(text, a, b, k)):
            continue
        e = ents.setdefault(name, dict(kind=k, spans=[], conf=p))
        e["spans"].append((a, b))
    return [dict(name=n, **e) for n, e in ents.items()]


def match(g: dict, e: dict) -> bool:
    if e["name"] in g["names"]:
        return True
    if e["kind"] != g["kind"]:
        return False
    for a, b in g["spans"]:
        for c, d in e["spans"]:
            inter = min(b, d) - max(a, c)
            if inter > 0 and inter / (max(b, d) - min(a, c)) >= 0.5:
                return True
            if (a <= c and d <= b) or (c <= a and b <= d):
                return True
    return False


def score(docs: list[dict], model: Path, stack: bool, minimum: float) -> dict:
    tot = dict(new_core=0, rules=0, found=0, proposed=0, right=0, redundant=0, wrong=0)
    by_kind: dict = {}
    wrong_examples = []
    missed: list = []
    right_examples: list = []
    for doc in docs:
        props = proposals(doc, model, stack, minimum)
        newcore = [g for g in doc["gold"] if g["newcore"]]
        tot["new_core"] += len(newcore)
        tot["rules"] += sum(bool(g["matched"]) for g in newcore)
        for g in newcore:
            if not g["matched"] and any(match(g, e) for e in props):
                tot["found"] += 1
                by_kind.setdefault(g["kind"], [0, 0])[0] += 1
            elif not g["matched"]:
                missed.append(f"{doc['doc'][:5]} {g['kind']} {g['names'][:1]}")
        for e in props:
            tot["proposed"] += 1
            hits = [g for g in doc["gold"] if match(g, e)]
            if any(g["newcore"] and not g["matched"] for g in hits):
                tot["right"] += 1
                right_examples.append(f"{doc['doc'][:5]} {e['kind']} {e['name']!r} {e['conf']:.2f}")
            elif hits:
                tot["redundant"] += 1
            else:
                tot["wrong"] += 1
                by_kind.setdefault(e["kind"], [0, 0])[1] += 1
                wrong_examples.append(f"{doc['doc'][:5]} {e['kind']} {e['name']!r} {e['conf']:.2f}")
    tot["recall_rules"] = round(tot["rules"] / max(1, tot["new_core"]), 3)
    tot["recall_with"] = round((tot["rules"] + tot["found"]) / max(1, tot["new_core"]), 3)
    tot["by_kind (found, wrong)"] = by_kind
    tot["wrong_examples"] = wrong_examples[:40]
    tot["missed"] = missed
    tot["right_examples"] = right_examples
    return tot


def pipeline_sets(model: Path, sets: set[int], out: Path | None, drafts: Path | None) -> int:
    """bench/ingest_sets.py with the tagger run after every rule: the pipeline's last rule
    (``split_namesakes``) is wrapped so that the tagger's proposals follow it, in the order and
    place they would take as a proposer of `kg ingest` (then only the labels' commas, final
    marks and every span's alias follow)."""
    import json
    import ingest_sets
    from kg.ingest import pipeline
    last = pipeline.split_namesakes

    def with_tagger(draft, minter, gaz):
        last(draft, minter, gaz)
        et.propose(draft, minter, lambda key: gaz.owner(key) is not None, str(model))
    pipeline.split_namesakes = with_tagger
    wanted = [n for n in ingest_sets.all_sets() if n in sets]
    totals = ingest_sets.score(wanted, drafts, False)
    if out:
        out.write_text(json.dumps(totals, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def main(argv=None) -> int:
    import ingest_sets
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cmd", choices=["dump", "eval", "build", "sets"])
    ap.add_argument("data", type=Path)
    ap.add_argument("--sets", default="2-60")
    ap.add_argument("--skip", default="33-36,40")
    ap.add_argument("--train", default="2-52")
    ap.add_argument("--test", default="53-60")
    ap.add_argument("--stack", action="store_true", help="read the rules' draft too")
    ap.add_argument("--min", default="0.5,0.6,0.7,0.8")
    ap.add_argument("--iters", type=int, default=100)
    ap.add_argument("--longest", type=int, default=12)
    ap.add_argument("--no-filter", action="store_true")
    ap.add_argument("--out", type=Path, default=Path(et.MODEL))
    ap.add_argument("--json", type=Path)
    ap.add_argument("--drafts", type=Path)
    a = ap.parse_args(argv)
    if a.cmd == "dump":
        sets = sorted(ingest_sets.numbers(a.sets) - ingest_sets.numbers(a.skip) - NEVER)
        dump(a.data, [n for n in sets if n in ingest_sets.all_sets()])
        return 0
    if a.cmd == "sets":
        # (scored, never trained on: the check sets 61-64 may be scored, 33-36 and 40 not)
        return pipeline_sets(a.data, ingest_sets.numbers(a.sets) - ASIDE, a.json, a.drafts)
    docs = pickle.loads(a.data.read_bytes())
    LONGEST[0] = a.longest
    FILTER[0] = not a.no_filter
    train_sets = ingest_sets.numbers(a.train) - NEVER
    train_docs = [d for d in docs if d["set"] in train_sets]
    t0 = time.time()
    model = a.out if a.cmd == "build" else Path(f"/tmp/tagger-{a.train}-{int(a.stack)}-{a.longest}.crfsuite")
    train(train_docs, model, a.stack, a.iters)
    print(f"trained on {len(train_docs)} articles in {time.time() - t0:.0f} s: {model}")
    if a.cmd == "eval":
        test_sets = ingest_sets.numbers(a.test) - NEVER
        test_docs = [d for d in docs if d["set"] in test_sets]
        for m in (float(x) for x in a.min.split(",")):
            r = score(test_docs, model, a.stack, m)
            ex = r.pop("wrong_examples")
            missed = r.pop("missed")
            right = r.pop("right_examples")
            print(f"min {m}: {r}")
            if m == float(a.min.split(",")[0]):
                print("  wrong:", "; ".join(ex[:25]))
                print("  still missed:", "; ".join(missed[:40]))
                print("  right:", "; ".join(right))
    return 0


if __name__ == "__main__":
    sys.exit(main())
