"""What the user gives beside the text, checked before anything is read or written, by the command
and the library ``ingest()`` alike: the document id (it becomes a file name and an IRI; the names
of the data folder's own files are reserved), the date (ASCII digits, a real day), the title
and publisher (one line of plain text: a line break or tab becomes a space; other control characters and the bidirectional
overrides that reorder what a terminal or a page shows are refused) and the URL (an absolute
``http``/``https`` address without spaces, quotes or angle brackets: it is written as a
literal, and a page that shows it as a link must not run it)."""
from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

from kg.ingest.reading.tables import tables
from kg.ingest.reading.title_lines import headline_lines, letterhead_title
from kg.ingest.knowledge.paths import DRAFT, INFERRED, SPECIAL_FILES   # (as kg.model.layout)
from kg.model.errors import KGError

ID = re.compile(r"[a-z0-9][a-z0-9\-]*")
# ids that name a file of the data folder that is no document's (``triples/sources.ttl``, the
# catalogue; ``inferred.*.ttl``, the curators' inferences; ...) or a pseudo-source shown beside
# document ids: ``--into --replace`` under such an id would replace or delete those files
RESERVED = frozenset(SPECIAL_FILES) | {DRAFT, INFERRED, "ontology"}
DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")      # ASCII digits only: not \d
_SPACE = re.compile(r"\s+")
_BAD_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BAD_URL = re.compile("[\\s\x00-\x1f\x7f-\x9f\"<>\\\\^`{|}\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# a lone surrogate: no character at all (a command line's bytes that are not UTF-8 reach Python as
# U+DC80-U+DCFF): no file can be written with it, so it is refused before anything is read
_SURROGATE = re.compile("[\ud800-\udfff]")


MAX_ID = 120        # file names (``inferred.ID.ttl``) stay well under the 255 bytes a name may have


def check_id(doc_id: str) -> str:
    """``doc_id`` when it is a document id, else a :class:`KGError` naming it (the one check of
    the command and the library ``ingest()``: the whole string, a trailing line break too)."""
    if not isinstance(doc_id, str) or not ID.fullmatch(doc_id):
        raise KGError(f"--id {doc_id!r}: use lower-case letters, digits and '-' "
                      "(e.g. 005-fugu-signing-2025)")
    if len(doc_id) > MAX_ID:
        raise KGError(f"--id {doc_id[:20]}...: {len(doc_id)} characters; at most {MAX_ID}")
    if doc_id in RESERVED:
        raise KGError(f"--id {doc_id!r}: reserved (a file of the data folder or a source that is "
                      "no document has that name); choose another id, e.g. 005-" + doc_id)
    return doc_id


def check_date(date: str | None) -> str | None:
    """``date`` when it is YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits and a real day of the
    calendar (it is written as an ``xsd:date``/``gYearMonth``/``gYear`` literal), else a
    :class:`KGError` naming it."""
    if date is None:
        return None
    if not isinstance(date, str) or not DATE.fullmatch(date):
        raise KGError(f"--date {date!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(x) for x in date.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        raise KGError(f"--date {date!r}: not a valid date") from None
    if not 1000 <= parts[0] <= 9998:
        # (the text's days are read against it, a year before or after too: "January 12" of a
        # text of 9999-12-31 became "10000-01-12", no xsd:date nor gYear)
        raise KGError(f"--date {date!r}: expected a year from 1000 to 9998")
    return date


def _no_surrogate(option: str, value: str) -> None:
    bad = _SURROGATE.search(value)
    if bad:
        raise KGError(f"{option} {value!r}: holds U+{ord(bad.group()):04X}, which is no character "
                      "(bytes that are not UTF-8?); give UTF-8 text")


def one_line(option: str, value: str | None) -> str | None:
    """``value`` on one line (white-space runs made one space); None when blank."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise KGError(f"{option} {value!r}: expected text")
    _no_surrogate(option, value)
    value = _SPACE.sub(" ", value).strip()
    bad = _BAD_TEXT.search(value)
    if bad:
        raise KGError(f"{option} {value!r}: holds the control character U+{ord(bad.group()):04X}; "
                      "give plain text")
    if value and not _VISIBLE.search(value):
        raise KGError(f"{option} {value!r}: shows nothing (only invisible characters); "
                      "give plain text")
    return value or None


# (not the separators \x1c-\x1f: white space to every reader, str.split and \s alike, so a
# space between the words they part: "Zinc output\x1erises" is no "Zinc outputrises")
_NOT_TITLE = re.compile("[\ufeff\u00ad\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u200e\u200f\u202a-\u202e"
                        "\u2066-\u2069]")
TITLE_CHARS = 200
# a Markdown heading's or quotation's marks and the emphasis around a whole line ("# X Signs
# Deal", "**X Signs Deal**", "> X"): no words of the title
_MARKUP = re.compile(r"^(?:#{1,6}|>)[ \t]+|^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$")
# a heading in the full-width lenticular brackets of Chinese layout, whole ("\u3010Administrative
# Penalty Decision\u3011", "\u3016Notice\u3017"), or in the book-title marks a Chinese text puts
# around a document's title ("\u300aReport on ...\u300b"), also with a translation's gloss in
# round brackets after them ("\u300a<the Chinese title>\u300b (Work Plan for ...)"): the brackets
# are no words of the title
_BRACKETED = re.compile(r"^[\u3010\u3016\u300a][ \t]*([^\u3010\u3011\u3016\u3017\u300a\u300b]+?)[ \t]*"
                        r"[\u3011\u3017\u300b]((?:[ \t]*[(\uff08][^()\uff08\uff09\u300a\u300b]+[)\uff09])?)$")
# a letter or digit: a line without one ("==========", "* * *", a line of zero-width joiners) is
# a rule or a mark, not the text's title
_WORD = re.compile(r"[^\W_]")
# what shows on a page: not white space nor a zero-width or other format character
def _table_header(text: str, a: int, b: int) -> bool:
    """Whether line ``a``..``b`` is the header row of a table (``reading.tables``)."""
    if "|" not in text[a:b] and "  " not in text[a:b] and "\t" not in text[a:b]:
        return False
    return any(a <= t.start < b for t in tables(text)[:1])


_VISIBLE = re.compile("[^\\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
                      "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")


def default_title(text: str, name: str = "") -> str:
    """The title a text shows: its headline (:func:`headline_lines`: the first line that is no
    time stamp, source, byline or section label, with the lines it wraps onto), else its first
    line that holds text, as plain text on one line (what
    ``--title`` accepts: white space made one space; a byte-order mark, control characters and
    the bidirectional overrides left out), at most :data:`TITLE_CHARS` characters. A text that
    opens with a table has no headline: its header row ("No.  Company  County") names columns,
    not the text; the title is then the file's ``name`` (its stem, "-" and "_" as spaces). An
    official document's title printed under its issuers' letterhead and number ("X Provincial
    Department of Y" / "X Fa [2026] No. 41" / "Notice on ...") is the title, not the issuer
    (:func:`kg.ingest.reading.title_lines.letterhead_title`)."""
    found = headline_lines(text)
    if name and found and _table_header(text, *found[0]):
        return " ".join(re.sub(r"[-_]+", " ", name.rsplit(".", 1)[0]).split())[:TITLE_CHARS]
    found = letterhead_title(text, found) or found     # (under an issuer's letterhead)
    heading = " ".join(_SPACE.sub(" ", _NOT_TITLE.sub("", text[a:b])).strip()
                       for a, b in found)     # (past a time stamp, a byline ...)
    heading = _MARKUP.sub("", heading.strip()).strip()
    heading = _BRACKETED.sub(lambda m: m.group(1) + m.group(2), heading).strip()
    if _WORD.search(heading):
        return heading[:TITLE_CHARS].rstrip()
    for line in text.splitlines():
        line = _MARKUP.sub("", _SPACE.sub(" ", _NOT_TITLE.sub("", line)).strip())
        if _WORD.search(line):      # (not a rule of "=====", "* * *", nor zero-width marks)
            return line[:TITLE_CHARS].rstrip()
    return ""


def check_url(url: str | None) -> str | None:
    if url is not None and not isinstance(url, str):
        raise KGError(f"--url {url!r}: expected text")
    if url is None or not url.strip():
        return None
    _no_surrogate("--url", url)
    bad = _BAD_URL.search(url)
    if bad:
        raise KGError(f"--url {url!r}: holds {bad.group()!r}, which a URL cannot hold "
                      "(percent-encode it, e.g. a space as %20)")
    try:
        parts = urlsplit(url)
        parts.port      # noqa: B018  (raises on a bad port)
    except ValueError:
        raise KGError(f"--url {url!r}: not a valid address") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise KGError(f"--url {url!r}: expected an http:// or https:// address")
    return url


def check_options(doc_id: str, title=None, publisher=None, url=None):
    """(title, publisher, url) as the draft should hold them, or a :class:`KGError`."""
    check_id(doc_id)
    return one_line("--title", title), one_line("--publisher", publisher), check_url(url)
