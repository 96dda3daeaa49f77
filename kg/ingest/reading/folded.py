"""The copy of an article the rules read: characters that stand for a plain one folded to it,
one character for one, so that every offset is the same as in the text as stored (the
evidence, the review page and ``--into`` keep the stored text).

- Full-width ASCII punctuation in Latin text: a Chinese input method left on while typing
  English gives "Co.，Ltd." and "HOBART，May 5，2025 --"; no legal-form, dateline or list
  pattern of the rules reads the full-width comma, and teaching each of them both forms would
  be a fix in every rule. Which characters fold is Unicode's own mapping (NFKC of the
  full-width forms U+FF01..U+FF5E that are punctuation), not a list kept here; letters and
  digits of that block are left (the date reader reads those digits itself). In Chinese text
  the same characters are the text's own punctuation and stay (the rules that read Chinese
  text read them as printed): a character folds only when neither the character before it nor
  the one after it (past a space) is a CJK character; a run of them, with full-width digits
  among them ("Co\uff0e\uff0cLtd\uff0e", "Shanghai\uff0c\uff13 June"), when neither end of the run
  has one beside it (a full-width letter left unfolded is Chinese text's too).
- Full-width Latin letters in Latin text ("\uff28\uff45\uff4e\uff47\uff44\uff41 Tin plans to buy ..."): a run of them is
  the ASCII letters (one for one), when neither the character before the run nor the one after
  it (past a space) is a CJK ideograph, kana or hangul; in Chinese text they stay as printed.
- Spaces of other widths (no-break, thin, en and em spaces: Unicode's space separators) are a
  plain space, and so are the bidirectional controls a right-to-left page leaves around its
  lines (LRM, RLM, embeddings, overrides, isolates): the rules' ``[ \\t]`` and ``^`` read a
  dateline or a name past them ("HOBART,\\u00a0May\\u00a05,\\u00a02025 --"). The ideographic
  space U+3000 is one too between two characters of Latin text ("Huaxin\\u3000Copper Co.,
  Ltd.", typed with a Chinese input method left on); beside a CJK character it is Chinese
  text's own and stays. The zero-width
  characters inside words (ZWSP, ZWJ, soft hyphen) are not folded: the name matching drops
  them (reading/text).
- A form feed, a vertical tab, NEL and Unicode's line and paragraph separators: a line break
  (a page break typed in place of a blank line is one more line break after it).
- A lone tab between two words of a sentence ("Derwent\tMetals Co., Ltd. acquired ..."): a
  space that a copy from a page or a form typed as a tab. A line with two tabs or more, or one
  that ends no sentence, is a row of cells apart by tabs and keeps them (reading/sentences'
  TABLE_ROW reads it).
- A zero-width space (or word joiner, byte-order mark) beside a space or after a comma, a
  full stop or a semicolon: no joint inside a word but a page's markup around one
  ("X Co.,\u200b Ltd." is the legal form "Co., Ltd."); a space.
- A word hyphenated across a line break ("Zhuzhou Smel-\nter Group Co., Ltd."): the hyphen,
  the break and the next line's indent are soft hyphens, read inside a word and dropped from
  labels (the name is read whole, not from "ter").
- A zero-width character (ZWSP, ZWNJ, ZWJ, word joiner, BOM) between a small letter and a
  capital ("Yunnan\u200dTin Company Limited"): a joint between two words a page's markup left
  instead of a space; a space.
- A Markdown link ("[Baoshan Tin Co., Ltd.](https://example.com/a) acquired ..."): its words
  are read, its brackets and its address are spaces (the words are a name or a phrase of the
  sentence; the address none). Only a bracket closed and followed at once by "(" and an
  address (a scheme, "www.", "/" or "#"): "[sic]" and "(1)" stay.
- The quoting marks of an e-mail's earlier messages (a line opening "> " or ">> "), when two
  lines of the text open so: the lines quoted are read as lines ("> Sent: Monday, 2 June 2025"
  is a mail's header, "> We signed ..." a sentence), the marks as spaces.
- A page's HTML tags and character references ("Kestrel <b>Zinc</b> Ltd", "Halcyon&nbsp;Nickel
  Ltd", "...</p><p>..."): read as the page shows them (reading/html_marks).
- A terminal's colour codes ("Kestrel \x1b[31mZinc\x1b[0m Ltd") and a pair of Markdown's bold marks
  ("**Issued by:** X"): read as what they show, nothing (reading/plain_marks).
- A table drawn with box-drawing characters ("┌──┬──┐", "│ A │ B │", "├──┼──┤"): its lines as
  a grid typed in ASCII ("+--+--+", "| A | B |", a double rule "═" as "="), which the table
  reader reads (reading/tables)."""
