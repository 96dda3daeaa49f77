"""Documents a text names by their kind and their code: "under purchase contract HT-CG-2026-088
between the client and the supplier", "Stop-work instruction JL-TZ-2026-019 was issued", "test
report XG-HY-2026-1187", and the fields of a form ("CONTRACT NO.       PMNS-JC-2026-11", "L/C
NO.  LXB-LZ-26-LC-0967"). A kind of ``data/coded-document-heads.txt`` (with the one word before
it that says which: "purchase", "supply", "stop-work"), then the code (capitals and digits in
three or more parts joined by hyphens or slashes, one digit at least; a form's field takes any
code of six characters or more with a digit) is one document of the kind's class (rule
``document:coded``, confidence 0.55): labelled "Purchase contract HT-CG-2026-088" (a field's:
"Contract PMNS-JC-2026-11", "Letter of credit LXB-LZ-26-LC-0967"), the code an alias.

A table's column headed by a kind and "No." ("Licence No.", "Permit holder / Permit No.",
"Licence / number") lists documents of that kind, one a row (:func:`column_documents`); the
number is the cell's last line (after the holder's name and " / " when the header pairs them),
and may be a romanised Chinese number ("Qu Shui (Fu) 2022-0087", "Wan Huan Fu Zheng [A0417]"),
as may the value of a form's field "Licence No.: Wan Huan Fu Zheng [A0417]".

Round 37: a form's field may open with an item's mark ("[1] Permit No.:  6108...", "[B]",
"(2)"); and a kind printed with "No." (or a form's colon or dot leaders) before a number of a
form's field, in prose or a cell ("rectification notice No. ZG-2026-117", "partial stop-work
order No. TG-2026-021", "Construction permit: 610301202407150114", "Filing No.: HBJB-..."), is
a document of the kind, labelled with up to three words before the kind that say which
("Stevedore damage report 2026-117"; not a determiner, a verb of holding, a participle); the
text's one document of such a phrase of three words or more is also named by it. A day is no
number ("Permit: 2026-11-20"). Whom the document is given to, in the fields under its number:
:func:`kg.ingest.relations.document_fields.holder_fields`.

Round 41: a certificate, licence or permit whose number prose prints right after its kind in
one piece ("its previous certificate TA21N0190 lapsed": capitals and digits, seven or more) or
in romanised Chinese ("holds registration certificate Shaan Xie Zhu Zhun 20262130045", "licence
Shaan Wei Fei Jing Zi No. 0516") is one document of the kind likewise (:func:`_held_numbers`);
the romanised number is then no person's name.

A field of a form whose own heading is of the same kind ("SPONGE TITANIUM PURCHASE CONTRACT" /
"Contract No.: ...") numbers the text itself: that is :mod:`kg.ingest.names.heading_documents`'.
Two regex passes, each match bounded: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate
from kg.ingest.reading.tables import tables
from kg.ingest.reading.windows import AtLineStarts, near

RULE, CONFIDENCE = "document:coded", 0.55
_CODE = r"(?<![\w\-/])[A-Z][A-Z0-9]{0,9}(?:[\-/][A-Z0-9]{1,12}){2,6}(?![\w\-/])"
# (the prose pattern is tried only up to 250 characters before a code: reading/windows.py)
_CODE_RX = re.compile(_CODE)
_FIELD_CODE = r"[A-Z0-9][A-Z0-9\-/]{4,30}[A-Z0-9](?![\w\-/])"
# what may open a field's line before its kind: an item's mark ("[1] Permit No.: ...", "[A]",
# "(2)", "3.")
_MARK = r"(?:\[[A-Z0-9]{1,2}\]|\([A-Za-z0-9]{1,2}\)|\d{1,2}[.)])"
# a day is no document's number ("Permit: 2026-11-20")
_DAY = re.compile(r"\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}")
_STOP = frozenset(("the", "a", "an", "of", "under", "per", "and", "or", "its", "their", "this",
                   "that", "in", "on", "to", "by", "with", "from", "see", "as", "our", "your",
                   "no", "new", "same", "said"))


@lru_cache(maxsize=1)
def _heads() -> dict:
    out = {}
    for ln in lines("coded-document-heads"):
        kind, cls, label = re.split(r"\s{2,}", ln.strip())
        out[kind] = (cls, label)
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    kinds = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_heads(), key=len,
                                                                          reverse=True))
    prose = re.compile(rf"(?<![\w\-/])(?:(?P<mod>[A-Za-z][a-z]+(?:-[a-z]+)?)[ \t]+)?"
                       rf"(?P<kind>(?i:{kinds}))[ \t|]{{0,40}}\n?[ \t|]{{0,40}}"
                       rf"(?P<code>{_CODE})")
    field = re.compile(rf"^[ \t]*(?:{_MARK}[ \t]+)?(?P<kind>(?i:{kinds}))[ \t]+(?i:no\.|number)"
                       rf"[ \t]*:?[ \t]*(?P<code>{_FIELD_CODE}|{_ROMAN_NUMBER}(?=[ \t]*$))", re.M)
    # "rectification notice No. ZG-2026-117", "Construction permit: 610301202407150114",
    # "Construction permit .. 410602202505230201": a kind, then "No." (or a form's colon or
    # dot leaders), then a number of a form's field
    numbered = re.compile(rf"(?<![\w\-/])(?:(?P<mod>[A-Za-z][a-z]+(?:-[a-z]+)?)[ \t]+)?"
                          rf"(?P<kind>(?i:{kinds}))[ \t*]{{0,4}}"
                          rf"(?:(?i:no\.|number)[ \t]*:?|:|[ \t]*\.{{2,}})[ \t]*\n?[ \t]*"
                          rf"(?P<code>{_FIELD_CODE})")
    return prose, AtLineStarts(field), numbered     # (field: tried only where a line starts)


def _own_kind(text: str, kind: str) -> bool:
    """Whether a heading in capitals in the text's top names the text as a ``kind``."""
    rx = re.compile(rf"^[ \t]*[A-Z0-9 ,()\-]*\b{re.escape(kind.upper())}\b[A-Z0-9 ,()\-]*$", re.M)
    return rx.search(text, 0, min(len(text), 1500)) is not None


