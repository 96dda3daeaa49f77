"""Relations stated by the shape of a name or a clause:

* units: a new organisation whose name is a unit head (``data/unit-heads.txt``: Department,
  Office, Branch...) "of" or "under" a known organisation, or that starts with one ("CNIA Policy
  Research Office"), or that an organisation named earlier in the sentence "set up" or
  "established", or else of the last organisation (not a unit) named before it in its
  paragraph (a bare Department, Office, Branch, Division, Secretariat or Committee):
  ``nfo:unitOf`` (rules ``name:unit-of``, ``context:unit-set-up``,
  ``context:unit-nearest-org``);
* applications: the metal, product or technology named last before a cue of
  ``data/application-cues.txt`` ("used in", "demand from", "fields such as") and the fields
  named after it in the same sentence:
  ``nfo:appliedIn`` (rule ``context:applied-in``);
* places: two places the graph already holds one to be in the other, named next to each other
  ("Xi'an, Shaanxi", "Shaanxi's Xi'an", "Yulin in Shaanxi"): the located-in restated by this text
  (rule ``graph:located-in-restated``), or further apart in one sentence of one line ("the
  cities of Shaanxi Province, Xi'an and Baoji": ``graph:located-in-paragraph``), or anywhere
  on a line after "the cities within X" / "X's cities" introduces them (``graph:located-in-list``);
* scope: a new policy whose sentence names no place applies to the country the article names
  most (rule ``context:document-country``);
* follow-ups: "The plan ..." sentences after a new policy, event or project give the metals
  and fields it concerns (rule ``context:follow-up-sentence``);
* attendance: the people a sentence says "attended" take part in its event (rule
  ``context:attended``).

Each rule reads one sentence or a few, never the whole text per mention (a 10 MB article stays
linear). Measured precision per rule: ``bench/ingest_eval.py --rules``."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.relations.cited_rules import cited_rule
from kg.ingest.names.nesting import containers
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.relations.rows import starting_in, tail as _tail
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.reading.occurrences import line_end, occurrences
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near
from kg.ingest.span_order import spans_by_bounds, spans_by_start, spans_by_start_longest

_SET_UP = re.compile(r"\b(?:set\s+up|established|founded|created|launched|formed)\s+"
                     r"(?:a|an|the|its)\s+(?:new\s+)?$", re.I)
_NEXT_TO = re.compile(r"\s*,\s*|['’]s\s+|\s+(?:in|of)\s+(?:the\s+)?", re.I)
_PLACE_CLASSES = ("Country", "Province", "City", "County", "Region", "Place")


# heads of units that rarely stand alone (a "Center" or "Commission" often is its own body)
_BARE = {"department", "office", "branch", "division", "secretariat", "committee"}


def _head(label: str) -> str:
    """The head word of a name: the last word, or the last before "of" / "under"."""
    m = re.match(r"(.+?)\s+(?:of|under)\s", label)
    return (m.group(1) if m else label).split()[-1].lower()


def _starts_with_name(label: str, gaz) -> bool:
    """The label opens with a known name (a place, an organisation): "Fugu County Bureau"."""
    toks = label.split()
    return any(gaz.owner(normalise_name(" ".join(toks[:n]))) is not None
               for n in range(1, min(4, len(toks))))


def _place_named(text, s, e, ent, place_ends, place_at, org_ends) -> bool:
    """Whether the unit's mention ``s:e`` opens with a place of the draft, or follows one its
    label opens with ("Xiahe Village" + "Party branch": the "Xiahe Village Party branch"),
    and no organisation's name stands right before that place ("X Bank Co., Ltd., Lanzhou
    Branch" is the bank's)."""
    ps = s if place_ends.get(s, e) < e else None
    if ps is None:
        p = s
        while p > max(0, s - 3) and text[p - 1] in " \t":
            p -= 1
        place = place_at.get(p) if p < s else None
        if place is None or not normalise_name(ent.label).startswith(
                normalise_name(place[2].label) + " "):
            return False
        ps = place[0]
    q = ps
    while q > max(0, ps - 4) and text[q - 1] in " \t,":
        q -= 1
    return q not in org_ends