from __future__ import annotations

import re
import sys
import unicodedata

from kg.ingest.reading.html_marks import html_marks
from kg.ingest.reading.plain_marks import plain_marks
from kg.ingest.regex_kept import kept

# full-width forms whose compatibility form is one ASCII punctuation character
_FOLDS = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F)
          if not chr(c).isalnum()}
_FOLDS = {k: v for k, v in _FOLDS.items() if len(v) == 1 and v.isascii() and not v.isalnum()}
_CLASS = "[" + "".join(re.escape(c) for c in sorted(_FOLDS)) + "]"
# CJK ideographs, kana, hangul, CJK symbols and punctuation (。、「」) and their compatibility
# and vertical forms
_HAN = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f"
# those and the full-width forms themselves (a run of them in Chinese text: "）。", "”，")
_CJK = _HAN + "\uff01-\uff60"
_FOLDABLE = re.compile(rf"(?<![{_CJK}])(?<![{_CJK}][ \t])({_CLASS})(?![ \t]?[{_CJK}])")
# a whole run of full-width punctuation and digits in Latin text ("Co\uff0e\uff0cLtd\uff0e" once its
# letters are folded, "Shanghai\uff0c\uff13 June"): its punctuation folds when no ideograph,
# kana, hangul nor full-width letter (one left unfolded: Chinese text's) is beside the run,
# past a space; its digits stay (the date reader reads them)
_WIDE_RUN = re.compile(rf"(?<![{_HAN}\uff01-\uff60])"
                       rf"(?<![{_HAN}\uff21-\uff3a\uff41-\uff5a][ \t])"
                       rf"[\uff01-\uff20\uff3b-\uff40\uff5b-\uff60]+"
                       rf"(?![\uff01-\uff60])(?![ \t]?[{_HAN}\uff21-\uff3a\uff41-\uff5a])")


def _fold_run(m: re.Match) -> str:
    run = m.group(0)
    if not any(c in _FOLDS for c in run):
        return run
    # (a full stop right before a word, "up \uff11\uff10\uff05\uff0eThe company", stays: the
    # sentence splitter reads the full-width stop as a sentence's end with no space after it)
    keep = run[-1] == "\uff0e" and m.string[m.end():m.end() + 1].isalnum()
    out = "".join(_FOLDS.get(c, c) for c in (run[:-1] if keep else run))
    return out + "\uff0e" if keep else out
# a run of full-width Latin letters outside Chinese text (the ideographs, kana and hangul, not
# the full-width forms: the run's own letters are those)
# (the whole run or none of it: a run beside an ideograph is not folded from its second letter
# on, "Ｃｈｉｎａ" to "Chinａ"; the ideographic space is a space here, not Chinese text's
# own character: "Ｃｈｉｎａ\u3000Ｍｉｎｍｅｔａｌｓ\u3000signs" is Latin text typed with the input
# method left on)
_IDEO = "\u2e80-\u2fff\u3001-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f"
_WIDE_LETTERS = re.compile(rf"(?<![{_IDEO}\uff21-\uff3a\uff41-\uff5a])(?<![{_IDEO}][ \t\u3000])"
                           rf"[\uff21-\uff3a\uff41-\uff5a]+(?![\uff21-\uff3a\uff41-\uff5a])"
                           rf"(?![ \t\u3000]?[{_IDEO}])")
_NARROW = {c: c - 0xFEE0 for c in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}


