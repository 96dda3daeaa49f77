"""Posts that news of appointments states with a verb or about "the group" / "the company"
(the organisation resolved by :mod:`kg.ingest.relations.referents`):

* "A is appointed general manager and deputy party secretary of the group", "A, 52, was
  previously chairman of X", "A was named president of the company": a post of A in the
  organisation after the roles (rule ``post:appointed-role-of``; ``@0.5`` when the organisation
  is a referent);
* "A, chairman of the company, said", "Li, 58, general manager of the group": a post of A in
  the organisation "the company" / "the group" stands for (``post:comma-role-of-referent@0.5``;
  with a name instead, the post rule of :mod:`kg.ingest.relations.stated_posts`);
* "A, who chairs X", "A, who heads the sales department of X": a post of A in X (chairman,
  head, director, manager; the unit's head when a department is named: ``post:who-heads``);
* "The board elected A as chairman and appointed B as president": a post of A and B in the
  company the article is about, when no organisation follows the role (rule
  ``post:elected-as-role@0.5``);
* "The group's president, A, presented ...", "its chairman, A,", "led by its deputy director
  A", "Its general manager is A": a post of A in the owner of the possessive (rule ``post:referent-role-name@0.5``; a name's possessive, "X's chairman A",
  is the post rule of :mod:`kg.ingest.relations.stated_posts`).

The role is the first one of ``data/roles.txt`` the phrase names. Each rule reads the few
characters after a mention: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.names.role_people import rank_title_alts
from kg.ingest.reading.name_asides import after_name
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.referents import FIRST_PERSON
from kg.ingest.relations.term_posts import term_its_posts

_APPOINTED = re.compile(r"(?:\s*,\s*\d{2}\s*,)?\s+(?:(?:is|was|has\s+been|had\s+been|will\s+be)\s+"
                        r"(?:also\s+)?(?:previously\s+|formerly\s+|now\s+|newly\s+)?"
                        r"(?:(?:re-?)?(?:appointed|named|elected|promoted)\s+(?:as\s+|to\s+)?)?"
                        # "A will stay on as", "A remains", "A took over as", "A became", "A
                        # will no longer serve as", "A stepped down as" (a former post is a post)
                        r"|(?:will\s+|would\s+|also\s+|still\s+|previously\s+|formerly\s+|once\s+|later\s+)?(?:no\s+longer\s+)?"
                        r"(?:(?:stays?|stayed)\s+on\s+as|"
                        r"remains?|remained|(?:continues?|continued|serves?|served|acts?|acted)\s+as|"
                        r"(?:takes?|took)\s+over\s+as|became|becomes|become|"
                        r"(?:steps?|stepped)\s+down\s+as|(?:resigns?|resigned|retires?|retired)\s+as|"
                        r"(?:takes?|took)\s+office\s+as|(?:was|were)\s+sworn\s+in\s+as)\s+)"
                        r"(?:the\s+)?(?:new\s+|acting\s+|interim\s+|incoming\s+)?", re.I)
# "A was reappointed as secretary of the board": no organisation named
# (and "A will take over as chief executive", "A became president", "A will succeed B as CFO")
_APPOINTED_AS = re.compile(r"\s+(?:(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:also\s+)?"
                           r"(?:re-?)?(?:appointed|named|elected)\s+(?:as\s+)?"
                           r"|(?:will\s+|is\s+to\s+)?(?:take|takes|took)\s+over\s+as\s+"
                           r"|(?:will\s+)?(?:become|becomes|became)\s+"
                           r"|(?:will\s+)?(?:succeed|succeeds|succeeded)\s+[A-Z][\w'’-]*"
                           r"(?:\s+[A-Z][\w'’-]*){0,2}\s+as\s+)(?:the\s+)?(?:new\s+)?", re.I)
_MORE_ROLES = re.compile(r"\s*(?:,|and|,\s*and)\s+", re.I)
_WORD = re.compile(r"[\w-]+\s+")
# "of X", "at the X", "of its subsidiary X" (the post is in the subsidiary)
_OF = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:(?:its|the\s+(?:group|company)['’]s)\s+"
                 r"(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|affiliate)\s+)?", re.I)
# "of the association": a phrase that refers back to a body named before (events/
# referring_nouns.py) is a span from its "the"
_OF_THE = re.compile(r"\s+(?:of|at)\s+(?=the\s)", re.I)
_OF_BOARD = re.compile(r"\s+of\s+(?:the\s+)?(?:board|directors|supervisors)\b", re.I)
_POSS = re.compile(r"(?:['’]s)?\s+(?:(?:new|former|current)\s+)?")
# "its chairman, A," / "its deputy director A" (a comma or none between role and name)
_COMMA = re.compile(r"[ \t\n]*,?[ \t\n]*")
# (a courtesy title between the role and the name: "its lawyer, Comrade A, said")
_COMMA_OR_IS = re.compile(r"[ \t\n]*(?:,[ \t\n]*(?:(?:Comrade|Dr\.|Mr\.|Ms\.|Mrs\.)[ \t\n]+)?|"
                          r"(?:is|was)[ \t\n]+(?:(?:Professor|Prof\.|Dr\.|"
                          r"Academician|Mr\.|Ms\.|Mrs\.)[ \t\n]+)?)?")
# (an adverb of time before it, as after "its": "A, currently the company's finance director")
_APPOSED = re.compile(r"[ \t]*,[ \t\n]*(?:\d{2}[ \t]*,[ \t\n]*)?(?:(?:formerly|previously|now|"
                      r"currently|also|still)\s+)?(?:the\s+)?(?:new\s+|current\s+|former\s+)?",
                      re.I)
_POSS_ROLE = re.compile(r"['’]s[ \t\n]+(?:(?:new|former|current|acting)[ \t\n]+)?")
_BOARD_ROLE = re.compile(r"\bof\s+the\s+(?:board|supervisory\s+board)$", re.I)
# ("approved the proposal to appoint Mr. A as ...": the verb's plain form, a title before the name)
_ELECTED = re.compile(r"\b(?:elected|appointed|named|re-?elected|re-?appointed|(?:re-?)?appoint|"
                      r"(?:re-?)?elect|(?:re-?)?appointing|(?:re-?)?electing)\s+"
                      r"(?:(?:Mr|Ms|Mrs|Madam|Dr|Prof)\.?\s+)?$", re.I)


@lru_cache(maxsize=1)
def _elected() -> re.Pattern:
    """:data:`_ELECTED`, or a title of rank before the name ("appointed Datuk Seri A as
    chairman": data/name-honorifics.txt)."""
    return re.compile(rf"(?:{_ELECTED.pattern})|\b(?:elected|appointed|named|(?:re-?)?appoint)"
                      rf"\s+(?-i:{rank_title_alts()})\s+$", re.I)


# "A, who chairs X", "A, who heads the sales department of X"
_WHO_HEADS = re.compile(r"[ \t]*,[ \t\n]*who[ \t\n]+(?:also[ \t\n]+|now[ \t\n]+|currently[ \t\n]+)?"
                        r"(?P<v>chairs|heads|leads|runs|directs|manages|oversees|presides[ \t\n]+over)"
                        r"[ \t\n]+(?:the[ \t\n]+)?"
                        r"(?:(?P<unit>(?:[\w-]+[ \t\n]+){0,3}?(?:department|division|office|bureau|"
                        r"team|centre|center|branch|business)|board(?:[ \t\n]+of[ \t\n]+directors)?)"
                        r"[ \t\n]+(?:of|at)[ \t\n]+(?:the[ \t\n]+)?)?", re.I)
_HEAD_ROLE = {"chairs": "Chairman", "heads": "Head", "leads": "Head", "runs": "Head",
              "directs": "Director", "manages": "Manager", "oversees": "Head",
              "presides": "Chairman"}
# ("as the Company's general manager": the company a filing calls "the Company")
_AS = re.compile(r"\s+as\s+(?:the\s+(?:company|group|corporation)['’]s\s+|the\s+|its\s+|their\s+)?"
                 r"(?:new\s+)?(?:group\s+)?", re.I)
# "named A chief financial officer" (no "as"), "named A its chief financial officer", "named A
# its new president" (the possessive is the subject's: the post is in the company that names)
_SPACE = re.compile(r"[ \t]+(?:(?:its|their)[ \t]+(?:new[ \t]+)?)?(?=[a-z])")
# "<Org> appointed", "<Org> said on Tuesday that": the organisation a clause is told of
_SUBJECT_GAP = re.compile(r"[ \t]+(?:(?:has|had|also|on|\w+day|said|announced|that|its|board)[ \t]+)*$")


def _subject_org(text, at, orgs_at, org_starts):
    """The organisation (not a referent) named as the subject right before ``at`` in its
    sentence ("Malaysia Smelting Corp. appointed", "X Co., Ltd. said on Tuesday that"), or None.
    ``org_starts``: the sorted starts of the named organisations (a bisect, not a scan)."""
    start = Sentences(text).bounds(at)[0]
    i = bisect.bisect_left(org_starts, at) - 1
    while i >= 0 and org_starts[i] >= start:
        _, e, ent = orgs_at[org_starts[i]]
        if e <= at and _SUBJECT_GAP.fullmatch(text, min(after_name(text, e), at), at):
            return ent
        if e <= at:
            return None         # the nearest organisation before is no subject
        i -= 1
    return None


def _role_after_words(text, pos, roles):
    """A role named at ``pos`` or after up to three words ("deputy party secretary")."""
    for _ in range(4):
        hit = roles.match(text, pos)
        if hit is not None:
            return hit
        w = _WORD.match(text, pos)
        if w is None:
            return None
        pos = w.end()
    return None


def _roles_of(text, pos, roles, orgs_at):
    """The role at ``pos`` (and the roles joined to it: "general manager and deputy party
    secretary") and the organisation of ``orgs_at`` right after "of / at": (role match,
    (start, end, organisation)), or (None, None)."""
    role = roles.match(text, pos)
    if role is None:
        return None, None
    at = role.end()
    for _ in range(3):
        more = _MORE_ROLES.match(text, at)
        nxt = _role_after_words(text, more.end(), roles) if more else None
        if nxt is None:
            break
        at = nxt.end()
    o = _OF.match(text, at)
    hit = orgs_at.get(o.end()) if o else None
    if hit is None:             # "secretary-general of the association": the body it stands for
        t = _OF_THE.match(text, at)
        hit = orgs_at.get(t.end()) if t else None
    return (role, hit) if hit is not None else (None, None)


# "A, who leads the city's relocation task force", "A, a professor at X who heads the
# nine-member expert panel": the verb of leading, then the body (after a possessive or up to
# two lower-case words); the person is the last one named before "who" in the clause
_WHO_LEADS = re.compile(r"\bwho[ \t\n]+(?:also[ \t\n]+|now[ \t\n]+|currently[ \t\n]+)?"
                        r"(?P<v>leads|heads|chairs|directs|commands|coordinates|convenes|"
                        r"is[ \t\n]+in[ \t\n]+charge[ \t\n]+of)[ \t\n]+(?:the[ \t\n]+|a[ \t\n]+|an[ \t\n]+)?"
                        r"(?:[A-Za-z][\w-]*['’]s[ \t\n]+)?", re.I)
# "A, formerly its", "A, 61, its", "A, now its": a name's end, a comma, then "its" (the
# pattern searched before "its" ends at it)
# (past the name printed again in Chinese characters: "Li Na (李娜), its president")
_NAME_ITS = re.compile(r"(?:[ \t]*[(\uff08][\u3400-\u9fff][\u3400-\u9fff\u00b7\u30fb]{0,11}[)\uff09])?"
                       r"[ \t]*,[ \t\n]+(?:\d{2}[ \t]*,[ \t\n]+)?(?:(?:formerly|previously|once|"
                       r"now|currently|also|then|until\s+recently|still)[ \t\n]+)?$", re.I)
_SMALL_WORD = re.compile(r"[a-z][\w-]*[ \t\n]+")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\n[ \t]*\n")
_LEAD_ROLE = {"leads": "Head", "heads": "Head", "chairs": "Chairman", "directs": "Director",
              "commands": "Commander", "coordinates": "Coordinator", "convenes": "Convener"}


def _who_leads(text, people, orgs_at, ref_at, post) -> None:
    """"A, who leads the city's relocation task force, said", "A, a professor at X who heads
    the nine-member expert panel of the index": a post of A in the body (rule
    ``post:who-leads``), and the body's ``nfo:ledBy`` A when it is a body set up for one task
    (``names/lower_teams``)."""
    if "who " not in text:
        return
    from kg.ingest.terms import NFO
    starts = sorted(people)
    import bisect
    for w in _WHO_LEADS.finditer(text):
        at, hit = w.end(), None
        for _ in range(3):          # the body, after up to two lower-case words
            hit = orgs_at.get(at)
            if hit is not None:
                break
            sw = _SMALL_WORD.match(text, at)
            if sw is None or sw.group(0).split()[0] in ("of", "and", "or", "at", "in"):
                break
            at = sw.end()
        if hit is None or hit[0] in ref_at or hit[2].role:
            continue
        # the person: the last named before "who", in the same clause, within 120 characters
        i = bisect.bisect_left(starts, w.start()) - 1
        if i < 0:
            continue
        s, e, person = people[starts[i]]
        if w.start() - e > 120 or _CLAUSE_BREAK.search(text, e, w.start()) \
                or not re.match(r"[ \t]*,", text[e:e + 3]):
            continue
        verb = " ".join(w.group("v").lower().split())
        role = _LEAD_ROLE.get(verb, "Head")
        post(person, hit[2], role, Span(s, hit[1]), "post:who-leads")
        if hit[2].rule == "name:lower-team":
            hit[2].add(NFO.ledBy, person.iri, Span(s, hit[1]), "team:who-leads")


# what may stand before a surname used alone: a clause's start or a lower-case word
_SURNAME_BEFORE = re.compile(r"(?:^|[.;:!?\"“(]\s*|,\s+|\n\s*|\b[a-z]+\s+)$")


# surnames that are English pronouns at a sentence's start ("He was previously ..."): only
# with the age after them ("He, 61, was ...")
_PRONOUN_SURNAMES = {"He", "You"}


@lru_cache(maxsize=1)
def _chinese_surnames() -> frozenset:
    return frozenset(lines("surnames"))


def surname_mentions(text, people) -> list:
    """"Feng, 52, was previously chairman of X", "Mo had been general manager of Y": a surname
    used alone after the full name, for the one person of the text who bears it (a Chinese
    name, surname first: "Feng Jianzhong"), followed by a comma or a verb and not by another
    capitalised word. Spans ``(start, end, person)`` for these rules only (no mention)."""
    by_surname: dict = {}
    first: dict = {}
    for s, e, p in people:
        words = p.label.split()
        if len(words) in (2, 3, 4) and not p.known:
            # a Chinese name's surname comes first; a name read by its role ("Mwila Banda,
            # chief executive"; ``names/role_people``) has it last
            # ("Mr. Sui Qiang", read by its title: a Chinese surname first is still its surname)
            sur = words[0] if p.rule.startswith("person:surname") or len(words) == 4 and \
                "-" in words[-1] or len(words) == 2 and words[0] in _chinese_surnames() and \
                words[1] not in _chinese_surnames() else words[-1]
            by_surname.setdefault(sur, set()).add(p.iri)
            first[p.iri] = min(first.get(p.iri, s), s)
    objs = {p.iri: p for _, _, p in people}
    out = []
    for sur, iris in by_surname.items():
        if len(iris) != 1:
            continue
        iri = next(iter(iris))
        verbs = "" if sur in _PRONOUN_SURNAMES else (
            r"|[ \t]+(?:(?:previously|formerly|also|once|later)[ \t]+)?"
            r"(?:was|is|had|has|will|would|became|becomes|remains|served|serves|"
            r"resigned|resigns|retired|retires|stepped|steps|joined|took|takes)\b")
        # ("Li, who chairs X": the clause the post rules read)
        rx = re.compile(rf"\b{re.escape(sur)}(?=[ \t]*,[ \t]*\d{{2}}[ \t]*,|[ \t]*,[ \t\n]+who[ \t\n]{verbs})")
        for m in rx.finditer(text, first[iri] + 1):
            if _SURNAME_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                out.append((m.start(), m.end(), objs[iri]))
    return out


def appointments(text, spans_of, refs, roles, kind, post, lead=None, body=None) -> None:
    """``roles``: the pattern of role words; ``post(person, org, role, span, rule)``; ``lead``:
    the company the article is about (:func:`kg.ingest.relations.referents.lead_company`);
    ``body``: the association, institute ... it is about when no company comes before it
    (:func:`kg.ingest.relations.referents.lead_body`): the body a bare "A was elected
    president" or "B was named secretary-general" is a post in."""
    orgs_at: dict = {}
    for s, e, ent in spans_of:
        if ent.kind == "org" and not ent.role:
            orgs_at.setdefault(s, (s, e, ent))
    ref_at = {}
    for r in refs:
        ref_at.setdefault(r[0], r)
        orgs_at.setdefault(r[0], r)
    people = {}
    for s, e, ent in spans_of:
        if ent.kind == "person":
            people.setdefault(s, (s, e, ent))
    # (a surname alone, "Zhou was previously general manager of X", read last: what the full
    # name's sentences say of the person, a post the report elects them to, comes first)
    later = [x for x in surname_mentions(text, people.values()) if x[0] not in people]
    for s, e, person in people.values():
        e = after_name(text, e)     # ("Du Xiaoyan (\u675c\u6653\u71d5) was appointed ...")
        if _appointed(text, s, e, person, roles, orgs_at, ref_at, post):
            continue
        # "A, chairman of the company, said": a named organisation is the post rule's
        m = _APPOSED.match(text, e)
        role, hit = _roles_of(text, m.end(), roles, ref_at) if m else (None, None)
        if hit is not None and text[hit[0]:hit[1]].lower() != "its" and \
                text[hit[1]:hit[1] + 2] not in ("'s", "\u2019s"):
            # (not "chairman of the company's trade union": a body of the company's)
            post(person, hit[2], role.group(1), Span(s, hit[1]), "post:comma-role-of-referent@0.5")
        # '"...," said A, the company's chief executive': the referent's possessive role
        if m is not None and hit is None:
            r = ref_at.get(m.end())
            poss = _POSS_ROLE.match(text, r[1]) if r is not None and \
                text[r[0]:r[1]].lower() != "its" else None
            role = roles.match(text, poss.end()) if poss else None
            if role is not None:
                post(person, r[2], role.group(1), Span(s, role.end()),
                     "post:comma-referent-role@0.5")
        _who_heads(text, s, e, person, orgs_at, ref_at, post)
    for s, e, person in later:      # "Li, who also chairs X", after "Li Ming" was named
        _who_heads(text, s, e, person, orgs_at, ref_at, post)
        a = _APPOINTED.match(text, e)   # "Li served as its chairman until 2019"
        if a is not None:
            _its_role(text, s, a.end(), person, roles, ref_at, post)
    _who_leads(text, people, orgs_at, ref_at, post)
    term_its_posts(text, people, {k: v for k, v in orgs_at.items() if k not in ref_at}, roles,
                   post)    # 'X (the "Institute")' ... "The Institute ... its engineer A"
    ends = {e: (s, e, p) for s, e, p in people.values()}
    org_starts = sorted(k for k in orgs_at if k not in ref_at)
    for s, e, owner in refs:
        if text[e:e + 1] not in "'’" and text[s:e].lower() != "its":
            continue
        p = _POSS.match(text, e)
        role = roles.match(text, p.end()) if p else None
        if role is None:
            continue
        b = _NAME_ITS.search(text, max(0, s - 40), s) if text[s:e].lower() == "its" else None
        if b is not None and b.start() in ends:
            # "Liu Chunsheng, formerly its deputy general manager, was expelled", "A, 61, its
            # chairman since 2019": the name before, the role after "its"
            hit = ends[b.start()]
            post(hit[2], owner, role.group(1), Span(hit[0], role.end()),
                 "post:name-comma-its-role@0.5")
            continue
        c = _COMMA_OR_IS.match(text, role.end())     # ("Its general manager is A.")
        hit = people.get(c.end()) if c else None
        if hit is not None and lead is None and text[s:e].lower() == "its":
            # in a report on no company, "its" only for the organisation of its own sentence
            # ("X sent a team led by its deputy director A"), not the sentence before's
            start = max(text.rfind(". ", 0, s), text.rfind("\n\n", 0, s))
            if not any(start < m.start < s for m in owner.mentions) and \
                    not _its_opens(text, s, e, start, owner, org_starts, orgs_at):
                hit = None
        if hit is not None and text[s:e].lower() == "its":
            owner = _nearest_owner(text, s, owner, org_starts, orgs_at, ref_at)
        if hit is not None:
            post(hit[2], owner, role.group(1), Span(s, hit[1]), "post:referent-role-name@0.5")
    if lead is None:
        _surname_posts(text, later, roles, orgs_at, ref_at, post)
    lead = body or lead
    _elected_posts(text, people, roles, orgs_at, org_starts, lead, post)
    if lead is None:
        return
    # "A was reappointed as secretary of the board": the company the report is about
    for s, e, person in people.values():
        a = _APPOINTED_AS.match(text, e)
        role = roles.match(text, a.end()) if a else None
        if role is None or _OF.match(text, role.end()) and not _OF_BOARD.match(
                text, role.end()):
            continue
        board = _OF_BOARD.match(text, role.end())
        name = role.group(1) + (" of the Board" if board and "board" in board.group(0).lower()
                                and "board" not in role.group(1).lower() else "")
        post(person, _subject_org(text, s, orgs_at, org_starts) or lead, name,
             Span(s, board.end() if board else role.end()), "post:appointed-as-role@0.5")
    # "Ms. A, secretary of the board, will act as ...": the board of the company the report is
    # about (a role "of the board" and no company named after it)
    for s, e, person in people.values():
        a = _APPOSED.match(text, e)
        role = roles.match(text, a.end()) if a else None
        board = _OF_BOARD.match(text, role.end()) if role else None
        end = board.end() if board else role.end() if role is not None and _BOARD_ROLE.search(
            role.group(1)) else None        # ("Secretary of the Board" is a role of its own)
        if end is None or re.match(r"\s+of\s", text[end:end + 5]):
            continue        # ("chairman of the board of X": X is named, the post rules' own)
        name = role.group(1) + (" of the Board" if board and "board" in board.group(0).lower()
                                and "board" not in role.group(1).lower() else "")
        post(person, lead, name, Span(s, end), "post:comma-role-of-board@0.5")
    _surname_posts(text, later, roles, orgs_at, ref_at, post)


# a sentence's end (not a legal form's point: "Co., Ltd. by its president")
_SENTENCE_END = re.compile(r"(?<!Ltd)(?<!Co)(?<!Inc)(?<!Corp)(?<!Bhd)(?<!No)[.!?][\"”’]?\s")


def _its_opens(text, s, e, start, owner, org_starts, orgs_at) -> bool:
    """"X has helped 96 workers find jobs. Its secretary general, A, said": "Its" opening a
    sentence is the organisation the sentence before names first (its subject), when that is
    the owner the referent reading gave."""
    if text[s:e] != "Its" or text[max(0, start):s].strip(". \t\n"):
        return False
    lo = max(0, start - 1000)     # (a sentence before is read back this far at most)
    before = max(text.rfind(". ", lo, max(0, start)), text.rfind("\n\n", lo, max(0, start)),
                 lo - 1)
    i = bisect.bisect_right(org_starts, before)
    return i < len(org_starts) and org_starts[i] < start and \
        orgs_at[org_starts[i]][2].iri == owner.iri


def _nearest_owner(text, at, owner, org_starts, orgs_at, ref_at):
    """"X was represented by its chairman A and Y by its president, B": "its" is the
    organisation named last before it in its sentence, when that is another than the one the
    referent reading gave, was named after that one's last mention there and is printed as a
    name (not "a working group", nor the writer's "we")."""
    import bisect
    i = bisect.bisect_left(org_starts, at) - 1
    if i < 0:
        return owner
    near = orgs_at[org_starts[i]]
    start = max([m.start() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)]
                + [text.rfind("\n\n", 0, at)])
    if near[2] is owner or near[0] <= start or near[1] > at or near[2].role \
            or not text[near[0]:near[0] + 1].isupper() \
            or text[near[0]:near[1]].lower() in FIRST_PERSON:
        return owner        # ("X sent a working group led by its deputy director A": X's)
    if any(near[1] <= m.start < at for m in owner.mentions):
        return owner
    return near[2]


