"""Posts stated next to a person's name: "X, Vice President of Y" (the clause after the name, up
to the next person or ';'; rule ``post:name-comma-role-of-org``), a later organisation of a list
of roles ("X, Member of the Party Committee, Vice President and Secretary General of Z":
``post:name-comma-roles-of-orgs``), and "Y Chairman X" / "Chairman of Y X" / "Y's Chairman X"
before it (``post:org-role-name``). Not an organisation after the apposition's verb ("X, a
reporter, met Y staff"), nor a person after words past "Chairman of Y" ("The general manager of
Y met X"). A known person described otherwise ("Ge Honglin, a local farmer,") than their known
posts say is marked doubtful."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.post_nodes import doubt, make_post
from kg.ingest.relations.post_periods import period_at


# a person's years printed in brackets after the name, as reference works print them: "X (born
# 1962), chief engineer of Y", "X (b. 1974, Taiyuan), ...", "X (1931-2019), ...": the clause
# after them is the name's; and so is the name printed again in Chinese characters, "Zhang Wei
# (张伟), chairman of Y" (in ASCII or full-width brackets)
LIFE_YEARS = re.compile(r"[ \t]*(?:\((?=[^()\n]{0,40}\b(?:19|20|18)\d\d\b)[^()\n]{1,40}\)|"
                        r"[(\uff08][ \t]*[\u3400-\u9fff][\u3400-\u9fff\u00b7\u30fb]{0,11}[ \t]*[)\uff09])")


# the emphasis a Markdown text closes right after a name ("**X**, chairman of Y", "*X*, ..."):
# the clause after it is the name's, as after a plain name
_EMPHASIS_END = re.compile(r"(?:\*{1,2}|_{1,2})")


# a line that opens a labelled field of a form or a record ("Department:   X"): the clause of
# the line above ends before it
_FIELD_LINE = re.compile(r"\n[ \t]*[A-Z][\w()'’/ -]{0,30}[:：][ \t]")


# the apposition closed after a role and its period ("X, Director from 1995 to 2008, spoke",
# "X, Director 2008-2019 and now a consultant to Y")
_CLOSED = re.compile(r"[ \t\n]*(?:,|\band\b|\))")


_APPOSED = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+|its\s+)?")


# ", and X by its president, A": a new conjunct, whose roles are not the name's before
_NEW_CONJUNCT = re.compile(r"\s*,\s*(?:and|or|while|but|whereas)\s", re.I)


def _apposed_to_another(text, within, lo: int, role_s: int) -> bool:
    """Whether the role starting at ``role_s`` is set after another person's name by a comma
    ("Zhang Wei, chairman of Y"): then it describes that person."""
    return any(_APPOSED.fullmatch(text, pe, role_s) for _, pe, _ in within(lo, role_s, {"person"}))


_THE_NOUN = re.compile(r"the[ \t\n]+[a-z]")


def _field_org(text, phrase, within):
    """The organisation a field line names for the noun of "the builder" ("Builder: X Co.,
    Ltd."), or None."""
    noun = phrase.split()[-1]
    m = re.search(rf"^[ \t]*{re.escape(noun)}[ \t]*[:：][ \t]*", text, re.I | re.M)
    if m is None:
        return None
    hit = [o for o in within(m.end(), m.end() + 200, {"org"}) if o[0] == m.end()]
    return hit[0][2] if hit else None


# a relative clause of another organisation before the role: the role is its holder's
_WHOSE = re.compile(r"\b(?:whose|where)\b")
# between an organisation and the unit of it the post is in: "the ministry's Department of X"
_OWNS = re.compile(r"['’]s?[ \t\n]+")
# a role the clause denies: "X, who is not / was never / is no longer a director of Y"
_NOT_HELD = re.compile(r"\b(?:not|never|no\s+longer|n['\u2019]t)\b", re.I)
@lru_cache(maxsize=1)
def _former_tie() -> re.Pattern:
    """The words that tie a person to an organisation left before ("X, formerly of Y, was
    named ...": ``data/post-former-tie-cues.txt``), matched right before the organisation."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{x})" for x in lines("post-former-tie-cues"))
                      + r")[ \t\n]+(?:the[ \t\n]+)?$", re.I)


@lru_cache(maxsize=1)
def _sought() -> re.Pattern:
    """The words that put a person forward for a role (``data/post-sought-cues.txt``)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{x})" for x in lines("post-sought-cues"))
                      + r")(?![\w-])", re.I)


