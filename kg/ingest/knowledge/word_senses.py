"""Whether a known concept's name that is also an ordinary word ("lead", "gold", "silver",
"medical": ``data/ambiguous-concepts.txt``) names the concept where it is printed: read from the
text around the mention only (another concept near it in its sentence, a noun of the metals
trade after it, a proper name it is a word of, a column of metals it is a row of; not a verb,
a medal ("took gold"), a compound of another sense or a field's key). Used by :meth:`Gazetteer.link
<kg.ingest.knowledge.gazetteer.Gazetteer.link>`, on its mentions (anything with ``start``,
``end``, ``surface`` and ``iri``); the text-reading patterns the gazetteer shares with it
(``NEXT_WORD``, ``SENTENCE_END``, ``WORD_BEFORE``) are here."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.job_fields import job_or_holder
from kg.ingest.lexicon import phrases, words
from kg.ingest.reading.text import normalise_name

NEXT_WORD = re.compile(r"[ \u00a0](?![ \t])([A-Z][a-z]{2,})\b(?!['’]s\b)")
# the space between two words of a clause: blanks, or one line end with the next line's indent
# ("expected to\n  lead the delegation" is the verb as much as on one line)
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_GAP0 = r"[ \t]*(?:\n[ \t]*)?"
_NEXT_NOUN = re.compile(_GAP + r"([A-Za-z]+)\b")
_WORD_AFTER = re.compile(r"(?:" + _GAP + r"(?:and|or)" + _GAP + r"|," + _GAP0 + r"|-|" + _GAP
                         + r")([A-Za-z]+)\b")
_JOINED_BEFORE = re.compile(r"\b([A-Za-z]+)(?:-|" + _GAP + r"(?:and|or)" + _GAP + r"|," + _GAP0
                            + r")$")
WORD_BEFORE = re.compile(r"\b([A-Za-z]+)" + _GAP + r"$")
_LIST_ON = re.compile(r"\s*(?:,|and\b|or\b|/|-)")
_CAPITAL_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+[ \t]+$")
SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z])|\n[ \t]*\n")
# (the sentences a concept near a mention must share: one may open or close with a quote, 'sales
# rose. "We are in the lead," said ...': the zinc of the sentence before is not near the lead)
_SENTENCE_PART = re.compile(r"[.!?;][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z])|\n[ \t]*\n")


def kept_senses(text: str, out: list, concept) -> list:
    """``out`` (in text order) without the mentions of an ambiguous concept name (``concept``:
    the concepts' IRIs) that the text around them does not read as the concept."""
    ambiguous = words("ambiguous-concepts")
    doubtful = [m.iri in concept and normalise_name(m.surface) in ambiguous for m in out]
    if not any(doubtful):
        return out
    plain = [m for m, d in zip(out, doubtful) if m.iri in concept and not d]
    concepts = [m.start for m in plain]
    cells = {m.start for m in plain if _first_cell_start(text, m) >= 0}

    def near_concept(pos: int) -> bool:
        """Another concept within 60 characters, in the same sentence."""
        i = bisect.bisect_left(concepts, pos - 60)
        while i < len(concepts) and concepts[i] < pos + 60:
            a, b = sorted((concepts[i], pos))
            if not _SENTENCE_PART.search(text, a, b):
                return True
            i += 1
        return False
    return [m for m, d in zip(out, doubtful) if not d
            or (near_concept(m.start) or _metal_context(text, m)
                or _in_name_run(text, m) or _in_concept_column(text, m, cells))
            and not _as_verb(text, m) and not _medal(text, m)
            and not _compound_head(text, m) and not _field_key(text, m)
            and not in_alloy_name(text, m.start) and not job_or_holder(text, m)]


# the capitalised words after a name on its line, one space apart
_CAPS_AFTER = re.compile(r"(?:[ ][A-Z][\w'’-]*){1,3}")


def opens_street(text: str, end: int) -> bool:
    """Whether the capitalised words after a name printed at ``..end`` close a street's or a
    road's name ("Gold Fields Road", "Titanium Valley Road": data/street-words.txt): the name
    is a word of the road's, no mention of the metal."""
    run = _CAPS_AFTER.match(text, end)
    return run is not None and \
        run.group(0).split()[-1].lower().rstrip(".") in words("street-words") and \
        not _ROAD_AND.match(text, run.end())    # ("Zhenjiang Road and Bridge Co.": a firm's name)


_ROAD_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z]")