def _who_heads(text, s, e, person, orgs_at, ref_at, post) -> None:
    """"A, who heads the sales department of X", "A, who chairs X": A's post in X."""
    w = _WHO_HEADS.match(text, e)
    hit = orgs_at.get(w.end()) if w else None
    if hit is not None and text[hit[0]:hit[1]].lower() != "its":
        unit = w.group("unit")
        role = _HEAD_ROLE[" ".join(w.group("v").lower().split()[:1])]
        if unit and unit.lower().startswith("board"):
            role = "Chairman"
        elif unit:
            role = f"Head of the {' '.join(unit.split())}"
        rule = "post:who-heads" + ("@0.5" if hit[0] in ref_at and ref_at[hit[0]] is hit
                                   else "")
        post(person, hit[2], role, Span(s, hit[1]), rule)


def _appointed(text, s, e, person, roles, orgs_at, ref_at, post) -> bool:
    """"A was appointed chairman of X", "B has been general manager of Y": the post, if any."""
    m = _APPOINTED.match(text, e)
    role, hit = _roles_of(text, m.end(), roles, orgs_at) if m else (None, None)
    if hit is None:
        return m is not None and _its_role(text, s, m.end(), person, roles, ref_at, post)
    rule = "post:appointed-role-of" + ("@0.5" if hit[0] in ref_at and ref_at[hit[0]] is hit
                                        else "-referent@0.5" if text[hit[0]:hit[0] + 4].lower()
                                        == "the " else "")
    post(person, hit[2], role.group(1), Span(s, hit[1]), rule)
    return True