def _unit_owner(label: str, gaz, kind_of, heads):
    """The organisation a unit's name says it belongs to, or None."""
    toks = label.split()
    m = re.match(r"(.+?)\s+(?:of|under)\s+(?:the\s+)?(.+)$", label)
    if m and m.group(1).split()[-1].lower() in heads:
        owner = gaz.owner(normalise_name(m.group(2)))
        if owner is not None and kind_of(gaz.classes.get(owner)) == "org":
            return owner
    if toks and toks[-1].lower() in heads:
        for n in range(len(toks) - 2, 0, -1):      # the longest known name it starts with
            owner = gaz.owner(normalise_name(" ".join(toks[:n])))
            if owner is not None and kind_of(gaz.classes.get(owner)) == "org":
                return owner
    return None


def units(draft, spans_of, sents, gaz, kind, kind_of) -> None:
    heads = words("unit-heads")
    text = draft.text
    firsts = {}
    for s, e, ent in spans_of:
        firsts.setdefault(id(ent), (s, e, ent))
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of) if ent.kind == "org"]
    org_starts = [x[0] for x in orgs]
    place_ends, place_at = {}, {}   # a place of the draft: its end by its start, it by its end
    for s, e, ent in spans_of:
        if ent.kind == "place" and not ent.role:
            place_ends[s] = min(e, place_ends.get(s, e))
            place_at.setdefault(e, (s, e, ent))
    org_ends = {x[1] for x in orgs}

    def orgs_in(a, b):
        return orgs[bisect.bisect_left(org_starts, a):bisect.bisect_left(org_starts, b)]
    for s, e, ent in firsts.values():
        if ent.cls in RELATION_NODES or ent.kind != "org" or not ent.label.split():
            continue
        if _head(ent.label) not in heads:
            continue
        owner = _unit_owner(ent.label, gaz, kind_of, heads)
        if owner is not None and owner != ent.iri:
            # (a known unit too: "the Magnesium Branch of the X Association" restates its tie)
            ent.add(NFO.unitOf, owner, Span(s, e), "name:unit-of")
            continue
        if ent.known:
            continue
        ss, _ = sents.bounds(s)
        if _SET_UP.search(text[ss:s]):
            before = [x for x in orgs_in(ss, s) if x[1] <= s and x[2] is not ent]
            if before:
                ent.add(NFO.unitOf, before[0][2].iri, Span(before[0][0], e),
                        "context:unit-set-up")
                continue
        # a unit named bare ("Director of the Policy Research Office"): of the organisation
        # (not itself a unit) named last before it in the same paragraph
        if _head(ent.label) not in _BARE or " of " in ent.label \
                or _starts_with_name(ent.label, gaz) or _place_named(
                    text, s, e, ent, place_ends, place_at, org_ends):
            continue        # (nor one a place of the text names: "the Xiahe Village Party
            #                 branch" is the village's, not the company's named before)
        # (the paragraph, read back 3,000 characters at most: a text of one line stays linear)
        par = max(text.rfind("\n", max(0, s - 3000), s) + 1, s - 3000, 0)
        before = [x for x in orgs_in(par, s) if x[1] <= s and x[2] is not ent
                  and not (x[2].label.split() and x[2].label.split()[-1].lower() in heads)
                  and not (ent.cls == NFO.GovernmentBody and x[2].cls == NFO.Company)]
        # ("X Ltd received a fine imposed by the Mines Department": no company's department)
        if before:
            ent.add(NFO.unitOf, before[-1][2].iri, Span(before[-1][0], e),
                    "context:unit-nearest-org")


_WORD = re.compile(r"\w+")
_GENERIC_HEADS = {"material", "materials", "product", "products", "metal", "metals", "advanced",
                  "new", "high", "end", "high-end"}
APPLIED_GAP = 8         # words between the thing used and the cue (measured: 9 of 23 right beyond)


