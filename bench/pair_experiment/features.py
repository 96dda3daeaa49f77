"""The features of the pair-model experiment (``train.py`` beside it, and RESULT.md): what a
classifier could read of two entities a draft names in one sentence, that no rule has linked: their kinds and classes, whether each is new, how many words
and other names lie between their closest mentions, the words between them (the whole gap when
short: ", chairman of", "'s", "in"), the words just before and after, the marks between them (a
comma, a bracket, a table's cell bar, a line end), how many names the sentence holds, how many
links each has already, and the rule that proposed each new entity; and, for
two names never in one sentence, their kinds, how far apart, the headline's names.

Each pair is one candidate, at the sentence where its two names stand closest."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import MAX_PER_SENTENCE, by_sentence, is_relation_node
from kg.ingest.names.nesting import unpaired_spans
from kg.ingest.terms import URIRef

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
MAX_GAP = 400           # characters between two names read as words (farther: only "far")
SHORT_GAP = 6           # tokens: a gap this short is also one feature, word for word
_MARKS = {",": "comma", ";": "semicolon", ":": "colon", "(": "paren", "（": "paren",
          "|": "cell", "\n": "line", "—": "dash", "-": "dash", "/": "slash"}


class Candidate:
    """Two entities (``a`` named first), the sentence index ``i`` and span ``(lo, hi)`` where they
    stand closest, and their features."""
    __slots__ = ("a", "b", "i", "lo", "hi", "features")

    def __init__(self, a, b, i, lo, hi, features):
        self.a, self.b, self.i, self.lo, self.hi, self.features = a, b, i, lo, hi, features


def linked_pairs(draft) -> set[frozenset]:
    """The entity pairs the draft links already, directly or through a relation node."""
    out = set()
    for ent in draft.entities.values():
        objs = [o for _, o, *_ in ent.statements if isinstance(o, URIRef)]
        if is_relation_node(ent):
            for x, a in enumerate(objs):
                for b in objs[x + 1:]:
                    out.add(frozenset((a, b)))
        else:
            for o in objs:
                out.add(frozenset((ent.iri, o)))
    return out


def mention_spans(draft):
    """(start, end, entity) of every mention of every entity that is not a relation node."""
    return sorted(((m.start, m.end, ent) for ent in draft.entities.values()
                   if not is_relation_node(ent) for m in ent.mentions
                   if 0 <= m.start < m.end <= len(draft.text)),
                  key=lambda x: (x[0], x[1]))


def _bucket(n: int, edges=(0, 1, 2, 4, 8, 15)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def _rule(ent) -> str:
    if ent.known:
        return "known"
    r = (ent.rule or "").split("@", 1)[0].split("+", 1)[0]
    return ":".join(r.split(":")[:2]) or "none"


def _cls(ent) -> str:
    return str(ent.cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def candidates(draft, sents, kind) -> list[Candidate]:
    """Every pair of entities named in one sentence and not linked yet, once each, with its
    features."""
    text = draft.text
    spans_of = mention_spans(draft)
    nested = unpaired_spans(text, spans_of, kind)
    by_iri = {}
    for s, e, ent in spans_of:
        by_iri.setdefault(ent.iri, ent)
    rows = by_sentence(sents, [(s, e, ent.iri) for s, e, ent in spans_of
                               if (s, e, id(ent)) not in nested])
    done = linked_pairs(draft)
    degree: dict = {}
    for p in done:
        for x in p:
            degree[x] = degree.get(x, 0) + 1
    best: dict = {}
    shared: dict = {}
    for i, row in rows.items():
        items = list(row.items())
        for x, (a, xs) in enumerate(items):
            for b, ys in items[x + 1:]:
                key = frozenset((a, b))
                if a == b or key in done:
                    continue
                shared[key] = shared.get(key, 0) + 1
                gap = _closest(xs, ys)
                if gap is None:
                    continue
                if key not in best or gap[1] - gap[0] < best[key][2] - best[key][1]:
                    best[key] = (i, gap[0], gap[1], gap[2], a, b, len(row))
    out = []
    for key, (i, lo, hi, a_first, a, b, n_row) in best.items():
        ea, eb = (by_iri[a], by_iri[b]) if a_first else (by_iri[b], by_iri[a])
        feats = _features(text, sents, rows[i], i, lo, hi, ea, eb, kind, n_row,
                          degree.get(ea.iri, 0), degree.get(eb.iri, 0), shared[key])
        out.append(Candidate(ea, eb, i, lo, hi, feats))
    out += _apart(text, sents, rows, by_iri, done, set(best), degree, kind)
    out.sort(key=lambda c: (c.lo, c.hi, str(c.a.iri), str(c.b.iri)))
    return out


def _closest(xs, ys):
    """(end of the first name, start of the second, whether x comes first) for the closest
    non-overlapping mentions of two entities, or None when every pair overlaps."""
    best = None
    for a, b in xs:
        for c, d in ys:
            lo, hi, first = (b, c, True) if b <= c else (d, a, False) if d <= a else (None,) * 3
            if lo is not None and (best is None or hi - lo < best[1] - best[0]):
                best = (lo, hi, first)
    return best


def _features(text, sents, row, i, lo, hi, ea, eb, kind, n_row, deg_a, deg_b, shared):
    ka, kb = kind(ea), kind(eb)
    ca, cb = _cls(ea), _cls(eb)
    na, nb = ("k" if ea.known else "n"), ("k" if eb.known else "n")
    ku = "|".join(sorted((ka, kb)))
    f = [f"k:{ka}>{kb}", f"c:{ca}>{cb}", f"kn:{ka}{na}>{kb}{nb}", f"ku:{ku}",
         f"ra:{_rule(ea)}", f"rb:{_rule(eb)}", f"ns:{_bucket(n_row)}",
         f"dg:{min(deg_a, 3)}{min(deg_b, 3)}", f"sh:{min(shared, 3)}"]
    # the other names whose mentions lie wholly between the two
    between = sum(1 for ms in row.values() for s, e in ms[:1] if lo <= s and e <= hi)
    f += [f"be:{min(between, 4)}", f"ku:{ku}|be:{min(between, 4)}"]
    if hi - lo > MAX_GAP:
        f += ["far", f"ku:{ku}|far"]
    else:
        words = [w.lower() for w in _TOKEN.findall(text, lo, hi)]
        td = _bucket(len(words))
        f += [f"td:{td}", f"ku:{ku}|td:{td}"]
        if len(words) <= SHORT_GAP:
            g = " ".join(words) or "_"
            f += [f"gap:{g}", f"k:{ka}>{kb}|gap:{g}"]
        if words:
            f += [f"gf:{words[0]}", f"gl:{words[-1]}", f"ku:{ku}|gf:{words[0]}",
                  f"ku:{ku}|gl:{words[-1]}"]
        f += sorted({f"w:{w}" for w in words[:24]})
        marks = {_MARKS[ch] for ch in text[lo:hi] if ch in _MARKS}
        f += sorted(f"m:{m}" for m in marks)
    s0, s1 = sents.starts[i], sents.bounds(sents.starts[i])[1]
    # (the two mentions that stand closest: the first ends at lo, the second starts at hi)
    start_a = next((s for s, e in row.get(ea.iri, ()) if e == lo), lo)
    end_b = next((e for s, e in row.get(eb.iri, ()) if s == hi), hi)
    before = _TOKEN.findall(text, max(s0, start_a - 30), start_a)
    after = _TOKEN.findall(text, end_b, min(s1, end_b + 30))
    f.append(f"pre:{before[-1].lower() if before else '^'}")
    f.append(f"post:{after[0].lower() if after else '$'}")
    if text[max(s0, s1 - 8):s1].rstrip().endswith("?"):
        f.append("question")
    return f


NEAR = 2                # sentences apart at most, for two names of neighbouring sentences


def _apart(text, sents, rows, by_iri, done, together, degree, kind) -> list[Candidate]:
    """Pairs never named in one sentence: two names at most ``NEAR`` sentences apart (tier
    ``near``), and a name of the headline (the text's first line) with any name of the body
    (tier ``title``), each once, at its closest sentences."""
    order = sorted(rows)
    first_line = text.find("\n")
    first_line = len(text) if first_line < 0 else first_line
    counts: dict = {}
    for i in order:
        for iri, ms in rows[i].items():
            counts[iri] = counts.get(iri, 0) + len(ms)
    firsts: dict = {}
    for i in order:
        for iri, ms in rows[i].items():
            firsts.setdefault(iri, ms)
    headline = {iri for i in order for iri, ms in rows[i].items()
                if any(s < first_line for s, _ in ms)}
    seen: dict = {}
    for x, i in enumerate(order):
        for j in order[x + 1:]:
            if j - i > NEAR:
                break
            for a in rows[i]:
                for b in rows[j]:
                    key = frozenset((a, b))
                    if a != b and key not in done and key not in together and key not in seen:
                        seen[key] = (f"near:{j - i}", i, j, a, b)
    for iri in headline:
        for i in order:
            for b in rows[i]:
                key = frozenset((iri, b))
                if b != iri and key not in done and key not in together and key not in seen:
                    seen[key] = ("title", i, i, iri, b)
    out = []
    for key, (tier, i, j, a, b) in seen.items():
        ea, eb = by_iri[a], by_iri[b]
        ka, kb = kind(ea), kind(eb)
        ku = "|".join(sorted((ka, kb)))
        lo = (rows[i].get(a) or firsts[a])[0][1]
        hi = rows[j][b][0][0]
        sa = _TOKEN.findall(text, sents.starts[i], min(len(text), sents.starts[i] + 40))[:1]
        sb = _TOKEN.findall(text, sents.starts[j], min(len(text), sents.starts[j] + 40))[:1]
        f = [f"tier:{tier}", f"k:{ka}>{kb}|{tier}", f"ku:{ku}|{tier}",
             f"c:{_cls(ea)}>{_cls(eb)}|{tier}",
             f"kn:{ka}{'k' if ea.known else 'n'}>{kb}{'k' if eb.known else 'n'}|{tier}",
             f"ra:{_rule(ea)}|{tier}", f"rb:{_rule(eb)}|{tier}",
             f"dg:{min(degree.get(a, 0), 3)}{min(degree.get(b, 0), 3)}|{tier}",
             f"na:{_bucket(counts.get(a, 0), (1, 2, 4))}", f"nb:{_bucket(counts.get(b, 0), (1, 2, 4))}",
             f"ku:{ku}|nb:{_bucket(counts.get(b, 0), (1, 2, 4))}",
             f"sa:{sa[0].lower() if sa else '^'}", f"sb:{sb[0].lower() if sb else '^'}",
             f"ku:{ku}|sb:{sb[0].lower() if sb else '^'}",
             f"hb:{int(b in headline)}", f"ns:{_bucket(len(rows[j]))}|{tier}"]
        out.append(Candidate(ea, eb, j, min(lo, hi), max(lo, hi), f))
    out.sort(key=lambda c: (c.lo, c.hi, str(c.a.iri), str(c.b.iri)))
    return out