# a reporting verb between the person and the organisation: the clause goes on past the role
# between "Chairman of Y" and the person: commas, a courtesy title at most ("Chairman of Y, Mr.
# X"; not "The general manager of Y met X": X is whom the manager met)
_NAME_NEXT = re.compile(r"[\s,]*(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|Comrade|Academician)\.?[\s,]*)?")
# the apposition closed and the clause's verb after it: ", met", ", visited" (not ", of the",
# ", and", ", the Y Company")
_PREDICATE = re.compile(r",[ \t\n]+(?!(?:of|at|in|on|for|with|from|by|and|or|the|a|an|its|their|his|"
                        r"her|both|also|under|to|who|which|now|then|formerly|previously|"
                        r"concurrently|as)\b)[a-z][a-z'\u2019-]*\b")
# ", and elected new members of Y": a second verb of the sentence's subject after the apposition
# ("The congress approved the report delivered by X, General Manager, and elected ..."): Y is
# that verb's object, not X's employer
_AND_VERB = re.compile(r",[ \t\n]+(?:and|or)[ \t\n]+[a-z]+ed[ \t\n]+(?:the|a|an|its|their|his|her|"
                       r"new|two|three|four|five|\d)\b")
_SAID = re.compile(r"\b(?:said|says|told|added|noted|stressed|explained|warned|announced|"
                   r"stated|argued|insisted|denied|confirmed)\b")


# "X, a furnace operator at Y", "X, an electrolysis technician with Y", "X, a senior crane driver
# from Y": an indefinite job after the name, headed by a word for a person's work (-er, -or,
# -ist, -ian, -ant, -ent, -ee, -man, -woman), right before the organisation's name
_JOB_AT = re.compile(r"\s*,\s+(?:a|an)\s+(?P<role>(?:[a-z][a-z-]*\s+){0,3}?"
                     r"(?P<head>[a-z]{2,}(?:er|or|ist|ian|ant|ent|ee|man|woman)))"
                     r"\s+(?:at|with|from|of|for|in)\s+(?:the\s+)?")
# heads that name a tie other than a job ("a customer of", "a shareholder in": data/not-job-heads.txt)
_NOT_JOBS = words("not-job-heads")
_PAST = re.compile(r"\b(?:former|retired|onetime|one-time|late|ex-)")
JOB_RULE, JOB_CONFIDENCE = "post:name-comma-a-job-at-org", 0.5


# the role's own "of" / "at": what follows is the body the role is in
_ROLE_OF = re.compile(r"[ \t\n]+(?:of|at)[ \t\n]+(?:the[ \t\n]+)?")
_WORDS_BEFORE = re.compile(r"\b(?!the\b)[A-Za-z]{2,}")


def _of_another(text, role_end: int, org_start: int) -> bool:
    """Whether the role is "of" something other than the organisation named later in the clause,
    a comma between ("former director of the X Plant, senior engineer and a member of Y",
    "County Mayor of Fugu, and the leaders of Y"): the body the role names is not Y."""
    m = _ROLE_OF.match(text, role_end, org_start)
    if m is None or m.end() >= org_start:
        return False
    comma = text.rfind(",", m.end(), org_start)
    # ("Vice Minister of Mines, Ministry of X": the body right after the comma is the role's)
    return comma >= 0 and _WORDS_BEFORE.search(text, comma + 1, org_start) is not None


@lru_cache(maxsize=1)
def _employer_sites() -> frozenset:
    return words("employer-site-heads")


def _works_of(text, within, role_end: int, end: int):
    """The site the role is "of" when it is a workplace ("director of the X Plant"), or None."""
    m = _ROLE_OF.match(text, role_end, end)
    if m is None:
        return None
    for x in within(m.end(), end, {"place"}):
        if x[0] != m.end():
            break
        if str(x[2].cls).endswith("#Site") and (x[2].label.split() or [""])[-1].lower() in _employer_sites():
            return x
    return None


# between a field's words and the body after them: a comma
_UNIT_COMMA = re.compile(r"[ \t]*,[ \t\n]*(?:the[ \t\n]+)?")


# "Head of Corporate Affairs, X Ltd": the role's department, up to the comma before the body
_DEPARTMENT = re.compile(r"[ \t]+of[ \t]+((?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,3}"
                         r"[A-Z][a-z]+)[ \t]*(?:,|[ \t]at)[ \t\n]*(?:the[ \t\n]+)?")


