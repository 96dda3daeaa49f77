"""Which lines of a text are its headline. A page copied from a site, a wire or a company's filing
often opens with lines that are not the headline: a time stamp and the source ("2026-07-03 09:15
Source: X Daily"), a section label ("FEATURE | Aluminium"), a breadcrumb ("Home / News / ..."), a
filing's key-value line ("Stock code: 600000  Stock abbreviation: X"), a byline ("By A, X
News"). The headline is the first line that is none of these, with the lines it wraps onto (a
headline broken over two or three lines, up to the blank line that ends it); an issuer printed
on its own line above a document's title ("X County Bureau" over "Announcement on ...") is not
part of the title. A letterhead of several lines (issuers, the document's number, its kind in
capitals) over a "Notice on ..." block is the headline here, as the naming rules read it;
:func:`letterhead_title` finds the title under it for the text's catalogue title.

The labels of such lines are data (``data/title-metadata-labels.txt``); the document words that
open a title are those of ``data/document-kinds.txt``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.reading.mail_headers import subject_span
from kg.ingest.reading.number_lines import NUMBER_LINE

MAX_LINES = 3           # a headline wraps onto at most three lines
MAX_CHARS = 300         # ... and is no paragraph

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH = re.compile(rf"\b{_MONTHS}(?!\w)")
_DAYS = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# a line that opens with a date or a time ("2026-07-03 09:15 ...", "18/05/2026", "09:15")
_STAMP = re.compile(r"\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
                    r"|\d{1,2}:\d{2})\b")
# a line of a date and nothing else ("Friday 28 August 2026", "Oct. 12, 2026 (Tuesday)", and
# the Chinese way: "2026\u5e743\u67085\u65e5")
_DATE_ONLY = re.compile(rf"[\s,()|]*(?:(?:{_DAYS}|{_MONTHS}|\d{{1,4}}(?:st|nd|rd|th)?|"
                        r"\d{1,2}:\d{2}|[AP]M|UTC|GMT|BJT|CST)[\s,()|./\u5e74\u6708\u65e5\u53f7-]*)+", re.I)
# a byline ("By A, X News", "(Reporter A, correspondent B)", "By our reporter A")
_BYLINE = re.compile(r"\s*(?:By\s+(?:(?:our|staff|special)\s+)?(?:(?:reporters?|correspondents?|writers?)\s+)?"
                     r"[A-Z\u00c0-\u024f]|\((?:Reporter|"
                     r"Correspondent|Intern)\b|(?:Reporter|Correspondent|Editor)s?\s*[:：])")
# a section label of one or two words in capitals ("OBITUARY", "FEATURE", "BREAKING NEWS")
_LABEL = re.compile(r"\s*[A-Z][A-Z&'-]+(?:\s+[A-Z][A-Z&'-]+)?\s*[:|]?\s*")
_WORD = re.compile(r"[^\W_]")
_BARS = re.compile(r"\s\|\s|\s\|$|^\|\s")             # "X News | Companies | 5 May 2026"
_BAR_SPLIT = re.compile(r"(?:(?<=\s\|)|^)[^|]+")
_SLASHES = re.compile(r"\s/\s")                         # "Home / News / ..." (any spaces)
# who printed it and when, after a comma or a dash: "China Mining Weekly, 2026-05-21",
# "Economic Daily -- 5 June 2026"
_TAIL_DATE = re.compile(r"(?:,|\s--?|\s\u2014)\s*([^,]*\d[^,]*)$")
# a span of months ("January-May 2026", "Jan.-Sep. 2026", "January to June 2026"): the period a
# headline's figures cover ("Copper Output, January-May 2026"), no day a page was printed on
_MONTH_SPAN = re.compile(rf"\b{_MONTHS}[ \t]*(?:-|to|through)[ \t]*{_MONTHS}(?!\w)", re.I)


# a page's number ("Page 2 of 3", "- 2 -", "2/3", "P. 2")
_PAGE = re.compile(r"\s*(?:(?:Page|P\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|"
                   r"\d{1,4}\s*/\s*\d{1,4})\s*", re.I)
# a document's number alone on its line ("(Jin Ying Fa [2026] No. 21)"): printed under a title, it
# is no line of the title
_NUMBER_LINE = re.compile(NUMBER_LINE)
# a word of prose in lower case, no name's connecting word ("on", "copper", "output")
_PROSE_WORD = re.compile(r"(?<![\w'’-])(?!(?:of|and|for|the|de|du|des|la|le|el)\b)[a-z][a-z'’-]*")


@lru_cache(maxsize=None)
def _labels() -> re.Pattern:
    """'Source:', 'Release time:', 'Stock code:' ...: a line that opens with a field label."""
    words = sorted({w.strip() for w in lines("title-metadata-labels") if w.strip()},
                   key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\s*(?:{alt})\s*[:：]", re.I)


@lru_cache(maxsize=None)
def _document_words() -> frozenset[str]:
    return frozenset(line.split()[0] for line in lines("document-kinds") if line.split())


def metadata_line(line: str) -> bool:
    """Whether ``line`` (one line, no break) is a page's furniture rather than its headline: a
    time stamp, a date alone, a field ("Source: ..."), a byline, a section label, a press
    release's terms ("FOR IMMEDIATE RELEASE"), a line of
    parts set off by bars ("X News | Companies | 5 May 2026"), a breadcrumb ("Home / A / B"),
    or no word at all ("=====")."""
    s = line.strip()
    if not s or not _WORD.search(s):
        return True
    if _BARS.search(s) and bar_headline(s) is None or len(_SLASHES.findall(s)) >= 2:
        return True
    tail = _TAIL_DATE.search(s)
    if tail and _DATE_ONLY.fullmatch(tail.group(1)) and len(s[:tail.start()].split()) <= 8 \
            and (_STAMP.match(tail.group(1)) or _MONTH.search(tail.group(1))) \
            and len(_PROSE_WORD.findall(s[:tail.start()])) < 2 \
            and not _MONTH_SPAN.search(tail.group(1)):
        # (not ", 2024"; a publisher's name before the date, not a headline's words: "Press
        # conference on the copper output, Beijing, 16 January 2026" is a headline; nor a span
        # of months: "Copper Output, January-May 2026" is a headline of the period's figures)
        return True
    return bool(_STAMP.match(s) or _DATE_ONLY.fullmatch(s) or _labels().match(s)
                or _BYLINE.match(s) or _LABEL.fullmatch(s) or _PAGE.fullmatch(s)
                or _release_terms().fullmatch(s))


@lru_cache(maxsize=None)
def _release_terms() -> re.Pattern:
    """A press release's terms printed above its headline ("FOR IMMEDIATE RELEASE"):
    ``data/release-furniture-lines.txt``."""
    return re.compile("(?:" + "|".join(lines("release-furniture-lines")) + ")", re.I)


# (or a Chinese character before the stop: "... on 2025年3月5日." ends a sentence too)
_ENDS_SENTENCE = re.compile(r"(?:[a-z]{3}|[A-Za-z]'[a-z]+|\d|%|[\u4e00-\u9fff])[.!?\u3002][\"'”’)]*$")

# a form's field label opening a line: a capitalised word, at most three words in lower case
# (or "No."), and a colon ("Port of loading:", "Client:", "Date of decision:", "Ref.:",
# "Document No.:"); not a wrapped name or
# headline, whose words go on capitalised ("... and\nInformation Technology: ...")
FIELD_LINE = re.compile(r"[ \t]*[A-Z][a-z]+\.?(?:[ \t]+(?:[a-z]+\.?|No\.?)){0,3}[ \t]*[:\uff1a]")


def bar_headline(line: str) -> int | None:
    """Where the headline starts in a line of parts set off by bars whose last part is a
    headline rather than a page's furniture ("Interview | Why the smelter moved to the
    hydropower belt", "FEATURE | Aluminium | Tin refiners count the cost of the dry season"):
    a last part of six words or more that is no date, field or label; None for furniture
    ("X News | Companies | 5 May 2026")."""
    parts = list(_BAR_SPLIT.finditer(line))
    if len(parts) < 2:
        return None
    last = parts[-1]
    if len(last.group(0).split()) < 6 or metadata_line(last.group(0)):
        return None
    return last.start() + len(last.group(0)) - len(last.group(0).lstrip())


def _sentence_end(line: str) -> bool:
    """A line that ends a sentence ("... in Guizhou.", "... in Xi'an.", "... from 2027.",
    "... rose 5%." but not "... Co., Ltd."): body text."""
    return bool(_ENDS_SENTENCE.search(line.rstrip()))


# a line that opens with a dateline ("YULIN, June 3, 2026 --", "HAMI, March 16 (Xinhua) --",
# "Beijing, 5 May 2026 -"): the report's first paragraph, never a line of its headline
_DATELINE = re.compile(r"\s*[A-Z][A-Za-z.'\-]*(?:[ \t][A-Za-z.'\-]+){0,3},(?:[ \t]*[A-Z][A-Za-z.'\-]*"
                       r"(?:[ \t][A-Za-z.'\-]+){0,2},)?[ \t]*[^\n]{0,40}?\d[^\n]{0,30}?"
                       r"(?:--|\u2014|\u2013|[ \t]-[ \t])")


def opens_with_dateline(line: str) -> bool:
    """Whether ``line`` opens with a dateline ("KITWE, 9 June 2027 -- Results of ..."): the
    body's first paragraph."""
    return _DATELINE.match(line) is not None


