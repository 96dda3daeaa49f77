"""The pair-model experiment of round 26: could a classifier trained on the development sets'
gold find the relations the rules miss between entities the draft does propose?

    python bench/pair_experiment/train.py [--sets unseen unseen2 ...] [--folds 6]
        [--dataset /tmp/pair_dataset.json] [--reuse] [--out bench/pair_experiment/RESULT.md]

(needs scikit-learn, which the project does not depend on: `pip install scikit-learn`.)

For every article of the sets (default: the development sets of tests/unseen_floors.py), the
article is drafted as ingest drafts it; at the end of the pipeline (just before the draft's
names are completed) every pair of entities that no rule linked and that is named in one
sentence, in sentences at most two apart, or once in the headline (``features.candidates``) is
a candidate, labelled by the gold reading: linked there (directly or through a post, award
grant or membership) or not, on the entities the scorer matched. A logistic regression is
scored by leaving whole sets out (``--folds`` groups of sets, each scored by a model trained on
the others): how many right and wrong pairs it would add at each threshold, and what relation
recall and precision the drafts would then have. RESULT.md keeps the last run."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(ROOT), str(ROOT / "tests")]

import ingest_eval as ev  # noqa: E402
import ingest_unseen  # noqa: E402
from features import candidates  # noqa: E402
from kg.ingest.reading.sentences import Sentences  # noqa: E402
from kg.ingest.reading.text import read_article  # noqa: E402
from kg.ingest.relations.kinds import kind  # noqa: E402
from kg.model.graph import load  # noqa: E402

C_VALUES = (0.1, 0.3, 1.0)
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def dev_sets() -> list[str]:
    from unseen_floors import FLOORS
    return list(FLOORS)


def drafted(sets: list[str]):
    """For each article of ``sets``: (set, document id, its document row, the scorer's detail,
    the gold pairs both of whose ends the draft has (as draft IRIs), the candidate pairs). The
    candidates are read from the draft at the pipeline's last step (``name_every_span``, wrapped
    here). The document row (``doc``: True) holds its gold pairs, and the pairs the rules found
    and proposed."""
    import kg.ingest.pipeline as pipeline
    kg = load(ROOT / "data", cache=False)
    recorded: list = []
    complete = pipeline.name_every_span

    def record(draft):
        recorded[:] = candidates(draft, Sentences(draft.text), kind)
        return complete(draft)
    pipeline.name_every_span = record
    for name in sets:
        for doc_id, text_path, gold_path in ingest_unseen.articles(
                ROOT / "bench" / name / "articles", ROOT / "bench" / name / "gold"):
            gold = ingest_unseen.gold_graph(gold_path)
            recorded.clear()
            row = ev.compare(kg, read_article(text_path), doc_id, gold, name=doc_id)
            d = ev.DETAIL.pop(doc_id)
            mapping = d["mapping"]
            right = {frozenset(str(mapping[x]) for x in p) for p in d["gpairs"]
                     if len(p) == 2 and all(mapping.get(x) is not None for x in p)}
            doc = {"doc": True, "set": name, "id": doc_id, "gold": len(d["gpairs"]),
                   "found": round(row["relation_recall"] * len(d["gpairs"])),
                   "proposed": len(d["dpairs"]),
                   "right": round(row["relation_precision"] * len(d["dpairs"]))}
            yield name, doc_id, doc, d, right, list(recorded)
            print(f"{name} {doc_id}: {len(recorded)} candidates", file=sys.stderr, flush=True)


def build(sets: list[str]) -> list[dict]:
    """One row per candidate (set, document, tier, features, label) and one per document
    (:func:`drafted`)."""
    rows = []
    for name, doc_id, doc, _, right, recorded in drafted(sets):
        rows.append(doc)
        for c in recorded:
            tier = next((f[5:] for f in c.features if f.startswith("tier:")), "sentence")
            rows.append({"set": name, "id": doc_id, "tier": tier, "f": c.features,
                         "y": int(frozenset((str(c.a.iri), str(c.b.iri))) in right)})
    return rows


def fit(rows, c_value):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r["f"]} for r in rows]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # (liblinear's)
    lr = LogisticRegression(C=c_value, solver="liblinear", max_iter=1000)
    lr.fit(x, [r["y"] for r in rows])
    return vec, lr


def cross_validate(cands, sets, folds, c_value) -> dict:
    """Leave-sets-out: {threshold: [right added, wrong added]}."""
    out = {t: [0, 0] for t in THRESHOLDS}
    for held in (sets[i::folds] for i in range(folds)):
        train = [r for r in cands if r["set"] not in held]
        test = [r for r in cands if r["set"] in held]
        if not test or not any(r["y"] for r in train):
            continue
        vec, lr = fit(train, c_value)
        probs = lr.predict_proba(vec.transform([{f: 1 for f in r["f"]} for r in test]))[:, 1]
        for r, p in zip(test, probs):
            for t in THRESHOLDS:
                if p >= t:
                    out[t][0 if r["y"] else 1] += 1
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sets", nargs="*", default=None)
    ap.add_argument("--folds", type=int, default=6)
    ap.add_argument("--dataset", type=Path, default=Path("/tmp/pair_dataset.json"))
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--out", type=Path, default=HERE / "RESULT.md")
    a = ap.parse_args(argv)
    sets = a.sets or dev_sets()
    if a.reuse:
        rows = [r for r in json.loads(a.dataset.read_text(encoding="utf-8")) if r["set"] in sets]
    else:
        rows = build(sets)
        a.dataset.write_text(json.dumps(rows), encoding="utf-8")
    docs = [r for r in rows if r.get("doc")]
    cands = [r for r in rows if not r.get("doc")]
    gold, found = sum(d["gold"] for d in docs), sum(d["found"] for d in docs)
    proposed, right = sum(d["proposed"] for d in docs), sum(d["right"] for d in docs)
    tiers, pos = Counter(r["tier"] for r in cands), Counter(r["tier"] for r in cands if r["y"])
    lines = [f"sets: {len(sets)}, documents: {len(docs)}, gold pairs: {gold}; the rules find "
             f"{found} (recall {found / gold:.3f}) and propose {proposed} pairs (precision "
             f"{right / max(1, proposed):.3f})",
             "candidates (pairs no rule linked, both entities in the draft), linked in the gold / "
             "all: " + ", ".join(f"{t} {pos[t]}/{n}" for t, n in sorted(tiers.items()))]
    for c_value in C_VALUES:
        cv = cross_validate(cands, sets, a.folds, c_value)
        for t in THRESHOLDS:
            tp, fp = cv[t]
            lines.append(f"C={c_value}, threshold {t}: adds {tp} right and {fp} wrong pairs "
                         f"(precision {tp / max(1, tp + fp):.3f}); relation recall "
                         f"{found / gold:.3f} -> {(found + tp) / gold:.3f}, precision "
                         f"{right / max(1, proposed):.3f} -> "
                         f"{(right + tp) / max(1, proposed + tp + fp):.3f}")
    print("\n".join(lines))
    a.out.write_text("# The pair-model experiment, scored by leaving whole sets out\n\n"
                     "Made by `python bench/pair_experiment/train.py` (see its docstring).\n\n"
                     + "\n".join(f"- {x}" for x in lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
