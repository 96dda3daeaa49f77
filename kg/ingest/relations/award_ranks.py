"""Award grants stated by a rank: "Gold award: <work>, A Co., Ltd." as a line of a list under an
award, "The first prize went to A and B", "A and B took silver medals" after the award is named.

A rank phrase (gold, silver, bronze, first, second, third, grand, special... then award, prize
or medal) that opens a line (after a list marker or none) makes the names of that line the
winners; in running prose, the winners are the names listed right after "went to / was given
to" after the rank, or right before "won / took / received" before it. Each winner gets one
``nfo:AwardGrant`` (rule ``award:ranked-winner``) of the award named last before the rank: in
its paragraph, or one paragraph back, list lines between not counted (a list under "X announced
its Y Awards. Among the winners:"). The grant is conferred by whoever confers the award. Not
winners: a name after "by" (who presented it), the award's own conferrer, an organisation a
person is "of" / "from" / "at" (where the winner works), names inside a longer name. A winner
the draft already gives a grant of that award is left alone.

Each rank reads its line or sentence once and finds the award by bisection: linear in the
text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.windows import near
from kg.ingest.relations.affiliations import award_rows, grant_node
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

_RANK = re.compile(r"\b(?:gold(?:en)?|silver|bronze|platinum|first|second|third|1st|2nd|3rd|"
                   r"grand|special|top)(?:[ \t-]+class)?[ \t-]+(?:award|prize|medal)s?\b", re.I)
_RANK_WORDS = ("award", "prize", "medal")     # (looked for in lower case: reading/windows.py)
# a list line: a marker ("1.", "2)", "-", "*", "•") or the rank itself at the line's start
_LIST_LINE = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-*•·▪])[ \t]+)?", re.I)
_BY = re.compile(r"\bby[ \t]+(?:the[ \t]+)?$", re.I)
_OF_AFTER_PERSON = re.compile(r"\s*,?\s*(?:of|from|at)\s+(?:the\s+)?", re.I)
# "the gold award went to A", "the first prizes were given to A and B"
_TO = re.compile(r"\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:went|go|goes|given|presented|"
                 r"awarded|granted)\s+to\s+(?:the\s+)?", re.I)
# "A and B won the gold award", "A took a silver medal", "A also received two first prizes"
_WON_BEFORE = re.compile(r"\b(?:won|wins|took|takes|claimed|received|receives|earned|secured|"
                         r"bagged|(?:was|were)\s+awarded)\s+(?:(?:the|a|an|its|their|two|three|"
                         r"four|five|\d+)\s+)?$", re.I)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)
_BACK = 1500                # characters: an award named this far back is the one ranked
_WINNERS = ("org", "person")


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def _unit(text, sents, pos) -> tuple[int, int, bool]:
    """The list line the rank at ``pos`` opens (after a list marker or none), or labels ("1.
    Titanium sponge, first prize: A, B Co., Ltd."), else its sentence."""
    ls = text.rfind("\n", 0, pos) + 1
    m = _LIST_LINE.match(text, ls, pos)
    labelled = _LABEL.match(text, pos)
    if m is not None and (m.end() == pos or (labelled and m.end() > ls)):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        while le < len(text) and _CONTINUED.match(text, le):    # an indented continuation
            nx = text.find("\n", le + 1)
            le = len(text) if nx < 0 else nx
        return (labelled.end() if labelled else ls), le, True
    return (*sents.bounds(pos), False)


# a rank that labels its line's winners: "first prize:"
_LABEL = re.compile(r"[\w -]*?:[ \t]*")
_CONTINUED = re.compile(r"\n[ \t]+(?![ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t])\S")
# a contest whose prizes the ranks are, when no award is named: "the 2026 X Skills Contest"
_CONTEST = re.compile(r"(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w'-]*\s+(?:(?:of|and|for|the)\s+)?){1,10}?"
                      r"(?:Contest|Competition|Championships?|Olympiad|Tournament|Challenge)"
                      r"(?:\s*\([^()\n]{1,60}\))?")
_CONTEST_WORDS = ("Contest", "Competition", "Championship", "Olympiad", "Tournament", "Challenge")


def _contest_prizes(draft, text, rows, kind, minter) -> list:
    """No award named: the prizes of the contest the text names first (a name ending in
    Contest, Competition, ...), minted as an ``nfo:Award`` "Prizes of the <name>" conferred by
    the organisers of the contest's event (an event whose mention overlaps the name, or whose
    label has its head word; rule ``award:contest-prizes``); [] if none."""
    if not any(w in text for w in _CONTEST_WORDS):
        return []
    m = _CONTEST.search(text)
    if m is None:
        return []
    name = re.sub(r"\s+", " ", m.group(0))
    head = next(w for w in _CONTEST_WORDS if w in name).lower()
    award = Entity(minter.mint("prizes-" + name[:50]), NFO.Award, f"Prizes of the {name}",
                   False, "award:contest-prizes", 0.5)
    award.mentions.append(Span(m.start(), m.end()))
    for ent in draft.entities.values():
        if ent.kind != "event" or not (head in ent.label.lower() or any(
                sp.start < m.end() and m.start() < sp.end for sp in ent.mentions)):
            continue
        for p, o, sp, _ in ent.statements:
            if p == NFO.organizedBy:
                award.add(NFO.conferredBy, o, sp, "award:contest-prizes")
    draft.entities[award.iri] = award
    return [(m.start(), m.end(), award)]


def _reaches(text, a_end, start) -> bool:
    """Whether an award named ending at ``a_end`` is the one a unit at ``start`` ranks: at most
    one paragraph break between them that is not followed by a list line."""
    breaks = 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text[a_end:start]):
        b = a_end + m.end()
        line = _LIST_LINE.match(text, b)
        if line.end() == b and not _RANK.match(text, b):
            breaks += 1
    return breaks <= 1


