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
  ``name:conferrer-in-award-name``, ``context:award-presented-by``).

Each rule reads the few characters after a mention (linear in the text)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.prior import is_relation_node
from kg.ingest.text import normalise_name
from kg.model.namespaces import NFO

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


def _cls(ent) -> str:
    return str(ent.cls).rsplit("#", 1)[-1]


def affiliations(draft, spans_of, kind, post) -> None:
    """``post(person, org, role, span, rule)`` makes a post node (relations._post)."""
    text = draft.text
    rows = sorted(((s, e, ent) for s, e, ent in spans_of if not is_relation_node(ent)),
                  key=lambda x: (x[0], -x[1]))
    by_start: dict = {}
    for s, e, ent in rows:
        by_start.setdefault(s, (s, e, ent))
    starts = [s for s, _, _ in rows]

    def org_at(pos):
        hit = by_start.get(pos)
        return hit if hit is not None and kind(hit[2]) == "org" else None

    def inside(a, b, k):
        lo = bisect.bisect_left(starts, a)
        out = []
        for s, e, ent in rows[lo:]:
            if s >= b:
                break
            if e <= b and kind(ent) == k:
                out.append((s, e, ent))
        return out

    for s, e, ent in rows:
        if kind(ent) != "org" or ent.known:
            continue
        team = _cls(ent) == "ResearchTeam"
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
            if hit is not None and kind(hit[2]) == "person":
                led = [x for x in chain if _cls(x[2]) not in _NOT_LED]
                if led and not led[-1][2].known:
                    led[-1][2].add(NFO.ledBy, hit[2].iri, Span(s, hit[1]), "context:led-by")
    _awards(draft, rows, kind, org_at)


def _awards(draft, rows, kind, org_at) -> None:
    text = draft.text
    orgs: dict = {}
    for s, e, ent in rows:
        if kind(ent) == "org":
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