def _issuer_above(first: str, second: str) -> bool:
    """``first`` is an issuer's name printed above a document's title (``second`` opens with a
    document word: "Announcement on ...", "Notice of ..."), not a line of the title."""
    head = second.split(maxsplit=1)[0].lower().strip(",:") if second.split() else ""
    if head not in _document_words():
        return False
    words = first.split()
    # (a line that ends with a connecting word goes on in the next: the last WORD, not the last
    # letters: "... Standardization" ends with no "on")
    return 0 < len(words) <= 12 and not first.rstrip().endswith((",", ":", "-")) and \
        words[-1].lower() not in ("of", "and", "the", "for", "on")


def _title_under_issuer(text: str, spans: list, i: int) -> list | None:
    """The lines of a document's title set apart by a blank line under the issuer's name
    printed alone above it ("X Provincial Department of Y" / "" / "Reply on the ... of the Z
    Project" wrapped onto a second line), or None."""
    j = i + 1
    while j < len(spans) and not text[spans[j][0]:spans[j][1]].strip():
        j += 1
    if j == i + 1 or j >= len(spans):
        return None
    run = []
    for c, d in spans[j:j + MAX_LINES + 1]:
        if not text[c:d].strip() or run and _NUMBER_LINE.fullmatch(text, c, d):
            break       # (a blank line; the document's number under the title)
        run.append((c, d))
    a, b = spans[i]
    if not run or len(run) > MAX_LINES or run[-1][1] - run[0][0] > MAX_CHARS or \
            any(_sentence_end(text[c:d]) or metadata_line(text[c:d]) for c, d in run) or \
            not _issuer_above(text[a:b], text[run[0][0]:run[0][1]]):
        return None
    return run


