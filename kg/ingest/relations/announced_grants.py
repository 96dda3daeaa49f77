"""Award grants to the rows of a list or table that a sentence before it announces, as decisions,
honour lists and reports of meetings print them:

* "... the following five enterprises are awarded the title of "X" for their donations." over a
  table of donors;
* "II. to award the title of "Y" to the following comrades:" over one name a line;
* "the four products below are recognised as Z of W Province for 2026." over a table;
* "The meeting also named five "V" for 2026:" over a list ("- A Co., Ltd. (coatings)").
* "the Committee decided to name the following six stations Model Care Stations:" over a
  table (the title in capitals after the rows' counted noun, its head noun made singular:
  each row is a "Model Care Station"; the printed plural an alias).

The sentence names the title (in quotes after "title (of)", a naming verb or "recognised /
designated as", else the capitalised words after "as"; after "recognise the persons below as"
also the words in lower case up to the first small word: "provincial model workers of ...")
and says the winners come after it (a
word of ``data/announced-grants.txt``, "ahead:", or a sentence ending in ":"). The winners are
the rows of the table that opens the next paragraph (or the line after the ":"), one caption
line ("Table 1 ...") at most between (:func:`titled_grants.table_recipients`: the person a row
names, else the organisation opening its first cell naming one), else the lines there that
open with a name the draft read (after a list mark or a number), an indented line under one
carrying it on; the first other line ends the list.

The title is the draft's award printed there, else the award :mod:`titled_grants` read from the
text's title whose name holds the title's words (its label then the title's: "Announcement on
the 2026 "X" Awards" over "award the title of "X" to": X, "2026 X Awards" an alias), else a
new ``nfo:Award`` labelled as printed
(rule ``award:announced-title``; a new entity of another class read from the same words, an
organisation "X Star Enterprise", becomes the award). Each winner gets one ``nfo:AwardGrant``
(rule ``award:announced-row@0.5``): the award, the recipient and the giver, the award's
``nfo:conferredBy`` else the document's house (:mod:`house_org`), who wins nothing. Not: a
sentence with a word of the "refuse:" section (nominees, applicants, revoked titles), a winner
the draft already grants that award.

The sentences are found around their verbs (:class:`reading.windows.Near`), each list after
one is read once: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.called_off import struck
from kg.ingest.reading.tables import tables
from kg.ingest.reading.text import normalise_name
from kg.ingest.reading.windows import Near
from kg.ingest.relations.affiliations import granted_pairs
from kg.ingest.relations.award_lists import HEADING_RULE
from kg.ingest.relations.grant_rows import grant_each, givers_of
from kg.ingest.relations.house_org import house
from kg.ingest.relations.sectioned_grants import singular_title
from kg.ingest.relations.titled_grants import AWARD_RULE as TITLED_RULE, table_recipients
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:announced-row@0.5", 0.5
AWARD_RULE = "award:announced-title"

_COUNT = r"(?:(?:the|a|an|its|their|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?"
# the batch the rows are named as: "named the third batch of "X"", "named as the 2026 group of"
_BATCH = r"(?i:(?:[\w-]+[ \t\n]+)?(?:batch|group|round)[ \t\n]+of[ \t\n]+)?"
# a short sentence after the naming one that says the list follows: "The list follows.", "They
# are listed below:"
_NEXT = 80
# a capitalised title after "as": "First (Set) Major Technical Equipment of Shaanxi Province"
_CAPS = (r"(?P<t>[A-Z][\w'\u2019-]*(?:[ \t]+(?:\([A-Z][\w-]*\)|[A-Z][\w'\u2019-]*|of|and|the|"
         r"in|for(?![ \t]+\d))){0,11})")
# (a title may be broken over two lines: '"Youth Post\nExpert"')
_QUOTED = (r"[\"\u201c](?P<q>[A-Z](?:[^\"\u201d\n]{2,90}(?:\n[ \t]*[^\"\u201d\n]{1,90})?"
           r"|[^\"\u201d\n]{0,1}\n[ \t]*[^\"\u201d\n]{1,90}))[\"\u201d]")
_CUE = re.compile(
    r"(?i:\btitles?[ \t\n]+(?:of[ \t\n]+)?(?:the[ \t\n]+)?)" + _QUOTED
    + r"|(?i:\b(?:named|designated|rated)[ \t\n]+(?:as[ \t\n]+)?)" + _COUNT + _BATCH
    + _QUOTED.replace("?P<q>", "?P<q1>")
    + r"|(?i:\b(?:recogni[sz]ed|designated|listed)[ \t\n]+as[ \t\n]+(?:(?:the|a|an)[ \t\n]+)?)"
    + r"(?:" + _QUOTED.replace("?P<q>", "?P<q2>") + r"|" + _CAPS + r")"
    # "recognise the persons below as provincial representative inheritors of ...": the
    # words in lower case up to the first small word
    + r"|(?i:\brecogni[sz]e[sd]?[ \t\n]+(?:the[ \t\n]+)?(?:[\w-]+[ \t\n]+){0,3}?"
    r"(?:below|following|listed)[ \t\n]+as[ \t\n]+(?:(?:the|a|an)[ \t\n]+)?)"
    + r"(?:" + _QUOTED.replace("?P<q>", "?P<q3>") + r"|" + _CAPS.replace("?P<t>", "?P<t2>")
    + r"|(?P<l>[a-z][\w-]*(?:[ \t\n]+[a-z][\w-]*){1,5}?)(?=[ \t\n]+(?:of|in|for|from|at|by|"
    r"with|under)\b|[ \t]*[.,;:]))"
    # "to name the following six units Model Units of X:" (the title in capitals after the
    # counted rows' noun, perhaps broken over two lines)
    + r"|(?i:\bnam(?:e|es|ed|ing)[ \t\n]+the[ \t\n]+(?:following|below)[ \t\n]+"
    r"(?:[\w-]+[ \t\n]+){1,2}?)"
    + _CAPS.replace("?P<t>", "?P<t3>").replace(r"[ \t]+", r"[ \t]*\n?[ \t]*")
    + r"(?=[ \t]*:)"
    # "the following persons ... are issued the X Certificate", "were awarded the Y Medal" (a
    # passive before the verb, an award's head word ending the title: :func:`_passive_award`)
    + r"|(?i:\b(?:awarded|issued|granted|presented[ \t\n]+with)[ \t\n]+(?:the|a|an)[ \t\n]+)"
    + _CAPS.replace("?P<t>", "?P<t4>").replace(r"[ \t]+", r"[ \t]*\n?[ \t]*"))
_NEAR = Near(_CUE, ("title", "name", "designated", "rated", "recognise", "recognize",
                    "listed", "awarded", "issued", "granted", "presented"),
             before=0, after=200, lower=True)
_PASSIVE = re.compile(r"\b(?:are|were|is|was|be|been|being)[ \t\n]+$", re.I)
_SMALL = frozenset(("of", "and", "the", "in", "for"))
# a line of a list: its mark or number, then the name
_MARK = re.compile(r"[ \t]*(?:(?:\d{1,3}|[IVX]{1,4})[.)\u3001]|\(\d{1,3}\)|[*\u2022\u00b7\u25aa\-\u2013\u2014])?"
                   r"[ \t]*(?:(?:Comrade|Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)[ \t]+)?")
# what follows a name that opens a list's line without a mark: a column's gap, a bracket, a comma,
# the line's end
_ITEM_TAIL = re.compile(r"[ \t]*$|[ \t]{2,}|\t|[ \t]*[(,;\u2013\u2014-]", re.M)
_CAPTION = re.compile(r"[ \t]*(?:Table|List|Annex|Attachment|Appendix|Schedule)\b[^\n]{0,100}\n")
_RULE_LINE = re.compile(r"[ \t]*[-=+|_ \t]{3,}")
_MAX_LINES = 200
_SENTENCE = 600         # characters a sentence is looked for on either side of its cue


@lru_cache(maxsize=1)
def _words():
    got = {k.strip(): v.split() for k, v in (x.split(":", 1) for x in lines("announced-grants"))}
    ahead = re.compile(r"\b(?:" + "|".join(got["ahead"]) + r")\b|:[ \t]*$", re.I)
    refuse = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in got["refuse"])
                        .replace(r"\ ", r"\s+") + r")", re.I)
    return ahead, refuse


def announced_grants(draft, spans_of, kind, minter) -> None:
    text = draft.text
    hits = list(_NEAR.finditer(text))
    if not hits:
        return
    ahead, refuse = _words()
    names = sorted((s, e, ent) for s, e, ent in spans_of
                   if not ent.role and ent.kind in ("person", "org"))
    starts = [x[0] for x in names]
    granted = granted_pairs(draft)
    home = cache(lambda: house(text, [x for x in names if x[2].kind == "org"]))
    done = -1
    for m in hits:
        if m.start() < done:
            continue
        a, b = _sentence(text, m.start(), m.end())
        said = text[a:b]
        if not ahead.search(said):
            b = _next_ahead(text, b, ahead)
            said = text[a:b]
            if b < 0:
                continue
        if refuse.search(said):
            continue
        title = _title(m)
        if title is None or m.group("t4") and not _passive_award(text, m, title):
            continue
        ts, te = title
        rows = _rows(text, b, spans_of, kind, names, starts, counted=bool(m.group("t3")))
        if not rows:
            continue
        award = _award(draft, spans_of, text, ts, te, minter)
        if m.group("t3") and award.rule == AWARD_RULE and award.iri not in draft.entities:
            # ("to name the following six units Model Units of X": the rows are each a
            # Model Unit of X)
            one = singular_title(award.label)
            if one != award.label:
                award.aliases.add(award.label)
                award.label = one
        givers = givers_of(award, home)
        done = max(done, grant_each(draft, minter, award, rows, givers, granted, RULE,
                                      CONFIDENCE))


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    """The clause around the cue at ``s:e``: from the last full stop, ";", ":" or blank line
    before it to the next (the ":" kept)."""
    lo = max(0, s - _SENTENCE)
    a = max(text.rfind(". ", lo, s), text.rfind(".\n", lo, s), text.rfind(";", lo, s),
            text.rfind(":\n", lo, s), text.rfind("\n\n", lo, s))
    a = lo if a < 0 else a + 1
    hi = min(len(text), e + _SENTENCE)
    ends = [x for x in (text.find(". ", e, hi), text.find(".\n", e, hi), text.find(";", e, hi),
                        text.find("\n\n", e, hi), text.find(":", e, hi)) if x >= 0]
    b = min(ends) if ends else hi
    if b < len(text) and text[b] in ".:":
        b += 1
    return a, b


def _next_ahead(text: str, b: int, ahead) -> int:
    """The end of the short sentence right after the one ending at ``b`` when it says the list
    comes after it ("The list follows.", "They are listed below:"; at most ``_NEXT``
    characters, in the same paragraph); else -1."""
    lo = b
    while lo < len(text) and text[lo] in " \t":
        lo += 1
    if lo >= len(text) or text[lo] == "\n":
        return -1
    hi = min(len(text), lo + _NEXT)
    ends = [x for x in (text.find(". ", lo, hi), text.find(".\n", lo, hi), text.find(":", lo, hi))
            if x >= 0]
    if not ends:
        return -1
    e = min(ends) + 1
    if "\n\n" in text[lo:e] or not ahead.search(text, lo, e):
        return -1
    return e


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    return frozenset(lines("award-heads"))


def _passive_award(text: str, m, title) -> bool:
    """Whether a title after "awarded / issued / granted" is an award given to the rows: the
    verb is a passive one ("are issued", "were awarded": the rows are its subject, not its
    giver) and the title ends in an award's head word (``data/award-heads.txt``: "X
    Certificate", "Y Medal"; not "issued the X Plan")."""
    if not _PASSIVE.search(text, max(0, m.start() - 12), m.start()):
        return False
    last = text[title[0]:title[1]].split()[-1].lower()
    return last in _heads() or last.endswith("s") and last[:-1] in _heads()


