"""Who a research team, a unit and an award belong to, stated by the shape of the phrase that
names them (no statistics):

* a research team and the people it is named by ("Professor X's team", "the team of
  Academician X and Professor Y"): ``nfo:ledBy`` each of them (rule ``team:leader-in-name``);
* a team or a new unit followed by "at" / "from" (a team also "of") and an organisation, and so on
  down the chain ("X's team at the Y Research Center at Z University"): each one
  ``nfo:unitOf`` the next (rule ``context:unit-at-org``); the people a team is named by, with
  the title they are named with (Professor, Academician), hold a post in the first
  organisation of the chain (rule ``post:team-leader-at-org``);
* "..., led by (Academician) X" right after such a chain: ``nfo:ledBy`` X for the last team or
  institute of the chain (a university or company is not what the apposition is about; rule
  ``context:led-by``);
* an award whose name opens with an organisation's name ("the X Association Product Award")
  or that is "presented / awarded / conferred by" one: ``nfo:conferredBy`` (rules
  ``name:conferrer-in-award-name``, ``context:award-presented-by``); "The award(,) is jointly
  conferred by A and B" after an award is named (``context:the-award-conferred-by``);
* "The winning project, "P", was led by Professor A": ``nfo:ledBy`` of a new project or team
  (``context:project-led-by``); "School of X of Y University": ``nfo:unitOf`` Y
  (``name:unit-of-org``);
* award grants (:func:`award_grants`): the winners one sentence names share one grant; a project
  among them is what it is for (``award:grant-for-work``), as is "the winning project, P"
  (``award:winning-work``); "B received the award" joins the grant already made.

Each rule reads the few characters after a mention (linear in the text)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.relations.org_names import orgs_by_name
from kg.ingest.relations.rows import starting_in, tail as _tail
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import Spans, spans_by_start_longest
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

_AT = re.compile(r"[ \t]*,?[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?", re.I)
_TEAM_AT = re.compile(r"[ \t]*,?[ \t]+(?:at|from|of|in)[ \t]+(?:the[ \t]+)?", re.I)
_LED_BY = re.compile(r"[ \t]*,?[ \t]*(?:which\s+is\s+|and\s+)?led[ \t]+by[ \t]+(?:the[ \t]+)?"
                     r"(?:(?:Academician|Professor|Prof\.|Dr\.?|Researcher)[ \t]+)?", re.I)
_TITLE = re.compile(r"(Academician|Professor|Prof\.|Dr\.?|Researcher|Associate Professor)"
                    r"[ \t]+$", re.I)
_PRESENTED = re.compile(r"[\"”’ \t]*,?[ \t]*(?:which\s+(?:was|is)\s+)?(?:jointly\s+)?"
                        r"(?:presented|awarded|conferred|granted|given|issued|sponsored)[ \t]+by"
                        r"[ \t]+(?:the[ \t]+)?", re.I)
# organisations a chain ends at rather than units led by someone
_NOT_LED = ("University", "Company")
# organisations that are no unit of the one named after them with "at" / "from": a company
# "from" another is what was bought from it or who came from it
_NO_UNIT = ("Company",)


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def affiliations(draft, spans_of, kind, post) -> None:
    """``post(person, org, role, span, rule)`` makes a post node (relations._post)."""
    text = draft.text
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES]
    by_start: dict = {}
    for s, e, ent in rows:
        by_start.setdefault(s, (s, e, ent))
    starts = [s for s, _, _ in rows]

    def org_at(pos):
        hit = by_start.get(pos)
        return hit if hit is not None and hit[2].kind == "org" else None

    def inside(a, b, k):
        lo = bisect.bisect_left(starts, a)
        out = []
        for s, e, ent in _tail(rows, lo):
            if s >= b:
                break
            if e <= b and ent.kind == k:
                out.append((s, e, ent))
        return out

    for s, e, ent in rows:
        if ent.kind != "org" or ent.known:
            continue
        team = _cls(ent) == "ResearchTeam"
        if not team and _cls(ent) in _NO_UNIT:
            continue        # "a stake in A Co., Ltd. from B Ltd.": B sold it, A is no unit of B
        if team:
            for ps, pe, person in inside(s, e, "person"):
                ent.add(NFO.ledBy, person.iri, Span(s, e), "team:leader-in-name")
        # the chain: team at X at Y
        chain = [(s, e, ent)]
        pos = e
        for _ in range(3):
            m = (_TEAM_AT if team and len(chain) == 1 else _AT).match(text, pos)
            nxt = org_at(m.end()) if m else None
            if nxt is None or nxt[2] is chain[-1][2]:
                break
            cur = chain[-1][2]
            if not cur.known:
                cur.add(NFO.unitOf, nxt[2].iri, Span(chain[-1][0], nxt[1]), "context:unit-at-org")
            chain.append(nxt)
            pos = nxt[1]
            if nxt[2].known:
                break               # the graph knows where a known organisation belongs
        if len(chain) == 1 and not team:
            continue
        if team and len(chain) > 1:
            first = chain[1]
            for ps, pe, person in inside(s, e, "person"):
                t = _TITLE.search(text, max(s, ps - 30), ps)
                if t is not None:
                    role = t.group(1).rstrip(".")
                    post(person, first[2], "Professor" if role.lower() == "prof" else role,
                         Span(s, first[1]), "post:team-leader-at-org")
        m = _LED_BY.match(text, pos)
        if m is not None:
            hit = by_start.get(m.end())
            if hit is not None and hit[2].kind == "person":
                led = [x for x in chain if _cls(x[2]) not in _NOT_LED]
                if led and not led[-1][2].known:
                    led[-1][2].add(NFO.ledBy, hit[2].iri, Span(s, hit[1]), "context:led-by")
    _projects_led(text, rows, kind, by_start)
    _unit_of_in_name(draft, rows, kind)
    _unit_of_after(text, rows, kind, by_start)
    _awards(draft, rows, kind, org_at)


# a unit's name: "School of X of Y University", "Key Laboratory of X at Y"
_UNIT_HEAD = re.compile(r"(?:the\s+)?(?:State\s+Key\s+|Key\s+|National\s+)?(?:School|College|Faculty|"
                        r"Department|Institute|Laboratory|Lab|Center|Centre|Branch|Division)\s+of\s",
                        re.I)
_OF_END = re.compile(r"\s(?:of|at)\s+(?:the\s+)?$", re.I)
# a unit's head after words of its own: "No. 912 Geological Brigade of the X Bureau", "Qinghai
# Institute of Salt Lakes of the Chinese Academy of Sciences"
_INNER_UNIT = re.compile(r"\s(?:Brigade|Institute|Branch|Team|Laboratory|Centre|Center|Station|"
                         r"School|College|Department|Division|Office)\s+of\s")


def _unit_of_in_name(draft, rows, kind) -> None:
    """"School of Metallurgy of Central South University": a unit's name that ends with " of /
    at " and an organisation's name the draft has (a mention inside it, or the label or alias
    of an organisation it names) is a unit of it (``nfo:unitOf``, rule ``name:unit-of-org``; a
    unit the graph knows too: the text restates it)."""
    text = draft.text
    ends: dict = {}
    for s, e, ent in rows:
        if ent.kind == "org":
            ends.setdefault(e, []).append((s, ent))
    names = None
    for s, e, ent in rows:
        if ent.kind != "org" or not (_UNIT_HEAD.match(text, s, e) or
                                      _INNER_UNIT.search(text, s, e)):
            continue
        found = None
        for s2, inner in ends.get(e, ()):
            if s + 8 < s2 and inner is not ent and _OF_END.search(text, max(s, s2 - 8), s2):
                found = inner
                break
        if found is None:
            if names is None:
                names = orgs_by_name(draft, kind)
            for m in _OF_IN.finditer(text, s, e):
                other = names.get(normalise_name(text[m.end():e]))
                if other is not None and other is not ent:
                    found = other
                    break
        if found is not None:
            ent.add(NFO.unitOf, found.iri, Span(s, e), "name:unit-of-org")


_OF_IN = re.compile(r"\s(?:of|at)\s+(?:the\s+)?", re.I)

# a unit named, then "of (the)" and its organisation: "the ESG Research Center of the China
# Nonferrous Metals Industry Association", "Finance Department of X Co., Ltd."
_OF_NEXT = re.compile(r"[ \t]*\n?[ \t]*of[ \t\n]+(?:the[ \t\n]+)?")
_UNIT_LAST = frozenset({"department", "division", "office", "center", "centre", "branch",
                        "institute", "brigade", "team", "laboratory", "lab", "station", "school",
                        "college", "faculty", "section", "bureau", "committee", "commission"})


def _unit_of_after(text, rows, kind, by_start) -> None:
    """"the ESG Research Center of the China Nonferrous Metals Industry Association": a unit
    (an association's branch, or a name ending in a unit's head word) printed right before "of
    (the)" and an organisation's name is a unit of it (``nfo:unitOf``, rule
    ``name:unit-of-next-org``), a unit the graph knows too (the text restates it)."""
    for s, e, ent in rows:
        if ent.kind != "org" or text[e:e + 1] not in " \n" or (
                _cls(ent) != "AssociationBranch"
                and text[max(s, e - 12):e].rsplit(None, 1)[-1].lower() not in _UNIT_LAST):
            continue
        m = _OF_NEXT.match(text, e)
        nxt = by_start.get(m.end()) if m is not None else None
        if nxt is None or nxt[2] is ent or nxt[2].kind != "org" or \
                any(p == NFO.unitOf for p, *_ in ent.statements):
            continue
        ent.add(NFO.unitOf, nxt[2].iri, Span(s, nxt[1]), "name:unit-of-next-org")


# "The project "X", completed by A, was led by Professor B": after the name, a clause or two
_WAS_LED = re.compile(r"[\"”’]?\s*,?\s*(?:[^.;\"“”]{0,120},\s*)?(?:(?:which|that)\s+)?(?:is|was|are|were|"
                      r"has\s+been|have\s+been)\s+(?:jointly\s+)?led\s+by\s+(?:the\s+)?"
                      r"(?:(?:Academician|Professor|Prof\.|Dr\.?|Researcher|Associate\s+Professor)\s+)?",
                      re.I)


def _projects_led(text, rows, kind, by_start) -> None:
    """"The winning project, "X", was led by Professor B": ``nfo:ledBy`` B for a new project or
    team (rule ``context:project-led-by``)."""
    for s, e, ent in rows:
        if ent.known or not (ent.kind == "project" or _cls(ent) == "ResearchTeam"):
            continue
        if "led" not in text[e:e + 160]:
            continue
        m = _WAS_LED.match(text, e)
        hit = by_start.get(m.end()) if m else None
        if hit is not None and hit[2].kind == "person":
            ent.add(NFO.ledBy, hit[2].iri, Span(s, hit[1]), "context:project-led-by")


def _awards(draft, rows, kind, org_at) -> None:
    text = draft.text
    orgs: dict = {}
    for s, e, ent in rows:
        if ent.kind == "org":
            for name in {ent.label, text[s:e]} | set(ent.aliases):
                key = normalise_name(name)
                if len(key) >= 3:
                    orgs.setdefault(key, ent)
    seen = set()
    for s, e, ent in rows:
        if _cls(ent) != "Award" or ent.known:
            continue
        if id(ent) not in seen:
            seen.add(id(ent))
            label = normalise_name(re.sub(r"^(?:the\s+)?(?:\d{4}\s+)?", "", ent.label, flags=re.I))
            words_ = label.split()
            for n in range(len(words_) - 1, 0, -1):     # the longest organisation it opens with
                org = orgs.get(" ".join(words_[:n]))
                if org is not None and org is not ent:
                    ent.add(NFO.conferredBy, org.iri, Span(s, e), "name:conferrer-in-award-name")
                    break
        m = _PRESENTED.match(text, e)
        hit = org_at(m.end()) if m else None
        if hit is not None and hit[2] is not ent:
            ent.add(NFO.conferredBy, hit[2].iri, Span(s, hit[1]), "context:award-presented-by")
    _award_referred(draft, rows, org_at)


# "The award is jointly conferred by A and B": the award named last before the sentence
_REFERRED = re.compile(r"\b(?:the|this|that)\s+(?:award|prize|honou?r)s?(?:\s+(?:is|was|are|were|has\s+"
                       r"been|have\s+been)\s+|\s*,\s*)(?:jointly\s+|also\s+)?(?:presented|awarded|conferred|"
                       r"granted|given|sponsored|set\s+up|established)\s+by\s+(?:the\s+)?", re.I)
_ORG_AND = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?")
_REFER_BACK = 1500


def _award_referred(draft, rows, org_at) -> None:
    """"The award is (jointly) conferred by A and B": ``nfo:conferredBy`` each organisation
    listed, of the award named last before it within 1500 characters in the same or the
    previous paragraph (rule ``context:the-award-conferred-by``)."""
    text = draft.text
    if " by " not in text:
        return
    awards = [(s, e, ent) for s, e, ent in rows if _cls(ent) == "Award" and not ent.known]
    if not awards:
        return
    for m in scans_ahead.finditer(_REFERRED, text, (__name__, "_REFERRED")):
        before = [x for x in awards if x[1] <= m.start() and x[0] >= m.start() - _REFER_BACK]
        if not before or text.count("\n\n", before[-1][1], m.start()) > 1:
            continue
        award = before[-1][2]
        hit = org_at(m.end())
        while hit is not None and hit[2] is not award:
            award.add(NFO.conferredBy, hit[2].iri, Span(m.start(), hit[1]),
                      "context:the-award-conferred-by")
            g = _ORG_AND.match(text, hit[1])
            hit = org_at(g.end()) if g else None


_WON = re.compile(r"\b(?:won|wins|received|receives|obtained|(?:was|were|has\s+been|have\s+been)\s+"
                  r"(?:awarded|selected\s+(?:for|as|into)|listed\s+(?:as|in|among|for)|named\s+(?:a|an|as|"
                  r"among)|recognized\s+as|rated\s+as|included\s+in)|passed\s+the\b)", re.I)
_BY_ORG = re.compile(r"\bby\s+(?:the\s+)?", re.I)
_ANNOUNCED = re.compile(r"\b(?:announced|released|published|unveiled|issued)\b", re.I)
_SUBJECT_GAP = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*(?:,\s*|\s+and\s+|,\s*and\s+)?"
                          r"(?:(?:website|jointly|also|officially|has|have|recently)\s+)*", re.I)
# an honour given with no name: data/award-heads.txt, honour-titles.txt's words, "title" ...
_HONOUR = re.compile(r"\b(?:" + "|".join(lines("award-heads") + tuple(next(x for x in lines(
    "honour-titles") if x.startswith("words:"))[6:].split())) + r"|title|distinction|accolade|"
                     r"recognition|qualification|credential)s?\b", re.I)
_GRANT_BACK = 400           # an award named this far back in the paragraph is the one meant
# "received the award": the award named last, this far back (any paragraph)
_THE_AWARD = re.compile(r"\s+the\s+(?:award|prize|honou?r)\b", re.I)
_THE_AWARD_BACK = 3000
_AFFILIATION = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?", re.I)
_RECIPIENTS = ("org", "product", "technology", "person", "policy", "project")


def award_rows(spans_of) -> tuple[list, list]:
    """The draft's names in text order, longest first at a start, less the relation nodes and
    the names printed inside another name (not inside a clause an event was read from); and
    the awards among them, for the four award rules that run in a row: kept while the
    pipeline's list of spans is unchanged (Spans.kept), new lists each."""
    if type(spans_of) is not Spans:
        return _award_rows(spans_of)
    rows, awards = spans_of.kept(_award_rows, _award_rows)
    return rows[:], awards[:]


