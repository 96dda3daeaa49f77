"""Concepts named in lower case: fields, technologies and products ("commercial aerospace",
"additive manufacturing", "forged magnesium alloy wheel hubs"). Two rules, both low confidence:

* a list introduced by a plural kind noun (``data/concept-kinds.txt``): "emerging fields such as
  commercial aerospace, the low-altitude economy and deep-sea technology" -> three fields;
* a lower-case noun phrase ending in a head word learned from the graph passed to ``ingest()``
  (the last word of the label of each field, technology and product it holds) or one of the
  general heads of ``data/concept-heads.txt``, holding a word of a concept the graph knows (a
  metal or field: "magnesium", "hydrogen") besides the head.

Each phrase runs back from its end to a word of ``data/phrase-stops.txt``, a capitalised word or
punctuation, so one pass per sentence-sized window: linear in the text."""
from __future__ import annotations

import re
from collections import Counter

from kg.ingest.knowledge.light_graph import light_kg
from kg.ingest.names.candidates import Candidate
from kg.ingest.reading.caseless import lower_source, lowered, plain_case
from kg.ingest.lexicon import lines, words
from kg.ingest.terms import Literal, NFO, RDF, RDFS, SKOS
from kg.ingest.reading.windows import Near

# heads are learned from technologies and products; a field's last word ("industry",
# "manufacturing", "energy") heads too many phrases that are not names
_LEARN = {NFO.Technology: "Technology", NFO.Product: "Product"}
_GENERIC = {"industry", "industries", "smelting", "recycling", "transformation", "energy"}
_VOCAB_CLASSES = (NFO.Metal, NFO.Field, NFO.Technology, NFO.Product)
_TOKEN = re.compile(r"[a-z0-9][a-z0-9\-+]*|[A-Z0-9][A-Z0-9\-+]*[a-z]?")
_KEEP = {"new", "key", "major", "first"}          # phrase-stops that may sit inside a concept
# (a line break ends a list unless the list goes on in lower case: a wrapped line)
_LIST_END = re.compile(r"[.;:!?()]|\n(?![ \t]*[a-z])|\s(?:etc|and other|and so on)\b")


class ConceptModel:
    """What the graph teaches about concept names: head word -> class, and domain words."""

    def __init__(self, kg):
        heads: dict[str, Counter] = {}
        vocab: set[str] = set()
        union = light_kg(kg).union     # in the rules' terms (kg.ingest.terms)
        for cls in _VOCAB_CLASSES:
            for s in union.subjects(RDF.type, cls):
                for p in (RDFS.label, SKOS.altLabel):
                    for o in union.objects(s, p):
                        if not isinstance(o, Literal) or (o.language and o.language != "en"):
                            continue
                        ws = re.findall(r"[a-z0-9][a-z0-9\-]*", str(o).lower())
                        if not ws:
                            continue
                        vocab.update(w for w in ws if len(w) > 3 and w not in _STOPS)
                        if cls in _LEARN and len(ws) >= 2 and str(o).split()[-1].islower() \
                                and ws[-1] not in _GENERIC:
                            heads.setdefault(ws[-1], Counter())[_LEARN[cls]] += 1
        # ties broken by the class name, not by the order the graph's triples came in
        self.heads = {h: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0] for h, c in heads.items()
                      if len(h) > 3 and h not in _STOPS}
        for line in lines("concept-heads"):
            h, cls = line.split()
            self.heads.setdefault(h, cls)
        self.vocab = vocab
        # the names of the metals the graph knows, in lower case ("magnesium", "copper")
        self.metals = {str(o).lower() for s in union.subjects(RDF.type, NFO.Metal)
                       for p in (RDFS.label, SKOS.altLabel) for o in union.objects(s, p)
                       if isinstance(o, Literal) and (not o.language or o.language == "en")
                       and re.fullmatch(r"[a-z][a-z \-]{2,30}", str(o).lower())}