# a column's header that names a kind of document and its number ("Licence No.", "Permit
# number", "Contract No.")
_COLUMN = re.compile(r"(?P<kind>[A-Za-z/ ]+?)[ \t]+(?i:no\.?|number)")
_CELL_CODE = re.compile(_FIELD_CODE)
_CODE_FIELD_RX = re.compile(rf"(?<![\w\-/]){_FIELD_CODE}")
# a licence's number in romanised Chinese: two to seven capitalised syllables or letters (one
# may stand in brackets: "(Fu)"), then a bracketed serial ("Wan Huan Fu Zheng [A0417]") or a
# serial of digits ("Qu Shui (Fu) 2022-0087", "Rong Te Zi 0611-0617"); a bracketed year
# ("[2026] 0418") is document:numbered's
_ROMAN_WORD = r"[(]?[A-Z][A-Za-z]{0,11}[)]?"
_ROMAN_NUMBER = (rf"{_ROMAN_WORD}(?:[ \t]+{_ROMAN_WORD}){{1,6}}[ \t]+"
                 rf"(?:\[[A-Z]{{1,3}}\d{{2,8}}\]|[A-Z]{{0,3}}\d{{2,}}(?:[\-/.]\d+)*)")
_ROMAN_RX = re.compile(_ROMAN_NUMBER)


def _column_kind(head: str) -> str:
    """The kind of document a column's header numbers ("Licence No." -> "licence"; "Permit
    holder / Permit No." -> "permit"; "Licence / number" -> "licence"), or ""."""
    h = " ".join(head.split())
    m = _COLUMN.fullmatch(h)
    if m and " ".join(m.group("kind").lower().split()) in _heads():
        return " ".join(m.group("kind").lower().split())
    parts = [p.strip() for p in h.split(" / ")]
    if len(parts) != 2:
        return ""
    m = _COLUMN.fullmatch(parts[1])
    if m and m.group("kind").lower() in _heads():
        return m.group("kind").lower()                  # "Permit holder / Permit No."
    if parts[1].lower() in ("number", "no.", "no") and parts[0].lower() in _heads():
        return parts[0].lower()                         # "Licence / number"
    return ""