def _award_rows(spans_of) -> tuple[list, list]:
    nested = plain_containers(spans_of)
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES
            and (s, e, id(ent)) not in nested]
    return rows, [(s, e, ent) for s, e, ent in rows if _cls(ent) == "Award"]


def grant_node(minter, key: str, head: str, rec, rule: str, conf: float, span):
    """A new award grant to ``rec`` stated at ``span``, minted from ``key`` and the recipient's
    label and labelled "<head>, <recipient>"; the caller adds the award, the giver and the
    recipient it read."""
    from kg.ingest.model import Entity
    node = Entity(minter.mint("grant", key[:40], rec.label[:40]), NFO.AwardGrant,
                  f"{head}, {rec.label}", False, rule, conf, role=True)
    node.mentions.append(span)
    return node


def granted_pairs(draft) -> set:
    """(recipient, award) of every award grant the draft already holds, so that a rule reading
    grants another way does not state one twice."""
    granted = set()
    for ent in draft.entities.values():
        if ent.cls == NFO.AwardGrant:
            aw = [o for p, o, _, _ in ent.statements if p == NFO.award]
            granted.update((o, a) for p, o, _, _ in ent.statements if p == NFO.recipient
                           for a in aw)
    return granted


def award_grants(draft, spans_of, sents, kind, minter) -> None:
    """Who won or was selected for an award, and who announced it:

    * "A and B were selected for / won / received / passed the review of the X award": an
      ``nfo:AwardGrant`` node per recipient named before the verb in its clause, with the award
      named after it in the sentence (else the one named last before the sentence, in its
      paragraph), ``nfo:recipient``, ``nfo:award`` and the award's conferrer (rule
      ``award:grant-cue``);
    * "X and Y announced the winners of the Z Awards", "X released the eighth batch of Z":
      the organisations named before the verb confer the award named after it (rule
      ``context:award-announced-by``)."""
    text = draft.text
    rows, awards = award_rows(spans_of)
    if not awards:
        return
    starts = [s for s, _, _ in rows]
    award_starts = [s for s, _, _ in awards]
    made = set()
    grants: dict = {}           # award -> its first grant
    order: list = []            # (sentence start, grant) in the order made
    for ss in sents.starts:
        _, se = sents.bounds(ss)
        announced = list(_ANNOUNCED.finditer(text, ss, se))
        m = _WON.search(text, ss, se)
        if not announced and m is None:
            continue
        row = starting_in(rows, starts, ss, se)
        for m2 in announced:
            after = [x for x in row if x[0] >= m2.end() and _cls(x[2]) == "Award"]
            # the subject: organisations listed right before the verb ("A and B announced",
            # "the A website released")
            subjects = []
            at = m2.start()
            for x in reversed([x for x in row if x[1] <= m2.start()]):
                if x[2].kind != "org" or not _SUBJECT_GAP.fullmatch(text, x[1], at):
                    break
                subjects.append(x)
                at = x[0]
            if not after or not subjects:
                continue
            for _, _, org in subjects:
                after[0][2].add(NFO.conferredBy, org.iri, Span(ss, se),
                                "context:award-announced-by")
            break
        if m is None:
            continue
        # the recipients: named before the verb in its clause, after any "X announced" and
        # any award named before them ("the winners of the Z Awards: A and B won ...")
        cut = max([c.end() for c in re.finditer(r"[;:]|,\s*while\b|\b(?:announced|released|"
                                                 r"published|unveiled|issued)\b",
                                                 text[ss:m.start()])], default=0) + ss
        won = [x for x in row if x[0] >= m.end() and _cls(x[2]) == "Award"]
        if len(won) > 1 and re.fullmatch(r"\s+(?:of|in)\s+(?:the\s+)?[\"“]?", text[won[0][1]:won[1][0]]):
            won = won[1:]       # "the Gold Award of the X Awards": the X Awards
        if not won:
            won = [x for x in row if x[1] <= m.start() and _cls(x[2]) == "Award"][-1:]
        # who conferred it: "was awarded the X qualification by the Y"
        by = _BY_ORG.search(text, m.end(), se)
        giver = next((x[2] for x in row if by is not None and x[0] == by.end()
                      and x[2].kind == "org"), None)
        if not won and (re.match(r"\s+(?:a|an|its|their)\s", text[m.end():m.end() + 8]) or re.search(
                r"\s(?:a|an)$", m.group(0))) and not _HONOUR.search(text, m.end(), min(se, m.end() + 60)):
            continue            # "received a loan from X", "named a preferred bidder": no honour
        if not won:
            i = bisect.bisect_left(award_starts, ss) - 1
            par = text.rfind("\n", 0, ss)
            if i >= 0 and awards[i][0] >= max(par, ss - _GRANT_BACK):
                won = [awards[i]]
            elif i >= 0 and awards[i][0] >= ss - _THE_AWARD_BACK and _THE_AWARD.match(text, m.end()):
                won = [awards[i]]       # "B received the award alongside A": the one named last
            elif giver is None:
                continue
            elif not _HONOUR.search(text, m.end(), by.start()) and text[m.end():by.start()].strip():
                continue        # "was named a preferred bidder by X": no honour was given
        cut = max([cut] + [x[1] for x in won if x[1] <= m.start()])
        who = [x for x in row if cut <= x[0] and x[1] <= m.start() and x[2].kind in _RECIPIENTS
               and _cls(x[2]) != "Award"]
        # "Professor A of X received ...": X is where A works, not a winner
        people = {x[1] for x in who if x[2].kind == "person"}
        who = [x for x in who if x[2].kind != "org" or not any(
            _AFFILIATION.fullmatch(text, pe, x[0]) for pe in people if pe <= x[0])]
        if not who:
            continue
        span = Span(ss, se)
        if not won:             # an honour the draft has no name for: who gave it to whom
            for _, _, rec in who:
                if rec is giver or (rec.iri, giver.iri) in made:
                    continue
                made.add((rec.iri, giver.iri))
                node = grant_node(minter, giver.label, f"{giver.label} award", rec,
                                  "award:grant-cue", 0.5, span)
                iri = node.iri
                node.add(NFO.recipient, rec.iri, span, "award:grant-cue")
                node.add(NFO.conferredBy, giver.iri, span, "award:grant-cue")
                draft.entities[iri] = node
            continue
        # the work a prize was won for: a project named among the winners when others are
        # named too ("The project X, completed by A and B, won the first prize": A and B won it)
        works = [x for x in who if x[2].kind == "project"]
        if works and len(works) < len(who):
            who = [x for x in who if x[2].kind != "project"]
        else:
            works = []
        # the winners one sentence names share one grant; a sentence that says "the award"
        # adds its winners to the grant of that award already made
        node = grants.get(won[0][2].iri) if won and _THE_AWARD.match(text, m.end()) else None
        for _, _, rec in who:
            for _, _, award in won[:1]:
                if (rec.iri, award.iri) in made:
                    continue
                made.add((rec.iri, award.iri))
                if node is None:
                    node = grant_node(minter, award.label, award.label, rec,
                                      "award:grant-cue", 0.6, span)
                    iri = node.iri
                node.add(NFO.award, award.iri, span, "award:grant-cue")
                grants.setdefault(award.iri, node)
                order.append((ss, node))
                node.add(NFO.recipient, rec.iri, span, "award:grant-cue")
                if not node.label.endswith(rec.label):
                    node.label = f"{node.label}, {rec.label}"
                for _, _, work in works:
                    node.add(NFO.forWork, work.iri, span, "award:grant-for-work")
                for p, o, _, _ in list(award.statements):
                    if p == NFO.conferredBy:
                        node.add(NFO.conferredBy, o, span, "award:grant-cue")
                draft.entities[iri] = node

    _winning_work(text, rows, kind, order)


# "The winning project, "X", ...": the work the grant made last before it is for
_WINNING = re.compile(r"\b(?:winning|prize-winning|award-winning)\s+(?:project|work|achievement|"
                      r"technology|product)\s*,?\s*[\"“]?$", re.I)


def _winning_work(text, rows, kind, order) -> None:
    """"The winning project, "X", was led by ...": X is what the grant made last before it (within
    3000 characters) is for (``nfo:forWork``, rule ``award:winning-work``)."""
    if not order or "inning" not in text:
        return
    made_at = [o[0] for o in order]
    for s, e, ent in rows:
        if ent.kind not in ("project", "technology", "product") or ent.role:
            continue
        if not _WINNING.search(text, max(0, s - 40), s):
            continue
        i = bisect.bisect_left(made_at, s) - 1
        if i < 0 or order[i][0] < s - _THE_AWARD_BACK:
            continue
        node = order[i][1]
        if any(p == NFO.forWork for p, *_ in node.statements):
            continue
        node.add(NFO.forWork, ent.iri, Span(s, e), "award:winning-work")