def _space_separators() -> str:
    return "".join(c for c in re.findall(r"\s", "".join(map(chr, range(0x80, 0x3001))))
                   if unicodedata.category(c) == "Zs" and c != "\u3000")


# space separators other than the space, and the bidirectional formatting controls (the
# separators among the white space ``\s`` finds: every one of them is white space to Python,
# and one scan is some 5 ms less at every start than asking each of 12,000 characters)
# (the same characters on every run of one Python: kept between the runs of ``kg ingest``,
# kg/ingest/regex_kept.py, where making the 12,000 characters one by one cost some 9 million
# instructions a run)
_SPACES = {ord(c): " " for c in kept("folded.spaces", (sys.version, unicodedata.unidata_version),
                                     _space_separators, code=(__name__,))}
_SPACES.update({c: " " for c in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))})
# the ideographic space between two characters none of which is CJK (past a space)
# (read once the full-width letters of Latin text are folded: those left are Chinese text's;
# a full-width digit is no CJK character here, "BEIJING,\u3000５\u3000March")
_NOT_DIGIT_CJK = _HAN + "\uff01-\uff0f\uff1a-\uff60"
_LATIN_WIDE_SPACE = re.compile(rf"(?<![{_NOT_DIGIT_CJK}\u3000])\u3000(?![\u3000 \t]?[{_NOT_DIGIT_CJK}])")
_HAS_SPACE = re.compile("[" + "".join(chr(c) for c in sorted(_SPACES)) + "]")


# a line of prose with one tab, between two words ("... Derwent\tMetals Co., Ltd. acquired ...
# Monday."): at least three spaces besides and a sentence's end (not the stop of a legal form
# or "No.": "Supplier\tX Copper Co., Ltd." is a row of two cells, a label and a company)
_FORM_STOPS = ("Ltd", "Co", "Inc", "Corp", "Bhd", "Pte", "Pty", "Plc", "No", "LTD", "CO", "INC")
_LONE_TAB_LINE = re.compile(r"^(?=(?:[^\n ]* ){3})[^\t\n]*[A-Za-z]\t(?=[A-Za-z])"
                            r"[^\t\n]*" + "".join(rf"(?<![\s,]{w})" for w in _FORM_STOPS) +
                            r"[.!?][\"')\u201d\u2019]*[ \r]*$", re.M)


def _lone_tabs(text: str) -> str:
    return _LONE_TAB_LINE.sub(lambda m: m.group(0).replace("\t", " "), text)


# a zero-width space, word joiner or BOM beside a space or a tab, or after a comma, a full stop
# or a semicolon
_LOOSE_ZERO_WIDTH = re.compile(r"[\u200b\u2060\ufeff]+(?=[ \t])|(?<=[ \t,.;])[\u200b\u2060\ufeff]+")
# a zero-width character (space, non-joiner, joiner, word joiner, BOM) between a small letter
# and a capital: a joint between two words that a page's markup left instead of a space
# ("Yunnan\u200dTin Company Limited"), not one inside a word
_CASE_JOINT = re.compile(r"(?<=[a-z])[\u200b-\u200d\u2060\ufeff]+(?=[A-Z])")
# a word hyphenated across a line break ("Zhuzhou Smel-\nter Group"): soft hyphens, which the
# name readers read inside a word and labels drop (reading/text drops the hyphen and the break
# for known names; a new name's reader would otherwise start a name at "ter")
_LINE_HYPHEN = re.compile(r"(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")
# an e-mail's quoting marks at a line's start ("> ", ">> ", "> > "), an empty quoted line's too
_QUOTE_MARKS = re.compile(r"^[ \t]*>(?:[ \t]*>)*(?=[ \t\r\nA-Za-z]|$)", re.M)


def _quote_marks(text: str) -> str:
    if text.count("\n>") + text.startswith(">") < 2:
        return text
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group(0)), text)


# a Markdown link: "[words](address)"
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:[a-z][a-z0-9+.-]{1,10}:|www\.|/|#)[^()\s]{0,2000}\)")


def _md_links(text: str) -> str:
    return _MD_LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1),
                        text)