_ITS_GAP = re.compile(r"[ \t\n]+")


def _its_role(text, s, at, person, roles, ref_at, post) -> bool:
    """"A became its director in 1988", "Li served as its chairman until 2019" (after "A
    founded X"): a post of A in the organisation "its" stands for (rule
    ``post:appointed-its-role@0.5``); not "its board" (no role)."""
    r = ref_at.get(at)
    if r is None or text[r[0]:r[1]].lower() != "its":
        return False
    gap = _ITS_GAP.match(text, r[1])
    role = roles.match(text, gap.end()) if gap else None
    if role is None:
        return False
    post(person, r[2], role.group(1), Span(s, role.end()), "post:appointed-its-role@0.5")
    return True


def _surname_posts(text, later, roles, orgs_at, ref_at, post) -> None:
    """"Feng, 52, was previously chairman of X": the posts a surname used alone is given."""
    for s, e, person in later:
        _appointed(text, s, e, person, roles, orgs_at, ref_at, post)


def _elected_posts(text, people, roles, orgs_at, org_starts, lead, post) -> None:
    """"It elected A as chairman and appointed B as president", "The board named A chief
    financial officer": a post in the company whose sentence says so ("Malaysia Smelting Corp.
    appointed A as its group CEO"), or else the one the report is about (none: no post)."""
    for s, e, person in people.values():
        v = _elected().search(text, max(0, s - 40), s)
        e = after_name(text, e)
        a = (_AS.match(text, e) or _SPACE.match(text, e)) if v else None
        role = roles.match(text, a.end()) if a else None
        if role is None or _OF.match(text, role.end()) and \
                not re.match(r"\s+of\s+(?:the\s+)?(?:board|directors|supervisors)\b",
                             text[role.end():role.end() + 30], re.I):
            continue        # ("as chairman of X": a post in X, read above when X is named)
        org = _subject_org(text, v.start(), orgs_at, org_starts) or lead
        if org is not None:
            post(person, org, role.group(1), Span(v.start(), role.end()),
                 "post:elected-as-role@0.5")
