"""What the sentence that introduces a new event, policy, agreement or project says about it:
its date (``context:date``; a later mention's date only when more precise), the place "in/at"
which an event is held (named after it: after a verb of holding or close to its name, or inside
the name a noun phrase gave it: "held a meeting of smelters in X County") or a project lies ("at
X's alumina refinery" too: ``context:in-place``; an event "in A, B and C" in each:
``context:in-places``), an event's organisers (the list after "organised / hosted by", ``context:organised-by``),
a policy's issuers (the organisations before "issued / released / ...", ``context:issued-by``;
none when the policy is named before the verb and bodies are listed after "issued by": those
are relations/document_roles'),
an agreement's parties (every organisation of its sentence, ``context:party-in-sentence``) and
the organisations named before a project (``context:project-org``)."""
from __future__ import annotations

import re

from kg.ingest.events.date_cues import TERM_END, aside_close, cited_basis, person_asides
from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.events.signing_lines import second_verb_parties
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.reading.called_off import struck_row
from kg.ingest.reading.dates import date_literal
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.producers import home_country
from kg.ingest.terms import Literal, NFO

# a report on a whole year, published after it: the year its name holds is not its day ("the
# 2025 Annual Report", "2025 ESG Report"; a semi-annual report's year is its own)
_YEAR_COVERED = re.compile(r"(?<![\w-])(?:annual|sustainability|ESG|(?:corporate[ \t]+)?social[ \t]+"
                           r"responsibility)[ \t]+(?:report|results)\b", re.I)
# a name whose year is the one it was issued in: a numbered issue of that year ("Bulletin No. 4
# of 2026", "Digest, 2026 Issue 19") or a report on part of that year ("the 2025 semi-annual
# report", "interim report")
_OWN_YEAR = re.compile(r"\b(?:No\.|Issue|semi-annual|half-year(?:ly)?|interim|first[ \t\n]+half)",
                       re.I)
# a participle of the document's own day right after its name ("Under the agreement, signed
# by the two sides on ...")
_OWN_DAY = re.compile(r"[\s,]*(?:signed|issued|dated|approved|released|published|adopted|"
                      r"concluded|reached)\b[^,;:.]{0,120}$")
# a passive verb of issuing with its agent: "issued by", "jointly released by"
_PASSIVE_BY = re.compile(r"[ \t\n]+(?:jointly[ \t\n]+)?by\b")
_DATE_PRED = {"event": NFO.startDate, "policy": NFO.dateIssued, "agreement": NFO.dateSigned}