def _cell_number(text: str, spans: list) -> tuple[int, int] | None:
    """Where a cell of a column of document numbers prints its number: the cell itself (one
    line), or the last line of a cell of several lines (the kind or the holder above it), after
    the holder's " / " ("Co., Ltd. / 91610300MA6X4KQ21B001P")."""
    a, b = spans[-1]
    cut = text.rfind(" / ", a, b)
    if cut >= 0:
        a = cut + 3
    code = text[a:b].strip()
    if len(spans) == 1 and (cut < 0) and _CELL_CODE.fullmatch(code):
        return a, b
    if _CELL_CODE.fullmatch(code) or _ROMAN_RX.fullmatch(code):
        a = a + (len(text[a:b]) - len(text[a:b].lstrip()))
        return a, a + len(code)
    return None


def column_documents(text: str) -> list[Candidate]:
    """The documents of a table's column whose header is a kind of
    ``data/coded-document-heads.txt`` and "No." ("Licence No.   Exporter   Item" over
    "LY27-300451   X Co., Ltd.   Gallium"): each row's code in that column (a form's field
    code: six characters or more, a digit among them) is one document of the kind, its
    mention the cell (a publicity list of licences, permits or certificates)."""
    out = []
    for t in tables(text):
        for col, (_, _, head) in enumerate(t.header):
            kind = _column_kind(head)
            if not kind and col + 1 < len(t.header) and head.strip().lower() in _heads() \
                    and t.header[col + 1][2].strip().lower() in ("number", "no.", "no"):
                kind = head.strip().lower()     # ("Licence / number" read as two headers)
            if not kind:
                continue
            cls, opens = _heads()[kind]
            label = opens if opens != "-" else kind.capitalize()
            for row in t.rows:
                c = row.cell(col)
                if c is None or not c.spans:
                    continue
                at = _cell_number(text, c.spans)
                if at is None:
                    continue
                a, b = at
                code = text[a:b]
                if any(ch.isdigit() for ch in code):
                    out.append(Candidate(a, b, f"{label} {code}", cls, RULE, CONFIDENCE,
                                         {code}))
    return out


def coded_documents(text: str) -> list[Candidate]:
    if not re.search(r"[A-Z0-9][\-/][A-Z0-9]", text) and "No." not in text \
            and not re.search(r"[:.][ \t]*\d{6}", text):
        return _held_numbers(text, set())   # (no code, and no field or column of numbers)
    prose, field, numbered = _patterns()
    out = column_documents(text)
    for m in field.finditer(text):
        kind = " ".join(m.group("kind").lower().split())
        code = m.group("code")
        if not any(c.isdigit() for c in code) or _own_kind(text, kind):
            continue
        cls, opens = _heads()[kind]
        head = opens if opens != "-" else kind.capitalize()
        out.append(Candidate(m.start("kind"), m.end("code"), f"{head} {code}", cls, RULE,
                             CONFIDENCE, {code}))
    taken = {(c.start, c.end) for c in out}
    phrases: dict = {}
    for m in near(numbered, text, _CODE_FIELD_RX, before=120, after=1):
        code = m.group("code")
        if not any(c.isdigit() for c in code) or _DAY.fullmatch(code) \
                or any(a <= m.start("kind") < b for a, b in taken):
            continue
        if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() \
                and _own_kind(text, " ".join(m.group("kind").lower().split())):
            continue        # (a field numbering the text itself, as above)
        start = _modifiers_start(text, m.start("kind"))
        out.append(_prose_candidate(text, m, start))
        taken.add((out[-1].start, out[-1].end))
        phrase = " ".join(text[start:m.end("kind")].replace("*", " ").split())
        if phrase.count(" ") >= 2:        # (two words at least say which: "stevedore damage")
            phrases.setdefault(phrase.lower(), []).append((out[-1], phrase))
    for found in phrases.values():
        if len(found) == 1:     # the text's one document of that phrase: named by it too
            found[0][0].aliases.add(found[0][1])
    for m in near(prose, text, _CODE_RX, before=250, after=1):
        if not any(c.isdigit() for c in m.group("code")) \
                or any(a <= m.start("kind") < b for a, b in taken):
            continue
        out.append(_prose_candidate(text, m))
        taken.add((out[-1].start, out[-1].end))
    out += _held_numbers(text, taken)
    return out


