"""The record of something said that the text is, named by its headline: a speech, a transcript,
remarks ("Speech at the Commissioning Ceremony of X", "Transcript | Press Conference of Y",
"INTERVIEW TRANSCRIPT", "Keynote Remarks by Z at ..."). The genre words a headline may open
with: ``data/spoken-record-heads.txt`` (a kind word: Speech, Transcript, Remarks; the words that
may come before it: Keynote, Opening, Interview ...).

The first line of the text with words (past a page's furniture: one of the first three lines) is
such a headline when it opens with the genre words in title or upper case, followed by the
line's end, a bar ("Transcript | <title>") or "at / by / of / on / to / delivered / given"; the
lines that follow it before a blank line (at most two more) go on with it. A new ``nfo:Report``
(rule ``document:spoken-record``, confidence 0.6) is proposed for it, labelled by the whole title
("Transcript of <title>" after a bar) with the genre words as printed its alias, unless a
document of the draft is already named there (a "Minutes of the 9th Meeting" heading another
rule read; a speech or an interview record the events' readers made, with its speaker and
occasion: :mod:`kg.ingest.events.speech_titles`, :mod:`kg.ingest.events.interview_records`,
which run before). A genre word inside a sentence ("in his speech at the forum"), in lower case or as a
field label ("Remarks: none") names nothing; nor does a title cut short ("Speech at the", its
last word a small one: the occasion is not printed) or a headline's clause ("Remarks at the
forum lifted prices": after "at / by / of / on" the words a title would capitalise are in lower
case, as :func:`kg.ingest.events.speech_titles.titled` reads it). Reads the first few lines
once: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.speech_titles import titled
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "document:spoken-record", 0.6
_MAX_TITLE = 3          # lines a title wraps onto
_MAX_LINE = 120
# the small words a title never ends with ("Speech at the", "Remarks by")
_SMALL = frozenset("a an the and or of for on in at to by with from delivered given".split())


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    kinds, leads = [], []
    for ln in lines("spoken-record-heads"):
        word, role = ln.split()
        (kinds if role == "kind" else leads).append(re.escape(word))
    lead = "|".join(sorted(leads, key=len, reverse=True))
    kind = "|".join(sorted(kinds, key=len, reverse=True))
    # (each word in title case or upper case: "Speech", "TRANSCRIPT", never "speech")
    return re.compile(
        rf"[ \t]*(?P<genre>(?:(?:{lead})[ \t]+)?(?:{kind}))"
        rf"(?P<after>[ \t]*$|[ \t]*\|[ \t]*(?=\S)|[ \t]+(?:at|by|of|on|to|delivered|given)[ \t])",
        re.I | re.M)


def _cased(words: str) -> bool:
    return all(w[:1].isupper() and (w[1:].islower() or w[1:].isupper())
               for w in words.split())


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the report the headline names to the draft and to ``spans_of``."""
    text = draft.text
    first = _first_line(text)
    if first is None:
        return []
    a, b = first
    m = _pattern().match(text, a, b)
    if m is None or not _cased(m.group("genre")):
        return []
    end, c = b, b
    for _ in range(_MAX_TITLE - 1):     # the title's wrapped lines, up to a blank line
        nxt = text.find("\n", c + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[c + 1:nxt]
        if not line.strip() or len(line) > _MAX_LINE or ":" in line or c >= len(text):
            break
        end = c = nxt
    start = m.start("genre")
    if any(s < end and e > start and kind_of(x.cls) == "policy" for s, e, x in spans_of):
        return []           # (a document another rule read there)
    genre = m.group("genre")
    rest = " ".join(text[m.end("after"):end].split()).replace('"', "")
    if rest and "|" not in m.group("after") and (
            rest.split()[-1].lower() in _SMALL or not titled(rest)):
        return []           # ("Speech at the": cut short; "Remarks at the forum lifted prices")
    if not rest:
        label = genre
    elif "|" in m.group("after"):
        label = f"{genre} of {rest}"
    else:
        label = " ".join(text[start:end].split()).replace('"', "")
    ent = Entity(minter.mint(label), NFO.Report, label, False, RULE, CONFIDENCE)
    if label != genre:
        ent.aliases.add(genre)
    ent.mentions.append(Span(start, end))
    draft.entities[ent.iri] = ent
    spans_of.append((start, end, ent))
    return [ent]


def _first_line(text: str) -> tuple[int, int] | None:
    """The first line with words among the text's first three non-blank lines that is not page
    furniture ("Home > News", a rule of dashes): its start and end."""
    pos, seen = 0, 0
    while pos < len(text) and seen < 3:
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        line = text[pos:nxt]
        if line.strip():
            seen += 1
            if re.search(r"[A-Za-z]{2}", line) and ">" not in line and len(line) <= _MAX_LINE:
                return pos, nxt
        pos = nxt + 1
    return None
