"""Posts in a contact list whose lines are labelled by the organisation: "Freight Department,
Lanzhou Railway Bureau: Mr. Du Weiming, Deputy Director, tel. ..." / "X Co., Ltd.: Ms. Ma Li,
Dispatch Manager". The organisation opens the line (after its indentation and a list marker at
most; a parent after a comma may follow it), a colon closes the label, then the person (a
courtesy title before the name at most) and, after a comma, a role (``data/roles.txt``, or a
few words ending in a job's head word): the role is the person's post in the label's first
organisation (rule ``post:org-label@0.5``). No role after the name, no post; nor
when the role is said to be of another organisation ("A, Dispatch Manager of Y Co., Ltd."). One look at each
line an organisation opens: linear in the text.

The same person and role right after an organisation's name, a comma or a bracket between, the
way a contact line or a report's header prints whom to ask ("Contact: Customer Service Centre,
Ms. A, Deputy General Manager, tel. ...", "contact the Trading Department, Mr. B, Manager",
"Metrology Department, C (Head), tel. ...", "Prepared by: Planning Section (D, Planning
Engineer)"): the person's post in that organisation (:func:`unit_contact_posts`, rule
``post:org-comma-name-role@0.5``), for a person no rule gave a post before."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.reading.occurrences import line_start, occurrences
from kg.ingest.relations.post_nodes import make_post
from kg.ingest.relations.table_posts import role_at
from kg.ingest.span_order import spans_by_start

RULE = "post:org-label@0.5"
_OPEN = re.compile(r"[ \t]*(?:(?:\d{1,2}|[a-z])[.)]|\(\d{1,2}\)|[*•·▪\-–—])?[ \t]*")
_PARENT = re.compile(r"[ \t]*,[ \t]*")
_COLON = re.compile(r"[ \t]*[:：][ \t]*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?")
_COMMA = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*")
_WRAP = re.compile(r"[ \t]*\n[ \t]*")
# after the role: the organisation it is of, when the line names another ("... of Y Co., Ltd.")
_OF_ORG = re.compile(r"[ \t]*(?:,[ \t]*)?(?:of|at|in|with)[ \t]+(?:the[ \t]+)?")


def org_label_posts(draft, minter, spans_of, roles, kind) -> None:
    text = draft.text
    if ":" not in text and "：" not in text:
        return
    plain = [x for x in spans_by_start(spans_of) if not x[2].role]
    starts = [x[0] for x in plain]

    def at(pos, want):
        k = bisect.bisect_left(starts, pos)
        while k < len(plain) and plain[k][0] == pos:
            if plain[k][2].kind == want:
                return plain[k]
            k += 1
        return None

    breaks = occurrences(text, "\n")
    for s, e, org in plain:
        if org.kind != "org":
            continue
        ls = line_start(breaks, s)
        if not _OPEN.fullmatch(text, ls, s):
            continue
        end = e
        p = _PARENT.match(text, e)
        if p is not None:
            parent = at(p.end(), "org")
            if parent is not None:
                end = parent[1]
        c = _COLON.match(text, end)
        if c is None or "\n" in text[end:c.end()]:
            continue
        person = at(c.end(), "person")
        if person is None:
            continue
        m = _COMMA.match(text, person[1])
        if m is None:
            continue
        seg = text[m.end():m.end() + 80]
        r = role_at(_WRAP.sub(" ", seg), 0, roles)     # (a role wrapped onto the next line)
        if r is None:
            continue
        last = r[0].split()[-1]
        stop = m.end() + seg.find(last) + len(last)
        other = _OF_ORG.match(text, stop)
        if other is not None and at(other.end(), "org") not in (None, (s, e, org)):
            continue    # ("X Co., Ltd.: Mr. A, Dispatch Manager of Y Co., Ltd.": Y's post)
        make_post(draft, minter, person[2], org, " ".join(r[0].split()), Span(s, stop), RULE,
                  0.5)


UNIT_RULE = "post:org-comma-name-role@0.5"
# between the organisation and the person: a comma or an opening bracket (a line may break)
_TO_PERSON = re.compile(r"[ \t]*(?:,|\()[ \t]*\n?[ \t]*(?P<title>(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?")
# between the person and the role: a comma or an opening bracket
_TO_ROLE = re.compile(r"[ \t]*(?:,[ \t]*\n?|\()[ \t]*")
# after the role: the item goes on no further than a comma, a bracket, a full stop, ";", the
# line's end
_ROLE_END = re.compile(r"[ \t]*(?:[,;.)]|\n|$)")


def unit_contact_posts(draft, minter, spans_of, roles, kind) -> None:
    text = draft.text
    plain = [x for x in spans_by_start(spans_of) if not x[2].role]
    people_at: dict = {}
    for s, e, ent in plain:
        if ent.kind == "person":
            people_at.setdefault(s, (s, e, ent))
    if not people_at:
        return
    posted = {p for p, _ in draft.__dict__.get("_posts", ())}
    for s, e, org in plain:
        if org.kind != "org":
            continue
        t = _TO_PERSON.match(text, e)
        if t is None:
            continue
        # (the person's name read with its courtesy title, or without it)
        person = people_at.get(t.end()) or people_at.get(t.start("title"))
        if person is None or person[2].iri in posted or person[2].known:
            continue
        m = _TO_ROLE.match(text, person[1])
        if m is None or "(" in text[t.start():t.end()] and "(" in text[m.start():m.end()]:
            continue
        seg = _WRAP.sub(" ", text[m.end():m.end() + 80])
        r = role_at(seg, 0, roles)     # (a role wrapped onto the next line)
        if r is None:
            continue
        last = r[0].split()[-1]
        stop = m.end() + text[m.end():m.end() + 100].find(last) + len(last)
        if not _ROLE_END.match(text, stop):
            continue    # ("X Co., Ltd., A, director of the board's Y": more than a role)
        other = _OF_ORG.match(text, stop)
        if other is not None and any(x[0] == other.end() for x in plain):
            continue
        make_post(draft, minter, person[2], org, " ".join(r[0].split()), Span(s, stop),
                  UNIT_RULE, 0.5)
        posted.add(person[2].iri)