def node_context(draft, spans_of, sents, within, first_date) -> None:
    text = draft.text

    in_place_nested = plain_containers(spans_of)
    home = home_country(spans_of)
    name_ends = {}
    for x in spans_of:
        if not x[2].role and x[2].kind not in ("metal", "field"):
            name_ends.setdefault(x[1], []).append(x[2])

    def _ends_name(at, ent):
        """A name of another entity ends right before position ``at`` (spaces between)."""
        j = at
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        return any(o is not ent for o in name_ends.get(j, ()))

    cited: set = set()      # documents cited as the basis of an act (no date of theirs read)
    for s, e, ent in spans_of:
        k = ent.kind
        if ent.known or k not in ("event", "policy", "agreement", "project"):
            continue
        done = any(st[3].startswith("context:") for st in ent.statements)
        ss, se = sents.bounds(s)
        span = Span(ss, se)
        d = first_date(ss, se, s, e) if not struck_row(text, s, e) else None
        if d is not None and k == "policy" and d.kind == "gYear" and s <= d.start < e and \
                _YEAR_COVERED.search(text, s, e):
            d = None        # "the 2025 Annual Report": the year it reports on, out the next
        if d is not None and k in ("policy", "agreement") and d.kind == "gYear" \
                and s <= d.start < e and not _OWN_YEAR.search(text, s, e):
            d = None        # "the 2027 Work Plan", "the 2026 work report", "signed 2027
            #                 supply agreements": the year its name holds is the one it
            #                 covers (planned before it, reported after it), not the day it
            #                 was issued or signed (but "Bulletin No. 4 of 2026", "the 2025
            #                 semi-annual report": issued in that year)
        if k in ("policy", "agreement") and (ent.iri in cited or cited_basis(
                text, max(ss, s - 80), s) and not (d is not None and d.start >= e and
                                                   _OWN_DAY.match(text, e, d.start))):
            cited.add(ent.iri)
            d = None        # "In accordance with the X Regulations, the bureau granted the
            #                 permit on 14 December": the act's day, not the day X was issued
            #                 (nor a later mention's: a law cited as a basis is an older one)
        if d is not None and k in ("policy", "agreement") and \
                TERM_END.search(text, max(ss, d.start - 40), d.start):
            d = None        # "the agreement expires on 31 December": the end of its term
        if d is not None and k == "policy" and any(st[0] == NFO.plannedDate for st in ent.statements):
            d = None        # ("A circular will follow in February": a document still to come)
        if d is not None and k in _DATE_PRED and _sharper(ent, _DATE_PRED[k], d.value):
            ent.add(_DATE_PRED[k], Literal(d.value, datatype=_xsd(d.value)), span, "context:date")
            if d.until and k == "event":
                ent.add(NFO.endDate, Literal(d.until, datatype=_xsd(d.until)), span, "context:date")
        if done:             # places, organisers, issuers: from the first mention's sentence
            continue
        if k in ("event", "project"):
            told = person_asides(text, ss, se) if k == "event" else ()
            for ps, pe, place in within(ss, se, {"place"}):
                if any(a < ps and pe <= b for a, b in told):
                    continue        # "X, a metallurgist who spent forty years at the Baiyin
                    #                 smelter, died in Lanzhou": the person's story, not the
                    #                 place of the event

                m_in = re.search(r"\b(in|at)\s+(the\s+)?$", text[max(ss, ps - 12):ps])
                lo = max(ss, ps - 12)
                if not m_in and place.cls == NFO.Site:
                    # "to be built at Tianyuan's alumina refinery": an owner's possessive
                    # between "at" and its facility (not "in Guinea's Boké Region": the
                    # rules of places read a place's possessive)
                    lo = max(ss, ps - 60)
                    m_in = _AT_OWNERS.search(text[lo:ps])
                if not m_in:
                    continue
                at = lo + m_in.start()
                # not a place inside another name ("Shanghai Jiao Tong University"; a place
                # inside the node's own name after "in/at" is its own: "will hold a training
                # session on X in Kunming", the noun phrase read as the event's name), not the
                # article's own country, not "Ford in the US" (the "in" of another name)
                if in_place_nested.get((ps, pe, id(place))) not in (None, ent) or \
                        place.iri == home or \
                        re.search(r"\S\s*$", text[max(ss, at - 2):at]) and \
                        _ends_name(at, ent):
                    continue
                if k == "event" and at >= e and not _where_held(text, ss, e, at):
                    continue        # "... at 36 enterprises in X": another clause's place
                if at >= e and aside_close(text, s, e, ss, se) < at:
                    continue        # "X, who founded Y in 1988, died in Z": the dying's place
                if k == "project" and ps < s and gathering_place(text, ss, ps):
                    continue        # "told the shareholders' meeting in X that it plans a
                    # plant": the meeting's place, not the plant's (but "the project held its
                    # ceremony in the X Park": the project's own)
                ent.add(NFO.heldIn if k == "event" else NFO.locatedIn, place.iri, span,
                        "context:in-place")
                if k == "event":    # "inspected smelters in Nujiang, Qujing and Honghe"
                    for other in _place_list(text, within(pe, se, {"place"}), pe,
                                             in_place_nested):
                        ent.add(NFO.heldIn, other.iri, span, "context:in-places")
                break
        if k == "event":
            m = re.search(r"\b(organi[sz]ed|hosted|sponsored|held)\s+(jointly\s+)?by\b", text[ss:se])
            if m:
                for org in _listed_after(text, ss + m.end(), within(ss + m.end(), se, {"org"})):
                    ent.add(NFO.organizedBy, org.iri, span, "context:organised-by")
        if k == "policy":
            m = re.search(r"\b(issued|released|published|promulgated|introduced|formulated|launched|announced|imposed|unveiled|enacted|adopted)\b", text[ss:se])
            by = _PASSIVE_BY.match(text, ss + m.end()) if m else None
            agents = _listed_after(text, by.end(), within(by.end(), se, {"org"})) \
                if by is not None and s < ss + m.start() else []
            # "GB/T X-2026 ..., issued by the State Administration ...": the bodies after "by"
            # issued it (relations/document_roles reads them), not the sentence's subject
            # that cites it
            if m and not agents:
                # not the speaker of a transcript line ("China Industry News: On April 2, ...")
                lo = text.rfind(":", ss, ss + m.start()) + 1 or ss
                for os_, oe, org in within(max(ss, lo), ss + m.start(), {"org"}):
                    ent.add(NFO.issuedBy, org.iri, span, "context:issued-by")
        if k == "agreement" and sum(1 for st in ent.statements if st[0] == NFO.party) < 2 \
                and ent.rule != "agreement:between":
            # (two parties read already, "between A and B": the others are not parties; nor
            # when its phrase names the one it is "with")
            for os_, oe, org in second_verb_parties(text, ss, s, within(ss, se, {"org"})):
                ent.add(NFO.party, org.iri, span, "context:party-in-sentence")
        if k in ("project",):
            for os_, oe, org in within(ss, s, {"org"}):
                ent.add(NFO.participant, org.iri, span, "context:project-org")


