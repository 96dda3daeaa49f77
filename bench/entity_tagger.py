"""The learned entity tagger of round 37 (measured, not shipped: bench/INGEST.md "A learned
entity tagger (round 37)"): a linear-chain CRF (python-crfsuite) over the article's words that
marks names of the core kinds (organisations, people, places, events, policies and standards,
agreements, projects), trained on the curated readings of the bench articles by
bench/train_tagger.py. What it reads of a word: the word in lower case, its shape, its first
and last three letters, its neighbours two either side, where it stands on its line (first,
after a gap or a table's bar, in a line of capitals, in a table) and which of the project's own
word lists (kg/ingest/data) hold it (:data:`LISTS`). No pretrained model or vectors.

:func:`propose` is how it was tried as a proposer of `kg ingest`: run after every rule (at the
end of the pipeline, after ``split_namesakes``), a stretch it tags with at least
:data:`MINIMUM` confidence that overlaps no drafted mention, is a plausible name
(:func:`plausible`) and is no name the graph or the draft already has becomes a new entity,
rule ``model:tagger``, confidence half the tagger's (the mean marginal of its labels)."""
from __future__ import annotations

import os
import re

RULE = "model:tagger"
MODEL = "/tmp/entity-tagger.crfsuite"      # bench/train_tagger.py build --out
# the project's word lists whose words the tagger reads (first column of each entry)
LISTS = ("company-suffixes", "given-names", "surnames", "china-provinces", "china-cities",
         "place-countries", "world-places", "org-name-heads", "name-heads", "event-nouns",
         "document-kinds", "agreement-heads", "project-noun-heads", "roles", "facility-heads",
         "team-heads", "unit-heads", "venue-heads", "standard-prefixes", "gathering-nouns",
         "titled-event-heads", "place-prefectures", "government-posts", "common-words",
         "month-names", "body-name-ends", "org-unit-heads", "industry-name-heads")
_STOP = frozenset("of the and for in on a an to at by with".split())
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SPLIT = re.compile(r"\s{2,}|\t|\|")
# kind group -> the class a new entity of it gets
CLASSES = {"org": "Organization", "person": "Person", "place": "Place", "event": "Event",
           "policy": "PolicyDocument", "Agreement": "Agreement", "Project": "Project"}


def _list_words() -> dict[str, tuple[str, ...]]:
    from kg.ingest import lexicon
    words: dict[str, set] = {}
    for name in LISTS:
        if not os.path.exists(os.path.join(lexicon._FOLDER, name + ".txt")):
            continue
        for line in lexicon.lines(name):
            first = _SPLIT.split(line.strip(), 1)[0]
            if any(c in first for c in "()?\\[]*+"):
                continue
            for w in re.findall(r"[^\W\d_]+", first.lower()):
                if w not in _STOP:
                    words.setdefault(w, set()).add(name)
    return {w: tuple(sorted(v)) for w, v in words.items()}


_WORDS: list = []


def list_words() -> dict:
    if not _WORDS:
        _WORDS.append(_list_words())
    return _WORDS[0]


_SHAPES = ((re.compile("[A-Z]+"), "X"), (re.compile("[a-z]+"), "x"), (re.compile("[0-9]+"), "0"))


def _shape(w: str) -> str:
    for rx, to in _SHAPES:
        w = rx.sub(to, w)
    return w[:6]


def tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


def features(text: str, toks: list[tuple[int, int]], extra=None) -> list[list[str]]:
    """Each token's features (``extra``: a list of more feature strings per token, or None)."""
    lw = list_words()
    n = len(toks)
    base = []
    line_caps: dict[int, bool] = {}
    ls = 0                  # the start of the token's line (the tokens come in order)
    last = 0                # where the token before ended
    nl = text.find("\n")    # the next line break
    for a, b in toks:
        w = text[a:b]
        low = w.lower()
        while 0 <= nl < a:
            ls, nl = nl + 1, text.find("\n", nl + 1)
        f = ["w=" + low, "s=" + _shape(w), "p3=" + low[:3], "x3=" + low[-3:]]
        if w[:1].isupper():
            f.append("T")
        before = text[max(ls, a - 3):a]
        if last <= ls:      # (every other character is a token's: only spaces before it)
            f.append("L0")
        elif before.endswith(("  ", "\t", "|", "| ")):
            f.append("GAP")
        if ls not in line_caps:
            le = text.find("\n", a)
            line = text[ls:le if le >= 0 else len(text)]
            letters = [c for c in line if c.isalpha()]
            line_caps[ls] = len(letters) >= 4 and all(c.isupper() for c in letters)
            line_caps[-ls - 1] = "|" in line or "\t" in line or bool(re.search(r"\S {3,}\S", line))
        if line_caps[ls]:
            f.append("CAPS")
        if line_caps[-ls - 1]:
            f.append("TAB")
        for name in lw.get(low, ()):
            f.append("l=" + name)
        base.append(f)
        last = b
    out = []
    for i in range(n):
        f = ["b"] + base[i]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                fj = base[j]
                f.append(f"{d}w={fj[0][2:]}")
                if d in (-1, 1):
                    f.append(f"{d}s={fj[1][2:]}")
                    f += [f"{d}{x}" for x in fj[4:] if x[0] == "l"]
            else:
                f.append(f"{d}w=<>")
        if extra is not None:
            f += extra[i]
        out.append(f)
    return out


