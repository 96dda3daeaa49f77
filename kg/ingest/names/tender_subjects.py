"""The project a tender or procurement notice is about: the subject its title names.

A notice that puts goods or works out to tender, or announces who won them, prints a title line
of its kind ("Announcement of Bid Results", "BID AWARD NOTICE", "Publicity of Winning
Candidates", "Tender Announcement": a word of ``data/tender-title-words.txt`` and one of
``data/tender-notice-words.txt``) and names what is procured, the tender's project:

* after a colon on that line ("Announcement of Bid Results: Phase II Equipment of the X Plant");
* after "Tender for (the)", "Bid for", "Procurement of" on it ("... of the Tender for the
  Bronze Sculpture at X Park");
* or on the lines under it, up to a blank line or a field ("Tender No.:"), wrapped over two or
  three lines ("Titanium welded tubes ... for the" / "condensers of Units 3 and 4, X Plant");
  a purchaser printed before a colon there is not part of it ("X Branch: 2027 Centralised
  Procurement of Power Cables"), and neither is an owner after a comma at its end ("..., X
  Co., Ltd.").

The subject is a project (rule ``name:tender-subject``, 0.5), named inside the notice's own
title when it is printed there (the pipeline keeps it nested, as an organiser inside an event's
name); the number of a "Tender No.:" / "Project No.:" field (labels ``data/tender-number-
labels.txt``) in the head of the text is another name of it. Refused: a subject of more than
thirty words, one that opens in lower case, ends in a full stop or a colon (the lead of a list:
"Winning bidders for the X road:") or leaves a bracket open, a row of a table (a figure after a
wide gap: the bidders and their prices), and a subject line that is itself a notice's title.
Only the first ``_HEAD`` characters are read, one pass over their lines: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.names.candidates import Candidate

RULE = "name:tender-subject"
_HEAD = 1500            # characters: where a notice's title and its number stand
_MAX_WORDS = 30
_MAX_LINES = 3
_EDGE = " \t#*>|"
_FIELD = re.compile(r"[ \t*]*\(?[A-Z][\w .'/()-]{0,30}?[ \t]*\**[:：]")
_AFTER = re.compile(r"\b(?:tender|bid|bidding)[ \t]+for[ \t]+(?:the[ \t]+)?(?=[A-Z0-9\"\u201c])",
                    re.I)
# "Results of the X Procurement of Y": the procurement itself, X ... Y
_RESULTS_OF = re.compile(r"\bResults?[ \t]+(?:of|on)[ \t]+(?:the[ \t]+)?(?=[A-Z0-9])", re.I)
# a subject that is the tender itself ("First Centralised Tender of 2027 for X"): a happening
_TENDER_HEAD = re.compile(r"(?<![\w-])(?:[Tt]enders?|[Bb]ids?|[Bb]idding)(?![\w-])")
# a project another rule named on the subject's words: it, or the subject a part of it
_NAMED_PROJECT = re.compile(r"(?i)\b(?:project|projects|programme|program)$")
_HEAD_BODY = re.compile(r"([^:\n]{2,80}?)[ \t]*:[ \t]+")
_ABBREVIATED = re.compile(r"(?:Co|Ltd|Inc|Corp|No)\.$")
_SPACE = r"\s+"            # a word list's space: any run of white space
# a table's row: its last cell a figure after a gap of two spaces or a tab ("Kestrel Metals AG
# 1,250" under "Bid Results"): the bidders and prices of the results, no subject
_ROW = re.compile(r"\S(?: {2,}|\t)[ \t]*[(\d$\u00a5\u20ac\u00a3][\d.,%)]*[ \t]*$")


@lru_cache(maxsize=1)
def _ends() -> tuple[re.Pattern, re.Pattern]:
    """A purchaser's name before a colon ("China Unicom X Branch: ..."), by the word that ends
    it; an owner company after the subject's last comma."""
    body = re.compile(rf"(?:{alternation('tender-purchaser-ends', ' ')})$")
    owner = re.compile(rf",[ \t\n]+[A-Z][^,]*?(?:{alternation('tender-owner-ends', ' ')})$")
    return body, owner


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    tender = re.compile(rf"(?<![\w-])(?:{alternation('tender-title-words', _SPACE)})(?![\w-])",
                        re.I)
    notice = re.compile(rf"(?<![\w-])(?:{alternation('tender-notice-words', _SPACE)})(?![\w-])",
                        re.I)
    number = re.compile(rf"(?<![\w-])(?:{alternation('tender-number-labels', _SPACE)})\s+"
                        r"(?:No\.?|Number|Code)[ \t*]*[:：.]?[ \t*]*([A-Z0-9][A-Za-z0-9/._-]{4,}"
                        r"[A-Za-z0-9])", re.I)
    return tender, notice, number


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each line's words in ``text[:limit]`` (marks of a heading, bold and
    spaces at both edges left out; a blank line is an empty span)."""
    out = []
    pos = 0
    end = min(limit, len(text))
    while pos < end:
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        a, b = pos, nl
        while a < b and text[a] in _EDGE:
            a += 1
        while b > a and text[b - 1] in _EDGE:
            b -= 1
        out.append((a, b))
        pos = nl + 1
    return out


def _title(text: str, a: int, b: int) -> bool:
    tender, notice, _ = _patterns()
    line = text[a:b]
    return bool(line) and len(line.split()) <= 24 and not line.endswith(".") and \
        tender.search(line) is not None and notice.search(line) is not None


def _trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The subject ``text[a:b]`` without an owner after a comma at its end, if it may be one."""
    m = _ends()[1].search(text, a, b)
    if m is not None and m.start() > a:
        b = m.start()
    words = text[a:b].split()
    if not words or len(words) > _MAX_WORDS or not (words[0][0].isupper() or words[0][0].isdigit()):
        return None
    if text[b - 1] in ";,:" or text[b - 1] == "." and not _ABBREVIATED.search(text, a, b) or \
            text.count("(", a, b) != text.count(")", a, b) or words[0] in ("A", "An"):
        return None
    return a, b