def ranked_grants(draft, spans_of, sents, kind, minter) -> None:
    text = draft.text
    ranks = list(near(_RANK, text, _RANK_WORDS, before=120, after=60, lower=True))
    if not ranks:
        return
    rows, awards = award_rows(spans_of)
    if not awards:
        awards = _contest_prizes(draft, text, rows, kind, minter)
    if not awards:
        return
    award_ends = [e for _, e, _ in awards]
    starts = [s for s, _, _ in rows]
    granted = set()         # (recipient, award) the draft already has a grant for
    for ent in draft.entities.values():
        if _cls(ent) == "AwardGrant":
            aw = [o for p, o, _, _ in ent.statements if p == NFO.award]
            for p, o, _, _ in ent.statements:
                if p == NFO.recipient:
                    granted.update((o, a) for a in aw)
    for m in ranks:
        us, ue, listed = _unit(text, sents, m.start())
        i = bisect.bisect_left(award_ends, m.start() + 1) - 1
        if i < 0 or awards[i][1] < us - _BACK or not (
                _reaches(text, awards[i][1], us) or awards[i][2].rule == "award:contest-prizes"):
            continue            # (a contest's prizes: the ranks anywhere after its name)
        award = awards[i][2]
        givers = [o for p, o, _, _ in award.statements if p == NFO.conferredBy]
        lo, hi = bisect.bisect_left(starts, us), bisect.bisect_left(starts, ue)
        unit = [x for x in rows[lo:hi] if x[1] <= ue]
        if not listed:
            unit = _beside(text, unit, m)
        people = [x[1] for x in unit if x[2].kind == "person"]
        if listed and people:
            unit = [x for x in unit if x[2].kind == "person"]    # (the company: where one works)
        span = Span(us, ue)
        for s, e, rec in unit:
            if rec.kind not in _WINNERS or rec.iri in givers or rec is award:
                continue
            if _BY.search(text, max(us, s - 8), s):
                continue        # "presented by X"
            if rec.kind == "org" and any(_OF_AFTER_PERSON.fullmatch(text, pe, s)
                                          for pe in people if pe <= s):
                continue        # "Zhang San of X": where the winner works
            if (rec.iri, award.iri) in granted:
                continue
            granted.add((rec.iri, award.iri))
            node = grant_node(minter, award.label, award.label, rec, "award:ranked-winner",
                              0.5, span)
            iri = node.iri
            node.add(NFO.award, award.iri, span, "award:ranked-winner")
            node.add(NFO.recipient, rec.iri, span, "award:ranked-winner")
            for g in givers:
                node.add(NFO.conferredBy, g, span, "award:ranked-winner")
            draft.entities[iri] = node


def _beside(text, unit, m) -> list:
    """In running prose, the winners are the names listed right after "went to" / "was given
    to" after the rank, or right before "won" / "took" / "received" before it."""
    after = _TO.match(text, m.end())
    if after is not None:
        return _chain(text, [x for x in unit if x[0] >= after.end()], after.end())
    verb = _WON_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if verb is None:
        return []
    out = []
    at = verb.start()
    for x in reversed([x for x in unit if x[1] <= verb.start()]):
        if not _JOIN.fullmatch(text, x[1], at) and not (at == verb.start() and re.fullmatch(
                r"\s*(?:,\s*)?(?:each\s+|also\s+|jointly\s+)?", text[x[1]:at])):
            break
        out.append(x)
        at = x[0]
    return out


def _chain(text, rows, at) -> list:
    """The names listed one after another from ``at`` ("A, B and C")."""
    out = []
    for x in rows:
        if x[0] != at and not _JOIN.fullmatch(text, at, x[0]):
            if x[0] < at:
                continue
            break
        out.append(x)
        at = x[1]
    return out
