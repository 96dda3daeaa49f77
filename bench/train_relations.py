"""The learned-relations experiment of round 35: a count table with backoff, learned from the
development sets' gold, of how likely two entities a draft names close together (and that no
rule links) are linked by the curated reading, given their kinds and the words that join them.

    python bench/train_relations.py build [--sets ...] [--dataset /tmp/learned-pairs.json]
    python bench/train_relations.py cv [--dataset ...] [--folds 5] [--out bench/LEARNED.md]

``build`` drafts every article of the sets as ``kg ingest`` drafts it and, at the pipeline's last
step, records every pair of entities no rule linked that is named in one sentence, in sentences
at most two apart, or once in the headline, with its features (``bench/pair_experiment/
features.py``: kinds, new or known, the gap's words, the word before and after, how many names
lie between ...), labelled by the gold reading on the entities the scorer matched (linked
directly or through a post, award grant or membership), with the gold predicate and direction.

``cv`` scores the model by leaving whole sets out: the sets are dealt into ``--folds`` folds;
each fold is scored by a table counted on the other folds only. For each fold and threshold:
how many right and wrong pairs the model would add to the drafts, and the fold's relation
recall and precision before (the rules' drafts) and after.

The model (``Table``): for a candidate, a chain of keys from coarse to fine, each a refinement
of the last (kinds and tier -> + the gap's length -> + the gap's last word -> + the whole short
gap); the rate at each level is the level's linked/seen counts drawn toward the coarser rate by
``PRIOR_WEIGHT`` pairs' worth (a key seen rarely keeps its parent's rate).

The kept-aside sets (33-36 and 40) are never read: ``build`` refuses them. No dependency beyond
the project's own (the table is counted here). Result (bench/TRAIN_RELATIONS.md): no threshold
adds enough right pairs to ship (at best 7 right and 4 wrong over 51 sets' 10,253 gold pairs);
most missed pairs have an end the draft lacks, or lie farther apart than one sentence."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE / "pair_experiment"), str(HERE), str(ROOT), str(ROOT / "tests")]

KEPT_ASIDE = {"unseen33", "unseen34", "unseen35", "unseen36", "unseen40"}
LATE = {"unseen53", "unseen54", "unseen55", "unseen56"}
PRIOR_WEIGHT = 4.0
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def dev_sets() -> list[str]:
    from unseen_floors import FLOORS
    return [s for s in FLOORS if s not in KEPT_ASIDE]


def _how(gold, gents, ga, gb) -> tuple[str, int]:
    """The gold's predicate between ga and gb, and 1 when ga is its subject (0: gb is; -1: a
    relation node links them)."""
    import ingest_eval as ev
    for s, o, first in ((ga, gb, 1), (gb, ga, 0)):
        for p in gold.predicates(s, o):
            return str(p).split("#")[-1].rsplit("/", 1)[-1], first
    for r, cs in gents.items():
        if cs & ev.RELATION_NODES:
            around = set(gold.objects(r)) | set(gold.subjects(None, r))
            if ga in around and gb in around:
                return ev.local(min(cs & ev.RELATION_NODES)), -1
    return "?", -1


def _missed(d, cands) -> list:
    """Why each gold pair the draft does not link is missed: (where, how the gold links it,
    the gold kinds of its ends that the draft lacks). where: "candidate" (both ends drafted,
    close enough to be a candidate), "apart" (both drafted, never that close), "new missing"
    / "known missing" (an end the draft lacks: a new entity it did not match, a known one it
    did not link)."""
    import ingest_eval as ev
    mapping, dents, gents = d["mapping"], {str(x) for x in d["dents"]}, d["gents"]
    out = []
    for pair in d["gpairs"]:
        if len(pair) != 2:
            continue
        a, b = sorted(pair)
        ends = [mapping.get(x) for x in (a, b)]
        if None not in ends and frozenset(ends) in d["dpairs"]:
            continue
        how = _how(d["gold"], gents, a, b)[0]
        lacking = []
        for x, m in zip((a, b), ends):
            if m is None:
                lacking.append(("new", ev.gkind(gents[x])))
            elif str(m) not in dents:
                lacking.append(("known", ev.gkind(gents[x])))
        if lacking:
            where = "new missing" if any(w == "new" for w, _ in lacking) else "known missing"
        else:
            where = "candidate" if frozenset(map(str, ends)) in cands else "apart"
        out.append([where, how, sorted(k for _, k in lacking)])
    return out


def build(sets: list[str]) -> list[dict]:
    from train import drafted

    bad = KEPT_ASIDE & set(sets)
    if bad:
        raise SystemExit(f"kept-aside sets are never read: {sorted(bad)}")
    rows = []
    for name, doc_id, doc, d, right, recorded in drafted(sets):
        back = {str(v): k for k, v in d["mapping"].items() if v is not None}
        cands = {frozenset((str(c.a.iri), str(c.b.iri))) for c in recorded}
        rows.append({**doc, "missed": _missed(d, cands)})
        for c in recorded:
            a, b = str(c.a.iri), str(c.b.iri)
            y = int(frozenset((a, b)) in right)
            r = {"set": name, "id": doc_id, "f": c.features, "y": y}
            if y:
                r["how"] = _how(d["gold"], d["gents"], back[a], back[b])
            rows.append(r)
    return rows


def _get(feats, prefix, default="-"):
    for f in feats:
        if f.startswith(prefix):
            return f[len(prefix):]
    return default


def chain(feats) -> list[str]:
    """The keys of a candidate, coarse to fine."""
    tier = _get(feats, "tier:", "sentence")
    if tier != "sentence":
        kn = _get(feats, "kn:").split("|")[0]
        return [f"{tier}|{kn}", f"{tier}|{kn}|sb:{_get(feats, 'sb:')}"]
    kn = _get(feats, "kn:")
    be = _get(feats, "be:")
    td = _get(feats, "td:", "far")
    gl = _get(feats, "gl:", "_")
    gap = _get(feats, "gap:", "*")
    k0 = f"s|{kn}"
    k1 = f"{k0}|be:{be}|td:{td}"
    k2 = f"{k1}|gl:{gl}"
    k3 = f"{k2}|gap:{gap}|pre:{_get(feats, 'pre:')}"
    return [k0, k1, k2, k3]


class Table:
    """keys -> [seen, linked]; ``rate`` walks a candidate's chain with backoff."""

    def __init__(self, weight=PRIOR_WEIGHT):
        self.counts: dict = defaultdict(lambda: [0, 0])
        self.weight = weight
        self.base = 0.0

    def fit(self, rows):
        n = pos = 0
        for r in rows:
            n += 1
            pos += r["y"]
            for k in chain(r["f"]):
                c = self.counts[k]
                c[0] += 1
                c[1] += r["y"]
        self.base = pos / max(1, n)
        return self

    def rate(self, feats) -> float:
        p = self.base
        for k in chain(feats):
            c = self.counts.get(k)
            if c is None:
                break
            p = (c[1] + self.weight * p) / (c[0] + self.weight)
        return p


