"""Who speaks at the event an article reports: in a transcript ("➤ Xinhua News Agency: ...",
"Li Yusheng: ..."), each line or sentence that opens with a known or new organisation or person
followed by a colon names a participant of the article's lead event (the first event named in its first three
paragraphs). A question-and-answer transcript marks its turns ("Q: A, analyst of B Securities:
...", "A: C: ...", "Question 2 (D, E Capital): ..."): after such a mark the person named first
speaks, whatever designation stands between the name and the colon. At least two such lines make a transcript; ``nfo:participant``, rule
``context:speaker-line``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.reading.occurrences import occurrences
from kg.ingest.terms import NFO
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import spans_by_bounds

_BULLET = re.compile(r"[ \t]*(?:[➤•▶►\-\*·■□◆◇]+[ \t]*)?")
# the mark of a question or an answer: "Q:", "A2:", "Question 3:", "Answer -", "Q&A:" is none
_TURN = re.compile(r"(?:Q|A|Q\.|A\.|Questions?|Answers?|Reply|Response)[ \t]*\d{0,2}[ \t]*"
                   r"(?:[:：]|[-–—](?=[ \t]))[ \t]*\(?")
# after a marked turn, what may stand between the name and its colon: ", analyst, B Securities"
_DESIGNATION = re.compile(r"[ \t]*(?:[,(（][^:：\n\"“”?!]{0,90}?)?[)）]?[ \t]*[:：]")


def speaker_lines(text, spans_of, kind, sents=None) -> None:
    by_start = {}
    for s, e, ent in spans_of:
        by_start.setdefault(s, (s, e, ent))
    speakers = []
    # a turn opens a line, or (a transcript run together) a sentence: "... industry. Economic
    # Daily: The report ..."
    # (where "^" matches under re.M: the text's start and after each line break)
    opens = [_BULLET.match(text, i).end()
             for i in [0] + [j + 1 for j in occurrences(text, "\n").places]]
    if sents is not None:
        opens += sents.starts
    marked = set()
    for b in list(opens):
        m = _TURN.match(text, b)
        if m:
            marked.add(m.end())
            opens.append(m.end())
    seen = set()
    named = _people_by_name(spans_of, kind) if marked else {}
    for b in sorted(set(opens)):
        hit = by_start.get(b)
        if hit is None and b in marked:
            hit = _named_person(text, b, named)
        if hit is None or hit[2].kind not in ("org", "person") or hit[:2] in seen:
            continue
        if re.match(r"[ \t]*[:：][ \t]*(?:[A-Z\"“]|$)", text[hit[1]:hit[1] + 4]) or (
                b in marked and hit[2].kind == "person" and _designated(text, hit[1])):
            seen.add(hit[:2])
            speakers.append(hit)
    if len({id(x[2]) for x in speakers}) < 2:
        return
    lead = lead_event(text, spans_of, kind)
    if lead is None or _incident(lead):
        return      # (an explosion or a flood has no speakers: the call about it is not it)
    have = {o for p, o, *_ in lead.statements if p == NFO.participant}
    for s, e, who in speakers:
        if who.iri not in have and who is not lead:
            have.add(who.iri)
            lead.add(NFO.participant, who.iri, Span(s, e), "context:speaker-line")


_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}")


@lru_cache(maxsize=1)
def _incident_words() -> frozenset:
    return words("incident-nouns")


def _incident(ev) -> bool:
    """An accident, a fire, a flood ... (a word of its label is an incident noun of
    ``data/incident-nouns.txt``): a transcript's turns do not take part in it."""
    return any(w in _incident_words() for w in re.findall(r"[a-z]+", ev.label.lower()))


def _people_by_name(spans_of, kind) -> dict:
    """The people the article names, by their label: a turn may repeat a name the reader of
    names left without a span there ("A: Rosa Quispe: ...")."""
    return {ent.label: ent for _, _, ent in spans_of if ent.kind == "person"}


def _named_person(text, b, named):
    """(start, end, person) for a marked turn opening with the full name of a person named
    before, else None."""
    m = _NAME.match(text, b)
    if m is None:
        return None
    words = m.group().split()
    for k in range(len(words), 1, -1):
        ent = named.get(" ".join(words[:k]))
        if ent is not None:
            return (b, b + len(_first_words(m.group(), k)), ent)
    return None


def _first_words(name, k) -> str:
    """The first ``k`` words of ``name`` as printed (with their spacing)."""
    return re.match(r"\S+(?:[ \t]+\S+){%d}" % (k - 1), name).group()


def _designated(text, end) -> bool:
    """"Wu Lei, Zhongyuan Securities:" / "Wu Lei (Zhongyuan Securities):": a designation, not
    a sentence, stands between a marked turn's name and its colon (no sentence ends in it)."""
    m = _DESIGNATION.match(text, end)
    return bool(m) and not re.search(r"[a-z]\.\s+[A-Z]", text[end:m.end()])


def lead_event(text, spans_of, kind):
    """The event an article reports: the first event named in its first three paragraphs."""
    events = lead_events(text, spans_of, kind)
    return events[0] if events else None


def lead_events(text, spans_of, kind) -> list:
    """The events named in an article's first three paragraphs, first named first. A
    paragraph is a block between blank lines when the text has enough of them (a hard-wrapped
    article: its lines are not paragraphs), else a line."""
    paras = paragraph_starts(text)[:4]
    limit = paras[3] if len(paras) > 3 else len(text)
    out, seen = [], set()
    for s, e, ent in [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of)
                      if ent.kind == "event" and s < limit]:
        if id(ent) not in seen:         # (a set: a text of one paragraph has every event here)
            seen.add(id(ent))
            out.append(ent)
    return out


_BLOCK = re.compile(r"(?:\A|\n[ \t]*\n)\s*(?=\S)")


def paragraph_starts(text) -> list:
    """Where the paragraphs open: after blank lines when the text has at least four blocks so
    separated, else at each non-empty line."""
    blocks = [m.end() for m in scans_ahead.finditer(_BLOCK, text, (__name__, "_BLOCK"))]
    if len(blocks) >= 4:
        return blocks
    return [m.start() for m in re.finditer(r"\S[^\n]*", text)]