_STOPS = words("phrase-stops") - _KEEP
_LEAD_STOPS = words("concept-lead-stops")
_MADE = words("product-participles")
_VERB_NEXT = {"not", "never", "will", "would", "shall", "should", "can", "could", "may", "might",
              "must", "cannot"}


_LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


def _one_line(s: str) -> str:
    """A phrase wrapped onto the next line is one phrase (same length: offsets hold)."""
    return _LINE_BREAK.sub(" ", s) if "\n" in s else s


def concepts(text: str, model: ConceptModel) -> list[Candidate]:
    return list_items(text) + head_phrases(text, model) + graded_metals(text, model) \
        + quoted_concepts(text, model) + titled_techniques(text)


# "its Short-Process Preparation Technology for High-Strength High-Conductivity Strip", "the
# Oxygen-Enriched Side-Blown Smelting Process": a title-case technique after a determiner, with
# its "for"/"of" complement in title case too; not a body ("... Technology Co., Ltd.",
# "Institute of Technology": a lower-case word breaks the run)
_TITLED = re.compile(
    r"\b(?:its|the|a|an|their|our|this|his|her)[ \t\n]+((?:[A-Z0-9][\w-]*[ \t\n]+){1,8}?"
    r"(?:Technology|Technique|Process|Method)(?:[ \t\n]+(?:for|of)[ \t\n]+"
    r"(?:[A-Z0-9][\w-]*[ \t\n]+){0,6}[A-Z0-9][\w-]*)?)(?![\w-]|[ \t\n]+(?:Co\b|Co\.|Ltd|"
    r"Limited|Corporation|Corp|Group|Company|Inc|Institute|Centre|Center|Committee|Department|"
    r"Research|Laboratory|Lab|Award|Prize|Park|Zone|Project|Base)\b|[ \t\n]+(?:and|&)[ \t\n]+"
    r"[A-Z])")          # (a name that goes on: "... Technology and Economic Research Institute")
# (no comma, semicolon or colon in a match, nor in what it looks at after: read only in the
# stretches between them that hold its head word)
_TITLED_NEAR = Near(_TITLED, ("Technolog", "Techniq", "Process", "Method"), stops=",;:")


def titled_techniques(text: str) -> list[Candidate]:
    """A technique named in title case after a determiner (``_TITLED``): two or more words
    before its head, or one joined by a hyphen ("Pressure-Leaching Process")."""
    out = []
    if "Technolog" not in text and "Process" not in text and "Method" not in text and \
            "Technique" not in text:
        return out
    for m in _TITLED_NEAR.finditer(text):
        words = m.group(1).split()
        head = next(i for i, w in enumerate(words) if w in ("Technology", "Technique", "Process",
                                                            "Method"))
        if head < 2 and "-" not in words[0]:
            continue
        out.append(Candidate(m.start(1), m.end(1), " ".join(words), "Technology",
                             "concept:titled-technique", 0.4))
    return out


_SLOGAN = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b")
_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{8,160})[\"\u201d]")


def quoted_concepts(text: str, model: ConceptModel) -> list[Candidate]:
    """A quoted phrase of three to twelve words that ends in a concept head and names a metal,
    field or material the graph knows: a technology or product by its full title ('the "Large
    Vertical Furnace ... Reduction Technology"', 'the "Degradable Magnesium Alloy ... System"')."""
    out = []
    for m in _QUOTE.finditer(text):
        raw = m.group(1).rstrip(",.;: ")
        ws = raw.split()
        head = ws[-1].lower() if ws else ""
        if not 3 <= len(ws) <= 12 or head not in model.heads or _SLOGAN.match(raw) \
                or re.search(r"[^s]s$", head) \
                or not any(w.lower().strip("()") in model.vocab for w in ws[:-1]):
            continue            # (a numbered plural is a slogan: the "Three Green Lines")
        out.append(Candidate(m.start(1), m.start(1) + len(raw), " ".join(ws), model.heads[head],
                             "concept:quoted", 0.4))
    return out