def _below(text: str, spans: list, i: int) -> tuple[int, int] | None:
    """The subject on the lines under the title line ``spans[i]`` (one blank line may come
    first)."""
    _, _, number = _patterns()
    j = i + 1
    if j < len(spans) and spans[j][0] == spans[j][1]:
        j += 1
    if j >= len(spans) or spans[j][0] == spans[j][1]:
        return None
    first = spans[j][0]
    head = _HEAD_BODY.match(text, spans[j][0], spans[j][1])
    if head is not None:
        if _ends()[0].search(head.group(1).rstrip()) is None:
            return None         # "X Plant: Cables and Frames": not a subject this rule reads
        first = head.end()
    elif _FIELD.match(text, spans[j][0], spans[j][1]):
        return None
    got = []
    while j < len(spans) and len(got) < _MAX_LINES:
        a, b = spans[j]
        if a == b or got and _FIELD.match(text, a, b) or number.search(text, a, b) or \
                _title(text, a, b) or _ROW.search(text, a, b):
            break
        got.append((a, b))
        j += 1
    if not got:
        return None
    return _trimmed(text, first, got[-1][1])


def _on_line(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The subject printed on the title line itself, after a colon or "Tender for (the)"."""
    _, notice, _ = _patterns()
    k = text.find(":", a, b)
    if k > a and notice.search(text, a, k) is not None:
        c = k + 1
        while c < b and text[c] in " \t":
            c += 1
        return _trimmed(text, c, b) if c < b else None
    m = _AFTER.search(text, a, b)
    if m is not None and m.end() < b:
        return _trimmed(text, m.end(), b)
    tender = _patterns()[0]
    m = _RESULTS_OF.search(text, a, b)
    if m is not None and tender.search(text, m.end(), b) is not None:
        return _trimmed(text, m.end(), b)
    return None


def tender_subjects(text: str, news: list = ()) -> list:
    """The project a tender notice's title names (see the module); none when a project of
    ``news`` (the other rules' candidates) is named on its words already."""
    spans = _lines(text, _HEAD)
    for i, (a, b) in enumerate(spans):
        if not _title(text, a, b):
            continue
        got = _on_line(text, a, b)
        if got is None:
            got = _below(text, spans, i)
        if got is None:
            return []
        s, e = got
        if _TENDER_HEAD.search(text, s, e) or any(
                c.cls == "Project" and c.start < e and s < c.end
                and (c.start == s or _NAMED_PROJECT.search(c.label)) for c in news):
            return []
        label = " ".join(text[s:e].split())
        low = label.lower()
        if any(c.label.lower().startswith(low + " ") for c in news if c.cls in ("Project", "Site")):
            return []   # "the Bid for the Cladding Works" over "Project name: Cladding Works
                        # of the X Tower": the field names it in full
        _, _, number = _patterns()
        aliases = {m.group(1) for m in number.finditer(text, 0, min(_HEAD, len(text)))}
        return [Candidate(s, e, label, "Project", RULE, 0.5, aliases)]
    return []