_ALLOY_BEFORE = re.compile(r"\b([A-Za-z]+['’]?s?['’]?)" + _GAP + r"$")
_ALLOY_AFTER = re.compile(r"(?:-|" + _GAP + r")([A-Za-z]+)\b")
# what a material is made of, printed right before the metal word that names its colour
# ("copper-zinc gold powder", "aluminium silver paste"): the word right before it
_MADE_OF_BEFORE = re.compile(r"(?:^|[^A-Za-z])([A-Za-z]+)" + _GAP + r"$")


def in_alloy_name(text: str, start: int) -> bool:
    """A metal word that is a word of an alloy's, a mineral's or a pigment's name, not the metal
    it holds: after the word before it ("nickel silver", "Nordic gold", "pencil lead") or
    before the word after it ("gold bronze powder", "lead pencil", "gold-coloured":
    data/alloy-names.txt); or a colour after the metals the thing is made of, before a word of
    its form ("copper-zinc gold powder", "aluminium silver paste": data/pigment-bases.txt,
    data/pigment-forms.txt)."""
    end = re.match(r"[A-Za-z]+", text[start:start + 20])
    if not end:
        return False
    metal = end.group(0).lower()
    alloys = phrases("alloy-names")
    before = _ALLOY_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and \
            f"{before.group(1).lower().replace('’', chr(39))} {metal}" in alloys:
        return True
    after = _ALLOY_AFTER.match(text, start + len(metal), start + len(metal) + 24)
    if after is None:
        return False
    if f"{metal} {after.group(1).lower()}" in alloys:
        return True
    if after.group(1).lower() not in words("pigment-forms"):
        return False
    made = _MADE_OF_BEFORE.search(text, max(0, start - 60), start)
    if made is None:
        return False
    base = made.group(1).lower()
    return base != metal and base in words("pigment-bases")


def _as_verb(text: str, m: object) -> bool:
    """An ordinary-word concept used as a verb: after "to", "will", ... ("continues to lead
    globally"), unless a list goes on ("from copper to lead and zinc")."""
    if not m.surface.islower():
        return False
    before = WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
    return bool(before and before.group(1).lower() in words("link-verb-cues")
                and not _LIST_ON.match(text, m.end))


_MEDAL_BEFORE = re.compile(r"\b([A-Za-z]+)" + _GAP + r"(?:(?:home|the|a)" + _GAP + r")*$")
_MEDAL_AFTER = re.compile(_GAP + r"(?:medals?|medallists?|medalists?)\b", re.I)


def _medal(text: str, m: object) -> bool:
    """An ambiguous metal word that names a medal: "took gold at the state competition", "won
    silver", "a gold medal" (``data/medal-verbs.txt``), unless a noun of the metals trade
    follows ("won gold mining rights")."""
    if _MEDAL_AFTER.match(text, m.end):
        return True
    before = _MEDAL_BEFORE.search(text, max(0, m.start - 30), m.start)
    return bool(before and before.group(1).lower() in words("medal-verbs")
                and not _metal_context(text, m))


def _in_name_run(text: str, m: object) -> bool:
    """A concept word printed in capitals as a word of a proper name ("Lanmo Medical Devices
    Co., Ltd.", "Zijin Gold Mining"): a capitalised word joined to it on either side. The name's
    rules then decide (names/words_of_names.py)."""
    if not m.surface[:1].isupper():
        return False
    return bool(NEXT_WORD.match(text, m.end) or _CAPITAL_BEFORE.search(text, max(0, m.start - 40),
                                                                      m.start))


# a table's first cell ends: two blanks or more, a tab, or the line's end
_CELL_END = re.compile(r"(?:[ ]{2,}|\t|[ \t]*(?:\n|\Z))")
_COLUMN_REACH = 3       # how many lines above and below a column of cells is looked at


