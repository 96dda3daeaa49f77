"""Posts listed in a run-in field of a reference entry about one person, as a who's who, a
biographical note or an expert's profile prints them: "LIANG X (b. 1974, Taiyuan),
metallurgist. Educ.: ... Career: research engineer, A Co., Ltd., 2003-2012; deputy director
of the same company 2012-2021; since April 2021 General Manager, B Co., Ltd., in C. Work:
...". The entry's person is the name that opens its paragraph; the field runs from its label
(``data/career-fields.txt``) to the next run-in label ("Work:", "Awards:") or the paragraph's
end; each item (parted by ";" or a sentence's end) that prints a role, then an organisation
after a comma or "of / at / with" ("the same company": the item's before), is a post of the
person there (rule ``post:entry-career@0.6``, the span from the name to the item), with the
period the item prints ("2003-2012", "since April 2021", "from 1998 to 2010") as its dates.
A role is the few plain words before the organisation (no figures, no name, no negation or verb in
the past: "never worked at A" is no post). Headed lists of a
career ("X's resume:" over numbered items) are :mod:`career_lists`'s. The entry's "Awards:"
field (``data/award-fields.txt``) grants each award it names to the person
(:func:`entry_awards`, rule ``award:entry-field@0.6``)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.post_nodes import make_post
from kg.ingest.relations.post_periods import add_period, period_at
from kg.ingest.reading.windows import Near
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "post:entry-career", 0.6
_BACK = 800         # characters read back from a label for its paragraph's start
_FIELD = 1500       # characters a field runs at most


@lru_cache(maxsize=1)
def _label() -> Near:
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                    for w in sorted(lines("career-fields"), key=len, reverse=True))
    # (no full stop, semicolon or line break in a label: read only between them around a colon)
    return Near(re.compile(rf"(?:^|(?<=[.;]))[ \t]*(?:{alts})[ \t]*:[ \t]*", re.I | re.M), (":",),
                stops=".;\n")


# the next run-in label of the entry ("Work:", "Awards:", "Educ.:", "Home address:")
_NEXT = re.compile(r"(?:[.;][ \t]*\n?[ \t]*|\n[ \t]*)[A-Z][a-z]{1,14}\.?(?:[ \t]+[a-z]{1,12}){0,2}"
                   r"[ \t]*:(?!\d)|\n[ \t]*\n")
# where an item ends: ";" or a sentence's end before a capital
_ITEM_END = re.compile(r";|\.(?=[ \t\n]+[A-Z])")
_ROLE = re.compile(r"[A-Za-z][A-Za-z.&'’ -]{1,50}")
# words of a clause, not of a job: a negation, a verb in the past ("never worked at A", "joined")
_NOT_ROLE = re.compile(r"\b(?:never|not|no|[a-z]{2,}ed)\b")
_JOIN = re.compile(r"(?:[ \t\n]*,[ \t\n]*|[ \t\n]+(?:of|at|with|in)[ \t\n]+)(?:the[ \t\n]+)?$")
_SAME = re.compile(r"\b(?:of|at|with)[ \t\n]+the[ \t\n]+same[ \t\n]+(?:company|group|firm|"
                   r"institute|university|corporation|enterprise|plant|bureau|association)\b",
                   re.I)
_PERIOD_START = re.compile(r"\b(?:from|between|since)\b|\b(?:19|20)\d\d\b")
_LEAD = re.compile(r"[ \t\n]*(?:and[ \t\n]+|then[ \t\n]+|later[ \t\n]+)?(?:the[ \t\n]+)?")


def _period(text, a, b):
    for m in _PERIOD_START.finditer(text, a, b):
        got = period_at(text, m.start(), b)
        if got is not None:
            return got
    return None


@lru_cache(maxsize=1)
def _award_label() -> Near:
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                    for w in sorted(lines("award-fields"), key=len, reverse=True))
    return Near(re.compile(rf"(?:^|(?<=[.;]))[ \t]*(?:{alts})[ \t]*:[ \t]*", re.I | re.M), (":",),
                stops=".;\n")


def _entry_fields(text, label_rx, spans, starts, kind):
    """(person's start, person, field start, field end) of each field of ``label_rx`` in an
    entry that a person's name opens."""
    for lm in label_rx.finditer(text):
        # the entry's paragraph and the person who opens it
        back = max(0, lm.start() - _BACK)
        gap = text.rfind("\n\n", back, lm.start())
        if gap < 0 and back > 0:
            continue            # (no paragraph's start within reach)
        para = gap + 1 if gap >= 0 else 0
        while para < lm.start() and text[para] in " \t\n":
            para += 1
        i = bisect.bisect_left(starts, para)
        if i >= len(spans) or spans[i][0] != para or spans[i][2].kind != "person":
            continue
        nxt = _NEXT.search(text, lm.end(), min(len(text), lm.end() + _FIELD))
        yield spans[i][0], spans[i][2], lm.end(), nxt.start() if nxt else min(len(text), lm.end() + _FIELD)


def entry_awards(draft, minter, spans_of, kind) -> None:
    """"Awards: second prize, X Awards, 2019": a grant of each award the field names to the
    entry's person (rule ``award:entry-field@0.6``)."""
    from kg.ingest.relations.affiliations import grant_node
    from kg.ingest.terms import NFO
    text = draft.text
    if ":" not in text:
        return
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    made = draft.__dict__.setdefault("_entry_grants", set())
    for person_s, person, a, b in _entry_fields(text, _award_label(), spans, starts, kind):
        j = bisect.bisect_left(starts, a)
        while j < len(spans) and spans[j][0] < b:
            s, e, award = spans[j]
            j += 1
            if str(award.cls).rsplit("#", 1)[-1] != "Award" or (person.iri, award.iri) in made:
                continue
            made.add((person.iri, award.iri))
            span = Span(person_s, e)
            node = grant_node(minter, award.label, award.label, person, "award:entry-field",
                              0.6, span)
            node.add(NFO.award, award.iri, span, "award:entry-field@0.6")
            node.add(NFO.recipient, person.iri, span, "award:entry-field@0.6")
            draft.entities[node.iri] = node


def entry_careers(draft, minter, spans_of, kind) -> None:
    text = draft.text
    if ":" not in text:
        return
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    for person_s, person, field_start, field_end in _entry_fields(text, _label(), spans,
                                                                  starts, kind):
        prev_org = None
        a = field_start
        while a < field_end:
            em = _ITEM_END.search(text, a, field_end)
            b = em.start() if em else field_end
            # orgs named in the item
            j = bisect.bisect_left(starts, a)
            orgs = []
            while j < len(spans) and spans[j][0] < b:
                if spans[j][1] <= b + 1 and spans[j][2].kind == "org":   # ("Ltd." ends it)
                    orgs.append(spans[j])
                j += 1
            got = _period(text, a, b)
            head = a
            if got is not None and _PERIOD_START.match(text, _LEAD.match(text, a).end()):
                head = got[2]       # "since April 2021 General Manager, B"
            org = None
            if orgs:
                os_, oe, org = orgs[0]
                role_txt = text[head:os_]
                jm = _JOIN.search(role_txt)
                role_txt = role_txt[:jm.start()] if jm else None
            else:
                sm = _SAME.search(text, head, b)
                if sm is not None and prev_org is not None:
                    org, oe = prev_org, sm.end()
                    role_txt = text[head:sm.start()]
                else:
                    role_txt = None
            if org is not None and role_txt is not None:
                role_txt = _LEAD.sub("", role_txt, count=1).strip(" \t\n,")
                if _ROLE.fullmatch(role_txt) and len(role_txt.split()) <= 6 \
                        and not _NOT_ROLE.search(role_txt):
                    before = len(draft.entities)
                    span = Span(person_s, max(oe, got[2]) if got else oe)
                    make_post(draft, minter, person, org, role_txt, span,
                              f"{RULE}@{CONFIDENCE}", CONFIDENCE)
                    if got is not None and len(draft.entities) > before:
                        post = list(draft.entities.values())[-1]
                        add_period(post, got[0], got[1], span, f"{RULE}@{CONFIDENCE}")
            if org is not None:
                prev_org = org
            a = b + 1
