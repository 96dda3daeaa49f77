"""Where a head word of ``data/name-heads.txt`` / ``data/org-name-heads.txt`` ends no name, or
ends it earlier, though it is printed with a capital (read by :mod:`kg.ingest.names.candidates`
for each head word of a run of capitalised words):

* a document head that opens a title only before "on" / "of" ("Announcement on X"; "Stock
  abbreviation: X  Announcement No." is no title); a notice's head after a word and before a
  capitalised one is a word of a longer name ("Nordic Circular Metals");
* a body of rules named by a plural head only before what it covers ("Accounting Standards for
  Business Enterprises"; "Letter on Three Industry Standards" is a letter about them);
* a unit of an organisation ("Personnel Section", "Adsorption Workshop") is none before a number
  or "on" / "for" ("Section 3 of the contract", "Workshop on Lithium Recycling": a part of a text,
  a meeting);
* "X Clauses of the Company": the issuer named by its kind is no word of the name, which ends
  at its head;
* a code is a body of law ("Civil Code", "Mining Code") but not an identifier's label ("Stock
  Code: 600362", "QR Code": ``data/code-label-words.txt``, a word in capitals before it, a
  number or a colon after it);
* a contest ("Competition", "Contest") is named by its edition: a year or an ordinal before
  the head, or the skills it tests ("2026 X Province Welding Skills Competition", "Fifth Y
  Contest"); "Halt Cut-throat Competition" in a headline is no event. Also where a phrase may stop
before "of": a word that ends an organisation's name (:func:`ends_org`), a title and a person's
name before the body they serve (:func:`titled_person`), read by names/candidates.py."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.head_words import ORG_END_CLASSES

_ONLY_WITH_OF = {"announcement", "decision"}
_CONTEST_HEADS = {"competition", "contest"}
_CONTEST_WORDS = {"skills", "skill", "vocational"}


@lru_cache(maxsize=None)
def _ordinals() -> frozenset:
    return frozenset(lines("ordinal-words"))
@lru_cache(maxsize=None)
def _code_labels() -> frozenset:
    return frozenset(lines("code-label-words"))


_BEFORE_OF = {"standards"}
# a notice's head inside a longer name: "Nordic Circular Metals" is no notice "Nordic Circular"
# (a title in capitals goes on with a preposition: "X Notice On Y", "Circular Regarding Z")
_NOTICE_HEADS = {"notice", "circular"}
_TITLE_PREPOSITIONS = {"On", "Of", "For", "About", "Regarding", "Concerning", "To", "Issued",
                       "By", "In", "From", "Related", "Relating", "Governing", "No"}
_UNIT_HEADS = {"section", "workshop"}
# legal forms that are also common words or units ("AS": Norway's and Denmark's
# "aksjeselskap"; "KG": Germany's "Kommanditgesellschaft", and kilograms): a name's end only
# printed in capitals after a word that is not
_CAPS_ONLY = {"as", "kg"}
# heads that after "by" or "per" name how figures are broken down ("Exports by Company",
# "OUTPUT PER ENTERPRISE"), no organisation
# a head word that with the next word is a term of the trade ("base metals"), no name's end


@lru_cache(maxsize=None)
def _term_after() -> dict:
    """head word -> the words after it that make a term with it, no name's end
    (data/head-term-after.txt: "base metals", "law enforcement")."""
    out: dict = {}
    for line in lines("head-term-after"):
        head, _, after = line.partition("|")
        out.setdefault(head.strip().lower(), set()).update(after.lower().split())
    return out


_BREAKDOWN_HEADS = {"company", "companies", "enterprise", "enterprises", "firm", "group"}


def caps_form(word: str, before: str) -> bool:
    """Whether ``word``, a legal form of ``_CAPS_ONLY``, is printed as one: in capitals, after
    a word in mixed case ("Vestland Aluminium AS"; in a heading in capitals it is "as")."""
    return word.isupper() and bool(before) and not before.isupper()


def not_a_head(key: str, part: list, i: int) -> bool:
    """Whether the head word ``key``, the ``i``-th word of ``part`` (tuples whose third item is
    the word), ends no name there."""
    nxt = part[i + 1][2] if i + 1 < len(part) else ""
    if key in _CAPS_ONLY:       # "Vestland Aluminium AS", not "Prices Rise As Supply Tightens"
        return not caps_form(part[i][2], part[i - 1][2] if i else "")
    if key in _ONLY_WITH_OF:
        return nxt not in ("of", "on")
    if key in _NOTICE_HEADS and i > 0 and nxt[:1].isupper() and nxt[1:2].islower() \
            and nxt.rstrip(",.;:") not in _TITLE_PREPOSITIONS:
        return True         # "Nordic Circular Metals": a word of a longer name
    if key in _BEFORE_OF:
        return nxt not in ("of", "for", "on")
    if key in _UNIT_HEADS:
        return nxt in ("on", "for") or nxt[:1].isdigit()
    if key == "team":       # "the D1 Team" of a report's steps: a code, no team's name
        prev = part[i - 1][2] if i else ""
        return not prev[:1].isupper() or any(ch.isdigit() for ch in prev)
    if key == "code":       # "Stock Code: 600362", "QR Code": an identifier's label, no law
        prev = part[i - 1][2] if i else ""
        return not prev or prev in _code_labels() or prev.isupper() \
            or nxt[:1].isdigit() or nxt.startswith(":")
    if nxt.rstrip(",.;:").lower() in _term_after().get(key, ()):
        return True         # "Rustenburg Base Metals": a firm named by the term, no base
    if key in _BREAKDOWN_HEADS and i > 0 and part[i - 1][2].lower() in ("by", "per"):
        return True         # "TIN EXPORTS BY COMPANY": a table's breakdown, no company
    if key in _CONTEST_HEADS:
        before = [w[2].lower() for w in part[:i]]
        return not any(w[:1].isdigit() or w in _ordinals() or w in _CONTEST_WORDS
                       for w in before)
    return False


def issuer_tail(part: list, i: int, heads) -> bool:
    """Whether the head word at ``i`` is followed by nothing but "of the" and a head word ("of the
    Company", "of the Exchange"), so that the name ends at the head."""
    return i + 4 == len(part) and part[i + 1][2] == "of" and part[i + 2][2] == "the" \
        and part[i + 3][2].rstrip(".,").lower() in heads


@lru_cache(maxsize=1)
def _document_heads() -> frozenset:
    """The words that head a document's name as an authority numbers it ("Reply", "Approval",
    "Licence": ``data/numbered-documents.txt``), as printed."""
    return frozenset(line.split()[0] for line in lines("numbered-documents") if line.split())


def document_issuer(part: list, i: int, cls: str) -> bool:
    """Whether the body's head word at ``i``, followed by "on", names the issuer of the document
    the phrase opens with ("Reply of the X Bureau on the Extension of Y", "Official Reply of the
    X Office on Z"): what follows "on" is the document's subject, so the body's name ends at its
    head (not "X Bureau on the Extension of Y"). The document's words are one or two capitalised
    words before the phrase's first "of"."""
    if cls not in ORG_END_CLASSES or i + 1 >= len(part) or part[i + 1][2] != "on":
        return False
    j = next((k for k in range(1, min(i, 3)) if part[k][2] == "of"), None)
    return j is not None and part[j - 1][2] in _document_heads() \
        and all(w[2][:1].isupper() for w in part[:j])


def titled_person(ws, i: int, roles, heads) -> bool:
    """"Senator Melanie Schulz of the Hamburg Ministry ...": a title (a role's head word) and
    two or three capitalised words that end no organisation's name open the phrase before
    "of" at ``i``: a person and the body they serve, not one name."""
    if not 3 <= i <= 4 or ws[0][2].lower() not in roles:
        return False
    return all(w[2][:1].isupper() and w[2].isalpha() and not heads.get(w[2].lower())
               for w in ws[1:i])


def ends_org(word: str, heads) -> bool:
    """A word that ends an organisation's name ("University", "Group"): a name may stop there."""
    key = word.rstrip(",").lower()
    h = heads.get(key)
    return bool(h) and h[0] in ORG_END_CLASSES and word[:1].isupper() \
        and (key not in _CAPS_ONLY or word.rstrip(",") == key.upper())


def ends_part(cur, rest, heads) -> bool:
    """Whether the words ``cur`` before an "and" end a name of their own, the words ``rest``
    after it: an organisation's end word ("... University and Y Group"), or a body of a
    country (:func:`body_of_country`), or a body named from its head before a company
    (:func:`body_then_firm`)."""
    return ends_org(cur[-1][2], heads) and named_before(cur, rest) \
        or body_of_country(cur, rest, heads) or body_then_firm(cur, rest, heads) \
        or possessive_opens(rest)


def possessive_opens(rest) -> bool:
    """"The Geological Survey of Finland and Romania's National Agency for ...": a country in
    the possessive (data/place-countries.txt) and a capitalised word after the "and" open a
    second name, the country's body (not "the Ministry of Ecology and Environment's South
    China Institute": a field of the name before, in the possessive)."""
    if len(rest) < 2 or not rest[0][2].endswith(("'s", "\u2019s")) or not rest[1][2][:1].isupper():
        return False
    from kg.ingest.names.countries import countries     # (only at such an "and")
    return rest[0][2][:-2] in countries()


def named_before(cur, rest=()) -> bool:
    """Whether the "and" / "&" between the words ``cur`` and ``rest`` may end a name there: a
    word with a capital or a digit names the organisation before its end word ("d'Arcy Mine",
    "No. 3 Mine"; an end word alone, "the Securities and Exchange Commission", is a field of
    the name after "and"), and the "&" is no limited partnership's ("X GmbH & Co. KG")."""
    return any(ch.isupper() or ch.isdigit() for w in cur[:-1] for ch in w[2]) \
        and not partner_form(cur, rest)


def body_then_firm(cur, rest, heads) -> bool:
    """"The Ministry of Mines and Kuda Nickel Holdings Ltd signed", "the Institute of Mining
    Research and Y Platinum Mines Ltd": the words before "and" open with a body's head word and
    "of" / "for" (or a particle of data/org-name-particles.txt: "Université de Lorraine and X SA"),
    and the words after it are a company's name of two words or more before its end word
    ("Holdings", "Ltd", "SA"): two names. A body named from its head ends in its field, never
    in a company's legal form ("Ministry of Industry and Trade" stays one; "Changsha Research
    Institute of Mining and Metallurgy Co., Ltd." opens with no head word and one word stands
    before its form)."""
    k = 1 if cur and cur[0][2].lower() == "the" else 0
    if len(cur) < k + 3 or len(rest) < 3:
        return False
    h = heads.get(cur[k][2].lower())
    if not h or h[1] != "head" or h[0] not in ORG_END_CLASSES \
            or cur[k + 1][2].lower() not in _JOINTS:
        return False
    for j, w in enumerate(rest):
        if not w[2][:1].isupper():
            return False
        key = w[2].rstrip(",").lower()
        firm = heads.get(key) or heads.get(key.rstrip("."))
        if firm and firm[0] == "Company" and firm[1] == "end":
            return j >= 2
    return False


_JOINTS = frozenset({"of", "for"} | {w.lower() for w in lines("org-name-particles")})


def body_of_country(cur, rest, heads) -> bool:
    """"Iron Ore Company of Canada and Tin Can Bay Council": the words before "and" are a name
    that ends in "of" and a listed country ("data/place-countries.txt") after a word that ends
    an organisation's name, and the words after "and" end in such a word too: two names, not
    one body of two countries ("Bank of Canada and Mexico" stays one phrase)."""
    if len(cur) < 3 or not rest or not ends_org(rest[-1][2], heads):
        return False
    from kg.ingest.names.countries import countries
    names = countries()
    for k in range(len(cur) - 1, 0, -1):
        if cur[k][2] in ("of", "OF"):
            j = k + 1 + (k + 1 < len(cur) and cur[k + 1][2] == "the")
            place = " ".join(w[2] for w in cur[j:]).rstrip(",")
            return place in names and ends_org(cur[k - 1][2], heads)
    return False


# a people's congress ends the name, or its place after "of" does ("... of Wenxi County")
_CONGRESS = re.compile(r"People['\u2019]s Congress(?: of(?: [A-Z][\w'\u2019-]*)+)?[,.]?$")


def congress_body(ws, i: int, roles) -> bool:
    """"(The) Standing Committee of the X People's Congress", "the Deputy Affairs Committee of
    the Standing Committee of ...": a legislature's own organ named by the words before "of" at
    ``i``, not a role before its body ("Standing Committee" also ends the role "Member of the
    Standing Committee"): kept when the phrase ends in "People's Congress" and no role's word
    stands right before it ("Vice Chairman of the Standing Committee of ..." is still a post's
    title, and the name starts after "of")."""
    if not _CONGRESS.search(" ".join(w[2] for w in ws[i + 1:])):
        return False
    j = i - 3
    while j >= 0 and ws[j][2] in ("the", "of"):
        j -= 1
    return j < 0 or ws[j][2].rstrip(",").lower() not in roles


def body_class(label: str, cls: str) -> str:
    """The class of a body whose name ends in words that make its head word mislead
    (``data/body-name-ends.txt``), or in those words and its place after "of": a people's
    congress and its committees are organs of the state, no conference or Party body ("Wenxi
    County People's Congress", "Standing Committee of the 18th People's Congress of Wenxi
    County"); a customs district is a customs office, no region ("Xi'an Customs District"). A
    session of a congress ("the Fifth Session of the X People's Congress") is named by its own
    head word and stays a meeting."""
    plain = label.rstrip(",.").replace("\u2019", "'")
    for rx, was, now in _body_ends():
        if cls in was and rx.search(plain):
            return now
    return cls


@lru_cache(maxsize=1)
def _body_ends() -> tuple:
    out = []
    for line in lines("body-name-ends"):
        end, rest = line.split("  ", 1)
        now, *was = rest.split()
        out.append((re.compile(re.escape(end.strip()) + r"(?: of(?: [A-Z][\w'-]*)+)?$"),
                    frozenset(was), now))
    return tuple(out)


def law_after(part, j: int, heads) -> bool:
    """Whether the "and" at ``j`` of a law's name joins a second law ("X Law of the People's
    Republic of China and of the Y Law"): a law's head word follows it. Else the "and" joins
    two nouns of one title ("Law on the Prevention and Control of Solid Waste Pollution")."""
    return any(heads.get(w[2].rstrip(".,").lower(), ("",))[0] == "Policy" for w in part[j + 1:])


_PARTNER_FORMS = {"GmbH", "AG", "SE", "Ltd", "Ltd.", "Limited", "Inc.", "LLC"}


def partner_form(cur, rest) -> bool:
    """Whether an "&" between the words ``cur`` and ``rest`` is a limited partnership's legal
    form after its partner's ("X GmbH & Co. KG", "Y Ltd & Co KG"): no joint of two names."""
    return bool(cur) and cur[-1][2] in _PARTNER_FORMS and len(rest) >= 2 \
        and rest[0][2] in ("Co.", "Co") and rest[1][2].rstrip(".,") in ("KG", "KGaA", "OHG")


def start_after_of(inside: list, heads, ps: int) -> int:
    """Where a name starts that a phrase's words ``inside`` hold ("Professor Han of X
    Institute", "Demand for X Ltd", "Exports to X Ltd"): after the last "of" / "for" / "to"
    before its first head word ("Article 71 of the Law on the Prevention and Control of X":
    from "the Law"), else at ``ps``."""
    h = next((k for k, w in enumerate(inside) if w[2].rstrip(".,").lower() in heads),
             len(inside))
    ofs = [j for j, w in enumerate(inside[:h]) if w[2] in ("of", "for", "to")]
    return inside[ofs[-1] + 1][0] if ofs and ofs[-1] + 1 < len(inside) else ps


@lru_cache(maxsize=1)
def _roles() -> frozenset:
    return frozenset(r.lower() for r in lines("roles"))


def role_line(text: str, part: list, i: int) -> bool:
    """Whether the head word at ``i`` opens its line, the line a role of ``data/roles.txt`` on
    its own ("T. Kgosi" over "Company Secretary", "A. Banda" over "Board Secretary": a
    signature's role under the signer's name, no name's end)."""
    a = part[i][0]
    if i == 0 or "\n" not in text[part[i - 1][1]:a]:
        return False
    end = text.find("\n", a)
    line = " ".join(text[a:end if end >= 0 else len(text)].split()).rstrip(".,:;").lower()
    return line in _roles()