def applications(draft, spans_of, sents, kind) -> None:
    cues = sorted(lines("application-cues"), key=len, reverse=True)
    rx = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)
    text = draft.text
    by_sentence: dict = {}
    nested = plain_containers(spans_of)
    for s, e, ent in spans_of:
        if ent.cls in RELATION_NODES or (s, e, id(ent)) in nested:
            continue        # ("aerospace" inside "commercial aerospace" is not named on its own)
        by_sentence.setdefault(sents.bounds(s), []).append((s, e, ent))
    # "non-ferrous metal materials used in ...": a product named only by a metal and a generic
    # head is that metal
    generic = {}
    ents = {(s, e, id(ent)): ent for s, e, ent in spans_of}
    for key, outer in nested.items():
        inner = ents.get(key)
        if inner is None or inner.kind != "metal" or outer.kind != "product":
            continue
        rest = set(normalise_name(outer.label).split()) - set(normalise_name(inner.label).split())
        if rest <= _GENERIC_HEADS:
            generic[id(outer)] = inner
    for (ss, se), row in by_sentence.items():
        fields = [x for x in row if x[2].kind == "field"]
        users = [x for x in row if x[2].kind in ("metal", "product", "technology")]
        if not fields or not users:
            continue
        cue = rx.search(text, ss, se)
        if cue is None:
            continue
        # the thing used: the last one named before the cue; the fields: named after it
        used = [x for x in users if x[1] <= cue.start()][-1:]
        if used and id(used[0][2]) in generic:
            used = [(used[0][0], used[0][1], generic[id(used[0][2])])]
        if used and len(_WORD.findall(text, used[0][1], cue.start())) > APPLIED_GAP:
            continue        # the metal is far from the cue: the subject of another clause
        for fs, fe, f in fields:
            if fs < cue.end():
                continue
            for us, ue, u in used:
                if u.iri != f.iri:
                    u.add(NFO.appliedIn, f.iri, Span(ss, se), "context:applied-in")


def places(draft, spans_of, prior, kind, sents=None) -> None:
    if prior is None or not prior.links:
        return
    text = draft.text
    located = str(NFO.locatedIn)
    rows = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of)
            if ent.kind == "place" and ent.known]
    for (s, e, a), (s2, e2, b) in zip(rows, rows[1:]):
        if a.iri == b.iri or not _NEXT_TO.fullmatch(text, e, s2):
            continue
        for x, p, y in prior.links.get(frozenset((str(a.iri), str(b.iri))), ()):
            if p == located:
                inner = a if x == str(a.iri) else b
                outer = b if inner is a else a
                inner.add(NFO.locatedIn, outer.iri, Span(s, e2), "graph:located-in-restated")
    # further apart on one line and in one sentence ("in the cities of Shaanxi Province ...
    # Xi'an and Baoji"; a table's row "Hebi | Henan"): the province or region named there, not
    # a country. Not across the sentences of a line: a notice that names its province in one
    # sentence and a city of it in the next states no city's place
    by_par: dict = {}
    breaks = occurrences(text, "\n")
    for s, e, ent in rows:
        par = (breaks.last_before(s), sents.bounds(s)[0] if sents is not None else 0)
        row = by_par.setdefault(par, {})
        if len(row) < MAX_PLACES:
            row.setdefault(ent.iri, (s, e, ent))
    for par, row in by_par.items():
        outers = [x for x in row.values() if not str(x[2].cls).endswith("#Country")]
        for s, e, a in outers:
            for s2, e2, b in row.values():
                if a is b:
                    continue
                for x, p, y in prior.links.get(frozenset((str(a.iri), str(b.iri))), ()):
                    if p == located and y == str(a.iri):
                        b.add(NFO.locatedIn, a.iri, Span(min(s, s2), max(e, e2)),
                              "graph:located-in-paragraph")
    _listed(text, rows, breaks, prior, located)


_LIST_NOUNS = "|".join(sorted(words("place-list-nouns"), key=len, reverse=True))
# "(various) cities within|of|in|across|throughout (the) " just before the province's name
_LIST_BEFORE = re.compile(r"\b(?:%s)\s+(?:within|of|in|across|throughout)\s+(?:the\s+)?\Z"
                          % _LIST_NOUNS, re.I)
# "'s cities", "'s prefectures" just after it
_LIST_AFTER = re.compile(r"['\u2019]s\s+(?:%s)\b" % _LIST_NOUNS, re.I)
_LIST_LOOK = 40         # characters before a province's name read for the list's noun


def _listed(text, rows, breaks, prior, located) -> None:
    """A list of places a line introduces as those of a province or region ("in the cities
    within Shaanxi Province, ... Xi'an and Baoji ...; with Yulin and Tongchuan as ...";
    "Anhui's cities: Hefei, Chizhou"): the known places named after it on that line, that the
    graph holds to be in it, are restated to be in it (rule ``graph:located-in-list``), across
    the sentences of the line. A province named without such a noun states no list."""
    for i, (s, e, a) in enumerate(rows):
        if str(a.cls).endswith("#Country"):
            continue
        if not (_LIST_BEFORE.search(text[max(0, s - _LIST_LOOK):s])
                or _LIST_AFTER.match(text, e)):
            continue
        end = line_end(breaks, e, len(text))
        for s2, e2, b in rows[i + 1:i + 1 + MAX_PLACES]:
            if s2 >= end:
                break
            if b.iri == a.iri:
                continue
            for x, p, y in prior.links.get(frozenset((str(a.iri), str(b.iri))), ()):
                if p == located and y == str(a.iri):
                    b.add(NFO.locatedIn, a.iri, Span(s, e2), "graph:located-in-list")