def spans_of(labels: list[str], toks, probs=None) -> list[tuple[int, int, str, float]]:
    """BIO labels to (start, end, kind, confidence) stretches of the text."""
    out = []
    cur = None
    for i, lab in enumerate(labels):
        p = probs[i] if probs is not None else 1.0
        if lab.startswith("B-") or (lab.startswith("I-") and (cur is None or cur[2] != lab[2:])):
            if cur:
                out.append(cur)
            cur = [toks[i][0], toks[i][1], lab[2:], [p]]
        elif lab.startswith("I-"):
            cur[1] = toks[i][1]
            cur[3].append(p)
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    return [(a, b, k, sum(ps) / len(ps)) for a, b, k, ps in out]


_LEADS = frozenset("the this that these those its our their his her your my a an such said "
                   "which whose who".split())
_ENDS = frozenset("of the and or a an in on to for by with at from is are was were has have "
                  "will shall".split())


def plausible(text: str, a: int, b: int, kind: str) -> bool:
    """Whether the stretch ``text[a:b]`` tagged ``kind`` could be a name: not led by a
    determiner or a pronoun ("the bureau", "our laboratory": references back), not ended by a
    function word, not a lower-case word alone, within one table cell and at most two lines;
    a person's name has two words or more (not a surname alone), an event's is capitalised
    (a lower-case one is a clause's words: "forwarded them"), and no stretch goes on a name
    printed right before it on its line ("... Carbon Materials Co., Ltd.": a name's tail)."""
    stretch = text[a:b]
    words = stretch.split()
    if not words or words[0].lower() in _LEADS or words[-1].lower() in _ENDS:
        return False
    capital = words[0][:1].isupper() or words[0][:1].isdigit()
    if (len(words) == 1 or kind == "event") and not capital:
        return False
    if kind == "person" and len(words) < 2:
        return False
    if "|" in stretch or "\n\n" in stretch or stretch.count("\n") > 1:
        return False
    before = text[max(0, a - 40):a]
    m = _WORD_BEFORE.search(before)
    return m is None or m.group(1).lower() in _LEADS or m.group(1).lower() in _OPENERS


# the word right before a stretch, one space apart, capitalised
_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)\b([A-Z][\w'-]*) $")
_OPENERS = frozenset("in at on by for from with to of and or as under after before during "
                     "between about into over since".split())


_TAGGER: list = []


def tagger(path: str = MODEL):
    if not _TAGGER or _TAGGER[0][0] != path:
        import pycrfsuite
        t = pycrfsuite.Tagger()
        t.open(path)
        _TAGGER[:] = [(path, t)]
    return _TAGGER[0][1]


def tag(text: str, path: str = MODEL, extra=None) -> list[tuple[int, int, str, float]]:
    """The stretches the model tags in ``text``: (start, end, kind group, confidence)."""
    toks = tokens(text)
    if not toks:
        return []
    t = tagger(path)
    t.set(features(text, toks, extra))
    labels = t.tag()
    probs = [t.marginal(lab, i) if lab != "O" else 1.0 for i, lab in enumerate(labels)]
    return spans_of(labels, toks, probs)


MINIMUM = 0.6       # the least confidence of a stretch proposed (chosen on sets 43-52)


def propose(draft, minter, known_name, path: str = MODEL) -> list:
    """New entities for the stretches the model tags in ``draft``'s text that no rule drafted:
    each overlaps no mention of the draft, is a plausible name, is no name the graph knows
    (``known_name(normalised name)``) nor one the draft already has; one entity per name, every
    stretch of it a mention. Returns the entities added."""
    from kg.ingest.model import Entity, Span
    from kg.ingest.reading.text import normalise_name
    from kg.ingest.terms import NFO
    text = draft.text
    found = tag(text, path)
    covered = bytearray(len(text) + 1)
    names = set()
    for ent in draft.entities.values():
        names.add(normalise_name(ent.label))
        names.update(normalise_name(x) for x in ent.aliases)
        for m in ent.mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    made: dict = {}
    for a, b, kind, p in found:
        if p < MINIMUM or any(covered[a:b]) or not plausible(text, a, b, kind):
            continue
        label = " ".join(text[a:b].split())
        key = normalise_name(label)
        if len(key) < 2 or key in names or known_name(key):
            continue
        ent = made.get(key)
        if ent is None:
            ent = Entity(minter.mint(label), NFO[CLASSES[kind]], label, False, RULE,
                         round(0.5 * p, 2))
            made[key] = ent
            draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
    return list(made.values())