def _with_department(text: str, role: str, role_end: int, org_start: int) -> str:
    """The role with the department its "of" names when the words after it end in a
    department's word (data/department-name-ends.txt) and a comma or "at" then leads to the
    body: "Head of Corporate Affairs, X Ltd" holds the post "Head of Corporate Affairs"."""
    m = _DEPARTMENT.fullmatch(text, role_end, org_start)
    if m is None or m.group(1).rsplit(None, 1)[-1].lower() not in words("department-name-ends"):
        return role
    return f"{role} of {' '.join(m.group(1).split())}"


def _function_guess(org) -> bool:
    """A new organisation read only from the slot after a role ("Director of Supply Chain":
    names/slots.py), no suffix of a body's name: perhaps the role's field rather than a body."""
    return not org.known and org.rule == "company-slot"


def stated_posts(draft, minter, spans_of, sents, within, roles) -> None:
    text = draft.text
    for s, e, person in spans_of:
        if person.kind != "person":
            continue
        ss, se = sents.bounds(s)
        life = LIFE_YEARS.match(text, e, se)
        if life is not None and text.startswith(",", life.end()):
            e = life.end()      # "X (born 1962), chief engineer of Y"
        emphasis = _EMPHASIS_END.match(text, e, se)
        if emphasis is not None and text.startswith(",", emphasis.end()):
            e = emphasis.end()  # "**X**, chief engineer of Y"
        # after: "X, Vice President of Y" (clause up to the next person or ';')
        nxt = next((ps for ps, _, p in within(e + 1, se, {"person"})), se)
        clause_end = min(nxt, se, (text.find(";", e, se) + 1 or se + 1) - 1 if ";" in text[e:se] else se)
        field = _FIELD_LINE.search(text, e, clause_end)
        if field is not None:
            clause_end = field.start()  # "Department: X" on the next line is a field of its own
        after = text[e:clause_end]
        if after.lstrip().startswith(",") and not _NEW_CONJUNCT.match(after):
            found = [m for m in roles.finditer(after)]
            orgs = within(e, clause_end, {"org"})
            if orgs and _former_tie().search(text[max(e, orgs[0][0] - 40):orgs[0][0]]):
                orgs = orgs[1:]     # "X, formerly of Y, was named CFO": no post in Y
            works = _works_of(text, within, e + found[0].end(), clause_end) if found else None
            if works is not None and (not orgs or orgs[0][0] > works[0]):
                orgs = [works] + orgs   # "X, director of the Y Magnesium Plant": a workplace
            if found and nxt == clause_end and not after[found[-1].end():].strip():
                found = found[:-1]  # "X, the wife of Y chairman Z,": the title is Z's
            if found and orgs and _NOT_HELD.search(after, 0, found[0].start()):
                continue        # "X, who is not a director of Y", "X, no longer chairman of Y"
            if found and orgs and _sought().search(after, 0, found[0].start()):
                continue        # "X, a candidate for chairman of Y": a post sought, not held
            if found and orgs and (_SAID.search(text, e, orgs[0][0]) or _PREDICATE.search(
                    text, e + found[0].end(), orgs[0][0]) or _AND_VERB.search(
                    text, e + found[0].end(), orgs[0][0])):
                orgs = []       # "X, the chairman, said Y would ...": Y is what X spoke of;
                #                 "X, a reporter, met Y staff": Y the verb's object
            if found and orgs and _WHOSE.search(after, 0, found[0].start()):
                orgs = []       # "X, ..., and to Y Ltd., whose chairman, Z,": Z's role
            if found and orgs:
                per = period_at(text, e + found[0].end(), orgs[0][0])
                if per is not None and _CLOSED.match(text, per[2], orgs[0][0]):
                    orgs = []   # "X, Director from 1995 to 2008, spoke of Y": no body named
            if found and orgs and _of_another(text, e + found[0].end(), orgs[0][0]):
                orgs = []   # "X, director of the Y plant, senior engineer and ... of Z": not Z's
            if found and orgs:
                role = found[0].group(1)
                while len(orgs) > 1 and _OWNS.fullmatch(text, orgs[0][1], orgs[1][0]):
                    orgs = orgs[1:]     # "deputy director of the ministry's Department of X"
                if len(orgs) > 1 and _function_guess(orgs[0][2]) and \
                        _UNIT_COMMA.fullmatch(text, orgs[0][1], orgs[1][0]) and \
                        _ROLE_OF.fullmatch(text, e + found[0].end(), orgs[0][0]):
                    # "X, Director of Supply Chain, Y Co., Ltd.": the words after "of" are the
                    # role's field (guessed a company only by the slot they fill), the body
                    # after the comma is the one the post is in
                    role = f"{role} of {' '.join(text[orgs[0][0]:orgs[0][1]].split())}"
                    orgs = orgs[1:]
                else:
                    role = _with_department(text, role, e + found[0].end(), orgs[0][0])
                make_post(draft, minter, person, orgs[0][2], role, Span(s, orgs[0][1]), "post:name-comma-role-of-org")
                # "X, Member of the Party Committee, Vice President and Secretary General of Z":
                # a later organisation of the list, after roles of its own, holds a post too
                for (ps, pe, prev), (os_, oe, org) in zip(orgs, orgs[1:3]):
                    gap = text[pe:os_]
                    last = None
                    for last in roles.finditer(gap):
                        pass
                    # (the last role right before "of": not "senior engineer and a member of")
                    if last is not None and re.fullmatch(r"\s+(?:of|at)\s+(?:the\s+)?",
                                                         gap[last.end():]) \
                            and org is not prev and org is not orgs[0][2]:
                        if _THE_NOUN.match(text, os_) and text[os_:oe].split()[-1].lower() \
                                not in org.label.lower():
                            # "chairman of the builder" (a noun no word of the org's name):
                            # the org a "Builder: X" line names, not the one the noun was
                            # read back to; none without such a line
                            org = _field_org(text, text[os_:oe], within)
                            if org is None or org is orgs[0][2]:
                                continue
                        make_post(draft, minter, person, org, last.group(1), Span(s, oe),
                                  "post:name-comma-roles-of-orgs")
                continue
            # "X, a furnace operator at Y": a job the role list lacks, named by its head
            job = _JOB_AT.match(after)
            if job is not None and job.group("head") not in _NOT_JOBS \
                    and not _PAST.search(job.group("role")):
                at = e + job.end()
                org = next((o for o in orgs if o[0] == at), None)
                if org is not None:
                    make_post(draft, minter, person, org[2], job.group("role"), Span(s, org[1]),
                              JOB_RULE, JOB_CONFIDENCE)
                    continue
            # "Ge Honglin, a local farmer,": a description no known post of theirs gives
            desc = re.match(r",\s+(?:a|an)\s+([^,.;:]{3,60})", after)
            kp = draft.__dict__.get("_known_posts")
            if desc and person.known and kp is not None and kp.knows(person.iri) \
                    and not roles.search(desc.group(1)):
                doubt(person, "described otherwise")
        # before: "Y Chairman X" / "Chairman of Y X" / "Y's Chairman X"
        before_start = max(ss, s - 160)
        orgs = within(before_start, s, {"org"})
        m = None
        for m in roles.finditer(text[before_start:s]):
            pass
        if m is not None and orgs and _apposed_to_another(text, within, before_start,
                                                          before_start + m.start()):
            m = None        # "A, chairman of Y, B": the role is A's
        if m is not None and orgs:
            role_s = before_start + m.start()
            gap = text[before_start + m.end():s]
            # ("Chairman of Y, X", "a spokesperson for Y, X, said", "the head of research at Y, X";
            # not "At the ceremony at the exchange, chairman X said": the venue)
            if len(gap.strip(" ,")) <= 2 or re.fullmatch(r"\s*(?:of|for|at)\s+(the\s+)?.*", gap, re.DOTALL):
                org = orgs[-1]
                if (org[1] <= role_s and re.fullmatch(r"[\s,'’s]*", text[org[1]:role_s])
                        and not ("," in text[org[1]:role_s] and re.search(
                            r"\bat\s+(?:the\s+)?$", text[max(ss, org[0] - 8):org[0]]))) or (
                        org[0] > role_s and not re.search(r"\band\b|;", text[org[1]:s])
                        and _NAME_NEXT.fullmatch(text, org[1], s)):
                    make_post(draft, minter, person, org[2], m.group(1), Span(min(org[0], role_s), e),
                              "post:org-role-name")