def cross_validate(rows, sets, folds) -> list[str]:
    docs = [r for r in rows if r.get("doc")]
    cands = [r for r in rows if not r.get("doc")]
    lines = []
    total = {t: [0, 0] for t in THRESHOLDS}
    g_all = f_all = p_all = r_all = 0
    late = {t: [0, 0] for t in THRESHOLDS}
    for i in range(folds):
        held = set(sets[i::folds])
        table = Table().fit([r for r in cands if r["set"] not in held])
        test = [r for r in cands if r["set"] in held]
        fd = [d for d in docs if d["set"] in held]
        g, f = sum(d["gold"] for d in fd), sum(d["found"] for d in fd)
        p, r_ = sum(d["proposed"] for d in fd), sum(d["right"] for d in fd)
        g_all, f_all, p_all, r_all = g_all + g, f_all + f, p_all + p, r_all + r_
        scored = [(table.rate(c["f"]), c["y"]) for c in test]
        for c, (sc, y) in zip(test, scored):
            if c["set"] in LATE:
                for t in THRESHOLDS:
                    if sc >= t:
                        late[t][0 if y else 1] += 1
        lines.append(f"fold {i + 1} ({len(held)} sets: {', '.join(sorted(held))}): gold pairs {g},"
                     f" rules find {f} (recall {f / g:.3f}), propose {p} (precision "
                     f"{r_ / max(1, p):.3f}); candidates {len(test)}, linked {sum(c['y'] for c in test)}")
        for t in THRESHOLDS:
            tp = sum(1 for s, y in scored if s >= t and y)
            fp = sum(1 for s, y in scored if s >= t and not y)
            total[t][0] += tp
            total[t][1] += fp
            lines.append(f"  threshold {t}: adds {tp} right, {fp} wrong; recall {f / g:.3f} -> "
                         f"{(f + tp) / g:.3f}, precision {r_ / max(1, p):.3f} -> "
                         f"{(r_ + tp) / max(1, p + tp + fp):.3f}")
    lines.append(f"all folds: gold pairs {g_all}, rules find {f_all} (recall "
                 f"{f_all / g_all:.3f}), precision {r_all / max(1, p_all):.3f}")
    for t in THRESHOLDS:
        tp, fp = total[t]
        lines.append(f"  threshold {t}: adds {tp} right, {fp} wrong (precision of the added "
                     f"{tp / max(1, tp + fp):.3f}); recall {f_all / g_all:.3f} -> "
                     f"{(f_all + tp) / g_all:.3f}, precision {r_all / max(1, p_all):.3f} -> "
                     f"{(r_all + tp) / max(1, p_all + tp + fp):.3f}")
    ld = [d for d in docs if d["set"] in LATE]
    if ld:
        g, f = sum(d["gold"] for d in ld), sum(d["found"] for d in ld)
        p, r_ = sum(d["proposed"] for d in ld), sum(d["right"] for d in ld)
        lines.append(f"sets {', '.join(sorted({d['set'] for d in ld}))} (each scored in its "
                     f"fold): gold pairs {g}, rules find {f} (recall {f / g:.3f}), precision "
                     f"{r_ / max(1, p):.3f}")
        for t in THRESHOLDS:
            tp, fp = late[t]
            lines.append(f"  threshold {t}: adds {tp} right, {fp} wrong; recall {f / g:.3f} -> "
                         f"{(f + tp) / g:.3f}, precision {r_ / max(1, p):.3f} -> "
                         f"{(r_ + tp) / max(1, p + tp + fp):.3f}")
    return lines


