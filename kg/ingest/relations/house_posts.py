"""Posts in the organisation a document comes from, when the text gives a person a job and names
no organisation for it: records, logs, reports and forms do, because their letterhead or
signature already says whose they are.

* "Shift leader: A" (a label, also in a cell after a wide gap: "DAY SHIFT 08:00-20:00     Shift
  leader: A", or after the ";" that closes a field's organisation: "Contractor ..... X Co.,
  Ltd.; project manager: A", or in running text after a sentence's end: "... was adjourned.
  Presiding judge: A."), "Chief supervision engineer: B": a label that is a role
  (``data/roles.txt``) or ends in a job's head word (``data/role-heads.txt``), the person first
  after it (or first on the line under a label that ends its line);
* "Approved by: C, Technical Director", "Checked by: D (quality manager)": a sign-off label
  (``data/sign-off-labels.txt``) whose person gives the role after the name (and so do the
  people who open the lines under its value at its column: "Travellers: C, Manager" over
  "B, Engineer"); a role of a whole company (``data/company-head-roles.txt``: "General
  Manager") is the house's even under a "Department: X" field;
* "signed by safety officer E", "commander F": a lower-case title right before a name (not the
  tail of a title whose rank's word is capitalised, "Vice county magistrate G":
  ``data/title-rank-words.txt``).

The sign-off labels include those of the person who answers for a unit ("Principal person: A,
General Manager", "Person in charge: B, Mine Manager").

The organisation: the one a label's person is named with after a comma ("Case officer: A,
Tariff Classification Division, X Customs"); else the field's own line gives ("Design unit
..... X Co., Ltd.; principal: A"); else in a block of "Label: value" lines, the one a line above
gives ("Defendant: X Co., Ltd." over "Legal representative: A", "(2) Y Co., Ltd." heading the
record, as :mod:`officer_lists` reads them); else the
document's house: the organisation printed alone on one of its first lines (its letterhead), or
else alone on one of its last lines (its signature). No house, no post. Only people with no
post yet get one (the rules that read an organisation in the phrase ran first), never a person
the graph knows, and no label or title of ``data/officer-label-stops.txt`` /
``data/titled-post-stops.txt`` (an editor, a session's chair, a professor). Rule
``post:house-role@0.4``.

One scan of the labels and one look before each person's name: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, phrases, words as word_list
from kg.ingest.model import Span
from kg.ingest.relations.house_org import house
from kg.ingest.relations.officer_lists import record_org, record_orgs
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "post:house-role@0.4"
# a label at a line's start (after a list marker), in a cell after a wide gap, after the ";"
# that closes a field's organisation ("Contractor: X Co., Ltd.; project manager: A"), or after
# the end of a sentence ("... was adjourned. Presiding judge: A.")
_LABEL = re.compile(r"(?:^|(?<=[ \t]{3})|(?<=\t)|(?<=\|)|(?<=;)|(?<=[a-z0-9)][.!?][ \t]))[ \t]*(?:(?:\d{1,2}|[a-z])[.)]|"
                    r"\(\d{1,2}\)|(?P<paren>\()|[*•·▪\-–—])?[ \t]*(?P<label>[A-Za-z][A-Za-z'’ -]{1,60}?(?:\(s\))?)"
                    r"[ \t]*[:：][ \t]*", re.MULTILINE)
# a label that ends its line, its value opening the next one
_NEXT_LINE = re.compile(r"\n[ \t]*")
_COMMA_ORG = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")
# after the name in a sign-off: ", Technical Director" / " (quality manager)"
_ROLE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*)(?P<role>[A-Za-z][A-Za-z -]{1,50}?)"
                         r"[ \t]*(?:\)|,|;|\(|\n|$|[ \t]{3})")
# a lower-case title right before a name: at most two words before the head word
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])(?P<t>(?:[a-z][a-z-]+[ \t]+){0,2}[a-z][a-z-]+)[ \t]+$")
_NOT_TITLE = frozenset({"by", "the", "a", "an", "and", "or", "of", "to", "from", "with", "for",
                        "as", "said", "says", "told", "that", "which", "who", "at", "in", "on",
                        "its", "his", "her", "their", "our", "was", "is", "were", "are", "former",
                        "new", "then", "when", "while", "after", "before", "also", "this"})

# words of running text, never of a job's name before its head word ("Shift leader", "Chairman
# and General Manager", "Former Director" are jobs; "against the Director" is none)
_NOT_IN_JOB = _NOT_TITLE - {"and", "or", "former", "new", "of"}


@lru_cache(maxsize=1)
def _vocab():
    heads = frozenset(w.lower() for w in lines("role-heads"))
    stops = frozenset(w.lower() for w in lines("officer-label-stops")) \
        | frozenset(w.lower() for w in lines("titled-post-stops"))
    roles = phrases("roles")
    sign_off = re.compile(r"(?:" + "|".join(lines("sign-off-labels")) + r")\Z", re.I)
    return heads, stops, roles, sign_off


# a job's portfolio after it: " in charge of safety", " responsible for procurement"
_IN_CHARGE = re.compile(r" (?:in charge of|responsible for)(?: [A-Za-z-]+){1,4}\Z", re.I)


def _role(words: str) -> str | None:
    """``words`` as a job: a role of the list, or at most four words ending in a job's head
    word; None for a stop ("Editor", "Chair") or anything else."""
    heads, stops, roles, _ = _vocab()
    role = " ".join(words.split())
    # "Vice President in charge of safety": the job is the words before its portfolio
    charge = _IN_CHARGE.search(role)
    if charge is not None:
        return role if _role(role[:charge.start()]) else None
    low = role.lower()
    parts = low.split()
    if not parts or len(parts) > 4 or low in stops or "'" in low or "’" in low:
        return None
    if low in roles:
        return role
    if parts[-1] in heads and not any(w in _NOT_IN_JOB for w in parts[:-1]):
        return role     # (not "Complaint against the Director": a job's words hold no such word)
    return None


def job_words(words: str) -> bool:
    """Whether ``words`` name a job: a role of the list, or at most four words ending in a
    job's head word, and no stop ("Editor", "Chair")."""
    return _role(words) is not None