def _first_cell_start(text: str, m: object) -> int:
    """Where the line of a mention that opens it (after blanks only) starts; -1 when the
    mention does not open its line or no cell ends after it. Reads back only over the blanks."""
    i = m.start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i > 0 and text[i - 1] != "\n" or not _CELL_END.match(text, m.end):
        return -1
    return i


def _in_concept_column(text: str, m: object, cells: set) -> bool:
    """An ambiguous metal word that is a table row's first cell, in a column whose cell on one
    of the nearby lines is another concept ("Zinc   7%  ->  9%" over "Lead   7%  ->  9%"): the
    metal, however wide the rows (``cells``: where the unambiguous concepts that are first
    cells start)."""
    line_start = _first_cell_start(text, m)
    if line_start < 0 or not cells:
        return False
    col = m.start - line_start

    def cell_at(start: int) -> bool:       # (a line shorter than the column has no such cell)
        return start + col in cells and text.find("\n", start, start + col) < 0
    up = down = line_start
    for _ in range(_COLUMN_REACH):
        if up > 0:
            up = text.rfind("\n", 0, up - 1) + 1
            if cell_at(up):
                return True
        nxt = text.find("\n", down)
        if nxt < 0:
            break
        down = nxt + 1
        if cell_at(down):
            return True
    return False


_OPENS = re.compile(r"(?:[.!?:][\"'\u201d\u2019)]?[ \t]+|\n[ \t]*|^[ \t]*)[\"'\u201c\u2018(]?\Z")


def _compound_head(text: str, m: object) -> bool:
    """An ambiguous metal word in lower case that opens a compound of another sense: "lead
    frames", "a lead investor", "the gold standard" (data/link-metal-not-heads.txt); and one
    whose capital is only a sentence's ("Lead times for cathode grew") or a heading's, a table
    column's or a field key's, before a word in lower case ("Lead handler", "3. Lead drafting
    unit:")."""
    if not (m.surface.islower() or m.surface[1:].islower()):
        return False
    after = _NEXT_NOUN.match(text, m.end, m.end + 40)
    if not after:
        return False
    if not m.surface.islower() and not _OPENS.search(text, max(0, m.start - 4), m.start) \
            and not after.group(1)[:1].islower():
        return False
    # (a role noun may follow a participle: "Lead drafting unit"; not a trade's: "lead
    # smelting unit")
    nouns = words("link-metal-not-heads")
    if after.group(1).lower() in nouns:
        return True
    second = _NEXT_NOUN.match(text, after.end(), after.end() + 40)
    return bool(after.group(1).lower().endswith("ing") and second
                and after.group(1).lower() not in words("link-metal-context")
                and second.group(1).lower() in nouns)     # (not "lead smelting unit")


def _field_key(text: str, m: object) -> bool:
    """An ambiguous metal word printed as a field's key at a line's start, whose value opens
    with a capitalised word: "Lead: Jinchuan Group Co., Ltd." names the leading unit, not the
    metal ("Lead: 12,000 t" and "Lead: prices rose" still name the metal)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if not m.surface[:1].isupper() or text[line_start:m.start].strip():
        return False
    return bool(_KEY_VALUE.match(text, m.end, m.end + 40))


_KEY_VALUE = re.compile(r"[ \t]*:[ \t]*[A-Z][a-z]")


def _metal_context(text: str, m: object) -> bool:
    """An ambiguous metal word read as the metal by the words around it: a noun of the metals
    trade after it ("a lead smelter", "gold output") or another metal joined to it ("Lead and
    silver", "antimony-gold ores", "gold-antimony separation"; data/link-metal-context.txt)."""
    context = words("link-metal-context")
    after = _WORD_AFTER.match(text, m.end, m.end + 40)
    if after and after.group(1).lower() in context:
        return True
    before = _JOINED_BEFORE.search(text, max(0, m.start - 40), m.start)
    return bool(before and before.group(1).lower() in context)