def _box_char(c: str) -> str:
    """The ASCII character a grid typed without box-drawing characters has for ``c``."""
    name = unicodedata.name(c, "")
    if " AND " in name or "ARC" in name or "DIAGONAL" in name:
        return "+"          # a corner or a junction
    if "HORIZONTAL" in name or "DASH" in name and "VERTICAL" not in name:
        return "=" if "DOUBLE" in name else "-"
    return "|" if "VERTICAL" in name else "+"


_BOX = str.maketrans({chr(c): _box_char(chr(c)) for c in range(0x2500, 0x2580)})
_HAS_BOX = re.compile("[\u2500-\u257f]")


# a form feed, a vertical tab, NEL and Unicode's line and paragraph separators: a line break as a
# printer or a word processor typed one ("... on Monday.\f\nLegal representative: X", a page
# break in place of a blank line); the rules read "\n" alone (an information separator,
# \x1c-\x1f, parts words: hostile15)
_ODD_BREAK = re.compile("[\f\v\x85\u2028\u2029]")


def reading_copy(text: str) -> str:
    """``text`` with full-width punctuation and letters in Latin text folded to ASCII, odd spaces and
    direction marks made spaces, a lone tab inside a sentence, a zero-width space beside a
    space and an e-mail's quoting marks spaces (the same length)."""
    if _ODD_BREAK.search(text):
        text = _ODD_BREAK.sub("\n", text)
    if "<" in text or "&" in text:
        text = html_marks(text)     # (a page's tags and references: reading/html_marks)
    if "\x1b" in text or "**" in text:
        text = plain_marks(text)    # (colour codes, Markdown's bold: reading/plain_marks)
    if "\t" in text:
        text = _lone_tabs(text)
    if ">" in text:
        text = _quote_marks(text)
    if "](" in text:
        text = _md_links(text)
    if "-\n" in text or "-\r\n" in text or "- \n" in text:
        text = _LINE_HYPHEN.sub(lambda m: "\u00ad" * len(m.group(0)), text)
    if text.isascii():
        return text
    if _HAS_SPACE.search(text):
        # (each one held replaced: ``str.translate`` looks every character of the text up in
        # the table, 2 ms for the largest source text; these are a few)
        for c in set(_HAS_SPACE.findall(text)):
            text = text.replace(c, " ")
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = _LOOSE_ZERO_WIDTH.sub(lambda m: " " * len(m.group(0)), text)
    if "\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text \
            or "\ufeff" in text:
        text = _CASE_JOINT.sub(lambda m: " " * len(m.group(0)), text)
    if _HAS_BOX.search(text):
        text = text.translate(_BOX)     # (a grid drawn in box characters: as typed in ASCII)
    hi = max(text)      # (once: the folds below only lower characters)
    if hi >= "\uff21":
        text = _WIDE_LETTERS.sub(lambda m: m.group(0).translate(_NARROW), text)
    if "\u3000" in text:
        text = _LATIN_WIDE_SPACE.sub(" ", text)
    text = _FOLDABLE.sub(lambda m: _FOLDS[m.group(1)], text)
    return _WIDE_RUN.sub(_fold_run, text) if hi >= "\uff01" else text


# a comma printed with no space before the next word of a name ("X Co.,Ltd.", as a folded
# full-width comma leaves it)
_TIGHT_COMMA = re.compile(r"(?<=[A-Za-z.]),(?=[A-Z][a-z])")


_INSIDE_WORD = re.compile(r"[\u00ad\u200b-\u200d\u2060]+")


def spaced_commas(label: str) -> str:
    """A new entity's label with a space after each comma inside it: "X Co.,Ltd." is
    "X Co., Ltd." (the form the graph's labels print), and without the soft hyphens and
    zero-width spaces a page left inside its words ("Jiang\u200bxi": "Jiangxi")."""
    if not label.isascii():
        # (and in one form: a letter and its combining mark are the letter with the mark,
        # "Cafe\u0301 Metals" is "Café Metals"; the offsets are the text's, not the label's)
        label = unicodedata.normalize("NFC", _INSIDE_WORD.sub("", label))
    return _TIGHT_COMMA.sub(", ", label) if "," in label else label
