"""A page's HTML mark-up in an article (its source pasted as text, or a feed's item body): the
tags and character references read as the page shows them, one character for one, so that the
offsets stay those of the stored text (reading/folded builds the rules' copy with it).

- A character reference ("&nbsp;", "&amp;", "&#8217;", "&#x2014;") is the character it stands
  for, at the reference's end: "Halcyon&nbsp;Nickel Ltd" is read as "Halcyon" and five soft
  hyphens (read inside a word and dropped from labels), a space and "Nickel Ltd"; "AT&amp;T"
  as "AT&T". A reference that stands for a space is a space.
- A tag of an element inside a line ("<b>", "</a>", "<span class=...>":
  data/html-inline-tags.txt) is nothing: inside a name, soft hyphens glued to the word before
  it and the space around it after them ("Kestrel <b>Zinc</b> Ltd" reads as "Kestrel Zinc
  Ltd", its words one space apart, as the name readers read a name); elsewhere spaces ("with
  <a href=...>Halcyon Nickel Ltd</a> on Monday": the words around a name are read past white
  space, and a soft hyphen glued to "with" or "Ltd" would end what reads them).
- A tag of an element that breaks a line ("<br>", "</p>", "<li>", "<h2>":
  data/html-block-tags.txt) is a line break (a blank line for a paragraph's, a heading's, a
  block's); a table's cell ("<td>") a gap of three spaces between two cells of a row.

A run of tags, references and the white space between and around them is read at once: what it
shows (the white space, the line breaks its tags make and the characters its references stand
for, in their order, a run of spaces as one) at its end, and before it the rest: soft hyphens
inside a word or a name (nothing or one space shown, a capitalised word before the run and a
capital or a digit after it: "Halcyon&nbsp;Nickel"), spaces elsewhere. A tag of no element of the two lists ("<1>", "<Company>") and an
unknown reference ("&Co;") are text. Only a text holding "<" or "&" is searched, once.

- What a page holds and does not show: a script, a style sheet and a comment ("<script>var
  Site = ...</script>", "<style>.Lead {...}</style>", "<!-- imported from X -->") are spaces,
  their line breaks kept (their words were read: a style's class "Lead" linked the metal), in
  a text that holds a page's frame or block tags ("<html>", "<p>", "<div>" ...); in a line of
  text with none ("Notice on <script>...</script>") they are the words it prints."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines

_SHY = "\u00ad"


def _kinds() -> dict:
    kinds = {name: "inline" for name in lines("html-inline-tags")}
    for line in lines("html-block-tags"):
        name, *kind = line.split()
        kinds[name] = kind[0] if kind else "line"
    return kinds


@lru_cache(maxsize=1)
def _pattern() -> tuple:
    """The compiled patterns (a run, its parts, a tag or reference) and {tag name: kind}."""
    kinds = _kinds()
    names = "|".join(sorted(kinds, key=len, reverse=True))
    piece = (rf"</?(?:{names})(?=[\s/>])(?:\s[^<>]{{0,500}})?/?>"
             r"|&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
    return (re.compile(rf"(?:{piece})(?:[ \t\n]*(?:{piece}))*", re.I),
            re.compile(rf"[ \t\n]|{piece}", re.I), kinds, re.compile(piece, re.I))


# what any tag or reference starts with (a small pattern: most texts with "<" or "&" have none,
# "R&D", "Q&A", "a < b")
_HINT = re.compile(r"&#?[A-Za-z0-9]{2,31};|</?[A-Za-z][A-Za-z0-9]{0,9}[\s/>]")


def _has_mark(text: str) -> bool:
    """Whether a tag or a reference may be in ``text``: its "&" and "<" found by ``str.find``,
    the hint tried at each (a search of the whole text tries it at every character)."""
    for ch in "&<":
        i = text.find(ch)
        while i != -1:
            if _HINT.match(text, i):
                return True
            i = text.find(ch, i + 1)
    return False


_HINT_HIDDEN = re.compile(r"<(?:script|style)\b", re.I)
# a tag only a page's mark-up holds (its frame and blocks): a text with none is no pasted page
_PAGE_TAG = re.compile(r"<(?:!doctype|html|head|body|meta|title|p|div|br|table|tr|td|ul|ol|li|"
                       r"h[1-6]|section|article|header|footer|nav|span|link)\b", re.I)
_TAG_NAME = re.compile(r"</?([A-Za-z0-9]+)")


def _shown(run: str, kinds: dict, parts) -> str:
    """What ``run`` (white space, tags, references) shows, a run of spaces as one space."""
    out: list[str] = []
    spaces = breaks = typed = cell = 0      # (breaks the tags make, line breaks typed)

    def flush():
        if breaks or typed:
            out.append("\n" * max(breaks, typed))
        elif cell:
            out.append("   ")
        elif spaces:
            out.append(" ")

    for m in parts.finditer(run):
        piece = m.group(0)
        if piece == "\n":
            typed += 1
        elif piece in " \t":
            spaces = 1
        elif piece[0] == "<":
            kind = kinds.get(_TAG_NAME.match(piece).group(1).lower())
            if kind == "paragraph":
                breaks = max(breaks, 2)
            elif kind == "line":
                breaks = max(breaks, 1)
            elif kind == "cell":
                cell = 1
        else:
            # (imported here: a text with no reference never needs ``html``, whose table of
            # entities costs a run some 8 million instructions to build)
            import html

            char = html.unescape(piece)
            if char.isspace():
                spaces = 1
                continue
            flush()
            out.append(char)
            spaces = breaks = typed = cell = 0
    flush()
    return "".join(out)


# what opens an element whose content a page does not show, and a comment; and what closes each
_HIDDEN_OPEN = re.compile(r"<(script|style)\b[^<>]{0,500}>|<!--", re.I)
_HIDDEN_CLOSE = {"script": re.compile(r"</script\s*>", re.I),
                 "style": re.compile(r"</style\s*>", re.I), None: re.compile(r"-->")}


def _unshown(text: str) -> str:
    """``text`` with its scripts, style sheets and comments spaces, their line breaks kept. Each
    closer is looked for once from its opener; one of a kind never closed ends the search for
    that kind (none after it closes either): linear in the text."""
    out: list[str] = []
    prev = pos = 0
    unclosed: set = set()
    while True:
        m = _HIDDEN_OPEN.search(text, pos)
        if m is None:
            break
        kind = m.group(1).lower() if m.group(1) else None
        if kind in unclosed:
            pos = m.end()
            continue
        c = _HIDDEN_CLOSE[kind].search(text, m.end())
        if c is None:
            unclosed.add(kind)
            pos = m.end()
            continue
        out.append(text[prev:m.start()])
        out.append(re.sub(r"[^\n]", " ", text[m.start():c.end()]))
        prev = pos = c.end()
    out.append(text[prev:])
    return "".join(out)


def html_marks(text: str) -> str:
    """``text`` with its HTML tags and character references read as the page shows them (the
    same length, one character for one)."""
    if not _has_mark(text):
        return text         # (no tag nor reference: the lists are not read, the runs not built)
    if ("<!--" in text or _HINT_HIDDEN.search(text)) and _PAGE_TAG.search(text):
        text = _unshown(text)   # (a page's: a lone "<script>" in a line of text is its words)
    runs, parts, kinds, _ = _pattern()
    if not runs.search(text):
        return text
    out: list[str] = []
    prev = 0
    n = len(text)
    for m in runs.finditer(text):
        a, b = m.start(), m.end()
        while a > prev and text[a - 1] in " \t\n":
            a -= 1
        while b < n and text[b] in " \t\n":
            b += 1
        if a < prev:
            a = prev
        shown = _shown(text[a:b], kinds, parts)
        room = b - a
        if len(shown) > room:       # (a cell's gap where the run is short)
            shown = shown[:room]
        fill = room - len(shown)
        out.append(text[prev:a])
        if a and _inside_name(text, a, b, shown):
            out.append(_SHY * fill + shown)
        else:
            out.append(" " * fill + shown)
        prev = b
    out.append(text[prev:])
    return "".join(out)


def _inside_name(text: str, a: int, b: int, shown: str) -> bool:
    """Whether the run ``text[a:b]`` (showing ``shown``) lies inside a word or between two
    words of a name: no white space shown between two characters, or one space (or a sign
    between spaces, "Baxter &amp; Lowe") between a capitalised word and a capital or a
    digit."""
    if a == 0 or b >= len(text):
        return False
    if not shown or not any(c.isspace() for c in shown):
        return True         # (inside a word: "Jiang<b>xi</b>", "AT&amp;T")
    if not _JOINT.fullmatch(shown) or not text[a - 1].isalnum() \
            or not (text[b].isupper() or text[b].isdigit()):
        return False
    # (the word before, past the tags inside it: "Jiang<b>xi</b> Copper" is "Jiangxi")
    word = _LAST_WORD.search(_pattern()[3].sub("", text[max(0, a - 200):a]))
    return word is not None and word.group(0)[0].isupper()


_LAST_WORD = re.compile(r"[^\W_]+$")
# what a run inside a name shows: one space, or a sign between spaces ("Baxter &amp; Lowe")
_JOINT = re.compile(r" | ?[^\w\s] ?")