_AT_OWNERS = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+$")
_HELD_VERB = re.compile(r"\b(?:held|hosted|opened|opens|convened|took\s+place|takes\s+place|staged|"
                        r"kicked\s+off|began|begins|started|starts|met|meets|gathered|"
                        r"inaugurated|launched|closed|concluded|ended)\b[^,;.]{0,50}$", re.I)
_NEAR_NAME = re.compile(r"[^;:]{0,80}")


def _where_held(text, ss, e, at) -> bool:
    """The "in / at" of a place named after an event follows a verb of holding ("was held
    in", "opened at") or the event's name closely ("the X Forum in Y", "the meeting on May 5 in
    Y"): not the place of another clause ("At a briefing ..., A said a trial ran at 36
    companies in X")."""
    return _HELD_VERB.search(text, max(ss, at - 60), at) is not None or \
        _NEAR_NAME.fullmatch(text, e, at) is not None


_BY_GAP = re.compile(r"\s*(?:the\s+)?")
_ORG_GAP = re.compile(r"\s*(?:\([^()\n]{1,60}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+together\s+with\s+|"
                      r"\s+as\s+well\s+as\s+)(?:the\s+)?", re.I)


def _listed_after(text, at, orgs):
    """The organisations listed right after ``at`` ("by A, B and C"), not the rest of the
    sentence ("co-organised by D", "said ... E")."""
    longest: dict = {}
    for os_, oe, org in orgs:
        if oe > longest.get(os_, (0, None))[0]:
            longest[os_] = (oe, org)
    out = []
    pos = _BY_GAP.match(text, at).end()
    while pos in longest and len(out) < 12:
        end, org = longest[pos]
        out.append(org)
        gap = _ORG_GAP.match(text, end)
        if gap is None:
            break
        pos = gap.end()
    return out


_PLACE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _place_list(text, after, end, nested):
    """The places listed right after a place that ends at ``end`` ("A, B and C"): a list only
    when "and" joins its last item ("Debao County, Baise" is a place and the one it is in)."""
    out, last_gap = [], ""
    for ps, pe, place in after:
        gap = _PLACE_GAP.fullmatch(text, end, ps)
        if gap is None or (ps, pe, id(place)) in nested or any(place is o for o in out):
            break
        out.append(place)
        last_gap, end = gap.group(0), pe
    return out if re.search(r"\band\b", last_gap) else []


def gathering_place(text, ss, ps) -> bool:
    """The place named at ``ps`` is where a gathering is: a gathering's noun
    (``data/gathering-nouns.txt``) and "in/at (the)" right before it ("the shareholders'
    meeting in Kunming", "talks in Astana"); ``ss``: the sentence's start."""
    m = re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(ss, ps - 12):ps])
    if m is None:
        return False
    at = max(ss, ps - 12) + m.start()
    words_before = re.findall(r"[A-Za-z]+", text[max(ss, at - 40):at].lower())
    nouns = words("gathering-nouns")
    return any(" ".join(words_before[-n:]) in nouns for n in (1, 2) if len(words_before) >= n)


def _sharper(ent, pred, value: str) -> bool:
    """One date per entity: a later mention's date replaces an earlier one only when it makes it
    more precise ("Q1 2025" in the headline, "On April 29" in the text: 2025-04-29)."""
    old = [st for st in ent.statements if st[0] == pred]
    if not old:
        return True
    if all(len(value) > len(str(st[1])) and value.startswith(str(st[1])) for st in old):
        ent.statements[:] = [st for st in ent.statements if st[0] != pred]
        return True
    return False


def _xsd(value: str):
    return date_literal(value).datatype
