"""The document the text is, named by its headline: a notice, announcement, publicity, list,
decision, ruling, report ... whose title heads the text ("Publicity of the Winning Bid
Candidates", "Notice of the General Office of X on Publicising the 2026 List of Y", "Decision
on the Administrative Penalty against X"). Head words and their classes:
``data/document-kinds.txt``.

* The headline (the first line, and the next when the first breaks off at "on", "of", "the"
  ... or before the title it issues) is such a title when it opens with a head word followed by "on / of / for / regarding /
  concerning / about / to / No." and its words are in title case, or has the head word after a
  name and a year ("X Co., Ltd. Announcement on ...", "2027 Catalogue of ..."); a headline in
  sentence case ("Ministry publishes list of ...") is news about a document, not the document.
  When no document of the draft is named there already, a new one of the head's class is
  proposed for the headline (rule ``document:headline``), with its headline as label; a new
  organisation read there for a legal form at the end ("Announcement on the Selection of the
  Investor of X Co., Ltd.") was the document misread, and goes.
* A title inside the title ("... on Publicising / Issuing / Releasing / Printing and
  Distributing the 2026 List of Energy Efficiency Leaders in ...") is a second document (the
  class of its last head word) that the first is about (``nfo:about``, rule
  ``document:issues-title``); so is the law or plan a report is "on the Implementation of"
  (round 45: "Report of the X Group on the Implementation of the Y Law").
* The lines that follow the headline before the first blank line (a sub-title: "X Project of
  Y Co., Ltd.") name what the document is about: each project, agreement and site printed there
  (``nfo:about``, rule ``document:subtitle``).
* A list or table of the text, after a line that ends in ":" (one row a line: "1  A Co., Ltd.
  253,860,000  92.41", "- B Group"), names what a publicity, list or notice includes: the
  organisation that opens each row's first cell, when the cell holds nothing else
  (``nfo:includes``, rule ``document:listed-row``; "A Co., Ltd., copper smelting plant" is a
  plant of A, not A), and the site printed in the first cell of a table's row (cells three
  spaces or a tab apart: "A Co., Ltd., Yantai smelter    Yantai, Shandong    163 kgce/t"). When
  the notice issues a list, the list includes them.

Issuer and date come from the signature (``relations/document_issuers``,
``events/signed_document``), which read a document named in the headline. Linear: the
headline and the list lines are read once."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import islice

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.blank_runs import next_other
from kg.ingest.reading.sentences import TABLE_ROW
from kg.ingest.reading.title_lines import headline_lines
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "document:headline"
CONFIDENCE = 0.6
_OPEN_END = re.compile(r"(?:\b(?:on|of|for|the|and|in|to|regarding|concerning|about|by|"
                       r"with|its|a|an)|,)[ \t]*$", re.I)
_AFTER_HEAD = re.compile(r"[ \t]+(?:on|of|for|regarding|concerning|about|to|No\.)[ \t]", re.I)
_ISSUES = re.compile(r"\bon[ \t\n]+(?:the[ \t\n]+)?(?:Issuing|Publishing|Publicising|Publicizing|"
                     r"Releasing|Printing[ \t\n]+and[ \t\n]+Distributing|Announcing|"
                     r"Promulgating|Forwarding|Launching|Adjusting|Revising|Publication[ \t\n]+"
                     r"of|Implementing|Implementation[ \t\n]+of)[ \t\n]+(?:the[ \t\n]+)?", re.I)
IMPLEMENTED_RULE = "document:implemented-title"
_IMPLEMENTED = re.compile(r"on[ \t\n]+(?:the[ \t\n]+)?Implement", re.I)
_SMALL = frozenset(("of", "on", "the", "and", "for", "in", "to", "a", "an", "by", "with", "at",
                    "from", "regarding", "concerning", "about", "into", "under", "against",
                    "between", "or", "its", "no.", "&"))
_WORD = re.compile(r"[^\s\"\u201c\u201d()\[\]]+")
_ROW = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]?|[-*\u2022\u00b7])[ \t]+)?")
_CELL_END = re.compile(r"[ \t]*(?:$|\n| {2,}|\t|[ \t]+-[ \t]|[ \t]*\()")
_ABOUT_KINDS = ("project", "agreement")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return dict(line.split() for line in lines("document-kinds"))


def headline_documents(draft, spans_of, minter, kind_of) -> list:
    text = draft.text
    h0, head_end, block_end = _title_block(text)
    if head_end <= h0:
        return []
    inner = _ISSUES.search(text, h0, head_end)
    if inner is not None and _head(text[inner.end():head_end], last=True) is None \
            and head_end < block_end:          # "... on Issuing the 2027" / "Catalogue of X"
        nxt = text.find("\n", head_end + 1)
        head_end = block_end if nxt < 0 or nxt > block_end else nxt
    title = text[h0:head_end]
    found = _head(title)
    if found is None:
        return []
    at, cls = found
    at += h0
    rows = spans_by_start_longest(spans_of)
    if text[h0:at].strip() and not _issuer_before(text, h0, at, rows, kind_of) \
            and not _lead_words(text[h0:at]):
        return []           # "Yunnan Issues Notice on ...": news of a document, not the document
    docs = [x for x in rows if h0 <= x[0] < head_end and kind_of(x[2].cls) == "policy"]
    made = []
    doc = next((x[2] for x in docs if x[0] <= at < x[1]), None)
    lead = h0 + len(title) - len(title.lstrip())
    if doc is None:
        _drop_misread(draft, spans_of, rows, at, kind_of)
        label = " ".join(title.split()).replace("\u201c", "").replace("\u201d", "")
        label = " ".join(label.replace('"', "").split())    # (no gap where a quote was)
        doc = Entity(minter.mint(label), NFO[cls], label, False, RULE, CONFIDENCE)
        doc.mentions.append(Span(lead, head_end))
        draft.entities[doc.iri] = doc
        made.append((lead, head_end, doc))
    inner, sub, ent = _ISSUES.search(text, h0, head_end), None, None
    if inner is not None:
        t_end = h0 + len(title.rstrip())
        sub = _head(text[inner.end():t_end], last=True)
        if sub is not None:
            label = " ".join(text[inner.end():t_end].split()).replace('"', "")
            label = " ".join(label.replace("\u201c", "").replace("\u201d", "").split())
            ent = next((x[2] for x in docs if x[0] >= inner.end() and x[2] is not doc), None)
            if ent is None:
                # (a law a report is "on the Implementation of" was issued long before the
                # text: a rule of its own, which events/document_itself dates not by the text)
                ent = Entity(minter.mint(label), NFO[sub[1]], label, False, IMPLEMENTED_RULE
                             if _IMPLEMENTED.match(inner.group(0)) else "document:issues-title",
                             CONFIDENCE)
                ent.mentions.append(Span(inner.end(), t_end))
                draft.entities[ent.iri] = ent
                made.append((inner.end(), t_end, ent))
            doc.add(NFO.about, ent.iri, Span(lead, t_end), "document:issues-title")
    for s, e, x in rows:
        if head_end <= s and e <= block_end and (kind_of(x.cls) in _ABOUT_KINDS
                                                  or str(x.cls).endswith("#Site")):
            doc.add(NFO.about, x.iri, Span(s, e), "document:subtitle")
    if not made and sub is None:        # (a title that issues another: two documents)
        _whole_title(draft, doc, text, lead, rows, kind_of)
    if str(doc.cls).rsplit("#", 1)[-1] in ("Notice", "Catalogue"):
        # (a notice that issues a list: the list holds the rows)
        holder = ent if inner is not None and sub is not None \
            and str(ent.cls).endswith("#Catalogue") else doc
        _listed_rows(text, rows, holder, kind_of)
        _table_sites(text, rows, holder, block_end)
    spans_of.extend(made)
    return [x[2] for x in made]


def issued_title(text: str, start: int, end: int):
    """(start, end, class) of the title that the document title text[start:end] issues ("Notice
    on Issuing the List of Key Projects of X for 2027": the list), or None."""
    inner = _ISSUES.search(text, start, end)
    if inner is None:
        return None
    t_end = start + len(text[start:end].rstrip())
    sub = _head(text[inner.end():t_end], last=True)
    return None if sub is None else (inner.end(), t_end, sub[1])


_TITLE_OF = re.compile(r"[^\w]+")
# a title's line that breaks off in a noun phrase ("... of the 300,000-Tonne", "... for the
# Electrolytic Aluminium"): its next line goes on with the title
_WRAPS = re.compile(r"\b(?:the|a|an|of|for|on|and|to|in)[ \t]+\S+(?:[ \t]+\S+)?[ \t]*$")
# a line of two cells or more (three spaces or a tab apart: "X Co., Ltd.      5 May 2026"): a row
# of a list under the title, never the title's next line
_CELLS = re.compile(r"\S(?: {3,}|\t)[ \t]*\S")


def _whole_title(draft, doc, text, lead, rows, kind_of) -> None:
    """A document another rule named by the first line of a title that wraps onto more lines
    ("Second Public Notice on the Environmental Impact Assessment of the 300,000-Tonne" /
    "Copper Smelting Project of X Co., Ltd."): its label is the whole title (the first line's
    an alias) and its mention the title's lines; it is about each project, site or agreement
    of the draft whose name the whole title prints (one named in a later "Name:" line)."""
    found = headline_lines(text)
    if len(found) < 2 or found[0][0] != lead:
        return
    n = 1
    while n < len(found) and (_WRAPS.search(text, found[n - 1][0], found[n - 1][1])
                              or text[found[n][0]:found[n][1]].lstrip()[:1].islower()) \
            and not _CELLS.search(text, found[n][0], found[n][1]):
        n += 1          # (a line that does not break off is whole: the next is a subtitle)
    if n < 2:
        return
    end = found[n - 1][1]
    if not any(m.start == lead and m.end < end for m in doc.mentions):
        return
    whole = " ".join(text[lead:end].split()).replace("\u201c", "").replace("\u201d", "")
    whole = " ".join(whole.replace('"', "").split())
    if len(whole) <= len(doc.label) or len(whole) > 300:
        return
    doc.aliases.add(doc.label)
    doc.label = whole
    doc.mentions[:] = [Span(lead, end) if m.start == lead and m.end < end else m
                       for m in doc.mentions]
    key = " " + _TITLE_OF.sub(" ", whole.lower()) + " "
    seen = set()
    for s, e, x in rows:
        if x.iri in seen or x is doc or not (kind_of(x.cls) in _ABOUT_KINDS
                                             or str(x.cls).endswith("#Site")):
            continue
        seen.add(x.iri)
        name = " " + _TITLE_OF.sub(" ", x.label.lower()).strip() + " "
        if len(name) > 12 and name in key:
            doc.add(NFO.about, x.iri, Span(lead, end), "document:title-names")


def _lead_words(before: str) -> bool:
    """Whether the words before a title's head word only say which of its kind it is
    ("Second Public", "Supplementary": ``data/document-title-leads.txt``)."""
    words = before.lower().split()
    return 0 < len(words) <= 3 and all(w in _leads() for w in words)


@lru_cache(maxsize=1)
def _leads() -> frozenset[str]:
    return frozenset(lines("document-title-leads"))


# the kinds of a name the headline's head word cannot be inside: an organisation, a place or
# site, an award ("NOTICE OF ARBITRAL AWARD" is a notice, not an award)
MISREAD_KINDS = ("org", "place", "award")


def _drop_misread(draft, spans_of, rows, at, kind_of) -> None:
    """A new organisation, place or award whose name holds the headline's head word
    ("Announcement on the Selection of the Investor of X Co., Ltd." read as a company for its
    legal form, "NOTICE OF ARBITRAL AWARD" as an award) is the document misread: its mentions
    there go."""
    bad = [x for x in rows if x[0] <= at < x[1] and not x[2].known
           and kind_of(x[2].cls) in MISREAD_KINDS]
    if bad:
        draft.drop_mentions(bad, spans_of, rows)


_YEAR_GAP = re.compile(r"(?:['\u2019]s)?[ \t]+(?:(?:19|20)\d\d[ \t]+)?$")
_ONLY_YEAR = re.compile(r"[ \t]*(?:(?:19|20)\d\d|\((?:19|20)\d\d\))[ \t]+$")


def _issuer_before(text, h0, at, rows, kind_of) -> bool:
    """Whether only an organisation's name (and a year) comes before the head word at ``at``
    in the title that starts at ``h0`` ("X Co., Ltd. Announcement on", "MOFCOM 2026 Catalogue
    of"), or only a year."""
    if _ONLY_YEAR.fullmatch(text, h0, at):
        return True
    for s, e, ent in rows:
        if s < h0:
            continue
        if s > h0:
            break
        if kind_of(ent.cls) == "org" and e < at and _YEAR_GAP.fullmatch(text, e, at):
            return True
    return False


_HEADING_MARK = re.compile(r"#{1,6}[ \t]+")


def _title_block(text: str) -> tuple[int, int, int]:
    """Where the headline starts (past a page's furniture and an issuer's line above a title:
    :func:`kg.ingest.reading.title_lines.headline_lines`; a Markdown heading's "# " is no part
    of it), where it ends (its first line, and
    the next when the first breaks off) and where its block ends (the first blank line)."""
    found = headline_lines(text)
    pos = found[0][0] if found else len(text) - len(text.lstrip())
    pos = next_other(text, pos, " \t")     # (past the spaces and tabs, with no copy)
    mark = _HEADING_MARK.match(text, pos)    # ("# Report of ...": a Markdown heading's marks)
    if mark is not None:
        pos = mark.end()
    first = text.find("\n", pos)
    if first < 0:
        return pos, -1, -1
    head_end = first
    if _OPEN_END.search(text, pos, first) and \
            text[next_other(text, first + 1, " \t"):][:1] not in ("", "\n"):
        # (the next line goes on with the title, centred under it or not)
        nxt = text.find("\n", first + 1)
        head_end = len(text) if nxt < 0 else nxt
    blank = text.find("\n\n", pos)
    block_end = len(text) if blank < 0 else blank
    return pos, head_end, max(head_end, block_end)


def _head(title: str, last: bool = False):
    """(offset, class) of the title's head word when ``title`` reads as a document's title;
    with ``last``, its last head word (a title inside the title)."""
    kinds = _kinds()
    words = list(islice(_WORD.finditer(title), 41))    # (a title of a line of megabytes: no)
    if not words or len(words) > 40:
        return None
    caps = [w for w in words if w.group(0).lower() not in _SMALL]
    if not caps or sum(w.group(0)[:1].isupper() or w.group(0)[:1].isdigit()
                       for w in caps) < 0.85 * len(caps):
        return None
    heads = [(i, w) for i, w in enumerate(words) if w.group(0).lower().rstrip(".,:")
             in kinds and w.group(0)[:1].isupper()]
    if not heads:
        return None
    if last:
        i, w = heads[-1]
        return w.start(), kinds[w.group(0).lower().rstrip(".,:")]
    i, w = heads[0]
    start = w.start()
    for _, nxt in heads[1:]:
        # "Results and List of Winners of ...", "Announcement and List of ...": two kinds
        # joined, the second's words follow; the title is the last one's kind
        if _AFTER_HEAD.match(title, w.end()) or not _JOINED.fullmatch(title, w.end(), nxt.start()):
            break
        w = nxt
    if i > 12 or not (_AFTER_HEAD.match(title, w.end()) or w.end() >= len(title.rstrip())):
        return None
    return start, kinds[w.group(0).lower().rstrip(".,:")]


_JOINED = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _listed_rows(text, rows, doc, kind_of) -> None:
    """``nfo:includes`` for the organisation that opens each row of a list or table after a
    line that ends in ":" (see the module's notes)."""
    starts = [x[0] for x in rows]
    pos = text.find(":\n")
    while pos >= 0:
        end = _rows_after(text, rows, starts, pos + 2, doc, kind_of)
        pos = text.find(":\n", max(end, pos + 2))


_GAP = re.compile(r" {3,}|\t|[ \t]*\|[ \t]*")


def _table_sites(text, rows, holder, pos) -> None:
    """``nfo:includes`` for the site printed in the first cell of each table row after ``pos``
    (a line of cells three spaces, a tab or "|" apart): "Qilu Copper Co., Ltd., Yantai smelter
    Yantai, Shandong   163 kgce/t"."""
    sites = [x for x in rows if x[0] >= pos and str(x[2].cls).endswith("#Site")]
    for s, e, site in sites:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        while ls < s and text[ls] in " \t":        # (an indented row)
            ls += 1
        gap = _GAP.search(text, ls, le)
        if gap is None or not TABLE_ROW.search(text, ls, le) or gap.start() < e \
                or _GAP.search(text, ls, s) is not None:
            continue            # not a table's row, or not its first cell
        holder.add(NFO.includes, site.iri, Span(ls, le), "document:listed-row")


def _rows_after(text, rows, starts, pos, doc, kind_of) -> int:
    """Read the list lines from ``pos`` (a blank line and a header row of the table may come
    first); returns where the list ends."""
    n, blank, seen = 0, 0, False
    while pos < len(text):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if not text[pos:le].strip():
            blank += 1
            if n or seen or blank > 1:  # (one blank line may part the list from its lead, not
                break                   # two of its lines: a notice's signature under its notes)
            pos = le + 1
            continue
        seen = True
        m = _ROW.match(text, pos)
        k = bisect.bisect_left(starts, m.end())
        x = rows[k] if k < len(rows) and rows[k][0] == m.end() else None
        if x is not None and kind_of(x[2].cls) == "org" and x[1] <= le \
                and _CELL_END.match(text, x[1]):
            doc.add(NFO.includes, x[2].iri, Span(pos, le), "document:listed-row")
            n += 1
        pos = le + 1
    return pos