def ceiling(rows, sets=None) -> list[str]:
    """Where the gold pairs the rules miss are (``_missed``): what even a perfect pair model
    could add, and what it cannot reach."""
    docs = [r for r in rows if r.get("doc") and "missed" in r and (sets is None or r["set"] in sets)]
    if not docs:
        return []
    gold = sum(d["gold"] for d in docs)
    found = sum(d["found"] for d in docs)
    where, how, lack = Counter(), Counter(), Counter()
    for d in docs:
        for w, h, kinds in d["missed"]:
            where[w] += 1
            if w in ("candidate", "apart"):
                how[h] += 1
            for k in kinds:
                lack[k] += 1
    miss = sum(where.values())
    out = [f"gold pairs {gold}, found {found} (recall {found / gold:.3f}), missed {miss}:"]
    out += [f"  {w}: {n} ({n / miss:.0%} of the missed; recall {found / gold:.3f} -> "
            f"{(found + n) / gold:.3f} if all were found)" for w, n in where.most_common()]
    out.append("  ends the draft lacks, by gold kind: " + ", ".join(
        f"{k} {n}" for k, n in lack.most_common()))
    out.append("  both ends drafted, by gold relation: " + ", ".join(
        f"{h} {n}" for h, n in how.most_common(12)))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("what", choices=("build", "cv"))
    ap.add_argument("--sets", nargs="*", default=None)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dataset", type=Path, default=Path("/tmp/learned-pairs.json"))
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    sets = a.sets or dev_sets()
    if a.what == "build":
        rows = build(sets)
        a.dataset.write_text(json.dumps(rows), encoding="utf-8")
        return 0
    rows = [r for r in json.loads(a.dataset.read_text(encoding="utf-8")) if r["set"] in sets
            and r["set"] not in KEPT_ASIDE]
    cands = [r for r in rows if not r.get("doc")]
    tiers = Counter(_get(r["f"], "tier:", "sentence") for r in cands)
    pos = Counter(_get(r["f"], "tier:", "sentence") for r in cands if r["y"])
    lines = [f"sets: {len(sets)} ({', '.join(sets)})",
             "candidates (pairs no rule linked, both in the draft), linked in the gold / all: "
             + ", ".join(f"{t} {pos[t]}/{n}" for t, n in sorted(tiers.items()))]
    lines += cross_validate(rows, sets, a.folds)
    lines += ["", "Where the missed gold pairs are, all sets:"] + ceiling(rows)
    late = [s for s in sets if s in LATE]
    lines += ["", f"The same, sets {', '.join(late)} (the latest, least tuned on):"] + \
        ceiling(rows, set(late))
    print("\n".join(lines))
    if a.out:
        a.out.write_text(
            "# The learned-relations experiment (round 35), scored by leaving whole sets out\n\n"
            "Made by `python bench/train_relations.py build` then `python bench/train_relations.py"
            " cv --out bench/TRAIN_RELATIONS.md` (see its docstring). Nothing is shipped: see "
            "bench/INGEST.md, \"A learned pair model, again\".\n\n```\n"
            + "\n".join(lines) + "\n```\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
