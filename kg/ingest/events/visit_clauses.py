"""A visit and its steps that running prose tells with a verb, not named in capitals: "On
Wednesday, the delegation visits the zinc smelter of X" (an itinerary's present), "The team
first toured the plate workshop of Y", "Z, Chairman of W, inspected the Baoji plant", "The
Ambassador called on the Governor of V on Monday", "A held talks with B". The verbs, the noun
of each label, how the label reads and the class are listed in ``data/visit-verbs.txt``.

The subject is a person or an organisation named right before the verb (nothing between but an
apposition in commas, "of" and its organisation, or an adverb: "also", "first", "then"), or a
noun of people or of a group (``data/met-counterparts.txt``: delegation, team, guests,
leaders ...) with at most three words before it ("the delegation", "Union leaders", "a
chamber delegation"). The object runs from the verb to the first comma, stop or clause word
("on", "from", "where", "to look" ...), at most 160 characters, and must name a place, a site,
an organisation or a person of the draft: "visited the plant" with no plant named, "inspected
the quality" make none. A bare form ("visit", "tour") is read only after a plural noun of people
("Delegates visit the plant"); an infinitive or a negation ("invited to visit", "did not
visit") makes none.

The event (rule ``event:visit-clause``, 0.45) is labelled "Visit of <subject> to <object>",
"Tour of <object> by <subject>", "Talks between <subject> and <object>" ...; its participants
are the subject's name, the people the object names and its organisations when it names no place
or site (the owner of "the zinc smelter of X" is where, not who), where it was held the first
place or site the object names. Its date is read later from its clause and the entry
that governs it (:mod:`kg.ingest.events.date_attach`: "On Wednesday", "on 8 December", the
itinerary's day). A clause another event of the draft already covers is left to it (no twin),
as is one that the sentence before or after retells, and a company's care of its own things
("inspected its furnaces"): :mod:`kg.ingest.events.visit_twins`.
One regex pass over the text for the verbs (gated by a substring test); the names around each
verb are found by bisection: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds
from kg.ingest.events.visit_twins import own_things, stems, twin

RULE, CONFIDENCE = "event:visit-clause", 0.45
_ADV = r"(?:(?:also|first|then|later|separately|further|jointly|together|briefly|again|next)\s+)?"
# between a named subject and its verb (as met_meetings reads it)
_GAP = re.compile(r"(?:\s*,[^;.,\n]{2,120}(?:,[^;.,\n]{2,60})?,|\s+of\s+(?:the\s+)?[^;.,\n]{2,100})?"
                  r"\s*" + _ADV + r"$")
# what ends the object: a comma, a stop, a bracket, a paragraph, a clause word or a date's word
_END = re.compile(r"\s*(?:,(?![ \t]*(?:Ltd|Limited|Inc|LLC|Co)\b)|[;:!?()\[\]]|\.(?:\s|$)|\n\s*\n)|\s+(?:on|from|during|between|until|"
                  r"where|which|who|when|while|after|before|since|to\s+(?:look|learn|discuss|see|"
                  r"study|explore|seek|promote|hear|check|review)|in\s+order|and\s+(?:then|also|"
                  r"met|meets|held|holds|signed|signs|visited|visits|toured|tours|inspected|"
                  r"inspects|was|were|is|are|said|says|[a-z]+ed)|this\s+(?:week|month|morning|afternoon)|"
                  r"last\s+(?:week|month)|yesterday|today)\b")
_LONGEST = 160
# no modifier of a subject's noun: a small word or a time of day ("In the afternoon guests")
_FUNCTION = (r"in|on|at|of|and|or|the|a|an|after|before|during|with|by|for|from|to|then|when|"
             r"while|that|which|who|morning|afternoon|evening|night|day|days|week|weeks|month|"
             r"year|today|yesterday|later|also|first|next")
_NOT_BEFORE = re.compile(r"(?:\b(?:to|not|never|n't|may|might|could|should|would|must|shall|"
                         r"can|cannot|if|whether|unless|plans?|planned|hopes?|wants?|invited|"
                         r"failed)\s+)" + _ADV + r"$", re.I)


@lru_cache(maxsize=1)
def _verbs() -> dict:
    """{first word of a form: [(the form's words, (noun, reads, class, bare))]}."""
    out: dict = {}
    for line in lines("visit-verbs"):
        forms, noun, reads, cls = line.split()
        for i, f in enumerate(forms.split("|")):
            words = tuple(f.split("_"))
            out.setdefault(words[0], []).append((words, (noun, reads, cls, i == 2 and len(words) == 1)))
    return out


_WORD = re.compile(r"[\w'’-]+")


def _form_end(text: str, p: int, words: tuple) -> int:
    """Where the form ``words`` printed at ``p`` ends ("*": one word or none; "a": "a" or
    "an"), else -1."""
    toks = []
    for m in _WORD.finditer(text, p, min(len(text), p + 120)):
        if toks and text[toks[-1][1]:m.start()].strip(" \t\n") or not toks and m.start() != p:
            break       # only spaces between the words of a form
        toks.append((m.group().lower() if toks else m.group(), m.end()))
        if len(toks) > len(words):
            break

    def walk(t: int, k: int) -> int:
        if k == len(words):
            return toks[t - 1][1] if t else -1
        w = words[k]
        if w == "*":
            got = walk(t + 1, k + 1) if t < len(toks) else -1
            return got if got >= 0 else walk(t, k + 1)
        if t >= len(toks) or (toks[t][0] != w and not (w == "a" and toks[t][0] == "an")):
            return -1
        return walk(t + 1, k + 1)
    return walk(0, 0)


def _candidates(text: str):
    """(start, end, (noun, reads, class, bare)) of each form printed in ``text``, in order: a
    substring search for each form's first word (no scan of the text with a pattern)."""
    found = []
    for first, forms in _verbs().items():
        p = text.find(first)
        while p >= 0:
            if not p or not (text[p - 1].isalnum() or text[p - 1] in "-_"):
                best = max(((_form_end(text, p, w), row) for w, row in forms), key=lambda x: x[0])
                if best[0] > 0:
                    found.append((p, best[0], best[1]))
            p = text.find(first, p + 1)
    found.sort(key=lambda x: x[0])
    return found


@lru_cache(maxsize=1)
def _nouns() -> frozenset:
    """The nouns of a group or of people a subject is named by."""
    return frozenset(lines("met-counterparts")) | {"delegate", "visitor", "participant", "expert",
                                                   "group", "member"}


_LAST = re.compile(r"([\w'’-]+)\s+" + _ADV + r"$")
_LEAD = re.compile(r"(?<![\w'’-])(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hese|[Tt]hose|[Aa]ll)\s+)?"
                   r"(?:(?!(?:" + _FUNCTION + r")\b)[\w'’-]+\s+){0,3}$", re.I)


def _noun_subject(before: str, plural_only: bool):
    """(start in ``before``, the words) of a noun subject ending ``before``, else None."""
    m = _LAST.search(before, max(0, len(before) - 60))
    if m is None:
        return None
    w = m.group(1).lower()
    ns = _nouns()
    plural = (w.endswith("s") and w[:-1] in ns) or (w.endswith("es") and w[:-2] in ns) or \
        w in ("people", "staff")
    if not plural and (plural_only or w not in ns):
        return None
    lead = _LEAD.search(before, max(0, m.start() - 60), m.start())
    a = lead.start() if lead is not None and lead.end() == m.start() else m.start()
    return a, before[a:m.end(1)]


def propose(draft, spans_of, minter) -> list:
    text = draft.text
    found = _candidates(text)
    if not found:
        return []
    head = _headline_end(text)
    built = False
    made = []
    for vs, ve, row in found:
        noun, reads, cls, bare = row
        if vs < head:
            continue            # the headline: the lead's event tells it
        if not built:
            named = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of)
                     if kind(ent) in ("person", "org", "place")]
            ends = sorted((e, s, ent) for s, e, ent in named if kind(ent) != "place")
            end_keys = [e for e, _, _ in ends]
            starts = [s for s, _, _ in named]
            labels = {(s, e): ent.label for s, e, ent in spans_of if kind(ent) == "event"}
            labels.update({(m.start, m.end): ent.label for ent in draft.entities.values()
                           if not ent.known and kind(ent) == "event" for m in ent.mentions})
            events = sorted(labels)
            ev_starts = [s for s, _ in events]
            built = True
        w0 = max(0, vs - 600)       # (a bounded look back: linear on a text of no stops)
        line_start = max(text.rfind("\n\n", w0, vs), text.rfind(". ", w0, vs) + 1,
                         text.rfind(".\n", w0, vs) + 1, w0)
        before = text[max(line_start, vs - 260):vs]
        if _NOT_BEFORE.search(before):
            continue
        if re.search(r"\b(?:the|a|an|his|her|its|their|our|this|that|whose)\s+$", before, re.I):
            continue            # "the visit", "their tour": a noun, not a verb
        # the subject: a name with only an apposition between, else a noun of people
        subj = None
        k = bisect.bisect_right(end_keys, vs)
        for e, s, ent in reversed(ends[max(0, k - 12):k]):
            if vs - e > 240:
                break
            gap = text[e:vs]
            if "\n\n" not in gap and _GAP.fullmatch(gap):
                if subj is None or kind(ent) == "person":
                    subj = (s, e, ent)
                if kind(ent) == "person":
                    break
        noun_m = _noun_subject(before, bare)
        if bare and noun_m is None:
            continue            # "visit" alone after no plural noun: a noun
        if subj is None and noun_m is None:
            continue
        # the object: up to the first clause break
        o = ve
        while o < len(text) and text[o] in " \t\n":
            o += 1
        stop = _END.search(text, o, min(len(text), o + _LONGEST))
        b = stop.start() if stop else -1
        if b <= o:
            continue
        obj_names = [x for x in named[bisect.bisect_left(starts, o):bisect.bisect_left(starts, b)]
                     if x[1] <= b]
        if not obj_names:
            continue
        a = min(x for x in (subj[0] if subj is not None else None,
                            _start(vs, before, noun_m)) if x is not None)
        i = bisect.bisect_left(ev_starts, line_start - 600)
        opens = line_start + len(text[line_start:a]) - len(text[line_start:a].lstrip(" .\t\n"))
        if any(s < b and a < e or opens <= s < opens + 40 and s < a for s, e in events[i:i + 64]):
            continue            # a clause another event names, or a sentence opening with one
            #                     ("The inspection team, led by A, inspected ..."): no twin
        what = " ".join(text[o:b].split())
        if own_things(what, subj is not None and kind(subj[2]) == "person") or \
                twin(text, a, b, what, stems(text[vs:ve], noun), events, ev_starts, labels):
            continue            # "X inspected its furnaces"; a step the sentence around retells
        who = subj[2].label if subj is not None else " ".join(noun_m[1].split())
        who = re.sub(r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Aa]ll)\s+", "the ", who)
        if subj is None:
            who = who[:1].lower() + who[1:]
        who = re.sub(r"\s+(?:also|first|then|later|separately|further|jointly|together|briefly|"
                     r"again|next)$", "", who.strip())
        label = _label(noun, reads, who, what)
        ent = Entity(minter.mint(label), NFO.Meeting if cls == "Meeting" else NFO.Event, label,
                     False, RULE, CONFIDENCE)
        span = Span(a, b)
        ent.mentions.append(span)
        if subj is not None:
            ent.add(NFO.hostedBy if reads == "for" else NFO.participant, subj[2].iri, span, RULE)
        place = None
        # a site's owner ("the zinc smelter of X") is where, not who: an organisation of the
        # object takes part only when the object names no place or site; a person always does
        sited = any(kind(x) == "place" for _, _, x in obj_names)
        for _, _, x in obj_names:
            if kind(x) == "place":
                if place is None:
                    place = x
                    ent.add(NFO.heldIn, x.iri, span, RULE)
            elif (subj is None or x is not subj[2]) and (kind(x) == "person" or not sited):
                ent.add(NFO.participant, x.iri, span, RULE)
        draft.entities[ent.iri] = ent
        made.append((a, b, ent))
        j = bisect.bisect_left(ev_starts, a)
        events.insert(j, (a, b))
        ev_starts.insert(j, a)
    spans_of.extend(made)
    return [e for _, _, e in made]


def _headline_end(text: str) -> int:
    """Where the headline (a short first line that ends in no full stop) ends, else 0."""
    k = len(text) - len(text.lstrip())
    e = text.find("\n", k)
    first = text[k:e].rstrip() if e > 0 else ""
    return e if first and len(first) < 160 and not first.endswith(".") else 0


def _start(v: int, before: str, m):
    """Where the noun subject ``m`` (:func:`_noun_subject`) of ``before`` (the text ending at
    ``v``) starts in the text (None: no noun subject)."""
    return v - len(before) + m[0] if m is not None else None


def _label(noun: str, reads: str, who: str, what: str) -> str:
    if reads == "by":
        return f"{noun} of {what} by {who}"
    if reads == "on":
        return f"{noun} of {who} on {what}"
    if reads == "for":
        return f"{noun} for {what} hosted by {who}"
    if reads == "in":
        return f"{noun} of {who} in {what}"
    if reads == "of":
        return f"{noun} of {who}"
    if reads == "with":
        return f"{noun} between {who} and {what}"
    return f"{noun} of {who} to {what}"