@lru_cache(maxsize=1)
def _head_roles() -> re.Pattern:
    """The roles of a whole company (``data/company-head-roles.txt``)."""
    alts = "|".join(re.escape(w) for w in sorted(lines("company-head-roles"), key=len, reverse=True))
    return re.compile(rf"(?:(?:executive|first|deputy|vice)[ -])*(?:{alts})")


def _below(text, value, people, starts, k) -> list:
    """The people who open the lines under a field's value at its column ("Travellers: A,
    Manager" over "            B, Engineer"): the value goes on there (six lines at most)."""
    ls = text.rfind("\n", 0, value) + 1
    col = value - ls
    out = []
    pos = text.find("\n", value)
    for _ in range(6):
        if pos < 0:
            break
        at = pos + 1 + col
        if text[pos + 1:at].strip(" \t") or len(text[pos + 1:at]) < col:
            break
        j = bisect.bisect_left(starts, at, k + 1)
        if j >= len(people) or people[j][0] != at:
            break
        out.append(people[j])
        pos = text.find("\n", at)
    return out


def house_posts(draft, minter, spans_of, kind) -> None:
    """Posts of people given a job and no organisation, in the record's or the house's
    organisation (see the module's docstring)."""
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    people = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
              if ent.cls == NFO.Person and not ent.known]
    if not people:
        return
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
            if ent.kind == "org" and not ent.role and ent.cls != NFO.MediaOutlet]
    if not orgs:
        return
    held = {o for ent in draft.entities.values() if ent.role and ent.cls == NFO.Post
            for p, o, _, _ in ent.statements if str(p).endswith("heldBy")}
    home = house(text, orgs)
    value_orgs = record_orgs(text, orgs)
    starts = [x[0] for x in people]

    heads = _head_roles()

    def body(pos, role=None):
        ls = text.rfind("\n", 0, pos) + 1
        # ("Design unit ..... X Co., Ltd.; principal: A": the field on the label's own line)
        org = value_orgs.get(ls) or record_org(text, ls, value_orgs)
        if org is not None and home is not None and role is not None and org.cls != NFO.Company \
                and heads.fullmatch(" ".join(role.lower().split())):
            # "Department: X" above "Approved by: A, General Manager": A's is the house's (not
            # under "(2) Y Co., Ltd.": a company's own general manager)
            return home
        return org or home

    org_at = {}
    for x in orgs:
        org_at.setdefault(x[0], x)

    def give(person, role, a, b, named=None):
        if person.iri in held:
            return
        org = named or body(a, role)
        if org is None:
            return
        held.add(person.iri)
        make_post(draft, minter, person, org, role, Span(a, b), RULE, 0.4)

    _, _, _, sign_off = _vocab()
    if ":" in text or "：" in text:
        for m in _LABEL.finditer(text):
            k = bisect.bisect_left(starts, m.end())
            if k >= len(people) or people[k][0] != m.end() and not _NEXT_LINE.fullmatch(
                    text, m.end(), people[k][0]):
                continue        # the person must open the value (or the line under the label)
            s, e, person = people[k]
            label = " ".join(m.group("label").split())
            if m.group("paren") and not sign_off.fullmatch(label):
                continue    # "(Representative: A, Deputy Director)" under "Witness: X"; not
                            # "(Director: A)", whose body the line does not say
            if sign_off.fullmatch(label):
                for s, e, person in [people[k]] + _below(text, m.end(), people, starts, k):
                    r = _ROLE_AFTER.match(text, e)
                    role = _role(r.group("role")) if r else None
                    if role is not None:
                        give(person, role, m.start("label"), r.end("role"))
                continue
            role = _role(label)
            if role is not None:
                # "Case officer: A, Tariff Division, X Customs": the organisation after the name
                c = _COMMA_ORG.match(text, e)
                named = org_at.get(c.end()) if c is not None else None
                give(person, role, m.start("label"), named[1] if named else e,
                     named[2] if named else None)
    for s, e, person in people:
        t = _TITLE_BEFORE.search(text, max(0, s - 60), s)
        if t is None:
            continue
        words = list(re.finditer(r"\S+", t.group("t")))
        while words and words[0].group(0) in _NOT_TITLE:
            words = words[1:]
        if not words or any(w.group(0) in _NOT_TITLE for w in words):
            continue
        role = _role(" ".join(w.group(0) for w in words))
        if role is not None and not _rank_before(text, t.start("t") + words[0].start()):
            give(person, role, t.start("t") + words[0].start(), e)


_RANK_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+\Z")


def _rank_before(text: str, at: int) -> bool:
    """Is the lower-case title at ``at`` the tail of a longer one, a rank's word printed
    capitalised before it ("Vice county magistrate A": not the post "county magistrate";
    ``data/title-rank-words.txt``)?"""
    m = _RANK_BEFORE.search(text, max(0, at - 20), at)
    return m is not None and m.group(1).lower() in word_list("title-rank-words")