MAX_PLACES = 24         # places per paragraph paired (a long list of places stays bounded)


_SCOPE_FREE = words("scope-free-documents")


def scope(draft, spans_of, sents, kind) -> None:
    """A new policy or initiative whose sentence names no place applies to the country the
    article names most (rule ``context:document-country``): a national policy in a Chinese
    industry report applies to China. A report, notice, standard or numbered document (the
    classes of ``data/scope-free-documents.txt``) is not read so: it is what a body wrote or
    released, not a measure over a territory."""
    counts: dict = {}
    for s, e, ent in spans_of:
        if ent.known and str(ent.cls).endswith("#Country"):
            counts[ent.iri] = counts.get(ent.iri, 0) + 1
    if not counts:
        return
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return                                  # no one country the article is about
    country = max(counts, key=counts.get)
    places = sorted(s for s, e, ent in spans_of if ent.kind == "place")
    seen = set()
    for s, e, ent in spans_by_start(spans_of):
        if ent.known or ent.cls in RELATION_NODES or id(ent) in seen or ent.kind not in ("policy", "initiative"):
            continue
        if str(ent.cls).rsplit("#", 1)[-1].lower() in _SCOPE_FREE or cited_rule(ent, draft.text):
            continue        # (a law or body of rules cited for a clause: cited_rules.py)
        seen.add(id(ent))
        if any(p == NFO.appliesTo for p, *_ in ent.statements):
            continue
        ss, se = sents.bounds(s)
        lo = bisect.bisect_left(places, ss)
        if lo < len(places) and places[lo] < se:
            continue
        ent.add(NFO.appliesTo, country, Span(s, e), "context:document-country")


_FOLLOW = {"policy": {"metal": NFO.concernsMetal, "field": NFO.concernsField},
           "initiative": {"metal": NFO.concernsMetal, "field": NFO.concernsField},
           "event": {"metal": NFO.concernsMetal, "field": NFO.concernsField},
           "project": {"metal": NFO.concernsMetal, "field": NFO.concernsField}}


def follow_ups(draft, spans_of, sents, kind) -> None:
    """The sentences after a new policy, initiative, event or project that go on about it ("The
    plan also ...", "This notice ..."), each opening with "The" / "This" and the last word of
    its name; the metals and fields they name (not inside another name)
    concern it (rule ``context:follow-up-sentence``). Only the next six sentences are read, up
    to a blank line or the first mention of another new thing of its kind."""
    text = draft.text
    rows = spans_by_start(spans_of)
    starts = [x[0] for x in rows]
    intros: dict = {}              # kind -> first mentions of new things of that kind
    for s, e, ent in rows:
        if not ent.known and ent.cls not in RELATION_NODES and ent.mentions:
            intros.setdefault(ent.kind, set()).add(ent.mentions[0].start)
    intros = {k: sorted(v) for k, v in intros.items()}
    seen = set()
    for s, e, ent in rows:
        k = ent.kind
        if ent.known or ent.cls in RELATION_NODES or k not in _FOLLOW or id(ent) in seen:
            continue
        seen.add(id(ent))
        mine = intros.get(k, [])
        nxt = bisect.bisect_right(mine, s)
        later = mine[nxt:nxt + 1]
        first = re.split(r"\s+(?:for|of|on|in|to|about|from)\s+", ent.label.strip('"“” '))[0]
        heads = {re.sub(r"[^A-Za-z]", "", w).lower() for w in (first.split() or [""])[-1:]}
        heads.add(str(ent.cls).rsplit("#", 1)[-1].lower())
        heads = {h for h in heads if len(h) >= 3 and h not in ("event", "policy", "initiative")}
        if not heads:
            continue
        alt = "|".join(sorted(heads))
        opener = re.compile(rf"(?:The|This|These)\s+(?:\w+\s+)?(?:{alt})s?\b", re.I)
        _, end = sents.bounds(s)
        for _ in range(6):
            if end >= len(text) or text.startswith("\n\n", end - 1) \
                    or text.startswith("\n\n", end - 2):
                break                                   # a blank line: the section ends
            ns, ne = sents.bounds(end)
            end = ne
            if later and later[0] < ns:
                break                       # another one of its kind was named since
            if not opener.match(text, ns):
                continue
            inside = starting_in(rows, starts, ns, ne)
            for os_, oe, other in inside:
                if any(a <= os_ and oe <= b and (a, b) != (os_, oe) for a, b, _ in inside):
                    continue
                pred = _FOLLOW[k].get(other.kind)
                if pred is not None:
                    ent.add(pred, other.iri, Span(ns, ne), "context:follow-up-sentence")


