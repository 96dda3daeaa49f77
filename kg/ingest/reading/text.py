"""Reading an article: one UTF-8 text file, checked (not empty, not binary, not UTF-16, not too
large, holding at least one word), and the normalised copy of it that name matching runs over,
with a map back to raw offsets.

The text is the one every reader of the project sees: Python's universal newlines (a CRLF or a
lone CR is one line break, as ``Path.read_text`` gives it to the evidence checks and
``kg show --quote``), so offsets count the same code points everywhere; its ``sha256`` is of
that text in UTF-8, the bytes ``--into`` stores (the same as the file's for LF line ends)."""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

from kg.model.errors import KGError
from kg.ingest.records import Record

MAX_BYTES = 50 * 1024 * 1024      # a bound on what one article may be

_FOLD = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
         "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u3000": " "}


_FOLD_PAIRS = tuple(_FOLD.items())      # (no folded character is the key of another)
_SPACES = re.compile(r"\s+")
# a word hyphenated across a line break ("Mag-\nnesium"): the hyphen and the break are dropped
# when a lower-case letter follows (print and PDF copies do this); white space otherwise (a
# lone plain space is left out: it stays as it is, and skipping it saves a loop per word)
# invisible format characters inside a word (a soft hyphen, zero-width spaces and joiners, the
# word joiner, as pages copied from the web or from PDFs hold them: "Bao\u00adtai Group") are
# dropped as that hyphen is: the name is matched as printed without them
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060"
_DROPPED = "-" + _INVISIBLE
# the white space characters but the space (``[^\S ]``, spelt out: a set with no negated part
# tells the engine the characters every match starts with, and it skips to them; with it, it
# tried every branch at every character, some 27 M instructions for the largest source text;
# tests/test_ingest_round33_speed.py checks it is the same set)
NOT_SPACE_WHITE = r"\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_BREAKS = re.compile(r"(?<=[A-Za-z])-[ \t]*\r?\n[ \t]*(?=[a-z])|"
                     rf"[{NOT_SPACE_WHITE}]\s*| \s+|[\u00ad\u200b-\u200d\u2060]+")


class Article(Record):
    _fields = __match_args__ = ("path", "text", "sha256")

    def __init__(self, path: Path, text: str, sha256: str):
        self.path = path
        self.text = text
        self.sha256 = sha256


def read_article(path: Path) -> Article:
    path = Path(path)
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise KGError(f"{path}: file not found") from None
    except OSError as exc:          # a name too long, a loop of links, no permission ...
        raise KGError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise KGError(f"{path}: is a folder, expected a text file")
    if not stat.S_ISREG(st.st_mode):
        raise KGError(f"{path}: not a regular file (a device, socket or pipe), expected a text file")
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:        # the draft and the catalogue hold the name as text
        raise KGError(f"{path}: the file name is not UTF-8; rename the file") from None
    size = st.st_size
    if size > MAX_BYTES:
        raise KGError(f"{path}: {size} bytes is more than the {MAX_BYTES} an article may have")
    try:        # (what is read, not the size stat gives: /proc files say 0 and hold text)
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise KGError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if not data:
        raise KGError(f"{path}: the file is empty")
    if len(data) > MAX_BYTES:
        raise KGError(f"{path}: more than the {MAX_BYTES} bytes an article may have")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise KGError(f"{path}: UTF-32 text; save it as UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_like(data):
        raise KGError(f"{path}: UTF-16 text; save it as UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise KGError(f"{path}: looks binary (a NUL byte at offset {nul}), expected a UTF-8 "
                      "text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise KGError(f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02X} at offset "
                      f"{exc.start}, line {line}); save it as UTF-8") from None
    if "\r" in text:        # universal newlines, as every other reader of the text sees it
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        data = text.encode("utf-8")
    if not text.strip():
        raise KGError(f"{path}: the file holds only white space")
    if not _WORD.search(text):
        raise KGError(f"{path}: the file holds no word (no letter or digit)")
    return Article(path, text, hashlib.sha256(data).hexdigest())


_WORD = re.compile(r"[^\W_]")


def _utf16_like(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: a NUL in every other byte of the start."""
    head = data[:512]
    if len(head) < 8:
        return False
    odd, even = head[1::2], head[0::2]
    return max(odd.count(0), even.count(0)) >= 0.9 * (len(head) // 2)


def fold_char(c: str) -> str:
    c = _FOLD.get(c, c)
    low = c.lower()
    return low[0] if low else c


def _fold(text: str) -> str | None:
    """The text with quotes/dashes folded and lower-cased, one character for one (None when
    lower-casing would lengthen a character, e.g. "\u0130": the slow path handles those).
    (A replace per folded character it holds, since ``str.translate`` with a table looks each
    character up in a dict: 1.5 microseconds for a short name, folded some 5,000 times per
    article, and 3 ms for the largest source against 0.04 ms; an ASCII text holds none of
    them. A whole text holding all ten makes ten transient copies of it.)"""
    if not text.isascii():
        for a, b in _FOLD_PAIRS:
            if a in text:
                text = text.replace(a, b)
    low = text.lower()
    return low if len(low) == len(text) else None


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Lower-cased text with quotes/dashes folded and white-space runs (line breaks too) made one
    space; ``offsets[i]`` is the raw offset of normalised character ``i`` (plus a final entry
    for the end). Slices and C-level string methods; a loop per character only for text whose
    lower case is longer than itself."""
    low = _fold(text)
    if low is None:
        return _normalise_slow(text)
    out: list[str] = []
    offsets: list[int] = []
    prev = 0
    for m in _BREAKS.finditer(low if "-" not in low else text):
        a = m.start()
        out.append(low[prev:a])
        offsets.extend(range(prev, a))
        if m.group(0)[0] not in _DROPPED:
            out.append(" ")
            offsets.append(a)
        prev = m.end()
    out.append(low[prev:])
    offsets.extend(range(prev, len(text)))
    offsets.append(len(text))
    return "".join(out), offsets


def _normalise_slow(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    prev_space = False
    for i, c in enumerate(text):
        if c in _INVISIBLE:
            continue
        if c.isspace():
            if prev_space:
                continue
            prev_space = True
            out.append(" ")
            offsets.append(i)
            continue
        prev_space = False
        out.append(fold_char(c))
        offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


_NAMES: dict[str, str] = {}     # name -> normalised (the same names are asked again and again:
_NAMES_MAX = 5_000              # some 5,000 calls for 1,000 names per article); bounded


_INSIDE_WORD = re.compile(f"[{_INVISIBLE}]+")


def normalise_name(name: str) -> str:
    if type(name) is not str:       # (a subclass: a literal, say; not remembered)
        return _normalise_name(name)
    got = _NAMES.get(name)
    if got is None:
        got = _normalise_name(name)
        if len(_NAMES) < _NAMES_MAX:
            _NAMES[name] = got
    return got


def _normalise_name(name: str) -> str:
    name = name.strip()
    if not name.isascii():
        name = _INSIDE_WORD.sub("", name)    # ("Jiang\u200bxi Copper": "Jiangxi Copper")
        # a letter and its combining mark are the letter with the mark ("Cafe\u0301": "Café")
        name = unicodedata.normalize("NFC", name)
    low = _fold(name)
    if low is None:
        return _normalise_slow(name)[0]
    return " ".join(low.split()) if _SPACES.search(low) else low
