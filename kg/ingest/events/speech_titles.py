"""A speech printed as a document of its own: its title names the occasion it was delivered at
("Speech at the Commissioning Ceremony of the X Project of Y", wrapped over two lines; "Address
by Z at the Opening of the W Forum"), the speaker's name and post on the lines below it, a line
in brackets with the day and place ("(18 December 2026, X Park)"), and salutation lines that
address the guests by name ("Respected Secretary General A,").

The occasion is an event (rule ``event:speech-title``): labelled as the title prints it after
"at the", with the occasion's own words (up to its head: "Commissioning Ceremony") as an alias;
its class is the one ``data/event-nouns.txt`` gives the head (a ceremony that marks a milestone
is still an ``nfo:Event``), else ``nfo:Event`` for the occasion words of
``data/speech-titles.txt``. The speech is an ``nfo:Report`` about it, drafted by the speaker. The
text states: the speaker (``nfo:speaker``), the guests the salutations name (``nfo:participant``),
the bracketed line's day (``nfo:startDate``, the speech's ``nfo:dateIssued``) and place
(``nfo:heldIn``), a project or agreement the title names (``nfo:about``).

A title cut short (its occasion ends in a small word: "Speech at the Opening Ceremony of the")
names no occasion. Only the first paragraph is read as the title (a bounded stretch); the salutations are the
lines that open with a word of address in the header that follows it: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:speech-title", 0.6
_TITLE_MAX = 400        # a title longer than this is no title
_HEADER_MAX = 1500      # the speaker, date and salutation lines follow within this
# (a line of address ends with a comma or a colon: "Respected County Mayor A,")
_SALUTE = re.compile(r"(?m)^[ \t]*(?:Respected|Distinguished|Dear|Honou?rable|Esteemed)\s"
                     r"[^\n]{0,150}[,:\uff0c\uff1a][ \t]*$")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, list[tuple[re.Pattern, str]], re.Pattern]:
    openers, occasions = [], []
    for line in lines("speech-titles"):
        kind, word = re.split(r"\s{2,}", line, maxsplit=1)
        (openers if kind == "opener" else occasions).append(re.escape(word).replace(r"\ ", r"\s+"))
    alt = "|".join(sorted(openers, key=len, reverse=True))
    title = re.compile(rf"(?:(?:Opening|Closing|Welcome|Welcoming|New\s+Year|Inaugural)\s+)?"
                       rf"(?:{alt})(?:\s+by\s+(?P<by>[^\n,:]{{3,80}}?))?\s+at\s+the\s+"
                       rf"(?P<occ>[A-Z0-9][^:;!?]{{3,300}}?)\s*$", re.I)
    heads = []
    for line in lines("event-nouns"):
        pattern, cls, _need = line.rsplit(None, 2)
        heads.append((re.compile(rf"\b(?:{pattern.replace(' ', r'[ ]+')})\b", re.I), cls))
    occ = re.compile(rf"\b(?:{'|'.join(occasions)})\b", re.I)
    return title, heads, occ


_SMALL = frozenset("a an the and or of for on in at to by with from".split())


def titled(occ: str) -> bool:
    """A title prints its content words with a capital (or all in capitals)."""
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in _SMALL
               for w in occ.split())


def occasion_head(occ: str) -> tuple[int, str] | None:
    """Where the occasion's own words end in ``occ`` (its first words before "of", "for", ...,
    when a head stands among them) and its class, or None."""
    _, heads, words = _words()
    run = re.match(r"(?:(?!(?:of|for|on|in|at|to|by|with|from|and)\b)\S+\s?)+", occ, re.I)
    first = run.group(0).rstrip() if run else occ
    for part in (first, occ):
        best = None
        for rx, cls in heads:
            m = rx.search(part)
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), cls)
        m = words.search(part)
        if m is not None and (best is None or m.start() < best[0]):
            best = (m.start(), "Event")
        if best is not None:
            cls = "Event" if best[1] in ("Milestone", "Policy") else best[1]
            return len(first), cls      # (a ceremony marks the milestone; it is an event)
    return None


def propose(draft, spans_of, minter, kind_of):
    """Propose the occasion of a speech's title and the speech (see the module's notes);
    returns the event or None."""
    text = draft.text
    a = len(text) - len(text.lstrip())
    end = re.search(r"\n[ \t]*\n", text[a:a + _TITLE_MAX + 2])
    if end is None:
        return None
    b = a + end.start()
    title_rx, _, _ = _words()
    flat = text[a:b].replace("\n", " ")         # (one character for one: offsets kept)
    m = title_rx.fullmatch(flat.strip())
    if m is None:
        return None
    lead = len(flat) - len(flat.lstrip())
    occ_a, occ_b = a + lead + m.start("occ"), a + lead + m.end("occ")
    occ_text = re.sub(r"\s+", " ", text[occ_a:occ_b])
    if not titled(occ_text) or occ_text.split()[-1].lower() in _SMALL:
        return None         # ("Remarks at the forum lifted prices": a headline's clause;
        #                     "... Ceremony of the": a title cut short)
    got = occasion_head(occ_text)
    if got is None:
        return None
    head_end, cls = got
    label = occ_text
    # (a name rule may have read one line of the wrapped title as the event: the title's
    # reading replaces it, its label kept as an alias)
    event = next((x[2] for x in spans_of if occ_a <= x[0] and x[1] <= occ_b and not x[2].known
                  and kind_of(x[2].cls) == "event"), None)
    if event is None:
        event = Entity(minter.mint(label), NFO[cls], label, False, RULE, CONFIDENCE)
        draft.entities[event.iri] = event
    else:
        event.aliases.add(event.label)
        event.label, event.cls, event.rule = label, NFO[cls], RULE
        event.confidence = max(event.confidence, CONFIDENCE)
    short = occ_text[:head_end]
    if short != label:
        event.aliases.add(short)
    event.mentions.append(Span(occ_a, occ_b))
    spans_of.append((occ_a, occ_b, event))
    # who speaks: named in the title ("Address by X at ..."), else the first person below it
    header_end = min(len(text), b + _HEADER_MAX)
    people = [x for x in spans_by_start(spans_of) if kind_of(x[2].cls) == "person"
              and (a <= x[0] < b or b <= x[0] < header_end)]
    speaker = next((x for x in people if a <= x[0] < b), None)
    if speaker is None:
        below = re.match(r"[ \t]*\n(?:[ \t]*\n)*", text[b:b + 40])
        first = b + (below.end() if below else 0)
        speaker = next((x for x in people if first <= x[0] < first + 60), None)
    speech_label = (f"Speech by {speaker[2].label} at the {label}" if speaker is not None
                    else re.sub(r"\s+", " ", text[a:b]).strip())
    speech = Entity(minter.mint(speech_label), NFO.Report, speech_label, False, RULE, CONFIDENCE)
    speech.mentions.append(Span(a + lead, b))
    draft.entities[speech.iri] = speech
    spans_of.append((a + lead, b, speech))
    speech.add(NFO.about, event.iri, Span(a + lead, b), RULE)
    if speaker is not None:
        event.add(NFO.speaker, speaker[2].iri, Span(speaker[0], speaker[1]), RULE)
        speech.add(NFO.draftedBy, speaker[2].iri, Span(speaker[0], speaker[1]), RULE)
    for x in spans_of:
        if occ_a <= x[0] and x[1] <= occ_b and x[2] is not event \
                and kind_of(x[2].cls) in ("project", "agreement"):
            event.add(NFO.about, x[2].iri, Span(x[0], x[1]), RULE)
    _dated_place(text, b, header_end, spans_of, kind_of, event, speech)
    # the guests the salutations address by name take part
    for s in _SALUTE.finditer(text, b, header_end):
        for x in people:
            if s.start() <= x[0] and x[1] <= s.end() and x is not speaker:
                event.add(NFO.participant, x[2].iri, Span(x[0], x[1]), RULE + "@0.5")
    return event


def _dated_place(text, b, header_end, spans_of, kind_of, event, speech) -> None:
    """The bracketed line under the title: its day dates the occasion and the speech, a place
    in it is where the occasion was held."""
    br = re.compile(r"(?m)^[ \t]*\(([^()\n]{4,160})\)[ \t]*$").search(text, b, header_end)
    if br is None:
        return
    got = [d for d in find_dates(br.group(1)) if d.kind == "date"]
    if got:
        span = Span(br.start(1) + got[0].start, br.start(1) + got[0].end)
        event.add(NFO.startDate, date_literal(got[0].value), span, RULE)
        speech.add(NFO.dateIssued, date_literal(got[0].value), span, RULE)
    place = next((x for x in spans_by_start(spans_of)
                  if br.start(1) <= x[0] and x[1] <= br.end(1) and kind_of(x[2].cls) == "place"),
                 None)
    if place is not None:
        event.add(NFO.heldIn, place[2].iri, Span(place[0], place[1]), RULE + "@0.5")
