"""A body named by a heading line printed all in capitals ("MINISTRY OF MINES AND GEOLOGY",
"HENAN PROVINCIAL DEPARTMENT OF COMMERCE"): in capitals its small words ("OF", "AND") read as
capital words, and a head word that opens a name ("Ministry of ...") finds no "of" after it, so
the finders read no name there. The line is read again in title case (its small words in lower
case: one character for one, so offsets hold), and when the organisation finder reads the whole
line as one body's name, that body is proposed under the title-case label (its rule the
finder's), the line as printed an alias. A name the finders read after the "OF" of a title that
ends the line ("MINUTES OF THE ANNUAL GENERAL MEETING OF X LIMITED": names/caps_clauses.py)
takes its title-case label too.

Read: a line of two to fourteen words, each with a letter, every letter a capital, standing alone
(nothing else on its line). A body the finders already read as the whole line, in capitals
(their "X OF Y" joint reads capitals too), takes the title-case label the same way. Not read: a line the finders already read a name in (a company's
"X CO., LTD." heading), a line that is no single organisation's name from its first word to its
last ("SCHEDULE A - TITLES GRANTED", a document's title). Gated by a run of three capitals; the
lines are read once: linear."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate, organisations

_ORGS = {"GovernmentBody", "Organization", "IndustryAssociation", "ResearchInstitute",
         "University", "InternationalOrganization", "AdvisoryBody"}
_LINE = re.compile(r"^[ \t]*([A-Z][A-Z'’&.,\-]*(?:[ \t][A-Z][A-Z'’&.,()\-]*){1,13})[ \t]*$", re.M)
_SMALL = {"OF", "AND", "THE", "FOR", "ON", "IN", "AT", "TO"}
_TITLE_OF = re.compile(r"[ \t]OF(?:[ \t]+THE)?[ \t]+\Z")


def _title(line: str) -> str:
    out = []
    for i, w in enumerate(re.split(r"([ \t]+)", line)):
        if not w.strip():
            out.append(w)
        elif w in _SMALL and i:
            out.append(w.lower())
        else:
            out.append(w[:1] + w[1:].lower())
    return "".join(out)


def _as_printed(text: str, raw: str, titled: str) -> str:
    """``titled`` in the letter case the text prints the same words in elsewhere, not in
    capitals ("MINISTRY OF MINES AND ENERGY OF TIMOR-LESTE" over "the Ministry of Mines and
    Energy of Timor-Leste signed": "Timor-Leste", not the title case's "Timor-leste"); else
    ``titled`` itself. Only when the text holds the line's first word in lower case after
    its capital (one look for each heading line)."""
    words = raw.split()
    rx = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])", re.I)
    for m in rx.finditer(text):
        got = m.group(0)
        if got.isupper() or got.split()[0][1:2].isupper():
            continue
        letters = iter(c for c in got if not c.isspace())
        out = "".join(c if c.isspace() else next(letters) for c in titled)
        return out if out.lower() == titled.lower() else titled
    return titled


def caps_headings(text: str, news: list) -> list[Candidate]:
    """The bodies of the capitals headings of ``text`` that no name of ``news`` overlaps (a body
    of ``news`` printed as a whole heading is relabelled in place)."""
    if re.search(r"[A-Z]{3}", text) is None:
        return []
    out = []
    for m in _LINE.finditer(text):
        s, e = m.span(1)
        raw = m.group(1)
        if not any(c.isalpha() for c in raw):
            continue
        titled = _title(raw)
        if "-" in raw or "'" in raw or "’" in raw:      # ("TIMOR-LESTE", "CÔTE D'IVOIRE")
            titled = _as_printed(text, raw, titled)
        over = [c for c in news if c.start < e and s < c.end]
        for c in over:
            if (c.start, c.end) == (s, e) and c.cls in _ORGS and c.label == raw:
                c.label = titled
                c.aliases.add(raw)
            elif c.end == e and c.start > s and c.label == text[c.start:e] and \
                    _TITLE_OF.search(text, s, c.start):
                # "MINUTES OF THE ANNUAL GENERAL MEETING OF X LIMITED": the name after the
                # title's "OF" (names/caps_clauses.py) in title case too
                c.label = titled[c.start - s:]
                c.aliases.add(text[c.start:e])
        if over:
            continue
        got = next((c for c in organisations(titled)
                    if c.start == 0 and c.end == len(titled) and c.cls in _ORGS), None)
        if got is not None:
            out.append(Candidate(s, e, got.label, got.cls, got.rule, got.confidence,
                                 {raw} | set(got.aliases)))
    return out