def _name_like(line: str) -> bool:
    """A line of a letterhead: a name or a number, not prose (at most one word in lower case
    other than a name's connecting words; no sentence's end; not ending on a connecting word)."""
    words = line.split()
    return 0 < len(words) <= 14 and len(_PROSE_WORD.findall(line)) < 2 and \
        not _sentence_end(line) and not line.rstrip().endswith((",", ":", "-")) and \
        words[-1].lower() not in ("of", "and", "the", "for", "on")


def _opens_document(line: str) -> bool:
    """A line opening with a document word (of a headline or a letterhead's title block:
    "Explanation", "LEDGER", "SUMMARY"), at most one word naming which of its kind before it
    ("Application Guide", "Public Disclosure"), and the word that ties it to its subject
    ("Notice on ...", "DECISION OF ...", "Reply to ..."), not a kind alone ("CIRCULAR")."""
    words = line.split()
    kinds = _title_block_words()
    return any(len(words) > n + 2 and words[0][:1].isupper() and words[n][:1].isupper() and
               words[n].lower().strip(",:") in kinds and words[n + 1].lower() in _TIES
               for n in (0, 1))


@lru_cache(maxsize=1)
def _title_block_words() -> frozenset[str]:
    """The head words of a document's title under a letterhead (``data/document-kinds.txt``,
    ``heading-document-kinds.txt``, ``title-block-kinds.txt``; their first words)."""
    return frozenset(line.split()[0] for name in ("document-kinds", "heading-document-kinds",
                                                  "title-block-kinds")
                     for line in lines(name) if line.split())


_TIES = frozenset(("on", "of", "to", "for", "about", "regarding", "concerning"))