# a certificate's, licence's or permit's number printed right after its kind in prose, in one
# piece ("certificate TA21N0190", "licence No. BJ21M0331": capitals and digits, seven or more,
# both among them) or in romanised Chinese ("registration certificate Shaan Xie Zhu Zhun
# 20262130045", "licence Shaan Wei Fei Jing Zi No. 0516")
_HELD_KINDS = ("certificate", "licence", "license", "permit")
_SOLID_CODE = r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{7,20}(?![\w\-/])"
_HELD_ROMAN = (rf"{_ROMAN_WORD}(?:[ \t]+{_ROMAN_WORD}){{1,6}}[ \t]+(?:No\.[ \t]*)?"
               rf"(?:\[[A-Z]{{1,3}}\d{{2,8}}\]|[A-Z]{{0,3}}\d{{4,}}[A-Za-z]?(?:[\-/.]\d+)*)"
               rf"(?![\w\-/])")


@lru_cache(maxsize=1)
def _held_rx() -> re.Pattern:
    kinds = "|".join(_HELD_KINDS)
    return re.compile(rf"(?<![\w\-/])(?:(?P<mod>[A-Za-z][a-z]+(?:-[a-z]+)?)[ \t]+)?"
                      rf"(?P<kind>(?i:{kinds}))[ \t]+(?:(?i:no\.)[ \t]*)?"
                      rf"(?P<code>{_SOLID_CODE}|{_HELD_ROMAN})")


def _held_numbers(text: str, taken: set) -> list[Candidate]:
    """The certificates, licences and permits prose prints with a number in one piece or in
    romanised Chinese right after their kind (the kinds of ``_HELD_KINDS``), not read by the
    patterns above: one document each, labelled by its kind and number, the number an
    alias."""
    if not any(k in text.lower() for k in _HELD_KINDS):
        return []
    out = []
    for m in _held_rx().finditer(text):
        if any(a <= m.start("kind") < b or a < m.end("code") <= b for a, b in taken):
            continue
        out.append(_prose_candidate(text, m))
    return out


_VERBS = frozenset(("is", "was", "are", "were", "be", "has", "had", "have", "got", "gets", "get",
                    "holds", "hold", "gives", "give", "gave", "signs", "sign", "receives",
                    "receive", "issues", "issue", "shows", "show", "bears", "bear", "cites",
                    "cite"))
_WORD_BEFORE = re.compile(r"([A-Za-z][a-z]+(?:-[a-z]+)?)(?:[ \t]+|[ \t]*\n[ \t]*)$")


def _modifiers_start(text: str, at: int) -> int:
    """Where the words that say which document of its kind stand before ``at`` begin: up to
    three words ("stevedore damage report", "Construction drawing review certificate"), none
    of them a determiner or preposition (``_STOP``), a verb of holding or giving (``_VERBS``) or
    a participle in -ed ("issued"), only the first one capitalised."""
    start = at
    for _ in range(3):
        w = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if w is None or w.group(1).lower() in _STOP or w.group(1).lower() in _VERBS or \
                w.group(1).lower().endswith("ed"):
            break
        start = w.start(1)
        if w.group(1)[0].isupper():
            break
    return start


def _prose_candidate(text: str, m: re.Match, start: int | None = None) -> Candidate:
    """The document a prose match names: its kind with the word before it that says which
    ("purchase contract", "rectification notice"), or the words from ``start``, then its
    code."""
    code = m.group("code")
    kind = " ".join(m.group("kind").lower().split())
    cls, opens = _heads()[kind]
    mod = m.group("mod")
    if start is None:
        start = m.start("mod") if mod and mod.lower() not in _STOP else m.start("kind")
    printed = " ".join(text[start:m.end("kind")].split())
    head = opens if opens != "-" else printed[:1].upper() + printed[1:].lower() \
        if not printed[1:].isupper() else printed.capitalize()
    if "\n" in text[m.end("kind"):m.start("code")] or "|" in text[m.end("kind"):m.start("code")]:
        start = m.start("code")     # (wrapped in a form's cell, or across a table's: the
        # mention is the code, inside one cell; the label still says its kind)
    return Candidate(start, m.end("code"), f"{head} {code}", cls, RULE, CONFIDENCE, {code})