def _title(m) -> tuple[int, int] | None:
    """Where the title lies: the quoted words, else the capitalised ones without the small
    words they end in."""
    for g in ("q", "q1", "q2", "q3", "l"):
        if m.group(g):
            return m.span(g)
    t = next((g for g in ("t", "t2", "t3", "t4") if m.group(g)), "t")
    if not m.group(t):
        return None
    words = list(re.finditer(r"\S+", m.group(t)))
    while words and words[-1].group() in _SMALL:
        words.pop()
    if len(words) < 2:
        return None
    base = m.start(t)
    return base + words[0].start(), base + words[-1].end()


def _award(draft, spans_of, text, ts, te, minter):
    """The draft's award printed at ``ts:te``; else a new entity of the same words made the
    award; else a new award."""
    label = " ".join(text[ts:te].split())
    label = label[:1].upper() + label[1:]       # ("provincial model workers": a name's case)
    key = normalise_name(label)
    for s, e, ent in spans_of:
        if ts <= s and e <= te and ent.cls == NFO.Award:
            return ent
    for s, e, ent in spans_of:
        if s == ts and e == te and not ent.known and not ent.role \
                and normalise_name(ent.label) == key and ent.kind == "org":
            ent.cls = NFO.Award
            ent.rule = AWARD_RULE
            return ent
    for ent in draft.entities.values():     # (a heading's award, 'I. The title "X" is ...:')
        if ent.cls == NFO.Award and ent.rule == HEADING_RULE and not ent.known \
                and normalise_name(ent.label) == key:
            return ent
    for ent in draft.entities.values():     # (a title's award: "the 2026 "X" Awards" is X)
        if ent.cls == NFO.Award and ent.rule == TITLED_RULE and not ent.known \
                and f" {key} " in f" {normalise_name(ent.label)} ":
            old = ent.label
            ent.aliases.add(old)
            ent.label = label
            ent.mentions.append(Span(ts, te))
            for g in draft.entities.values():       # (its grants' labels name it so too)
                if g.cls == NFO.AwardGrant and g.label.startswith(old + ", ") \
                        and any(p == NFO.award and o == ent.iri for p, o, _, _ in g.statements):
                    g.label = label + g.label[len(old):]
            return ent
    award = Entity(minter.mint(label), NFO.Award, label, False, AWARD_RULE, 0.5)
    award.mentions.append(Span(ts, te))
    return award