_ATTEND = re.compile(r"\b(?:attended|were\s+present|was\s+present|took\s+part\s+in|"
                     r"participated\s+in|joined\s+the\s+(?:event|meeting|ceremony)|witnessed\s+(?:the|this)\s+"
                     r"(?:moment|signing|ceremony|event|launch|release))\b", re.I)
# (no full stop, comma or semicolon in one: read only between them around its verb)
_ATTEND_NEAR = Near(_ATTEND, ("attended", "present", "took", "participated", "joined", "witnessed"),
                    lower=True, stops=".,;")


def attendance(draft, spans_of, sents, kind) -> None:
    """A sentence saying people "attended" (were present, took part): each person it names is a
    participant of the event it names, else of the new event named last within the three
    sentences before it (rule ``context:attended``)."""
    text = draft.text
    rows = spans_by_start(spans_of)
    events = [(s, ent) for s, e, ent in rows if ent.kind == "event" and not ent.known]
    event_starts = [s for s, _ in events]
    starts = [x[0] for x in rows]
    for m in _ATTEND_NEAR.finditer(text):
        ss, se = sents.bounds(m.start())
        inside = starting_in(rows, starts, ss, se)
        here = [x[2] for x in inside if x[2].kind == "event"]
        target = here[0] if here else None
        if target is None:
            back = ss
            for _ in range(3):
                if back <= 0:
                    break
                back = sents.bounds(back - 1)[0]
            i = bisect.bisect_left(event_starts, ss) - 1
            target = events[i][1] if i >= 0 and events[i][0] >= back else None
        if target is None:
            continue
        for s, e, who in inside:
            if who.kind == "person" and who is not target:
                target.add(NFO.participant, who.iri, Span(ss, se), "context:attended")


_PROVIDES = re.compile(r"[\"”’]?\s+(?:(?:also|further|clearly|explicitly|specifically)\s+)*"
                       r"(?:requires?|required|states?|stated|proposes?|proposed|calls?\s+for|"
                       r"called\s+for|stipulates?|stipulated|sets?\s+out|specifies|specified|"
                       r"points?\s+out|pointed\s+out|emphasi[sz]es|emphasi[sz]ed|aims?|"
                       r"deploys|deployed|outlines?|outlined)\b", re.I)
_PROVISION_SENTENCES = 6


def provisions(draft, spans_of, sents, kind) -> None:
    """"The Implementation Plan requires ... . Specifically, ... titanium ... in Xi'an": a new
    policy named as the subject of a verb of requirement (requires, states, proposes, calls
    for...) concerns the metals and fields named in the rest of its paragraph (its line, at most
    six sentences, up to the next new policy named): rule ``context:provision-paragraph``."""
    text = draft.text
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES]
    starts = [x[0] for x in rows]
    inside = containers(rows)
    for s, e, ent in rows:
        if ent.known or ent.kind != "policy" or not _PROVIDES.match(text, e):
            continue
        end = text.find("\n", e)
        end = len(text) if end < 0 else end
        stop = e
        for _ in range(_PROVISION_SENTENCES):
            if stop >= end:
                break
            stop = sents.bounds(stop)[1]
        stop = min(stop, end)
        for os_, oe, other in _tail(rows, bisect.bisect_left(starts, e)):
            if os_ >= stop:
                break
            ko = other.kind
            if ko == "policy" and not other.known and other is not ent:
                break                   # another policy: its own provisions
            if (os_, oe, id(other)) in inside:
                continue                # printed inside another name
            pred = {"metal": NFO.concernsMetal, "field": NFO.concernsField}.get(ko)
            if pred is not None:
                ent.add(pred, other.iri, Span(s, min(stop, oe + 200)),
                        "context:provision-paragraph")
