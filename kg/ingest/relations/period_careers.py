"""Posts of a career outline: rows keyed by a period, one step of one person's working life a row
("  1965.08 - 1978.12   Technician, later head of the workshop, X Aluminium Plant, Gansu",
"  1979.01 - 1988.06   Deputy director, Y Light Metals Plant", "  2005.03 - 2012.12   Vice
president and technical adviser, Z Association"), as obituaries, resumes and appointment notices
print them under "His life in outline:" or "Resume:". The person is the one named last in the
paragraph right before the outline (its introduction, within ``_BACK`` characters); each row whose first part opens with a role
(``data/roles.txt``, or a few words ending in a job's head word) and then names an organisation
(or a workplace, ``data/employer-site-heads.txt``) is a post of that person there (rule
``post:period-row@0.5``, the evidence the row's first part, which ``events.row_posts`` dates by
the row's period). Not: a row that names a person (a timeline's "2008.06   A becomes
Chairman"), a row in which another reader stated a post already (a headed career list's rows
are its person's, :mod:`career_lists`), a row with no role first ("Student of metallurgy, X University"), an outline of
fewer than two period rows. One pass over the rows: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.keyed_rows import keyed_rows, row_clauses, time_key
from kg.ingest.relations.post_nodes import make_post
from kg.ingest.relations.table_posts import role_at
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "post:period-row@0.5"
_BACK = 1500


def _workplace(ent) -> bool:
    return ent.cls == NFO.Site and (ent.label.split() or [""])[-1].lower() \
        in words("employer-site-heads")


def period_careers(draft, minter, spans_of, roles, kind) -> None:
    text = draft.text
    every = [r for r in keyed_rows(text) if not time_key(text, r)]
    if len(every) < 2:
        return
    found = find_dates(text, None, extended=True)
    periods = {d.start for d in found if d.until}
    rows = [r for r in every if r.key_start in periods]
    if len(rows) < 2:
        return
    # the outline a row is in: rows one after another, blank lines between at most
    outline, firsts, n, prev_end = {}, {}, 0, -1
    for r in every:
        if prev_end < 0 or text[prev_end:r.start].strip():
            n += 1
            firsts[n] = r.start
        outline[r.start] = n
        prev_end = r.end
    plain = [x for x in spans_by_start(spans_of) if not x[2].role]
    starts = [x[0] for x in plain]
    people = [x for x in plain if x[2].kind == "person"]
    p_starts = [x[0] for x in people]
    # where posts are stated already (a career list's reader read the rows for its person)
    stated = sorted(m.end for ent in draft.entities.values()
                    if ent.cls == NFO.Post for m in ent.mentions)
    person, current = None, None
    for row in rows:
        if outline[row.start] != current:
            current = outline[row.start]
            person = _subject(text, firsts[current], people, p_starts)    # a new outline
        if person is None:
            continue
        k = bisect.bisect_left(p_starts, row.start)
        if k < len(people) and people[k][0] < row.end:
            continue            # (a row naming a person: a timeline's, not this outline's)
        i = bisect.bisect_right(stated, row.start)
        if i < len(stated) and stated[i] <= row.end:
            continue            # (a post another reader read in the row)
        parts = row_clauses(text, row)
        if not parts:
            continue
        a, b = parts[0]
        a = max(a, row.body)
        r = role_at(text[a:b], 0, roles)
        if r is None:
            continue
        role, role_end = r[0], a + r[1]
        j = bisect.bisect_left(starts, role_end)
        org = None
        while j < len(plain) and plain[j][0] < b:
            ent = plain[j][2]
            if ent.kind == "org" or _workplace(ent):
                org = plain[j]
                break
            j += 1
        if org is None or org[2] is person:
            continue
        make_post(draft, minter, person, org[2], role, Span(a, min(org[1], b)), RULE, 0.5)


_BLANK = re.compile(r"\n[ \t]*\n")


def _subject(text, at, people, p_starts):
    """The person named last in the paragraph right before the outline (its introduction:
    "Comrade A was born in ... His working life:"), or None."""
    lo = max(0, at - _BACK)
    end = at
    while end > lo and text[end - 1] in " \t\n":
        end -= 1
    para = lo
    for m in _BLANK.finditer(text, lo, end):
        para = m.end()
    k = bisect.bisect_left(p_starts, end)
    if k == 0 or people[k - 1][0] < para:
        return None
    last = people[k - 1]
    if any(x[2] is not last[2] for x in people[bisect.bisect_left(p_starts, last[0]):k]):
        return None     # (two people read at one place: whose outline it is is unclear)
    if _PLURAL.search(text, last[1], end) or _TELLER.search(text, max(para, last[0] - 50),
                                                           last[0]):
        return None     # ("A and B were colleagues. Their lives in outline:", "The plant's
        #                 history, as told by A:": not one person's own outline)
    named = people[bisect.bisect_left(p_starts, para):k]
    if any(x[2] is not last[2] for x in named):
        # two people in the introduction ("A died ... He leaves his wife, B. His life in
        # outline:", the "His" another reader gave B): the outline's is the one its own
        # sentence names by name ("B's resume:"), if any
        ends = [m.end() for m in _SENTENCE_END.finditer(text, para, end)]
        if last[0] < (ends[-1] if ends else para) or _PRONOUN.fullmatch(text, last[0], last[1]):
            return None
    return last[2]


_PRONOUN = re.compile(r"(?i:he|his|him|she|her|hers)")
_PLURAL = re.compile(r"\b(?:[Tt]heir|[Tt]hey|[Bb]oth)\b")
_TELLER = re.compile(r"\b(?:by|according[ \t\n]+to|from)[ \t\n]+(?:(?:his|her|their|the|its|our)"
                     r"[ \t\n]+(?:[a-z][\w-]*[ \t\n]+){0,2})?(?:(?:[Cc]omrade|Mr\.?|Ms\.?|"
                     r"Dr\.?)[ \t\n]+)?$")     # ("compiled by his colleague A:")
# a sentence's end before the outline's own sentence (not of "Co.", "Ltd.", "No." or an initial)
_SENTENCE_END = re.compile(r"[.!?](?<!\bCo\.)(?<!\bLtd\.)(?<!\bNo\.)(?<!\b[A-Z]\.)[\"\u201d\u2019)]?"
                           r"(?=[ \t\n]+[A-Z\u201c\"(])")