def letterhead_title(text: str, run: list | None = None) -> list[tuple[int, int]]:
    """The lines of the title of an official document printed under a letterhead of several
    lines: the issuers' names (one or more lines), the document's number ("X Fa [2026] No.
    41"), a kind in capitals ("CIRCULAR"), then the title, opening with a document word and the
    word that ties it to its subject ("Notice on ...", "DECISION OF ..."), on up to four lines
    set apart by blank lines. When none of the headline's lines (:func:`headline_lines`) opens
    so and each looks like a name, the title is the first such block within
    :data:`_LETTERHEAD_LINES` lines of the headline's first, each line before it a name, a
    number or page furniture; else [] (the headline is the title).

    The text's catalogue title (``reading/options.default_title``) reads it; the rules that
    name the document under such a letterhead (``names/heading_documents``, ``title_blocks``)
    read the layout themselves, from the headline."""
    run = headline_lines(text) if run is None else run
    if not run or any(_opens_document(text[c:d]) for c, d in run) or \
            not all(_name_like(text[c:d]) for c, d in run):
        return []
    spans, pos = [], 0
    for line in text[:run[-1][1] + 2000].split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    i = next((n for n, x in enumerate(spans) if x[0] == run[0][0]), None)
    j = next((n for n, x in enumerate(spans) if x[1] == run[-1][1]), None)
    if i is None or j is None:
        return []
    for k in range(j + 1, min(len(spans), i + _LETTERHEAD_LINES)):
        c, d = spans[k]
        line = text[c:d]
        if not line.strip() or metadata_line(line) and not _opens_document(line):
            continue
        if _opens_document(line) and not FIELD_LINE.match(line) and \
                (k == 0 or not text[spans[k - 1][0]:spans[k - 1][1]].strip()):
            block = []
            for c2, d2 in spans[k:k + MAX_LINES + 2]:
                if not text[c2:d2].strip():
                    break
                block.append((c2, d2))
            if len(block) > MAX_LINES + 1 or block[-1][1] - block[0][0] > MAX_CHARS or \
                    any(_sentence_end(text[c2:d2]) or FIELD_LINE.match(text[c2:d2])
                        for c2, d2 in block):
                return []
            if k + len(block) < len(spans) and text[spans[k + len(block)][0]:
                                                   spans[k + len(block)][1]].strip():
                return []       # (the block runs on into a paragraph)
            return block
        if not _name_like(line) or FIELD_LINE.match(line):
            return []
    return []


_LETTERHEAD_LINES = 10      # lines from the letterhead's first to its document's title


def headline_lines(text: str, limit: int = 4000) -> list[tuple[int, int]]:
    """The (start, end) offsets of the lines of the text's headline (see the module's
    docstring), looked for in the first ``limit`` characters; [] when the text has none."""
    if text[:1] in "FTCSDRBftcsdrb \n":
        subject = subject_span(text)        # a mail's "Subject:" under its header lines
        if subject is not None:
            return [subject]
    head = text[:limit]
    spans = []
    pos = 0
    for line in head.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    if len(text) > limit and text[limit - 1:limit + 1].count("\n") == 0 and len(spans) > 1:
        spans.pop()     # (a line the limit cuts: "To: b" cut to "To" is no headline)
    kind = None         # a document's kind in capitals alone on a line ("ANNOUNCEMENT")
    for i, (a, b) in enumerate(spans):
        if metadata_line(text[a:b]):
            if kind is None and _LABEL.fullmatch(text[a:b]) and \
                    text[a:b].split()[0].strip(":|").lower() in _document_words():
                kind = (a + len(text[a:b]) - len(text[a:b].lstrip()),
                        a + len(text[a:b].rstrip().rstrip(":|").rstrip()))
            continue
        if kind is not None and _sentence_end(text[a:b]):
            # the kind's line over no headline, then body text: the kind is the title (not the
            # body's first sentence)
            return [kind]
        if _BARS.search(text[a:b]):
            a += bar_headline(text[a:b])      # "Interview | <headline>": the headline
        run = [(a, b)]
        for c, d in spans[i + 1:i + 2 + MAX_LINES]:
            if not text[c:d].strip() or metadata_line(text[c:d]) or \
                    _NUMBER_LINE.fullmatch(text, c, d):
                break       # (a blank line, a date, a source, the document's number)
            if FIELD_LINE.match(text, c, d):
                # a form's fields under the first line ("Company: X", "Date of decision:
                # ...", "Ref.: ..."): the headline is that line alone
                return [(a, b)]
            run.append((c, d))
        # a paragraph of body text (more lines than a headline wraps onto, or lines that end
        # sentences) has its first line for a headline, as before
        if len(run) > MAX_LINES or run[-1][1] - a > MAX_CHARS or \
                any(_DATELINE.match(text[c:d]) for c, d in run[1:]) or \
                any(_sentence_end(text[c:d]) for c, d in run):
            return [(a, b)]
        if len(run) > 1 and _issuer_above(text[a:b], text[run[1][0]:run[1][1]]):
            run = run[1:]
        elif len(run) == 1:
            run = _title_under_issuer(text, spans, i) or run
        return [(c, d) for c, d in run if text[c:d].strip()]
    return []


def head_end(text: str, count: int) -> int:
    """Where the text's ``count``-th line that is not blank ends (the text's end, if it has
    fewer): the head where a text prints its own title, number and date."""
    pos, seen = 0, 0
    while pos < len(text):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if text[pos:le].strip():
            seen += 1
            if seen == count:
                return le
        pos = le + 1
    return len(text)