# a compound modifier that makes a metal a product: "high-purity", "7N-grade", "high-brightness"
_GRADE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+")
_GRADE_STOPS = {"so-called", "well-known", "year-on-year", "long-term", "short-term",
                "large-scale", "world-class", "high-quality", "low-carbon", "low-grade",
                "high-grade", "high-end", "mid-to-high-end", "short-process", "multi-polar"}
_NEXT = re.compile(r"[ \t]+([A-Za-z][a-z\-]*)")


def _by_first_letter(alts: list[str]) -> str:
    """The alternation of ``alts`` (escaped, case-insensitive) grouped by first letter, each
    group in the given order: the same matches, found about five times faster (the engine
    tries a few dozen letters at each position, not every name). As given when any starts with
    something else than an ASCII letter."""
    if not all(a[:1].isascii() and a[:1].isalpha() for a in alts):
        return "|".join(alts)
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0].lower(), []).append(a[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


def _by_first_char(alts: list[str]) -> str:
    """As ``_by_first_letter``, for a case-sensitive pattern: grouped by the exact first
    character (letter or digit), each group in the given order."""
    if not all(a[:1].isascii() and a[:1].isalnum() for a in alts):
        return "|".join(alts)
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0], []).append(a[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


def graded_metals(text: str, model: ConceptModel) -> list[Candidate]:
    """A metal the graph knows printed after a compound modifier, maybe with plain adjectives
    between ("7N-grade high-purity indium", "high-brightness stainless magnesium"): a product
    made of that metal (the metal stays a mention). At most four words before the metal, the
    first of them hyphenated."""
    if not model.metals:
        return []
    out = []
    rx, low = _metals_rx(model)
    for m in (low.finditer(lowered(text)) if low is not None and plain_case(text)
              else rx.finditer(text)):
        nxt = _NEXT.match(text, m.end())
        if text[m.end():m.end() + 1] == "-" or nxt and nxt.group(1).lower() not in _STOPS:
            continue        # "... magnesium alloy injection molding machine": a longer name
        before = _one_line(text[max(0, m.start() - 80):m.start()])
        toks = before.split(" ")[:-1] if before.endswith(" ") else []
        keep: list[str] = []
        for tok in reversed(toks):
            if len(keep) >= 4 or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-]*", tok) \
                    or tok.lower() in _STOPS or tok.lower() in _LEAD_STOPS \
                    or re.fullmatch(r"[\d\-]+", tok):
                break           # (a code, "GB/T 45612-2025 High-purity Gallium": a standard's)
            keep.insert(0, tok)
        if any(t.lower().endswith(("ed", "-produce")) for t in keep):
            continue            # "self-developed ...", "Trial-Produce ...": a verb, no modifier
        while keep and not (_GRADE.fullmatch(keep[0]) and keep[0].lower() not in _GRADE_STOPS):
            keep = keep[1:]             # the phrase opens with its compound modifier
        if not keep or keep[0].lower().endswith(("-based", "-containing", "-related")):
            continue
        start = m.start() - len(" ".join(keep)) - 1
        if _one_line(text[start:m.start() - 1]) != " ".join(keep):
            continue
        label = " ".join(text[start:m.end()].split())
        out.append(Candidate(start, m.end(), label, "Product", "concept:graded-metal", 0.3))
    return out


def list_items(text: str) -> list[Candidate]:
    kinds = dict(line.split() for line in lines("concept-kinds"))
    alt = "|".join(sorted(kinds, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"\b({alt})(?:\s*,)?\s+(?:such\s+as|including|like)\s+", text):
        cls = kinds[m.group(1)]
        end = _LIST_END.search(text, m.end(), m.end() + 300)
        stop = end.start() if end else min(len(text), m.end() + 300)
        seg = text[m.end():stop]
        pos = m.end()
        last = False
        # a technology's name holds "and" and "of/for/from" ("comprehensive recycling and
        # utilization of spent batteries"): its list is split at commas only
        tech = cls == "Technology"
        for piece in (_tech_pieces(seg) if tech else _pieces(seg)):
            if re.fullmatch(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", piece):
                last = bool(re.search(r"\b(?:and|or)\b", piece))
                pos += len(piece)
                continue
            item = _item(text, pos, pos + len(piece), tech)
            pos += len(piece)
            if not item and tech:
                continue                # one item that names none: the next may
            if not item:
                break
            s, e = item
            out.append(Candidate(s, e, " ".join(text[s:e].split()), cls, "concept:list", 0.4))
            if (last and not tech) or text[e:pos].strip(" \t\"\u201d"):
                break                   # after the last "and", or cut short
    return out


_TECH_JOINS = {"of", "for", "from", "in", "and"}


def _tech_pieces(seg: str) -> list[str]:
    """A technology list split at its commas; within one piece, "and" between two names of two
    words or more with no "of/for/from/in" around it still separates two ("spray forming and
    vacuum die casting", but "recycling and utilization of ...", "residues from gold and
    copper smelting")."""
    out: list[str] = []
    for i, p in enumerate(re.split(r"(,\s*(?:and\s+|or\s+)?)", seg)):
        if i % 2 == 0:
            parts = re.split(r"(\s+and\s+)", p, maxsplit=1)
            if len(parts) == 3 and len(parts[0].split()) >= 2 and len(parts[2].split()) >= 2 \
                    and not _TECH_JOINS & set((parts[0] + " " + parts[2]).lower().split()):
                out.extend(parts)
                continue
        out.append(p)
    return out


def _pieces(seg: str) -> list[str]:
    """The list's items and separators. An "and" between one word and a two- or three-word
    item that a comma follows is inside an item, not the list's last conjunction ("PV, power
    and ESS batteries, NEVs": the two words share the head)."""
    parts = re.split(r"(,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)", seg)
    out: list[str] = []
    glue = False
    for i, p in enumerate(parts):
        if i % 2 == 1 and not p.startswith(",") and out and len(out[-1].split()) == 1 \
                and i + 2 < len(parts) and parts[i + 2].startswith(",") \
                and 2 <= len(parts[i + 1].split()) <= 3:
            out[-1] += p                # "power" + " and " + "ESS batteries"
            glue = True
        elif glue:
            out[-1] += p
            glue = False
        else:
            out.append(p)
    return out


def _item(text: str, s: int, e: int, long: bool = False) -> tuple[int, int] | None:
    """One list item: leading "the" dropped, cut at the first word that cannot be in a name (a
    verb, a preposition), at most six words. ``long`` (a technology): "and", "of", "for",
    "from", "in" may join its words, at most twelve."""
    toks = [(s + t.start(), s + t.end(), t.group(0)) for t in re.finditer(r"\S+", text[s:e])]
    while toks and toks[0][2].lower() in ("the", "a", "an"):
        toks = toks[1:]
    quoted = re.fullmatch(r"[\"\u201c]([^\"\u201c\u201d,]{2,60})[\"\u201d]?", text[toks[0][0]:e].strip()) \
        if toks else None
    if quoted:                          # policies such as the "Two New Areas" and "..."
        qs = toks[0][0] + 1
        return qs, qs + len(quoted.group(1))
    keep = []
    for i, (a, b, w) in enumerate(toks):
        low = w.lower()
        if (low == "and" or long and low in _TECH_JOINS) and 0 < i < len(toks) - 1:
            keep.append((a, b, w))      # "power and ESS batteries" (joined by _pieces)
            continue
        if low in _STOPS or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-+/&']*", w):
            break
        keep.append((a, b, w))
    while keep and keep[-1][2].lower() in _TECH_JOINS | {"and"}:
        keep = keep[:-1]
    if not keep or len(keep) > (12 if long else 6):
        return None
    if keep[0][2].lower() in _LEAD_STOPS | {"key", "other"} and not (
            long and len(keep) >= 3 and not keep[0][2].lower().endswith("ing")):
        return None             # ("comprehensive utilization of ..." names a technology)
    if long and len(keep) == 1:
        return None             # a technology is named in more than one word
    if len(keep) == 1 and ((len(keep[0][2]) < 3 and not keep[0][2].isupper())
                           or keep[0][2].endswith("ing")
                           or not keep[0][2].islower() and not keep[0][2].isupper()
                           and not re.fullmatch(r"[A-Z]{2,}s", keep[0][2])):     # "NEVs"
        return None
    if len(keep) < len(toks) and toks[len(keep)][2] == "and":
        return None             # "power and ESS batteries": the item goes on past "and"
    return keep[0][0], keep[-1][1]


def head_phrases(text: str, model: ConceptModel) -> list[Candidate]:
    if not model.heads:
        return []
    out = []
    for m in _heads_rx(model).finditer(text):
        before = _one_line(text[max(0, m.start() - 120):m.start()])
        toks = before.split(" ")[:-1] if before.endswith(" ") else []
        keep: list[str] = []
        for tok in reversed(toks):
            if not _modifier(tok) or len(keep) >= 6:
                break
            keep.insert(0, tok)
        # "will not list cobalt futures", "could launch nickel sulphate futures": the word after
        # a negation or a modal is a verb, not a word of the name
        seq = [t.lower() for t in toks[max(0, len(toks) - len(keep) - 1):]]
        cut = max((i for i, t in enumerate(seq) if t in _VERB_NEXT or t.endswith(("n't", "n\u2019t"))),
                  default=-1)
        if cut >= 0:
            keep = keep[max(0, cut - (len(seq) - len(keep)) + 2):]
        while keep and (keep[0].lower() in _LEAD_STOPS or keep[0].endswith("ing")
                        or keep[0].lower() == "new" and len(keep) > 2):
            keep = keep[1:]
        # two words before the head at least, one of them a word of a concept the graph knows
        if len(keep) < 2 or not any(t.lower() in model.vocab for t in keep):
            continue
        start = m.start() - len(" ".join(keep)) - 1
        if _one_line(text[start:m.start() - 1]) != " ".join(keep):
            continue
        label = f"{' '.join(keep)} {m.group(1)}"
        out.append(Candidate(start, m.end(), label, model.heads[m.group(1)], "concept:head", 0.3))
    return out


_HEADS_RX: dict = {}
_MODIFIER = re.compile(r"[a-z0-9][a-z0-9\-+]*|[A-Z0-9]{2,}[a-z]?|\d+(?:[,.]\d+)*[A-Za-z]*")


def _metals_rx(model: ConceptModel):
    key = ("metals", id(model.metals))
    got = _HEADS_RX.get(key)
    if got is None or got[0] is not model.metals:
        alt = _by_first_letter([re.escape(m) for m in sorted(model.metals,
                                                             key=lambda m: (-len(m), m))])
        src = rf"(?<![A-Za-z0-9\-])({alt})(?![A-Za-z0-9\-])"
        # (and as a case-sensitive pattern of the text in lower case, several times faster:
        # reading/caseless.py; only when every metal's name is ASCII)
        low = re.compile(lower_source(src)) if all(m.isascii() for m in model.metals) else None
        got = (model.metals, re.compile(src, re.I), low)
        if len(_HEADS_RX) > 8:
            _HEADS_RX.clear()
        _HEADS_RX[key] = got
    return got[1:]


def _heads_rx(model: ConceptModel):
    """The model's heads as one pattern, compiled once per model (not rebuilt per text)."""
    key = id(model.heads)
    got = _HEADS_RX.get(key)
    if got is None or got[0] is not model.heads:
        alt = _by_first_char([re.escape(h) for h in sorted(model.heads, key=len, reverse=True)])
        got = (model.heads, re.compile(rf"(?<![A-Za-z0-9\-])({alt})(?![A-Za-z0-9\-])"))
        if len(_HEADS_RX) > 8:
            _HEADS_RX.clear()
        _HEADS_RX[key] = got
    return got[1]


def _modifier(tok: str) -> bool:
    """A word that may stand before a concept's head ("magnesium", "3C", "forged")."""
    low = tok.lower()
    return not (low in _STOPS or not _MODIFIER.fullmatch(tok)
        or (low.endswith(("ed", "ly")) and "-" not in low and low not in _MADE))