def _rows(text, b, spans_of, kind, names, starts, counted=False) -> list:
    """[((start, end), recipient)]: the winners listed after the sentence ending at ``b``
    (``counted``: the sentence counted the rows by their noun, "the following six stations":
    a works named by the first cell of a table's row that names anything, "Chenchuan Care
    Station", is the row's winner, not the company a later cell says runs it, and a row that
    names only such a works wins too; not a row struck out)."""
    nl = text.find("\n", b)
    if nl < 0:
        return []
    if text[b - 1] == ":" and not text[b:nl].strip():
        pos = nl + 1
    else:       # (the next paragraph)
        gap = re.compile(r"\n[ \t]*\n").search(text, b, b + 800)
        if gap is None:
            return []
        pos = gap.end()
    while True:             # (blank lines)
        nl = text.find("\n", pos)
        if nl < 0 or text[pos:nl].strip():
            break
        pos = nl + 1
    cap = _CAPTION.match(text, pos)
    if cap is not None:
        pos = cap.end()
        while True:
            nl = text.find("\n", pos)
            if nl < 0 or text[pos:nl].strip():
                break
            pos = nl + 1
    nl = text.find("\n", pos)
    line_end = len(text) if nl < 0 else nl
    if _RULE_LINE.fullmatch(text, pos, line_end):      # (a grid's top rule over its header)
        nl = text.find("\n", line_end + 1)
        line_end = len(text) if nl < 0 else nl
    tabs = tables(text)
    k = bisect.bisect_left([t.end for t in tabs], pos)
    if k < len(tabs) and tabs[k].start <= line_end and not _named_header(tabs[k], text, starts):
        got = [((row.start, row.end), rec[2])
               for row, rec in table_recipients(text, tabs[k], spans_of, kind)]
        if counted:
            sites = {s: ent for s, _, ent in spans_of if ent.cls == NFO.Site and not ent.role}
            read = dict(got)
            got = []
            for row in tabs[k].rows:
                span = (row.start, row.end)
                cell = next((c for c in sorted(row.cells, key=lambda c: c.col)
                             if any(ch.isalpha() for ch in text[c.start:c.end])), None)
                rec = sites.get(cell.start) if cell is not None and not struck(
                    text, row.start, row.end) else None
                if rec is None:
                    rec = read.get(span)
                if rec is not None:
                    got.append((span, rec))
        return got
    return _lines(text, pos, names, starts)


def _named_header(table, text, starts) -> bool:
    """Whether the table's "header" names a winner: lines with no header ("A   warden, X
    plant"), read as a list of lines."""
    nl = text.find("\n", table.start)
    k = bisect.bisect_left(starts, table.start)
    return k < len(starts) and starts[k] < (len(text) if nl < 0 else nl)


def _lines(text, pos, names, starts) -> list:
    out = []
    indent = None
    blank = False
    for _ in range(_MAX_LINES):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if not line.strip():
            if not out:
                break
            blank = True                # (a blank line between items: go on if one follows)
            pos = end + 1
            continue
        lead = len(line) - len(line.lstrip(" \t"))
        mark = _MARK.match(text, pos)
        at = mark.end()
        marked = bool(text[pos + lead:at].strip())
        k = bisect.bisect_left(starts, at)
        hit = None
        while k < len(names) and names[k][0] == at:
            if hit is None or names[k][2].kind == "person":
                hit = names[k]
            k += 1
        if hit is not None and not marked and not _ITEM_TAIL.match(text, hit[1]):
            hit = None          # (a sentence opening with a name: "A Co., Ltd. supplies ...")
        if hit is not None and blank and (lead != indent or not (marked or lead)):
            break               # (after a blank line, a paragraph rather than the next item)
        if hit is not None and hit[1] <= end:
            out.append(((pos + lead, end), hit[2]))
            indent = lead if indent is None else indent
        elif out and indent is not None and lead > indent:
            pass        # (an item's line carried on)
        else:
            break
        blank = False
        pos = end + 1
    return out
